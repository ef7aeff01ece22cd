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
      code name level channels offeredUnits currentVersion
      standard {
        version publishedAt requirements { code name required } procedure completionUnit completionAmount fee
        product complaintChannel legalBasis
      }
    }
  }
`);

export const CatalogVersionsQuery = graphql(`
  query CatalogVersions($code: String!) {
    service(code: $code) {
      code
      versions {
        version publishedAt publishedBy requirements { code name required } procedure completionUnit completionAmount fee
        product complaintChannel legalBasis
      }
    }
  }
`);

export const CatalogTemplatesQuery = graphql(`
  query CatalogTemplates { serviceTemplates { code name level } }
`);

export const CloneServiceTemplateMutation = graphql(`
  mutation CloneServiceTemplate($input: CloneServiceTemplateInput!) {
    cloneServiceTemplate(input: $input) { service { code name } errors { code message path } }
  }
`);

// The units a service can be offered at: the kecamatan, or their kelurahan/desa (names and codes only).
export const CatalogUnitsQuery = graphql(`
  query CatalogUnits {
    kecamatans(first: 50) { nodes { code name retiredAt villages(first: 100) { nodes { code name kind retiredAt } } } }
  }
`);

export const OfferServiceMutation = graphql(`
  mutation OfferService($input: OfferServiceInput!) {
    offerService(input: $input) { service { code channels offeredUnits } errors { code message path } }
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
