// Finds another tenant's data in an answer given within one tenant: global ids naming another tenant, the
// fixtures' own ids and tracking codes, region codes of another regency, and other tenants' slugs.
const GLOBAL_ID = /^[A-Za-z0-9_-]{8,}={0,2}$/;
const REGION_CODE = /^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/;

function decodeGlobalId(value) {
  if (!GLOBAL_ID.test(value)) return null;
  const text = Buffer.from(value, 'base64url').toString('utf8');
  const m = text.match(/^([A-Z][A-Za-z]+):(.+)$/);
  return m ? { type: m[1], key: m[2] } : null;
}

/**
 * The foreign values in `data` (the `data` of an answer given within `tenantId`): [{ value, owner, why }].
 * `fixtures.tenants` gives every tenant's slug, regency code and markers.
 */
export function foreignValues(data, tenantId, fixtures) {
  const others = fixtures.tenants.filter((t) => t.id !== tenantId);
  const self = fixtures.tenants.find((t) => t.id === tenantId);
  const found = [];
  const visit = (value) => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) return value.forEach(visit);
    // A UserError's message is prose that may quote the input it refuses; the input is not another tenant's data.
    if (typeof value === 'object') return Object.entries(value).forEach(([k, v]) => k !== 'message' && visit(v));
    if (typeof value !== 'string') return;
    for (const other of others) {
      const why = foreignReason(value, other, self);
      if (why) found.push({ value: value.slice(0, 120), owner: other.id, why });
    }
  };
  visit(data);
  return found;
}

function foreignReason(value, other, self) {
  if (other.markers.has(value)) return 'an id or tracking code of that tenant';
  const id = decodeGlobalId(value);
  if (id && (id.key === other.id || id.key.startsWith(`${other.id}:`))) return `a ${id.type} global id of that tenant`;
  if (REGION_CODE.test(value) && value.startsWith(other.regencyCode) && !(self && value.startsWith(self.regencyCode))) {
    return 'a region code of that regency';
  }
  if (new RegExp(`(^|[^a-z0-9])${other.id}([^a-z0-9]|$)`).test(value)) return 'its slug';
  return null;
}
