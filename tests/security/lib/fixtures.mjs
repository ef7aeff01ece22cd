// The cast and the data of the attacks: for each demo tenant a token per role and a few objects of each node
// type, created through the public API itself (idempotently, so a re-run against the same database works).
import fs from 'node:fs';
import path from 'node:path';
import * as oidc from 'openid-client';
import { signInWith } from '../../e2e/sign-in.mjs';
import { base, graphql, send } from './http.mjs';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
export const TENANT_IDS = ['samarinda', 'makassar', 'ponorogo'];
export const PASSWORD = 'Suite-Attack-2026';
const REDIRECT = 'http://127.0.0.1:8765/callback';
const insecure = { execute: [oidc.allowInsecureRequests] };

/** The demo tenants as tenants-config describes them (id, regency code, hosts, integration secret). */
export function tenantConfigs() {
  return TENANT_IDS.map((id) => {
    const yaml = fs.readFileSync(path.join(ROOT, 'tenants-config', `${id}.yaml`), 'utf8');
    return {
      id,
      regencyCode: yaml.match(/^regencyCode:\s*"([^"]+)"/m)[1],
      integration: { clientId: `${id}-integration`, secret: yaml.match(/clientId: \S+-integration[\s\S]*?secret: (\S+)/)[1] },
    };
  });
}

export function platformSecret() {
  const yaml = fs.readFileSync(path.join(ROOT, 'tenants-config', 'platform.yaml'), 'utf8');
  return yaml.match(/clientId: platform-admin[\s\S]*?secret: (\S+)/)[1];
}

/** A client credentials token, or throws with the answer. */
export async function clientToken(clientId, secret) {
  const res = await send({
    path: '/connect/token', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret, scope: 'api' }).toString(),
  });
  if (res.status !== 200 || !res.json?.access_token) throw new Error(`client credentials for ${clientId}: ${res.status} ${res.text.slice(0, 300)}`);
  return res.json.access_token;
}

async function gql(tenant, token, query, variables) {
  const res = await graphql({ tenant, token, query, variables });
  if (res.status !== 200 || res.json?.errors) throw new Error(`setup on ${tenant}: ${res.status} ${res.text.slice(0, 500)}\n${query}`);
  return res.json.data;
}

/** Ignores the "already exists" answers of a re-run; throws on any other refusal. */
function allowDuplicate(payload, what) {
  const other = (payload.errors ?? []).filter((e) => !/DUPLICATE|ALREADY|EXISTS/i.test(e.code));
  if (other.length) throw new Error(`setup ${what}: ${JSON.stringify(other)}`);
}

async function regions(tenant, admin) {
  const data = await gql(tenant, admin, '{ kecamatans(first: 2) { nodes { id code villages(first: 2) { nodes { id code } } } } }');
  const kecamatan = data.kecamatans.nodes[0];
  return { kecamatan, village: kecamatan.villages.nodes[0] };
}

async function ensureStaff(tenant, admin, unit) {
  const people = [
    { userName: 'suite.officer', roles: ['OFFICER'], unit: unit.village.code },
    { userName: 'suite.officer-kec', roles: ['OFFICER'], unit: unit.kecamatan.code },
    { userName: 'suite.manager', roles: ['PROGRAM_MANAGER'] },
    { userName: 'suite.admin', roles: ['CITY_ADMIN'] },
    { userName: 'suite.target', roles: ['OFFICER'], unit: unit.village.code },
  ];
  for (const p of people) {
    const data = await gql(tenant, admin,
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { errors { code message } } }',
      { input: { ...p, displayName: `Suite ${p.userName}`, password: PASSWORD } });
    allowDuplicate(data.createUser, `createUser ${p.userName} on ${tenant}`);
  }
}

async function ensureClient(tenant, admin) {
  const data = await gql(tenant, admin,
    'mutation ($input: RegisterClientInput!) { registerClient(input: $input) { errors { code message } } }',
    { input: { clientId: `${tenant}-suite`, displayName: 'Security suite', confidential: false, redirectUris: [REDIRECT] } });
  allowDuplicate(data.registerClient, `registerClient on ${tenant}`);
}

function citizenNik(unit) {
  return `${unit.kecamatan.code.replaceAll('.', '')}150890${'0917'}`;
}

async function ensureCitizen(tenant, unit) {
  const data = await gql(tenant, null,
    'mutation ($input: RegisterCitizenInput!) { registerCitizen(input: $input) { userName errors { code message } } }',
    { input: { nik: citizenNik(unit), name: 'Warga Suite', email: `suite.citizen@${tenant}.test`, password: PASSWORD } });
  allowDuplicate(data.registerCitizen, `registerCitizen on ${tenant}`);
  return `suite.citizen@${tenant}.test`;
}

const configs = new Map();
async function publicClient(tenant) {
  if (!configs.has(tenant)) configs.set(tenant, await oidc.discovery(base, `${tenant}-suite`, undefined, oidc.None(), insecure));
  return configs.get(tenant);
}

/** Signs a person in through the real login form (code + PKCE); returns the access token. */
export async function signIn(tenant, userName, password = PASSWORD) {
  const result = await signInWith(oidc, base.href, await publicClient(tenant), REDIRECT, userName, password);
  if (!result.tokens) throw new Error(`sign-in of ${userName} on ${tenant} failed: ${result.failed}`);
  return result.tokens.access_token;
}

const SUBMIT = `mutation ($input: SubmitServiceRequestInput!) {
  submitServiceRequest(input: $input) { request { id trackingCode version } errors { code message } } }`;
const COUNTER = `mutation ($input: RecordCounterServiceInput!) {
  recordCounterService(input: $input) { request { id trackingCode version } errors { code message } } }`;
const LAUNCH = `mutation ($input: LaunchCampaignInput!) { launchCampaign(input: $input) { campaign { id version } errors { code message } } }`;

function payloadOf(data, field) {
  const payload = data[field];
  if (payload.errors.length) throw new Error(`setup ${field}: ${JSON.stringify(payload.errors)}`);
  return payload;
}

async function createData(tenant, tokens, unit, runId) {
  const documents = ['ktp', 'kk', 'pengantar_rt'];
  const online = payloadOf(await gql(tenant, tokens.citizen, SUBMIT, {
    input: { service: 'domisili', unit: unit.village.code, channel: 'ONLINE', documents, idempotencyKey: `suite-${runId}-online` },
  }), 'submitServiceRequest').request;
  const counter = payloadOf(await gql(tenant, tokens.officer, COUNTER, {
    input: { service: 'domisili', unit: unit.village.code, documents, idempotencyKey: `suite-${runId}-counter`, citizenNik: citizenNik(unit) },
  }), 'recordCounterService').request;
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const campaign = payloadOf(await gql(tenant, tokens.manager, LAUNCH, {
    input: { name: `Suite ${runId}`, goalMetric: 'DIGITAL_TAKE_UP', target: 0.6, units: [unit.kecamatan.code], from: today, to: later },
  }), 'launchCampaign').campaign;
  return { requests: [online, counter], campaign };
}

async function nodeIds(tenant, admin) {
  const data = await gql(tenant, admin, '{ tenant { id } users(first: 100) { nodes { id userName } } }');
  return { tenant: data.tenant.id, users: data.users.nodes };
}

/**
 * Builds everything the attack classes need. Returns
 * { tenants: [{ id, regencyCode, unit, tokens: { role: token }, data, markers }], platformAdmin }.
 */
export async function setUp() {
  const runId = `${Date.now().toString(36)}`;
  const platformAdmin = await clientToken('platform-admin', platformSecret());
  const tenants = [];
  for (const config of tenantConfigs()) {
    const tenant = config.id;
    const adminClient = await clientToken(config.integration.clientId, config.integration.secret);
    const unit = await regions(tenant, adminClient);
    await ensureClient(tenant, adminClient);
    await ensureStaff(tenant, adminClient, unit);
    const citizenName = await ensureCitizen(tenant, unit);
    const tokens = {
      anonymous: null,
      citizen: await signIn(tenant, citizenName),
      officer: await signIn(tenant, 'suite.officer'),
      officerKec: await signIn(tenant, 'suite.officer-kec'),
      manager: await signIn(tenant, 'suite.manager'),
      admin: await signIn(tenant, 'suite.admin'),
      adminClient,
    };
    const data = await createData(tenant, tokens, unit, runId);
    const ids = await nodeIds(tenant, adminClient);
    tenants.push({ ...config, unit, tokens, data, ids, citizenName });
  }
  for (const t of tenants) t.markers = markersOf(t);
  return { tenants, platformAdmin, runId, base: base.href };
}

/** Strings that belong to this tenant alone: its ids, tracking codes, user ids. */
function markersOf(t) {
  const set = new Set();
  for (const r of t.data.requests) { set.add(r.id); set.add(r.trackingCode); }
  set.add(t.data.campaign.id);
  set.add(t.ids.tenant);
  for (const u of t.ids.users) set.add(u.id);
  set.add(t.unit.kecamatan.id);
  set.add(t.unit.village.id);
  return set;
}

/** The roles of a tenant's cast, in a stable order. */
export const ROLES = ['anonymous', 'citizen', 'officer', 'officerKec', 'manager', 'admin', 'adminClient'];

const FIXTURES_FILE = path.join(import.meta.dirname, '..', '.results', 'fixtures.json');
const FRESH_MS = Number(process.env.SECURITY_FIXTURES_FRESH_MS ?? 240_000);

/** Builds the fixtures and keeps them for the other test files of this run. */
export async function writeFixtures() {
  const fixtures = await setUp();
  fs.mkdirSync(path.dirname(FIXTURES_FILE), { recursive: true });
  const serialisable = { ...fixtures, at: Date.now(), tenants: fixtures.tenants.map((t) => ({ ...t, markers: [...t.markers] })) };
  fs.writeFileSync(FIXTURES_FILE, JSON.stringify(serialisable, null, 1));
  return fixtures;
}

/** The fixtures of this run (rebuilt when missing or older than the tokens can be trusted to live). */
export async function loadFixtures() {
  if (fs.existsSync(FIXTURES_FILE)) {
    const saved = JSON.parse(fs.readFileSync(FIXTURES_FILE, 'utf8'));
    if (Date.now() - saved.at < FRESH_MS && saved.base === base.href) {
      return { ...saved, tenants: saved.tenants.map((t) => ({ ...t, markers: new Set(t.markers) })) };
    }
  }
  return writeFixtures();
}
