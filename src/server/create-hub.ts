import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Config } from '../config/env.js';
import type { Database } from '../db/connect.js';
import { writeAudit } from '../auth/audit.js';
import { authenticator } from '../auth/authenticate.js';
import { tokenVerifier } from '../auth/tokens.js';
import { schema } from '../graphql/schema.js';
import { createRequestContext, type RequestContext } from './context.js';
import { QUERY_LIMITS, useIntrospectionForAdministrators, useQueryLimits, useRequestSizeLimit, useTrustedDocuments } from './hardening.js';
import { useArgumentGuard } from './argument-guard.js';
import { maskedErrors, useCleanErrors } from './error-masking.js';
import { useQueryCost } from './query-cost.js';
import type { TracerProvider } from '@opentelemetry/api';
import { useCompiledQueries } from './compiled-execution.js';
import { GRAPHIQL_DEFAULT_QUERY, renderOfflineGraphiQL } from './graphiql.js';
import { createMetricsRegistry, useMetrics } from './metrics.js';
import type { Registry } from 'prom-client';
import type { PluginRuntime } from '../plugin-runtime/runtime.js';
import { useTracing } from './tracing.js';
import { operationNameOf, requestIdOf, useHealthEndpoints, useOperationName, useRequestLogging } from './plugins.js';
import { useExportEndpoints } from '../modules/export/export-endpoints.js';
import { DEFAULT_PULL_LIMITS, pullLimits } from '../modules/export/pull-limits.js';

export interface HubDeps {
  config: Pick<Config, 'JIANGUAN_PROFILE' | 'JWT_SECRET' | 'JWT_JWKS_URL' | 'JWT_ISSUER' | 'JWT_AUDIENCE' | 'TRUSTED_DOCUMENTS_FILE'> &
    Partial<Pick<Config, 'MAX_REQUEST_BYTES' | 'TRUSTED_DOCUMENTS_ONLY' | 'PULL_REQUESTS_PER_MINUTE' | 'PULL_RECORDS_PER_HOUR' | 'ID_NUMBER_HASH_KEY'>>;
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

/** The GraphQL hub as a fetch handler; `main` puts it behind an HTTP server. */
export function createHub({ config, database, logger, isAcceptingWork = () => true, tracerProvider, metrics, plugins }: HubDeps): Hub {
  const development = config.JIANGUAN_PROFILE === 'development';
  const authenticate = authenticator({
    db: database.db,
    verifyToken: tokenVerifier({ secret: config.JWT_SECRET, jwksUrl: config.JWT_JWKS_URL, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }),
  });
  const limits = pullLimits(database.pool, {
    requestsPerMinute: config.PULL_REQUESTS_PER_MINUTE ?? DEFAULT_PULL_LIMITS.requestsPerMinute,
    recordsPerHour: config.PULL_RECORDS_PER_HOUR ?? DEFAULT_PULL_LIMITS.recordsPerHour,
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
    // Bodies are bounded by useRequestSizeLimit, which counts only bodies of undeclared length;
    // Yoga's own limit would pass every body through a counting stream.
    maxRequestBodySize: false,
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    context: async ({ request, params }) => {
      const requestId = requestIdOf(request);
      const viewer = await authenticate(request);
      // Every use of an API key is counted against its budget and audited, before the request does anything.
      if (viewer.kind === 'PROVINCIAL_SYSTEM') {
        await limits.admit(viewer);
        await writeAudit(database.db, { viewer, requestId, graphqlOperation: operationNameOf(params) }, { operation: 'API_KEY_USE' });
      }
      return createRequestContext({ db: database.db, viewer, logger: logger.child({ requestId }), requestId, plugins: plugins ?? null, pullLimits: limits, idNumberHashKey: config.ID_NUMBER_HASH_KEY ?? null });
    },
    maskedErrors: maskedErrors(logger),
    plugins: [
      useRequestSizeLimit(config.MAX_REQUEST_BYTES ?? 100_000),
      useQueryLimits(),
      useCleanErrors(),
      ...(development ? [] : [useIntrospectionForAdministrators(isAdministrator)]),
      ...(config.TRUSTED_DOCUMENTS_FILE
        ? [useTrustedDocuments({ manifestPath: config.TRUSTED_DOCUMENTS_FILE, only: config.TRUSTED_DOCUMENTS_ONLY ?? false, isAdministrator })]
        : []),
      useRequestLogging({ logger, exposeStatementCount: development }),
      useHealthEndpoints({ isReady: async () => isAcceptingWork() && (await database.ping()) }),
      useExportEndpoints({ db: database.db, pool: database.pool, authenticate, limits, logger }),
      useMetrics(metrics ?? createMetricsRegistry(database)),
      useOperationName(),
      // Before compiled execution: bad arguments and expensive operations never start.
      useArgumentGuard(),
      useQueryCost(QUERY_LIMITS.maxCost),
      ...useCompiledQueries(schema, logger),
      ...(tracerProvider ? [useTracing(tracerProvider)] : []),
    ],
  });
}
