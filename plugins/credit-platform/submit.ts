import { randomBytes } from 'node:crypto';
import { TransientError, type DeliveryResult, type PluginContext, type SinkBatch } from '../../src/plugin-sdk/index.js';
import type { CreditPlatformConfig } from './config.js';
import { BatchTooLargeError, envelopeOf, refuse } from './envelope.js';
import { hubIdOf, platformId, withSourceUnit } from './records.js';
import { signedRequest } from './signing.js';

const OUTCOMES = new Set(['ACCEPTED', 'UPDATED', 'DUPLICATE', 'WITHDRAWN', 'REJECTED']);

const endpoint = (batch: SinkBatch) => `/api/v2/${batch.kind === 'XK' ? 'xzxk' : 'xzcf'}/${batch.operation === 'UPSERT' ? 'records' : 'withdrawals'}`;

function batchNo(config: CreditPlatformConfig, now: Date): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `${config.sourceUnitUscc}-${stamp}-${randomBytes(4).toString('hex')}`;
}

function bodyOf(config: CreditPlatformConfig, batch: SinkBatch, number: string): string {
  if (batch.operation === 'UPSERT') return JSON.stringify({ batchNo: number, records: batch.records.map((r) => withSourceUnit(config, r)) });
  return JSON.stringify({ batchNo: number, items: batch.withdrawals.map((w) => ({ ID: platformId(config, w.id), reason: w.reason, date: w.date })) });
}

/** The per-record results of a 200; an item with no readable result is left out (it stays in doubt). */
function resultsOf(config: CreditPlatformConfig, data: unknown): DeliveryResult[] {
  const results = (data as { results?: unknown } | null)?.results;
  if (!Array.isArray(results)) throw new TransientError('the platform answered 200 without per-record results');
  const out: DeliveryResult[] = [];
  for (const item of results) {
    const { ID: sentId, status, errors } = (item ?? {}) as { ID?: unknown; status?: unknown; errors?: unknown };
    const ID = typeof sentId === 'string' ? hubIdOf(config, sentId) : null;
    if (ID === null || typeof status !== 'string' || !OUTCOMES.has(status)) continue;
    if (status === 'REJECTED') {
      const list = Array.isArray(errors) ? errors : [];
      out.push({ id: ID, outcome: 'REJECTED', errors: list.map((e) => ({ field: String((e as { field?: unknown })?.field ?? ''), message: String((e as { message?: unknown })?.message ?? '') })) });
    } else out.push({ id: ID, outcome: status as 'ACCEPTED' });
  }
  return out;
}

async function submitOnce(config: CreditPlatformConfig, batch: SinkBatch, ctx: PluginContext): Promise<DeliveryResult[]> {
  // One batch number and one body for every attempt: a resend is the same batch, freshly signed.
  const body = bodyOf(config, batch, batchNo(config, ctx.clock.now()));
  return ctx.http.request(
    () => signedRequest(config, 'POST', endpoint(batch), body, ctx.clock.now()),
    (response) => {
      const envelope = envelopeOf(response);
      if (response.status !== 200 || envelope?.code !== '0000') {
        if (response.status === 200 && envelope && envelope.code !== '1001') throw new TransientError(`the platform answered code ${envelope.code}: ${envelope.message}`);
        refuse(response, envelope, `${endpoint(batch)}`);
      }
      return resultsOf(config, envelope.data);
    },
  );
}

const sizeOf = (batch: SinkBatch) => (batch.operation === 'UPSERT' ? batch.records.length : batch.withdrawals.length);

function halves(batch: SinkBatch): [SinkBatch, SinkBatch] {
  if (batch.operation === 'UPSERT') {
    const mid = Math.ceil(batch.records.length / 2);
    return [{ ...batch, records: batch.records.slice(0, mid) }, { ...batch, records: batch.records.slice(mid) }];
  }
  const mid = Math.ceil(batch.withdrawals.length / 2);
  return [{ ...batch, withdrawals: batch.withdrawals.slice(0, mid) }, { ...batch, withdrawals: batch.withdrawals.slice(mid) }];
}

/** Submits a batch; on 413 the platform takes less than was sent, so it goes again in halves. */
export async function submit(config: CreditPlatformConfig, batch: SinkBatch, ctx: PluginContext): Promise<DeliveryResult[]> {
  try {
    return await submitOnce(config, batch, ctx);
  } catch (error) {
    if (!(error instanceof BatchTooLargeError)) throw error;
    if (sizeOf(batch) === 1) {
      const id = batch.operation === 'UPSERT' ? batch.records[0]!.id : batch.withdrawals[0]!.id;
      return [{ id, outcome: 'REJECTED', errors: [{ field: 'ID', message: 'the platform refuses even this one record as too large (HTTP 413)' }] }];
    }
    ctx.logger.warn({ size: sizeOf(batch) }, 'batch too large for the platform: splitting it');
    const [first, second] = halves(batch);
    return [...(await submit(config, first, ctx)), ...(await submit(config, second, ctx))];
  }
}
