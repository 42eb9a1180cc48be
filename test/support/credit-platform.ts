import { sql } from 'kysely';
import { creditPlatform } from '../../plugins/credit-platform/index.js';
import { createPluginRuntime, type PluginInstance, type PluginRuntime } from '../../src/plugin-runtime/index.js';
import { entityWriters } from '../../src/plugin-runtime/writers/index.js';
import type { SinkPlugin } from '../../src/plugin-sdk/index.js';
import { startCreditPlatformEmulator, type CreditPlatformEmulator } from '../emulators/credit-platform/index.js';
import type { TestDatabase } from './database.js';
import { startTestHub, type TestHub } from './hub.js';
import { quietLogger } from './settings.js';
import { TEST_ID_HASH_KEY } from './plugins.js';

/** The data-source unit the hub reports as (数据来源单位). */
export const SOURCE_UNIT = { sourceUnitName: '江苏省卫生健康委员会', sourceUnitUscc: '12110000400686291H' };
/** A valid USCC for issuing authorities in tests. */
export const AUTHORITY_USCC = '121100004006885458';

export interface CreditPlatformSetup {
  hub: TestHub;
  emulator: CreditPlatformEmulator;
  runtime: () => PluginRuntime;
  /** Replaces the sink's settings (a wrong secret, another address) for the next runs. */
  configure(overrides: Partial<Record<string, string>>): void;
  deliver(): ReturnType<PluginRuntime['run']>;
  outbox(): Promise<{ record_id: string; status: string; pending: boolean; in_doubt: unknown; held_reason: string | null; rejection_errors: unknown }[]>;
  close(): Promise<void>;
}

/** A test hub whose runtime has the credit-platform sink configured against a fresh emulator, with short HTTP back-off. */
export async function startCreditPlatformSetup(options: { plugin?: SinkPlugin; timeoutMs?: number; maxAttempts?: number } = {}): Promise<CreditPlatformSetup> {
  const emulator = await startCreditPlatformEmulator();
  let config: Record<string, string> = { baseUrl: emulator.baseUrl, appKey: emulator.appKey, appSecret: emulator.appSecret, ...SOURCE_UNIT };
  const plugin = options.plugin ?? creditPlatform;
  let current: PluginRuntime | undefined;
  let database!: TestDatabase;
  const build = () => {
    const instances = new Map<string, PluginInstance>([[plugin.name, { plugin, config: plugin.configSchema.parse(config), schedule: null }]]);
    current = createPluginRuntime(
      {
        db: database.db,
        pool: database.pool,
        logger: quietLogger,
        writers: entityWriters({ idNumberHashKey: TEST_ID_HASH_KEY }),
        http: { timeoutMs: options.timeoutMs ?? 2_000, initialDelayMs: 5, maxDelayMs: 50, maxAttempts: options.maxAttempts ?? 8, breakerThreshold: 1_000 },
      },
      [plugin],
      instances,
    );
    return current;
  };
  const hub = await startTestHub({
    plugins: (db) => {
      database = db;
      return build();
    },
  });
  return {
    hub,
    emulator,
    runtime: () => current!,
    configure(overrides) {
      config = { ...config, ...(overrides as Record<string, string>) };
      build();
    },
    deliver: () => current!.run(plugin.name, 'COMMAND_LINE'),
    outbox: async () =>
      (await sql<any>`SELECT record_id, status, pending, in_doubt, held_reason, rejection_errors FROM credit_delivery ORDER BY record_id`.execute(hub.database.db)).rows,
    async close() {
      await emulator.close();
      await hub.close();
    },
  };
}
