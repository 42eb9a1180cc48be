import type { Transaction } from 'kysely';
import { ownedBy } from '../../auth/scope.js';
import type { Viewer } from '../../auth/viewer.js';
import type { DB } from '../../db/schema.generated.js';
import { localId, type IssueList } from '../../graphql/validate.js';
import type { PlanRow } from './draw-plan.js';

/**
 * The plan named by `planId`, locked for the rest of the transaction (so two writes to one plan
 * are judged one after the other), if it lies in the viewer's jurisdiction; otherwise an issue.
 */
export async function planForWrite(trx: Transaction<DB>, viewer: Viewer, planId: string | undefined, issues: IssueList): Promise<PlanRow | undefined> {
  const ref = planId === undefined ? null : localId(planId, ['RandomInspectionPlan'], 'planId', issues);
  if (!ref) return undefined;
  const plan = await trx.selectFrom('random_inspection_plan').selectAll().where('id', '=', ref.id).where(ownedBy(viewer, 'random_inspection_plan')).forUpdate().executeTakeFirst();
  if (!plan) issues.add('planId', 'NOT_FOUND', 'no such plan in your jurisdiction');
  return plan;
}
