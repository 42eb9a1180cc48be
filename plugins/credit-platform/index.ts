import { ConfigurationError, defineSink } from '../../src/plugin-sdk/index.js';
import { creditPlatformConfigSchema } from './config.js';
import { readRecord, reconcileBatch } from './read.js';
import { submit } from './submit.js';

/**
 * 全国信用信息共享平台, 双公示 intake (contracts/credit-platform.md): 行政许可 and 行政处罚 records
 * and their withdrawals, signed, at most 500 a batch, with per-record results; the read
 * endpoint tells what the platform stored when an answer was lost.
 */
export const creditPlatform = defineSink({
  name: 'credit-platform',
  version: '1.0.0',
  description: '全国信用信息共享平台 (双公示): delivers licensing (XK) and penalty (CF) records and their withdrawals',
  configSchema: creditPlatformConfigSchema,
  maxBatchSize: 500,
  async check(config, ctx) {
    try {
      // Reading a record that does not exist proves the address and the signature (404 is fine).
      await readRecord(config, 'XK', 'CHECK-0', ctx, 2);
      return { ok: true };
    } catch (error) {
      return { ok: false, failure: error instanceof ConfigurationError ? 'CONFIGURATION' : 'TRANSIENT', message: (error as Error).message };
    }
  },
  deliver: (config, batch, ctx) => submit(config, batch, ctx),
  reconcile: (config, batch, ctx) => reconcileBatch(config, batch, ctx),
});
