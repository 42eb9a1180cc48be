import { builder } from '../../graphql/builder.js';
import { reads } from '../../graphql/selected-columns.js';
import { InvalidInputError, NotFoundError, UPDATE_ERRORS } from '../../graphql/errors.js';
import { LicenseNode } from '../../graphql/nodes.js';
import { enqueueCreditDelivery } from '../../plugin-runtime/outbox/enqueue.js';
import { deliveriesByLicense, deliveriesByPenalty, deliveryAlerts, deliveryByRecordId, failedDeliveries, outboxSummary, type DeliveryRow, type OutboxSummary } from '../../plugin-runtime/outbox/queries.js';
import { DisclosureNode } from '../disclosures/disclosures.schema.js';
import { PenaltyNode } from '../penalties/penalties.schema.js';

const STATUSES = {
  PENDING: { description: '待报送: waiting to be sent (or to be sent again).' },
  SENT: { description: '已报送: sent, no answer yet; the platform is asked before anything else is sent for it.' },
  ACCEPTED: { description: '已接收: the platform stored it.' },
  UPDATED: { description: '已更新: the platform replaced an earlier version with it.' },
  REJECTED: { description: '被退回: the platform refused its data (see rejectionErrors); it goes again by itself once the data it is made from is corrected, never unchanged.' },
  WITHDRAWN: { description: '已撤回: no longer published (决定撤销, 信用修复 or 公示期满).' },
  HELD: { description: '暂缓报送: cannot be mapped for missing data (see heldReason); not sent. Correcting the data sends it by itself.' },
  NOT_DISCLOSED: { description: '不公示: a minor penalty (轻微, 2026 rule) that is not published by default and that no regulator has published; the platform receives what is disclosed, so it goes once it is published.' },
} as const;

export const CreditDeliveryStatus = builder.enumType('CreditDeliveryStatus', { values: STATUSES });

const PlatformFieldError = builder.objectRef<{ field: string; message: string }>('PlatformFieldError').implement({
  description: 'A data error the credit platform reported for a field.',
  fields: (t) => ({ field: t.exposeString('field'), message: t.exposeString('message') }),
});

export const CreditDeliveryRef = builder.objectRef<DeliveryRow>('CreditDelivery').implement({
  description: '报送全国信用信息共享平台 (双公示): where a 行政许可 (XK) or 行政处罚 (CF) record stands with the national credit platform.',
  fields: (t) => ({
    recordId: t.exposeString('record_id', { description: 'The record’s ID on the platform (数据唯一标识), the same for ever.' }),
    kind: t.exposeString('kind', { description: 'XK (行政许可) or CF (行政处罚)' }),
    status: t.field({ type: CreditDeliveryStatus, resolve: (d) => d.status as keyof typeof STATUSES }),
    pending: t.exposeBoolean('pending', { description: 'A change waits to be looked at by the deliverer.' }),
    heldReason: t.exposeString('held_reason', { nullable: true }),
    rejectionErrors: t.field({ type: [PlatformFieldError], resolve: (d) => (d.status === 'REJECTED' ? (d.rejection_errors ?? []) : []) }),
    attempts: t.exposeInt('attempts'),
    lastError: t.exposeString('last_error', { nullable: true }),
    lastAttemptAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.last_attempt_at }),
    deliveredAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.delivered_at }),
  }),
});

const deliveryField = (load: typeof deliveriesByLicense, key: 'license_id' | 'penalty_id') =>
  ({
    type: CreditDeliveryRef,
    nullable: true,
    authScopes: { regulator: true, administrator: true },
    description: '报送状态: its delivery to the national credit platform (regulators and administrators).',
    load: async (ids: string[], ctx: { db: Parameters<typeof load>[0] }) => {
      const rows = await load(ctx.db, ids);
      const byId = new Map(rows.map((r) => [r[key]!, r]));
      return ids.map((id) => byId.get(id) ?? null);
    },
  }) as const;

builder.objectFields(LicenseNode, (t) => ({
  creditDelivery: t.loadable({ ...deliveryField(deliveriesByLicense, 'license_id'), ...reads(), resolve: (l) => l.id }),
}));
builder.objectFields(PenaltyNode, (t) => ({
  creditDelivery: t.loadable({ ...deliveryField(deliveriesByPenalty, 'penalty_id'), resolve: (p) => p.id }),
}));
builder.objectFields(DisclosureNode, (t) => ({
  creditDelivery: t.field({
    ...reads('license_id', 'penalty_id'),
    type: CreditDeliveryRef,
    nullable: true,
    authScopes: { regulator: true, administrator: true },
    description: '报送状态 of the decision disclosed (licenses and penalties only).',
    resolve: async (d, _args, ctx) => {
      if (d.license_id) return (await deliveriesByLicense(ctx.db, [d.license_id]))[0] ?? null;
      if (d.penalty_id) return (await deliveriesByPenalty(ctx.db, [d.penalty_id]))[0] ?? null;
      return null;
    },
  }),
}));

const DeliveryAlert = builder.objectRef<{ plugin: string; error: string; at: Date }>('PluginConfigurationAlert').implement({
  description: 'A plugin stopped because the far side refused its configuration (credentials, address or clock): nothing is lost, nothing moves until it is fixed.',
  fields: (t) => ({ plugin: t.exposeString('plugin'), error: t.exposeString('error'), at: t.field({ type: 'DateTime', resolve: (a) => a.at }) }),
});

const StatusCount = builder.objectRef<{ status: string; count: number }>('CreditDeliveryStatusCount').implement({
  fields: (t) => ({ status: t.field({ type: CreditDeliveryStatus, resolve: (c) => c.status as 'PENDING' }), count: t.exposeInt('count') }),
});

const CreditOutbox = builder.objectRef<OutboxSummary>('CreditOutbox').implement({
  description: 'The outbox of records for the national credit platform (administrators).',
  fields: (t) => ({
    depth: t.exposeInt('depth', { description: 'Records with a change not yet delivered.' }),
    inDoubt: t.exposeInt('in_doubt', { description: 'Records sent without an answer, to be checked with the platform first.' }),
    oldestPendingSince: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.oldest_pending_since }),
    byStatus: t.field({ type: [StatusCount], resolve: (s) => Object.entries(s.by_status).map(([status, count]) => ({ status, count })) }),
    failures: t.field({
      type: [CreditDeliveryRef],
      description: 'Rejected and held records, oldest first: correcting the data they are made from sends them again by itself.',
      args: { first: t.arg.int({ defaultValue: 50 }) },
      resolve: (_s, args, ctx) => failedDeliveries(ctx.db, Math.min(Math.max(args.first ?? 50, 1), 500)),
    }),
    alerts: t.field({ type: [DeliveryAlert], resolve: (_s, _args, ctx) => deliveryAlerts(ctx.db) }),
  }),
});

builder.queryFields((t) => ({
  creditOutbox: t.field({ type: CreditOutbox, authScopes: { administrator: true }, resolve: (_root, _args, ctx) => outboxSummary(ctx.db) }),
}));

builder.mutationFields((t) => ({
  retryCreditDelivery: t.field({
    type: CreditDeliveryRef,
    description: 'Sends a rejected or held record again, as the data now stands, even content the platform refused (administrators): for a cause outside the hub’s data, such as the sink’s settings, once it is fixed. Corrected data needs no retry.',
    authScopes: { administrator: true },
    errors: { types: UPDATE_ERRORS, result: { name: 'RetryCreditDeliverySuccess' }, union: { name: 'RetryCreditDeliveryResult' } },
    args: { recordId: t.arg.string({ required: true }) },
    resolve: async (_root, { recordId }, ctx) =>
      ctx.db.transaction().execute(async (trx) => {
        const row = await deliveryByRecordId(trx, recordId);
        if (!row) throw new NotFoundError(recordId);
        if (row.status !== 'REJECTED' && row.status !== 'HELD') {
          throw new InvalidInputError([{ field: 'recordId', code: 'NOT_FAILED', message: `the record is ${row.status.toLowerCase()}, not rejected or held` }]);
        }
        await enqueueCreditDelivery(trx, { ...(row.license_id ? { licenseIds: [row.license_id] } : { penaltyIds: [row.penalty_id!] }), retry: true });
        return (await deliveryByRecordId(trx, recordId))!;
      }),
  }),
}));
