import type { CreditRecordKind, PluginContext, ReconcileResult, SinkBatch } from '../../src/plugin-sdk/index.js';
import type { CreditPlatformConfig } from './config.js';
import { envelopeOf, refuse } from './envelope.js';
import { holdsAsSent, platformId } from './records.js';
import { signedRequest } from './signing.js';

/** The platform's copy of one record: absent, or its fields and whether (and how) it is withdrawn. */
export type PlatformCopy = { present: false } | { present: true; fields: Record<string, unknown>; withdrawn: { reason: string; date: string } | null };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The contract names the read endpoint ("the platform's copy and its state") but not its shape:
 * the copy is taken from `record` (or `content`, or the data itself), the state from `state`
 * (or `status`) and `withdrawal`.
 */
function copyOf(data: unknown): PlatformCopy {
  if (!isObject(data)) return { present: false };
  const fields = isObject(data.record) ? data.record : isObject(data.content) ? data.content : data;
  const state = String(data.state ?? data.status ?? '');
  const withdrawal = isObject(data.withdrawal) ? data.withdrawal : null;
  const withdrawn = withdrawal || /WITHDRAWN|撤销|撤回/i.test(state) ? { reason: String(withdrawal?.reason ?? ''), date: String(withdrawal?.date ?? '') } : null;
  return { present: true, fields, withdrawn };
}

export async function readRecord(config: CreditPlatformConfig, kind: CreditRecordKind, id: string, ctx: PluginContext, maxAttempts?: number): Promise<PlatformCopy> {
  const path = `/api/v2/${kind === 'XK' ? 'xzxk' : 'xzcf'}/records/${encodeURIComponent(platformId(config, id))}`;
  return ctx.http.request(
    () => signedRequest(config, 'GET', path, '', ctx.clock.now()),
    (response) => {
      const envelope = envelopeOf(response);
      if (response.status === 200 && envelope?.code === '0000') return copyOf(envelope.data);
      // 404 (code 1004): the platform holds no such record, one only ever rejected included.
      if (response.status === 404 && envelope?.code !== '1006') return { present: false };
      return refuse(response, envelope, `GET ${path}`);
    },
    maxAttempts === undefined ? undefined : { maxAttempts },
  );
}

const CONCURRENT_READS = 8;

/** The platform's copy of each item of a batch whose answer never came, compared with what was sent. */
export async function reconcileBatch(config: CreditPlatformConfig, batch: SinkBatch, ctx: PluginContext): Promise<ReconcileResult[]> {
  const items = batch.operation === 'UPSERT' ? batch.records.map((r) => ({ id: r.id, record: r })) : batch.withdrawals.map((w) => ({ id: w.id, record: null }));
  const results: ReconcileResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      const copy = await readRecord(config, batch.kind, item.id, ctx);
      results.push(
        copy.present
          ? { id: item.id, present: true, sameContent: item.record ? holdsAsSent(config, item.record, copy.fields) : false, withdrawn: copy.withdrawn }
          : { id: item.id, present: false, sameContent: false, withdrawn: null },
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, items.length) }, worker));
  return results;
}
