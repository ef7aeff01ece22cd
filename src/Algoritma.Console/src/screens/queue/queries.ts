import { graphql } from '../../gql';

export const QueueRequestsQuery = graphql(`
  query QueueRequests($filter: RequestFilter, $after: String) {
    requests(filter: $filter, first: 100, after: $after) {
      totalCount
      nodes { id trackingCode serviceCode status submittedAt deadline slaBreached workingTimeLeft unitCode channel version service { name } unit { name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const QueueServicesQuery = graphql(`
  query QueueServices {
    services(first: 100) { nodes { code name } }
  }
`);

export const QueueChangedSubscription = graphql(`
  subscription QueueChanged($filter: RequestFilter) {
    requestQueueChanged(filter: $filter) { id trackingCode status version }
  }
`);

export const QueueRequestQuery = graphql(`
  query QueueRequest($id: ID!) {
    node(id: $id) {
      ... on ServiceRequest {
        id trackingCode serviceCode status submittedAt deadline closedAt slaBreached workingTimeLeft reasonCode unitCode channel documents version
        service { name }
        unit { name }
        standard { version requirements { code name required } }
        history { event at actorRole reasonCode note deadline }
      }
    }
  }
`);


export const VerifyRequestMutation = graphql(`
  mutation QueueVerify($input: VerifyServiceRequestInput!) {
    verifyServiceRequest(input: $input) { request { id status version } errors { code message path } }
  }
`);

export const ReturnRequestMutation = graphql(`
  mutation QueueReturn($input: ReturnServiceRequestInput!) {
    returnServiceRequest(input: $input) { request { id status version } errors { code message path } }
  }
`);

export const CompleteRequestMutation = graphql(`
  mutation QueueComplete($input: CompleteServiceRequestInput!) {
    completeServiceRequest(input: $input) { request { id status version } errors { code message path } }
  }
`);

export const RejectRequestMutation = graphql(`
  mutation QueueReject($input: RejectServiceRequestInput!) {
    rejectServiceRequest(input: $input) { request { id status version } errors { code message path } }
  }
`);
