/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CampaignList {\n    campaigns(first: 50) {\n      nodes { id name goalMetric target status from to progress { current sinceLaunch target targetReached } }\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  query CampaignRegions {\n    kecamatans(first: 100) { nodes { code name villages(first: 100) { nodes { code name } } } }\n  }\n": typeof types.CampaignRegionsDocument,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id name goalMetric target status from to units version priorityDays summary\n      waves { name startsOn units }\n      activities { kind date unit attendance note }\n      progress {\n        baseline current sinceLaunch target gap targetReached uplift\n        window { from to weeks }\n        upliftByLevel { level joined notJoined uplift }\n        waves { name startsOn units before after }\n      }\n    }\n  }\n": typeof types.CampaignDetailDocument,
    "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) { campaign { id name } errors { code message path } }\n  }\n": typeof types.LaunchCampaignDocument,
    "\n  mutation RecordCampaignActivity($input: RecordCampaignActivityInput!) {\n    recordCampaignActivity(input: $input) {\n      campaign { id version activities { kind date unit attendance note } }\n      errors { code message path }\n    }\n  }\n": typeof types.RecordCampaignActivityDocument,
    "\n  query CatalogList {\n    services(first: 100) {\n      nodes { code name level channels offeredUnits currentVersion standard { publishedAt completionUnit completionAmount fee } }\n    }\n  }\n": typeof types.CatalogListDocument,
    "\n  query CatalogService($code: String!) {\n    service(code: $code) {\n      code name level channels offeredUnits currentVersion\n      standard {\n        version publishedAt requirements { code name required } procedure completionUnit completionAmount fee\n        product complaintChannel legalBasis\n      }\n    }\n  }\n": typeof types.CatalogServiceDocument,
    "\n  query CatalogVersions($code: String!) {\n    service(code: $code) {\n      code\n      versions {\n        version publishedAt publishedBy requirements { code name required } procedure completionUnit completionAmount fee\n        product complaintChannel legalBasis\n      }\n    }\n  }\n": typeof types.CatalogVersionsDocument,
    "\n  query CatalogTemplates { serviceTemplates { code name level } }\n": typeof types.CatalogTemplatesDocument,
    "\n  mutation CloneServiceTemplate($input: CloneServiceTemplateInput!) {\n    cloneServiceTemplate(input: $input) { service { code name } errors { code message path } }\n  }\n": typeof types.CloneServiceTemplateDocument,
    "\n  query CatalogUnits {\n    kecamatans(first: 50) { nodes { code name retiredAt villages(first: 100) { nodes { code name kind retiredAt } } } }\n  }\n": typeof types.CatalogUnitsDocument,
    "\n  mutation OfferService($input: OfferServiceInput!) {\n    offerService(input: $input) { service { code channels offeredUnits } errors { code message path } }\n  }\n": typeof types.OfferServiceDocument,
    "\n  mutation PublishServiceStandard($input: PublishServiceStandardInput!) {\n    publishServiceStandard(input: $input) {\n      service {\n        code currentVersion\n        standard {\n          version publishedAt requirements { code name required } procedure completionUnit completionAmount fee\n          product complaintChannel legalBasis\n        }\n      }\n      errors { code message path }\n    }\n  }\n": typeof types.PublishServiceStandardDocument,
    "\n  query CitizensLifecycle($from: Date!, $to: Date!, $granularity: Granularity!) {\n    lifecycle(from: $from, to: $to, granularity: $granularity) { periodStart new returning resurrecting dormant }\n  }\n": typeof types.CitizensLifecycleDocument,
    "\n  query CitizensRetention($from: Date!, $to: Date!) {\n    retention(from: $from, to: $to) { cohort size periods { offset active rate } }\n  }\n": typeof types.CitizensRetentionDocument,
    "\n  query ClientList {\n    clients { id clientId displayName roles type redirectUris postLogoutRedirectUris }\n  }\n": typeof types.ClientListDocument,
    "\n  mutation RegisterTenantClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id clientId displayName roles } secret errors { code message path } }\n  }\n": typeof types.RegisterTenantClientDocument,
    "\n  mutation RotateTenantClientSecret($input: ClientIdInput!) {\n    rotateClientSecret(input: $input) { client { id clientId } secret errors { code message path } }\n  }\n": typeof types.RotateTenantClientSecretDocument,
    "\n  mutation SetTenantClientRedirectUris($input: SetClientRedirectUrisInput!) {\n    setClientRedirectUris(input: $input) { client { id clientId type redirectUris postLogoutRedirectUris } errors { code message path } }\n  }\n": typeof types.SetTenantClientRedirectUrisDocument,
    "\n  query CounterMe { me { unit } }\n": typeof types.CounterMeDocument,
    "\n  query CounterSetup($unit: String!) {\n    region(code: $unit) { code name ... on Kecamatan { villages(first: 100) { nodes { code name } } } }\n    services(unit: $unit, channel: COUNTER, first: 100) {\n      nodes { code name standard { requirements { code name required } } }\n    }\n  }\n": typeof types.CounterSetupDocument,
    "\n  mutation CounterRecord($input: RecordCounterServiceInput!) {\n    recordCounterService(input: $input) { request { id trackingCode version status } errors { code message path } }\n  }\n": typeof types.CounterRecordDocument,
    "\n  mutation CounterRate($input: RateServiceInput!) {\n    rateService(input: $input) { request { id version ikmScores } errors { code message path } }\n  }\n": typeof types.CounterRateDocument,
    "\n  query OfficialProvinces {\n    officialProvinces { code name }\n  }\n": typeof types.OfficialProvincesDocument,
    "\n  query OfficialRegencies($search: String, $province: String, $first: Int) {\n    officialRegencies(search: $search, province: $province, first: $first) {\n      code name provinceCode provinceName kecamatanCount kelurahanCount desaCount heldBy\n    }\n  }\n": typeof types.OfficialRegenciesDocument,
    "\n  mutation OnboardTenant($input: OnboardTenantInput!) {\n    onboardTenant(input: $input) {\n      tenant { id slug name regencyCode regencyName timeZone }\n      kecamatanCount kelurahanCount desaCount\n      errors { code message path }\n    }\n  }\n": typeof types.OnboardTenantDocument,
    "\n  query OverviewKpis($from: Date!, $to: Date!, $previousFrom: Date!, $previousTo: Date!) {\n    current: adoption(from: $from, to: $to, granularity: WEEK) { ...KpiWeek }\n    previous: adoption(from: $previousFrom, to: $previousTo, granularity: WEEK) { ...KpiWeek }\n    ikm: satisfaction(from: $from, to: $to) { value grade responses }\n    previousIkm: satisfaction(from: $previousFrom, to: $previousTo) { value grade responses }\n  }\n  fragment KpiWeek on AdoptionPoint {\n    periodStart started completed digitalCompleted completedWithinSla\n    activeDigitalCitizens newDigitalCitizens counterVisitsAvoided citizenHoursSaved\n  }\n": typeof types.OverviewKpisDocument,
    "\n  query OverviewTakeUpTrend($from: Date!, $to: Date!) {\n    adoption(from: $from, to: $to, granularity: WEEK) { periodStart completed digitalCompleted digitalTakeUp }\n    campaigns(first: 20) {\n      nodes { id name goalMetric target status from to waves { name startsOn units } }\n    }\n  }\n": typeof types.OverviewTakeUpTrendDocument,
    "\n  query OverviewChannelMix($from: Date!, $to: Date!) {\n    adoption(from: $from, to: $to, granularity: WEEK) { periodStart completed processingTimes { channel completed } }\n  }\n": typeof types.OverviewChannelMixDocument,
    "\n  query QueueRequests($filter: RequestFilter, $after: String) {\n    requests(filter: $filter, first: 100, after: $after) {\n      totalCount\n      nodes { id trackingCode serviceCode status submittedAt deadline slaBreached workingTimeLeft unitCode channel version service { name } unit { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.QueueRequestsDocument,
    "\n  query QueueServices {\n    services(first: 100) { nodes { code name } }\n  }\n": typeof types.QueueServicesDocument,
    "\n  subscription QueueChanged($filter: RequestFilter) {\n    requestQueueChanged(filter: $filter) { id trackingCode status version }\n  }\n": typeof types.QueueChangedDocument,
    "\n  query QueueRequest($id: ID!) {\n    node(id: $id) {\n      ... on ServiceRequest {\n        id trackingCode serviceCode status submittedAt deadline closedAt slaBreached workingTimeLeft reasonCode unitCode channel documents version\n        service { name }\n        unit { name }\n        standard { version requirements { code name required } }\n        history { event at actorRole reasonCode note deadline }\n      }\n    }\n  }\n": typeof types.QueueRequestDocument,
    "\n  mutation QueueVerify($input: VerifyServiceRequestInput!) {\n    verifyServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n": typeof types.QueueVerifyDocument,
    "\n  mutation QueueReturn($input: ReturnServiceRequestInput!) {\n    returnServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n": typeof types.QueueReturnDocument,
    "\n  mutation QueueComplete($input: CompleteServiceRequestInput!) {\n    completeServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n": typeof types.QueueCompleteDocument,
    "\n  mutation QueueReject($input: RejectServiceRequestInput!) {\n    rejectServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n": typeof types.QueueRejectDocument,
    "\n  query RegionDetailsList {\n    kecamatans(first: 50) {\n      nodes {\n        code name kind address phone headName officerCount detailsUpdatedAt\n        villages(first: 100) { nodes { code name kind address phone headName officerCount detailsUpdatedAt } }\n      }\n    }\n  }\n": typeof types.RegionDetailsListDocument,
    "\n  query RegionDetails($code: String!) {\n    region(code: $code) {\n      code name kind address phone headName officerCount detailsUpdatedAt\n      ... on Village { kecamatan { code name } }\n    }\n  }\n": typeof types.RegionDetailsDocument,
    "\n  mutation UpdateRegionDetails($input: UpdateRegionDetailsInput!) {\n    updateRegionDetails(input: $input) {\n      region { code name kind address phone headName officerCount detailsUpdatedAt }\n      errors { code message path }\n    }\n  }\n": typeof types.UpdateRegionDetailsDocument,
    "\n  query RegionImportPreview {\n    regionImportPreview { token changes { code change kind name previousName parentCode } }\n  }\n": typeof types.RegionImportPreviewDocument,
    "\n  mutation ReimportOfficialRegions($input: ReimportOfficialRegionsInput!) {\n    reimportOfficialRegions(input: $input) { applied { code change name } errors { code message path } }\n  }\n": typeof types.ReimportOfficialRegionsDocument,
    "\n  query SatisfactionOverview($from: Date!, $to: Date!) {\n    satisfaction(from: $from, to: $to) { value grade performance elementNrr responses }\n    kecamatans(first: 100) { nodes { code name } }\n    services(first: 100) { nodes { code name } }\n  }\n": typeof types.SatisfactionOverviewDocument,
    "\n  query SatisfactionOf($from: Date!, $to: Date!, $unit: String, $service: String) {\n    satisfaction(from: $from, to: $to, unit: $unit, service: $service) { value grade performance responses }\n  }\n": typeof types.SatisfactionOfDocument,
    "\n  query TenantSettings {\n    tenant {\n      id slug source name timeZone workDays officeOpens officeCloses holidays ikmRounding settingsVersion configuredOrigins\n    }\n    allowedOrigins\n  }\n": typeof types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      tenant { id name timeZone workDays officeOpens officeCloses holidays ikmRounding settingsVersion }\n      errors { code message path }\n    }\n  }\n": typeof types.UpdateTenantSettingsDocument,
    "\n  mutation SetTenantAllowedOrigins($input: SetAllowedOriginsInput!) {\n    setAllowedOrigins(input: $input) { origins errors { code message path } }\n  }\n": typeof types.SetTenantAllowedOriginsDocument,
    "\n  query PlatformTenants {\n    tenants(first: 100) { nodes { id slug name regencyCode regencyName timeZone enabled source createdAt } }\n  }\n": typeof types.PlatformTenantsDocument,
    "\n  mutation SetTenantEnabled($input: SetTenantEnabledInput!) {\n    setTenantEnabled(input: $input) { tenant { id slug enabled } errors { code message path } }\n  }\n": typeof types.SetTenantEnabledDocument,
    "\n  query UnitsWeek($from: Date!, $to: Date!) {\n    kelurahan: unitRanking(from: $from, to: $to, metric: DIGITAL_TAKE_UP, level: KELURAHAN, minCompleted: 0) { ...HeatCell }\n    kecamatan: unitRanking(from: $from, to: $to, metric: DIGITAL_TAKE_UP, level: KECAMATAN, minCompleted: 0) { ...HeatCell }\n  }\n  fragment HeatCell on RankedUnit {\n    unitCode completed digitalCompleted digitalTakeUp\n    unit { name ... on Village { kecamatan { code name } } }\n  }\n": typeof types.UnitsWeekDocument,
    "\n  query UnitsRanking($from: Date!, $to: Date!, $metric: AdoptionMetric!, $level: UnitLevel!, $minCompleted: Int!) {\n    unitRanking(from: $from, to: $to, metric: $metric, level: $level, minCompleted: $minCompleted) {\n      rank unitCode value started completed digitalCompleted digitalTakeUp completionRate slaCompliance\n      unit { name kind ... on Village { kecamatan { code name } } }\n    }\n  }\n": typeof types.UnitsRankingDocument,
    "\n  query UnitPage($code: String!, $from: Date!, $to: Date!, $previousFrom: Date!, $previousTo: Date!) {\n    region(code: $code) {\n      code name kind address phone headName officerCount\n      ... on Village { kecamatan { code name } }\n    }\n    adoption(unit: $code, from: $from, to: $to, granularity: WEEK) {\n      ...KpiWeek\n      digitalTakeUp\n      processingTimes { channel completed }\n    }\n    previous: adoption(unit: $code, from: $previousFrom, to: $previousTo, granularity: WEEK) { ...KpiWeek }\n  }\n": typeof types.UnitPageDocument,
    "\n  query UserList($after: String, $role: Role, $search: String) {\n    users(first: 100, after: $after, role: $role, search: $search) {\n      totalCount\n      nodes { id userName displayName email unit disabled createdAt roles }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.UserListDocument,
    "\n  query UserUnits {\n    kecamatans(first: 100) { nodes { code name retiredAt villages(first: 100) { nodes { code name retiredAt } } } }\n  }\n": typeof types.UserUnitsDocument,
    "\n  query AuditLog($actor: String, $action: String, $from: DateTimeOffset, $to: DateTimeOffset, $after: String) {\n    auditLog(actor: $actor, action: $action, from: $from, to: $to, order: NEWEST_FIRST, first: 100, after: $after) {\n      totalCount\n      nodes { id at actorName actorSubject action target details }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation CreateStaffUser($input: CreateUserInput!) {\n    createUser(input: $input) { user { id userName displayName roles unit disabled } errors { code message path } }\n  }\n": typeof types.CreateStaffUserDocument,
    "\n  mutation SetStaffUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) { user { id userName roles unit disabled } errors { code message path } }\n  }\n": typeof types.SetStaffUserRolesDocument,
    "\n  mutation DisableStaffUser($input: UserNameInput!) {\n    disableUser(input: $input) { user { id userName disabled } errors { code message path } }\n  }\n": typeof types.DisableStaffUserDocument,
    "\n  mutation EnableStaffUser($input: UserNameInput!) {\n    enableUser(input: $input) { user { id userName disabled } errors { code message path } }\n  }\n": typeof types.EnableStaffUserDocument,
    "\n  query ConsoleMe {\n    me { subject name tenant roles }\n  }\n": typeof types.ConsoleMeDocument,
};
const documents: Documents = {
    "\n  query CampaignList {\n    campaigns(first: 50) {\n      nodes { id name goalMetric target status from to progress { current sinceLaunch target targetReached } }\n    }\n  }\n": types.CampaignListDocument,
    "\n  query CampaignRegions {\n    kecamatans(first: 100) { nodes { code name villages(first: 100) { nodes { code name } } } }\n  }\n": types.CampaignRegionsDocument,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id name goalMetric target status from to units version priorityDays summary\n      waves { name startsOn units }\n      activities { kind date unit attendance note }\n      progress {\n        baseline current sinceLaunch target gap targetReached uplift\n        window { from to weeks }\n        upliftByLevel { level joined notJoined uplift }\n        waves { name startsOn units before after }\n      }\n    }\n  }\n": types.CampaignDetailDocument,
    "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) { campaign { id name } errors { code message path } }\n  }\n": types.LaunchCampaignDocument,
    "\n  mutation RecordCampaignActivity($input: RecordCampaignActivityInput!) {\n    recordCampaignActivity(input: $input) {\n      campaign { id version activities { kind date unit attendance note } }\n      errors { code message path }\n    }\n  }\n": types.RecordCampaignActivityDocument,
    "\n  query CatalogList {\n    services(first: 100) {\n      nodes { code name level channels offeredUnits currentVersion standard { publishedAt completionUnit completionAmount fee } }\n    }\n  }\n": types.CatalogListDocument,
    "\n  query CatalogService($code: String!) {\n    service(code: $code) {\n      code name level channels offeredUnits currentVersion\n      standard {\n        version publishedAt requirements { code name required } procedure completionUnit completionAmount fee\n        product complaintChannel legalBasis\n      }\n    }\n  }\n": types.CatalogServiceDocument,
    "\n  query CatalogVersions($code: String!) {\n    service(code: $code) {\n      code\n      versions {\n        version publishedAt publishedBy requirements { code name required } procedure completionUnit completionAmount fee\n        product complaintChannel legalBasis\n      }\n    }\n  }\n": types.CatalogVersionsDocument,
    "\n  query CatalogTemplates { serviceTemplates { code name level } }\n": types.CatalogTemplatesDocument,
    "\n  mutation CloneServiceTemplate($input: CloneServiceTemplateInput!) {\n    cloneServiceTemplate(input: $input) { service { code name } errors { code message path } }\n  }\n": types.CloneServiceTemplateDocument,
    "\n  query CatalogUnits {\n    kecamatans(first: 50) { nodes { code name retiredAt villages(first: 100) { nodes { code name kind retiredAt } } } }\n  }\n": types.CatalogUnitsDocument,
    "\n  mutation OfferService($input: OfferServiceInput!) {\n    offerService(input: $input) { service { code channels offeredUnits } errors { code message path } }\n  }\n": types.OfferServiceDocument,
    "\n  mutation PublishServiceStandard($input: PublishServiceStandardInput!) {\n    publishServiceStandard(input: $input) {\n      service {\n        code currentVersion\n        standard {\n          version publishedAt requirements { code name required } procedure completionUnit completionAmount fee\n          product complaintChannel legalBasis\n        }\n      }\n      errors { code message path }\n    }\n  }\n": types.PublishServiceStandardDocument,
    "\n  query CitizensLifecycle($from: Date!, $to: Date!, $granularity: Granularity!) {\n    lifecycle(from: $from, to: $to, granularity: $granularity) { periodStart new returning resurrecting dormant }\n  }\n": types.CitizensLifecycleDocument,
    "\n  query CitizensRetention($from: Date!, $to: Date!) {\n    retention(from: $from, to: $to) { cohort size periods { offset active rate } }\n  }\n": types.CitizensRetentionDocument,
    "\n  query ClientList {\n    clients { id clientId displayName roles type redirectUris postLogoutRedirectUris }\n  }\n": types.ClientListDocument,
    "\n  mutation RegisterTenantClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id clientId displayName roles } secret errors { code message path } }\n  }\n": types.RegisterTenantClientDocument,
    "\n  mutation RotateTenantClientSecret($input: ClientIdInput!) {\n    rotateClientSecret(input: $input) { client { id clientId } secret errors { code message path } }\n  }\n": types.RotateTenantClientSecretDocument,
    "\n  mutation SetTenantClientRedirectUris($input: SetClientRedirectUrisInput!) {\n    setClientRedirectUris(input: $input) { client { id clientId type redirectUris postLogoutRedirectUris } errors { code message path } }\n  }\n": types.SetTenantClientRedirectUrisDocument,
    "\n  query CounterMe { me { unit } }\n": types.CounterMeDocument,
    "\n  query CounterSetup($unit: String!) {\n    region(code: $unit) { code name ... on Kecamatan { villages(first: 100) { nodes { code name } } } }\n    services(unit: $unit, channel: COUNTER, first: 100) {\n      nodes { code name standard { requirements { code name required } } }\n    }\n  }\n": types.CounterSetupDocument,
    "\n  mutation CounterRecord($input: RecordCounterServiceInput!) {\n    recordCounterService(input: $input) { request { id trackingCode version status } errors { code message path } }\n  }\n": types.CounterRecordDocument,
    "\n  mutation CounterRate($input: RateServiceInput!) {\n    rateService(input: $input) { request { id version ikmScores } errors { code message path } }\n  }\n": types.CounterRateDocument,
    "\n  query OfficialProvinces {\n    officialProvinces { code name }\n  }\n": types.OfficialProvincesDocument,
    "\n  query OfficialRegencies($search: String, $province: String, $first: Int) {\n    officialRegencies(search: $search, province: $province, first: $first) {\n      code name provinceCode provinceName kecamatanCount kelurahanCount desaCount heldBy\n    }\n  }\n": types.OfficialRegenciesDocument,
    "\n  mutation OnboardTenant($input: OnboardTenantInput!) {\n    onboardTenant(input: $input) {\n      tenant { id slug name regencyCode regencyName timeZone }\n      kecamatanCount kelurahanCount desaCount\n      errors { code message path }\n    }\n  }\n": types.OnboardTenantDocument,
    "\n  query OverviewKpis($from: Date!, $to: Date!, $previousFrom: Date!, $previousTo: Date!) {\n    current: adoption(from: $from, to: $to, granularity: WEEK) { ...KpiWeek }\n    previous: adoption(from: $previousFrom, to: $previousTo, granularity: WEEK) { ...KpiWeek }\n    ikm: satisfaction(from: $from, to: $to) { value grade responses }\n    previousIkm: satisfaction(from: $previousFrom, to: $previousTo) { value grade responses }\n  }\n  fragment KpiWeek on AdoptionPoint {\n    periodStart started completed digitalCompleted completedWithinSla\n    activeDigitalCitizens newDigitalCitizens counterVisitsAvoided citizenHoursSaved\n  }\n": types.OverviewKpisDocument,
    "\n  query OverviewTakeUpTrend($from: Date!, $to: Date!) {\n    adoption(from: $from, to: $to, granularity: WEEK) { periodStart completed digitalCompleted digitalTakeUp }\n    campaigns(first: 20) {\n      nodes { id name goalMetric target status from to waves { name startsOn units } }\n    }\n  }\n": types.OverviewTakeUpTrendDocument,
    "\n  query OverviewChannelMix($from: Date!, $to: Date!) {\n    adoption(from: $from, to: $to, granularity: WEEK) { periodStart completed processingTimes { channel completed } }\n  }\n": types.OverviewChannelMixDocument,
    "\n  query QueueRequests($filter: RequestFilter, $after: String) {\n    requests(filter: $filter, first: 100, after: $after) {\n      totalCount\n      nodes { id trackingCode serviceCode status submittedAt deadline slaBreached workingTimeLeft unitCode channel version service { name } unit { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.QueueRequestsDocument,
    "\n  query QueueServices {\n    services(first: 100) { nodes { code name } }\n  }\n": types.QueueServicesDocument,
    "\n  subscription QueueChanged($filter: RequestFilter) {\n    requestQueueChanged(filter: $filter) { id trackingCode status version }\n  }\n": types.QueueChangedDocument,
    "\n  query QueueRequest($id: ID!) {\n    node(id: $id) {\n      ... on ServiceRequest {\n        id trackingCode serviceCode status submittedAt deadline closedAt slaBreached workingTimeLeft reasonCode unitCode channel documents version\n        service { name }\n        unit { name }\n        standard { version requirements { code name required } }\n        history { event at actorRole reasonCode note deadline }\n      }\n    }\n  }\n": types.QueueRequestDocument,
    "\n  mutation QueueVerify($input: VerifyServiceRequestInput!) {\n    verifyServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n": types.QueueVerifyDocument,
    "\n  mutation QueueReturn($input: ReturnServiceRequestInput!) {\n    returnServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n": types.QueueReturnDocument,
    "\n  mutation QueueComplete($input: CompleteServiceRequestInput!) {\n    completeServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n": types.QueueCompleteDocument,
    "\n  mutation QueueReject($input: RejectServiceRequestInput!) {\n    rejectServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n": types.QueueRejectDocument,
    "\n  query RegionDetailsList {\n    kecamatans(first: 50) {\n      nodes {\n        code name kind address phone headName officerCount detailsUpdatedAt\n        villages(first: 100) { nodes { code name kind address phone headName officerCount detailsUpdatedAt } }\n      }\n    }\n  }\n": types.RegionDetailsListDocument,
    "\n  query RegionDetails($code: String!) {\n    region(code: $code) {\n      code name kind address phone headName officerCount detailsUpdatedAt\n      ... on Village { kecamatan { code name } }\n    }\n  }\n": types.RegionDetailsDocument,
    "\n  mutation UpdateRegionDetails($input: UpdateRegionDetailsInput!) {\n    updateRegionDetails(input: $input) {\n      region { code name kind address phone headName officerCount detailsUpdatedAt }\n      errors { code message path }\n    }\n  }\n": types.UpdateRegionDetailsDocument,
    "\n  query RegionImportPreview {\n    regionImportPreview { token changes { code change kind name previousName parentCode } }\n  }\n": types.RegionImportPreviewDocument,
    "\n  mutation ReimportOfficialRegions($input: ReimportOfficialRegionsInput!) {\n    reimportOfficialRegions(input: $input) { applied { code change name } errors { code message path } }\n  }\n": types.ReimportOfficialRegionsDocument,
    "\n  query SatisfactionOverview($from: Date!, $to: Date!) {\n    satisfaction(from: $from, to: $to) { value grade performance elementNrr responses }\n    kecamatans(first: 100) { nodes { code name } }\n    services(first: 100) { nodes { code name } }\n  }\n": types.SatisfactionOverviewDocument,
    "\n  query SatisfactionOf($from: Date!, $to: Date!, $unit: String, $service: String) {\n    satisfaction(from: $from, to: $to, unit: $unit, service: $service) { value grade performance responses }\n  }\n": types.SatisfactionOfDocument,
    "\n  query TenantSettings {\n    tenant {\n      id slug source name timeZone workDays officeOpens officeCloses holidays ikmRounding settingsVersion configuredOrigins\n    }\n    allowedOrigins\n  }\n": types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      tenant { id name timeZone workDays officeOpens officeCloses holidays ikmRounding settingsVersion }\n      errors { code message path }\n    }\n  }\n": types.UpdateTenantSettingsDocument,
    "\n  mutation SetTenantAllowedOrigins($input: SetAllowedOriginsInput!) {\n    setAllowedOrigins(input: $input) { origins errors { code message path } }\n  }\n": types.SetTenantAllowedOriginsDocument,
    "\n  query PlatformTenants {\n    tenants(first: 100) { nodes { id slug name regencyCode regencyName timeZone enabled source createdAt } }\n  }\n": types.PlatformTenantsDocument,
    "\n  mutation SetTenantEnabled($input: SetTenantEnabledInput!) {\n    setTenantEnabled(input: $input) { tenant { id slug enabled } errors { code message path } }\n  }\n": types.SetTenantEnabledDocument,
    "\n  query UnitsWeek($from: Date!, $to: Date!) {\n    kelurahan: unitRanking(from: $from, to: $to, metric: DIGITAL_TAKE_UP, level: KELURAHAN, minCompleted: 0) { ...HeatCell }\n    kecamatan: unitRanking(from: $from, to: $to, metric: DIGITAL_TAKE_UP, level: KECAMATAN, minCompleted: 0) { ...HeatCell }\n  }\n  fragment HeatCell on RankedUnit {\n    unitCode completed digitalCompleted digitalTakeUp\n    unit { name ... on Village { kecamatan { code name } } }\n  }\n": types.UnitsWeekDocument,
    "\n  query UnitsRanking($from: Date!, $to: Date!, $metric: AdoptionMetric!, $level: UnitLevel!, $minCompleted: Int!) {\n    unitRanking(from: $from, to: $to, metric: $metric, level: $level, minCompleted: $minCompleted) {\n      rank unitCode value started completed digitalCompleted digitalTakeUp completionRate slaCompliance\n      unit { name kind ... on Village { kecamatan { code name } } }\n    }\n  }\n": types.UnitsRankingDocument,
    "\n  query UnitPage($code: String!, $from: Date!, $to: Date!, $previousFrom: Date!, $previousTo: Date!) {\n    region(code: $code) {\n      code name kind address phone headName officerCount\n      ... on Village { kecamatan { code name } }\n    }\n    adoption(unit: $code, from: $from, to: $to, granularity: WEEK) {\n      ...KpiWeek\n      digitalTakeUp\n      processingTimes { channel completed }\n    }\n    previous: adoption(unit: $code, from: $previousFrom, to: $previousTo, granularity: WEEK) { ...KpiWeek }\n  }\n": types.UnitPageDocument,
    "\n  query UserList($after: String, $role: Role, $search: String) {\n    users(first: 100, after: $after, role: $role, search: $search) {\n      totalCount\n      nodes { id userName displayName email unit disabled createdAt roles }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.UserListDocument,
    "\n  query UserUnits {\n    kecamatans(first: 100) { nodes { code name retiredAt villages(first: 100) { nodes { code name retiredAt } } } }\n  }\n": types.UserUnitsDocument,
    "\n  query AuditLog($actor: String, $action: String, $from: DateTimeOffset, $to: DateTimeOffset, $after: String) {\n    auditLog(actor: $actor, action: $action, from: $from, to: $to, order: NEWEST_FIRST, first: 100, after: $after) {\n      totalCount\n      nodes { id at actorName actorSubject action target details }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation CreateStaffUser($input: CreateUserInput!) {\n    createUser(input: $input) { user { id userName displayName roles unit disabled } errors { code message path } }\n  }\n": types.CreateStaffUserDocument,
    "\n  mutation SetStaffUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) { user { id userName roles unit disabled } errors { code message path } }\n  }\n": types.SetStaffUserRolesDocument,
    "\n  mutation DisableStaffUser($input: UserNameInput!) {\n    disableUser(input: $input) { user { id userName disabled } errors { code message path } }\n  }\n": types.DisableStaffUserDocument,
    "\n  mutation EnableStaffUser($input: UserNameInput!) {\n    enableUser(input: $input) { user { id userName disabled } errors { code message path } }\n  }\n": types.EnableStaffUserDocument,
    "\n  query ConsoleMe {\n    me { subject name tenant roles }\n  }\n": types.ConsoleMeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList {\n    campaigns(first: 50) {\n      nodes { id name goalMetric target status from to progress { current sinceLaunch target targetReached } }\n    }\n  }\n"): (typeof documents)["\n  query CampaignList {\n    campaigns(first: 50) {\n      nodes { id name goalMetric target status from to progress { current sinceLaunch target targetReached } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignRegions {\n    kecamatans(first: 100) { nodes { code name villages(first: 100) { nodes { code name } } } }\n  }\n"): (typeof documents)["\n  query CampaignRegions {\n    kecamatans(first: 100) { nodes { code name villages(first: 100) { nodes { code name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id name goalMetric target status from to units version priorityDays summary\n      waves { name startsOn units }\n      activities { kind date unit attendance note }\n      progress {\n        baseline current sinceLaunch target gap targetReached uplift\n        window { from to weeks }\n        upliftByLevel { level joined notJoined uplift }\n        waves { name startsOn units before after }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id name goalMetric target status from to units version priorityDays summary\n      waves { name startsOn units }\n      activities { kind date unit attendance note }\n      progress {\n        baseline current sinceLaunch target gap targetReached uplift\n        window { from to weeks }\n        upliftByLevel { level joined notJoined uplift }\n        waves { name startsOn units before after }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) { campaign { id name } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) { campaign { id name } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCampaignActivity($input: RecordCampaignActivityInput!) {\n    recordCampaignActivity(input: $input) {\n      campaign { id version activities { kind date unit attendance note } }\n      errors { code message path }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCampaignActivity($input: RecordCampaignActivityInput!) {\n    recordCampaignActivity(input: $input) {\n      campaign { id version activities { kind date unit attendance note } }\n      errors { code message path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogList {\n    services(first: 100) {\n      nodes { code name level channels offeredUnits currentVersion standard { publishedAt completionUnit completionAmount fee } }\n    }\n  }\n"): (typeof documents)["\n  query CatalogList {\n    services(first: 100) {\n      nodes { code name level channels offeredUnits currentVersion standard { publishedAt completionUnit completionAmount fee } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogService($code: String!) {\n    service(code: $code) {\n      code name level channels offeredUnits currentVersion\n      standard {\n        version publishedAt requirements { code name required } procedure completionUnit completionAmount fee\n        product complaintChannel legalBasis\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogService($code: String!) {\n    service(code: $code) {\n      code name level channels offeredUnits currentVersion\n      standard {\n        version publishedAt requirements { code name required } procedure completionUnit completionAmount fee\n        product complaintChannel legalBasis\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogVersions($code: String!) {\n    service(code: $code) {\n      code\n      versions {\n        version publishedAt publishedBy requirements { code name required } procedure completionUnit completionAmount fee\n        product complaintChannel legalBasis\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogVersions($code: String!) {\n    service(code: $code) {\n      code\n      versions {\n        version publishedAt publishedBy requirements { code name required } procedure completionUnit completionAmount fee\n        product complaintChannel legalBasis\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogTemplates { serviceTemplates { code name level } }\n"): (typeof documents)["\n  query CatalogTemplates { serviceTemplates { code name level } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloneServiceTemplate($input: CloneServiceTemplateInput!) {\n    cloneServiceTemplate(input: $input) { service { code name } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation CloneServiceTemplate($input: CloneServiceTemplateInput!) {\n    cloneServiceTemplate(input: $input) { service { code name } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogUnits {\n    kecamatans(first: 50) { nodes { code name retiredAt villages(first: 100) { nodes { code name kind retiredAt } } } }\n  }\n"): (typeof documents)["\n  query CatalogUnits {\n    kecamatans(first: 50) { nodes { code name retiredAt villages(first: 100) { nodes { code name kind retiredAt } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferService($input: OfferServiceInput!) {\n    offerService(input: $input) { service { code channels offeredUnits } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation OfferService($input: OfferServiceInput!) {\n    offerService(input: $input) { service { code channels offeredUnits } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishServiceStandard($input: PublishServiceStandardInput!) {\n    publishServiceStandard(input: $input) {\n      service {\n        code currentVersion\n        standard {\n          version publishedAt requirements { code name required } procedure completionUnit completionAmount fee\n          product complaintChannel legalBasis\n        }\n      }\n      errors { code message path }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishServiceStandard($input: PublishServiceStandardInput!) {\n    publishServiceStandard(input: $input) {\n      service {\n        code currentVersion\n        standard {\n          version publishedAt requirements { code name required } procedure completionUnit completionAmount fee\n          product complaintChannel legalBasis\n        }\n      }\n      errors { code message path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizensLifecycle($from: Date!, $to: Date!, $granularity: Granularity!) {\n    lifecycle(from: $from, to: $to, granularity: $granularity) { periodStart new returning resurrecting dormant }\n  }\n"): (typeof documents)["\n  query CitizensLifecycle($from: Date!, $to: Date!, $granularity: Granularity!) {\n    lifecycle(from: $from, to: $to, granularity: $granularity) { periodStart new returning resurrecting dormant }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizensRetention($from: Date!, $to: Date!) {\n    retention(from: $from, to: $to) { cohort size periods { offset active rate } }\n  }\n"): (typeof documents)["\n  query CitizensRetention($from: Date!, $to: Date!) {\n    retention(from: $from, to: $to) { cohort size periods { offset active rate } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientList {\n    clients { id clientId displayName roles type redirectUris postLogoutRedirectUris }\n  }\n"): (typeof documents)["\n  query ClientList {\n    clients { id clientId displayName roles type redirectUris postLogoutRedirectUris }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterTenantClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id clientId displayName roles } secret errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation RegisterTenantClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id clientId displayName roles } secret errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateTenantClientSecret($input: ClientIdInput!) {\n    rotateClientSecret(input: $input) { client { id clientId } secret errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation RotateTenantClientSecret($input: ClientIdInput!) {\n    rotateClientSecret(input: $input) { client { id clientId } secret errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTenantClientRedirectUris($input: SetClientRedirectUrisInput!) {\n    setClientRedirectUris(input: $input) { client { id clientId type redirectUris postLogoutRedirectUris } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation SetTenantClientRedirectUris($input: SetClientRedirectUrisInput!) {\n    setClientRedirectUris(input: $input) { client { id clientId type redirectUris postLogoutRedirectUris } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CounterMe { me { unit } }\n"): (typeof documents)["\n  query CounterMe { me { unit } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CounterSetup($unit: String!) {\n    region(code: $unit) { code name ... on Kecamatan { villages(first: 100) { nodes { code name } } } }\n    services(unit: $unit, channel: COUNTER, first: 100) {\n      nodes { code name standard { requirements { code name required } } }\n    }\n  }\n"): (typeof documents)["\n  query CounterSetup($unit: String!) {\n    region(code: $unit) { code name ... on Kecamatan { villages(first: 100) { nodes { code name } } } }\n    services(unit: $unit, channel: COUNTER, first: 100) {\n      nodes { code name standard { requirements { code name required } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CounterRecord($input: RecordCounterServiceInput!) {\n    recordCounterService(input: $input) { request { id trackingCode version status } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation CounterRecord($input: RecordCounterServiceInput!) {\n    recordCounterService(input: $input) { request { id trackingCode version status } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CounterRate($input: RateServiceInput!) {\n    rateService(input: $input) { request { id version ikmScores } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation CounterRate($input: RateServiceInput!) {\n    rateService(input: $input) { request { id version ikmScores } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialProvinces {\n    officialProvinces { code name }\n  }\n"): (typeof documents)["\n  query OfficialProvinces {\n    officialProvinces { code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialRegencies($search: String, $province: String, $first: Int) {\n    officialRegencies(search: $search, province: $province, first: $first) {\n      code name provinceCode provinceName kecamatanCount kelurahanCount desaCount heldBy\n    }\n  }\n"): (typeof documents)["\n  query OfficialRegencies($search: String, $province: String, $first: Int) {\n    officialRegencies(search: $search, province: $province, first: $first) {\n      code name provinceCode provinceName kecamatanCount kelurahanCount desaCount heldBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnboardTenant($input: OnboardTenantInput!) {\n    onboardTenant(input: $input) {\n      tenant { id slug name regencyCode regencyName timeZone }\n      kecamatanCount kelurahanCount desaCount\n      errors { code message path }\n    }\n  }\n"): (typeof documents)["\n  mutation OnboardTenant($input: OnboardTenantInput!) {\n    onboardTenant(input: $input) {\n      tenant { id slug name regencyCode regencyName timeZone }\n      kecamatanCount kelurahanCount desaCount\n      errors { code message path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewKpis($from: Date!, $to: Date!, $previousFrom: Date!, $previousTo: Date!) {\n    current: adoption(from: $from, to: $to, granularity: WEEK) { ...KpiWeek }\n    previous: adoption(from: $previousFrom, to: $previousTo, granularity: WEEK) { ...KpiWeek }\n    ikm: satisfaction(from: $from, to: $to) { value grade responses }\n    previousIkm: satisfaction(from: $previousFrom, to: $previousTo) { value grade responses }\n  }\n  fragment KpiWeek on AdoptionPoint {\n    periodStart started completed digitalCompleted completedWithinSla\n    activeDigitalCitizens newDigitalCitizens counterVisitsAvoided citizenHoursSaved\n  }\n"): (typeof documents)["\n  query OverviewKpis($from: Date!, $to: Date!, $previousFrom: Date!, $previousTo: Date!) {\n    current: adoption(from: $from, to: $to, granularity: WEEK) { ...KpiWeek }\n    previous: adoption(from: $previousFrom, to: $previousTo, granularity: WEEK) { ...KpiWeek }\n    ikm: satisfaction(from: $from, to: $to) { value grade responses }\n    previousIkm: satisfaction(from: $previousFrom, to: $previousTo) { value grade responses }\n  }\n  fragment KpiWeek on AdoptionPoint {\n    periodStart started completed digitalCompleted completedWithinSla\n    activeDigitalCitizens newDigitalCitizens counterVisitsAvoided citizenHoursSaved\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewTakeUpTrend($from: Date!, $to: Date!) {\n    adoption(from: $from, to: $to, granularity: WEEK) { periodStart completed digitalCompleted digitalTakeUp }\n    campaigns(first: 20) {\n      nodes { id name goalMetric target status from to waves { name startsOn units } }\n    }\n  }\n"): (typeof documents)["\n  query OverviewTakeUpTrend($from: Date!, $to: Date!) {\n    adoption(from: $from, to: $to, granularity: WEEK) { periodStart completed digitalCompleted digitalTakeUp }\n    campaigns(first: 20) {\n      nodes { id name goalMetric target status from to waves { name startsOn units } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewChannelMix($from: Date!, $to: Date!) {\n    adoption(from: $from, to: $to, granularity: WEEK) { periodStart completed processingTimes { channel completed } }\n  }\n"): (typeof documents)["\n  query OverviewChannelMix($from: Date!, $to: Date!) {\n    adoption(from: $from, to: $to, granularity: WEEK) { periodStart completed processingTimes { channel completed } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueRequests($filter: RequestFilter, $after: String) {\n    requests(filter: $filter, first: 100, after: $after) {\n      totalCount\n      nodes { id trackingCode serviceCode status submittedAt deadline slaBreached workingTimeLeft unitCode channel version service { name } unit { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query QueueRequests($filter: RequestFilter, $after: String) {\n    requests(filter: $filter, first: 100, after: $after) {\n      totalCount\n      nodes { id trackingCode serviceCode status submittedAt deadline slaBreached workingTimeLeft unitCode channel version service { name } unit { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueServices {\n    services(first: 100) { nodes { code name } }\n  }\n"): (typeof documents)["\n  query QueueServices {\n    services(first: 100) { nodes { code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueChanged($filter: RequestFilter) {\n    requestQueueChanged(filter: $filter) { id trackingCode status version }\n  }\n"): (typeof documents)["\n  subscription QueueChanged($filter: RequestFilter) {\n    requestQueueChanged(filter: $filter) { id trackingCode status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueRequest($id: ID!) {\n    node(id: $id) {\n      ... on ServiceRequest {\n        id trackingCode serviceCode status submittedAt deadline closedAt slaBreached workingTimeLeft reasonCode unitCode channel documents version\n        service { name }\n        unit { name }\n        standard { version requirements { code name required } }\n        history { event at actorRole reasonCode note deadline }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueRequest($id: ID!) {\n    node(id: $id) {\n      ... on ServiceRequest {\n        id trackingCode serviceCode status submittedAt deadline closedAt slaBreached workingTimeLeft reasonCode unitCode channel documents version\n        service { name }\n        unit { name }\n        standard { version requirements { code name required } }\n        history { event at actorRole reasonCode note deadline }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueVerify($input: VerifyServiceRequestInput!) {\n    verifyServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation QueueVerify($input: VerifyServiceRequestInput!) {\n    verifyServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueReturn($input: ReturnServiceRequestInput!) {\n    returnServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation QueueReturn($input: ReturnServiceRequestInput!) {\n    returnServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueComplete($input: CompleteServiceRequestInput!) {\n    completeServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation QueueComplete($input: CompleteServiceRequestInput!) {\n    completeServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueReject($input: RejectServiceRequestInput!) {\n    rejectServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation QueueReject($input: RejectServiceRequestInput!) {\n    rejectServiceRequest(input: $input) { request { id status version } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionDetailsList {\n    kecamatans(first: 50) {\n      nodes {\n        code name kind address phone headName officerCount detailsUpdatedAt\n        villages(first: 100) { nodes { code name kind address phone headName officerCount detailsUpdatedAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionDetailsList {\n    kecamatans(first: 50) {\n      nodes {\n        code name kind address phone headName officerCount detailsUpdatedAt\n        villages(first: 100) { nodes { code name kind address phone headName officerCount detailsUpdatedAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionDetails($code: String!) {\n    region(code: $code) {\n      code name kind address phone headName officerCount detailsUpdatedAt\n      ... on Village { kecamatan { code name } }\n    }\n  }\n"): (typeof documents)["\n  query RegionDetails($code: String!) {\n    region(code: $code) {\n      code name kind address phone headName officerCount detailsUpdatedAt\n      ... on Village { kecamatan { code name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegionDetails($input: UpdateRegionDetailsInput!) {\n    updateRegionDetails(input: $input) {\n      region { code name kind address phone headName officerCount detailsUpdatedAt }\n      errors { code message path }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegionDetails($input: UpdateRegionDetailsInput!) {\n    updateRegionDetails(input: $input) {\n      region { code name kind address phone headName officerCount detailsUpdatedAt }\n      errors { code message path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionImportPreview {\n    regionImportPreview { token changes { code change kind name previousName parentCode } }\n  }\n"): (typeof documents)["\n  query RegionImportPreview {\n    regionImportPreview { token changes { code change kind name previousName parentCode } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReimportOfficialRegions($input: ReimportOfficialRegionsInput!) {\n    reimportOfficialRegions(input: $input) { applied { code change name } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation ReimportOfficialRegions($input: ReimportOfficialRegionsInput!) {\n    reimportOfficialRegions(input: $input) { applied { code change name } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SatisfactionOverview($from: Date!, $to: Date!) {\n    satisfaction(from: $from, to: $to) { value grade performance elementNrr responses }\n    kecamatans(first: 100) { nodes { code name } }\n    services(first: 100) { nodes { code name } }\n  }\n"): (typeof documents)["\n  query SatisfactionOverview($from: Date!, $to: Date!) {\n    satisfaction(from: $from, to: $to) { value grade performance elementNrr responses }\n    kecamatans(first: 100) { nodes { code name } }\n    services(first: 100) { nodes { code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SatisfactionOf($from: Date!, $to: Date!, $unit: String, $service: String) {\n    satisfaction(from: $from, to: $to, unit: $unit, service: $service) { value grade performance responses }\n  }\n"): (typeof documents)["\n  query SatisfactionOf($from: Date!, $to: Date!, $unit: String, $service: String) {\n    satisfaction(from: $from, to: $to, unit: $unit, service: $service) { value grade performance responses }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSettings {\n    tenant {\n      id slug source name timeZone workDays officeOpens officeCloses holidays ikmRounding settingsVersion configuredOrigins\n    }\n    allowedOrigins\n  }\n"): (typeof documents)["\n  query TenantSettings {\n    tenant {\n      id slug source name timeZone workDays officeOpens officeCloses holidays ikmRounding settingsVersion configuredOrigins\n    }\n    allowedOrigins\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      tenant { id name timeZone workDays officeOpens officeCloses holidays ikmRounding settingsVersion }\n      errors { code message path }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      tenant { id name timeZone workDays officeOpens officeCloses holidays ikmRounding settingsVersion }\n      errors { code message path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTenantAllowedOrigins($input: SetAllowedOriginsInput!) {\n    setAllowedOrigins(input: $input) { origins errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation SetTenantAllowedOrigins($input: SetAllowedOriginsInput!) {\n    setAllowedOrigins(input: $input) { origins errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformTenants {\n    tenants(first: 100) { nodes { id slug name regencyCode regencyName timeZone enabled source createdAt } }\n  }\n"): (typeof documents)["\n  query PlatformTenants {\n    tenants(first: 100) { nodes { id slug name regencyCode regencyName timeZone enabled source createdAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTenantEnabled($input: SetTenantEnabledInput!) {\n    setTenantEnabled(input: $input) { tenant { id slug enabled } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation SetTenantEnabled($input: SetTenantEnabledInput!) {\n    setTenantEnabled(input: $input) { tenant { id slug enabled } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsWeek($from: Date!, $to: Date!) {\n    kelurahan: unitRanking(from: $from, to: $to, metric: DIGITAL_TAKE_UP, level: KELURAHAN, minCompleted: 0) { ...HeatCell }\n    kecamatan: unitRanking(from: $from, to: $to, metric: DIGITAL_TAKE_UP, level: KECAMATAN, minCompleted: 0) { ...HeatCell }\n  }\n  fragment HeatCell on RankedUnit {\n    unitCode completed digitalCompleted digitalTakeUp\n    unit { name ... on Village { kecamatan { code name } } }\n  }\n"): (typeof documents)["\n  query UnitsWeek($from: Date!, $to: Date!) {\n    kelurahan: unitRanking(from: $from, to: $to, metric: DIGITAL_TAKE_UP, level: KELURAHAN, minCompleted: 0) { ...HeatCell }\n    kecamatan: unitRanking(from: $from, to: $to, metric: DIGITAL_TAKE_UP, level: KECAMATAN, minCompleted: 0) { ...HeatCell }\n  }\n  fragment HeatCell on RankedUnit {\n    unitCode completed digitalCompleted digitalTakeUp\n    unit { name ... on Village { kecamatan { code name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsRanking($from: Date!, $to: Date!, $metric: AdoptionMetric!, $level: UnitLevel!, $minCompleted: Int!) {\n    unitRanking(from: $from, to: $to, metric: $metric, level: $level, minCompleted: $minCompleted) {\n      rank unitCode value started completed digitalCompleted digitalTakeUp completionRate slaCompliance\n      unit { name kind ... on Village { kecamatan { code name } } }\n    }\n  }\n"): (typeof documents)["\n  query UnitsRanking($from: Date!, $to: Date!, $metric: AdoptionMetric!, $level: UnitLevel!, $minCompleted: Int!) {\n    unitRanking(from: $from, to: $to, metric: $metric, level: $level, minCompleted: $minCompleted) {\n      rank unitCode value started completed digitalCompleted digitalTakeUp completionRate slaCompliance\n      unit { name kind ... on Village { kecamatan { code name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPage($code: String!, $from: Date!, $to: Date!, $previousFrom: Date!, $previousTo: Date!) {\n    region(code: $code) {\n      code name kind address phone headName officerCount\n      ... on Village { kecamatan { code name } }\n    }\n    adoption(unit: $code, from: $from, to: $to, granularity: WEEK) {\n      ...KpiWeek\n      digitalTakeUp\n      processingTimes { channel completed }\n    }\n    previous: adoption(unit: $code, from: $previousFrom, to: $previousTo, granularity: WEEK) { ...KpiWeek }\n  }\n"): (typeof documents)["\n  query UnitPage($code: String!, $from: Date!, $to: Date!, $previousFrom: Date!, $previousTo: Date!) {\n    region(code: $code) {\n      code name kind address phone headName officerCount\n      ... on Village { kecamatan { code name } }\n    }\n    adoption(unit: $code, from: $from, to: $to, granularity: WEEK) {\n      ...KpiWeek\n      digitalTakeUp\n      processingTimes { channel completed }\n    }\n    previous: adoption(unit: $code, from: $previousFrom, to: $previousTo, granularity: WEEK) { ...KpiWeek }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserList($after: String, $role: Role, $search: String) {\n    users(first: 100, after: $after, role: $role, search: $search) {\n      totalCount\n      nodes { id userName displayName email unit disabled createdAt roles }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query UserList($after: String, $role: Role, $search: String) {\n    users(first: 100, after: $after, role: $role, search: $search) {\n      totalCount\n      nodes { id userName displayName email unit disabled createdAt roles }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserUnits {\n    kecamatans(first: 100) { nodes { code name retiredAt villages(first: 100) { nodes { code name retiredAt } } } }\n  }\n"): (typeof documents)["\n  query UserUnits {\n    kecamatans(first: 100) { nodes { code name retiredAt villages(first: 100) { nodes { code name retiredAt } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($actor: String, $action: String, $from: DateTimeOffset, $to: DateTimeOffset, $after: String) {\n    auditLog(actor: $actor, action: $action, from: $from, to: $to, order: NEWEST_FIRST, first: 100, after: $after) {\n      totalCount\n      nodes { id at actorName actorSubject action target details }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($actor: String, $action: String, $from: DateTimeOffset, $to: DateTimeOffset, $after: String) {\n    auditLog(actor: $actor, action: $action, from: $from, to: $to, order: NEWEST_FIRST, first: 100, after: $after) {\n      totalCount\n      nodes { id at actorName actorSubject action target details }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffUser($input: CreateUserInput!) {\n    createUser(input: $input) { user { id userName displayName roles unit disabled } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation CreateStaffUser($input: CreateUserInput!) {\n    createUser(input: $input) { user { id userName displayName roles unit disabled } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) { user { id userName roles unit disabled } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation SetStaffUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) { user { id userName roles unit disabled } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableStaffUser($input: UserNameInput!) {\n    disableUser(input: $input) { user { id userName disabled } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation DisableStaffUser($input: UserNameInput!) {\n    disableUser(input: $input) { user { id userName disabled } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableStaffUser($input: UserNameInput!) {\n    enableUser(input: $input) { user { id userName disabled } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation EnableStaffUser($input: UserNameInput!) {\n    enableUser(input: $input) { user { id userName disabled } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMe {\n    me { subject name tenant roles }\n  }\n"): (typeof documents)["\n  query ConsoleMe {\n    me { subject name tenant roles }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;