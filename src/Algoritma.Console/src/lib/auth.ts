import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { config } from './config';

const appRoot = new URL(config.base, window.location.origin).toString();

// Code + PKCE with the tenant's public `{tenant}-console` client; refresh tokens renew the 5-minute access token.
export const userManager = new UserManager({
  authority: config.authority,
  client_id: config.clientId,
  redirect_uri: appRoot + 'callback',
  post_logout_redirect_uri: appRoot,
  response_type: 'code',
  scope: 'openid profile roles api offline_access',
  automaticSilentRenew: true,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
});

export async function currentUser(): Promise<User | null> {
  const user = await userManager.getUser();
  return user && !user.expired ? user : user?.refresh_token ? renew() : null;
}

async function renew(): Promise<User | null> {
  try {
    return await userManager.signinSilent();
  } catch {
    return null;
  }
}

export async function accessToken(): Promise<string | null> {
  return (await currentUser())?.access_token ?? null;
}

export function signIn(returnTo: string): Promise<void> {
  return userManager.signinRedirect({ state: { returnTo } });
}

// oidc-client-ts leaves client_id out when it sends id_token_hint; the host's sign-out rule for console clients
// needs it to know which console's address may follow.
export function signOut(): Promise<void> {
  return userManager.signoutRedirect({ extraQueryParams: { client_id: config.clientId } });
}
