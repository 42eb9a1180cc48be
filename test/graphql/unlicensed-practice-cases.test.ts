import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import { newIdNumber } from '../support/fixtures.js';
import { startTestHub, type Credentials, type TestHub } from '../support/hub.js';
import { memorySource, rawCase, testPluginRuntime, type RawCase } from '../support/plugins.js';
import { AuditLogDocument, UnlicensedPracticeCaseDocumentDocument, UnlicensedPracticeCasesDocument } from '../generated/graphql.js';
import type { PluginRuntime } from '../../src/plugin-runtime/index.js';

const data = { records: [] as RawCase[], batchSize: 50 };
let hub: TestHub;
let runtime: PluginRuntime;
const viewers: Record<string, Credentials> = {};

beforeAll(async () => {
  hub = await startTestHub({ plugins: (database) => (runtime = testPluginRuntime(database, [memorySource('registry-test', data)])) });
  data.records = [
    rawCase(1, { documentNumber: newIdNumber('320613'), regionCode: '320613', personName: '王某', kind: 'UNLICENSED_PRACTICE', decidedOn: '2024-04-01' }),
    rawCase(2, { documentNumber: '3206021980****1234', regionCode: '320682', personName: '李某某', kind: 'ILLEGAL_COSMETIC_MEDICINE', decidedOn: '2024-06-01', status: 'OPEN' }),
    rawCase(3, { documentNumber: newIdNumber('330106'), regionCode: '330106', personName: '王某', kind: 'BEYOND_SCOPE', decidedOn: '2024-05-01' }),
  ];
  expect((await runtime.run('registry-test', 'COMMAND_LINE')).status).toBe('SUCCEEDED');
  viewers.nantong = { token: await hub.token({ sub: 'nantong-inspector', role: 'regulator', jurisdictions: ['320600'] }) };
  viewers.hangzhou = { token: await hub.token({ sub: 'hangzhou-inspector', role: 'regulator', jurisdictions: ['330100'] }) };
  viewers.jiangsuSystem = { apiKey: (await createApiKey(hub.database.db, { name: '江苏省平台', provinceCode: '320000' })).key };
  viewers.administrator = { token: await hub.token({ sub: 'root', role: 'admin' }) };
  viewers.public = 'public';
});
afterAll(() => hub.close());

const caseNumbersFor = async (viewer: Credentials, filter = {}) => {
  const result = await hub.executeAs(viewer, UnlicensedPracticeCasesDocument, { filter, first: 50 });
  expect(result.errors).toBeUndefined();
  return result.data!.unlicensedPracticeCases.edges.map((e) => e.node.caseNumber).sort();
};

describe('unlicensed-practice cases in the graph', () => {
  it('are seen by the regulators of their county and their province’s system, never the public', async () => {
    expect(await caseNumbersFor(viewers.nantong!)).toEqual([data.records[0]!.caseNumber, data.records[1]!.caseNumber].sort());
    expect(await caseNumbersFor(viewers.hangzhou!)).toEqual([data.records[2]!.caseNumber]);
    expect(await caseNumbersFor(viewers.jiangsuSystem!)).toEqual([data.records[0]!.caseNumber, data.records[1]!.caseNumber].sort());
    expect(await caseNumbersFor(viewers.administrator!)).toHaveLength(3);
    expect(await caseNumbersFor(viewers.public!)).toEqual([]);
  });

  it('filter by region, kind, status, source, decision dates and name, with the fields as stored', async () => {
    const admin = viewers.administrator!;
    expect(await caseNumbersFor(admin, { regionCode: '320600' })).toHaveLength(2);
    expect(await caseNumbersFor(admin, { kinds: ['ILLEGAL_COSMETIC_MEDICINE'] })).toEqual([data.records[1]!.caseNumber]);
    expect(await caseNumbersFor(admin, { statuses: ['OPEN'] })).toEqual([data.records[1]!.caseNumber]);
    expect(await caseNumbersFor(admin, { sources: ['elsewhere'] })).toEqual([]);
    expect(await caseNumbersFor(admin, { decidedFrom: '2024-04-15', decidedUntil: '2024-05-31' })).toEqual([data.records[2]!.caseNumber]);
    expect(await caseNumbersFor(admin, { nameContains: '某某' })).toEqual([data.records[1]!.caseNumber]);
    const result = await hub.executeAs(admin, UnlicensedPracticeCasesDocument, { filter: { regionCode: '320613' }, first: 5 });
    expect(result.data!.unlicensedPracticeCases).toMatchObject({
      totalCount: 1,
      edges: [{ node: { source: 'registry-test', personName: '王某', sex: 'MALE', documentType: 'RESIDENT_ID', region: { code: '320613', name: '崇川区' }, kind: 'UNLICENSED_PRACTICE', fineYuan: '50000.00', transferredToPolice: false, status: 'CLOSED', sourceUpdatedAt: '2024-04-01T02:00:01.000Z', version: 1 } }],
    });
  });

  it('give the document number to regulators of the county only, audited; a masked number stays masked', async () => {
    const all = await hub.executeAs(viewers.administrator!, UnlicensedPracticeCasesDocument, { first: 10 });
    const idOf = (n: number) => all.data!.unlicensedPracticeCases.edges.find((e) => e.node.caseNumber === data.records[n]!.caseNumber)!.node.id;
    const read = await hub.executeAs(viewers.nantong!, UnlicensedPracticeCaseDocumentDocument, { id: idOf(0) });
    expect(read.data!.node).toMatchObject({ documentNumber: data.records[0]!.documentNumber, documentNumberMasked: false });
    const masked = await hub.executeAs(viewers.nantong!, UnlicensedPracticeCaseDocumentDocument, { id: idOf(1) });
    expect(masked.data!.node).toMatchObject({ documentNumber: '3206021980****1234', documentNumberMasked: true });
    // Another province's regulator does not see the case at all; a provincial system is refused the number.
    expect((await hub.executeAs(viewers.hangzhou!, UnlicensedPracticeCaseDocumentDocument, { id: idOf(0) })).data!.node).toBeNull();
    const system = await hub.executeAs(viewers.jiangsuSystem!, UnlicensedPracticeCaseDocumentDocument, { id: idOf(0) });
    expect(system.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const log = await hub.executeAs(viewers.administrator!, AuditLogDocument, { filter: { operations: ['READ_PERSONAL_INFORMATION'], actor: 'nantong-inspector' }, first: 10 });
    const entries = log.data!.auditLog.edges.map((e) => e.node);
    expect(entries.filter((e) => e.entityType === 'UnlicensedPracticeCase')).toHaveLength(2);
    expect(JSON.stringify(entries)).not.toContain(data.records[0]!.documentNumber as string);
  });

  it('store the number with its keyed hash for matching, and no hash for a masked number', async () => {
    const rows = await hub.database.db.selectFrom('unlicensed_practice_case').select(['document_number', 'document_number_masked', 'id_number_hash']).orderBy('case_number').execute();
    expect(rows.map((r) => [r.document_number_masked, r.id_number_hash === null])).toEqual([
      [false, false],
      [true, true],
      [false, false],
    ]);
    expect(rows.every((r) => r.id_number_hash !== r.document_number)).toBe(true);
  });
});
