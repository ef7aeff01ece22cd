// Copies GraphiQL's, React's and graphql-ws's ready browser builds and src/ into dist/, which the API serves at
// /graphiql/. dist/ is not committed: ./run.sh and ./test.sh run this when package.json or src/ changed.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const vendor = {
  'react.production.min.js': 'react/umd/react.production.min.js',
  'react-dom.production.min.js': 'react-dom/umd/react-dom.production.min.js',
  'graphiql.min.js': 'graphiql/graphiql.min.js',
  'graphiql.min.css': 'graphiql/graphiql.min.css',
  'graphql-ws.min.js': 'graphql-ws/umd/graphql-ws.min.js',
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);
for (const [name, from] of Object.entries(vendor)) {
  copyFileSync(join(root, 'node_modules', from), join(dist, name));
}
for (const name of readdirSync(join(root, 'src'))) {
  copyFileSync(join(root, 'src', name), join(dist, name));
}
console.log(`[graphiql] ${Object.keys(vendor).length} browser builds and src/ copied to ${dist}`);
