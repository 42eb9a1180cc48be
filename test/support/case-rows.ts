import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.generated.js';
import type { UnlicensedPracticeCaseRecord } from '../../src/plugin-sdk/index.js';

/** An instant written any ISO way, as one comparable string. */
const instant = (value: string | Date) => new Date(value).toISOString();

/** A case as the comparison sees it: the entity's fields, the update time as a UTC instant. */
export function comparableCase(record: UnlicensedPracticeCaseRecord) {
  return { ...record, sourceUpdatedAt: instant(record.sourceUpdatedAt) };
}

/** The cases a plugin stored, in the entity contract's shape, sorted by case number. */
export async function storedCases(db: Kysely<DB>, plugin: string) {
  const rows = await db.selectFrom('unlicensed_practice_case').selectAll().where('plugin', '=', plugin).orderBy('case_number').execute();
  return rows.map((r) =>
    comparableCase({
      caseNumber: r.case_number,
      personName: r.person_name,
      sex: r.sex as UnlicensedPracticeCaseRecord['sex'],
      documentType: r.document_type as UnlicensedPracticeCaseRecord['documentType'],
      documentNumber: r.document_number,
      documentNumberMasked: r.document_number_masked,
      regionCode: r.region_code,
      place: r.place,
      kind: r.kind as UnlicensedPracticeCaseRecord['kind'],
      openedOn: r.opened_on,
      decidedOn: r.decided_on,
      decisionNumber: r.decision_number,
      content: r.content,
      fineYuan: r.fine_yuan,
      confiscatedYuan: r.confiscated_yuan,
      transferredToPolice: r.transferred_to_police,
      status: r.status as UnlicensedPracticeCaseRecord['status'],
      sourceUpdatedAt: instant(r.source_updated_at),
    }),
  );
}

export const sortedByCaseNumber = <T extends { caseNumber: string }>(records: T[]) => [...records].sort((a, b) => (a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0));
