import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for tests and consumers: every operation under schema/operations becomes a
 * TypedDocumentNode in test/generated. The schema source is the committed, printed SDL.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'test/generated/': {
      preset: 'client',
      // persisted-documents.json is the trusted-documents manifest first-party clients are served from.
      presetConfig: { fragmentMasking: false, persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
