// Prints the suite's table (attempts per class, leaks, 5xx, INTERNAL, 429s, failures) from the results folder;
// exits non-zero if any class has a leak, a 5xx, an INTERNAL or a failed expectation, or did not run.
import fs from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR } from './lib/record.mjs';

const CLASSES = [
  ['cross-tenant', '1. cross-tenant'], ['authz', '2. authorization matrix'], ['payloads', '3. payloads'],
  ['fuzz', '4. fuzzer'], ['brute-force', '5. brute force'], ['rls', '6. RLS coverage'],
];
const COLUMNS = [['attempts', 'attempts'], ['leaks', 'leaks'], ['server5xx', '5xx'], ['internal', 'INTERNAL'], ['rateLimited', '429s'], ['failures', 'failures'], ['seconds', 'seconds']];

const rows = CLASSES.map(([file, label]) => {
  const p = path.join(RESULTS_DIR, `${file}.json`);
  if (!fs.existsSync(p)) return { label, missing: true };
  const r = JSON.parse(fs.readFileSync(p, 'utf8'));
  return { label, counts: { ...r.counts, seconds: r.seconds }, notes: r.notes };
});

const total = Object.fromEntries(COLUMNS.map(([k]) => [k, Math.round(rows.reduce((s, r) => s + (r.counts?.[k] ?? 0), 0) * 10) / 10]));
const width = [26, ...COLUMNS.map(([, h]) => Math.max(h.length, 9))];
const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(width[i]) : String(c).padStart(width[i]))).join('  ');

console.log('\n[security] summary');
console.log(line(['class', ...COLUMNS.map(([, h]) => h)]));
console.log(line(width.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(r.missing ? line([r.label, 'did not run']) : line([r.label, ...COLUMNS.map(([k]) => r.counts[k])]));
console.log(line(width.map((w) => '-'.repeat(w))));
console.log(line(['total', ...COLUMNS.map(([k]) => total[k])]));
for (const r of rows) for (const n of r.notes ?? []) if (n.length < 400) console.log(`  ${r.label}: ${n}`);

const bad = rows.some((r) => r.missing) || total.leaks + total.server5xx + total.internal + total.failures > 0;
console.log(bad ? `[security] FAILED (details: ${RESULTS_DIR}/<class>.json)` : '[security] passed');
process.exit(bad ? 1 : 0);
