import { graphql } from '../../gql';

export const CatalogListQuery = graphql(`
  query CatalogList {
    services(first: 100) {
      nodes { code name level channels offeredUnits currentVersion standard { publishedAt completionUnit completionAmount fee } }
    }
  }
`);

export const CatalogServiceQuery = graphql(`
  query CatalogService($code: String!) {
    service(code: $code) {
      code name level channels currentVersion
      standard {
        version publishedAt requirements { code name required } procedure completionUnit completionAmount fee
        product complaintChannel legalBasis
      }
    }
  }
`);

// The API keeps no list of a service's earlier standards: their publications are read from the audit log's newest entries.
export const CatalogHistoryQuery = graphql(`
  query CatalogHistory {
    auditLog(last: 100) { nodes { id at actorName actorSubject action target details } }
  }
`);

export const PublishServiceStandardMutation = graphql(`
  mutation PublishServiceStandard($input: PublishServiceStandardInput!) {
    publishServiceStandard(input: $input) {
      service {
        code currentVersion
        standard {
          version publishedAt requirements { code name required } procedure completionUnit completionAmount fee
          product complaintChannel legalBasis
        }
      }
      errors { code message path }
    }
  }
`);
