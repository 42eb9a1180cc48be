import type { Selectable } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { builder } from '../../graphql/builder.js';
import { childConnectionField, childConnectionType } from '../../graphql/child-connection.js';
import { InstitutionNode, PractitionerNode } from '../../graphql/nodes.js';
import { loadSubject, RegulatedSubject } from '../../graphql/subject.js';
import { findInspectionInspectors, findInspectionsByIds, findInspectorsByIds } from './inspections.queries.js';

export type InspectionRow = Selectable<DB['inspection']>;
export type InspectorRow = Selectable<DB['inspector']>;

export const InspectionKind = builder.enumType('InspectionKind', {
  values: { ROUTINE: { description: '日常监督检查' }, SPECIAL: { description: '专项检查' }, RANDOM: { description: '双随机抽查' } } as const,
});
export const InspectionResult = builder.enumType('InspectionResult', {
  values: {
    COMPLIANT: { description: '未发现问题' },
    RECTIFICATION_REQUIRED: { description: '责令整改' },
    VIOLATION_FOUND: { description: '发现违法行为' },
  } as const,
});
export const ReinspectionResult = builder.enumType('ReinspectionResult', {
  values: { RECTIFIED: { description: '已整改' }, NOT_RECTIFIED: { description: '未整改' } } as const,
});

export const InspectorNode = builder.loadableNodeRef<InspectorRow, string, string>('Inspector', {
  id: { resolve: (i) => i.id },
  load: (ids: string[], ctx) => findInspectorsByIds(ctx.scoped, ids),
  sort: (i) => i.id,
});

InspectorNode.implement({
  description: '执法人员: an inspector on the roster random inspections draw from. Regulators only.',
  fields: (t) => ({
    name: t.exposeString('name'),
    badgeNumber: t.exposeString('badge_number', { description: '执法证号' }),
    regionCode: t.exposeString('region_code'),
    active: t.exposeBoolean('active'),
  }),
});

export const InspectionNode = builder.loadableNodeRef<InspectionRow, string, string>('Inspection', {
  id: { resolve: (i) => i.id },
  load: (ids: string[], ctx) => findInspectionsByIds(ctx.scoped, ids),
  sort: (i) => i.id,
});

InspectionNode.implement({
  description: '监督检查: routine, special (专项) or random (双随机), with findings and follow-up.',
  fields: (t) => ({
    subject: t.field({ type: RegulatedSubject, resolve: (i, _args, ctx) => loadSubject(ctx, i) }),
    kind: t.field({ type: InspectionKind, resolve: (i) => i.kind as 'ROUTINE' }),
    campaign: t.exposeString('campaign', { nullable: true, description: '专项行动名称' }),
    planId: t.id({ nullable: true, description: 'Global id of the RandomInspectionPlan that drew the subject.', resolve: (i) => (i.plan_id ? Buffer.from(`RandomInspectionPlan:${i.plan_id}`).toString('base64') : null) }),
    inspectedOn: t.field({ type: 'Date', resolve: (i) => i.inspected_on }),
    inspectors: t.field({
      type: [InspectorNode],
      description: 'The inspectors who carried it out (only those on a roster you may see).',
      resolve: async (i, _args, ctx) => {
        const ids = await ctx.loader<string, string[]>('inspectionInspectors', (keys) => findInspectionInspectors(ctx.scoped, keys)).load(i.id);
        const rows = await InspectorNode.getDataloader(ctx).loadMany(ids);
        return rows.filter((r): r is InspectorRow => r !== null && !(r instanceof Error));
      },
    }),
    findings: t.exposeString('findings'),
    result: t.field({ type: InspectionResult, resolve: (i) => i.result as 'COMPLIANT' }),
    rectificationDeadline: t.field({ type: 'Date', nullable: true, description: '整改期限', resolve: (i) => i.rectification_deadline }),
    reinspectedOn: t.field({ type: 'Date', nullable: true, description: '复查日期', resolve: (i) => i.reinspected_on }),
    reinspectionResult: t.field({ type: ReinspectionResult, nullable: true, resolve: (i) => i.reinspection_result as 'RECTIFIED' | null }),
    version: t.exposeInt('version'),
  }),
});

const InspectionConnection = childConnectionType('InspectionConnection', InspectionNode);

builder.objectFields(InstitutionNode, (t) => ({
  inspections: childConnectionField(t, { connection: InspectionConnection, table: 'inspection', parentColumn: 'subject_institution_id', description: '监督检查 of this institution.' }),
}));
builder.objectFields(PractitionerNode, (t) => ({
  inspections: childConnectionField(t, { connection: InspectionConnection, table: 'inspection', parentColumn: 'subject_practitioner_id', description: '监督检查 of this practitioner.' }),
}));
