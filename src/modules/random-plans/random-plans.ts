import { randomBytes } from 'node:crypto';
import { optionalText, singleLineText } from '../../domain/text.js';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { mayWriteIn } from '../../auth/scope.js';
import { actorOf } from '../../auth/viewer.js';
import type { DB } from '../../db/schema.generated.js';
import { INSTITUTION_CATEGORIES, keysOf } from '../../domain/catalog.js';
import { drawTargets, type DrawGrade, type DrawInput } from '../../domain/random-draw.js';
import { builder } from '../../graphql/builder.js';
import { dateSchema } from '../../graphql/date-order.js';
import { InvalidInputError, WRITE_ERRORS } from '../../graphql/errors.js';
import { InstitutionNode, RegionNode } from '../../graphql/nodes.js';
import { IssueList, parseInput } from '../../graphql/validate.js';
import { countedConnection } from '../../graphql/connection-options.js';
import { keysetConnection } from '../../graphql/pagination.js';
import { countRows } from '../../db/count.js';
import { creditSchemeInForce } from '../credit/credit.queries.js';
import { InspectorNode } from '../inspections/inspections.schema.js';
import { InstitutionCategory } from '../institutions/institutions.schema.js';
import { existingRegionCodes, regionCodeRange } from '../regions/regions.queries.js';
import { isAnyOf } from '../../db/any-of.js';

type PlanRow = Selectable<DB['random_inspection_plan']>;
type TargetRow = Selectable<DB['random_inspection_target']>;

/** The draw's input as recorded with the plan. */
const snapshotOf = (plan: PlanRow): DrawInput => ({
  seed: plan.seed,
  population: plan.population as unknown as DrawInput['population'],
  roster: plan.roster as unknown as DrawInput['roster'],
  ratios: plan.sampling_ratios as unknown as DrawInput['ratios'],
  inspectorsPerTarget: plan.inspectors_per_target,
});

const DrawTarget = builder.objectRef<TargetRow>('RandomInspectionTarget').implement({
  fields: (t) => ({
    institution: t.field({ type: InstitutionNode, resolve: (r) => r.institution_id }),
    creditGrade: t.exposeString('grade', { description: 'Grade at the time of the draw (A–D, or UNRATED).' }),
    inspectors: t.field({ type: [InspectorNode], nullable: { list: false, items: true }, resolve: (r) => r.inspector_ids }),
  }),
});

export const RandomInspectionPlanNode = builder.loadableNodeRef<PlanRow, string, string>('RandomInspectionPlan', {
  id: { resolve: (p) => p.id },
  load: (ids: string[], ctx) => ctx.scoped.from('random_inspection_plan').selectAll().where(isAnyOf('id', ids)).execute(),
  sort: (p) => p.id,
});

RandomInspectionPlanNode.implement({
  description: '双随机、一公开: targets drawn from a population weighted by credit grade, inspectors drawn from a roster, all from a recorded seed.',
  fields: (t) => ({
    name: t.exposeString('name'),
    region: t.field({ type: RegionNode, resolve: (p) => p.region_code }),
    plannedOn: t.field({ type: 'Date', resolve: (p) => p.planned_on }),
    seed: t.exposeString('seed', { description: 'With the recorded population and roster, anyone can re-run the draw.' }),
    categories: t.field({ type: [InstitutionCategory], resolve: (p) => p.categories as 'CLINIC'[] }),
    inspectorsPerTarget: t.exposeInt('inspectors_per_target'),
    samplingRatios: t.field({ type: 'JSON', resolve: (p) => p.sampling_ratios }),
    populationSize: t.int({ resolve: (p) => (p.population as unknown[]).length }),
    drawInput: t.field({ type: 'JSON', description: 'Exactly what the draw used: seed, population with grades, roster with conflicts, ratios.', resolve: (p) => snapshotOf(p) }),
    targets: t.field({
      type: [DrawTarget],
      resolve: (p, _args, ctx) => ctx.db.selectFrom('random_inspection_target').selectAll().where('plan_id', '=', p.id).orderBy('institution_id').execute(),
    }),
    reproducible: t.boolean({
      description: 'Re-runs the draw from the recorded input and compares it with the stored targets.',
      resolve: async (p, _args, ctx) => {
        const stored = await ctx.db.selectFrom('random_inspection_target').selectAll().where('plan_id', '=', p.id).execute();
        const again = drawTargets(snapshotOf(p)).targets;
        const key = (id: string, grade: string, inspectors: readonly string[]) => `${id}|${grade}|${inspectors.join(',')}`;
        const a = stored.map((s) => key(s.institution_id, s.grade, s.inspector_ids.map(String))).sort();
        const b = again.map((s) => key(s.institutionId, s.grade, s.inspectorIds)).sort();
        return JSON.stringify(a) === JSON.stringify(b);
      },
    }),
  }),
});

const CreateRandomInspectionPlanInput = builder.inputType('CreateRandomInspectionPlanInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    regionCode: t.string({ required: true }),
    plannedOn: t.field({ type: 'Date', required: true }),
    categories: t.field({ type: [InstitutionCategory], description: 'Limit the population to these categories.' }),
    inspectorsPerTarget: t.int({ defaultValue: 2 }),
    seed: t.string({ description: 'Leave empty to have one generated; it is recorded either way.' }),
  }),
});

builder.mutationFields((t) => ({
  createRandomInspectionPlan: t.field({
    type: RandomInspectionPlanNode,
    description: 'Draw targets (weighted by credit grade) and inspectors (avoiding recorded conflicts) for a region.',
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'CreateRandomInspectionPlanSuccess' }, union: { name: 'CreateRandomInspectionPlanResult' } },
    args: { input: t.arg({ type: CreateRandomInspectionPlanInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(
        z.object({
          name: singleLineText(200),
          regionCode: z.string().regex(/^\d{6}$/),
          plannedOn: dateSchema,
          categories: z.array(z.enum(keysOf(INSTITUTION_CATEGORIES))).nullish(),
          inspectorsPerTarget: z.number().int().min(2).max(5),
          seed: optionalText('singleLine', 200).pipe(z.string().min(8).nullable()),
        }),
        args.input,
      );
      const issues = new IssueList();
      if (!(await existingRegionCodes(ctx.db, [input.regionCode])).has(input.regionCode)) issues.add('regionCode', 'NOT_FOUND', 'no such region');
      else if (!mayWriteIn(ctx.viewer, input.regionCode)) issues.add('regionCode', 'OUT_OF_JURISDICTION', 'outside your jurisdiction');
      issues.throwIfAny();
      const seed = input.seed ?? randomBytes(16).toString('hex');
      const [low, high] = regionCodeRange(input.regionCode);
      return ctx.db.transaction().execute(async (trx) => {
        const scheme = await creditSchemeInForce(trx, input.plannedOn);
        let population = trx
          .selectFrom('institution')
          .select(['institution.id', (eb) => eb.selectFrom('credit_evaluation').select('grade').whereRef('credit_evaluation.institution_id', '=', 'institution.id').orderBy('credit_evaluation.id', 'desc').limit(1).as('grade')])
          .where('institution.region_code', '>=', low)
          .where('institution.region_code', '<=', high)
          .where('institution.status', '=', 'OPERATING');
        if (input.categories?.length) population = population.where('institution.category', 'in', input.categories);
        const members = (await population.execute()).map((m) => ({ institutionId: m.id, grade: (m.grade ?? 'UNRATED') as DrawGrade }));
        const inspectors = await trx.selectFrom('inspector').select('id').where('active', '=', true).where('region_code', '>=', low).where('region_code', '<=', high).execute();
        const conflicts = inspectors.length
          ? await trx.selectFrom('inspector_conflict').select(['inspector_id', 'institution_id']).where('inspector_id', 'in', inspectors.map((i) => i.id)).execute()
          : [];
        const drawInput: DrawInput = {
          seed,
          population: members,
          ratios: scheme?.definition.samplingRatios ?? { A: 0.05, B: 0.1, C: 0.3, D: 0.6, UNRATED: 0.1 },
          roster: inspectors.map((i) => ({ inspectorId: i.id, conflicts: conflicts.filter((c) => c.inspector_id === i.id).map((c) => c.institution_id) })),
          inspectorsPerTarget: input.inspectorsPerTarget,
        };
        const result = drawTargets(drawInput);
        if (result.understaffed.length) {
          throw new InvalidInputError([{ field: 'input.inspectorsPerTarget', code: 'NOT_ENOUGH_INSPECTORS', message: `${result.understaffed.length} drawn institutions lack enough conflict-free inspectors on the roster` }]);
        }
        const plan = await trx
          .insertInto('random_inspection_plan')
          .values({
            name: input.name,
            region_code: input.regionCode,
            planned_on: input.plannedOn,
            seed,
            categories: input.categories ?? [],
            inspectors_per_target: input.inspectorsPerTarget,
            sampling_ratios: JSON.stringify(drawInput.ratios),
            population: JSON.stringify(drawInput.population),
            roster: JSON.stringify(drawInput.roster),
            created_by: actorOf(ctx.viewer),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        if (result.targets.length) {
          await trx
            .insertInto('random_inspection_target')
            .values(result.targets.map((target) => ({ plan_id: plan.id, institution_id: target.institutionId, grade: target.grade, inspector_ids: target.inspectorIds })))
            .execute();
        }
        return plan;
      });
    },
  }),
}));

builder.queryFields((t) => ({
  randomInspectionPlans: t.connection(
    {
      type: RandomInspectionPlanNode,
      description:
        '双随机 plans of the viewer’s regions, newest first: every plan ever drawn is kept and listed, so a draw cannot be repeated quietly until one suits.',
      authScopes: { regulator: true, administrator: true },
      args: { regionCode: t.arg.string({ description: 'Plans of this region and its sub-regions.' }) },
      resolve: (_root, args, ctx) => {
        const plans = () => {
          let query = ctx.scoped.from('random_inspection_plan');
          if (args.regionCode) {
            const [low, high] = regionCodeRange(args.regionCode);
            query = query.where('random_inspection_plan.region_code', '>=', low).where('random_inspection_plan.region_code', '<=', high);
          }
          return query;
        };
        return keysetConnection<PlanRow>(plans().selectAll('random_inspection_plan'), {
          order: { column: 'random_inspection_plan.created_at', kind: 'timestamptz', direction: 'desc' },
          idColumn: 'random_inspection_plan.id',
          args,
          count: () => countRows(plans()),
        });
      },
    },
    countedConnection('RandomInspectionPlanConnection'),
  ),
}));
