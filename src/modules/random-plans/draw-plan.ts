import type { Selectable, Transaction } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import type { DrawGrade, DrawInput, DrawResult } from '../../domain/random-draw.js';
import { creditSchemeInForce } from '../credit/credit.queries.js';
import { regionCodeRange } from '../regions/regions.queries.js';

export type PlanRow = Selectable<DB['random_inspection_plan']>;

/** Shares drawn per grade when no credit scheme is in force on the planned date. */
const DEFAULT_RATIOS: DrawInput['ratios'] = { A: 0.05, B: 0.1, C: 0.3, D: 0.6, UNRATED: 0.1 };

/**
 * The draw's input as it stands now: the operating institutions of the plan's region (and
 * categories) with their latest credit grade, the region's active inspectors with their recorded
 * conflicts, the sampling ratios of the scheme in force on the planned date, and the plan's seed.
 */
export async function currentDrawInput(trx: Transaction<DB>, plan: PlanRow): Promise<DrawInput> {
  const [low, high] = regionCodeRange(plan.region_code);
  const scheme = await creditSchemeInForce(trx, plan.planned_on);
  let population = trx
    .selectFrom('institution')
    .select([
      'institution.id',
      (eb) => eb.selectFrom('credit_evaluation').select('grade').whereRef('credit_evaluation.institution_id', '=', 'institution.id').orderBy('credit_evaluation.id', 'desc').limit(1).as('grade'),
    ])
    .where('institution.region_code', '>=', low)
    .where('institution.region_code', '<=', high)
    .where('institution.status', '=', 'OPERATING');
  if (plan.categories.length) population = population.where('institution.category', 'in', plan.categories);
  const members = (await population.execute()).map((m) => ({ institutionId: m.id, grade: (m.grade ?? 'UNRATED') as DrawGrade }));
  const inspectors = await trx.selectFrom('inspector').select('id').where('active', '=', true).where('region_code', '>=', low).where('region_code', '<=', high).execute();
  const conflicts = inspectors.length
    ? await trx.selectFrom('inspector_conflict').select(['inspector_id', 'institution_id']).where('inspector_id', 'in', inspectors.map((i) => i.id)).execute()
    : [];
  return {
    seed: plan.seed,
    population: members,
    ratios: scheme?.definition.samplingRatios ?? DEFAULT_RATIOS,
    roster: inspectors.map((i) => ({ inspectorId: i.id, conflicts: conflicts.filter((c) => c.inspector_id === i.id).map((c) => c.institution_id) })),
    inspectorsPerTarget: plan.inspectors_per_target,
  };
}

/** Stores what the draw used beside its targets, so anyone can re-run it; the plan becomes DRAWN. */
export async function storeDraw(trx: Transaction<DB>, plan: PlanRow, input: DrawInput, result: DrawResult, actor: string): Promise<PlanRow> {
  const drawn = await trx
    .updateTable('random_inspection_plan')
    .set({
      sampling_ratios: JSON.stringify(input.ratios),
      population: JSON.stringify(input.population),
      roster: JSON.stringify(input.roster),
      drawn_at: new Date(),
      drawn_by: actor,
    })
    .where('id', '=', plan.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (result.targets.length) {
    await trx
      .insertInto('random_inspection_target')
      .values(result.targets.map((target) => ({ plan_id: plan.id, institution_id: target.institutionId, grade: target.grade, inspector_ids: target.inspectorIds })))
      .execute();
  }
  return drawn;
}
