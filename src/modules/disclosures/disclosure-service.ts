import { readFileSync } from 'node:fs';
import type { Insertable, Selectable, Transaction } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { LICENSE_KINDS, PENALTY_CATEGORIES, type PenaltyCategory } from '../../domain/catalog.js';
import { penaltyPublicationPeriod, publicationRules } from '../../domain/disclosure/periods.js';
import { addWorkingDays, beyondCalendar, type WorkingCalendar } from '../../domain/disclosure/working-days.js';
import { addDays, addMonths } from '../../domain/scoring/dates.js';
import { enqueueCreditDelivery } from '../../plugin-runtime/outbox/enqueue.js';
import { projectPath } from '../../project-files.js';

export type DisclosureRow = Selectable<DB['disclosure']>;

/** Publication-period rules, read once from their data file. */
export const PUBLICATION_RULES = publicationRules.parse(JSON.parse(readFileSync(projectPath('rules', 'disclosure', 'publication-periods.json'), 'utf8')));

/** Decisions on licenses and penalties are published within this many working days. */
export const PUBLICATION_DEADLINE_WORKING_DAYS = 7;

export async function workingCalendar(trx: Transaction<DB>): Promise<WorkingCalendar> {
  const days = await trx.selectFrom('calendar_day').select(['day', 'kind']).execute();
  return {
    holidays: new Set(days.filter((d) => d.kind === 'HOLIDAY').map((d) => d.day)),
    adjustedWorkingDays: new Set(days.filter((d) => d.kind === 'WORKDAY').map((d) => d.day)),
  };
}

interface SubjectSnapshot {
  institutionId: string | null;
  practitionerId: string | null;
  name: string;
  uscc: string | null;
  regionCode: string;
}

/** The subject as the public may see it: name and, for organisations, the USCC. Never an ID number. */
export async function subjectSnapshot(trx: Transaction<DB>, columns: { subject_institution_id: string | null; subject_practitioner_id: string | null }): Promise<SubjectSnapshot> {
  if (columns.subject_institution_id) {
    const i = await trx.selectFrom('institution').select(['id', 'name', 'uscc', 'region_code']).where('id', '=', columns.subject_institution_id).executeTakeFirstOrThrow();
    return { institutionId: i.id, practitionerId: null, name: i.name, uscc: i.uscc, regionCode: i.region_code };
  }
  const p = await trx.selectFrom('practitioner').select(['id', 'name', 'region_code']).where('id', '=', columns.subject_practitioner_id!).executeTakeFirstOrThrow();
  return { institutionId: null, practitionerId: p.id, name: p.name, uscc: null, regionCode: p.region_code };
}

/** The publication deadline of a decision, flagged when it falls past the calendar's last year. */
function deadline(decidedOn: string, calendar: WorkingCalendar) {
  const dueBy = addWorkingDays(decidedOn, PUBLICATION_DEADLINE_WORKING_DAYS, calendar);
  return { due_by: dueBy, due_by_beyond_calendar: beyondCalendar(dueBy, calendar) };
}

const subjectColumns = (s: SubjectSnapshot) => ({ region_code: s.regionCode, subject_institution_id: s.institutionId, subject_practitioner_id: s.practitionerId });

async function insertDisclosure(trx: Transaction<DB>, values: Insertable<DB['disclosure']>) {
  return trx.insertInto('disclosure').values(values).returningAll().executeTakeFirstOrThrow();
}

const periodOfPenalty = (penalty: Pick<Selectable<DB['penalty']>, 'decided_on' | 'severity' | 'categories'>) =>
  penaltyPublicationPeriod(PUBLICATION_RULES, { decidedOn: penalty.decided_on, severity: penalty.severity as 'GENERAL', categories: penalty.categories as PenaltyCategory[] });

/**
 * A penalty decision awaits publication, due 7 working days after the decision; one the rule does
 * not publish by default (2026 rule, minor) has no deadline and is published only if a regulator chooses.
 */
export async function openPenaltyDisclosure(trx: Transaction<DB>, penalty: Selectable<DB['penalty']>) {
  const subject = await subjectSnapshot(trx, penalty);
  const calendar = await workingCalendar(trx);
  const mustPublish = periodOfPenalty(penalty).publishedByDefault;
  return insertDisclosure(trx, {
    ...subjectColumns(subject),
    kind: 'PENALTY',
    penalty_id: penalty.id,
    title: `行政处罚决定 ${penalty.decision_number}`,
    content: JSON.stringify({
      decisionNumber: penalty.decision_number,
      subjectName: subject.name,
      subjectUscc: subject.uscc,
      violationType: penalty.violation_type,
      categories: (penalty.categories as PenaltyCategory[]).map((c) => PENALTY_CATEGORIES[c].label),
      content: penalty.content,
      fineYuan: penalty.fine_yuan,
      confiscatedYuan: penalty.confiscated_yuan,
      legalBasis: penalty.legal_basis,
      authorityName: penalty.authority_name,
      decidedOn: penalty.decided_on,
    }),
    decided_on: penalty.decided_on,
    ...(mustPublish ? deadline(penalty.decided_on, calendar) : { due_by: null }),
  });
}

/** A licensing decision awaits publication, due 7 working days after the license is issued. */
export async function openLicenseDisclosure(trx: Transaction<DB>, license: Selectable<DB['license']>) {
  const subject = await subjectSnapshot(trx, { subject_institution_id: license.holder_institution_id, subject_practitioner_id: license.holder_practitioner_id });
  const calendar = await workingCalendar(trx);
  const kind = LICENSE_KINDS[license.kind as keyof typeof LICENSE_KINDS].label;
  return insertDisclosure(trx, {
    ...subjectColumns(subject),
    kind: 'LICENSE_DECISION',
    license_id: license.id,
    title: `行政许可 ${kind} ${license.number}`,
    content: JSON.stringify({ licenseKind: kind, number: license.number, holderName: subject.name, holderUscc: subject.uscc, issuingAuthority: license.issuing_authority, validFrom: license.valid_from, validUntil: license.valid_until }),
    decided_on: license.valid_from,
    ...deadline(license.valid_from, calendar),
  });
}

/** Last public day and earliest repair day of a disclosure published on `publishedOn`. */
export async function periodFor(trx: Transaction<DB>, disclosure: DisclosureRow, publishedOn: string, options: { workingDays?: number } = {}) {
  const year = { publicUntil: addDays(addMonths(publishedOn, 12), -1), earliestRepairOn: null };
  switch (disclosure.kind) {
    case 'PENALTY': {
      const penalty = await trx.selectFrom('penalty').select(['decided_on', 'severity', 'categories']).where('id', '=', disclosure.penalty_id!).executeTakeFirstOrThrow();
      const period = periodOfPenalty(penalty);
      return { publicUntil: period.publicUntil, earliestRepairOn: period.earliestRepairOn };
    }
    case 'LICENSE_DECISION': {
      const license = await trx.selectFrom('license').select('valid_until').where('id', '=', disclosure.license_id!).executeTakeFirstOrThrow();
      return { publicUntil: license.valid_until, earliestRepairOn: null };
    }
    case 'CREDIT_LIST_ENTRY': {
      const entry = await trx.selectFrom('credit_list_entry').select('expires_on').where('id', '=', disclosure.credit_list_entry_id!).executeTakeFirstOrThrow();
      return { publicUntil: entry.expires_on, earliestRepairOn: null };
    }
    case 'COMMITMENT_LETTER':
      // 长期公示: published for as long as the commitment is in force.
      return { publicUntil: null, earliestRepairOn: null };
    case 'SCORE_PUBLICATION': {
      // Published for a number of working days, the day of publication being the first.
      const calendar = await workingCalendar(trx);
      return { publicUntil: addWorkingDays(addDays(publishedOn, -1), options.workingDays ?? 7, calendar), earliestRepairOn: null };
    }
    default:
      return year;
  }
}

/** Publishes a disclosure and queues the event for the credit platform. */
export async function publish(trx: Transaction<DB>, disclosure: DisclosureRow, publishedOn: string, options: { workingDays?: number } = {}) {
  const { publicUntil, earliestRepairOn } = await periodFor(trx, disclosure, publishedOn, options);
  const published = await trx
    .updateTable('disclosure')
    .set({ published_on: publishedOn, public_until: publicUntil, earliest_repair_on: earliestRepairOn, version: disclosure.version + 1, updated_at: new Date() })
    .where('id', '=', disclosure.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx.insertInto('disclosure_event').values({ disclosure_id: disclosure.id, kind: 'PUBLISHED', occurred_on: publishedOn }).execute();
  return published;
}

/**
 * Withdraws the disclosures of a record (decision revoked, credit repaired). A disclosure not yet
 * published is withdrawn before it ever appears; a published one also queues a withdrawal event.
 */
export async function withdrawDisclosures(
  trx: Transaction<DB>,
  record: { penalty_id: string } | { credit_list_entry_id: string },
  reason: 'DECISION_REVOKED' | 'CREDIT_REPAIR',
  on: string,
  note: string,
) {
  const [column, id] = Object.entries(record)[0] as ['penalty_id' | 'credit_list_entry_id', string];
  const rows = await trx
    .updateTable('disclosure')
    .set((eb) => ({ withdrawn_on: on, withdrawal_reason: reason, withdrawal_note: note, version: eb('version', '+', 1), updated_at: new Date() }))
    .where(column, '=', id)
    .where('withdrawn_on', 'is', null)
    .returningAll()
    .execute();
  // The platform is told whether or not the disclosure was published: it holds every decision.
  if (column === 'penalty_id') await enqueueCreditDelivery(trx, { penaltyIds: [id] });
  const published = rows.filter((r) => r.published_on !== null);
  if (published.length) {
    await trx.insertInto('disclosure_event').values(published.map((r) => ({ disclosure_id: r.id, kind: 'WITHDRAWN', reason, occurred_on: on }))).execute();
  }
  return rows;
}
