import { createPluginRuntime, type PluginInstance, type PluginRuntime } from '../../src/plugin-runtime/index.js';
import { entityWriters } from '../../src/plugin-runtime/writers/index.js';
import { defineSource, defineStream, normalize, type UnlicensedPracticeCaseRecord } from '../../src/plugin-sdk/index.js';
import type { Plugin, SourcePlugin } from '../../src/plugin-sdk/index.js';
import { z } from 'zod';
import type { Database } from '../../src/db/connect.js';
import { quietLogger } from './settings.js';

export const TEST_ID_HASH_KEY = 'test-id-number-hash-key-of-32-characters';

/** A case as a test's far side holds it: the entity's fields, before parsing. */
export type RawCase = Partial<Record<keyof UnlicensedPracticeCaseRecord, unknown>>;

export function rawCase(n: number, overrides: RawCase = {}): RawCase {
  return {
    caseNumber: `苏卫非〔2024〕${n}号`,
    personName: '王某',
    sex: 'MALE',
    documentType: 'RESIDENT_ID',
    documentNumber: '11010519491231002X',
    documentNumberMasked: false,
    regionCode: '320613',
    place: '南通市崇川区某小区',
    kind: 'UNLICENSED_PRACTICE',
    openedOn: '2024-03-05',
    decidedOn: '2024-04-01',
    decisionNumber: `通卫医罚〔2024〕${n}号`,
    content: '没收药品器械，罚款五万元',
    fineYuan: '50000',
    confiscatedYuan: null,
    transferredToPolice: false,
    status: 'CLOSED',
    sourceUpdatedAt: `2024-04-01 10:00:${String(n % 60).padStart(2, '0')}`,
    ...overrides,
  };
}

/**
 * A source plugin over an in-memory list, for runtime tests: batches of `batchSize` in list
 * order, the checkpoint being how many records were read. `failAfter` makes a read throw after
 * that many batches of this read, as a far side going away would.
 */
export function memorySource(name: string, data: { records: RawCase[]; batchSize: number; failAfter?: number; throwInRead?: Error }): SourcePlugin {
  return defineSource({
    name,
    version: '1.0.0',
    description: 'in-memory test source',
    configSchema: z.object({ token: z.string().min(1) }),
    async check(config) {
      return config.token === 'good' ? { ok: true } : { ok: false, failure: 'CONFIGURATION', message: 'token refused' };
    },
    streams: {
      cases: defineStream({
        entity: 'unlicensed-practice-case',
        async *read(_config, checkpoint) {
          let offset = typeof checkpoint === 'number' ? checkpoint : 0;
          let batches = 0;
          while (offset < data.records.length) {
            if (data.failAfter !== undefined && batches >= data.failAfter) throw data.throwInRead ?? new Error('far side went away');
            const records = data.records.slice(offset, offset + data.batchSize);
            offset += records.length;
            batches++;
            yield { records, checkpoint: offset };
          }
        },
        parse(raw) {
          const r = raw as RawCase;
          const id = normalize.residentIdNumber(r.documentNumber, 'documentNumber');
          return {
            ...(r as UnlicensedPracticeCaseRecord),
            documentNumber: id.kind === 'ABSENT' ? null : id.number,
            documentNumberMasked: id.kind === 'MASKED',
            fineYuan: normalize.yuan(r.fineYuan, 'fineYuan'),
            sourceUpdatedAt: normalize.beijingTimestamp(r.sourceUpdatedAt, 'sourceUpdatedAt'),
          };
        },
        key: (record) => record.caseNumber,
      }),
    },
  });
}

/** A runtime over `plugins`, each configured (by default with token `good`) with no schedule; HTTP waits kept short. */
export function testPluginRuntime(
  database: Database,
  plugins: Plugin[],
  options: { hashKey?: string; configs?: Record<string, unknown>; schedules?: Record<string, string> } = {},
): PluginRuntime {
  const instances = new Map<string, PluginInstance>(
    plugins.map((plugin) => [plugin.name, { plugin, config: options.configs?.[plugin.name] ?? { token: 'good' }, schedule: options.schedules?.[plugin.name] ?? null }]),
  );
  const writers = entityWriters({ idNumberHashKey: options.hashKey ?? TEST_ID_HASH_KEY });
  const http = { timeoutMs: 2_000, initialDelayMs: 5, maxDelayMs: 200, maxAttempts: 12, breakerThreshold: 1_000 };
  return createPluginRuntime({ db: database.db, pool: database.pool, logger: quietLogger, writers, http }, plugins, instances);
}
