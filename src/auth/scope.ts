import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../db/schema.generated.js';
import { regionCodeRange } from '../modules/regions/regions.queries.js';
import { todayInChina } from '../domain/today.js';
import { jurisdictionsOf, type Viewer } from './viewer.js';

/**
 * The one mechanism that decides which rows a viewer may see. Every read of a scoped table goes
 * through `ScopedDb.from`, so a row outside the viewer's scope is filtered in SQL and looks
 * exactly like a row that does not exist — in lists, look-ups, node(id), nested lists and search.
 */
export type ScopedTable =
  | 'institution'
  | 'practitioner'
  | 'practice_registration'
  | 'license'
  | 'license_validation'
  | 'score_event'
  | 'inspection'
  | 'penalty'
  | 'complaint'
  | 'self_inspection'
  | 'commitment_letter'
  | 'inspector'
  | 'credit_evaluation'
  | 'credit_list_entry'
  | 'random_inspection_plan'
  | 'disclosure'
  | 'unlicensed_practice_case';

type Condition = RawBuilder<boolean>;
const TRUE: Condition = sql<boolean>`true`;
const FALSE: Condition = sql<boolean>`false`;

function inRegions(column: string, codes: readonly string[]): Condition {
  if (codes.length === 0) return FALSE;
  const ranges = codes.map((code) => {
    const [low, high] = regionCodeRange(code);
    return sql`(${sql.ref(column)} BETWEEN ${low} AND ${high})`;
  });
  return sql<boolean>`(${sql.join(ranges, sql` OR `)})`;
}

/** Institutions the viewer may see, as a condition on the row aliased `alias`. */
function institutionCondition(viewer: Viewer, alias: string): Condition {
  switch (viewer.kind) {
    case 'PUBLIC':
    case 'ADMINISTRATOR':
      return TRUE; // the register of institutions is public information
    case 'REGULATOR':
      return inRegions(`${alias}.region_code`, viewer.jurisdictions);
    case 'PROVINCIAL_SYSTEM':
      return inRegions(`${alias}.region_code`, [viewer.province]);
    case 'INSTITUTION':
      return sql<boolean>`${sql.ref(`${alias}.id`)} = ${viewer.institutionId}`;
  }
}

function registrationCondition(viewer: Viewer, alias: string): Condition {
  if (viewer.kind === 'ADMINISTRATOR') return TRUE;
  // The public sees where practitioners practise now, not their history.
  if (viewer.kind === 'PUBLIC') return sql<boolean>`${sql.ref(`${alias}.status`)} = 'ACTIVE'`;
  return sql<boolean>`EXISTS (SELECT 1 FROM institution AS scope_i WHERE scope_i.id = ${sql.ref(`${alias}.institution_id`)}
    AND ${institutionCondition(viewer, 'scope_i')})`;
}

/**
 * A practitioner is visible where he was registered (注册地) and wherever one of his practice
 * registrations is visible; the public sees those practising now. `PracticeRegistration.practitioner`
 * relies on the second half: keep it true for every viewer.
 */
function practitionerCondition(viewer: Viewer, alias: string): Condition {
  if (viewer.kind === 'ADMINISTRATOR') return TRUE;
  const registeredHere =
    viewer.kind === 'REGULATOR' || viewer.kind === 'PROVINCIAL_SYSTEM' ? sql`${inRegions(`${alias}.region_code`, jurisdictionsOf(viewer))} OR ` : sql``;
  return sql<boolean>`(${registeredHere}EXISTS (SELECT 1 FROM practice_registration AS scope_r WHERE scope_r.practitioner_id = ${sql.ref(`${alias}.id`)}
    AND ${registrationCondition(viewer, 'scope_r')}))`;
}

function licenseCondition(viewer: Viewer, alias: string): Condition {
  if (viewer.kind === 'ADMINISTRATOR') return TRUE;
  return sql<boolean>`(
    EXISTS (SELECT 1 FROM institution AS scope_li WHERE scope_li.id = ${sql.ref(`${alias}.holder_institution_id`)} AND ${institutionCondition(viewer, 'scope_li')})
    OR EXISTS (SELECT 1 FROM practitioner AS scope_lp WHERE scope_lp.id = ${sql.ref(`${alias}.holder_practitioner_id`)} AND ${practitionerCondition(viewer, 'scope_lp')}))`;
}

function validationCondition(viewer: Viewer, alias: string): Condition {
  if (viewer.kind === 'ADMINISTRATOR') return TRUE;
  return sql<boolean>`EXISTS (SELECT 1 FROM license AS scope_l WHERE scope_l.id = ${sql.ref(`${alias}.license_id`)} AND ${licenseCondition(viewer, 'scope_l')})`;
}

/**
 * Supervision records about a subject (an institution or a practitioner): regulators and
 * provincial systems see them with their subject, an institution its own, the public none — the
 * public reads them only once disclosed.
 */
function subjectRecordCondition(viewer: Viewer, alias: string, institutionColumn: string, practitionerColumn: string | null): Condition {
  if (viewer.kind === 'ADMINISTRATOR') return TRUE;
  if (viewer.kind === 'PUBLIC') return FALSE;
  if (viewer.kind === 'INSTITUTION') return sql<boolean>`${sql.ref(`${alias}.${institutionColumn}`)} = ${viewer.institutionId}`;
  if (!practitionerColumn) {
    return sql<boolean>`EXISTS (SELECT 1 FROM institution AS scope_si WHERE scope_si.id = ${sql.ref(`${alias}.${institutionColumn}`)} AND ${institutionCondition(viewer, 'scope_si')})`;
  }
  return sql<boolean>`(
    EXISTS (SELECT 1 FROM institution AS scope_si WHERE scope_si.id = ${sql.ref(`${alias}.${institutionColumn}`)} AND ${institutionCondition(viewer, 'scope_si')})
    OR EXISTS (SELECT 1 FROM practitioner AS scope_sp WHERE scope_sp.id = ${sql.ref(`${alias}.${practitionerColumn}`)} AND ${practitionerCondition(viewer, 'scope_sp')}))`;
}

const CONDITIONS: Record<ScopedTable, (viewer: Viewer, alias: string) => Condition> = {
  institution: institutionCondition,
  practitioner: practitionerCondition,
  practice_registration: registrationCondition,
  license: licenseCondition,
  license_validation: validationCondition,
  score_event: (viewer, alias) => subjectRecordCondition(viewer, alias, 'subject_institution_id', 'subject_practitioner_id'),
  inspection: (viewer, alias) => subjectRecordCondition(viewer, alias, 'subject_institution_id', 'subject_practitioner_id'),
  penalty: (viewer, alias) => subjectRecordCondition(viewer, alias, 'subject_institution_id', 'subject_practitioner_id'),
  self_inspection: (viewer, alias) => subjectRecordCondition(viewer, alias, 'institution_id', null),
  commitment_letter: (viewer, alias) => subjectRecordCondition(viewer, alias, 'institution_id', null),
  // Complaints are filed where they were received and are for that region's regulators only: a
  // complainant's account is not regulated-entity data, so a provincial system's key reads none.
  complaint: (viewer, alias) => (viewer.kind === 'PROVINCIAL_SYSTEM' ? FALSE : regionalRecordCondition(viewer, `${alias}.region_code`)),
  credit_evaluation: (viewer, alias) => subjectRecordCondition(viewer, alias, 'institution_id', null),
  // Red and black lists are published: the public sees entries in force.
  credit_list_entry: (viewer, alias) =>
    viewer.kind === 'PUBLIC'
      ? sql<boolean>`(${sql.ref(`${alias}.removed_on`)} IS NULL AND (${sql.ref(`${alias}.expires_on`)} IS NULL OR ${sql.ref(`${alias}.expires_on`)} >= ${todayInChina()}::date))`
      : subjectRecordCondition(viewer, alias, 'subject_institution_id', 'subject_practitioner_id'),
  // Plans are drawn by regulators; their results reach the public as disclosures.
  random_inspection_plan: (viewer, alias) => regionalRecordCondition(viewer, `${alias}.region_code`),
  disclosure: disclosureCondition,
  inspector: (viewer, alias) => (viewer.kind === 'PROVINCIAL_SYSTEM' ? FALSE : regionalRecordCondition(viewer, `${alias}.region_code`)),
  // 非法行医 cases belong to the county where they happened: its regulators and province only.
  unlicensed_practice_case: (viewer, alias) => regionalRecordCondition(viewer, `${alias}.region_code`),
};

/**
 * The public reads a disclosure from its publication day to the last day of its period, unless
 * it was withdrawn; regulators see every disclosure of their region; an institution its own.
 */
function disclosureCondition(viewer: Viewer, alias: string): Condition {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  if (viewer.kind === 'PUBLIC') {
    const today = todayInChina();
    return sql<boolean>`(${column('published_on')} <= ${today}::date AND ${column('withdrawn_on')} IS NULL
      AND (${column('public_until')} IS NULL OR ${column('public_until')} >= ${today}::date))`;
  }
  if (viewer.kind === 'INSTITUTION') return sql<boolean>`${column('subject_institution_id')} = ${viewer.institutionId}`;
  return regionalRecordCondition(viewer, `${alias}.region_code`);
}

function regionalRecordCondition(viewer: Viewer, column: string): Condition {
  if (viewer.kind === 'ADMINISTRATOR') return TRUE;
  if (viewer.kind === 'REGULATOR' || viewer.kind === 'PROVINCIAL_SYSTEM') return inRegions(column, jurisdictionsOf(viewer));
  return FALSE;
}

export function visibleTo(viewer: Viewer, table: ScopedTable, alias: string = table): Condition {
  return CONDITIONS[table](viewer, alias);
}

export interface ScopedDb {
  db: Kysely<DB>;
  viewer: Viewer;
  /** `SELECT … FROM table` already limited to the rows the viewer may see. */
  from<T extends ScopedTable>(table: T): SelectQueryBuilder<DB, T, {}>;
}

export function scopedDb(db: Kysely<DB>, viewer: Viewer): ScopedDb {
  return {
    db,
    viewer,
    from: (table) => (db.selectFrom(table) as SelectQueryBuilder<DB, any, {}>).where(visibleTo(viewer, table)) as any,
  };
}

/** Whether the viewer may write records located in `regionCode`. */
export function mayWriteIn(viewer: Viewer, regionCode: string): boolean {
  if (viewer.kind !== 'REGULATOR') return false;
  return viewer.jurisdictions.some((code) => {
    const [low, high] = regionCodeRange(code);
    return regionCode >= low && regionCode <= high;
  });
}
