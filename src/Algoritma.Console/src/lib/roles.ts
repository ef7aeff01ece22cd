// Roles as the GraphQL `me.roles` enum names them.
export type Role = 'PLATFORM_ADMIN' | 'CITY_ADMIN' | 'OFFICER' | 'PROGRAM_MANAGER' | 'CITIZEN';

const PROGRAMME_ROLES: Role[] = ['PROGRAM_MANAGER', 'CITY_ADMIN'];
const CITY_ADMIN_ROLES: Role[] = ['CITY_ADMIN'];

export function seesProgramme(roles: readonly Role[]): boolean {
  return roles.some((role) => PROGRAMME_ROLES.includes(role));
}

export function seesCityAdmin(roles: readonly Role[]): boolean {
  return roles.some((role) => CITY_ADMIN_ROLES.includes(role));
}
