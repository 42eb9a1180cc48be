import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { evaluateCredit, inForceOn } from '../../domain/credit/evaluate.js';
import { addMonths } from '../../domain/scoring/dates.js';
import type { FieldIssue } from '../../graphql/errors.js';
import { creditInputs, creditSchemeInForce } from './credit.queries.js';
import { withdrawDisclosures } from '../disclosures/disclosure-service.js';

type SubjectColumns = { subject_institution_id: string | null; subject_practitioner_id: string | null };

const entriesOf = (trx: Transaction<DB>, subject: SubjectColumns, list: 'RED' | 'BLACK') => {
  const query = trx.selectFrom('credit_list_entry').selectAll().where('list', '=', list);
  return subject.subject_institution_id
    ? query.where('subject_institution_id', '=', subject.subject_institution_id).execute()
    : query.where('subject_practitioner_id', '=', subject.subject_practitioner_id!).execute();
};

const inForce = (e: { decided_on: string; expires_on: string | null; removed_on: string | null }, date: string) =>
  inForceOn({ id: '', decidedOn: e.decided_on, expiresOn: e.expires_on, removedOn: e.removed_on }, date);

/**
 * Why a red-list (守信激励) entry cannot be made on `decidedOn`: the scheme's conditions — the grade
 * it names on that day and no penalty in the months before — and no black-list entry in force.
 */
export async function redListProblems(trx: Transaction<DB>, subject: SubjectColumns, decidedOn: string): Promise<FieldIssue[]> {
  const problems: { field: string; code: string; message: string }[] = [];
  if ((await entriesOf(trx, subject, 'BLACK')).some((e) => inForce(e, decidedOn))) {
    problems.push({ field: 'list', code: 'BLACK_LISTED', message: '红名单 cannot stand beside a 严重失信主体名单 entry in force' });
  }
  const scheme = await creditSchemeInForce(trx, decidedOn);
  const conditions = scheme?.definition.redList ?? { grade: 'A' as const, penaltyFreeMonths: 36 };
  const penalties = trx.selectFrom('penalty').select('id').where('status', '=', 'EFFECTIVE').where('decided_on', '>', addMonths(decidedOn, -conditions.penaltyFreeMonths)).where('decided_on', '<=', decidedOn);
  const penalised = subject.subject_institution_id
    ? await penalties.where('subject_institution_id', '=', subject.subject_institution_id).executeTakeFirst()
    : await penalties.where('subject_practitioner_id', '=', subject.subject_practitioner_id!).executeTakeFirst();
  if (penalised) problems.push({ field: 'decidedOn', code: 'PENALISED_IN_PERIOD', message: `红名单 needs no penalty in the ${conditions.penaltyFreeMonths} months before the decision` });
  if (subject.subject_institution_id && scheme) {
    const { grade } = evaluateCredit(scheme.definition, await creditInputs(trx, subject.subject_institution_id), decidedOn);
    if (grade !== conditions.grade) problems.push({ field: 'subjectId', code: 'GRADE_NOT_MET', message: `红名单 needs credit grade ${conditions.grade} on the decision date; it is ${grade}` });
  }
  return problems;
}

/** A black-list entry ends any red-list entry in force: the two never stand side by side. */
export async function endRedListing(trx: Transaction<DB>, subject: SubjectColumns, decidedOn: string) {
  const note = '列入严重失信主体名单, 红名单同时撤销';
  for (const red of (await entriesOf(trx, subject, 'RED')).filter((e) => inForce(e, decidedOn))) {
    await trx
      .updateTable('credit_list_entry')
      .set({ removed_on: decidedOn, removal_reason: 'REVOCATION', removal_note: note, version: red.version + 1, updated_at: new Date() })
      .where('id', '=', red.id)
      .execute();
    await withdrawDisclosures(trx, { credit_list_entry_id: red.id }, 'DECISION_REVOKED', decidedOn, note);
  }
}
