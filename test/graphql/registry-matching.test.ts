import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PluginRuntime } from '../../src/plugin-runtime/index.js';
import { newIdNumber, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { memorySource, rawCase, testPluginRuntime, type RawCase } from '../support/plugins.js';
import { runQueuedMatching } from '../support/registry-matching.js';
import {
  CaseSeriousnessDocument,
  RegistryMatchesDocument,
  RegistryMatchNodeDocument,
  RematchRegistryDocument,
  ReviewRegistryMatchDocument,
  SeriousCasesDocument,
  type RegistryMatchFilter,
} from '../generated/graphql.js';

/** Two provinces' registries, each with its own way of writing ID numbers. */
const jiangsu = { records: [] as RawCase[], batchSize: 50 };
const zhejiang = { records: [] as RawCase[], batchSize: 50 };

let hub: TestHub;
let runtime: PluginRuntime;
let nantong: { token: string };
let hangzhou: { token: string };
let beijing: { token: string };
let admin: { token: string };

beforeAll(async () => {
  hub = await startTestHub({
    plugins: (database) => (runtime = testPluginRuntime(database, [memorySource('jiangsu', jiangsu), memorySource('zhejiang', zhejiang)])),
  });
  nantong = { token: await hub.token({ sub: 'nantong', role: 'regulator', jurisdictions: ['320613'] }) };
  hangzhou = { token: await hub.token({ sub: 'hangzhou', role: 'regulator', jurisdictions: ['330102'] }) };
  beijing = { token: await hub.token({ sub: 'beijing', role: 'regulator', jurisdictions: ['110000'] }) };
  admin = { token: await hub.token({ sub: 'root', role: 'admin' }) };
});
afterAll(() => hub.close());

/** Syncs both registries, then works the matching jobs their batches queued. */
async function syncAndMatch() {
  for (const plugin of ['jiangsu', 'zhejiang']) {
    const outcome = await runtime.run(plugin, 'ON_DEMAND');
    expect(outcome.status).toBe('SUCCEEDED');
  }
  await runQueuedMatching(hub.database);
}

/** An unused ID number ending in X, so its lowercase form can be sent. */
function numberEndingInX(region: string): string {
  for (;;) {
    const n = newIdNumber(region);
    if (n.endsWith('X')) return n;
  }
}
const fifteenDigitsOf = (n: string) => n.slice(0, 6) + n.slice(8, 17);
const fullWidth = (n: string) => n.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

async function matches(credentials: { token: string }, filter: RegistryMatchFilter = {}) {
  const result = await hub.executeAs(credentials, RegistryMatchesDocument, { filter, first: 100 });
  expect(result.errors).toBeUndefined();
  return result.data!.registryMatches.edges.map((e) => e.node);
}

async function casesNamed(caseNumbers: string[]) {
  const result = await hub.execute(CaseSeriousnessDocument, { filter: {} });
  expect(result.errors).toBeUndefined();
  const byNumber = new Map(result.data!.unlicensedPracticeCases.edges.map((e) => [e.node.caseNumber, e.node]));
  return caseNumbers.map((n) => byNumber.get(n)!);
}

let n = 0;
const caseOf = (overrides: RawCase) => rawCase(++n, { caseNumber: `案〔2024〕${n}号`, sourceUpdatedAt: '2024-05-01 09:00:00', ...overrides });

// One person (李明) written four ways across two provinces, and registered as a physician.
const li = numberEndingInX('320613');
const liJiangsu = caseOf({ personName: '李明', documentNumber: `${li.slice(0, 6)} ${li.slice(6, 14)} ${li.slice(14).toLowerCase()}`, regionCode: '320613' });
const liZhejiang15 = caseOf({ personName: '李明', documentNumber: fifteenDigitsOf(li), regionCode: '330102' });
const liZhejiangFullWidth = caseOf({ personName: '李明', documentNumber: fullWidth(li), regionCode: '330102' });
// The same name and what the mask keeps of his number: a weak match only.
const liMasked = caseOf({ personName: '李明', documentNumber: `${li.slice(0, 6)}********${li.slice(14)}`, regionCode: '330102' });
// The same name, but the digits the mask keeps differ: not him.
const otherLi = caseOf({ personName: '李明', documentNumber: `${li.slice(0, 6)}********${li.slice(14, 17) === '000' ? '1111' : '0000'}`, regionCode: '330102' });

describe('上网比对 across plugins and provinces', () => {
  it('matches one person however each registry writes his number, and a registered physician most urgently', async () => {
    await registerPractitioner(hub, { name: '李明', idNumber: li, regionCode: '320613' });
    jiangsu.records.push(liJiangsu);
    zhejiang.records.push(liZhejiang15, liZhejiangFullWidth, liMasked, otherLi);
    await syncAndMatch();

    const strongPractitioner = await matches(admin, { kinds: ['PRACTITIONER'], strengths: ['STRONG'] });
    expect(strongPractitioner.map((m) => m.case!.caseNumber).sort()).toEqual(
      [liJiangsu, liZhejiang15, liZhejiangFullWidth].map((c) => c.caseNumber as string).sort(),
    );
    expect(strongPractitioner.every((m) => m.priority === 'URGENT' && m.practitioner?.name === '李明')).toBe(true);

    const strongCases = await matches(admin, { kinds: ['CASE'], strengths: ['STRONG'] });
    const pairs = strongCases.map((m) => [m.case!.caseNumber, m.otherCase!.caseNumber].sort().join(' & ')).sort();
    const [a, b, c] = [liJiangsu, liZhejiang15, liZhejiangFullWidth].map((x) => x.caseNumber as string);
    expect(pairs).toEqual([[a, b], [a, c], [b, c]].map((p) => p.sort().join(' & ')).sort());
    expect(strongCases.find((m) => m.case!.source !== m.otherCase!.source)?.jurisdictions.map((j) => j.code).sort()).toEqual(['320613', '330102']);
  });

  it('keeps weak matches apart: the masked case is matched weakly, never strongly, and a disagreeing mask not at all', async () => {
    const weak = await matches(admin, { strengths: ['WEAK'] });
    const involved = (m: (typeof weak)[number]) => [m.case?.caseNumber, m.otherCase?.caseNumber];
    expect(weak.length).toBe(4); // with the physician and with each of his three cases
    expect(weak.every((m) => involved(m).includes(liMasked.caseNumber as string))).toBe(true);
    expect(weak.filter((m) => m.kind === 'PRACTITIONER')).toHaveLength(1);

    const strong = await matches(admin, { strengths: ['STRONG'] });
    expect(strong.some((m) => involved(m).includes(liMasked.caseNumber as string))).toBe(false);
    const all = await matches(admin, { includeWithdrawn: true });
    expect(all.some((m) => involved(m).includes(otherLi.caseNumber as string))).toBe(false);
  });

  it('shows an alert to the regulators of both jurisdictions, each seeing only his own side, and to nobody else', async () => {
    const crossProvince = (await matches(admin, { kinds: ['CASE'], strengths: ['STRONG'] })).find((m) => m.case!.source !== m.otherCase!.source)!;
    const jiangsuSide = crossProvince.case!.source === 'jiangsu' ? 'case' : 'otherCase';
    const zhejiangSide = jiangsuSide === 'case' ? 'otherCase' : 'case';

    const seenInNantong = (await matches(nantong)).find((m) => m.id === crossProvince.id)!;
    expect(seenInNantong[jiangsuSide]).not.toBeNull();
    expect(seenInNantong[zhejiangSide]).toBeNull();
    const seenInHangzhou = (await matches(hangzhou)).find((m) => m.id === crossProvince.id)!;
    expect(seenInHangzhou[zhejiangSide]).not.toBeNull();
    expect(seenInHangzhou[jiangsuSide]).toBeNull();

    expect(await matches(beijing)).toEqual([]);
    const node = await hub.executeAs(beijing, RegistryMatchNodeDocument, { id: crossProvince.id });
    expect(node.data?.node).toBeNull();
    const asPublic = await hub.executeAs('public', RegistryMatchesDocument, { filter: {} });
    expect(asPublic.data?.registryMatches.edges ?? []).toEqual([]);
  });

  it('lets a regulator involved acknowledge or dismiss an alert with a reason, audited; others cannot', async () => {
    const [alert] = await matches(nantong, { kinds: ['PRACTITIONER'], strengths: ['STRONG'] });
    const refused = await hub.executeAs(beijing, ReviewRegistryMatchDocument, { input: { id: alert!.id, version: alert!.version, decision: 'DISMISSED', reason: '非本辖区' } });
    expect(refused.data?.reviewRegistryMatch.__typename).toBe('NotFoundError');

    const result = await hub.executeAs(nantong, ReviewRegistryMatchDocument, { input: { id: alert!.id, version: alert!.version, decision: 'ACKNOWLEDGED', reason: '已立案调查超范围执业' } });
    const payload = result.data!.reviewRegistryMatch;
    if (payload.__typename !== 'ReviewRegistryMatchSuccess') throw new Error(JSON.stringify(result));
    expect(payload.data).toMatchObject({ status: 'ACKNOWLEDGED', reviewReason: '已立案调查超范围执业', reviewedBy: 'nantong', reviews: [{ decision: 'ACKNOWLEDGED' }] });

    const stale = await hub.executeAs(nantong, ReviewRegistryMatchDocument, { input: { id: alert!.id, version: alert!.version, decision: 'DISMISSED', reason: '重复' } });
    expect(stale.data?.reviewRegistryMatch.__typename).toBe('VersionConflictError');
    const audited = await hub.database.db.selectFrom('audit_log').selectAll().where('operation', '=', 'REVIEW_REGISTRY_MATCH').execute();
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actor: 'nantong', entity_type: 'RegistryMatch', jurisdictions: ['320613'] });
  });

  it('matches a practitioner registered after the case in the same transaction', async () => {
    const wang = newIdNumber('320613');
    jiangsu.records.push(caseOf({ personName: '王芳', documentNumber: wang, regionCode: '320613' }));
    await syncAndMatch();
    expect(await matches(admin, { kinds: ['PRACTITIONER'] })).toHaveLength(4);
    await registerPractitioner(hub, { name: '王芳', idNumber: wang, regionCode: '320613' });
    // No job has run: the registration itself matched.
    const found = await matches(admin, { kinds: ['PRACTITIONER'] });
    expect(found.filter((m) => m.practitioner?.name === '王芳').map((m) => m.strength)).toEqual(['STRONG']);
  });

  it('hashes practitioners stored without the hash before matching them (the key is never in the database)', async () => {
    const zhao = newIdNumber('330102');
    await hub.database.db.insertInto('practitioner').values({ name: '赵强', id_number: zhao, profession: 'PHYSICIAN', region_code: '330102' }).execute();
    zhejiang.records.push(caseOf({ personName: '赵强', documentNumber: zhao, regionCode: '330102' }));
    await syncAndMatch();
    const found = (await matches(hangzhou, { kinds: ['PRACTITIONER'] })).filter((m) => m.practitioner?.name === '赵强');
    expect(found.map((m) => m.strength)).toEqual(['STRONG']);
  });
});

describe('情节严重', () => {
  const zhou = newIdNumber('320613');
  const first = caseOf({ personName: '周某', documentNumber: zhou, regionCode: '330102', openedOn: '2021-11-01', decidedOn: '2022-01-10' });
  const second = caseOf({ personName: '周某', documentNumber: fifteenDigitsOf(zhou), regionCode: '320613', openedOn: '2022-12-01', decidedOn: '2023-02-01' });
  const third = caseOf({ personName: '周某', documentNumber: zhou, regionCode: '320613', openedOn: '2024-03-01', decidedOn: null, status: 'OPEN', transferredToPolice: false });

  it('flags the case found after exactly two earlier penalties, not the one after a single penalty', async () => {
    zhejiang.records.push(first);
    jiangsu.records.push(second, third);
    await syncAndMatch();
    const [one, two, three] = await casesNamed([first, second, third].map((c) => c.caseNumber as string));
    expect(one!.seriousCircumstances).toBe(false);
    expect(two!.seriousCircumstances).toBe(false);
    expect(three!).toMatchObject({ seriousCircumstances: true, awaitingPoliceTransfer: true, transferredToPolice: false });
    expect(three!.priorPenalties.map((p) => [p.source, p.region.code, p.decidedOn])).toEqual([
      ['zhejiang', '330102', '2022-01-10'],
      ['jiangsu', '320613', '2023-02-01'],
    ]);
    const serious = await hub.executeAs(nantong, SeriousCasesDocument, { regionCode: '320600' });
    expect(serious.data!.seriousCases.edges.map((e) => e.node.caseNumber)).toEqual([third.caseNumber]);
    const elsewhere = await hub.executeAs(hangzhou, SeriousCasesDocument, { regionCode: '330100' });
    expect(elsewhere.data!.seriousCases.edges).toEqual([]);
  });

  it('removes the flag, and withdraws the alerts, when an earlier case is revoked', async () => {
    const revoked = { ...first, status: 'REVOKED', sourceUpdatedAt: '2024-06-01 09:00:00' };
    zhejiang.records.push(revoked); // the registry sends the case again, now revoked
    await syncAndMatch();
    const [, , three] = await casesNamed([first, second, third].map((c) => c.caseNumber as string));
    expect(three).toMatchObject({ seriousCircumstances: false, awaitingPoliceTransfer: false, priorPenalties: [] });
    const serious = await hub.executeAs(nantong, SeriousCasesDocument, { regionCode: '320600' });
    expect(serious.data!.seriousCases.edges).toEqual([]);
    const withdrawn = (await matches(admin, { includeWithdrawn: true })).filter((m) => m.withdrawnAt !== null);
    expect(withdrawn.length).toBe(2); // the revoked case with each of the other two
    expect(withdrawn.every((m) => m.withdrawnReason === 'CASE_REVOKED')).toBe(true);
  });

  it('gives the same alerts and flags again after a full re-match, without duplicates', async () => {
    const before = await matches(admin, { includeWithdrawn: true });
    const result = await hub.executeAs(admin, RematchRegistryDocument, {});
    expect(result.data?.rematchRegistry.__typename).toBe('RematchRegistrySuccess');
    await runQueuedMatching(hub.database);
    const after = await matches(admin, { includeWithdrawn: true });
    const shape = (list: typeof before) => list.map((m) => [m.id, m.kind, m.strength, m.withdrawnReason]).sort();
    expect(shape(after)).toEqual(shape(before));
    const flagged = await hub.database.db.selectFrom('police_transfer_flag').select('case_id').execute();
    expect(flagged).toEqual([]);
  });
});
