/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The role in which someone took a step of a request's life. */
export type ActorRole =
  /** The citizen, on their own account. */
  | 'CITIZEN'
  /** A city administrator. */
  | 'CITY_ADMIN'
  /** A confidential client (an integration) on its own account. */
  | 'CLIENT'
  /** An officer of a unit. */
  | 'OFFICER';

/** A metric units are ranked by. */
export type AdoptionMetric =
  /** Requests completed. */
  | 'COMPLETED'
  /** Completed ÷ started. */
  | 'COMPLETION_RATE'
  /** Digital completed ÷ all completed. */
  | 'DIGITAL_TAKE_UP'
  /** Completed within the SLA ÷ completed. */
  | 'SLA_COMPLIANCE'
  /** Requests submitted. */
  | 'STARTED';

/** A kind of campaign activity. */
export type CampaignActivityKind =
  /** Visits from door to door. */
  | 'DOOR_TO_DOOR'
  /** Anything else. */
  | 'OTHER'
  /** Training of officers or citizens. */
  | 'PELATIHAN'
  /** A digital-priority day at the office. */
  | 'PRIORITY_DAY'
  /** A public information session. */
  | 'SOSIALISASI';

/** The ratio a campaign aims to raise. */
export type CampaignGoalMetric =
  /** Completed ÷ started. */
  | 'COMPLETION_RATE'
  /** Digital completed ÷ all completed. */
  | 'DIGITAL_TAKE_UP'
  /** Completed within the SLA ÷ completed. */
  | 'SLA_COMPLIANCE';

/** Whether a campaign is still running. */
export type CampaignStatus =
  /** Closed for good. */
  | 'CLOSED'
  /** Running: activities and target revisions may be recorded. */
  | 'OPEN';

/** A group of campaign units that join on one day. */
export type CampaignWaveInput = {
  /** The wave's name (at most 200 characters). */
  name: string;
  /** Within the campaign period; waves in order of their start. */
  startsOn: string;
  /** Campaign units, each in one wave at most. */
  units: Array<string>;
};

/** ONLINE, KIOSK and ASSISTED count as digital; COUNTER is the walk-in desk. */
export type Channel =
  /** By an officer for the citizen. */
  | 'ASSISTED'
  /** At the walk-in counter. */
  | 'COUNTER'
  /** At a self-service kiosk, helped by an officer. */
  | 'KIOSK'
  /** By the citizen, online. */
  | 'ONLINE';

/** A client, by client id. */
export type ClientIdInput = {
  /** The client's client_id. */
  clientId: string;
};

/** PUBLIC: a browser or mobile app (code + PKCE); CONFIDENTIAL: a server-side integration with a secret. */
export type ClientType =
  /** A server-side integration with a secret (client credentials). */
  | 'CONFIDENTIAL'
  /** A browser or mobile app without a secret (code + PKCE). */
  | 'PUBLIC';

/** A template to add to the catalog. */
export type CloneServiceTemplateInput = {
  /** The new service's code; the template's by default. */
  code?: string | null | undefined;
  /** The new service's name; the template's by default. */
  name?: string | null | undefined;
  /** A code from serviceTemplates. */
  template: string;
};

/** A verified request that was completed. */
export type CompleteServiceRequestInput = {
  /** The request's version as last read; a stale one gets CONFLICT. */
  expectedVersion: number;
  /** The request's global id (ServiceRequest.id). */
  requestId: string | number;
};

/** How a standard's completion time is counted. */
export type CompletionUnit =
  /** Working days of the city's calendar. */
  | 'WORKING_DAYS'
  /** Minutes of the city's office hours. */
  | 'WORKING_MINUTES';

/** A new staff account. */
export type CreateUserInput = {
  /** Name shown to people. */
  displayName: string;
  /** E-mail address. */
  email?: string | null | undefined;
  /** At least 10 characters with upper- and lower-case letters and a digit. */
  password: string;
  /** CITY_ADMIN, OFFICER and/or PROGRAM_MANAGER. */
  roles: Array<Role>;
  /** Required for officers: a kecamatan or kelurahan/desa code. */
  unit?: string | null | undefined;
  /** Sign-in name, unique within the tenant (lower-case letters, digits, . - _ @). */
  userName: string;
};

/** A day of the week. */
export type DayOfWeek =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** Period length: DAY, WEEK (ISO, from Monday) or MONTH, in the tenant's local days. */
export type Granularity =
  /** One local day. */
  | 'DAY'
  /** A calendar month. */
  | 'MONTH'
  /** An ISO week, Monday to Sunday. */
  | 'WEEK';

/** Mutu pelayanan of an IKM value (PermenPANRB 14/2017). */
export type IkmGrade =
  /** Sangat Baik: 88.31 to 100. */
  | 'A'
  /** Baik: 76.61 to 88.30. */
  | 'B'
  /** Kurang Baik: 65.00 to 76.60. */
  | 'C'
  /** Tidak Baik: 25.00 to 64.99. */
  | 'D';

/** How the IKM value is computed: NONE exact; TWO_DECIMALS / THREE_DECIMALS round each NRR first (the regulation's worked examples). */
export type IkmRounding =
  /** Exact arithmetic: the mean of the nine NRRs, no intermediate rounding. */
  | 'NONE'
  /** Each NRR rounded to three decimals, then weighted by 1/9. */
  | 'THREE_DECIMALS'
  /** Each NRR rounded to two decimals, then weighted by 1/9 (the regulation's worked examples; the default). */
  | 'TWO_DECIMALS';

/** A new adoption campaign. */
export type LaunchCampaignInput = {
  /** First day (tenant-local), 2000-01-01 at the earliest. */
  from: string;
  /** The metric the campaign aims to raise. */
  goalMetric: CampaignGoalMetric;
  /** At most 200 characters. */
  name: string;
  /** Days of the week the campaign pushes hardest. */
  priorityDays?: Array<DayOfWeek> | null | undefined;
  /** A ratio above 0 and at most 1, e.g. 0.60. */
  target: number;
  /** Last day (tenant-local), after 'from', at most 1830 days later and 2099-12-31 at the latest. */
  to: string;
  /** Kecamatan or kelurahan/desa codes of this tenant (at most 1000). */
  units: Array<string>;
  /** Rollout waves (at most 50); units of no wave join on 'from'. */
  waves?: Array<CampaignWaveInput> | null | undefined;
};

/** Where and how a service is offered. */
export type OfferServiceInput = {
  /** Channels it is offered through. */
  channels: Array<Channel>;
  /** The service's code. */
  code: string;
  /** Units that offer it; empty for every unit of the service's level. */
  unitCodes: Array<string>;
};

/** A kota/kabupaten to serve. */
export type OnboardTenantInput = {
  /** Host names that serve this tenant. */
  hosts?: Array<string | null | undefined> | null | undefined;
  /** Slug: 2–40 lower-case letters, digits, hyphens (e.g. balikpapan). */
  id: string;
  /** Defaults to id-ID. */
  locale?: string | null | undefined;
  /** e.g. Kota Balikpapan. */
  name: string;
  /** Kemendagri regency code NN.NN, e.g. 64.71 (3271 is refused: INVALID_REGENCY_CODE); its kecamatan and kelurahan/desa are imported. A regency another tenant holds: REGENCY_TAKEN, unless platform.yaml sets allowSharedRegencies. */
  regencyCode: string;
  /** IANA time zone, e.g. Asia/Makassar. */
  timeZone: string;
};

/** A channel, or the digital channels together, that processing times are measured over. */
export type ProcessingChannel =
  /** Submitted by an officer for the citizen. */
  | 'ASSISTED'
  /** Served at the walk-in counter. */
  | 'COUNTER'
  /** ONLINE, KIOSK and ASSISTED together. */
  | 'DIGITAL'
  /** Submitted at a self-service kiosk. */
  | 'KIOSK'
  /** Submitted online by the citizen. */
  | 'ONLINE';

/** The next version of a service's standard. */
export type PublishServiceStandardInput = {
  /** The service's code. */
  code: string;
  /** Where to complain about the service. */
  complaintChannel: string;
  /** 1–365 working days or 1–43200 working minutes. */
  completionAmount: number;
  /** Unit of completionAmount. */
  completionUnit: CompletionUnit;
  /** Rupiah, 0 to 1,000,000,000; 0 by default. */
  fee?: number | null | undefined;
  /** The regulations the service rests on. */
  legalBasis: string;
  /** The steps of the service, in order. */
  procedure: Array<string>;
  /** What the citizen receives. */
  product: string;
  /** Documents the citizen provides. */
  requirements: Array<RequirementInput>;
};

/** The IKM survey answers for a completed request. */
export type RateServiceInput = {
  /** The request's version as last read; a stale one gets CONFLICT. */
  expectedVersion: number;
  /** The request's global id (ServiceRequest.id). */
  requestId: string | number;
  /** The nine IKM elements, each 1–4. */
  scores: Array<number>;
};

/** An activity of an open campaign. */
export type RecordCampaignActivityInput = {
  /** How many people took part; 0 to 100000. */
  attendance: number;
  /** The campaign's global id (Campaign.id). */
  campaignId: string | number;
  /** Within the campaign period (tenant-local). */
  date: string;
  /** The campaign's version as last read; a stale one gets CONFLICT. */
  expectedVersion: number;
  /** What kind of activity. */
  kind: CampaignActivityKind;
  /** At most 2000 characters. */
  note?: string | null | undefined;
  /** A campaign unit, or a kelurahan/desa of a campaign kecamatan. */
  unit: string;
};

/** A walk-in served at the counter. */
export type RecordCounterServiceInput = {
  /** For KIOSK, ASSISTED and counter services: the citizen's NIK (never stored plain). */
  citizenNik?: string | null | undefined;
  /** Codes of the requirements provided (at most 50, each at most 60 characters). */
  documents: Array<string>;
  /** Sending again with the same key returns the same request (at most 100 characters). */
  idempotencyKey?: string | null | undefined;
  /** Service code (at most 60 characters). */
  service: string;
  /** Code of the kecamatan or kelurahan/desa where it is requested (at most 13 characters). */
  unit: string;
};

/** ADD a new official code; RENAME (name, kind or parent changed); RETIRE a code gone from the official list; RESTORE a retired code that is back. */
export type RegionChangeKind =
  /** A new official code the tenant does not have. */
  | 'ADD'
  /** Its name, kind or parent differ from the official list. */
  | 'RENAME'
  /** A retired code that is official again. */
  | 'RESTORE'
  /** A code gone from the official list: marked retired, never deleted. */
  | 'RETIRE';

/** KECAMATAN (district); KELURAHAN (urban village, code digit 1) or DESA (rural village, digit 2). */
export type RegionKind =
  /** A rural village (fourth code part starting with 2). */
  | 'DESA'
  /** A district. */
  | 'KECAMATAN'
  /** An urban village (fourth code part starting with 1). */
  | 'KELURAHAN';

/** A new OIDC client of the tenant. */
export type RegisterClientInput = {
  /** '{tenant}-' followed by lower-case letters, digits and hyphens. */
  clientId: string;
  /** true: a server-side integration with a secret (client credentials); false: a browser or mobile app (code + PKCE). */
  confidential: boolean;
  /** Name shown to people. */
  displayName: string;
  /** Where sign-out may return to. */
  postLogoutRedirectUris?: Array<string | null | undefined> | null | undefined;
  /** Where sign-in may return to (code + PKCE clients). */
  redirectUris?: Array<string | null | undefined> | null | undefined;
  /** Confidential clients: roles its own tokens carry (CITY_ADMIN, PROGRAM_MANAGER and/or OFFICER). */
  roles?: Array<Role> | null | undefined;
};

/** The preview being applied. */
export type ReimportOfficialRegionsInput = {
  /** The token of the regionImportPreview being applied; at most 64 characters. */
  previewToken: string;
};

/** A request to reject, with the reason. */
export type RejectServiceRequestInput = {
  /** The request's version as last read; a stale one gets CONFLICT. */
  expectedVersion: number;
  /** Shown to the citizen's own account and to staff, never on the public status; at most 2000 characters. */
  reason: string;
  /** The reason's category, which the public status shows (default OTHER). */
  reasonCode?: RequestReasonCode;
  /** The request's global id (ServiceRequest.id). */
  requestId: string | number;
};

/** A step of a request's life. */
export type RequestEvent =
  /** The citizen cancelled it before verification. */
  | 'CANCELLED'
  /** Completed: the product was issued. */
  | 'COMPLETED'
  /** The citizen's IKM survey answers were recorded. */
  | 'RATED'
  /** Rejected with a reason. */
  | 'REJECTED'
  /** The citizen resubmitted a returned request. */
  | 'RESUBMITTED'
  /** Returned to the citizen for completion. */
  | 'RETURNED'
  /** Submitted online, at a kiosk, assisted or at the counter. */
  | 'SUBMITTED'
  /** An officer verified its documents. */
  | 'VERIFIED';

/** Narrows requests; every condition given must hold. */
export type RequestFilter = {
  /** Only requests submitted through this channel. */
  channel?: Channel | null | undefined;
  /** true: open requests whose deadline falls on today's date in the city's time zone (breached or not: add slaBreached: false for those still on time); false: the others. */
  dueToday?: boolean | null | undefined;
  /** Only requests for this service code. */
  service?: string | null | undefined;
  /** Only requests past (true) or within (false) their SLA deadline. */
  slaBreached?: boolean | null | undefined;
  /** Only requests with this status. */
  status?: RequestStatus | null | undefined;
  /** Within 2000-01-01 … 2099-12-31. */
  submittedFrom?: string | null | undefined;
  /** After submittedFrom, at most 3660 days later. */
  submittedTo?: string | null | undefined;
  /** A kecamatan code includes its kelurahan/desa. */
  unit?: string | null | undefined;
};

/** Why a request was returned or rejected, as a category the public status shows (never the officer's note). */
export type RequestReasonCode =
  /** A document is invalid or illegible. */
  | 'INVALID_DOCUMENT'
  /** A required document is missing. */
  | 'MISSING_DOCUMENT'
  /** Another reason. */
  | 'OTHER'
  /** The unit does not serve this citizen or case. */
  | 'OUT_OF_JURISDICTION';

/** Where a request stands. */
export type RequestStatus =
  /** Withdrawn by the citizen. */
  | 'CANCELLED'
  /** Done: the product was issued. */
  | 'COMPLETED'
  /** Refused, with a reason. */
  | 'REJECTED'
  /** Returned to the citizen for completion. */
  | 'RETURNED'
  /** Waiting for verification (also after a resubmission). */
  | 'SUBMITTED'
  /** Documents verified; being processed. */
  | 'VERIFIED';

/** A document a service requires. */
export type RequirementInput = {
  /** The requirement's code, unique within the standard. */
  code: string;
  /** The document's name. */
  name: string;
  /** False for a document only some citizens need. */
  required: boolean;
};

/** A request to return to the citizen, with the reason. */
export type ReturnServiceRequestInput = {
  /** The request's version as last read; a stale one gets CONFLICT. */
  expectedVersion: number;
  /** Shown to the citizen's own account and to staff, never on the public status; at most 2000 characters. */
  reason: string;
  /** The reason's category, which the public status shows (default OTHER). */
  reasonCode?: RequestReasonCode;
  /** The request's global id (ServiceRequest.id). */
  requestId: string | number;
};

/** A role a user or confidential client holds. */
export type Role =
  /** A resident who submits and follows their own requests. */
  | 'CITIZEN'
  /** Administers one tenant (city): its staff, clients, units and services. */
  | 'CITY_ADMIN'
  /** Handles citizens' requests within a unit scope (a kecamatan or kelurahan/desa). */
  | 'OFFICER'
  /** Runs the platform: tenants and their configuration; belongs to no tenant. */
  | 'PLATFORM_ADMIN'
  /** Runs adoption campaigns and reads the tenant's analytics. */
  | 'PROGRAM_MANAGER';

/** The tenant's configured browser origins (CORS), replacing the current list. */
export type SetAllowedOriginsInput = {
  /** Origins such as https://layanan.example.go.id: http or https, no path; at most 50, each at most 300 characters. An empty list leaves only the clients' redirect origins. */
  origins: Array<string>;
};

/** A client's new redirect URIs, replacing the old ones as a whole. */
export type SetClientRedirectUrisInput = {
  /** The client's client_id. */
  clientId: string;
  /** The whole new list; unchanged when omitted. */
  postLogoutRedirectUris?: Array<string | null | undefined> | null | undefined;
  /** The whole new list: absolute http(s) URIs without a fragment; a public client needs one. At most 50 of 2000 characters. */
  redirectUris: Array<string>;
};

/** A tenant to switch off or on. */
export type SetTenantEnabledInput = {
  /** false: every route of the tenant answers 404 NOT_FOUND and its tokens are refused; true: serves again. */
  enabled: boolean;
  /** The tenant's slug or global id (unknown: TENANT_NOT_FOUND; blank: REQUIRED; over 200 characters: TOO_LONG). */
  tenant: string | number;
};

/** A staff user's new roles and unit scope. */
export type SetUserRolesInput = {
  /** CITY_ADMIN, OFFICER and/or PROGRAM_MANAGER; replaces the current ones. */
  roles: Array<Role>;
  /** Required for officers: a kecamatan or kelurahan/desa code. */
  unit?: string | null | undefined;
  /** The user's sign-in name. */
  userName: string;
};

/** The level of unit a service is offered at or a ranking compares. */
export type UnitLevel =
  /** Kecamatan offices. */
  | 'KECAMATAN'
  /** Kelurahan and desa offices. */
  | 'KELURAHAN';

/** The city's own details of a unit; omitted fields stay as they are, an empty string clears. */
export type UpdateRegionDetailsInput = {
  /** At most 500 characters. */
  address?: string | null | undefined;
  /** The unit's Kemendagri code. */
  code: string;
  /** At most 200 characters. */
  headName?: string | null | undefined;
  /** 0 to 10000. */
  officerCount?: number | null | undefined;
  /** 6–15 digits 0–9 with spaces, +, -, ( and ); at most 40 characters. */
  phone?: string | null | undefined;
};

/** The city's settings; omitted fields stay as they are. Holidays replace the whole list. */
export type UpdateTenantSettingsInput = {
  /** The settingsVersion as last read; when given and stale: CONFLICT, nothing written. */
  expectedVersion?: string | null | undefined;
  /** Every holiday (local dates), years 2000–2099, at most 100 a year and 1000 in all. */
  holidays?: Array<string> | null | undefined;
  /** How the IKM value is rounded. */
  ikmRounding?: IkmRounding | null | undefined;
  /** 3–100 characters. */
  name?: string | null | undefined;
  /** Local time HH:mm, after officeOpens. */
  officeCloses?: string | null | undefined;
  /** Local time HH:mm, before officeCloses. */
  officeOpens?: string | null | undefined;
  /** An IANA time zone, e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura. */
  timeZone?: string | null | undefined;
  /** ISO day numbers, 1 = Monday … 7 = Sunday; at least one. */
  workDays?: Array<number> | null | undefined;
};

/** A user, by sign-in name. */
export type UserNameInput = {
  /** The user's sign-in name. */
  userName: string;
};

/** A request whose documents were verified. */
export type VerifyServiceRequestInput = {
  /** The request's version as last read; a stale one gets CONFLICT. */
  expectedVersion: number;
  /** The request's global id (ServiceRequest.id). */
  requestId: string | number;
};

export type CampaignListQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignListQuery = { campaigns: { nodes: Array<{ id: string, name: string, goalMetric: CampaignGoalMetric, target: number, status: CampaignStatus, from: string, to: string, progress: { current: number | null, sinceLaunch: number | null, target: number, targetReached: boolean } | null }> } };

export type CampaignRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignRegionsQuery = { kecamatans: { nodes: Array<{ code: string, name: string, villages: { nodes: Array<{ code: string, name: string }> } }> } };

export type CampaignDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignDetailQuery = { campaign: { id: string, name: string, goalMetric: CampaignGoalMetric, target: number, status: CampaignStatus, from: string, to: string, units: Array<string>, version: number, priorityDays: Array<DayOfWeek>, summary: string | null, waves: Array<{ name: string, startsOn: string, units: Array<string> }>, activities: Array<{ kind: CampaignActivityKind, date: string, unit: string, attendance: number, note: string | null }>, progress: { baseline: number | null, current: number | null, sinceLaunch: number | null, target: number, gap: number | null, targetReached: boolean, uplift: number | null, window: { from: string, to: string, weeks: number } | null, upliftByLevel: Array<{ level: UnitLevel, joined: number | null, notJoined: number | null, uplift: number | null }>, waves: Array<{ name: string, startsOn: string, units: number, before: number | null, after: number | null }> } | null } | null };

export type LaunchCampaignMutationVariables = Exact<{
  input: LaunchCampaignInput;
}>;


export type LaunchCampaignMutation = { launchCampaign: { campaign: { id: string, name: string } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type RecordCampaignActivityMutationVariables = Exact<{
  input: RecordCampaignActivityInput;
}>;


export type RecordCampaignActivityMutation = { recordCampaignActivity: { campaign: { id: string, version: number, activities: Array<{ kind: CampaignActivityKind, date: string, unit: string, attendance: number, note: string | null }> } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type CatalogListQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogListQuery = { services: { nodes: Array<{ code: string, name: string, level: UnitLevel, channels: Array<Channel>, offeredUnits: Array<string>, currentVersion: number, standard: { publishedAt: string, completionUnit: CompletionUnit, completionAmount: number, fee: number } }> } };

export type CatalogServiceQueryVariables = Exact<{
  code: string;
}>;


export type CatalogServiceQuery = { service: { code: string, name: string, level: UnitLevel, channels: Array<Channel>, offeredUnits: Array<string>, currentVersion: number, standard: { version: number, publishedAt: string, procedure: Array<string>, completionUnit: CompletionUnit, completionAmount: number, fee: number, product: string, complaintChannel: string, legalBasis: string, requirements: Array<{ code: string, name: string, required: boolean }> } } | null };

export type CatalogVersionsQueryVariables = Exact<{
  code: string;
}>;


export type CatalogVersionsQuery = { service: { code: string, versions: Array<{ version: number, publishedAt: string, publishedBy: string | null, procedure: Array<string>, completionUnit: CompletionUnit, completionAmount: number, fee: number, product: string, complaintChannel: string, legalBasis: string, requirements: Array<{ code: string, name: string, required: boolean }> }> } | null };

export type CatalogTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogTemplatesQuery = { serviceTemplates: Array<{ code: string, name: string, level: UnitLevel }> };

export type CloneServiceTemplateMutationVariables = Exact<{
  input: CloneServiceTemplateInput;
}>;


export type CloneServiceTemplateMutation = { cloneServiceTemplate: { service: { code: string, name: string } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type CatalogUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogUnitsQuery = { kecamatans: { nodes: Array<{ code: string, name: string, retiredAt: string | null, villages: { nodes: Array<{ code: string, name: string, kind: RegionKind, retiredAt: string | null }> } }> } };

export type OfferServiceMutationVariables = Exact<{
  input: OfferServiceInput;
}>;


export type OfferServiceMutation = { offerService: { service: { code: string, channels: Array<Channel>, offeredUnits: Array<string> } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type PublishServiceStandardMutationVariables = Exact<{
  input: PublishServiceStandardInput;
}>;


export type PublishServiceStandardMutation = { publishServiceStandard: { service: { code: string, currentVersion: number, standard: { version: number, publishedAt: string, procedure: Array<string>, completionUnit: CompletionUnit, completionAmount: number, fee: number, product: string, complaintChannel: string, legalBasis: string, requirements: Array<{ code: string, name: string, required: boolean }> } } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type CitizensLifecycleQueryVariables = Exact<{
  from: string;
  to: string;
  granularity: Granularity;
}>;


export type CitizensLifecycleQuery = { lifecycle: Array<{ periodStart: string, new: number, returning: number, resurrecting: number, dormant: number }> };

export type CitizensRetentionQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CitizensRetentionQuery = { retention: Array<{ cohort: string, size: number, periods: Array<{ offset: number, active: number, rate: number }> }> };

export type ClientListQueryVariables = Exact<{ [key: string]: never; }>;


export type ClientListQuery = { clients: Array<{ id: string, clientId: string, displayName: string, roles: Array<Role>, type: ClientType, redirectUris: Array<string>, postLogoutRedirectUris: Array<string> }> };

export type RegisterTenantClientMutationVariables = Exact<{
  input: RegisterClientInput;
}>;


export type RegisterTenantClientMutation = { registerClient: { secret: string | null, client: { id: string, clientId: string, displayName: string, roles: Array<Role> } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type RotateTenantClientSecretMutationVariables = Exact<{
  input: ClientIdInput;
}>;


export type RotateTenantClientSecretMutation = { rotateClientSecret: { secret: string | null, client: { id: string, clientId: string } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type SetTenantClientRedirectUrisMutationVariables = Exact<{
  input: SetClientRedirectUrisInput;
}>;


export type SetTenantClientRedirectUrisMutation = { setClientRedirectUris: { client: { id: string, clientId: string, type: ClientType, redirectUris: Array<string>, postLogoutRedirectUris: Array<string> } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type CounterMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CounterMeQuery = { me: { unit: string | null } | null };

export type CounterSetupQueryVariables = Exact<{
  unit: string;
}>;


export type CounterSetupQuery = { region:
    | { code: string, name: string, villages: { nodes: Array<{ code: string, name: string }> } }
    | { code: string, name: string }
   | null, services: { nodes: Array<{ code: string, name: string, standard: { requirements: Array<{ code: string, name: string, required: boolean }> } }> } };

export type CounterRecordMutationVariables = Exact<{
  input: RecordCounterServiceInput;
}>;


export type CounterRecordMutation = { recordCounterService: { request: { id: string, trackingCode: string, version: number, status: RequestStatus } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type CounterRateMutationVariables = Exact<{
  input: RateServiceInput;
}>;


export type CounterRateMutation = { rateService: { request: { id: string, version: number, ikmScores: Array<number> | null } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type OfficialProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficialProvincesQuery = { officialProvinces: Array<{ code: string, name: string }> };

export type OfficialRegenciesQueryVariables = Exact<{
  search?: string | null | undefined;
  province?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type OfficialRegenciesQuery = { officialRegencies: Array<{ code: string, name: string, provinceCode: string, provinceName: string, kecamatanCount: number, kelurahanCount: number, desaCount: number, heldBy: string | null }> };

export type OnboardTenantMutationVariables = Exact<{
  input: OnboardTenantInput;
}>;


export type OnboardTenantMutation = { onboardTenant: { kecamatanCount: number, kelurahanCount: number, desaCount: number, tenant: { id: string, slug: string, name: string, regencyCode: string, regencyName: string | null, timeZone: string } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type OverviewKpisQueryVariables = Exact<{
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
}>;


export type OverviewKpisQuery = { current: Array<{ periodStart: string, started: number, completed: number, digitalCompleted: number, completedWithinSla: number, activeDigitalCitizens: number | null, newDigitalCitizens: number | null, counterVisitsAvoided: number, citizenHoursSaved: number }>, previous: Array<{ periodStart: string, started: number, completed: number, digitalCompleted: number, completedWithinSla: number, activeDigitalCitizens: number | null, newDigitalCitizens: number | null, counterVisitsAvoided: number, citizenHoursSaved: number }>, ikm: { value: number, grade: IkmGrade, responses: number } | null, previousIkm: { value: number, grade: IkmGrade, responses: number } | null };

export type KpiWeekFragment = { periodStart: string, started: number, completed: number, digitalCompleted: number, completedWithinSla: number, activeDigitalCitizens: number | null, newDigitalCitizens: number | null, counterVisitsAvoided: number, citizenHoursSaved: number };

export type OverviewTakeUpTrendQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type OverviewTakeUpTrendQuery = { adoption: Array<{ periodStart: string, completed: number, digitalCompleted: number, digitalTakeUp: number | null }>, campaigns: { nodes: Array<{ id: string, name: string, goalMetric: CampaignGoalMetric, target: number, status: CampaignStatus, from: string, to: string, waves: Array<{ name: string, startsOn: string, units: Array<string> }> }> } };

export type OverviewChannelMixQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type OverviewChannelMixQuery = { adoption: Array<{ periodStart: string, completed: number, processingTimes: Array<{ channel: ProcessingChannel, completed: number }> | null }> };

export type QueueRequestsQueryVariables = Exact<{
  filter?: RequestFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type QueueRequestsQuery = { requests: { totalCount: number, nodes: Array<{ id: string, trackingCode: string, serviceCode: string, status: RequestStatus, submittedAt: string, deadline: string, slaBreached: boolean, workingTimeLeft: number | null, unitCode: string, channel: Channel, version: number, service: { name: string } | null, unit:
        | { name: string }
        | { name: string }
       | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type QueueServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueServicesQuery = { services: { nodes: Array<{ code: string, name: string }> } };

export type QueueChangedSubscriptionVariables = Exact<{
  filter?: RequestFilter | null | undefined;
}>;


export type QueueChangedSubscription = { requestQueueChanged: { id: string, trackingCode: string, status: RequestStatus, version: number } };

export type QueueRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type QueueRequestQuery = { node:
    | { id: string, trackingCode: string, serviceCode: string, status: RequestStatus, submittedAt: string, deadline: string, closedAt: string | null, slaBreached: boolean, workingTimeLeft: number | null, reasonCode: RequestReasonCode | null, unitCode: string, channel: Channel, documents: Array<string>, version: number, service: { name: string } | null, unit:
        | { name: string }
        | { name: string }
       | null, standard: { version: number, requirements: Array<{ code: string, name: string, required: boolean }> }, history: Array<{ event: RequestEvent, at: string, actorRole: ActorRole, reasonCode: RequestReasonCode | null, note: string | null, deadline: string | null }> }
    | Record<PropertyKey, never>
   | null };

export type QueueVerifyMutationVariables = Exact<{
  input: VerifyServiceRequestInput;
}>;


export type QueueVerifyMutation = { verifyServiceRequest: { request: { id: string, status: RequestStatus, version: number } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type QueueReturnMutationVariables = Exact<{
  input: ReturnServiceRequestInput;
}>;


export type QueueReturnMutation = { returnServiceRequest: { request: { id: string, status: RequestStatus, version: number } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type QueueCompleteMutationVariables = Exact<{
  input: CompleteServiceRequestInput;
}>;


export type QueueCompleteMutation = { completeServiceRequest: { request: { id: string, status: RequestStatus, version: number } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type QueueRejectMutationVariables = Exact<{
  input: RejectServiceRequestInput;
}>;


export type QueueRejectMutation = { rejectServiceRequest: { request: { id: string, status: RequestStatus, version: number } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type RegionDetailsListQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionDetailsListQuery = { kecamatans: { nodes: Array<{ code: string, name: string, kind: RegionKind, address: string | null, phone: string | null, headName: string | null, officerCount: number | null, detailsUpdatedAt: string | null, villages: { nodes: Array<{ code: string, name: string, kind: RegionKind, address: string | null, phone: string | null, headName: string | null, officerCount: number | null, detailsUpdatedAt: string | null }> } }> } };

export type RegionDetailsQueryVariables = Exact<{
  code: string;
}>;


export type RegionDetailsQuery = { region:
    | { code: string, name: string, kind: RegionKind, address: string | null, phone: string | null, headName: string | null, officerCount: number | null, detailsUpdatedAt: string | null }
    | { code: string, name: string, kind: RegionKind, address: string | null, phone: string | null, headName: string | null, officerCount: number | null, detailsUpdatedAt: string | null, kecamatan: { code: string, name: string } }
   | null };

export type UpdateRegionDetailsMutationVariables = Exact<{
  input: UpdateRegionDetailsInput;
}>;


export type UpdateRegionDetailsMutation = { updateRegionDetails: { region:
      | { code: string, name: string, kind: RegionKind, address: string | null, phone: string | null, headName: string | null, officerCount: number | null, detailsUpdatedAt: string | null }
      | { code: string, name: string, kind: RegionKind, address: string | null, phone: string | null, headName: string | null, officerCount: number | null, detailsUpdatedAt: string | null }
     | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type RegionImportPreviewQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionImportPreviewQuery = { regionImportPreview: { token: string, changes: Array<{ code: string, change: RegionChangeKind, kind: RegionKind, name: string, previousName: string | null, parentCode: string }> } };

export type ReimportOfficialRegionsMutationVariables = Exact<{
  input: ReimportOfficialRegionsInput;
}>;


export type ReimportOfficialRegionsMutation = { reimportOfficialRegions: { applied: Array<{ code: string, change: RegionChangeKind, name: string }>, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type SatisfactionOverviewQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type SatisfactionOverviewQuery = { satisfaction: { value: number, grade: IkmGrade, performance: string, elementNrr: Array<number>, responses: number } | null, kecamatans: { nodes: Array<{ code: string, name: string }> }, services: { nodes: Array<{ code: string, name: string }> } };

export type SatisfactionOfQueryVariables = Exact<{
  from: string;
  to: string;
  unit?: string | null | undefined;
  service?: string | null | undefined;
}>;


export type SatisfactionOfQuery = { satisfaction: { value: number, grade: IkmGrade, performance: string, responses: number } | null };

export type TenantSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantSettingsQuery = { allowedOrigins: Array<string>, tenant: { id: string, slug: string, source: string, name: string, timeZone: string, workDays: Array<number>, officeOpens: string, officeCloses: string, holidays: Array<string>, ikmRounding: IkmRounding, settingsVersion: string, configuredOrigins: Array<string> } | null };

export type UpdateTenantSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type UpdateTenantSettingsMutation = { updateTenantSettings: { tenant: { id: string, name: string, timeZone: string, workDays: Array<number>, officeOpens: string, officeCloses: string, holidays: Array<string>, ikmRounding: IkmRounding, settingsVersion: string } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type SetTenantAllowedOriginsMutationVariables = Exact<{
  input: SetAllowedOriginsInput;
}>;


export type SetTenantAllowedOriginsMutation = { setAllowedOrigins: { origins: Array<string> | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type PlatformTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformTenantsQuery = { tenants: { nodes: Array<{ id: string, slug: string, name: string, regencyCode: string, regencyName: string | null, timeZone: string, enabled: boolean, source: string, createdAt: string }> } };

export type SetTenantEnabledMutationVariables = Exact<{
  input: SetTenantEnabledInput;
}>;


export type SetTenantEnabledMutation = { setTenantEnabled: { tenant: { id: string, slug: string, enabled: boolean } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type UnitsWeekQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type UnitsWeekQuery = { kelurahan: Array<{ unitCode: string, completed: number, digitalCompleted: number, digitalTakeUp: number | null, unit:
      | { name: string }
      | { name: string, kecamatan: { code: string, name: string } }
     | null }>, kecamatan: Array<{ unitCode: string, completed: number, digitalCompleted: number, digitalTakeUp: number | null, unit:
      | { name: string }
      | { name: string, kecamatan: { code: string, name: string } }
     | null }> };

export type HeatCellFragment = { unitCode: string, completed: number, digitalCompleted: number, digitalTakeUp: number | null, unit:
    | { name: string }
    | { name: string, kecamatan: { code: string, name: string } }
   | null };

export type UnitsRankingQueryVariables = Exact<{
  from: string;
  to: string;
  metric: AdoptionMetric;
  level: UnitLevel;
  minCompleted: number;
}>;


export type UnitsRankingQuery = { unitRanking: Array<{ rank: number | null, unitCode: string, value: number | null, started: number, completed: number, digitalCompleted: number, digitalTakeUp: number | null, completionRate: number | null, slaCompliance: number | null, unit:
      | { name: string, kind: RegionKind }
      | { name: string, kind: RegionKind, kecamatan: { code: string, name: string } }
     | null }> };

export type UnitPageQueryVariables = Exact<{
  code: string;
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
}>;


export type UnitPageQuery = { region:
    | { code: string, name: string, kind: RegionKind, address: string | null, phone: string | null, headName: string | null, officerCount: number | null }
    | { code: string, name: string, kind: RegionKind, address: string | null, phone: string | null, headName: string | null, officerCount: number | null, kecamatan: { code: string, name: string } }
   | null, adoption: Array<{ digitalTakeUp: number | null, periodStart: string, started: number, completed: number, digitalCompleted: number, completedWithinSla: number, activeDigitalCitizens: number | null, newDigitalCitizens: number | null, counterVisitsAvoided: number, citizenHoursSaved: number, processingTimes: Array<{ channel: ProcessingChannel, completed: number }> | null }>, previous: Array<{ periodStart: string, started: number, completed: number, digitalCompleted: number, completedWithinSla: number, activeDigitalCitizens: number | null, newDigitalCitizens: number | null, counterVisitsAvoided: number, citizenHoursSaved: number }> };

export type UserListQueryVariables = Exact<{
  after?: string | null | undefined;
  role?: Role | null | undefined;
  search?: string | null | undefined;
}>;


export type UserListQuery = { users: { totalCount: number, nodes: Array<{ id: string, userName: string | null, displayName: string, email: string | null, unit: string | null, disabled: boolean, createdAt: string, roles: Array<Role> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UserUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type UserUnitsQuery = { kecamatans: { nodes: Array<{ code: string, name: string, retiredAt: string | null, villages: { nodes: Array<{ code: string, name: string, retiredAt: string | null }> } }> } };

export type AuditLogQueryVariables = Exact<{
  actor?: string | null | undefined;
  action?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ id: string, at: string, actorName: string | null, actorSubject: string, action: string, target: string, details: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateStaffUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateStaffUserMutation = { createUser: { user: { id: string, userName: string | null, displayName: string, roles: Array<Role>, unit: string | null, disabled: boolean } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type SetStaffUserRolesMutationVariables = Exact<{
  input: SetUserRolesInput;
}>;


export type SetStaffUserRolesMutation = { setUserRoles: { user: { id: string, userName: string | null, roles: Array<Role>, unit: string | null, disabled: boolean } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type DisableStaffUserMutationVariables = Exact<{
  input: UserNameInput;
}>;


export type DisableStaffUserMutation = { disableUser: { user: { id: string, userName: string | null, disabled: boolean } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type EnableStaffUserMutationVariables = Exact<{
  input: UserNameInput;
}>;


export type EnableStaffUserMutation = { enableUser: { user: { id: string, userName: string | null, disabled: boolean } | null, errors: Array<{ code: string, message: string, path: Array<string> }> } };

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me: { subject: string | null, name: string | null, tenant: string | null, roles: Array<Role> } | null };

export const KpiWeekFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiWeek"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"digitalCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"completedWithinSla"}},{"kind":"Field","name":{"kind":"Name","value":"activeDigitalCitizens"}},{"kind":"Field","name":{"kind":"Name","value":"newDigitalCitizens"}},{"kind":"Field","name":{"kind":"Name","value":"counterVisitsAvoided"}},{"kind":"Field","name":{"kind":"Name","value":"citizenHoursSaved"}}]}}]} as unknown as DocumentNode<KpiWeekFragment, unknown>;
export const HeatCellFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankedUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"digitalCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"digitalTakeUp"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Village"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kecamatan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HeatCellFragment, unknown>;
export const CampaignListDocument = {"__meta__":{"hash":"sha256:a5eed548ab832d4e324ce123a2ca14639af1eb0c47b4a212dfa16a461bc57c6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goalMetric"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"sinceLaunch"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetReached"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignListQuery, CampaignListQueryVariables>;
export const CampaignRegionsDocument = {"__meta__":{"hash":"sha256:a1f5018dd6661b31920068e81bd9addf30b9e89957ac1cf3e356ead27b210798"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kecamatans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignRegionsQuery, CampaignRegionsQueryVariables>;
export const CampaignDetailDocument = {"__meta__":{"hash":"sha256:b8abaf5d8628f661cf6e21a5ee7ae9b84faf4a1f6f19545c9570196520a2e707"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goalMetric"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priorityDays"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"waves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"sinceLaunch"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"targetReached"}},{"kind":"Field","name":{"kind":"Name","value":"uplift"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upliftByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"notJoined"}},{"kind":"Field","name":{"kind":"Name","value":"uplift"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignDetailQuery, CampaignDetailQueryVariables>;
export const LaunchCampaignDocument = {"__meta__":{"hash":"sha256:217f4c635dab9c34f3c25a60cd9ae942b093be5d3e5370e02664f99989578db5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LaunchCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"launchCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<LaunchCampaignMutation, LaunchCampaignMutationVariables>;
export const RecordCampaignActivityDocument = {"__meta__":{"hash":"sha256:9093969e8d88f07e1f977929d3c9abd56ecf46f16d92d454922f2cf5be4e9982"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCampaignActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCampaignActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCampaignActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCampaignActivityMutation, RecordCampaignActivityMutationVariables>;
export const CatalogListDocument = {"__meta__":{"hash":"sha256:ea20e823fbb7b787aa6b980dc2bf8acfab8d9d393848dcd26ae4b935d1db4f19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"offeredUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionUnit"}},{"kind":"Field","name":{"kind":"Name","value":"completionAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogListQuery, CatalogListQueryVariables>;
export const CatalogServiceDocument = {"__meta__":{"hash":"sha256:aa340c17776433ce54e6fafc7c23574a09e184c678f926afd04bc1e5b99fbf66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"offeredUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"completionUnit"}},{"kind":"Field","name":{"kind":"Name","value":"completionAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"complaintChannel"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogServiceQuery, CatalogServiceQueryVariables>;
export const CatalogVersionsDocument = {"__meta__":{"hash":"sha256:32eaab3325018e82e2ec8a299b834b6f3f1be9fb663a56e0b70d07f0c604f4c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"completionUnit"}},{"kind":"Field","name":{"kind":"Name","value":"completionAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"complaintChannel"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogVersionsQuery, CatalogVersionsQueryVariables>;
export const CatalogTemplatesDocument = {"__meta__":{"hash":"sha256:05d23fc3fe378c560327fdba1776962bda7b2920b30cdd5db287426328ff2fcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<CatalogTemplatesQuery, CatalogTemplatesQueryVariables>;
export const CloneServiceTemplateDocument = {"__meta__":{"hash":"sha256:84e96e830b549a52a25cf9c1b38d1628fdf25359fa0c6677a2d8af8780ac7cb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloneServiceTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloneServiceTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloneServiceTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<CloneServiceTemplateMutation, CloneServiceTemplateMutationVariables>;
export const CatalogUnitsDocument = {"__meta__":{"hash":"sha256:56390e87f3ad336aff5fed996709b904573b182a385d6416898448d2edb0012a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kecamatans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogUnitsQuery, CatalogUnitsQueryVariables>;
export const OfferServiceDocument = {"__meta__":{"hash":"sha256:5bcd52edc04f91a27e901d0183bdd9e12f412d43d47551decb849193415af251"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"offeredUnits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<OfferServiceMutation, OfferServiceMutationVariables>;
export const PublishServiceStandardDocument = {"__meta__":{"hash":"sha256:62fc68f30eda5e9ad7318a0361fa55e17d53c2b18c5f3d7efa0b053585f92acb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishServiceStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishServiceStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishServiceStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"completionUnit"}},{"kind":"Field","name":{"kind":"Name","value":"completionAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"complaintChannel"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<PublishServiceStandardMutation, PublishServiceStandardMutationVariables>;
export const CitizensLifecycleDocument = {"__meta__":{"hash":"sha256:cd70cc9e477230637ad3207e48eef8a9ecaec66a6ad5d2cf87d71c2e3fa94234"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizensLifecycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Granularity"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"returning"}},{"kind":"Field","name":{"kind":"Name","value":"resurrecting"}},{"kind":"Field","name":{"kind":"Name","value":"dormant"}}]}}]}}]} as unknown as DocumentNode<CitizensLifecycleQuery, CitizensLifecycleQueryVariables>;
export const CitizensRetentionDocument = {"__meta__":{"hash":"sha256:e8d6193a0d881d03c639c8b3aab17f72f4e02ede8538f7939457df53b3341f3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizensRetention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<CitizensRetentionQuery, CitizensRetentionQueryVariables>;
export const ClientListDocument = {"__meta__":{"hash":"sha256:db0a93f7637f982e896c4fa34bbe0c0ea2bb2a23ed071964f27e2f2190178ac1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"postLogoutRedirectUris"}}]}}]}}]} as unknown as DocumentNode<ClientListQuery, ClientListQueryVariables>;
export const RegisterTenantClientDocument = {"__meta__":{"hash":"sha256:dd607c16a9cbabedfb00135190e6870831ffd8f2ae26c63ffabbb2ce00f8742c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterTenantClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterTenantClientMutation, RegisterTenantClientMutationVariables>;
export const RotateTenantClientSecretDocument = {"__meta__":{"hash":"sha256:7b4a3ee4daaf94089de44cad44f0070d7c2e9e3cd9f9b8e8b5a884aafd467ece"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateTenantClientSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateClientSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<RotateTenantClientSecretMutation, RotateTenantClientSecretMutationVariables>;
export const SetTenantClientRedirectUrisDocument = {"__meta__":{"hash":"sha256:17d8afa72bf0f134df444ab8febf537d72d89a1710267d7988a16ed80595c542"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTenantClientRedirectUris"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetClientRedirectUrisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setClientRedirectUris"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"postLogoutRedirectUris"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<SetTenantClientRedirectUrisMutation, SetTenantClientRedirectUrisMutationVariables>;
export const CounterMeDocument = {"__meta__":{"hash":"sha256:d4ab18ecd3306e22bba393a4079ca49fd4fb77b69d43ec1aaf05c2739102125a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<CounterMeQuery, CounterMeQueryVariables>;
export const CounterSetupDocument = {"__meta__":{"hash":"sha256:db4451c7991762406c4b0a5ef1c3aaa46d726aa69141cfbc2b7194e914dfe802"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kecamatan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"COUNTER"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CounterSetupQuery, CounterSetupQueryVariables>;
export const CounterRecordDocument = {"__meta__":{"hash":"sha256:9a65b5210840aede3de832151217005e5ef8505ab9dd5b55e0de87f7b7c2e5ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CounterRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCounterServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCounterService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<CounterRecordMutation, CounterRecordMutationVariables>;
export const CounterRateDocument = {"__meta__":{"hash":"sha256:b4901ddb42d208446dc5be52d2586c5f4e49d7fabf25ff50d703335e3ce82ce2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CounterRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ikmScores"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<CounterRateMutation, CounterRateMutationVariables>;
export const OfficialProvincesDocument = {"__meta__":{"hash":"sha256:63520385210913aec71c8d625a18444b0765c9c2e4809957136c5a7b9fdf10b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficialProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OfficialProvincesQuery, OfficialProvincesQueryVariables>;
export const OfficialRegenciesDocument = {"__meta__":{"hash":"sha256:829fc9e2e4ce114f8edf3af5ed413fb22bb0c44ed452d4bc4156a93dac7e6ae2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficialRegencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialRegencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceName"}},{"kind":"Field","name":{"kind":"Name","value":"kecamatanCount"}},{"kind":"Field","name":{"kind":"Name","value":"kelurahanCount"}},{"kind":"Field","name":{"kind":"Name","value":"desaCount"}},{"kind":"Field","name":{"kind":"Name","value":"heldBy"}}]}}]}}]} as unknown as DocumentNode<OfficialRegenciesQuery, OfficialRegenciesQueryVariables>;
export const OnboardTenantDocument = {"__meta__":{"hash":"sha256:ab7d2354c339875eac7db55fdac91f6c78d03fe59a1eeed1c59205594ce7f95a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OnboardTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"regencyName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kecamatanCount"}},{"kind":"Field","name":{"kind":"Name","value":"kelurahanCount"}},{"kind":"Field","name":{"kind":"Name","value":"desaCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<OnboardTenantMutation, OnboardTenantMutationVariables>;
export const OverviewKpisDocument = {"__meta__":{"hash":"sha256:ed515328bed130d86fb1874257112dce71b6cb8dc569cb65d72748ef9ad441fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"current"},"name":{"kind":"Name","value":"adoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"WEEK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiWeek"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"previous"},"name":{"kind":"Name","value":"adoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"WEEK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiWeek"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ikm"},"name":{"kind":"Name","value":"satisfaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"previousIkm"},"name":{"kind":"Name","value":"satisfaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiWeek"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"digitalCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"completedWithinSla"}},{"kind":"Field","name":{"kind":"Name","value":"activeDigitalCitizens"}},{"kind":"Field","name":{"kind":"Name","value":"newDigitalCitizens"}},{"kind":"Field","name":{"kind":"Name","value":"counterVisitsAvoided"}},{"kind":"Field","name":{"kind":"Name","value":"citizenHoursSaved"}}]}}]} as unknown as DocumentNode<OverviewKpisQuery, OverviewKpisQueryVariables>;
export const OverviewTakeUpTrendDocument = {"__meta__":{"hash":"sha256:4c017410211103c2cf428e13d915593ddd33044985a521c996d7e4bf461981ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewTakeUpTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"WEEK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"digitalCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"digitalTakeUp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goalMetric"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"waves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewTakeUpTrendQuery, OverviewTakeUpTrendQueryVariables>;
export const OverviewChannelMixDocument = {"__meta__":{"hash":"sha256:c7fd60372a6fa1f9d1892cfca21b48a12acadd58ea2134cf2ab227b1aff3bf3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewChannelMix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"WEEK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewChannelMixQuery, OverviewChannelMixQueryVariables>;
export const QueueRequestsDocument = {"__meta__":{"hash":"sha256:98498a7bae471c4402ced9fc8d08968bc2205db8dfb2b482219a1e3c0b510fa5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"workingTimeLeft"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<QueueRequestsQuery, QueueRequestsQueryVariables>;
export const QueueServicesDocument = {"__meta__":{"hash":"sha256:3b77a725098d8bd07294509e461a1d9f7008cc6e46f27ad6fca486f17b002c66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<QueueServicesQuery, QueueServicesQueryVariables>;
export const QueueChangedDocument = {"__meta__":{"hash":"sha256:3fbc09f6b92e231b82dc98e9ead00a7c4762ce3e4cb19beeb12444212a88f261"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueueChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestQueueChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<QueueChangedSubscription, QueueChangedSubscriptionVariables>;
export const QueueRequestDocument = {"__meta__":{"hash":"sha256:2df47859c582caa785e7c31efb057934081c350235000e6ecd280ee91766904f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"workingTimeLeft"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueueRequestQuery, QueueRequestQueryVariables>;
export const QueueVerifyDocument = {"__meta__":{"hash":"sha256:d097a7e1e55c17434cc87469d4fb04f4e1e6926e7fdc548e985ab14ff1d356e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<QueueVerifyMutation, QueueVerifyMutationVariables>;
export const QueueReturnDocument = {"__meta__":{"hash":"sha256:e194cebb3d4e66e3031169e23feb32ddfdb6bb18160ce0296d842e364ce41023"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<QueueReturnMutation, QueueReturnMutationVariables>;
export const QueueCompleteDocument = {"__meta__":{"hash":"sha256:23e3f96bcdd4fc7344bede75a0eb7c8747f5d42234653ec5ebbbdea95381107f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<QueueCompleteMutation, QueueCompleteMutationVariables>;
export const QueueRejectDocument = {"__meta__":{"hash":"sha256:b3ae17380baf09e58fe231a4fd5877e4ea52ff60d96c1bb537d67937aaca64ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<QueueRejectMutation, QueueRejectMutationVariables>;
export const RegionDetailsListDocument = {"__meta__":{"hash":"sha256:33da48f98ef4369729d3927a8f31b13b497df9fe7fce01cfe8613cc89f888d58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionDetailsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kecamatans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"officerCount"}},{"kind":"Field","name":{"kind":"Name","value":"detailsUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"officerCount"}},{"kind":"Field","name":{"kind":"Name","value":"detailsUpdatedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionDetailsListQuery, RegionDetailsListQueryVariables>;
export const RegionDetailsDocument = {"__meta__":{"hash":"sha256:18bdd0c555c18545397033314dd5fa2e7b086d2037289b9b8b2ae9d737970b51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"officerCount"}},{"kind":"Field","name":{"kind":"Name","value":"detailsUpdatedAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Village"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kecamatan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionDetailsQuery, RegionDetailsQueryVariables>;
export const UpdateRegionDetailsDocument = {"__meta__":{"hash":"sha256:db116436316b627c1c231bf76c51b7cd4873664d2d42848fd572a7254606f6f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegionDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRegionDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegionDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"officerCount"}},{"kind":"Field","name":{"kind":"Name","value":"detailsUpdatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRegionDetailsMutation, UpdateRegionDetailsMutationVariables>;
export const RegionImportPreviewDocument = {"__meta__":{"hash":"sha256:cc6345a8fe0c15bdffeeadeef98b71f9e897772d46e8ed5341e0c5f4eab30ea2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionImportPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionImportPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"previousName"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}}]}}]}}]}}]} as unknown as DocumentNode<RegionImportPreviewQuery, RegionImportPreviewQueryVariables>;
export const ReimportOfficialRegionsDocument = {"__meta__":{"hash":"sha256:a78e17311b78346e8f0b46c7397a688060b34bf527942754659e70266305d583"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReimportOfficialRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReimportOfficialRegionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reimportOfficialRegions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<ReimportOfficialRegionsMutation, ReimportOfficialRegionsMutationVariables>;
export const SatisfactionOverviewDocument = {"__meta__":{"hash":"sha256:2f21e5379c3e6b91fb9fc7b3f3a24eec445fe848bdf7959d779ee487c1c3ec59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SatisfactionOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"performance"}},{"kind":"Field","name":{"kind":"Name","value":"elementNrr"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kecamatans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SatisfactionOverviewQuery, SatisfactionOverviewQueryVariables>;
export const SatisfactionOfDocument = {"__meta__":{"hash":"sha256:ceb385634595d0e468c4fc20c85c874c0c386f5e9ecd88e0bf1dbe79b6d880c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SatisfactionOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}},{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"performance"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}}]}}]}}]} as unknown as DocumentNode<SatisfactionOfQuery, SatisfactionOfQueryVariables>;
export const TenantSettingsDocument = {"__meta__":{"hash":"sha256:471f1ee9afc27ad135ee111fd29a26ee55dd80ee1d17a6a26b8f9a0b93f6f886"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"workDays"}},{"kind":"Field","name":{"kind":"Name","value":"officeOpens"}},{"kind":"Field","name":{"kind":"Name","value":"officeCloses"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"ikmRounding"}},{"kind":"Field","name":{"kind":"Name","value":"settingsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"configuredOrigins"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}}]}}]} as unknown as DocumentNode<TenantSettingsQuery, TenantSettingsQueryVariables>;
export const UpdateTenantSettingsDocument = {"__meta__":{"hash":"sha256:d262480dafa6aa2c671f0f8eb4ddbb2e30e506dd759d82c97ecb4fb6e2a9405f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenantSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"workDays"}},{"kind":"Field","name":{"kind":"Name","value":"officeOpens"}},{"kind":"Field","name":{"kind":"Name","value":"officeCloses"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"ikmRounding"}},{"kind":"Field","name":{"kind":"Name","value":"settingsVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>;
export const SetTenantAllowedOriginsDocument = {"__meta__":{"hash":"sha256:7b2489d10e065a3360b510c91302dedbb6ae26edbd0780e7881b06c41794fee3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTenantAllowedOrigins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAllowedOriginsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAllowedOrigins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<SetTenantAllowedOriginsMutation, SetTenantAllowedOriginsMutationVariables>;
export const PlatformTenantsDocument = {"__meta__":{"hash":"sha256:9a7904d297b4eeeefb15799b591c1f338068bd2488e3ed299d23ff9aaafb6f21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformTenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"regencyName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<PlatformTenantsQuery, PlatformTenantsQueryVariables>;
export const SetTenantEnabledDocument = {"__meta__":{"hash":"sha256:85f2439c64f21fd24645129be5cbc81e5e9f5ced44d14c553ad0db26988a53fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTenantEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTenantEnabledInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTenantEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<SetTenantEnabledMutation, SetTenantEnabledMutationVariables>;
export const UnitsWeekDocument = {"__meta__":{"hash":"sha256:a3c65089ada5fed8547c92ccdf4cc16b03c96508c1ecb538e550afa77294a54e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"kelurahan"},"name":{"kind":"Name","value":"unitRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"DIGITAL_TAKE_UP"}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"KELURAHAN"}},{"kind":"Argument","name":{"kind":"Name","value":"minCompleted"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeatCell"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"kecamatan"},"name":{"kind":"Name","value":"unitRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"DIGITAL_TAKE_UP"}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"KECAMATAN"}},{"kind":"Argument","name":{"kind":"Name","value":"minCompleted"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeatCell"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankedUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"digitalCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"digitalTakeUp"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Village"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kecamatan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitsWeekQuery, UnitsWeekQueryVariables>;
export const UnitsRankingDocument = {"__meta__":{"hash":"sha256:442269d33b300427ffe2b5442c41632ce066c09e4a8aa85f52eb53c380391526"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionMetric"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minCompleted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"minCompleted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minCompleted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"digitalCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"digitalTakeUp"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"slaCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Village"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kecamatan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitsRankingQuery, UnitsRankingQueryVariables>;
export const UnitPageDocument = {"__meta__":{"hash":"sha256:3e173c756f1da50bec65ea3274a837c55d4a702b39a409c1c6cc743005199258"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"officerCount"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Village"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kecamatan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"WEEK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiWeek"}},{"kind":"Field","name":{"kind":"Name","value":"digitalTakeUp"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"previous"},"name":{"kind":"Name","value":"adoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"WEEK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiWeek"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiWeek"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"digitalCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"completedWithinSla"}},{"kind":"Field","name":{"kind":"Name","value":"activeDigitalCitizens"}},{"kind":"Field","name":{"kind":"Name","value":"newDigitalCitizens"}},{"kind":"Field","name":{"kind":"Name","value":"counterVisitsAvoided"}},{"kind":"Field","name":{"kind":"Name","value":"citizenHoursSaved"}}]}}]} as unknown as DocumentNode<UnitPageQuery, UnitPageQueryVariables>;
export const UserListDocument = {"__meta__":{"hash":"sha256:180651263de3648a0f05a255dae18529dc6c03f5f1b91b55ef8b800390e9a0bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UserListQuery, UserListQueryVariables>;
export const UserUnitsDocument = {"__meta__":{"hash":"sha256:d67536be517eeccd781d071dd258a5c7b0305b4b9027a808329fc25b50930f65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kecamatans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserUnitsQuery, UserUnitsQueryVariables>;
export const AuditLogDocument = {"__meta__":{"hash":"sha256:3e0a3810941b690f3adb2dcb6ccb39808de5deef2426c5e0e7403f3adb92ac92"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeOffset"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeOffset"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"NEWEST_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const CreateStaffUserDocument = {"__meta__":{"hash":"sha256:21fc69086763a256509e2ad119dbf7a726738826dd9c5b8f3fa19f43bbf1e1fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<CreateStaffUserMutation, CreateStaffUserMutationVariables>;
export const SetStaffUserRolesDocument = {"__meta__":{"hash":"sha256:b358560ee1ccea0de78a6362fddbe3a76ab85400b5ed202221d41628446e47fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStaffUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<SetStaffUserRolesMutation, SetStaffUserRolesMutationVariables>;
export const DisableStaffUserDocument = {"__meta__":{"hash":"sha256:37e1aa1da28dc7f0bc0f5a7ca55e6a05b184763366f3a3f2ca576752cd1bb7bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableStaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserNameInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<DisableStaffUserMutation, DisableStaffUserMutationVariables>;
export const EnableStaffUserDocument = {"__meta__":{"hash":"sha256:50bdac803b1af175d88e4a3130b4c1e0210c5ac74895a322d91030cf48978032"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableStaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserNameInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<EnableStaffUserMutation, EnableStaffUserMutationVariables>;
export const ConsoleMeDocument = {"__meta__":{"hash":"sha256:95e3e67243c8f8c077de45b355a8564fb82ed87caf0512fe5b73a01d2de857c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<ConsoleMeQuery, ConsoleMeQueryVariables>;