// A raw HTTP client (node:http) so the suite can send what fetch refuses: any Host header, invalid UTF-8,
// lone surrogates, odd content types and methods. Every answer is a plain record the oracles can read.
import http from 'node:http';

export const base = new URL(process.env.ALGORITMA_SECURITY_URL ?? 'http://127.0.0.1:5000');
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
const TIMEOUT_MS = Number(process.env.SECURITY_REQUEST_TIMEOUT_MS ?? 30_000);

/**
 * Sends one request. `body` may be a string (sent as UTF-8) or a Buffer (sent byte for byte).
 * Resolves to { status, headers, text, json, ms }; status 0 when the connection failed or timed out.
 */
export function send({ method = 'POST', path, headers = {}, body }) {
  const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  const started = performance.now();
  return new Promise((resolve) => {
    let req;
    try {
      req = http.request({
      host: base.hostname, port: base.port, method, path, agent,
      headers: { ...(payload ? { 'content-length': payload.length } : {}), ...sendable(headers) },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode, headers: res.headers, text, json: parseJson(text), ms: performance.now() - started });
      });
      res.on('error', (e) => resolve(failed(e, started)));
      });
    } catch (e) {
      // node:http refused to send it (a bad path or header): the suite's own mistake, never the server's.
      resolve({ status: -1, headers: {}, text: `not sent: ${e.message}`, json: undefined, ms: 0 });
      return;
    }
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error(`timed out after ${TIMEOUT_MS} ms`)));
    req.on('error', (e) => resolve(failed(e, started)));
    req.end(payload);
  });
}

/** Header values node:http can put on the wire (it refuses CR, LF, NUL and characters above U+00FF). */
function sendable(headers) {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v).replace(/[^\t\x20-\x7e\x80-\xff]/g, '?')]));
}

function failed(error, started) {
  return { status: 0, headers: {}, text: `connection error: ${error.message}`, json: undefined, ms: performance.now() - started };
}

function parseJson(text) {
  try { return JSON.parse(text); } catch { return undefined; }
}

/** How a request reaches a tenant: its route, its Host header, or the X-Tenant header. */
export const ROUTES = ['path', 'header', 'host'];

/** The path and headers that address `tenant` (null: the platform endpoint) through `route`. */
export function address(route, tenant) {
  if (!tenant) return { path: '/graphql', headers: {} };
  if (route === 'path') return { path: `/t/${tenant}/graphql`, headers: {} };
  if (route === 'header') return { path: '/graphql', headers: { 'x-tenant': tenant } };
  if (route === 'host') return { path: '/graphql', headers: { host: `${tenant}.localhost` } };
  throw new Error(`unknown route ${route}`);
}

/** A GraphQL POST through `route` to `tenant` with `token` (or anonymous). */
export function graphql({ route = 'path', tenant, token, query, variables, operationName, extraHeaders = {} }) {
  const { path, headers } = address(route, tenant);
  return send({
    path,
    headers: {
      'content-type': 'application/json', accept: 'application/graphql-response+json, application/json',
      ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}), ...extraHeaders,
    },
    body: JSON.stringify({ query, variables, operationName }),
  });
}

/** Top-level error codes of an answer. */
export function codes(res) {
  return (res.json?.errors ?? []).map((e) => e?.extensions?.code ?? '(no code)');
}

/** Runs `task(item)` over `items` with at most `limit` in flight. */
export async function pool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
