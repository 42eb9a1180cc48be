import type { Selectable } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { drawTargets, seedCommitment, type DrawInput } from '../../domain/random-draw.js';
import { builder } from '../../graphql/builder.js';
import { countedConnection } from '../../graphql/connection-options.js';
import { InstitutionNode, RegionNode } from '../../graphql/nodes.js';
import { keysetConnection } from '../../graphql/pagination.js';
import { countRows } from '../../db/count.js';
import { InspectorNode } from '../inspections/inspections.schema.js';
import { InstitutionCategory } from '../institutions/institutions.schema.js';
import { regionCodeRange } from '../regions/regions.queries.js';
import type { PlanRow } from './draw-plan.js';
import { NotInspectedRef } from './not-inspected.schema.js';
import { isAnyOf } from '../../db/any-of.js';

type TargetRow = Selectable<DB['random_inspection_target']>;

const isDrawn = (plan: PlanRow) => plan.drawn_at !== null;

/** The draw's input as recorded with the plan; null until it is drawn. */
const snapshotOf = (plan: PlanRow): DrawInput | null =>
  isDrawn(plan)
    ? {
        seed: plan.seed,
        population: plan.population as unknown as DrawInput['population'],
        roster: plan.roster as unknown as DrawInput['roster'],
        ratios: plan.sampling_ratios as unknown as DrawInput['ratios'],
        inspectorsPerTarget: plan.inspectors_per_target,
      }
    : null;

export const RandomInspectionPlanState = builder.enumType('RandomInspectionPlanState', {
  values: {
    CREATED: { description: '已创建: the seed is committed to, nothing is drawn yet.' },
    DRAWN: { description: '已抽取: population and roster frozen, targets and inspectors drawn, seed revealed.' },
    ABANDONED: { description: '已放弃: given up, with a reason; kept and listed like every plan.' },
  } as const,
});

export const DrawTarget = builder.objectRef<TargetRow>('RandomInspectionTarget').implement({
  fields: (t) => ({
    institution: t.field({ type: InstitutionNode, resolve: (r) => r.institution_id }),
    creditGrade: t.exposeString('grade', { description: 'Grade at the time of the draw (A–D, or UNRATED).' }),
    inspectors: t.field({ type: [InspectorNode], nullable: { list: false, items: true }, resolve: (r) => r.inspector_ids }),
    notInspected: t.field({ type: NotInspectedRef, nullable: true, description: 'Null unless a regulator recorded why the target was not inspected.', resolve: (r) => (r.not_inspected_reason ? r : null) }),
  }),
});

const Abandonment = builder.objectRef<PlanRow>('RandomInspectionPlanAbandonment').implement({
  description: '放弃抽查计划: who gave the plan up, when, and why (also in the audit log).',
  fields: (t) => ({
    reason: t.string({ resolve: (p) => p.abandon_reason! }),
    by: t.string({ resolve: (p) => p.abandoned_by! }),
    at: t.field({ type: 'DateTime', resolve: (p) => p.abandoned_at! }),
  }),
});

export const RandomInspectionPlanNode = builder.loadableNodeRef<PlanRow, string, string>('RandomInspectionPlan', {
  id: { resolve: (p) => p.id },
  load: (ids: string[], ctx) => ctx.scoped.from('random_inspection_plan').selectAll().where(isAnyOf('id', ids)).execute(),
  sort: (p) => p.id,
});

RandomInspectionPlanNode.implement({
  description:
    '双随机、一公开: created with a commitment to a seed the server made, then drawn once — targets from the population weighted by credit grade, inspectors from the roster — from that seed, which is revealed only then.',
  fields: (t) => ({
    name: t.exposeString('name'),
    region: t.field({ type: RegionNode, resolve: (p) => p.region_code }),
    plannedOn: t.field({ type: 'Date', resolve: (p) => p.planned_on }),
    state: t.field({ type: RandomInspectionPlanState, resolve: (p) => p.state as 'CREATED' }),
    createdAt: t.field({ type: 'DateTime', resolve: (p) => p.created_at }),
    drawnAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Null until drawn. Plans drawn before commit-then-draw existed were drawn as they were created (drawnAt = createdAt).',
      resolve: (p) => p.drawn_at,
    }),
    abandonment: t.field({ type: Abandonment, nullable: true, resolve: (p) => (p.abandoned_at ? p : null) }),
    commitment: t.exposeString('commitment', {
      description: 'SHA-256 (hex) of the seed’s UTF-8 bytes, fixed when the plan was created, before the population was frozen.',
    }),
    seed: t.string({
      nullable: true,
      description: 'Revealed once drawn (null before): check it against the commitment, and with the recorded population and roster re-run the draw.',
      resolve: (p) => (isDrawn(p) ? p.seed : null),
    }),
    categories: t.field({ type: [InstitutionCategory], resolve: (p) => p.categories as 'CLINIC'[] }),
    inspectorsPerTarget: t.exposeInt('inspectors_per_target'),
    samplingRatios: t.field({ type: 'JSON', nullable: true, description: 'Null until drawn.', resolve: (p) => p.sampling_ratios }),
    populationSize: t.int({ nullable: true, description: 'Null until drawn.', resolve: (p) => (isDrawn(p) ? (p.population as unknown[]).length : null) }),
    drawInput: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Exactly what the draw used: seed, population with grades, roster with conflicts, ratios. Null until drawn.',
      resolve: (p) => snapshotOf(p),
    }),
    targets: t.field({
      type: [DrawTarget],
      description: 'Empty until drawn.',
      resolve: (p, _args, ctx) => ctx.db.selectFrom('random_inspection_target').selectAll().where('plan_id', '=', p.id).orderBy('institution_id').execute(),
    }),
    seedMatchesCommitment: t.boolean({
      nullable: true,
      description: 'Whether the revealed seed hashes to the commitment made at creation. Null until drawn.',
      resolve: (p) => (isDrawn(p) ? seedCommitment(p.seed) === p.commitment : null),
    }),
    reproducible: t.boolean({
      nullable: true,
      description: 'Re-runs the draw from the recorded input and compares it with the stored targets. Null until drawn.',
      resolve: async (p, _args, ctx) => {
        const input = snapshotOf(p);
        if (!input) return null;
        const stored = await ctx.db.selectFrom('random_inspection_target').selectAll().where('plan_id', '=', p.id).execute();
        const again = drawTargets(input).targets;
        const key = (id: string, grade: string, inspectors: readonly string[]) => `${id}|${grade}|${inspectors.join(',')}`;
        const a = stored.map((s) => key(s.institution_id, s.grade, s.inspector_ids.map(String))).sort();
        const b = again.map((s) => key(s.institutionId, s.grade, s.inspectorIds)).sort();
        return JSON.stringify(a) === JSON.stringify(b);
      },
    }),
  }),
});

builder.queryFields((t) => ({
  randomInspectionPlans: t.connection(
    {
      type: RandomInspectionPlanNode,
      description:
        '双随机 plans of the viewer’s regions, newest first, in every state: every plan ever created — drawn, not yet drawn or abandoned — is kept and listed, so a draw cannot be repeated quietly until one suits.',
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
