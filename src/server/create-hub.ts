import { GraphQLError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Config } from '../config/env.js';
import type { Database } from '../db/connect.js';
import { writeAudit } from '../auth/audit.js';
import { authenticator } from '../auth/authenticate.js';
import { tokenVerifier } from '../auth/tokens.js';
import { schema } from '../graphql/schema.js';
import { createRequestContext, type RequestContext } from './context.js';
import { useIntrospectionForAdministrators, useQueryLimits, useRequestSizeLimit, useTrustedDocuments } from './hardening.js';
import type { TracerProvider } from '@opentelemetry/api';
import { useCompiledQueries } from './compiled-execution.js';
import { GRAPHIQL_DEFAULT_QUERY, renderOfflineGraphiQL } from './graphiql.js';
import { createMetricsRegistry, useMetrics } from './metrics.js';
import type { Registry } from 'prom-client';
import type { PluginRuntime } from '../plugin-runtime/runtime.js';
import { useTracing } from './tracing.js';
import { operationNameOf, requestIdOf, useHealthEndpoints, useOperationName, useRequestLogging } from './plugins.js';

export interface HubDeps {
  config: Pick<Config, 'JIANGUAN_PROFILE' | 'JWT_SECRET' | 'JWT_JWKS_URL' | 'JWT_ISSUER' | 'JWT_AUDIENCE' | 'TRUSTED_DOCUMENTS_FILE'> &
    Partial<Pick<Config, 'MAX_REQUEST_BYTES' | 'TRUSTED_DOCUMENTS_ONLY'>>;
  database: Database;
  logger: Logger;
  /** False once shutdown has begun, so readiness fails before connections close. */
  isAcceptingWork?: () => boolean;
  /** Traces each operation and resolver when given. */
  tracerProvider?: TracerProvider;
  /** Served at /metrics; a worker in the same process adds its job counts to it. */
  metrics?: Registry;
  /** The configured plugins, for administrators' views and on-demand runs; absent: none. */
  plugins?: PluginRuntime;
}

export type Hub = YogaServerInstance<Record<string, unknown>, RequestContext>;

/** By name as well as class: a bundler may load a second copy of graphql. */
const isGraphQLError = (error: unknown): error is GraphQLError => error instanceof GraphQLError || (error instanceof Error && error.name === 'GraphQLError');

/** pg's message when no pooled connection frees up within DB_CONNECTION_TIMEOUT_MS. */
const POOL_EXHAUSTED = /timeout exceeded when trying to connect/i;

/** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
const STATEMENT_TIMEOUT = '57014';

/** The GraphQL hub as a fetch handler; `main` puts it behind an HTTP server. */
export function createHub({ config, database, logger, isAcceptingWork = () => true, tracerProvider, metrics, plugins }: HubDeps): Hub {
  const development = config.JIANGUAN_PROFILE === 'development';
  const authenticate = authenticator({
    db: database.db,
    verifyToken: tokenVerifier({ secret: config.JWT_SECRET, jwksUrl: config.JWT_JWKS_URL, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }),
  });
  const isAdministrator = async (request: Request) => (await authenticate(request).catch(() => null))?.kind === 'ADMINISTRATOR';
  return createYoga<Record<string, unknown>, RequestContext>({
    schema,
    graphqlEndpoint: '/graphql',
    // Production serves GraphiQL and introspection to administrators only.
    graphiql: async (request) => (development || (await isAdministrator(request)) ? { title: 'Jianguan 监管', defaultQuery: GRAPHIQL_DEFAULT_QUERY } : false),
    // Bundled with the hub: the default page loads GraphiQL from a CDN, blank when offline.
    renderGraphiQL: renderOfflineGraphiQL,
    landingPage: false,
    batching: false,
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    context: async ({ request, params }) => {
      const requestId = requestIdOf(request);
      const viewer = await authenticate(request);
      // Every use of an API key is audited, before the request does anything.
      if (viewer.kind === 'PROVINCIAL_SYSTEM') {
        await writeAudit(database.db, { viewer, requestId, graphqlOperation: operationNameOf(params) }, { operation: 'API_KEY_USE' });
      }
      return createRequestContext({ db: database.db, viewer, logger: logger.child({ requestId }), requestId, plugins: plugins ?? null });
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
      useRequestSizeLimit(config.MAX_REQUEST_BYTES ?? 100_000),
      useQueryLimits(),
      ...(development ? [] : [useIntrospectionForAdministrators(isAdministrator)]),
      ...(config.TRUSTED_DOCUMENTS_FILE
        ? [useTrustedDocuments({ manifestPath: config.TRUSTED_DOCUMENTS_FILE, only: config.TRUSTED_DOCUMENTS_ONLY ?? false, isAdministrator })]
        : []),
      useRequestLogging({ logger, exposeStatementCount: development }),
      useHealthEndpoints({ isReady: async () => isAcceptingWork() && (await database.ping()) }),
      useMetrics(metrics ?? createMetricsRegistry(database)),
      useOperationName(),
      ...useCompiledQueries(schema, logger),
      ...(tracerProvider ? [useTracing(tracerProvider)] : []),
    ],
  });
}
