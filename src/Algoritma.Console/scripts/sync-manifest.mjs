// Writes the client preset's persisted-documents.json to schema/operations/console.json, the manifest the host
// trusts. With --check it only compares them and fails when they differ (a document changed without codegen).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const generated = fileURLToPath(new URL('../src/gql/persisted-documents.json', import.meta.url));
const manifest = fileURLToPath(new URL('../../../schema/operations/console.json', import.meta.url));
// The platform's manifests are keyed by the bare hex (docs/persisted-documents.md); the preset writes sha256:<hex>.
const documents = Object.entries(JSON.parse(readFileSync(generated, 'utf8')))
  .map(([hash, document]) => [hash.replace(/^sha256:/, ''), document])
  .sort(([a], [b]) => a.localeCompare(b));
const text = JSON.stringify(Object.fromEntries(documents), null, 2) + '\n';

if (process.argv.includes('--check')) {
  let current = '';
  try { current = readFileSync(manifest, 'utf8'); } catch { /* missing: differs */ }
  if (current !== text) {
    console.error('schema/operations/console.json is out of date: run npm run codegen and commit it');
    process.exit(1);
  }
} else {
  writeFileSync(manifest, text);
}
