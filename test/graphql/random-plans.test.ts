import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../src/seed/seed.js';
import {
  CreateRandomInspectionPlanDocument,
  RecordInspectionDocument,
  RecordInspectorConflictDocument,
  RegisterInspectorDocument,
  type CreateRandomInspectionPlanInput,
} from '../generated/graphql.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
const inspectors: string[] = [];
const REGION = '130000';

beforeAll(async () => {
  hub = await startTestHub();
  await seedDataset(hub.database.db, { institutions: 2000, practitioners: 0, seed: 11, batchSize: 1000, records: false });
  for (let i = 0; i < 4; i++) {
    const r = await hub.execute(RegisterInspectorDocument, { input: { name: `监督员${i}`, badgeNumber: `HE-R-${i}`, regionCode: '130100' } });
    inspectors.push((r.data?.registerInspector as { data: { id: string } }).data.id);
  }
});
afterAll(() => hub.close());

async function plan(input: Partial<CreateRandomInspectionPlanInput>) {
  const result = await hub.execute(CreateRandomInspectionPlanDocument, { input: { name: '2024年第二季度双随机抽查', regionCode: REGION, plannedOn: '2024-04-01', ...input } });
  expect(result.errors).toBeUndefined();
  return result.data!.createRandomInspectionPlan;
}
const success = (p: Awaited<ReturnType<typeof plan>>) => {
  if (p.__typename !== 'CreateRandomInspectionPlanSuccess') throw new Error(JSON.stringify(p));
  return p.data;
};

describe('random inspection plans (双随机、一公开)', () => {
  it('draws the same targets and inspectors again from the same seed, and proves it', async () => {
    const first = success(await plan({ seed: 'seed-2024-Q2-jiangsu' }));
    const second = success(await plan({ seed: 'seed-2024-Q2-jiangsu' }));
    expect(first.populationSize).toBeGreaterThan(0);
    expect(first.targets.length).toBeGreaterThan(0);
    expect(second.targets).toEqual(first.targets);
    expect(first.reproducible).toBe(true);
    const other = success(await plan({ seed: 'seed-2024-Q3-jiangsu' }));
    expect(other.targets).not.toEqual(first.targets);
    for (const target of first.targets) {
      expect(target.inspectors).toHaveLength(2);
      expect(new Set(target.inspectors.map((i) => i?.id)).size).toBe(2);
    }
  });

  it('records a generated seed when none is given', async () => {
    const drawn = success(await plan({}));
    expect(drawn.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(drawn.reproducible).toBe(true);
  });

  it('never sends an inspector to an institution he has a conflict with', async () => {
    const before = success(await plan({ seed: 'conflict-check-seed' }));
    const target = before.targets[0]!;
    const conflicted = target.inspectors[0]!.id;
    await hub.execute(RecordInspectorConflictDocument, { input: { inspectorId: conflicted, institutionId: target.institution.id, reason: '曾在该机构任职' } });
    const after = success(await plan({ seed: 'conflict-check-seed' }));
    const redrawn = after.targets.find((t) => t.institution.id === target.institution.id)!;
    expect(redrawn.inspectors.map((i) => i?.id)).not.toContain(conflicted);
    expect(after.reproducible).toBe(true);
  });

  it('refuses a plan the roster cannot staff, and regions outside the jurisdiction', async () => {
    const tooMany = await plan({ seed: 'staffing-seed-1', inspectorsPerTarget: 5 });
    expect(tooMany).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'input.inspectorsPerTarget', code: 'NOT_ENOUGH_INSPECTORS' }] });
    const zhejiang = { token: await hub.token({ sub: 'zj', role: 'regulator', jurisdictions: ['330000'] }) };
    const outside = await hub.executeAs(zhejiang, CreateRandomInspectionPlanDocument, { input: { name: 'x', regionCode: REGION, plannedOn: '2024-04-01' } });
    expect(outside.data?.createRandomInspectionPlan).toMatchObject({ issues: [{ field: 'input.regionCode', code: 'OUT_OF_JURISDICTION' }] });
    const { rows } = await hub.database.pool.query(`SELECT count(*) FROM random_inspection_plan WHERE seed = 'staffing-seed-1'`);
    expect(Number(rows[0].count)).toBe(0);
  });
});

describe('random inspections follow their plan', () => {
  it('records a RANDOM inspection only for a subject the plan drew', async () => {
    const drawn = success(await plan({ seed: 'follow-up-seed-2024' }));
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
