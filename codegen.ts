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
      presetConfig: { fragmentMasking: false },
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
