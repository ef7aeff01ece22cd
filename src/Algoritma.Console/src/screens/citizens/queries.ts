import { graphql } from '../../gql';

export const CitizensLifecycleQuery = graphql(`
  query CitizensLifecycle($from: Date!, $to: Date!, $granularity: Granularity!) {
    lifecycle(from: $from, to: $to, granularity: $granularity) { periodStart new returning resurrecting dormant }
  }
`);

export const CitizensRetentionQuery = graphql(`
  query CitizensRetention($from: Date!, $to: Date!) {
    retention(from: $from, to: $to) { cohort size periods { offset active rate } }
  }
`);
