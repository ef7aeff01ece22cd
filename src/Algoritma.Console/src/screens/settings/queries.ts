import { graphql } from '../../gql';

export const TenantSettingsQuery = graphql(`
  query TenantSettings {
    tenant {
      id slug source name timeZone workDays officeOpens officeCloses holidays ikmRounding settingsVersion configuredOrigins
    }
    allowedOrigins
  }
`);

export const UpdateTenantSettingsMutation = graphql(`
  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      tenant { id name timeZone workDays officeOpens officeCloses holidays ikmRounding settingsVersion }
      errors { code message path }
    }
  }
`);

export const SetAllowedOriginsMutation = graphql(`
  mutation SetTenantAllowedOrigins($input: SetAllowedOriginsInput!) {
    setAllowedOrigins(input: $input) { origins errors { code message path } }
  }
`);
