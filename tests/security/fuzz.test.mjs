// Class 4, the fuzzer: at least 20,000 requests from a fixed seed (mutated documents, variables, headers,
// bodies, content types, methods, tokens and tenant addressing), a few at a time, bounded in time. Request
// #i is a pure function of (seed, i): SECURITY_FUZZ_SEED and the index in a failure replay it.
import { test, after } from 'node:test';
import { pool, send } from './lib/http.mjs';
import { loadFixtures } from './lib/fixtures.mjs';
import { fuzzGenerator } from './lib/fuzzcase.mjs';
import { foreignValues } from './lib/leaks.mjs';
import { Recorder } from './lib/record.mjs';

const fx = await loadFixtures();
const rec = new Recorder('fuzz');
const SEED = process.env.SECURITY_FUZZ_SEED ?? 'algoritma-issue-18';
const COUNT = Number(process.env.SECURITY_FUZZ_REQUESTS ?? 20_000);
const SECONDS = Number(process.env.SECURITY_FUZZ_SECONDS ?? 150);
const CONCURRENCY = Number(process.env.SECURITY_FUZZ_CONCURRENCY ?? 4);
after(() => rec.save());
const generate = fuzzGenerator(fx, SEED);

function judge(req, res) {
  const request = { ...req, who: `${req.who} (fuzz #${req.index}, seed ${SEED})` };
  rec.observe(request, res);
  const data = res.json?.data;
  if (data && req.resolved) {
    const foreign = foreignValues(data, req.resolved, fx);
    if (foreign.length) rec.leak(`an answer within ${req.resolved} carries ${foreign[0].why} (${foreign[0].owner}: ${foreign[0].value})`, request, res);
  }
  if (res.status === 200 && req.resolved && req.tokenTenant && req.tokenTenant !== req.resolved) {
    rec.leak(`a ${req.tokenTenant} token was served within ${req.resolved}`, request, res);
  }
}

test(`fuzzer: ${COUNT} requests from seed "${SEED}", ${CONCURRENCY} at a time, at most ${SECONDS} s`, async () => {
  const mark = rec.mark();
  const deadline = Date.now() + SECONDS * 1000;
  const started = Date.now();
  let sent = 0;
  const statuses = {};
  await pool(Array.from({ length: COUNT }, (_, i) => i), CONCURRENCY, async (i) => {
    if (Date.now() > deadline) return;
    const req = generate(i);
    const res = await send(req);
    sent++;
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    judge(req, res);
  });
  const seconds = (Date.now() - started) / 1000;
  rec.note(`${sent} of ${COUNT} requests in ${seconds.toFixed(1)} s (${(sent / seconds).toFixed(0)}/s); statuses ${JSON.stringify(statuses)}`);
  if (sent < COUNT) rec.note(`stopped at the ${SECONDS} s deadline after ${sent} requests`);
  console.log(`# fuzz: ${rec.notes.join('; ')}`);
  rec.assertCleanSince(mark, 'fuzzer');
});

