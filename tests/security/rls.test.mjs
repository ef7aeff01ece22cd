// Class 6, row-level security in every schema: connected as the application role algoritma_app (as the API
// is), with app.tenant_id set to one tenant, no row of another tenant may be visible in any table that has a
// tenant_id column; each such table has RLS enabled and forced; the app role owns nothing and may only
// insert into the audit log.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { TENANT_IDS } from './lib/fixtures.mjs';
import { Recorder } from './lib/record.mjs';

const rec = new Recorder('rls');
const APP_ROLE = 'algoritma_app';
// src/Algoritma.Platform/Persistence/DatabaseSettings.cs: ALGORITMA_APP_PASSWORD, or this in Development.
const APP_PASSWORD = process.env.ALGORITMA_APP_PASSWORD || 'algoritma-app-dev';

/** Npgsql's "Host=…;Port=…;Username=…" as node-postgres options. */
export function npgsqlToPg(connectionString) {
  const parts = Object.fromEntries(connectionString.split(';').filter(Boolean).map((kv) => {
    const i = kv.indexOf('=');
    return [kv.slice(0, i).trim().toLowerCase().replaceAll(' ', ''), kv.slice(i + 1).trim()];
  }));
  return {
    host: parts.host ?? parts.server ?? '127.0.0.1', port: Number(parts.port ?? 5432),
    user: parts.username ?? parts.userid ?? parts.user ?? 'postgres', password: parts.password,
    database: parts.database ?? parts.db ?? 'algoritma',
  };
}

const owner = new pg.Client(npgsqlToPg(process.env.ALGORITMA_DB ?? ''));
const app = new pg.Client({ ...npgsqlToPg(process.env.ALGORITMA_DB ?? ''), user: APP_ROLE, password: APP_PASSWORD });
let tables = [];

before(async () => {
  assert.ok(process.env.ALGORITMA_DB, 'ALGORITMA_DB must name the database (test.sh sets it)');
  await owner.connect();
  await app.connect();
  const { rows } = await owner.query(`
    SELECT n.nspname AS schema, c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
    ORDER BY 1, 2`);
  tables = rows;
});

after(async () => {
  await owner.end().catch(() => {});
  await app.end().catch(() => {});
  rec.save();
});

const qualified = (t) => `${pg.escapeIdentifier(t.schema)}.${pg.escapeIdentifier(t.name)}`;
const sql = (text) => ({ path: '(PostgreSQL)', body: text, who: APP_ROLE });
const answer = (text) => ({ status: 200, text });

test('every table with a tenant_id column, in every schema, has row-level security enabled and forced', () => {
  const mark = rec.mark();
  assert.ok(tables.length > 0, 'no table with a tenant_id column found: wrong database?');
  for (const t of tables) {
    rec.counts.attempts++;
    if (!t.enabled || !t.forced) {
      rec.leak(`${t.schema}.${t.name}: row-level security ${t.enabled ? 'enabled' : 'NOT enabled'}, ${t.forced ? 'forced' : 'NOT forced'}`,
        sql(`SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = '${t.schema}.${t.name}'::regclass`), answer(JSON.stringify(t)));
    }
  }
  rec.note(`${tables.length} tables with tenant_id: ${tables.map((t) => `${t.schema}.${t.name}`).join(', ')}`);
  rec.assertCleanSince(mark, 'RLS enabled and forced');
});

/** Rows of other tenants visible to the app role within `tenant` (null: no tenant set). */
async function visibleForeignRows(t, tenant) {
  const text = tenant
    ? `SELECT count(*)::int AS n FROM ${qualified(t)} WHERE tenant_id::text IS DISTINCT FROM $1`
    : `SELECT count(*)::int AS n FROM ${qualified(t)} WHERE tenant_id IS NOT NULL`;
  await app.query('BEGIN');
  try {
    if (tenant) await app.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
    const { rows } = await app.query(text, tenant ? [tenant] : []);
    return { n: rows[0].n, text };
  } catch (e) {
    if (e.code === '42501') return { n: 0, text, denied: true }; // no SELECT grant: nothing visible either
    throw e;
  } finally {
    await app.query('ROLLBACK');
  }
}

for (const tenant of [...TENANT_IDS, null]) {
  test(`as ${APP_ROLE} ${tenant ? `within ${tenant}` : 'with no tenant set'}, no row of another tenant is visible in any table`, async () => {
    const mark = rec.mark();
    for (const t of tables) {
      rec.counts.attempts++;
      const { n, text, denied } = await visibleForeignRows(t, tenant);
      if (denied) rec.note(`${t.schema}.${t.name}: no SELECT for ${APP_ROLE}`);
      if (n > 0) {
        const { rows } = await owner.query(`SELECT tenant_id::text AS tenant, count(*)::int AS n FROM ${qualified(t)} GROUP BY 1 ORDER BY 2 DESC LIMIT 6`);
        rec.leak(`${t.schema}.${t.name}: ${n} row(s) of other tenants visible ${tenant ? `within ${tenant}` : 'with no tenant set'}`,
          sql(`SET LOCAL app.tenant_id = '${tenant ?? ''}'; ${text}`), answer(`${n} rows; by tenant (as owner): ${JSON.stringify(rows)}`));
      }
    }
    rec.assertCleanSince(mark, `RLS within ${tenant ?? 'no tenant'}`);
  });
}

test(`${APP_ROLE} owns nothing and may only insert into the audit log, never update or delete it`, async () => {
  const mark = rec.mark();
  const owned = await owner.query(`SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = $1)`, [APP_ROLE]);
  rec.counts.attempts++;
  if (owned.rows.length) rec.leak(`${APP_ROLE} owns ${owned.rows.length} relation(s)`, sql('SELECT relname FROM pg_class WHERE relowner = algoritma_app'), answer(owned.rows.map((r) => r.name).join(', ')));
  const audit = await owner.query(`SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 'audit_entries'`);
  for (const t of audit.rows) {
    for (const privilege of ['UPDATE', 'DELETE', 'TRUNCATE']) {
      rec.counts.attempts++;
      const { rows } = await owner.query('SELECT has_table_privilege($1, $2, $3) AS granted', [APP_ROLE, `${t.schema}.${t.name}`, privilege]);
      if (rows[0].granted) rec.leak(`${APP_ROLE} may ${privilege} ${t.schema}.${t.name}`, sql(`SELECT has_table_privilege('${APP_ROLE}', '${t.schema}.${t.name}', '${privilege}')`), answer('true'));
    }
  }
  rec.assertCleanSince(mark, 'app role privileges');
});
