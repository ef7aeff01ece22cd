import { graphql } from '../../gql';

export const OfficialProvincesQuery = graphql(`
  query OfficialProvinces {
    officialProvinces { code name }
  }
`);

export const OfficialRegenciesQuery = graphql(`
  query OfficialRegencies($search: String, $province: String, $first: Int) {
    officialRegencies(search: $search, province: $province, first: $first) {
      code name provinceCode provinceName kecamatanCount kelurahanCount desaCount heldBy
    }
  }
`);

export const OnboardTenantMutation = graphql(`
  mutation OnboardTenant($input: OnboardTenantInput!) {
    onboardTenant(input: $input) {
      tenant { id slug name regencyCode regencyName timeZone }
      kecamatanCount kelurahanCount desaCount
      errors { code message path }
    }
  }
`);
