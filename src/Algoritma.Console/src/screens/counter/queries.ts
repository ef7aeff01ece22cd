import { graphql } from '../../gql';

export const CounterMeQuery = graphql(`
  query CounterMe { me { unit } }
`);

export const CounterSetupQuery = graphql(`
  query CounterSetup($unit: String!) {
    region(code: $unit) { code name ... on Kecamatan { villages(first: 100) { nodes { code name } } } }
    services(unit: $unit, channel: COUNTER, first: 100) {
      nodes { code name standard { requirements { code name required } } }
    }
  }
`);

export const RecordCounterMutation = graphql(`
  mutation CounterRecord($input: RecordCounterServiceInput!) {
    recordCounterService(input: $input) { request { id trackingCode version status } errors { code message path } }
  }
`);

export const CounterRateMutation = graphql(`
  mutation CounterRate($input: RateServiceInput!) {
    rateService(input: $input) { request { id version ikmScores } errors { code message path } }
  }
`);
