import { GraphQLError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Config } from '../config/env.js';
import type { Database } from '../db/connect.js';
import { schema } from '../graphql/schema.js';
import { createRequestContext, type RequestContext } from './context.js';
import { useMetrics } from './metrics.js';
import { requestIdOf, useHealthEndpoints, useRequestLogging } from './plugins.js';

export interface HubDeps {
  config: Pick<Config, 'JIANGUAN_PROFILE'>;
  database: Database;
  logger: Logger;
  /** False once shutdown has begun, so readiness fails before connections close. */
  isAcceptingWork?: () => boolean;
}

export type Hub = YogaServerInstance<Record<string, unknown>, RequestContext>;

/** By name as well as class: a bundler may load a second copy of graphql. */
const isGraphQLError = (error: unknown): error is GraphQLError => error instanceof GraphQLError || (error instanceof Error && error.name === 'GraphQLError');

/** pg's message when no pooled connection frees up within DB_CONNECTION_TIMEOUT_MS. */
const POOL_EXHAUSTED = /timeout exceeded when trying to connect/i;

/** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
const STATEMENT_TIMEOUT = '57014';

/** The GraphQL hub as a fetch handler; `main` puts it behind an HTTP server. */
export function createHub({ config, database, logger, isAcceptingWork = () => true }: HubDeps): Hub {
  const development = config.JIANGUAN_PROFILE === 'development';
  return createYoga<Record<string, unknown>, RequestContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: development ? { title: 'Jianguan 监管' } : false,
    landingPage: false,
    batching: false,
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    context: ({ request }) => {
      const requestId = requestIdOf(request);
      return createRequestContext({ db: database.db, logger: logger.child({ requestId }), requestId });
    },
    maskedErrors: {
      maskError(error, message, isDev) {
        const original = isGraphQLError(error) ? (error.originalError ?? error) : error;
        if (original instanceof Error && POOL_EXHAUSTED.test(original.message)) {
          return new GraphQLError('The hub is busy: no database connection became free in time. Retry shortly.', {
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          });
        }
        if ((original as { code?: string })?.code === STATEMENT_TIMEOUT) {
          return new GraphQLError('The request took longer than the statement timeout and was cancelled.', {
            extensions: { code: 'STATEMENT_TIMEOUT' },
          });
        }
        if (!isGraphQLError(original)) logger.error({ err: original }, 'unexpected error');
        return maskError(error, message, isDev);
      },
    },
    plugins: [
      useRequestLogging({ logger, exposeStatementCount: development }),
      useHealthEndpoints({ isReady: async () => isAcceptingWork() && (await database.ping()) }),
      useMetrics(database),
    ],
  });
}
