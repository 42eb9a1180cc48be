import { z } from 'zod';
import { freeText, nameText, optionalText, singleLineText } from '../../domain/text.js';
import { mayWriteIn, visibleTo } from '../../auth/scope.js';
import { actorOf } from '../../auth/viewer.js';
import { todayInChina } from '../../domain/today.js';
import { builder } from '../../graphql/builder.js';
import { dateSchema } from '../../graphql/date-order.js';
import { UPDATE_ERRORS, WRITE_ERRORS } from '../../graphql/errors.js';
import { subjectForWrite } from '../../graphql/subject.js';
import { IssueList, localId, parseInput, onUniqueViolation } from '../../graphql/validate.js';
import { updateVersioned } from '../../graphql/versioned-update.js';
import { existingRegionCodes } from '../regions/regions.queries.js';
import { InspectionKind, InspectionNode, InspectionResult, InspectorNode, ReinspectionResult } from './inspections.schema.js';

const recordSchema = z
  .object({
    subjectId: z.string(),
    kind: z.enum(['ROUTINE', 'SPECIAL', 'RANDOM']),
    campaign: optionalText('singleLine', 200),
    inspectedOn: dateSchema,
    inspectorIds: z.array(z.string()).min(2, { message: 'an inspection needs at least two inspectors (执法人员不得少于两人)' }),
    // A routine inspection may find nothing: empty findings are stored as empty.
    findings: optionalText('free', 8000).transform((findings) => findings ?? ''),
    result: z.enum(['COMPLIANT', 'RECTIFICATION_REQUIRED', 'VIOLATION_FOUND']),
    rectificationDeadline: dateSchema.nullish(),
    planId: z.string().nullish(),
  })
  .superRefine((i, ctx) => {
    const add = (path: string, code: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message, params: { code } });
    if (i.kind === 'SPECIAL' && !i.campaign) add('campaign', 'REQUIRED', 'a special inspection names its campaign (专项)');
    if ((i.kind === 'RANDOM') !== Boolean(i.planId)) add('planId', 'PLAN_MISMATCH', 'a random inspection names the plan that drew it, and only a random one does');
    if (i.result === 'RECTIFICATION_REQUIRED' && !i.rectificationDeadline) add('rectificationDeadline', 'REQUIRED', '责令整改 needs a deadline');
    if (i.rectificationDeadline && i.rectificationDeadline < i.inspectedOn) add('rectificationDeadline', 'DATES_OUT_OF_ORDER', 'the deadline precedes the inspection');
    if (new Set(i.inspectorIds).size !== i.inspectorIds.length) add('inspectorIds', 'DUPLICATE', 'an inspector is listed twice');
  });

const RecordInspectionInput = builder.inputType('RecordInspectionInput', {
  fields: (t) => ({
    subjectId: t.id({ required: true }),
    kind: t.field({ type: InspectionKind, required: true }),
    campaign: t.string({ description: 'Required for SPECIAL.' }),
    inspectedOn: t.field({ type: 'Date', required: true }),
    inspectorIds: t.idList({ required: true, description: 'At least two.' }),
    findings: t.string({ required: true }),
    result: t.field({ type: InspectionResult, required: true }),
    rectificationDeadline: t.field({ type: 'Date', description: 'Required when rectification is ordered.' }),
    planId: t.id({ description: 'For RANDOM: the 双随机 plan that drew the subject.' }),
  }),
});

const RecordReinspectionInput = builder.inputType('RecordReinspectionInput', {
  description: '复查',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    reinspectedOn: t.field({ type: 'Date', required: true }),
    result: t.field({ type: ReinspectionResult, required: true }),
  }),
});

const RegisterInspectorInput = builder.inputType('RegisterInspectorInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    badgeNumber: t.string({ required: true, description: '执法证号' }),
    regionCode: t.string({ required: true }),
  }),
});

const RecordInspectorConflictInput = builder.inputType('RecordInspectorConflictInput', {
  description: '回避: the inspector is never drawn for this institution.',
  fields: (t) => ({ inspectorId: t.id({ required: true }), institutionId: t.id({ required: true }), reason: t.string({ required: true }) }),
});

builder.mutationFields((t) => ({
  recordInspection: t.field({
    type: InspectionNode,
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RecordInspectionSuccess' }, union: { name: 'RecordInspectionResult' } },
    args: { input: t.arg({ type: RecordInspectionInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(recordSchema, args.input);
      const issues = new IssueList();
      if (input.inspectedOn > todayInChina()) issues.add('inspectedOn', 'FUTURE_DATE', 'inspectedOn is in the future');
      return ctx.db.transaction().execute(async (trx) => {
        const subject = await subjectForWrite(trx, ctx.viewer, input.subjectId, 'subjectId', issues);
        let planId: string | null = null;
        // 双随机: a random inspection is made by the inspectors drawn for its target, no others.
        let drawnInspectors: string[] | null = null;
        if (input.planId && subject) {
          const ref = localId(input.planId, ['RandomInspectionPlan'], 'planId', issues);
          const drawn = ref
            ? await trx
                .selectFrom('random_inspection_target')
                .innerJoin('random_inspection_plan', 'random_inspection_plan.id', 'random_inspection_target.plan_id')
                .select(['plan_id', 'inspector_ids', 'random_inspection_plan.state', 'not_inspected_reason'])
                .where('plan_id', '=', ref.id)
                .where('institution_id', '=', subject.columns.subject_institution_id ?? '0')
                .executeTakeFirst()
            : undefined;
          if (ref && !drawn) issues.add('planId', 'NOT_DRAWN', 'the plan did not draw this subject');
          else if (drawn?.state === 'ABANDONED') issues.add('planId', 'ABANDONED', 'the plan was abandoned');
          else if (drawn?.not_inspected_reason) issues.add('planId', 'RECORDED_NOT_INSPECTED', 'this target is recorded as not inspected under the plan');
          planId = drawn?.plan_id ?? null;
          drawnInspectors = drawn ? drawn.inspector_ids.map(String) : null;
        }
        const inspectorIds: string[] = [];
        for (const [i, globalId] of input.inspectorIds.entries()) {
          const ref = localId(globalId, ['Inspector'], `inspectorIds.${i}`, issues);
          if (!ref) continue;
          const found = await trx.selectFrom('inspector').select('id').where('id', '=', ref.id).where('active', '=', true).where(visibleTo(ctx.viewer, 'inspector')).executeTakeFirst();
          if (!found) issues.add(`inspectorIds.${i}`, 'NOT_FOUND', 'no such active inspector in your jurisdiction');
          else if (drawnInspectors && !drawnInspectors.includes(found.id)) issues.add(`inspectorIds.${i}`, 'NOT_DRAWN', 'the plan did not draw this inspector for this target');
          else inspectorIds.push(found.id);
        }
        // A conflict recorded after the draw still rules the inspector out.
        const subjectInstitution = subject?.columns.subject_institution_id;
        if (subjectInstitution && inspectorIds.length) {
          const conflicted = await trx.selectFrom('inspector_conflict').select('inspector_id').where('institution_id', '=', subjectInstitution).where('inspector_id', 'in', inspectorIds).execute();
          for (const c of conflicted) issues.add(`inspectorIds.${inspectorIds.indexOf(String(c.inspector_id))}`, 'CONFLICT_OF_INTEREST', 'the inspector has a recorded conflict with this subject');
        }
        issues.throwIfAny();
        const inspection = await trx
          .insertInto('inspection')
          .values({
            ...subject!.columns,
            kind: input.kind,
            campaign: input.campaign ?? null,
            plan_id: planId,
            inspected_on: input.inspectedOn,
            findings: input.findings,
            result: input.result,
            rectification_deadline: input.rectificationDeadline ?? null,
            recorded_by: actorOf(ctx.viewer),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await trx.insertInto('inspection_inspector').values(inspectorIds.map((id) => ({ inspection_id: inspection.id, inspector_id: id }))).execute();
        return inspection;
      });
    },
  }),
  recordReinspection: t.field({
    type: InspectionNode,
    authScopes: { regulator: true },
    errors: { types: UPDATE_ERRORS, result: { name: 'RecordReinspectionSuccess' }, union: { name: 'RecordReinspectionResult' } },
    args: { input: t.arg({ type: RecordReinspectionInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(z.object({ id: z.string(), version: z.number().int(), reinspectedOn: dateSchema, result: z.enum(['RECTIFIED', 'NOT_RECTIFIED']) }), args.input);
      const issues = new IssueList();
      const target = localId(input.id, ['Inspection'], 'id', issues);
      issues.throwIfAny();
      return ctx.db.transaction().execute(async (trx) => {
        const current = await trx.selectFrom('inspection').select(['result', 'inspected_on']).where('id', '=', target!.id).where(visibleTo(ctx.viewer, 'inspection')).executeTakeFirst();
        if (current && current.result === 'COMPLIANT') issues.add('id', 'NOTHING_TO_REINSPECT', 'the inspection found nothing to rectify');
        if (current && input.reinspectedOn < current.inspected_on) issues.add('reinspectedOn', 'DATES_OUT_OF_ORDER', 'the re-inspection precedes the inspection');
        issues.throwIfAny();
        return updateVersioned(trx, ctx.viewer, 'inspection', { id: target!.id, globalId: input.id, version: input.version }, {
          reinspected_on: input.reinspectedOn,
          reinspection_result: input.result,
        });
      });
    },
  }),
  registerInspector: t.field({
    type: InspectorNode,
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RegisterInspectorSuccess' }, union: { name: 'RegisterInspectorResult' } },
    args: { input: t.arg({ type: RegisterInspectorInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(z.object({ name: nameText(50), badgeNumber: singleLineText(50), regionCode: z.string().regex(/^\d{6}$/) }), args.input);
      const issues = new IssueList();
      if (!(await existingRegionCodes(ctx.db, [input.regionCode])).has(input.regionCode)) issues.add('regionCode', 'NOT_FOUND', 'no such region');
      else if (!mayWriteIn(ctx.viewer, input.regionCode)) issues.add('regionCode', 'OUT_OF_JURISDICTION', 'outside your jurisdiction');
      issues.throwIfAny();
      return ctx.db
        .insertInto('inspector')
        .values({ name: input.name, badge_number: input.badgeNumber, region_code: input.regionCode })
        .returningAll()
        .executeTakeFirstOrThrow()
        .catch(onUniqueViolation({ inspector_badge_number_key: { field: 'input.badgeNumber', code: 'ALREADY_EXISTS', message: 'another inspector has this badge number' } }));
    },
  }),
  recordInspectorConflict: t.field({
    type: InspectorNode,
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RecordInspectorConflictSuccess' }, union: { name: 'RecordInspectorConflictResult' } },
    args: { input: t.arg({ type: RecordInspectorConflictInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(z.object({ inspectorId: z.string(), institutionId: z.string(), reason: freeText(500) }), args.input);
      const issues = new IssueList();
      const inspector = localId(input.inspectorId, ['Inspector'], 'inspectorId', issues);
      issues.throwIfAny();
      return ctx.db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('inspector').selectAll().where('id', '=', inspector!.id).where(visibleTo(ctx.viewer, 'inspector')).executeTakeFirst();
        if (!row) issues.add('inspectorId', 'NOT_FOUND', 'no such inspector');
        const subject = await subjectForWrite(trx, ctx.viewer, input.institutionId, 'institutionId', issues);
        if (subject && subject.kind !== 'INSTITUTION') issues.add('institutionId', 'INVALID_ID', 'institutionId must be the id of an Institution');
        issues.throwIfAny();
        await trx
          .insertInto('inspector_conflict')
          .values({ inspector_id: row!.id, institution_id: subject!.id, reason: input.reason })
          .onConflict((oc) => oc.columns(['inspector_id', 'institution_id']).doUpdateSet({ reason: input.reason }))
          .execute();
        return row!;
      });
    },
  }),
}));
