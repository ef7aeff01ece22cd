// Rebuilds fuzz request #N of a seed and sends it again: node replay.mjs N [seed]
// (against ALGORITMA_SECURITY_URL, with the fixtures of the last run or new ones).
import { loadFixtures } from './lib/fixtures.mjs';
import { fuzzGenerator } from './lib/fuzzcase.mjs';
import { send } from './lib/http.mjs';

const [index, seed = process.env.SECURITY_FUZZ_SEED ?? 'algoritma-issue-18'] = process.argv.slice(2);
const request = fuzzGenerator(await loadFixtures(), seed)(Number(index));
const shown = { ...request, headers: { ...request.headers, ...(request.headers.authorization ? { authorization: `<${request.who}>` } : {}) } };
console.log('request:', JSON.stringify({ ...shown, body: Buffer.isBuffer(request.body) ? request.body.toString('latin1') : request.body }, null, 1));
const res = await send(request);
console.log(`response: ${res.status}\n${res.text.slice(0, 3000)}`);
