import { sql } from 'kysely';
import { creditPlatform } from '../../plugins/credit-platform/index.js';
import { createPluginRuntime, type PluginInstance, type PluginRuntime } from '../../src/plugin-runtime/index.js';
import { entityWriters } from '../../src/plugin-runtime/writers/index.js';
import type { SinkPlugin } from '../../src/plugin-sdk/index.js';
import { startCreditPlatformEmulator, type CreditPlatformEmulator } from '../emulators/credit-platform/index.js';
import type { TestDatabase } from './database.js';
import { RecordPenaltyDocument, RegisterLicenseDocument } from '../generated/graphql.js';
import { institutionIdentifiers, registerInstitution } from './fixtures.js';
import { startTestHub, type TestHub } from './hub.js';
import { quietLogger } from './settings.js';
import { TEST_ID_HASH_KEY } from './plugins.js';

/** The data-source unit the hub reports as (数据来源单位). */
export const SOURCE_UNIT = { sourceUnitName: '江苏省卫生健康委员会', sourceUnitUscc: '12110000400686291H' };
/** A valid USCC for issuing authorities in tests. */
export const AUTHORITY_USCC = '121100004006885458';

/**
 * The emulator seen through the hub's record ids: the platform files every record under the
 * data-source unit's code (`<USCC>-CF-12`); tests name records as the hub does (`CF-12`).
 */
function throughHubIds(emulator: CreditPlatformEmulator): CreditPlatformEmulator {
  const prefix = `${SOURCE_UNIT.sourceUnitUscc}-`;
  const hubId = (id: string) => (id.startsWith(prefix) ? id.slice(prefix.length) : id);
  const hubRecord = <R extends { ID: string } | undefined>(record: R): R => (record ? { ...record, ID: hubId(record.ID) } : record);
  return new Proxy(emulator, {
    get(target, property, receiver) {
      if (property === 'record') return (kind: 'xzxk' | 'xzcf', id: string) => hubRecord(target.record(kind, `${prefix}${id}`));
      if (property === 'records') return (kind: 'xzxk' | 'xzcf') => target.records(kind).map(hubRecord);
      if (property === 'submissions') {
        return target.submissions.map((s) => ({ ...s, ids: s.ids.map(hubId), results: s.results.map((r) => ({ ...r, ID: hubId(r.ID) })) }));
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

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
    emulator: throughHubIds(emulator),
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

let next = 1;
/** The hub's own id in a global id. */
export const localId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;

/** An institution (with its 法定代表人 unless told otherwise) and its 执业许可证, registered through the graph. */
export async function institutionWithLicense(hub: TestHub, overrides: { legalRepresentative?: string | null } = {}) {
  const ids = institutionIdentifiers();
  const institution = await registerInstitution(hub, { uscc: ids.uscc, legalRepresentative: overrides.legalRepresentative === undefined ? '张三' : overrides.legalRepresentative });
  const result = await hub.execute(RegisterLicenseDocument, {
    input: { kind: 'INSTITUTION_PRACTICE', number: ids.licenseNumber, holderId: institution.id, issuingAuthority: '南通市崇川区卫生健康委员会', issuingAuthorityUscc: AUTHORITY_USCC, validFrom: '2024-01-10', validUntil: '2029-01-09' },
  });
  const payload = result.data!.registerLicense;
  if (payload.__typename !== 'RegisterLicenseSuccess') throw new Error(JSON.stringify(result));
  return { institution, license: payload.data };
}

/** A penalty decided through the graph: by default a warning and a 2,000 yuan fine. */
export async function decidePenalty(hub: TestHub, subjectId: string, input: Record<string, unknown> = {}) {
  const result = await hub.execute(RecordPenaltyDocument, {
    input: {
      decisionNumber: `通卫医罚〔2024〕${next++}号`,
      subjectId,
      violationType: '使用非卫生技术人员从事医疗卫生技术工作',
      facts: '经查，该机构使用非卫生技术人员从事医疗卫生技术工作',
      legalBasis: '《医疗机构管理条例》第四十七条',
      categories: ['WARNING', 'FINE'],
      content: '警告，罚款贰仟元',
      fineYuan: '2000.00',
      decidedOn: '2024-05-20',
      authorityName: '南通市卫生健康委员会',
      authorityUscc: '12110000400686291H',
      severity: 'GENERAL',
      ...input,
    } as never,
  });
  const payload = result.data!.recordPenalty;
  if (payload.__typename !== 'RecordPenaltySuccess') throw new Error(JSON.stringify(result));
  return payload.data;
}
