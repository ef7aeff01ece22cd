import { graphql } from '../../gql';

export const OverviewKpisQuery = graphql(`
  query OverviewKpis($from: Date!, $to: Date!, $previousFrom: Date!, $previousTo: Date!) {
    current: adoption(from: $from, to: $to, granularity: WEEK) { ...KpiWeek }
    previous: adoption(from: $previousFrom, to: $previousTo, granularity: WEEK) { ...KpiWeek }
    ikm: satisfaction(from: $from, to: $to) { value grade responses }
    previousIkm: satisfaction(from: $previousFrom, to: $previousTo) { value grade responses }
  }
  fragment KpiWeek on AdoptionPoint {
    periodStart started completed digitalCompleted completedWithinSla
    activeDigitalCitizens newDigitalCitizens counterVisitsAvoided citizenHoursSaved
  }
`);

export const TakeUpTrendQuery = graphql(`
  query OverviewTakeUpTrend($from: Date!, $to: Date!) {
    adoption(from: $from, to: $to, granularity: WEEK) { periodStart completed digitalCompleted digitalTakeUp }
    campaigns(first: 20) {
      nodes { id name goalMetric target status from to waves { name startsOn units } }
    }
  }
`);

export const ChannelMixQuery = graphql(`
  query OverviewChannelMix($from: Date!, $to: Date!) {
    adoption(from: $from, to: $to, granularity: WEEK) { periodStart completed processingTimes { channel completed } }
  }
`);
