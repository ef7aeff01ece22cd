// The JavaScript the overview (the initial route) needs before its charts: the entry chunk, the overview screen's
// chunk and their static imports, from dist/.vite/manifest.json; charts (ECharts) are dynamic imports and not counted.
// Prints {"files":[…],"bytes":…,"gzipBytes":…}.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8'));
const roots = ['index.html', 'src/screens/overview/OverviewScreen.tsx'];
const files = new Set();

function visit(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
}
roots.forEach(visit);

const sizes = [...files].filter((file) => file.endsWith('.js')).map((file) => {
  const content = readFileSync(dist + file);
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
});
console.log(JSON.stringify({
  files: sizes.map((size) => size.file),
  bytes: sizes.reduce((sum, size) => sum + size.bytes, 0),
  gzipBytes: sizes.reduce((sum, size) => sum + size.gzipBytes, 0),
}));
