// Signing in as a person: the authorization code flow with PKCE through the platform's real login form.
// Shared by the e2e tests and the load benchmark (bench/load.mjs), each passing its own openid-client module.
import assert from 'node:assert/strict';

/** A cookie jar just big enough for the login form. */
export class Browser {
  cookies = new Map();
  constructor(base) { this.base = base; }
  async get(url) { return this.send(url, { method: 'GET' }); }
  async post(url, form) {
    return this.send(url, { method: 'POST', body: new URLSearchParams(form), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }
  async send(url, init) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(new URL(url, this.base), { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie } });
    for (const set of res.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return res;
  }
}

/** Drives the authorization code flow with PKCE through the real login form; returns the callback URL. */
export async function signInWith(oidc, base, config, redirect, userName, password) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirect,
    scope: 'openid profile roles offline_access api',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  const browser = new Browser(base);
  const toLogin = await browser.get(url);
  assert.equal(toLogin.status, 302);
  const loginUrl = toLogin.headers.get('location');
  assert.match(loginUrl, /\/account\/login\?ReturnUrl=/);
  const page = await browser.get(loginUrl);
  const html = await page.text();
  assert.match(html, /<html lang="id">/);
  const field = html.match(/<input type="hidden" name="([^"]+)" value="([^"]+)">/);
  const returnUrl = html.match(/name="returnUrl" value="([^"]+)"/)[1].replaceAll('&amp;', '&');
  const submitted = await browser.post('/account/login', { [field[1]]: field[2], returnUrl, username: userName, password });
  if (submitted.status !== 302) return { failed: submitted.status, html: await submitted.text() };
  const back = await browser.get(submitted.headers.get('location'));
  assert.equal(back.status, 302);
  const callback = new URL(back.headers.get('location'));
  const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state });
  return { tokens };
}
