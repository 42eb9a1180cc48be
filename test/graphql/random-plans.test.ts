import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawTargets, type DrawInput } from '../../src/domain/random-draw.js';
import { seedDataset } from '../../src/seed/seed.js';
import {
  CreateRandomInspectionPlanDocument,
  DrawRandomInspectionPlanDocument,
  RandomInspectionPlanDocument,
  RecordInspectionDocument,
  RegisterInspectorDocument,
} from '../generated/graphql.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { createAndDrawPlan, createPlan, drawPlan, drawPlanResult } from '../support/random-plans.js';

let hub: TestHub;
const REGION = '130000';

beforeAll(async () => {
  hub = await startTestHub();
  await seedDataset(hub.database.db, { institutions: 2000, practitioners: 0, seed: 11, batchSize: 1000, records: false });
  for (let i = 0; i < 4; i++) await hub.execute(RegisterInspectorDocument, { input: { name: `监督员${i}`, badgeNumber: `HE-R-${i}`, regionCode: '130100' } });
});
afterAll(() => hub.close());

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const targetKeys = (targets: { institution: { id: string }; inspectors: ({ id: string } | null)[] }[]) => targets.map((t) => `${t.institution.id}:${t.inspectors.map((i) => i?.id).join(',')}`);

describe('双随机: commit, then draw', () => {
  it('a plan is created with a commitment and no seed, nothing drawn; the draw reveals a seed that hashes to the commitment', async () => {
    const created = await createPlan(hub, { regionCode: REGION, name: '2024年第二季度双随机抽查' });
    expect(created).toMatchObject({ state: 'CREATED', seed: null, drawnAt: null, populationSize: null, drawInput: null, targets: [], reproducible: null, seedMatchesCommitment: null });
    expect(created.commitment).toMatch(/^[0-9a-f]{64}$/);

    const drawn = await drawPlan(hub, created.id);
    expect(drawn).toMatchObject({ state: 'DRAWN', commitment: created.commitment, seedMatchesCommitment: true, reproducible: true });
    expect(drawn.seed).toMatch(/^[0-9a-f]{64}$/);
    // Checked here without the hub's own code: SHA-256 of the seed's UTF-8 bytes.
    expect(sha256(drawn.seed!)).toBe(created.commitment);
    expect(drawn.populationSize).toBeGreaterThan(0);
    expect(drawn.targets.length).toBeGreaterThan(0);
    for (const target of drawn.targets) expect(new Set(target.inspectors.map((i) => i?.id)).size).toBe(2);
  });

  it('anyone holding the revealed input re-runs the draw and gets the stored targets and inspectors', async () => {
    const drawn = await createAndDrawPlan(hub, { regionCode: REGION });
    const input = drawn.drawInput as DrawInput;
    expect(input.seed).toBe(drawn.seed);
    expect(input.population).toHaveLength(drawn.populationSize!);
    const again = drawTargets(input).targets.map((t) => `${Buffer.from(`Institution:${t.institutionId}`).toString('base64')}:${t.inspectorIds.map((i) => Buffer.from(`Inspector:${i}`).toString('base64')).join(',')}`);
    expect(again.sort()).toEqual(targetKeys(drawn.targets).sort());
  });

  it('the caller cannot choose the seed, and no two plans share one', async () => {
    const chosen = await hub.execute(CreateRandomInspectionPlanDocument, { input: { name: '自选种子', regionCode: REGION, plannedOn: '2024-04-01', seed: 'seed-2024-Q2-jiangsu' } as never });
    expect(chosen.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const a = await createPlan(hub, { regionCode: REGION });
    const b = await createPlan(hub, { regionCode: REGION });
    expect(a.commitment).not.toBe(b.commitment);
  });

  it('a plan is drawn once: a second draw is refused and the first stands', async () => {
    const drawn = await createAndDrawPlan(hub, { regionCode: REGION });
    const again = await drawPlanResult(hub, drawn.id);
    expect(again).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'input.planId', code: 'ALREADY_DRAWN' }] });
    const { rows } = await hub.database.pool.query('SELECT count(*) FROM random_inspection_target WHERE plan_id = $1', [Buffer.from(drawn.id, 'base64').toString().split(':')[1]]);
    expect(Number(rows[0].count)).toBe(drawn.targets.length);
  });

  it('reproducible says false when a stored target no longer matches the draw', async () => {
    const drawn = await createAndDrawPlan(hub, { regionCode: REGION });
    const planId = Buffer.from(drawn.id, 'base64').toString().split(':')[1];
    await hub.database.pool.query(`UPDATE random_inspection_target SET grade = CASE grade WHEN 'A' THEN 'D' ELSE 'A' END WHERE plan_id = $1 AND institution_id = (SELECT min(institution_id) FROM random_inspection_target WHERE plan_id = $1)`, [planId]);
    const read = await hub.execute(RandomInspectionPlanDocument, { id: drawn.id });
    expect(read.data?.node).toMatchObject({ reproducible: false, seedMatchesCommitment: true });
  });

  it('refuses a draw the roster cannot staff (the plan stays undrawn), plans outside the jurisdiction, and a draw by anyone else', async () => {
    const tooMany = await createPlan(hub, { regionCode: REGION, inspectorsPerTarget: 5 });
    expect(await drawPlanResult(hub, tooMany.id)).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'input.planId', code: 'NOT_ENOUGH_INSPECTORS' }] });
    const { rows } = await hub.database.pool.query('SELECT state, seed IS NOT NULL AS has_seed FROM random_inspection_plan WHERE commitment = $1', [tooMany.commitment]);
    expect(rows).toEqual([{ state: 'CREATED', has_seed: true }]);

    const zhejiang = { token: await hub.token({ sub: 'zj', role: 'regulator', jurisdictions: ['330000'] }) };
    const outside = await hub.executeAs(zhejiang, CreateRandomInspectionPlanDocument, { input: { name: 'x', regionCode: REGION, plannedOn: '2024-04-01' } });
    expect(outside.data?.createRandomInspectionPlan).toMatchObject({ issues: [{ field: 'input.regionCode', code: 'OUT_OF_JURISDICTION' }] });
    expect(await drawPlanResult(hub, tooMany.id, zhejiang)).toMatchObject({ issues: [{ field: 'input.planId', code: 'NOT_FOUND' }] });
    const institution = { token: await hub.token({ sub: 'inst', role: 'institution', institution_id: '1' }) };
    for (const who of ['public', institution] as const) {
      expect((await hub.executeAs(who, DrawRandomInspectionPlanDocument, { input: { planId: tooMany.id } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('random inspections follow their plan', () => {
  it('records a RANDOM inspection only for a subject the plan drew', async () => {
    const drawn = await createAndDrawPlan(hub, { regionCode: REGION });
    const target = drawn.targets[0]!;
    const inspect = (subjectId: string, planId: string | null) =>
      hub.execute(RecordInspectionDocument, {
        input: { subjectId, kind: 'RANDOM', planId, inspectedOn: '2024-05-01', inspectorIds: target.inspectors.map((i) => i!.id), findings: '未见异常', result: 'COMPLIANT' },
      });
    const ok = await inspect(target.institution.id, drawn.id);
    expect(ok.data?.recordInspection).toMatchObject({ __typename: 'RecordInspectionSuccess' });
    expect((await inspect(target.institution.id, null)).data?.recordInspection).toMatchObject({ issues: [{ field: 'input.planId', code: 'PLAN_MISMATCH' }] });
    const { rows } = await hub.database.pool.query(
      `SELECT id FROM institution WHERE region_code BETWEEN '130000' AND '139999' AND id NOT IN (SELECT institution_id FROM random_inspection_target WHERE plan_id = $1) LIMIT 1`,
      [Buffer.from(drawn.id, 'base64').toString().split(':')[1]],
    );
    const undrawn = Buffer.from(`Institution:${rows[0].id}`).toString('base64');
    expect((await inspect(undrawn, drawn.id)).data?.recordInspection).toMatchObject({ issues: [{ field: 'input.planId', code: 'NOT_DRAWN' }] });
  });
});
