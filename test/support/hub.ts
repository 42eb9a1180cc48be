import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { tallyStatements } from '../../src/db/statement-stats.js';
import { createHub, type Hub } from '../../src/server/create-hub.js';
import { quietLogger } from './settings.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestHub {
  database: TestDatabase;
  hub: Hub;
  /** Runs a typed document at the GraphQL boundary; fails the test on transport errors. */
  execute<R, V>(document: TypedDocumentNode<R, V>, ...variables: V extends Record<string, never> ? [] : [V]): Promise<ExecutionResult<R>>;
  /** Like execute, also counting the SQL statements the request issued. */
  executeCounted<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<{ result: ExecutionResult<R>; statements: number }>;
  close(): Promise<void>;
}

export async function startTestHub(options: { profile?: 'development' | 'production' } = {}): Promise<TestHub> {
  const database = await createTestDatabase();
  const hub = createHub({ config: { JIANGUAN_PROFILE: options.profile ?? 'development' }, database, logger: quietLogger });
  const post = async (query: string, variables: unknown) => {
    const response = await hub.fetch('http://hub.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  return {
    database,
    hub,
    execute: (document, ...variables) => post(print(document), variables[0] ?? {}),
    executeCounted: async (document, variables) => {
      const { result, statements } = await tallyStatements(() => post(print(document), variables));
      return { result, statements };
    },
    close: () => database.drop(),
  };
}
