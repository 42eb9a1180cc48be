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
  | 'unlicensed_practice_case'
  | 'registry_match'
  | 'sentinel_point'
  | 'sentinel_clue'
  | 'sentinel_assessment';

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
    case 'SENTINEL_POINT':
      return FALSE; // a point's account is for its own clue reports only
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
  registry_match: registryMatchCondition,
  // 监测哨点 belong to their region's regulators; a point's own account sees itself, its clues and assessments.
  sentinel_point: (viewer, alias) => sentinelCondition(viewer, `${alias}.id`, `${alias}.region_code`),
  sentinel_clue: (viewer, alias) => sentinelRecordCondition(viewer, alias),
  sentinel_assessment: (viewer, alias) => sentinelRecordCondition(viewer, alias),
};

function sentinelCondition(viewer: Viewer, idColumn: string, regionColumn: string): Condition {
  if (viewer.kind === 'SENTINEL_POINT') return sql<boolean>`${sql.ref(idColumn)} = ${viewer.sentinelPointId}`;
  return regionalRecordCondition(viewer, regionColumn);
}

function sentinelRecordCondition(viewer: Viewer, alias: string): Condition {
  if (viewer.kind === 'ADMINISTRATOR') return TRUE;
  if (viewer.kind === 'SENTINEL_POINT') return sql<boolean>`${sql.ref(`${alias}.point_id`)} = ${viewer.sentinelPointId}`;
  return sql<boolean>`EXISTS (SELECT 1 FROM sentinel_point AS scope_sp WHERE scope_sp.id = ${sql.ref(`${alias}.point_id`)}
    AND ${regionalRecordCondition(viewer, 'scope_sp.region_code')})`;
}

/**
 * A 上网比对 alert is for the regulators of every jurisdiction it involves — the county of either
 * case, the practitioner's — and nobody else; each sees of it what his own scope allows.
 */
function registryMatchCondition(viewer: Viewer, alias: string): Condition {
  if (viewer.kind === 'ADMINISTRATOR') return TRUE;
  if (viewer.kind !== 'REGULATOR') return FALSE;
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  return sql<boolean>`(
    EXISTS (SELECT 1 FROM unlicensed_practice_case AS scope_mc WHERE scope_mc.id IN (${column('case_id')}, ${column('other_case_id')})
      AND ${inRegions('scope_mc.region_code', viewer.jurisdictions)})
    OR EXISTS (SELECT 1 FROM practitioner AS scope_mp WHERE scope_mp.id = ${column('practitioner_id')} AND ${practitionerCondition(viewer, 'scope_mp')}))`;
}

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

/**
 * The bulk form of the scope, for reading all of a viewer's rows of a table in one statement (the
 * provincial snapshot): the same rows as `visibleTo`, but where the row form correlates an EXISTS
 * per row (practitioners, registrations, licenses, validations, records about a subject), this
 * names the visible ids by uncorrelated subqueries from the viewer's region ranges, which
 * PostgreSQL runs once per statement as hashed semi-joins. Over a whole province that turns
 * millions of index probes into a few scans; for a single row the row form stays the better one.
 */
export function visibleInBulk(viewer: Viewer, table: ScopedTable, alias: string = table): Condition {
  if (viewer.kind !== 'REGULATOR' && viewer.kind !== 'PROVINCIAL_SYSTEM') return visibleTo(viewer, table, alias);
  const ids = BULK_IDS[table]?.(jurisdictionsOf(viewer));
  return ids ? sql<boolean>`${sql.ref(`${alias}.id`)} IN (${ids})` : visibleTo(viewer, table, alias);
}

type IdsQuery = (codes: readonly string[]) => RawBuilder<unknown>;

const institutionIds: IdsQuery = (codes) => sql`SELECT id FROM institution WHERE ${inRegions('region_code', codes)}`;
// Registered in the regions (注册地), or practising at a site there: as practitionerCondition.
const practitionerIds: IdsQuery = (codes) => sql`SELECT id FROM practitioner WHERE ${inRegions('region_code', codes)}
  UNION ALL SELECT practitioner_id FROM practice_registration WHERE institution_id IN (${institutionIds(codes)})`;
const licenseIds: IdsQuery = (codes) => sql`SELECT id FROM license WHERE holder_institution_id IN (${institutionIds(codes)})
  UNION ALL SELECT id FROM license WHERE holder_practitioner_id IN (${practitionerIds(codes)})`;
const subjectRecordIds =
  (table: ScopedTable, institutionColumn: string, practitionerColumn?: string): IdsQuery =>
  (codes) => {
    const byInstitution = sql`SELECT id FROM ${sql.table(table)} WHERE ${sql.ref(institutionColumn)} IN (${institutionIds(codes)})`;
    if (!practitionerColumn) return byInstitution;
    return sql`${byInstitution} UNION ALL SELECT id FROM ${sql.table(table)} WHERE ${sql.ref(practitionerColumn)} IN (${practitionerIds(codes)})`;
  };

/** For regulators and provincial systems, the ids each dependent table shows them (see `visibleInBulk`). */
const BULK_IDS: Partial<Record<ScopedTable, IdsQuery>> = {
  practitioner: practitionerIds,
  practice_registration: (codes) => sql`SELECT id FROM practice_registration WHERE institution_id IN (${institutionIds(codes)})`,
  license: licenseIds,
  license_validation: (codes) => sql`SELECT id FROM license_validation WHERE license_id IN (${licenseIds(codes)})`,
  score_event: subjectRecordIds('score_event', 'subject_institution_id', 'subject_practitioner_id'),
  inspection: subjectRecordIds('inspection', 'subject_institution_id', 'subject_practitioner_id'),
  penalty: subjectRecordIds('penalty', 'subject_institution_id', 'subject_practitioner_id'),
  credit_list_entry: subjectRecordIds('credit_list_entry', 'subject_institution_id', 'subject_practitioner_id'),
  credit_evaluation: subjectRecordIds('credit_evaluation', 'institution_id'),
  self_inspection: subjectRecordIds('self_inspection', 'institution_id'),
  commitment_letter: subjectRecordIds('commitment_letter', 'institution_id'),
};

/**
 * What a parent the viewer already sees proves about its children, keyed by the child's table
 * and the column naming the parent: the part of the child's condition still to check. A page of
 * institutions then reads their registrations and licenses without re-proving, row by row, that
 * their institution is visible. Every condition here must follow from those above.
 */
const LEFT_BY_VISIBLE_PARENT: Partial<Record<string, (viewer: Viewer, alias: string) => Condition>> = {
  // Visible where their institution is; the public sees current ones only (registrationCondition).
  'practice_registration.institution_id': (viewer, alias) => (viewer.kind === 'PUBLIC' ? sql<boolean>`${sql.ref(`${alias}.status`)} = 'ACTIVE'` : TRUE),
  // A license is visible where its holder is (licenseCondition), a validation where its license is.
  'license.holder_institution_id': () => TRUE,
  'license.holder_practitioner_id': () => TRUE,
  'license_validation.license_id': () => TRUE,
};

/**
 * To-one references that whoever sees the row sees too, so a list may read them joined, without
 * a scope check of their own: a registration's practitioner (practitionerCondition's second half).
 */
const VISIBLE_WITH_ROW = new Set(['practice_registration.practitioner_id']);

export interface ScopedDb {
  db: Kysely<DB>;
  viewer: Viewer;
  /** `SELECT … FROM table` already limited to the rows the viewer may see. */
  from<T extends ScopedTable>(table: T): SelectQueryBuilder<DB, T, {}>;
  /**
   * `SELECT … FROM table` for the children of parents the viewer already sees, through
   * `parentColumn`: limited by what those parents do not already prove.
   */
  childrenOf<T extends ScopedTable>(table: T, parentColumn: string): SelectQueryBuilder<DB, T, {}>;
  /** True when the row that `table.column` references is visible to whoever sees the row. */
  referenceVisibleWithRow(table: ScopedTable, column: string): boolean;
}

export function scopedDb(db: Kysely<DB>, viewer: Viewer): ScopedDb {
  const from = <T extends ScopedTable>(table: T, condition: Condition) => (db.selectFrom(table) as SelectQueryBuilder<DB, any, {}>).where(condition) as any;
  return {
    db,
    viewer,
    from: (table) => from(table, visibleTo(viewer, table)),
    childrenOf: (table, parentColumn) => from(table, (LEFT_BY_VISIBLE_PARENT[`${table}.${parentColumn}`] ?? CONDITIONS[table])(viewer, table)),
    referenceVisibleWithRow: (table, column) => VISIBLE_WITH_ROW.has(`${table}.${column}`),
  };
}

/**
 * Who may change what: a row is owned by the jurisdiction that keeps it, which may be narrower
 * than where it is seen. A practitioner is seen wherever he practises, but his record (name,
 * phone, status, his own licenses) belongs to where he was registered (注册地); a practice
 * registration belongs to its site's jurisdiction; an institution and its licenses to the
 * institution's. Supervision records are kept where their subject is supervised, so they are
 * owned where they are seen. Only regulators own anything.
 */
const OWNERSHIP: Partial<Record<ScopedTable, (viewer: Viewer, alias: string) => Condition>> = {
  practitioner: (viewer, alias) => inRegions(`${alias}.region_code`, jurisdictionsOf(viewer)),
  license: (viewer, alias) => sql<boolean>`(
    EXISTS (SELECT 1 FROM institution AS own_li WHERE own_li.id = ${sql.ref(`${alias}.holder_institution_id`)} AND ${institutionCondition(viewer, 'own_li')})
    OR EXISTS (SELECT 1 FROM practitioner AS own_lp WHERE own_lp.id = ${sql.ref(`${alias}.holder_practitioner_id`)} AND ${inRegions('own_lp.region_code', jurisdictionsOf(viewer))}))`,
  license_validation: (viewer, alias) =>
    sql<boolean>`EXISTS (SELECT 1 FROM license AS own_l WHERE own_l.id = ${sql.ref(`${alias}.license_id`)} AND ${ownedBy(viewer, 'license', 'own_l')})`,
};

/** The rows of `table` the viewer may change (see OWNERSHIP); every write's target is read through it. */
export function ownedBy(viewer: Viewer, table: ScopedTable, alias: string = table): Condition {
  if (viewer.kind !== 'REGULATOR') return FALSE;
  return (OWNERSHIP[table] ?? CONDITIONS[table])(viewer, alias);
}

/** Whether the viewer may write records located in `regionCode`. */
export function mayWriteIn(viewer: Viewer, regionCode: string): boolean {
  if (viewer.kind !== 'REGULATOR') return false;
  return viewer.jurisdictions.some((code) => {
    const [low, high] = regionCodeRange(code);
    return regionCode >= low && regionCode <= high;
  });
}
