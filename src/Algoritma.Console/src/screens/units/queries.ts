import { graphql } from '../../gql';

// One week of the heat map: every kelurahan/desa and every kecamatan (office and villages together).
export const UnitsWeekQuery = graphql(`
  query UnitsWeek($from: Date!, $to: Date!) {
    kelurahan: unitRanking(from: $from, to: $to, metric: DIGITAL_TAKE_UP, level: KELURAHAN, minCompleted: 0) { ...HeatCell }
    kecamatan: unitRanking(from: $from, to: $to, metric: DIGITAL_TAKE_UP, level: KECAMATAN, minCompleted: 0) { ...HeatCell }
  }
  fragment HeatCell on RankedUnit {
    unitCode completed digitalCompleted digitalTakeUp
    unit { name ... on Village { kecamatan { code name } } }
  }
`);

export const UnitsRankingQuery = graphql(`
  query UnitsRanking($from: Date!, $to: Date!, $metric: AdoptionMetric!, $level: UnitLevel!, $minCompleted: Int!) {
    unitRanking(from: $from, to: $to, metric: $metric, level: $level, minCompleted: $minCompleted) {
      rank unitCode value started completed digitalCompleted digitalTakeUp completionRate slaCompliance
      unit { name kind ... on Village { kecamatan { code name } } }
    }
  }
`);

export const UnitPageQuery = graphql(`
  query UnitPage($code: String!, $from: Date!, $to: Date!, $previousFrom: Date!, $previousTo: Date!) {
    region(code: $code) {
      code name kind address phone headName officerCount
      ... on Village { kecamatan { code name } }
    }
    adoption(unit: $code, from: $from, to: $to, granularity: WEEK) {
      ...KpiWeek
      digitalTakeUp
      processingTimes { channel completed }
    }
    previous: adoption(unit: $code, from: $previousFrom, to: $previousTo, granularity: WEEK) { ...KpiWeek }
  }
`);
