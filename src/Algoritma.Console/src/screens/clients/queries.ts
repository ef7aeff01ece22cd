import { graphql } from '../../gql';

export const ClientListQuery = graphql(`
  query ClientList {
    clients { id clientId displayName roles type redirectUris postLogoutRedirectUris }
  }
`);

export const RegisterClientMutation = graphql(`
  mutation RegisterTenantClient($input: RegisterClientInput!) {
    registerClient(input: $input) { client { id clientId displayName roles } secret errors { code message path } }
  }
`);

export const RotateClientSecretMutation = graphql(`
  mutation RotateTenantClientSecret($input: ClientIdInput!) {
    rotateClientSecret(input: $input) { client { id clientId } secret errors { code message path } }
  }
`);

export const SetClientRedirectUrisMutation = graphql(`
  mutation SetTenantClientRedirectUris($input: SetClientRedirectUrisInput!) {
    setClientRedirectUris(input: $input) { client { id clientId type redirectUris postLogoutRedirectUris } errors { code message path } }
  }
`);
