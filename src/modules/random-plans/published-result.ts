import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { NOT_INSPECTED_REASONS, type NotInspectedReason } from '../../domain/catalog.js';

/**
 * 一公开: what the public reads of a plan's result — each drawn target with its outcome (findings,
 * result, rectification), and the drawn targets that were not inspected, with why: the reason a
 * regulator recorded, or else what the records show. Only inspections recorded against the plan
 * count, so an unrelated visit never stands in for a drawn one.
 */
export async function publishedPlanResult(trx: Transaction<DB>, planId: string) {
  const targets = await trx
    .selectFrom('random_inspection_target')
    .innerJoin('institution', 'institution.id', 'random_inspection_target.institution_id')
    .select(['institution.id', 'institution.name', 'institution.uscc', 'institution.status', 'not_inspected_reason', 'not_inspected_note'])
    .where('plan_id', '=', planId)
    .orderBy('institution.id')
    .execute();
  const inspections = await trx
    .selectFrom('inspection')
    .select(['subject_institution_id', 'inspected_on', 'findings', 'result', 'rectification_deadline', 'reinspected_on', 'reinspection_result'])
    .where('plan_id', '=', planId)
    .orderBy('inspected_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const inspected = [];
  const notInspected = [];
  for (const t of targets) {
    const found = inspections.find((i) => i.subject_institution_id === t.id);
    if (found) {
      inspected.push({
        name: t.name,
        uscc: t.uscc,
        inspectedOn: found.inspected_on,
        result: found.result,
        findings: found.findings,
        rectificationDeadline: found.rectification_deadline,
        reinspectedOn: found.reinspected_on,
        rectification: found.reinspection_result,
      });
    } else if (t.not_inspected_reason) {
      const code = t.not_inspected_reason as NotInspectedReason;
      notInspected.push({ name: t.name, uscc: t.uscc, reasonCode: code, reason: NOT_INSPECTED_REASONS[code].label, note: t.not_inspected_note });
    } else {
      // Nothing recorded: a target that no longer operates could not be visited; otherwise no result was entered.
      notInspected.push({ name: t.name, uscc: t.uscc, reasonCode: null, reason: t.status === 'OPERATING' ? '未录入检查结果' : '机构已停业或注销, 无法检查', note: null });
    }
  }
  return { targets: inspected, notInspected };
}
