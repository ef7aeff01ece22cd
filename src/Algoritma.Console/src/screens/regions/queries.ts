import { graphql } from '../../gql';

// 50 kecamatan × 100 villages keeps under the API's complexity limit (50,000) with nine fields each; a regency has fewer.
export const RegionDetailsListQuery = graphql(`
  query RegionDetailsList {
    kecamatans(first: 50) {
      nodes {
        code name kind address phone headName officerCount detailsUpdatedAt
        villages(first: 100) { nodes { code name kind address phone headName officerCount detailsUpdatedAt } }
      }
    }
  }
`);

export const RegionDetailsQuery = graphql(`
  query RegionDetails($code: String!) {
    region(code: $code) {
      code name kind address phone headName officerCount detailsUpdatedAt
      ... on Village { kecamatan { code name } }
    }
  }
`);

export const UpdateRegionDetailsMutation = graphql(`
  mutation UpdateRegionDetails($input: UpdateRegionDetailsInput!) {
    updateRegionDetails(input: $input) {
      region { code name kind address phone headName officerCount detailsUpdatedAt }
      errors { code message path }
    }
  }
`);

export const RegionImportPreviewQuery = graphql(`
  query RegionImportPreview {
    regionImportPreview { token changes { code change kind name previousName parentCode } }
  }
`);

export const ReimportOfficialRegionsMutation = graphql(`
  mutation ReimportOfficialRegions($input: ReimportOfficialRegionsInput!) {
    reimportOfficialRegions(input: $input) { applied { code change name } errors { code message path } }
  }
`);
