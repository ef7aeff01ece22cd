import { graphql } from '../../gql';

export const CampaignListQuery = graphql(`
  query CampaignList {
    campaigns(first: 50) {
      nodes { id name goalMetric target status from to progress { current sinceLaunch target targetReached } }
    }
  }
`);

export const CampaignRegionsQuery = graphql(`
  query CampaignRegions {
    kecamatans(first: 100) { nodes { code name villages(first: 100) { nodes { code name } } } }
  }
`);

export const CampaignDetailQuery = graphql(`
  query CampaignDetail($id: ID!) {
    campaign(id: $id) {
      id name goalMetric target status from to units version priorityDays summary
      waves { name startsOn units }
      activities { kind date unit attendance note }
      progress {
        baseline current sinceLaunch target gap targetReached uplift
        window { from to weeks }
        upliftByLevel { level joined notJoined uplift }
        waves { name startsOn units before after }
      }
    }
  }
`);

export const LaunchCampaignMutation = graphql(`
  mutation LaunchCampaign($input: LaunchCampaignInput!) {
    launchCampaign(input: $input) { campaign { id name } errors { code message path } }
  }
`);

export const RecordCampaignActivityMutation = graphql(`
  mutation RecordCampaignActivity($input: RecordCampaignActivityInput!) {
    recordCampaignActivity(input: $input) {
      campaign { id version activities { kind date unit attendance note } }
      errors { code message path }
    }
  }
`);
