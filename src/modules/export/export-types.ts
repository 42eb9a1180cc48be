import type { RawBuilder } from 'kysely';
import type { ScopedDb, ScopedTable } from '../../auth/scope.js';
import { column, decimal, lineSql, number, reference, subject, timestamp, type FieldSql } from './line-sql.js';
import { scoreStatusLines } from './score-status-lines.js';

/**
 * What a provincial system can pull: one entry per exported type. The snapshot reads each type's
 * table through the scope (`table` is also the scope's name for it), and the change feed serves
 * the same lines for the rows a change concerns.
 *
 * Adding a type takes an entry here and, in a migration, its change capture:
 * `SELECT capture_changes('<table>', '<Type>', '<regions of the row r>')` (see
 * migrations/0030_change_feed.sql); a row with its own region column gives `ARRAY[r.region_code]`.
 */
export type ExportType = RowExportType | ComputedExportType;

interface ExportTypeBase {
  /** The graph's type name: it names lines, cursors' entries and `types=`, and prefixes global ids. */
  type: string;
  table: ScopedTable;
  description: string;
  /** Carries ID numbers and phones, given only to viewers the access table allows (see personal-information.ts). */
  personalInformation?: boolean;
}

/** A type whose records are rows of `table`, each line built in SQL. */
export interface RowExportType extends ExportTypeBase {
  /** The record's fields, as SQL over the row `r`. */
  fields: Record<string, FieldSql>;
}

/** A type computed in the hub for some rows of `table` (each line keyed by the row's id), e.g. 记分状态. */
export interface ComputedExportType extends ExportTypeBase {
  computed: ComputedLines;
}

export interface ComputedLines {
  /** Which visible rows of `table` have a line, as SQL over the row `r`. */
  rows: RawBuilder<boolean>;
  /** The lines of those rows among `ids`, as of `asOf`, read through `scoped`; keyed by row id. */
  lines(scoped: ScopedDb, ids: readonly string[], asOf: string): Promise<Map<string, string>>;
}

const versioned = { version: column('version'), createdAt: timestamp('created_at'), updatedAt: timestamp('updated_at') };

export const EXPORT_TYPES: readonly ExportType[] = [
  {
    type: 'Institution',
    table: 'institution',
    description: '医疗机构',
    fields: {
      name: column('name'), uscc: column('uscc'), regionCode: column('region_code'), category: column('category'), ownership: column('ownership'),
      profitStatus: column('profit_status'), grade: column('grade'), status: column('status'), legalRepresentative: column('legal_representative'),
      address: column('address'), bedCount: column('bed_count'), ...versioned,
    },
  },
  {
    type: 'Practitioner',
    table: 'practitioner',
    description: '医务人员',
    personalInformation: true,
    fields: { name: column('name'), profession: column('profession'), regionCode: column('region_code'), status: column('status'), ...versioned },
  },
  {
    type: 'PracticeRegistration',
    table: 'practice_registration',
    description: '执业注册 / 多点执业',
    fields: {
      practitionerId: reference('Practitioner', 'practitioner_id'), institutionId: reference('Institution', 'institution_id'), siteKind: column('site_kind'),
      practiceCategory: column('practice_category'), practiceScope: column('practice_scope'), validFrom: column('valid_from'), validUntil: column('valid_until'),
      status: column('status'), ...versioned,
    },
  },
  {
    type: 'License',
    table: 'license',
    description: '许可证 (执业许可证, 执业证书)',
    fields: {
      kind: column('kind'), number: column('number'), holderId: subject('holder_institution_id', 'holder_practitioner_id'),
      issuingAuthority: column('issuing_authority'), validFrom: column('valid_from'), validUntil: column('valid_until'), status: column('status'), ...versioned,
    },
  },
  {
    type: 'LicenseValidation',
    table: 'license_validation',
    description: '校验',
    fields: {
      licenseId: reference('License', 'license_id'), validatedOn: column('validated_on'), result: column('result'), deferralMonths: column('deferral_months'),
      rectificationDeadline: column('rectification_deadline'), remarks: column('remarks'), createdAt: timestamp('created_at'),
    },
  },
  {
    type: 'Inspection',
    table: 'inspection',
    description: '监督检查',
    fields: {
      subjectId: subject(), kind: column('kind'), campaign: column('campaign'), planId: reference('RandomInspectionPlan', 'plan_id'),
      inspectedOn: column('inspected_on'), findings: column('findings'), result: column('result'), rectificationDeadline: column('rectification_deadline'),
      reinspectedOn: column('reinspected_on'), reinspectionResult: column('reinspection_result'), ...versioned,
    },
  },
  {
    type: 'Penalty',
    table: 'penalty',
    description: '行政处罚',
    fields: {
      decisionNumber: column('decision_number'), subjectId: subject(), violationType: column('violation_type'), facts: column('facts'),
      legalBasis: column('legal_basis'), categories: column('categories'), content: column('content'), fineYuan: decimal('fine_yuan'),
      confiscatedYuan: decimal('confiscated_yuan'), decidedOn: column('decided_on'), validUntil: column('valid_until'), authorityName: column('authority_name'),
      authorityUscc: column('authority_uscc'), severity: column('severity'), inspectionId: reference('Inspection', 'inspection_id'), status: column('status'),
      revokedOn: column('revoked_on'), revocationReason: column('revocation_reason'), ...versioned,
    },
  },
  {
    type: 'ScoreEvent',
    table: 'score_event',
    description: '不良执业行为记分 (with its appeal status)',
    fields: {
      subjectId: subject(), ruleSetCode: column('rule_code'), itemCode: column('item_code'), units: column('units'), points: column('points'),
      occurredOn: column('occurred_on'), sourceKind: column('source_kind'), sourceReference: column('source_reference'), status: column('status'),
      appealReason: column('appeal_reason'), appealFiledOn: column('appeal_filed_on'), appealDecidedOn: column('appeal_decided_on'),
      appealDecisionNote: column('appeal_decision_note'), ...versioned,
    },
  },
  {
    type: 'InstitutionScoreStatus',
    table: 'institution',
    description: '医疗机构不良执业行为记分状态 (computed as of the day read; one per institution with score events)',
    computed: scoreStatusLines('InstitutionScoreStatus', 'INSTITUTION'),
  },
  {
    type: 'PractitionerScoreStatus',
    table: 'practitioner',
    description: '医务人员不良执业行为记分状态 (computed as of the day read; one per practitioner with score events)',
    computed: scoreStatusLines('PractitionerScoreStatus', 'PRACTITIONER'),
  },
  {
    type: 'CreditEvaluation',
    table: 'credit_evaluation',
    description: '信用评价',
    fields: {
      institutionId: reference('Institution', 'institution_id'), asOf: column('as_of'), score: number('score'), grade: column('grade'),
      deductions: column('deductions'), trigger: column('trigger'), evaluatedAt: timestamp('evaluated_at'),
    },
  },
  {
    type: 'CreditListEntry',
    table: 'credit_list_entry',
    description: '红黑名单',
    fields: {
      subjectId: subject(), list: column('list'), legalBasis: column('legal_basis'), reason: column('reason'), decidedOn: column('decided_on'),
      expiresOn: column('expires_on'), authorityName: column('authority_name'), removedOn: column('removed_on'), removalReason: column('removal_reason'),
      removalNote: column('removal_note'), ...versioned,
    },
  },
  {
    type: 'Disclosure',
    table: 'disclosure',
    description: '信息公开 (双公示)',
    fields: {
      kind: column('kind'), regionCode: column('region_code'), subjectId: subject(), penaltyId: reference('Penalty', 'penalty_id'),
      licenseId: reference('License', 'license_id'), planId: reference('RandomInspectionPlan', 'plan_id'),
      creditListEntryId: reference('CreditListEntry', 'credit_list_entry_id'), commitmentLetterId: reference('CommitmentLetter', 'commitment_letter_id'),
      title: column('title'), content: column('content'), decidedOn: column('decided_on'), dueBy: column('due_by'), publishedOn: column('published_on'),
      publicUntil: column('public_until'), earliestRepairOn: column('earliest_repair_on'), withdrawnOn: column('withdrawn_on'),
      withdrawalReason: column('withdrawal_reason'), withdrawalNote: column('withdrawal_note'), ...versioned,
    },
  },
  {
    type: 'UnlicensedPracticeCase',
    table: 'unlicensed_practice_case',
    description: '非法行医案件',
    fields: {
      source: column('plugin'), caseNumber: column('case_number'), personName: column('person_name'), sex: column('sex'), documentType: column('document_type'),
      documentNumberMasked: column('document_number_masked'), regionCode: column('region_code'), place: column('place'), kind: column('kind'),
      openedOn: column('opened_on'), decidedOn: column('decided_on'), decisionNumber: column('decision_number'), content: column('content'),
      fineYuan: decimal('fine_yuan'), confiscatedYuan: decimal('confiscated_yuan'), transferredToPolice: column('transferred_to_police'), status: column('status'),
      sourceUpdatedAt: timestamp('source_updated_at'), firstReceivedAt: timestamp('first_received_at'), ...versioned,
    },
  },
];

const BY_NAME = new Map(EXPORT_TYPES.map((t) => [t.type, t]));

/** The line of a row of `exportType`, as SQL over the row `r`. */
export const lineOf = (exportType: RowExportType): RawBuilder<string> => lineSql(exportType.type, exportType.fields);

export class UnknownExportTypeError extends Error {
  constructor(readonly names: string[]) {
    super(`unknown type${names.length > 1 ? 's' : ''} ${names.join(', ')}; known: ${EXPORT_TYPES.map((t) => t.type).join(', ')}`);
    this.name = 'UnknownExportTypeError';
  }
}

/** The types asked for (all when none are named), in registry order. */
export function selectExportTypes(names: readonly string[] | null | undefined): ExportType[] {
  if (!names || names.length === 0) return [...EXPORT_TYPES];
  const unknown = names.filter((n) => !BY_NAME.has(n));
  if (unknown.length) throw new UnknownExportTypeError(unknown);
  return EXPORT_TYPES.filter((t) => names.includes(t.type));
}
