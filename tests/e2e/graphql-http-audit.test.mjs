// The GraphQL over HTTP audit suite of the npm package graphql-http, run against the real server.
// Every audit, MUST, SHOULD and MAY alike, has to pass on both the platform and a tenant route.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAudits } from 'graphql-http';

const base = process.env.ALGORITMA_E2E_URL;
assert.ok(base, 'ALGORITMA_E2E_URL must point at a running API (tests/e2e/run.sh sets it)');

for (const path of ['/graphql', '/t/samarinda/graphql']) {
  describe(`graphql-http audit of ${path}`, () => {
    for (const audit of serverAudits({ url: base + path })) {
      test(`${audit.id} ${audit.name}`, async () => {
        const result = await audit.fn();
        assert.equal(result.status, 'ok', `${result.reason ?? ''}`);
      });
    }
  });
}
