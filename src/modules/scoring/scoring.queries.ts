import type { Kysely } from 'kysely';
import type { ScopedDb } from '../../auth/scope.js';
import type { DB } from '../../db/schema.generated.js';
import { ruleSetDefinition } from '../../domain/scoring/rule-set.js';
import type { RuleSetVersion } from '../../domain/scoring/status.js';
import { regionCodeRange } from '../regions/regions.queries.js';
import { isAnyOf } from '../../db/any-of.js';

export const NATIONAL = '000000';

export interface RuleSetRow {
  id: string;
  code: string;
  version: number;
  title: string;
  jurisdictionCode: string;
  subjectKind: 'INSTITUTION' | 'PRACTITIONER';
  effectiveFrom: string;
  source: string;
  publishedBy: string;
  createdAt: Date;
  versionData: RuleSetVersion;
}

/** Every version of every rule set (a small table, read once per request). */
export async function findAllRuleSets(db: Kysely<DB>): Promise<RuleSetRow[]> {
  const rows = await db.selectFrom('score_rule_set').selectAll().orderBy('code').orderBy('version').execute();
  return rows.map((r) => {
    const definition = ruleSetDefinition.parse(r.definition);
    return {
      id: r.id,
      code: r.code,
      version: r.version,
      title: r.title,
      jurisdictionCode: r.jurisdiction_code,
      subjectKind: r.subject_kind as RuleSetRow['subjectKind'],
      effectiveFrom: r.effective_from,
      source: r.source,
      publishedBy: r.published_by,
      createdAt: r.created_at,
      versionData: { id: r.id, version: r.version, effectiveFrom: r.effective_from, definition },
    };
  });
}

/** Whether a rule set of `jurisdictionCode` binds a subject located in `regionCode`. */
export function bindsRegion(jurisdictionCode: string, regionCode: string): boolean {
  if (jurisdictionCode === NATIONAL) return true;
  const [low, high] = regionCodeRange(jurisdictionCode);
  return regionCode >= low && regionCode <= high;
}

export type SubjectColumn = 'subject_institution_id' | 'subject_practitioner_id';

export const findScoreEventsBySubjects = (scoped: ScopedDb, column: SubjectColumn, ids: readonly string[]) =>
  scoped.from('score_event').selectAll().where(isAnyOf(column, ids)).orderBy('occurred_on').orderBy('id').execute();

export const findScoreEventsByIds = (scoped: ScopedDb, ids: readonly string[]) =>
  scoped.from('score_event').selectAll().where(isAnyOf('id', ids)).execute();

/** What places an institution's windows: its practice license date, validation period and passed 校验. */
export async function institutionFacts(scoped: ScopedDb, ids: readonly string[]) {
  const [institutions, licenses, validations] = await Promise.all([
    scoped.from('institution').select(['id', 'bed_count']).where(isAnyOf('id', ids)).execute(),
    scoped
      .from('license')
      .select(['holder_institution_id', 'valid_from'])
      .where(isAnyOf('holder_institution_id', ids))
      .where('kind', '=', 'INSTITUTION_PRACTICE')
      .execute(),
    scoped
      .from('license_validation')
      .innerJoin('license', 'license.id', 'license_validation.license_id')
      .select(['license.holder_institution_id', 'license_validation.validated_on'])
      .where(isAnyOf('license.holder_institution_id', ids))
      .where('license_validation.result', '=', 'PASSED')
      .execute(),
  ]);
  return ids.map((id) => {
    const beds = institutions.find((i) => i.id === id)?.bed_count ?? 0;
    const licenseDate = licenses.filter((l) => l.holder_institution_id === id).map((l) => l.valid_from).sort().at(-1) ?? null;
    return {
      licenseDate,
      // 床位不满100张的每年校验一次, 100张以上的每三年校验一次.
      validationPeriodYears: (beds >= 100 ? 3 : 1) as 1 | 3,
      passedValidations: validations.filter((v) => v.holder_institution_id === id).map((v) => v.validated_on),
    };
  });
}

/** A practitioner's windows are placed by his practice certificate. */
export async function practitionerFacts(scoped: ScopedDb, ids: readonly string[]) {
  const licenses = await scoped
    .from('license')
    .select(['holder_practitioner_id', 'valid_from'])
    .where(isAnyOf('holder_practitioner_id', ids))
    .execute();
  return ids.map((id) => ({
    licenseDate: licenses.filter((l) => l.holder_practitioner_id === id).map((l) => l.valid_from).sort().at(-1) ?? null,
    validationPeriodYears: null,
    passedValidations: [] as string[],
  }));
}
