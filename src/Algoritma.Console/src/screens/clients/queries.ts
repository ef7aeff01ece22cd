import { graphql } from '../../gql';

export const ClientListQuery = graphql(`
  query ClientList {
    clients { id clientId displayName roles }
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
