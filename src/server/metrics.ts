import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { Database } from '../db/connect.js';

/**
 * Prometheus metrics at `/metrics`: requests, latency and errors from the Yoga plugin, process
 * metrics, and the database pool. Each hub has its own registry, so several hubs in one process
 * (tests, benchmarks) do not collide.
 */
export function useMetrics(database: Database) {
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
  return usePrometheus({
    endpoint: '/metrics',
    registry,
    // No url label: query strings would make its cardinality unbounded.
    labels: { method: true, statusCode: true, url: false },
    metrics: {
      graphql_yoga_http_duration: true,
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_request_time_summary: false,
    },
  });
}
