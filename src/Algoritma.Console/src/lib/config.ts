// The host injects the tenant's configuration into index.html; `vite dev` falls back to VITE_* variables. A config
// without a tenant is the platform admin's console at /console/ (GraphQL at the platform route /graphql).
export interface ConsoleConfig {
  tenant: string | null;
  tenantName: string;
  timeZone: string;
  locale: string;
  base: string;
  graphql: string;
  authority: string;
  clientId: string;
}

function fromEnvironment(): ConsoleConfig {
  const tenant = import.meta.env.VITE_TENANT ?? 'samarinda';
  return {
    tenant,
    tenantName: import.meta.env.VITE_TENANT_NAME ?? 'Kota Samarinda',
    timeZone: import.meta.env.VITE_TIME_ZONE ?? 'Asia/Makassar',
    locale: 'id-ID',
    base: '/',
    graphql: import.meta.env.VITE_GRAPHQL ?? `http://localhost:5080/t/${tenant}/graphql`,
    authority: import.meta.env.VITE_AUTHORITY ?? 'http://localhost:5080',
    clientId: import.meta.env.VITE_CLIENT_ID ?? `${tenant}-console`,
  };
}

function read(): ConsoleConfig {
  const element = document.getElementById('algoritma-console-config');
  if (!element?.textContent) return fromEnvironment();
  return { ...fromEnvironment(), ...(JSON.parse(element.textContent) as Partial<ConsoleConfig>) };
}

export const config: ConsoleConfig = read();

/** The platform admin's console: no tenant in the page's configuration. */
export const isPlatformConsole = config.tenant === null;
