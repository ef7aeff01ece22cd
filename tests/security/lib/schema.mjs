// Reads the platform's schema (schema/schema.graphql, which a test keeps equal to the server's) and writes
// documents from it: a selection for every root field, argument values, and every string argument's path.
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema, getNamedType, getNullableType, isEnumType, isInputObjectType, isInterfaceType, isListType,
  isNonNullType, isObjectType, isScalarType, isUnionType,
} from 'graphql';
import { ADMIN_FIELDS } from './expectations.mjs';

const SCHEMA_FILE = path.join(import.meta.dirname, '..', '..', '..', 'schema', 'schema.graphql');
export const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));

export const queryFields = Object.values(schema.getQueryType().getFields());
export const mutationFields = Object.values(schema.getMutationType().getFields());
export const rootFields = [
  ...queryFields.map((field) => ({ operation: 'query', field })),
  ...mutationFields.map((field) => ({ operation: 'mutation', field })),
];

/** Object types that implement Node: the node types whose ids must never cross tenants. */
export const nodeTypes = Object.values(schema.getTypeMap())
  .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node')).map((t) => t.name);

const SKIPPED = new Set(['edges']); // nodes already select the same objects; edges double the cost

/** A selection set of `type` down to `depth` levels: scalars, then nested objects without required arguments. */
export function selection(type, depth = 3) {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (depth <= 0) return isObjectType(named) && named.getFields().id ? '{ id }' : '{ __typename }';
  const parts = ['__typename'];
  const fields = isUnionType(named) ? {} : named.getFields();
  for (const f of Object.values(fields)) {
    if (SKIPPED.has(f.name) || ADMIN_FIELDS.has(`${named.name}.${f.name}`) || f.args.some((a) => isNonNullType(a.type))) continue;
    const inner = getNamedType(f.type);
    if (isScalarType(inner) || isEnumType(inner)) parts.push(f.name);
    else if (depth > 1) parts.push(`${f.name} ${selection(f.type, depth - 1)}`);
  }
  if (isInterfaceType(named) || isUnionType(named)) {
    // Aliased per type where implementations give one field name different types (User.unit, ServiceRequest.unit);
    // only those, as the server refuses a document with more than 50 aliases
    const impls = schema.getPossibleTypes(named);
    const typesByName = new Map();
    for (const impl of impls) for (const f of Object.values(impl.getFields())) typesByName.set(f.name, (typesByName.get(f.name) ?? new Set()).add(String(f.type)));
    for (const impl of impls) {
      const own = Object.values(impl.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type)))
        .map((f) => {
          const sub = selection(f.type, Math.min(depth, 2) - 1);
          return typesByName.get(f.name).size > 1 ? `${impl.name}_${f.name}: ${f.name} ${sub}` : `${f.name} ${sub}`;
        });
      parts.push(`... on ${impl.name} { ${own.join(' ')} }`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

/** `query ($a: T!, …) { field(a: $a, …) { … } }` with every argument as a variable. */
export function documentFor({ operation, field }, { depth = 3, alias } = {}) {
  const defs = field.args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const head = defs ? `${operation} (${defs})` : operation;
  const call = `${alias ? `${alias}: ` : ''}${field.name}${args ? `(${args})` : ''}`;
  return `${head} { ${call} ${selection(field.type, depth)} }`;
}

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const DATE_FROM = day(-90);
const DATE_TO = day(1);

/**
 * A value for one argument or input field. `source` (a tenant of the fixtures) supplies real ids and codes
 * for reads; without it the values are well typed but name nothing (harmless for mutations).
 */
export function valueFor(name, type, source, required = isNonNullType(type)) {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = valueFor(name, inner.ofType, source, true);
    return item === undefined ? [] : [item];
  }
  if (isInputObjectType(inner)) {
    const out = {};
    for (const f of Object.values(inner.getFields())) {
      const v = valueFor(f.name, f.type, source);
      if (v !== undefined) out[f.name] = v;
    }
    return out;
  }
  if (!required && !source) return undefined;
  if (isEnumType(inner)) return inner.getValues()[0].value;
  return scalarFor(name, inner.name, source, required);
}

function scalarFor(name, typeName, source, required) {
  switch (typeName) {
    case 'Int': return name === 'first' ? 5 : name === 'last' ? undefined : 0; // first and last together: BAD_USER_INPUT
    case 'Long': return 1;
    case 'Float': case 'Decimal': return 0;
    case 'Boolean': return false;
    case 'Date': return name === 'to' ? DATE_TO : DATE_FROM;
    case 'DateTimeOffset': return name.endsWith('To') || name === 'to' ? `${DATE_TO}T00:00:00Z` : `${DATE_FROM}T00:00:00Z`;
    case 'ID': return idFor(name, source);
    default: return stringFor(name, source, required);
  }
}

function idFor(name, source) {
  if (!source) return 'U2VydmljZVJlcXVlc3Q6bm9uZTpub25l'; // ServiceRequest:none:none
  if (name === 'campaignId' || name === 'id' && source.idHint === 'campaign') return source.data.campaign.id;
  if (name === 'requestId') return source.data.requests[0].id;
  return source.ids.tenant;
}

function stringFor(name, source, required) {
  if (!source) return required ? 'suite no-such' : undefined;
  if (name === 'trackingCode') return source.data.requests[0].trackingCode;
  if (name === 'code' || name === 'unit') return source.unit.village.code;
  if (name === 'service') return 'domisili';
  if (name === 'after' || name === 'before') return undefined;
  return required ? 'suite no-such' : undefined;
}

/** Variables for a root field: real values of `source` (reads), or harmless well-typed ones (no source). */
export function variablesFor(field, source, overrides = {}) {
  const vars = {};
  if (field.name === 'service' && source) overrides = { code: 'domisili', ...overrides };
  for (const a of field.args) {
    const v = a.name in overrides ? overrides[a.name] : valueFor(a.name, a.type, source);
    if (v !== undefined) vars[a.name] = v;
  }
  return vars;
}

/**
 * Every place a string goes into a root field: [{ path: ['input', 'name'], lists: Set of indices of `path`
 * that are lists }], String and ID alike, nested input objects and lists included.
 */
export function stringPaths(field) {
  const out = [];
  const walk = (type, at, lists, seen) => {
    let inner = getNullableType(type);
    if (isListType(inner)) {
      lists = new Set([...lists, at.length - 1]);
      inner = getNullableType(inner.ofType);
    }
    if (isInputObjectType(inner)) {
      if (seen.has(inner.name)) return;
      for (const f of Object.values(inner.getFields())) walk(f.type, [...at, f.name], lists, new Set([...seen, inner.name]));
      return;
    }
    if (isScalarType(inner) && ['String', 'ID'].includes(inner.name)) out.push({ path: at, lists, type: inner.name });
  };
  for (const a of field.args) walk(a.type, [a.name], new Set(), new Set());
  return out;
}

export function describePath({ path: at, lists }) {
  return at.map((seg, i) => (lists.has(i) ? `${seg}[]` : seg)).join('.');
}

/** A copy of `vars` with `value` at the place, creating objects and one-item lists on the way. */
export function setAt(vars, { path: at, lists }, value) {
  const copy = structuredClone(vars);
  let node = copy;
  for (let i = 0; i < at.length - 1; i++) {
    const seg = at[i];
    if (lists.has(i)) {
      if (!Array.isArray(node[seg]) || node[seg].length === 0) node[seg] = [{}];
      node = node[seg][0];
    } else {
      node[seg] ??= {};
      node = node[seg];
    }
  }
  node[at.at(-1)] = lists.has(at.length - 1) ? [value] : value;
  return copy;
}
