import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { mintToken } from '../../src/auth/tokens.js';
import { tallyStatements } from '../../src/db/statement-stats.js';
import type { PluginRuntime } from '../../src/plugin-runtime/index.js';
import { createHub, type Hub, type HubDeps } from '../../src/server/create-hub.js';
import { TEST_ID_HASH_KEY } from './plugins.js';
import { quietLogger } from './settings.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-at-least-32-characters-long';

/** Every province: the default test viewer is a national regulator. */
export const ALL_PROVINCES = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'].map((p) => `${p}0000`);

/** How a test request identifies itself: nothing (public), a bearer token, or an API key. */
export type Credentials = { token: string } | { apiKey: string } | 'public';

export interface TestHub {
  database: TestDatabase;
  hub: Hub;
  /** Runs a typed document at the GraphQL boundary as the national regulator. */
  execute<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<ExecutionResult<R>>;
  /** Runs a typed document with the given credentials. */
  executeAs<R, V>(credentials: Credentials, document: TypedDocumentNode<R, V>, variables?: V): Promise<ExecutionResult<R>>;
  /** Like execute, also counting the SQL statements the request issued. */
  executeCounted<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<{ result: ExecutionResult<R>; statements: number }>;
  /** A signed bearer token with these claims, valid for `ttl` (a duration, or an expiry in epoch seconds). */
  token(claims: Record<string, unknown> & { sub: string }, ttl?: string | number): Promise<string>;
  close(): Promise<void>;
}

export async function startTestHub(
  options: {
    profile?: 'development' | 'production';
    config?: Partial<HubDeps['config']>;
    plugins?: (database: TestDatabase) => PluginRuntime;
    /** The key ID numbers are hashed with; null: a hub without one. */
    idNumberHashKey?: string | null;
  } = {},
): Promise<TestHub> {
  const database = await createTestDatabase();
  const plugins = options.plugins?.(database);
  const config = {
    JIANGUAN_PROFILE: options.profile ?? 'development',
    JWT_SECRET: TEST_JWT_SECRET,
    ...(options.idNumberHashKey === null ? {} : { ID_NUMBER_HASH_KEY: options.idNumberHashKey ?? TEST_ID_HASH_KEY }),
    ...options.config,
  } as const;
  const hub = createHub({ config, database, logger: quietLogger, ...(plugins ? { plugins } : {}) });
  const token = (claims: Record<string, unknown> & { sub: string }, ttl?: string | number) => mintToken(TEST_JWT_SECRET, claims, ttl);
  const national = await token({ sub: 'national-regulator', role: 'regulator', jurisdictions: ALL_PROVINCES });
  const post = async (credentials: Credentials, query: string, variables: unknown) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
    if (credentials !== 'public' && 'token' in credentials) headers.authorization = `Bearer ${credentials.token}`;
    if (credentials !== 'public' && 'apiKey' in credentials) headers['x-api-key'] = credentials.apiKey;
    const response = await hub.fetch('http://hub.test/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return response.json();
  };
  return {
    database,
    hub,
    execute: (document, variables) => post({ token: national }, print(document), variables ?? {}),
    executeAs: (credentials, document, variables) => post(credentials, print(document), variables ?? {}),
    executeCounted: async (document, variables) => {
      const { result, statements } = await tallyStatements(() => post({ token: national }, print(document), variables));
      return { result, statements };
    },
    token,
    close: () => database.drop(),
  };
}
