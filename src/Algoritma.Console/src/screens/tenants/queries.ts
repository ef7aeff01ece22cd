import { graphql } from '../../gql';

export const PlatformTenantsQuery = graphql(`
  query PlatformTenants {
    tenants(first: 100) { nodes { id slug name regencyCode regencyName timeZone enabled source createdAt } }
  }
`);

export const SetTenantEnabledMutation = graphql(`
  mutation SetTenantEnabled($input: SetTenantEnabledInput!) {
    setTenantEnabled(input: $input) { tenant { id slug enabled } errors { code message path } }
  }
`);
