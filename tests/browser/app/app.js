// A browser app as a front-end developer writes one: discovery, authorization code + PKCE with the tenant's public
// client, the token exchange and a GraphQL query, all with fetch across origins (CORS). Its result lands in #result.
const api = document.body.dataset.api;
const tenant = 'samarinda';
const clientId = 'samarinda-portal';
const redirectUri = `${location.origin}/callback`;
const show = (result) => { document.getElementById('result').textContent = JSON.stringify(result); };

const base64url = (bytes) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const random = (length) => base64url(crypto.getRandomValues(new Uint8Array(length)));

async function discovery() {
  const response = await fetch(`${api}/.well-known/openid-configuration`);
  return response.json();
}

async function graphql(query, token) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${api}/t/${tenant}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return response.json();
}

async function signIn() {
  const config = await discovery();
  const verifier = random(32);
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const state = random(16);
  sessionStorage.setItem('pkce', JSON.stringify({ verifier, state }));
  const authorize = new URL(config.authorization_endpoint);
  authorize.search = new URLSearchParams({
    client_id: clientId, response_type: 'code', redirect_uri: redirectUri, scope: 'openid profile roles api',
    code_challenge: challenge, code_challenge_method: 'S256', state,
  }).toString();
  location.assign(authorize.toString());
}

async function callback() {
  const params = new URLSearchParams(location.search);
  const { verifier, state } = JSON.parse(sessionStorage.getItem('pkce') ?? '{}');
  if (params.get('state') !== state) throw new Error('the state does not match');
  const config = await discovery();
  const tokenResponse = await fetch(config.token_endpoint, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: clientId, code: params.get('code'), redirect_uri: redirectUri, code_verifier: verifier }),
  });
  const tokens = await tokenResponse.json();
  const answer = await graphql('{ me { roles tenant } }', tokens.access_token);
  show({ ok: true, data: answer.data, errors: answer.errors });
}

/** On an origin the tenant never registered, every call fails before the app can read an answer. */
async function attempt(name, call) {
  try {
    await call();
    return `${name}: read`;
  } catch (error) {
    return `${name}: ${error.name}`;
  }
}

async function main() {
  if (location.pathname === '/callback') {
    await callback();
    return;
  }

  const calls = [await attempt('discovery', discovery), await attempt('graphql', () => graphql('{ __typename }'))];
  if (calls.every((c) => c.endsWith(': read'))) {
    await signIn();
  } else {
    show({ ok: false, calls });
  }
}

main().catch((error) => show({ ok: false, error: String(error) }));
