import { z } from 'zod';
import { writeAudit } from '../../auth/audit.js';
import { mayWriteIn } from '../../auth/scope.js';
import { actorOf } from '../../auth/viewer.js';
import { INSTITUTION_CATEGORIES, keysOf } from '../../domain/catalog.js';
import { drawTargets, newDrawSeed, seedCommitment } from '../../domain/random-draw.js';
import { freeText, singleLineText } from '../../domain/text.js';
import { builder } from '../../graphql/builder.js';
import { dateSchema } from '../../graphql/date-order.js';
import { WRITE_ERRORS } from '../../graphql/errors.js';
import { collectInput, IssueList } from '../../graphql/validate.js';
import { InstitutionCategory } from '../institutions/institutions.schema.js';
import { existingRegionCodes } from '../regions/regions.queries.js';
import { currentDrawInput, storeDraw } from './draw-plan.js';
import { planForWrite } from './plan-for-write.js';
import { RandomInspectionPlanNode } from './random-plans.schema.js';

const CreateRandomInspectionPlanInput = builder.inputType('CreateRandomInspectionPlanInput', {
  description: 'A plan to draw later. The server makes the seed and answers its commitment; nobody chooses it.',
  fields: (t) => ({
    name: t.string({ required: true }),
    regionCode: t.string({ required: true }),
    plannedOn: t.field({ type: 'Date', required: true }),
    categories: t.field({ type: [InstitutionCategory], description: 'Limit the population to these categories.' }),
    inspectorsPerTarget: t.int({ defaultValue: 2 }),
  }),
});

const DrawRandomInspectionPlanInput = builder.inputType('DrawRandomInspectionPlanInput', {
  fields: (t) => ({ planId: t.id({ required: true }) }),
});

const AbandonRandomInspectionPlanInput = builder.inputType('AbandonRandomInspectionPlanInput', {
  fields: (t) => ({ planId: t.id({ required: true }), reason: t.string({ required: true, description: '放弃原因' }) }),
});

const createSchema = z.object({
  name: singleLineText(200),
  regionCode: z.string().regex(/^\d{6}$/, { message: '行政区划代码 must be six digits' }),
  plannedOn: dateSchema,
  categories: z.array(z.enum(keysOf(INSTITUTION_CATEGORIES))).nullish(),
  inspectorsPerTarget: z.number().int().min(2).max(5),
});
const drawSchema = z.object({ planId: z.string() });
const abandonSchema = z.object({ planId: z.string(), reason: freeText(2000) });

builder.mutationFields((t) => ({
  createRandomInspectionPlan: t.field({
    type: RandomInspectionPlanNode,
    description:
      '双随机, step 1: create a plan. The server makes a random seed and fixes its commitment (SHA-256) now, before the population is frozen; nothing is drawn and the seed stays hidden until drawRandomInspectionPlan.',
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'CreateRandomInspectionPlanSuccess' }, union: { name: 'CreateRandomInspectionPlanResult' } },
    args: { input: t.arg({ type: CreateRandomInspectionPlanInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const input = collectInput(createSchema, args.input, issues);
      if (input && !(await existingRegionCodes(ctx.db, [input.regionCode])).has(input.regionCode)) issues.add('regionCode', 'NOT_FOUND', 'no such region');
      else if (input && !mayWriteIn(ctx.viewer, input.regionCode)) issues.add('regionCode', 'OUT_OF_JURISDICTION', 'outside your jurisdiction');
      issues.throwIfAny();
      const seed = newDrawSeed();
      return ctx.db
        .insertInto('random_inspection_plan')
        .values({
          name: input!.name,
          region_code: input!.regionCode,
          planned_on: input!.plannedOn,
          seed,
          commitment: seedCommitment(seed),
          categories: input!.categories ?? [],
          inspectors_per_target: input!.inspectorsPerTarget,
          created_by: actorOf(ctx.viewer),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  }),
  drawRandomInspectionPlan: t.field({
    type: RandomInspectionPlanNode,
    description:
      '双随机, step 2: freeze the population and roster as they are now and draw targets (weighted by credit grade) and inspectors (avoiding recorded conflicts) from the committed seed, which is revealed. Once per plan.',
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'DrawRandomInspectionPlanSuccess' }, union: { name: 'DrawRandomInspectionPlanResult' } },
    args: { input: t.arg({ type: DrawRandomInspectionPlanInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const input = collectInput(drawSchema, args.input, issues);
      return ctx.db.transaction().execute(async (trx) => {
        const plan = await planForWrite(trx, ctx.viewer, input?.planId, issues);
        if (plan?.state === 'DRAWN') issues.add('planId', 'ALREADY_DRAWN', 'the plan was drawn already; a plan is drawn once');
        else if (plan?.state === 'ABANDONED') issues.add('planId', 'ABANDONED', 'the plan was abandoned');
        issues.throwIfAny();
        const drawInput = await currentDrawInput(trx, plan!);
        const result = drawTargets(drawInput);
        // Why no count or names: a refusal must not tell anything of a draw that did not happen.
        if (result.understaffed.length) issues.add('planId', 'NOT_ENOUGH_INSPECTORS', 'the roster has too few conflict-free inspectors for this draw; the plan stays undrawn');
        issues.throwIfAny();
        return storeDraw(trx, plan!, drawInput, result, actorOf(ctx.viewer));
      });
    },
  }),
  abandonRandomInspectionPlan: t.field({
    type: RandomInspectionPlanNode,
    description:
      '放弃: give a plan up, with a reason. It stays listed (ABANDONED) with who gave it up and why, and the act is audited. A plan against which an inspection was recorded is carried on, not abandoned.',
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'AbandonRandomInspectionPlanSuccess' }, union: { name: 'AbandonRandomInspectionPlanResult' } },
    args: { input: t.arg({ type: AbandonRandomInspectionPlanInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const input = collectInput(abandonSchema, args.input, issues);
      return ctx.db.transaction().execute(async (trx) => {
        const plan = await planForWrite(trx, ctx.viewer, input?.planId, issues);
        if (plan?.state === 'ABANDONED') issues.add('planId', 'ABANDONED', 'the plan was abandoned already');
        else if (plan && (await trx.selectFrom('inspection').select('id').where('plan_id', '=', plan.id).executeTakeFirst())) {
          issues.add('planId', 'INSPECTIONS_RECORDED', 'inspections were recorded against this plan: record why the other targets were not inspected instead');
        }
        issues.throwIfAny();
        const abandoned = await trx
          .updateTable('random_inspection_plan')
          .set({ abandoned_at: new Date(), abandoned_by: actorOf(ctx.viewer), abandon_reason: input!.reason })
          .where('id', '=', plan!.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await writeAudit(trx, ctx, { operation: 'ABANDON_RANDOM_INSPECTION_PLAN', entityType: 'RandomInspectionPlan', entityIds: [abandoned.id] });
        return abandoned;
      });
    },
  }),
}));
