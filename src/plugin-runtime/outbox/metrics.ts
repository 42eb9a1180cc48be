import type { Kysely } from 'kysely';
import { Gauge, type Registry } from 'prom-client';
import type { DB } from '../../db/schema.generated.js';
import { deliveryAlerts, outboxSummary } from './queries.js';

/**
 * The credit platform's outbox, read from the database at each scrape (any process shows it):
 * depth, records in doubt, delivery lag (age of the oldest undelivered cause), records by
 * delivery outcome, and an alert while a sink's credentials are refused.
 */
export function registerOutboxMetrics(registry: Registry, db: Kysely<DB>) {
  const read = () => outboxSummary(db).catch(() => null);
  new Gauge({
    name: 'jianguan_credit_outbox_depth',
    help: 'Records waiting to be delivered to the national credit platform (pending, and in doubt).',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const summary = await read();
      this.reset();
      if (summary) {
        this.set({ state: 'pending' }, summary.depth);
        this.set({ state: 'in_doubt' }, summary.in_doubt);
      }
    },
  });
  new Gauge({
    name: 'jianguan_credit_delivery_lag_seconds',
    help: 'Age of the oldest change not yet delivered to the national credit platform (0 when none waits).',
    registers: [registry],
    async collect() {
      const summary = await read();
      this.set(summary?.oldest_pending_since ? Math.max(0, (Date.now() - summary.oldest_pending_since.getTime()) / 1000) : 0);
    },
  });
  new Gauge({
    name: 'jianguan_credit_deliveries',
    help: 'Credit-platform records by delivery outcome (pending, sent, accepted, updated, rejected, withdrawn, held).',
    labelNames: ['outcome'],
    registers: [registry],
    async collect() {
      const summary = await read();
      this.reset();
      for (const [status, n] of Object.entries(summary?.by_status ?? {})) this.set({ outcome: status.toLowerCase() }, n);
    },
  });
  new Gauge({
    name: 'jianguan_plugin_delivery_alert',
    help: '1 while a plugin is stopped because its last run was refused for its configuration (credentials, address or clock).',
    labelNames: ['plugin'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const alert of await deliveryAlerts(db).catch(() => [])) this.set({ plugin: alert.plugin }, 1);
    },
  });
}
