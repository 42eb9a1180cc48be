import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../src/domain/today.js';
import {
  AbandonRandomInspectionPlanDocument,
  AuditLogDocument,
  DiscloseRecordDocument,
  RandomInspectionPlanDocument,
  RecordTargetNotInspectedDocument,
  RecordInspectionDocument,
  RandomInspectionPlansDocument,
  RecordInspectorConflictDocument,
  RegisterInspectorDocument,
} from '../generated/graphql.js';
import { institutionIdentifiers, registerInstitution } from '../support/fixtures.js';
import { startTestHub, type Credentials, type TestHub } from '../support/hub.js';
import { createAndDrawPlan, createPlan, drawPlan, drawPlanResult } from '../support/random-plans.js';

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
    const plan = await createAndDrawPlan(hub, { name: '新华区小样本抽查', regionCode: REGION });
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
    const plan = await createAndDrawPlan(hub, { name: '裕华区抽查', regionCode: region });
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

  it('the population is frozen at the draw, not at creation, and a conflict recorded before the draw keeps the inspector out', async () => {
    const region = '130110';
    const plan = await createPlan(hub, { name: '鹿泉区抽查', regionCode: region });
    expect(plan).toMatchObject({ state: 'CREATED', targets: [] });
    // Registered after the commitment, before the draw: the draw sees it.
    const site = await registerInstitution(hub, { regionCode: region, uscc: institutionIdentifiers(region).uscc, name: '鹿泉区后登记诊所' });
    const inspectors: string[] = [];
    for (const badge of ['LQ-01', 'LQ-02', 'LQ-03']) {
      const r = await hub.execute(RegisterInspectorDocument, { input: { name: badge, badgeNumber: badge, regionCode: region } });
      inspectors.push((r.data?.registerInspector as { data: { id: string } }).data.id);
    }
    await hub.execute(RecordInspectorConflictDocument, { input: { inspectorId: inspectors[0]!, institutionId: site.id, reason: '曾在该机构任职' } });
    const drawn = await drawPlan(hub, plan.id);
    expect(drawn.populationSize).toBe(1);
    expect(drawn.targets.map((t) => t.institution.id)).toEqual([site.id]);
    expect(drawn.targets[0]!.inspectors.map((i) => i!.id).sort()).toEqual(inspectors.slice(1).sort());
    expect(drawn.reproducible).toBe(true);
  });

  it('every plan is kept and listed with its state, newest first — created, drawn and abandoned — so a draw cannot be repeated quietly until one suits', async () => {
    const region = '130109';
    await registerInstitution(hub, { regionCode: region, uscc: institutionIdentifiers(region).uscc, name: '藁城区医院' });
    for (const badge of ['GC-01', 'GC-02']) await hub.execute(RegisterInspectorDocument, { input: { name: badge, badgeNumber: badge, regionCode: region } });
    const drawn = await createAndDrawPlan(hub, { name: '第一次抽取', regionCode: region });
    const undrawn = await createPlan(hub, { name: '第二次抽取', regionCode: region });
    const given = await createPlan(hub, { name: '第三次抽取', regionCode: region });
    const abandoned = await abandon(given.id, '计划日期与专项整治冲突');
    expect(abandoned).toMatchObject({ __typename: 'AbandonRandomInspectionPlanSuccess', data: { state: 'ABANDONED', seed: null, abandonment: { reason: '计划日期与专项整治冲突', by: 'national-regulator' } } });
    const listed = await hub.execute(RandomInspectionPlansDocument, { regionCode: region, first: 10 });
    expect(listed.data?.randomInspectionPlans.totalCount).toBe(3);
    expect(listed.data?.randomInspectionPlans.edges.map((e) => [e.node.id, e.node.state])).toEqual([
      [given.id, 'ABANDONED'],
      [undrawn.id, 'CREATED'],
      [drawn.id, 'DRAWN'],
    ]);
    expect((await hub.executeAs('public', RandomInspectionPlansDocument, { regionCode: region })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('an abandoned plan is audited, is never drawn, and takes no inspections; a plan with inspections recorded is not abandoned', async () => {
    const region = '130111';
    const site = await registerInstitution(hub, { regionCode: region, uscc: institutionIdentifiers(region).uscc, name: '栾城区医院' });
    for (const badge of ['LC-01', 'LC-02']) await hub.execute(RegisterInspectorDocument, { input: { name: badge, badgeNumber: badge, regionCode: region } });
    const plan = await createPlan(hub, { regionCode: region });
    expect(await abandon(plan.id, '  ')).toMatchObject({ issues: [{ field: 'input.reason' }] });
    expect((await abandon(plan.id, '人员调整, 另行计划')).__typename).toBe('AbandonRandomInspectionPlanSuccess');
    expect(await abandon(plan.id, '再次放弃')).toMatchObject({ issues: [{ field: 'input.planId', code: 'ABANDONED' }] });
    expect(await drawPlanResult(hub, plan.id)).toMatchObject({ issues: [{ field: 'input.planId', code: 'ABANDONED' }] });
    const admin = { token: await hub.token({ sub: 'auditor', role: 'admin' }) };
    const audit = await hub.executeAs(admin, AuditLogDocument, { filter: { operations: ['ABANDON_RANDOM_INSPECTION_PLAN'] }, first: 10 });
    expect(audit.data?.auditLog.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ actor: 'national-regulator', role: 'REGULATOR', entityType: 'RandomInspectionPlan', entityIds: [Buffer.from(plan.id, 'base64').toString().split(':')[1]] }),
    );

    // A drawn plan abandoned afterwards takes no inspection; one with an inspection cannot be abandoned.
    const drawnThenAbandoned = await createAndDrawPlan(hub, { regionCode: region });
    await abandon(drawnThenAbandoned.id, '上级统一部署, 本次取消');
    const inspect = (planId: string, inspectorIds: string[]) =>
      hub.execute(RecordInspectionDocument, { input: { subjectId: site.id, kind: 'RANDOM', planId, inspectedOn: todayInChina(), inspectorIds, findings: '未见异常', result: 'COMPLIANT' } });
    expect((await inspect(drawnThenAbandoned.id, drawnThenAbandoned.targets[0]!.inspectors.map((i) => i!.id))).data?.recordInspection).toMatchObject({
      issues: [{ field: 'input.planId', code: 'ABANDONED' }],
    });
    const carriedOut = await createAndDrawPlan(hub, { regionCode: region });
    expect((await inspect(carriedOut.id, carriedOut.targets[0]!.inspectors.map((i) => i!.id))).data?.recordInspection.__typename).toBe('RecordInspectionSuccess');
    expect(await abandon(carriedOut.id, '不想公示')).toMatchObject({ issues: [{ field: 'input.planId', code: 'INSPECTIONS_RECORDED' }] });
  });

  it('一公开 publishes only a drawn plan', async () => {
    const region = '130102';
    await registerInstitution(hub, { regionCode: region, uscc: institutionIdentifiers(region).uscc, name: '长安区医院' });
    const plan = await createPlan(hub, { regionCode: region });
    const published = await hub.execute(DiscloseRecordDocument, { input: { kind: 'RANDOM_INSPECTION_RESULT', recordId: plan.id, publishedOn: todayInChina() } });
    expect(published.data?.discloseRecord).toMatchObject({ issues: [{ field: 'input.recordId', code: 'NOT_DRAWN' }] });
  });
});

describe('drawn targets not inspected', () => {
  it('a regulator records why a drawn target was not inspected, once, never for an inspected one; 一公开 carries the reason', async () => {
    const region = '130104';
    const site = await registerInstitution(hub, { regionCode: region, uscc: institutionIdentifiers(region).uscc, name: '桥西区已关停诊所' });
    const elsewhere = await registerInstitution(hub, { regionCode: '130123', uscc: institutionIdentifiers('130123').uscc, name: '正定县医院' });
    for (const badge of ['QX-01', 'QX-02']) await hub.execute(RegisterInspectorDocument, { input: { name: badge, badgeNumber: badge, regionCode: region } });
    const record = (planId: string, institutionId: string, note = '现场已改为住宅, 工商登记已注销', as?: Credentials) => {
      const variables = { input: { planId, institutionId, reason: 'CLOSED' as const, note } };
      return (as ? hub.executeAs(as, RecordTargetNotInspectedDocument, variables) : hub.execute(RecordTargetNotInspectedDocument, variables)).then((r) => r.data?.recordTargetNotInspected ?? r.errors);
    };
    const plan = await createPlan(hub, { name: '桥西区抽查', regionCode: region });
    expect(await record(plan.id, site.id)).toMatchObject({ issues: [{ field: 'input.planId', code: 'NOT_DRAWN' }] });
    await drawPlan(hub, plan.id);

    const zhejiang = { token: await hub.token({ sub: 'zj', role: 'regulator', jurisdictions: ['330000'] }) };
    expect(await record(plan.id, site.id, undefined, zhejiang)).toMatchObject({ issues: [{ field: 'input.planId', code: 'NOT_FOUND' }] });
    expect(await record(plan.id, site.id, undefined, 'public')).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);
    expect(await record(plan.id, elsewhere.id)).toMatchObject({ issues: [{ field: 'input.institutionId', code: 'NOT_DRAWN' }] });
    expect(await record(plan.id, site.id, ' ')).toMatchObject({ issues: [{ field: 'input.note' }] });

    expect(await record(plan.id, site.id)).toMatchObject({
      __typename: 'RecordTargetNotInspectedSuccess',
      data: { institution: { id: site.id }, notInspected: { reason: 'CLOSED', note: '现场已改为住宅, 工商登记已注销', by: 'national-regulator' } },
    });
    expect(await record(plan.id, site.id, '另一说法')).toMatchObject({ issues: [{ field: 'input.institutionId', code: 'ALREADY_RECORDED' }] });
    const drawn = (await hub.execute(RandomInspectionPlanDocument, { id: plan.id })).data?.node as { targets: { inspectors: { id: string }[] }[] };
    const inspection = await hub.execute(RecordInspectionDocument, {
      input: { subjectId: site.id, kind: 'RANDOM', planId: plan.id, inspectedOn: todayInChina(), inspectorIds: drawn.targets[0]!.inspectors.map((i) => i.id), findings: '未见异常', result: 'COMPLIANT' },
    });
    expect(inspection.data?.recordInspection).toMatchObject({ issues: [{ field: 'input.planId', code: 'RECORDED_NOT_INSPECTED' }] });

    const published = await hub.execute(DiscloseRecordDocument, { input: { kind: 'RANDOM_INSPECTION_RESULT', recordId: plan.id, publishedOn: todayInChina() } });
    expect(published.data?.discloseRecord).toMatchObject({
      data: { content: { targets: [], notInspected: [{ name: '桥西区已关停诊所', reasonCode: 'CLOSED', reason: '机构已停业或注销', note: '现场已改为住宅, 工商登记已注销' }] } },
    });

    // A target inspected under its plan is not also recorded as not inspected.
    const second = await createAndDrawPlan(hub, { name: '桥西区复查', regionCode: region });
    const done = await hub.execute(RecordInspectionDocument, {
      input: { subjectId: site.id, kind: 'RANDOM', planId: second.id, inspectedOn: todayInChina(), inspectorIds: second.targets[0]!.inspectors.map((i) => i!.id), findings: '未见异常', result: 'COMPLIANT' },
    });
    expect(done.data?.recordInspection.__typename).toBe('RecordInspectionSuccess');
    expect(await record(second.id, site.id)).toMatchObject({ issues: [{ field: 'input.institutionId', code: 'INSPECTED' }] });
  });
});

async function abandon(planId: string, reason: string) {
  const result = await hub.execute(AbandonRandomInspectionPlanDocument, { input: { planId, reason } });
  expect(result.errors).toBeUndefined();
  return result.data!.abandonRandomInspectionPlan;
}
