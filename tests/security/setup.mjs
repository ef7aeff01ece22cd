// Creates the cast and data of the attacks once per run (tests/security/run.sh calls it before the tests).
import { writeFixtures } from './lib/fixtures.mjs';

const started = Date.now();
const fixtures = await writeFixtures();
console.log(`[security] fixtures ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
  fixtures.tenants.map((t) => `${t.id} (${Object.keys(t.tokens).length} roles, ${t.markers.size} markers)`).join(', '));
