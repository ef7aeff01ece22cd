// OpenID Connect flows with the npm openid-client package against the real issuer, each token then used
// on the GraphQL endpoint.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as oidc from 'openid-client';
import { signInWith } from './sign-in.mjs';

const base = process.env.ALGORITMA_E2E_URL;
const insecure = { execute: [oidc.allowInsecureRequests] };
const REDIRECT = 'http://127.0.0.1:8765/callback';
const signIn = (config, userName, password) => signInWith(oidc, base, config, REDIRECT, userName, password);

async function graphql(path, token, query, variables) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

describe('client credentials', () => {
  test('a city integration client gets a token that works on its own tenant only', async () => {
    const config = await oidc.discovery(new URL(base), 'samarinda-integration', 'dev-samarinda-integration-secret', undefined, insecure);
    const tokens = await oidc.clientCredentialsGrant(config, { scope: 'api' });

    const own = await graphql('/t/samarinda/graphql', tokens.access_token, '{ me { subject tenant roles } }');
    assert.equal(own.status, 200);
    assert.deepEqual(own.body.data.me, { subject: 'samarinda-integration', tenant: 'samarinda', roles: ['CITY_ADMIN'] });

    const other = await graphql('/t/makassar/graphql', tokens.access_token, '{ tenant { slug } }');
    assert.equal(other.status, 403);
    assert.equal(other.body.errors[0].extensions.code, 'FORBIDDEN');
  });

  test('a wrong client secret gets no token', async () => {
    const config = await oidc.discovery(new URL(base), 'samarinda-integration', 'not-the-secret', undefined, insecure);
    await assert.rejects(oidc.clientCredentialsGrant(config, { scope: 'api' }),
      (e) => e.status === 401 && e.cause.some((challenge) => challenge.parameters.error === 'invalid_client'));
  });
});

describe('authorization code with PKCE', () => {
  const officerApp = () => oidc.discovery(new URL(base), 'samarinda-officer-app', undefined, oidc.None(), insecure);

  test('an officer signs in through the login form; the token carries tenant, role and unit', async () => {
    const config = await officerApp();
    const { tokens } = await signIn(config, 'petugas.rawamakmur', 'Algoritma-2026');
    const claims = tokens.claims();
    assert.equal(claims.tenant, 'samarinda');
    assert.equal(claims.unit, '64.72.01.1001');

    const me = await graphql('/t/samarinda/graphql', tokens.access_token, '{ me { tenant roles unit } }');
    assert.deepEqual(me.body.data.me, { tenant: 'samarinda', roles: ['OFFICER'], unit: '64.72.01.1001' });

    const userInfo = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    assert.equal(userInfo.preferred_username, 'petugas.rawamakmur');
    assert.equal(userInfo.tenant, 'samarinda');
  });

  test("the officer may change their own kelurahan's details but not another's", async () => {
    const { tokens } = await signIn(await officerApp(), 'petugas.rawamakmur', 'Algoritma-2026');
    const update = 'mutation ($code: String!) { updateRegionDetails(input: { code: $code, phone: "0541 123" }) { region { code phone } errors { code } } }';

    const own = await graphql('/t/samarinda/graphql', tokens.access_token, update, { code: '64.72.01.1001' });
    assert.deepEqual(own.body.data.updateRegionDetails.errors, []);
    const other = await graphql('/t/samarinda/graphql', tokens.access_token, update, { code: '64.72.01.1002' });
    assert.equal(other.body.data.updateRegionDetails.errors[0].code, 'OUT_OF_SCOPE');
  });

  test('a wrong password is refused on the form and issues nothing', async () => {
    const result = await signIn(await officerApp(), 'petugas.rawamakmur', 'wrong-password-1A');
    assert.equal(result.failed, 401);
    assert.match(result.html, /role="alert"/);
  });

  test('refresh rotates the refresh token; revocation ends it', async () => {
    const config = await officerApp();
    const { tokens } = await signIn(config, 'petugas.palaran', 'Algoritma-2026');
    assert.ok(tokens.refresh_token);

    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token);
    assert.notEqual(refreshed.refresh_token, tokens.refresh_token);
    const me = await graphql('/t/samarinda/graphql', refreshed.access_token, '{ me { unit } }');
    assert.equal(me.body.data.me.unit, '64.72.01');

    await oidc.tokenRevocation(config, refreshed.refresh_token, { token_type_hint: 'refresh_token' });
    await assert.rejects(oidc.refreshTokenGrant(config, refreshed.refresh_token), (e) => e.error === 'invalid_grant');
  });

  test('a redirect URI that is not registered is refused', async () => {
    const config = await officerApp();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: 'http://evil.example/callback', scope: 'openid', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256',
    });
    const res = await fetch(url, { redirect: 'manual' });
    assert.equal(res.status, 400);
  });
});
