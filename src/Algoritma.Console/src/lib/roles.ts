import { isPlatformConsole } from './config';

// Roles as the GraphQL `me.roles` enum names them.
export type Role = 'PLATFORM_ADMIN' | 'CITY_ADMIN' | 'OFFICER' | 'PROGRAM_MANAGER' | 'CITIZEN';

const PROGRAMME_ROLES: Role[] = ['PROGRAM_MANAGER', 'CITY_ADMIN'];
const OFFICER_ROLES: Role[] = ['OFFICER'];
const CITY_ADMIN_ROLES: Role[] = ['CITY_ADMIN'];
const PLATFORM_ROLES: Role[] = ['PLATFORM_ADMIN'];

export function seesProgramme(roles: readonly Role[]): boolean {
  return !isPlatformConsole && roles.some((role) => PROGRAMME_ROLES.includes(role));
}

export function seesQueue(roles: readonly Role[]): boolean {
  return !isPlatformConsole && roles.some((role) => OFFICER_ROLES.includes(role));
}

export function seesCityAdmin(roles: readonly Role[]): boolean {
  return !isPlatformConsole && roles.some((role) => CITY_ADMIN_ROLES.includes(role));
}

/** Platform screens open in the platform console only (`/console/` without a tenant), and nothing else opens there. */
export function seesPlatform(roles: readonly Role[], platformConsole = isPlatformConsole): boolean {
  return platformConsole && roles.some((role) => PLATFORM_ROLES.includes(role));
}

const programmeScreens = ['overview', 'units', 'citizens', 'satisfaction', 'campaigns'] as const;
const officerScreens = ['queue', 'counter'] as const;
const cityAdminScreens = ['regions', 'catalog', 'users', 'clients', 'settings'] as const;
const platformScreens = ['tenants', 'onboard'] as const;
export type ScreenName = (typeof programmeScreens)[number] | (typeof officerScreens)[number] | (typeof cityAdminScreens)[number]
  | (typeof platformScreens)[number];

/** The screens a person's roles open, in the navigation's order; the first is where the console lands. */
export function screensFor(roles: readonly Role[], platformConsole = isPlatformConsole): ScreenName[] {
  if (platformConsole) return seesPlatform(roles, platformConsole) ? [...platformScreens] : [];
  return [
    ...(seesProgramme(roles) ? programmeScreens : []),
    ...(seesCityAdmin(roles) ? cityAdminScreens : []),
    ...(seesQueue(roles) ? officerScreens : []),
  ];
}
