// The fuzzer's mutations: of a GraphQL document, of variables, and of the raw body. Each takes the seeded
// generator, so a request is a pure function of (seed, index).
import { rootFields } from './schema.mjs';

const FIELD_NAMES = rootFields.map((r) => r.field.name);
const PUNCTUATION = ['{', '}', '(', ')', '[', ']', ':', '$', '@', '!', '.', '...', '"', '"""', '\\', '\n', '\r', '\t', ',', '#', '=', '|', '&'];
const ODD_CHARS = ['\u0000', '\ud800', '\udfff', '\ufeff', '\u202e', '\u2028', '😀', 'é', 'ß', '\u0085', '\u00a0', '\u0007'];

const VALUES = [
  null, 0, -1, 1, 2147483647, 2147483648, -2147483649, 9007199254740993, 1e308, -0.0, 0.5, 3.14159, '', ' ', 'x',
  'AB\u0000CD', '\ud800', 'é'.repeat(100), 'A'.repeat(5000), '2026-13-45', '9999-01-01', '0001-01-01', '2026-02-30T25:61:00Z',
  '1970-01-01T00:00:00+14:00', 'NaN', 'Infinity', '-1e999', 'true', 'null', '[]', '{}', "' OR 1=1 --", '<b>x</b>', true, false,
  [], [null], [1, 'a', null], {}, { a: { b: { c: {} } } }, ['ktp', 'kk', 'pengantar_rt'], 'SUBMITTED', 'ONLINE', 'DAY',
  'U2VydmljZVJlcXVlc3Q6c2FtYXJpbmRhOjAw', 'VGVuYW50Om1ha2Fzc2Fy', '64.72.01', '73.71.01.1001', '35.02', 'domisili',
];

export function randomText(rng, max = 12) {
  let out = '';
  const n = 1 + rng.int(max);
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    out += r < 0.5 ? String.fromCharCode(97 + rng.int(26)) : r < 0.8 ? rng.pick(PUNCTUATION) : rng.pick(ODD_CHARS);
  }
  return out;
}

/** One random edit of a document. */
export function mutateDocument(rng, doc) {
  const at = rng.int(doc.length + 1);
  const len = 1 + rng.int(12);
  switch (rng.int(14)) {
    case 0: return doc.slice(0, at) + doc.slice(at + len);
    case 1: return doc.slice(0, at) + randomText(rng) + doc.slice(at);
    case 2: return doc.slice(0, at) + doc.slice(at, at + len).repeat(2 + rng.int(5)) + doc.slice(at);
    case 3: return doc.replace(rng.pick(FIELD_NAMES), rng.pick(FIELD_NAMES));
    case 4: return doc.replace(/\{/, `{ ${Array.from({ length: 2 + rng.int(60) }, (_, i) => `a${i}: __typename`).join(' ')} `);
    case 5: return doc.replace(/\}\s*$/, ` ...F } fragment F on ${rng.chance(0.5) ? 'Query' : 'Mutation'} { ${rng.pick(FIELD_NAMES)} { __typename } }`);
    case 6: return doc.replace(/\{/, `{ ${rng.pick(['@include(if: true)', '@skip(if: false)', '@deprecated', '@nope', '@include(if: $x)'])} `);
    case 7: return doc.slice(0, at);
    case 8: return `${'{ a '.repeat(20 + rng.int(200))}${doc}`;
    case 9: return doc.replace(/"[^"]*"/, JSON.stringify(randomText(rng, 40)));
    case 10: return doc.replace(/\d+/, rng.pick(['-1', '0', '2147483648', '99999999999999999999', '1.5', '1e400']));
    case 11: return doc.replaceAll(' ', rng.pick(['', '\t', '\n', ',', '\u00a0', '\ufeff']));
    case 12: return doc.replace(/^(query|mutation)?/, rng.pick(['subscription', 'query', 'mutation', 'query Q', 'mutation M', '']));
    default: return doc + randomText(rng, 30);
  }
}

/** Random edits of a variables object (in place on a copy). */
export function mutateVariables(rng, vars) {
  const copy = structuredClone(vars ?? {});
  const keys = Object.keys(copy);
  const edits = 1 + rng.int(3);
  for (let i = 0; i < edits; i++) {
    const r = rng.int(5);
    if (r === 0 || keys.length === 0) copy[rng.pick(['x', 'id', 'input', 'first', 'code', ...keys])] = rng.pick(VALUES);
    else if (r === 1) delete copy[rng.pick(keys)];
    else if (r === 2 && copy.input && typeof copy.input === 'object' && !Array.isArray(copy.input)) {
      const inner = Object.keys(copy.input);
      copy.input[inner.length && rng.chance(0.7) ? rng.pick(inner) : randomText(rng, 6)] = rng.pick(VALUES);
    } else copy[rng.pick(keys)] = rng.pick(VALUES);
  }
  return copy;
}

/** A byte-level edit of a serialised body. */
export function mutateBytes(rng, body) {
  const bytes = Buffer.from(body, 'utf8');
  const out = Buffer.from(bytes);
  const edits = 1 + rng.int(4);
  for (let i = 0; i < edits && out.length; i++) out[rng.int(out.length)] = rng.int(256);
  return rng.chance(0.3) ? out.subarray(0, rng.int(out.length + 1)) : out;
}
