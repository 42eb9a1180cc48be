import { sql } from 'kysely';
import pino from 'pino';
import { creditPlatform } from '../plugins/credit-platform/index.js';
import { openDatabase } from '../src/db/connect.js';
import { createPluginRuntime } from '../src/plugin-runtime/index.js';
import { enqueueAllCreditRecords } from '../src/plugin-runtime/outbox/enqueue.js';
import { entityWriters } from '../src/plugin-runtime/writers/index.js';
import { startCreditPlatformEmulator } from '../test/emulators/credit-platform/index.js';

export interface DeliveryFigures {
  records: number;
  seconds: number;
  recordsPerSecond: number;
}

/**
 * Delivery throughput: every license and penalty of the benchmark database delivered to a local
 * emulator of the credit platform (no faults), by the same runtime and sink as in production.
 * The outbox is reset first, so each run delivers everything again to an empty platform.
 */
export async function benchCreditDelivery(databaseUrl: string, log: (line: string) => void): Promise<DeliveryFigures> {
  const logger = pino({ level: 'silent' });
  const database = await openDatabase({ url: databaseUrl, poolMax: 4, reservedConnections: 0, statementTimeoutMs: 0, connectionTimeoutMs: 10_000 }, logger);
  const emulator = await startCreditPlatformEmulator();
  try {
    await database.db.transaction().execute((trx) => enqueueAllCreditRecords(trx));
    await sql`UPDATE credit_delivery SET pending = true, pending_since = clock_timestamp(), status = 'PENDING', delivered_hash = NULL, rejected_hash = NULL,
        delivered_withdrawal = NULL, rejected_withdrawal = NULL, in_doubt = NULL`.execute(database.db);
    const config = { baseUrl: emulator.baseUrl, appKey: emulator.appKey, appSecret: emulator.appSecret, sourceUnitName: '江苏省卫生健康委员会', sourceUnitUscc: '12110000400686291H' };
    const runtime = createPluginRuntime({ db: database.db, pool: database.pool, logger, writers: entityWriters({ idNumberHashKey: undefined }) }, [creditPlatform], new Map([[creditPlatform.name, { plugin: creditPlatform, config, schedule: null }]]));
    log('credit-platform delivery to a local emulator…');
    const started = performance.now();
    const outcome = await runtime.run(creditPlatform.name, 'COMMAND_LINE');
    const seconds = (performance.now() - started) / 1000;
    if (outcome.status !== 'SUCCEEDED') throw new Error(`delivery failed: ${outcome.error}`);
    const records = emulator.records('xzxk').length + emulator.records('xzcf').length;
    return { records, seconds: Math.round(seconds * 10) / 10, recordsPerSecond: Math.round(records / seconds) };
  } finally {
    await emulator.close();
    await database.close();
  }
}
