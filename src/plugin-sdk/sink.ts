import type { z } from 'zod';
import type { CheckResult, PluginContext } from './plugin.js';

/**
 * Sinks: plugins that deliver the hub's records to a far side. The runtime owns the outbox,
 * the mapping of hub decisions to outgoing records, delivery state and the order of sends; a
 * sink only speaks the far side's protocol, and reports per record what the far side answered.
 * It confirms only what the far side said it stored.
 */

/** 双公示 record kinds: 行政许可 and 行政处罚. */
export type CreditRecordKind = 'XK' | 'CF';

/** Why a record stops being published, in the platform's words. */
export type WithdrawalReason = '决定撤销' | '信用修复' | '公示期满';

/**
 * One outgoing record: the platform's fields (`XK_…` or `CF_…`) as the hub derives them,
 * without those naming the data-source unit, which are the sink's configuration.
 */
export interface CreditRecord {
  kind: CreditRecordKind;
  /** The record's `ID`, the same for ever for the same decision. */
  id: string;
  fields: Record<string, string>;
}

export interface CreditWithdrawal {
  kind: CreditRecordKind;
  id: string;
  reason: WithdrawalReason;
  /** yyyy-MM-dd */
  date: string;
}

/** One batch: one kind, one operation (the platform has an endpoint for each), at most `maxBatchSize` items. */
export type SinkBatch =
  | { kind: CreditRecordKind; operation: 'UPSERT'; records: CreditRecord[] }
  | { kind: CreditRecordKind; operation: 'WITHDRAW'; withdrawals: CreditWithdrawal[] };

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * What the far side answered for one item. DUPLICATE: it already held exactly this content (a
 * resend after a lost answer). REJECTED: a data error; resending it unchanged will not help.
 */
export type DeliveryResult =
  | { id: string; outcome: 'ACCEPTED' | 'UPDATED' | 'DUPLICATE' | 'WITHDRAWN' }
  | { id: string; outcome: 'REJECTED'; errors: FieldProblem[] };

/** The far side's copy of an item whose answer never came, compared with what was sent. */
export interface ReconcileResult {
  id: string;
  /** The far side holds a record under this ID. */
  present: boolean;
  /** Its content is what the hub sent (with the sink's own fields), so an upsert took effect. */
  sameContent: boolean;
  /** It is withdrawn, and how. */
  withdrawn: { reason: string; date: string } | null;
}

export interface SinkPlugin<Config = any> {
  kind: 'sink';
  name: string;
  version: string;
  description: string;
  configSchema: z.ZodType<Config>;
  /** A cheap probe of reachability and credentials. Answers, never throws. */
  check(config: Config, ctx: PluginContext): Promise<CheckResult>;
  /** The most items the far side takes in one batch. */
  maxBatchSize: number;
  /**
   * Sends one batch and returns one result per item, in any order. Throws ConfigurationError
   * when the far side refuses the credentials (nothing is sent after that), TransientError when
   * it stayed unavailable after retries: the runtime then treats the batch as in doubt.
   * An item missing from the answer is in doubt too.
   */
  deliver(config: Config, batch: SinkBatch, ctx: PluginContext): Promise<DeliveryResult[]>;
  /**
   * Reads the far side's copy of items whose answer never came (a crash, or retries exhausted),
   * so the runtime can tell what was stored instead of sending blindly. One result per item.
   */
  reconcile(config: Config, batch: SinkBatch, ctx: PluginContext): Promise<ReconcileResult[]>;
}

/** A sink plugin, typed from its config schema. */
export function defineSink<Schema extends z.ZodType>(plugin: Omit<SinkPlugin<z.infer<Schema>>, 'kind' | 'configSchema'> & { configSchema: Schema }): SinkPlugin<z.infer<Schema>> {
  return { ...plugin, configSchema: plugin.configSchema as z.ZodType<z.infer<Schema>>, kind: 'sink' };
}
