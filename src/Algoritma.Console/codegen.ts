import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the exported schema; their hashes are the console's trusted documents.
const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', Decimal: 'number', Long: 'number', DateTimeOffset: 'string' },
      },
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
    },
  },
  hooks: { afterAllFileWrite: ['node scripts/sync-manifest.mjs'] },
};

export default config;
