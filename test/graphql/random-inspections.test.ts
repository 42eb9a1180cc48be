import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../src/domain/today.js';
import {
  CreateRandomInspectionPlanDocument,
  DiscloseRecordDocument,
  RecordInspectionDocument,
  RandomInspectionPlansDocument,
  RecordInspectorConflictDocument,
  RegisterInspectorDocument,
} from '../generated/graphql.js';
import { institutionIdentifiers, registerInstitution } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

// A county of its own, so the population is exactly what this test registers.
const REGION = '130105';

describe('双随机 at its edges', () => {
  it('a population that is not empty draws at least one target; the inspection is by the drawn inspectors, none conflicted', async () => {
    const site = await registerInstitution(hub, { regionCode: REGION, uscc: institutionIdentifiers(REGION).uscc, name: '唯一的诊所' });
    const inspectors: string[] = [];
    for (const badge of ['HB-01', 'HB-02', 'HB-03', 'HB-04']) {
      const r = await hub.execute(RegisterInspectorDocument, { input: { name: badge, badgeNumber: badge, regionCode: REGION } });
      inspectors.push((r.data?.registerInspector as { data: { id: string } }).data.id);
    }
    const created = await hub.execute(CreateRandomInspectionPlanDocument, { input: { name: '新华区小样本抽查', regionCode: REGION, plannedOn: todayInChina() } });
    if (created.data?.createRandomInspectionPlan.__typename !== 'CreateRandomInspectionPlanSuccess') throw new Error(JSON.stringify(created));
    const plan = created.data.createRandomInspectionPlan.data;
    expect(plan.populationSize).toBe(1);
    expect(plan.targets.map((t) => t.institution.id)).toEqual([site.id]);
    expect(plan.reproducible).toBe(true);

    const drawn = plan.targets[0]!.inspectors.map((i) => i!.id);
    const undrawn = inspectors.find((id) => !drawn.includes(id))!;
    const inspect = (inspectorIds: string[]) =>
      hub.execute(RecordInspectionDocument, {
        input: { subjectId: site.id, kind: 'RANDOM', planId: plan.id, inspectedOn: todayInChina(), inspectorIds, findings: '未发现问题', result: 'COMPLIANT' },
      });
    const byOther = await inspect([drawn[0]!, undrawn]);
    expect(byOther.data?.recordInspection).toMatchObject({ issues: [{ field: 'input.inspectorIds.1', code: 'NOT_DRAWN' }] });

    // A conflict recorded after the draw rules the drawn inspector out too.
    await hub.execute(RecordInspectorConflictDocument, { input: { inspectorId: drawn[1]!, institutionId: site.id, reason: '近亲属在该机构任职' } });
    const conflicted = await inspect(drawn);
    expect(conflicted.data?.recordInspection).toMatchObject({ issues: [{ field: 'input.inspectorIds.1', code: 'CONFLICT_OF_INTEREST' }] });

    // 一公开: the drawn target that was not inspected is named, with why.
    const published = await hub.execute(DiscloseRecordDocument, { input: { kind: 'RANDOM_INSPECTION_RESULT', recordId: plan.id, publishedOn: todayInChina() } });
    expect(published.data?.discloseRecord).toMatchObject({ data: { content: { targets: [], notInspected: [{ name: '唯一的诊所', reason: '未录入检查结果' }] } } });
  });

  it('the published result carries each inspected target’s outcome: findings, result and rectification', async () => {
    const region = '130108';
    const site = await registerInstitution(hub, { regionCode: region, uscc: institutionIdentifiers(region).uscc, name: '裕华区抽查医院' });
    for (const badge of ['YH-01', 'YH-02']) await hub.execute(RegisterInspectorDocument, { input: { name: badge, badgeNumber: badge, regionCode: region } });
    const created = await hub.execute(CreateRandomInspectionPlanDocument, { input: { name: '裕华区抽查', regionCode: region, plannedOn: todayInChina() } });
    if (created.data?.createRandomInspectionPlan.__typename !== 'CreateRandomInspectionPlanSuccess') throw new Error(JSON.stringify(created));
    const plan = created.data.createRandomInspectionPlan.data;
    const inspected = await hub.execute(RecordInspectionDocument, {
      input: {
        subjectId: site.id,
        kind: 'RANDOM',
        planId: plan.id,
        inspectedOn: todayInChina(),
        inspectorIds: plan.targets[0]!.inspectors.map((i) => i!.id),
        findings: '处方书写不规范',
        result: 'RECTIFICATION_REQUIRED',
        rectificationDeadline: todayInChina(),
      },
    });
    expect(inspected.data?.recordInspection.__typename).toBe('RecordInspectionSuccess');
    const published = await hub.execute(DiscloseRecordDocument, { input: { kind: 'RANDOM_INSPECTION_RESULT', recordId: plan.id, publishedOn: todayInChina() } });
    expect(published.data?.discloseRecord).toMatchObject({
      data: {
        content: {
          targets: [{ name: '裕华区抽查医院', result: 'RECTIFICATION_REQUIRED', findings: '处方书写不规范', rectificationDeadline: todayInChina(), rectification: null }],
          notInspected: [],
        },
      },
    });
  });

  it('every plan drawn is kept and listed, newest first, so a draw cannot be repeated quietly until one suits', async () => {
    const region = '130109';
    await registerInstitution(hub, { regionCode: region, uscc: institutionIdentifiers(region).uscc, name: '藁城区医院' });
    for (const badge of ['GC-01', 'GC-02']) await hub.execute(RegisterInspectorDocument, { input: { name: badge, badgeNumber: badge, regionCode: region } });
    const ids: string[] = [];
    for (const name of ['第一次抽取', '第二次抽取']) {
      const created = await hub.execute(CreateRandomInspectionPlanDocument, { input: { name, regionCode: region, plannedOn: todayInChina() } });
      ids.push((created.data?.createRandomInspectionPlan as { data: { id: string } }).data.id);
    }
    const listed = await hub.execute(RandomInspectionPlansDocument, { regionCode: region, first: 10 });
    expect(listed.data?.randomInspectionPlans.totalCount).toBe(2);
    expect(listed.data?.randomInspectionPlans.edges.map((e) => e.node.id)).toEqual([...ids].reverse());
    expect((await hub.executeAs('public', RandomInspectionPlansDocument, { regionCode: region })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
