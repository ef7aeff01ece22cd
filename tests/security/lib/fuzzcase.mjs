// The fuzzer's requests: request #index is a pure function of (fixtures, seed, index), so a failure that
// names its index can be rebuilt (replay.mjs) and sent again.
import { ROUTES, address } from './http.mjs';
import { ROLES } from './fixtures.mjs';
import { mutateBytes, mutateDocument, mutateVariables, randomText } from './mutate.mjs';
import { Random } from './prng.mjs';
import { documentFor, rootFields, variablesFor } from './schema.mjs';

/** Returns generate(index) for these fixtures and this seed. */
export function fuzzGenerator(fx, SEED) {
  const HAND_WRITTEN = [
    ['{ __typename }', {}],
    ['query Q($id: ID!) { node(id: $id) { __typename id ... on ServiceRequest { trackingCode unit { code } } } }', { id: '' }],
    ['{ __schema { queryType { name } types { name fields { name } } } }', {}],
    ['{ a: me { subject } b: me { tenant } ...F } fragment F on Query { platform { version } }', {}],
    ['query ($c: String!) { requestStatus(trackingCode: $c) { status history { event } } }', { c: '' }],
    ['mutation { __typename }', {}],
    ['subscription { __typename }', {}],
  ];

  /** Seeds: every root field with real values of one tenant, and a few hand-written shapes. */
  const corpus = [
    ...rootFields.flatMap((root) => fx.tenants.map((t) => {
      const overrides = root.field.name === 'campaign' ? { id: t.data.campaign.id } : root.field.name === 'node' ? { id: t.data.requests[0].id } : {};
      return [documentFor(root, { depth: 2 }), root.operation === 'query' ? variablesFor(root.field, t, overrides) : variablesFor(root.field, null)];
    })),
    ...HAND_WRITTEN,
  ];

  const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/graphql-response+json', 'application/graphql',
    'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', '', 'application/*', '*/*;;;'];
  const ACCEPTS = ['application/graphql-response+json', 'application/json', '*/*', 'text/html', 'application/xml', '', 'application/graphql-response+json;q=0'];
  const METHODS = ['GET', 'GET', 'GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

  /** A token and the tenant it belongs to (undefined: anonymous, or not a token the server could accept). */
  function pickToken(rng, tenant) {
    const r = rng.int(10);
    if (r < 6) {
      const member = rng.pick([...ROLES, 'platformAdmin']);
      if (member === 'platformAdmin') return { token: fx.platformAdmin, who: 'platform/platformAdmin', tenant: null };
      return { token: tenant.tokens[member], who: `${tenant.id}/${member}`, tenant: member === 'anonymous' ? undefined : tenant.id };
    }
    if (r < 8) {
      const other = rng.pick(fx.tenants);
      const member = rng.pick(ROLES.slice(1));
      return { token: other.tokens[member], who: `${other.id}/${member}`, tenant: other.id };
    }
    const base = tenant.tokens.admin;
    const garbage = [base.slice(0, -3 - rng.int(40)), `${base.slice(0, 40)}${randomText(rng, 5)}${base.slice(45)}`, 'x', randomText(rng, 200),
      'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwidGVuYW50IjoibWFrYXNzYXIiLCJyb2xlIjoiY2l0eV9hZG1pbiJ9.', ''];
    return { token: rng.pick(garbage), who: 'garbage token', tenant: undefined };
  }

  /** Route and headers; returns the tenant the platform should resolve (route > host > X-Tenant) or null. */
  function pickAddress(rng, tenant) {
    const route = rng.pick([...ROUTES, 'platform', 'both']);
    const other = rng.pick(fx.tenants).id;
    if (route === 'platform') return { ...address(null, null), resolved: null };
    if (route === 'both') {
      return { path: `/t/${tenant.id}/graphql`, headers: { 'x-tenant': other, ...(rng.chance(0.5) ? { host: `${other}.localhost` } : {}) }, resolved: tenant.id };
    }
    const a = address(route, tenant.id);
    if (rng.chance(0.1)) a.headers['x-tenant'] = rng.pick([other, randomText(rng, 10), 'A'.repeat(3000), '../samarinda', 'SAMARINDA', `${other} `]);
    const header = a.headers['x-tenant'];
    const resolved = route !== 'header' ? tenant.id : fx.tenants.some((t) => t.id === header) ? header : undefined;
    return { ...a, resolved };
  }

  /** Percent-encodes the UTF-8 bytes of `text` (lone surrogates become U+FFFD, as any client would send them). */
  function percent(text) {
    return [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');
  }

  /** Request #index of the run. */
  function generate(index) {
    const rng = new Random(`${SEED}:${index}`);
    const tenant = rng.pick(fx.tenants);
    let [doc, vars] = rng.pick(corpus);
    // Most edits break the syntax; leave some documents whole so variables, headers and bodies reach execution.
    if (rng.chance(0.6)) for (let i = 0, n = 1 + rng.int(2); i < n; i++) doc = mutateDocument(rng, doc);
    if (rng.chance(0.5)) vars = mutateVariables(rng, vars);
    const auth = pickToken(rng, tenant);
    const where = pickAddress(rng, tenant);
    const method = rng.chance(0.8) ? 'POST' : rng.pick(METHODS);
    const headers = { ...where.headers, accept: rng.chance(0.8) ? 'application/graphql-response+json' : rng.pick(ACCEPTS) };
    const exactBearer = rng.chance(0.95);
    if (auth.token) headers.authorization = exactBearer ? `Bearer ${auth.token}` : `${rng.pick(['Basic', 'bearer', 'Bearer  ', 'Token'])} ${auth.token}`;
    let path = where.path;
    let body;
    if (method === 'GET') {
      const qs = `query=${percent(doc)}${rng.chance(0.7) ? `&variables=${percent(JSON.stringify(vars))}` : ''}`;
      path = `${path}?${rng.chance(0.9) ? qs : `${qs}&${percent(randomText(rng))}=%ZZ`}`;
    } else {
      headers['content-type'] = rng.chance(0.85) ? 'application/json' : rng.pick(CONTENT_TYPES);
      const json = JSON.stringify(rng.chance(0.05) ? [{ query: doc, variables: vars }, { query: doc }] : { query: doc, variables: vars });
      const r = rng.next();
      body = r < 0.88 ? json : r < 0.97 ? mutateBytes(rng, json) : Buffer.from(Array.from({ length: rng.int(300) }, () => rng.int(256)));
    }
    return { index, method, path, headers, body, who: auth.who, tokenTenant: exactBearer ? auth.tenant : undefined, resolved: where.resolved };
  }
  return generate;
}
