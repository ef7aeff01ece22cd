// What every attack class counts and keeps: attempts, leaks, 5xx, INTERNAL, 429s and each failure with its
// request and an excerpt of its answer, written to the results folder for the summary.
import fs from 'node:fs';
import path from 'node:path';

export const RESULTS_DIR = process.env.SECURITY_RESULTS_DIR ?? path.join(import.meta.dirname, '..', '.results');
const EXCERPT = 400;
const SHOWN = 12;
const GROUPS = 20;

export class Recorder {
  constructor(name) {
    this.name = name;
    this.counts = { attempts: 0, leaks: 0, server5xx: 0, internal: 0, rateLimited: 0, failures: 0 };
    this.failures = [];
    this.notes = [];
    this.started = Date.now();
  }

  /**
   * Counts one answer and flags what no answer may ever be: a 5xx, a connection failure, an INTERNAL code.
   * `request` is { method, path, headers, body, who }; `allow429` leaves a 429 unflagged (brute force).
   */
  observe(request, res) {
    if (res.status === -1) return this.fail('SUITE', `the suite built a request node:http cannot send (${res.text})`, request, res);
    this.counts.attempts++;
    if (res.status === 429) this.counts.rateLimited++;
    if (res.status >= 500 || res.status === 0) {
      this.counts.server5xx++;
      this.fail('5xx', `answered ${res.status || 'no HTTP response'}: ${cause(loggedFailure(res) ?? res.text)}`, request, res);
    }
    const internal = Array.isArray(res.json?.errors) && res.json.errors.find((e) => e?.extensions?.code === 'INTERNAL');
    if (internal) {
      this.counts.internal++;
      this.fail('INTERNAL', `extensions.code INTERNAL: ${cause(internal.extensions.details ?? loggedFailure(res) ?? internal.message)}`, request, res);
    }
    return res;
  }

  leak(what, request, res) {
    this.counts.leaks++;
    this.fail('LEAK', what, request, res);
  }

  /** A failed expectation other than a leak, 5xx or INTERNAL (wrong status, wrong code, missing 429…). */
  fail(kind, what, request, res) {
    this.counts.failures++;
    this.failures.push({ kind, what, request: describeRequest(request), response: describeResponse(res) });
  }

  note(text) { this.notes.push(text); }

  /** A mark to report only the failures recorded after it (one node:test test each). */
  mark() { return this.failures.length; }

  /** Throws with the failures recorded since `mark`, if any. */
  assertCleanSince(mark, title) {
    const fresh = this.failures.slice(mark);
    if (fresh.length === 0) return;
    const shown = distinct(fresh).slice(0, SHOWN).map(formatFailure).join('\n');
    const kinds = {};
    for (const f of fresh) kinds[`${f.kind}: ${f.what}`] = (kinds[`${f.kind}: ${f.what}`] ?? 0) + 1;
    const sorted = Object.entries(kinds).sort((a, b) => b[1] - a[1]);
    const groups = sorted.slice(0, GROUPS).map(([k, n]) => `  ${n} x ${k}`).join('\n') +
      (sorted.length > GROUPS ? `\n  … and ${sorted.length - GROUPS} more kinds (see ${path.join(RESULTS_DIR, `${this.name}.json`)})` : '');
    throw new Error(`${title}: ${fresh.length} failure(s)\n${groups}\n${shown}`);
  }

  /** Writes the counts and failures for the summary; returns a readable report of the first failures. */
  save() {
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(RESULTS_DIR, `${this.name}.json`),
      JSON.stringify({ name: this.name, seconds: Math.round((Date.now() - this.started) / 100) / 10, counts: this.counts, notes: this.notes, failures: this.failures.slice(0, 2000) }, null, 1));
    return this.report();
  }

  report() {
    if (this.failures.length === 0) return '';
    const byKind = {};
    for (const f of this.failures) byKind[`${f.kind}: ${f.what}`] = (byKind[`${f.kind}: ${f.what}`] ?? 0) + 1;
    const groups = Object.entries(byKind).sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${n} x ${k}`).join('\n');
    const shown = distinct(this.failures).slice(0, SHOWN).map(formatFailure).join('\n');
    return `${this.name}: ${this.counts.failures} failure(s)\nBy kind:\n${groups}\n\nFirst distinct failures:\n${shown}\n` +
      `(all of them: ${path.join(RESULTS_DIR, `${this.name}.json`)})`;
  }
}

/**
 * The API's log lines of a failed request, found by the trace id of its answer (`extensions.traceId`, problem
 * details' `traceId` or `X-Trace-Id`): answers carry no exception details, the log does. run.sh names the log.
 */
function loggedFailure(res) {
  const traceId = res.json?.errors?.find?.((e) => e?.extensions?.traceId)?.extensions.traceId ?? res.json?.traceId ?? res.headers?.['x-trace-id'];
  const log = process.env.SECURITY_API_LOG;
  if (!traceId || !log || !fs.existsSync(log)) return undefined;
  const lines = fs.readFileSync(log, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes(traceId));
  return at < 0 ? undefined : lines.slice(at, at + 60).filter((l) => /(Exception|Error)\b.*:/.test(l) && !l.includes(traceId)).join('\n') || undefined;
}

/** The innermost exception line of a .NET error text (from the API's log), shortened and without numbers. */
function cause(text) {
  const lines = String(text ?? '').split('\n').map((l) => l.trim());
  const inner = lines.filter((l) => l.startsWith('---> ')).pop()?.slice(5) ?? lines[0] ?? '';
  return inner.replace(/\[[0-9A-F]{2}\]|'0x[0-9A-F]+'|\(\d+:\d+\)|\b\d+\b/g, '#').slice(0, 110);
}

function distinct(failures) {
  const seen = new Set();
  return failures.filter((f) => {
    const key = `${f.kind}|${f.what}|${f.request.path.split('?')[0]}|${f.response.status}|${f.response.excerpt.slice(0, 80)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function formatFailure(f) {
  const headers = Object.entries(f.request.headers ?? {}).map(([k, v]) => `${k}: ${v}`).join('; ');
  return `- [${f.kind}] ${f.what}\n    request:  ${f.request.method} ${f.request.path} as ${f.request.who} {${headers}}\n` +
    `              ${f.request.body}\n    response: ${f.response.status} ${f.response.excerpt}`;
}

export function describeRequest(request) {
  const headers = { ...(request.headers ?? {}) };
  for (const k of Object.keys(headers)) {
    if (k.toLowerCase() === 'authorization') headers[k] = `Bearer <${request.who ?? 'token'}>`;
  }
  return { method: request.method ?? 'POST', path: request.path, who: request.who ?? 'anonymous', headers, body: excerpt(request.body) };
}

function describeResponse(res) {
  const retryAfter = res.headers?.['retry-after'];
  return { status: res.status, retryAfter, excerpt: excerpt(res.text) };
}

export function excerpt(value) {
  if (value === undefined || value === null) return '';
  const text = Buffer.isBuffer(value) ? `<${value.length} bytes> ${value.toString('latin1')}` : String(value);
  const shown = text.length > EXCERPT ? `${text.slice(0, EXCERPT)}… (${text.length} chars)` : text;
  return JSON.stringify(shown).slice(1, -1);
}
