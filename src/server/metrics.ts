import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { Database } from '../db/connect.js';
import { registerJobQueueMetrics } from '../jobs/job-metrics.js';
import { registerPluginMetrics } from '../plugin-runtime/metrics.js';
import { registerOutboxMetrics } from '../plugin-runtime/outbox/metrics.js';

/**
 * One registry per process role (hub, worker): process metrics, the database pool, and the job
 * queue as the database holds it. Each hub has its own registry, so several hubs in one process
 * (tests, benchmarks) do not collide.
 */
export function createMetricsRegistry(database: Database): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'jianguan_' });
  const pool = database.pool;
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  gauge('jianguan_db_pool_connections', 'Connections the pool holds (idle and in use).', () => pool.totalCount);
  gauge('jianguan_db_pool_idle', 'Idle connections in the pool.', () => pool.idleCount);
  gauge('jianguan_db_pool_waiting', 'Requests waiting for a connection.', () => pool.waitingCount);
  gauge('jianguan_db_statements_total', 'SQL statements issued since start.', () => database.stats.total);
  registerJobQueueMetrics(registry, database);
  registerPluginMetrics(registry, database.db);
  registerOutboxMetrics(registry, database.db);
  return registry;
}

/** Prometheus metrics at `/metrics`: requests, latency and errors from the Yoga plugin, and `registry`. */
export function useMetrics(registry: Registry) {
  return usePrometheus({
    endpoint: '/metrics',
    registry,
    // No url label: query strings would make its cardinality unbounded.
    labels: { method: true, statusCode: true, url: false },
    // One latency histogram (the HTTP request's, labelled by operation) and two counters. The
    // library's defaults add a histogram per phase (parse, validate, context, execute) and a second
    // one for the whole request: five more observations on every request, for time the request's
    // histogram and the traces already show.
    metrics: {
      graphql_yoga_http_duration: true,
      graphql_envelop_request: true,
      graphql_envelop_error_result: true,
      graphql_envelop_request_duration: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
    },
  });
}
