import { graphql } from '../../gql';

export const SatisfactionOverviewQuery = graphql(`
  query SatisfactionOverview($from: Date!, $to: Date!) {
    satisfaction(from: $from, to: $to) { value grade performance elementNrr responses }
    kecamatans(first: 100) { nodes { code name } }
    services(first: 100) { nodes { code name } }
  }
`);

export const SatisfactionOfQuery = graphql(`
  query SatisfactionOf($from: Date!, $to: Date!, $unit: String, $service: String) {
    satisfaction(from: $from, to: $to, unit: $unit, service: $service) { value grade performance responses }
  }
`);
