// graphql-eslint over the exported schema (schema/schema.graphql): the plugin's schema-recommended and
// schema-relay rule sets, with no errors and no warnings. Every rule turned off or narrowed is listed here with
// its reason; run.sh lints the file through stdin because ESLint ignores files outside this folder.
import graphql from '@graphql-eslint/eslint-plugin';

// Types without an identity of their own: computed per query (analytics points, IKM, progress), parts of their
// parent (history entries, waves, requirements), the caller's own view, or the Relay and mutation plumbing.
// They have nothing to refetch with node(id:), so an id would be a made-up one. The official provinces and
// regencies are reference data keyed by their Kemendagri code, the same in every tenant.
const typesWithoutIdentity = [
  'AdoptionPoint', 'Caller', 'CampaignActivity', 'CampaignLevelUplift', 'CampaignProgress', 'CampaignProgressWindow',
  'CampaignTargetChange', 'CampaignWave', 'CampaignWaveProgress', 'Citizen', 'LifecyclePoint', 'PageInfo',
  'OfficialProvince', 'OfficialRegency', 'PlatformInfo', 'ProcessingTime', 'RankedUnit', 'RegionImportChange', 'RegionImportPreview', 'RequestHistoryEntry', 'RequestPublicHistoryEntry',
  'RequestPublicStatus', 'Requirement', 'RetentionCohort', 'RetentionPeriod', 'Satisfaction', 'ServiceStandard',
  'ServiceTemplate', 'UserError', 'WeekdaySubmissions',
];

export default [
  {
    files: ['**/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema: '../../schema/schema.graphql' } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      ...graphql.configs['flat/schema-relay'].rules,

      // Narrowed: graphql-dotnet's schema printer writes every description inline ("…"), never as a block
      // ("""…"""); the rule still requires one style throughout.
      '@graphql-eslint/description-style': ['error', { style: 'inline' }],

      // Narrowed: every object type with an identity has `id: ID!` and implements Node; the exceptions are the
      // types above and the Relay connection, edge and mutation payload types, which are envelopes.
      '@graphql-eslint/strict-id-in-types': ['error', {
        acceptedIdNames: ['id'],
        acceptedIdTypes: ['ID'],
        exceptions: { types: typesWithoutIdentity, suffixes: ['Connection', 'Edge', 'Payload'] },
      }],

      // Narrowed: connections are Relay connections (edges of Node types, PageInfo, first/after/last/before),
      // but small bounded lists (a request's history, a standard's requirements, a campaign's waves) and the
      // connections' `nodes` shortcut are plain lists; paging them would only add round trips.
      '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: true, listTypeCanWrapOnlyEdgeType: false }],

      // Off: it flags only User.userName and Client.clientId, the sign-in name and OAuth's client_id, names
      // every client and token already uses; renaming them would break clients for no gain.
      '@graphql-eslint/no-typename-prefix': 'off',
    },
  },
];
