// Who may call each root field, as the schema's descriptions and the authorization declarations say
// (AuthorizeWithRoles in src/Algoritma.Platform). 'anyone' includes anonymous callers. A field missing here
// fails the matrix, so a new field cannot slip in without a decision.
export const ANYONE = 'anyone';

const CITY_ADMIN = ['city_admin'];
const STAFF_COMMANDS = ['officer', 'city_admin'];
const ANALYSTS = ['program_manager', 'city_admin'];

export const ALLOWED = {
  query: {
    myProfile: ['citizen'],
    me: ANYONE,
    auditLog: CITY_ADMIN,
    users: CITY_ADMIN,
    clients: CITY_ADMIN,
    tenant: ANYONE,
    tenants: ['platform_admin'],
    officialProvinces: ['platform_admin'],
    officialRegencies: ['platform_admin'],
    kecamatans: ANYONE,
    region: ANYONE,
    serviceTemplates: ANYONE,
    services: ANYONE,
    service: ANYONE,
    requests: ['officer', 'city_admin', 'program_manager'],
    myRequests: ['citizen'],
    requestStatus: ANYONE,
    satisfaction: ['program_manager', 'city_admin', 'officer'],
    adoption: ANALYSTS,
    lifecycle: ANALYSTS,
    retention: ANALYSTS,
    unitRanking: ANALYSTS,
    submissionsByWeekday: ANALYSTS,
    campaigns: ANALYSTS,
    campaign: ANALYSTS,
    platform: ANYONE,
    node: ANYONE,
    allowedOrigins: CITY_ADMIN,
    regionImportPreview: CITY_ADMIN,
  },
  mutation: {
    registerCitizen: ANYONE,
    createUser: CITY_ADMIN,
    setUserRoles: CITY_ADMIN,
    disableUser: CITY_ADMIN,
    enableUser: CITY_ADMIN,
    registerClient: CITY_ADMIN,
    rotateClientSecret: CITY_ADMIN,
    setClientRedirectUris: CITY_ADMIN,
    onboardTenant: ['platform_admin'],
    setTenantEnabled: ['platform_admin'],
    updateRegionDetails: ['city_admin', 'officer'],
    reimportOfficialRegions: CITY_ADMIN,
    cloneServiceTemplate: CITY_ADMIN,
    publishServiceStandard: CITY_ADMIN,
    offerService: CITY_ADMIN,
    submitServiceRequest: ['citizen', 'officer', 'city_admin'],
    recordCounterService: STAFF_COMMANDS,
    returnServiceRequest: STAFF_COMMANDS,
    resubmitServiceRequest: ['citizen'],
    verifyServiceRequest: STAFF_COMMANDS,
    completeServiceRequest: STAFF_COMMANDS,
    rejectServiceRequest: STAFF_COMMANDS,
    cancelServiceRequest: ['citizen'],
    rateService: ['citizen', 'officer', 'city_admin'],
    launchCampaign: ANALYSTS,
    recordCampaignActivity: ANALYSTS,
    reviseCampaignTarget: ANALYSTS,
    closeCampaign: ANALYSTS,
    setAllowedOrigins: CITY_ADMIN,
    updateTenantSettings: CITY_ADMIN,
  },
};

/**
 * Fields of a type that only administrators may select, on a type others may read (field-level authorization): the
 * matrix leaves them out of its selections, so that it judges the root field; the integration tests
 * (TenantSettingsTests) check that an anonymous caller is refused them.
 */
export const ADMIN_FIELDS = new Set(['Tenant.ikmRounding', 'Tenant.settingsVersion', 'Tenant.configuredOrigins', 'Tenant.updatedAt', 'ServiceStandard.publishedBy']);

/** Fields served at the platform endpoint only: within a tenant they refuse everyone (FORBIDDEN). */
export const PLATFORM_ONLY = new Set(['tenants', 'onboardTenant', 'officialProvinces', 'officialRegencies', 'setTenantEnabled']);

/** The platform role each cast member holds (fixtures' role names → token roles). */
export const ROLE_OF = {
  anonymous: null, citizen: 'citizen', officer: 'officer', officerKec: 'officer', manager: 'program_manager',
  admin: 'city_admin', adminClient: 'city_admin', platformAdmin: 'platform_admin',
};

/** 'allowed', 'unauthenticated' or 'forbidden' for a cast member on a field, within a tenant or not. */
export function expectation(operation, fieldName, member, { tenantScope }) {
  const allowed = ALLOWED[operation][fieldName];
  if (allowed === undefined) throw new Error(`no authorization expectation for ${operation} ${fieldName}: add it to lib/expectations.mjs`);
  const role = ROLE_OF[member];
  if (allowed === ANYONE) return 'allowed';
  if (role === null) return 'unauthenticated';
  if (tenantScope && PLATFORM_ONLY.has(fieldName)) return 'forbidden';
  return allowed.includes(role) ? 'allowed' : 'forbidden';
}

/** The first cast member allowed to call a field (the payload and fuzz phases use it). */
export function allowedMember(operation, fieldName) {
  const order = ['admin', 'manager', 'officer', 'citizen', 'anonymous'];
  return order.find((m) => expectation(operation, fieldName, m, { tenantScope: true }) === 'allowed')
    ?? (ALLOWED[operation][fieldName]?.includes?.('platform_admin') ? 'platformAdmin' : 'admin');
}
