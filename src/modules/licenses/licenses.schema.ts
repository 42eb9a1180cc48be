import { LICENSE_KINDS, LICENSE_STATUSES, VALIDATION_RESULTS } from '../../domain/catalog.js';
import type { LicenseRow, LicenseValidationRow } from '../../db/rows.js';
import { builder } from '../../graphql/builder.js';
import { IdentifierOverride, identifierOverrideOf, OVERRIDE_COLUMNS } from '../../graphql/checksum-override.js';
import { fieldRowNeeds, needsKey, reads } from '../../graphql/selected-columns.js';
import { childConnectionField, childConnectionType } from '../../graphql/child-connection.js';
import { enumFromCatalog } from '../../graphql/enums.js';
import { todayInChina } from '../../domain/today.js';
import { InstitutionNode, LicenseNode, PractitionerNode } from '../../graphql/nodes.js';
import { PenaltyNode } from '../penalties/penalties.schema.js';
import { loadSubject } from '../../graphql/subject.js';
import { statusOn, type LicenseStatusCause } from './license-status.js';
import { findLicensesByNumbers, findStatusChangesByLicenseIds, findValidationsOfVisibleLicenses, type LicenseStatusChangeView } from './licenses.queries.js';

export const LicenseKind = enumFromCatalog('LicenseKind', LICENSE_KINDS, '许可证 / 执业证书种类');
export const LicenseStatus = enumFromCatalog('LicenseStatus', LICENSE_STATUSES, '证照状态');
export const ValidationResult = enumFromCatalog('ValidationResult', VALIDATION_RESULTS, '校验结论');

/** The holder is an institution or a practitioner; exactly one of the two columns is set. */
export const LicenseHolder = builder.unionType('LicenseHolder', {
  description: '持证主体: an institution (医疗机构执业许可证) or a practitioner (执业证书).',
  types: [InstitutionNode, PractitionerNode],
  resolveType: (holder) => ('uscc' in holder ? 'Institution' : 'Practitioner'),
});

export const LicenseValidationRef = builder.objectRef<LicenseValidationRow>('LicenseValidation').implement({
  description: '校验: a periodic validation of an institution license and its result.',
  fields: (t) => ({
    license: t.field({ ...reads('license_id'), type: LicenseNode, resolve: (v) => v.license_id }),
    validatedOn: t.field({ ...reads('validated_on'), type: 'Date', resolve: (v) => v.validated_on }),
    result: t.field({ ...reads('result'), type: ValidationResult, resolve: (v) => v.result as keyof typeof VALIDATION_RESULTS }),
    deferralMonths: t.exposeInt('deferral_months', { nullable: true, description: '暂缓校验期 (1–6 months)' }),
    rectificationDeadline: t.field({ ...reads('rectification_deadline'), type: 'Date', nullable: true, description: '整改期限', resolve: (v) => v.rectification_deadline }),
    remarks: t.exposeString('remarks', { nullable: true }),
    overrideReason: t.exposeString('override_reason', {
      nullable: true,
      description: 'Set when a regulator recorded a pass although the 记分 status called for 暂缓校验: his reason (the override is audited).',
    }),
    overriddenBy: t.exposeString('overridden_by', { nullable: true, description: 'Who overrode the 暂缓校验 the scores called for.' }),
  }),
});

const LicenseStatusCauseEnum = builder.enumType('LicenseStatusCause', {
  description: '证照状态变更原因',
  values: {
    VALIDATION_DEFERRED: { description: '暂缓校验' },
    VALIDATION_FAILED: { description: '校验不合格' },
    VALIDATION_PASSED: { description: '暂缓校验期满校验合格, 恢复原状态' },
    PENALTY_SUSPENDED: { description: '行政处罚暂扣' },
    PENALTY_REVOKED_LICENSE: { description: '行政处罚吊销' },
    SUSPENSION_ENDED: { description: '暂扣期满, 恢复原状态' },
    PENALTY_WITHDRAWN: { description: '处罚决定撤销, 恢复原状态' },
  } as const,
});

export const LicenseStatusChangeRef = builder.objectRef<LicenseStatusChangeView>('LicenseStatusChange').implement({
  description: '证照状态变更: one change of a license’s status, when it took effect and why.',
  fields: (t) => ({
    fromStatus: t.field({ type: LicenseStatus, resolve: (c) => c.from_status as keyof typeof LICENSE_STATUSES }),
    toStatus: t.field({ type: LicenseStatus, resolve: (c) => c.to_status as keyof typeof LICENSE_STATUSES }),
    effectiveOn: t.field({ type: 'Date', resolve: (c) => c.effective_on }),
    cause: t.field({ type: LicenseStatusCauseEnum, resolve: (c) => c.cause as LicenseStatusCause }),
    penalty: t.field({ type: PenaltyNode, nullable: true, resolve: (c) => c.penalty_id }),
    note: t.exposeString('note', { nullable: true, description: 'e.g. the reason a penalty was revoked.' }),
    recordedBy: t.exposeString('recorded_by', { description: '`system` when the calendar ended it.' }),
  }),
});

LicenseNode.implement({
  description: '许可证: a 医疗机构执业许可证 or a practitioner’s 执业证书, with its validity and validation history.',
  fields: (t) => ({
    kind: t.field({ ...reads('kind'), type: LicenseKind, resolve: (l) => l.kind as keyof typeof LICENSE_KINDS }),
    number: t.exposeString('number', { description: '登记号 / 证书编码' }),
    identifierOverride: t.field({
      ...reads(...OVERRIDE_COLUMNS),
      type: IdentifierOverride,
      nullable: true,
      description: 'Set when the 登记号’s organisation code fails its check and a regulator accepted it as really issued; null when it passed.',
      resolve: identifierOverrideOf,
    }),
    holder: t.field({ ...reads('holder_institution_id', 'holder_practitioner_id'),
      type: LicenseHolder,
      resolve: (l, _args, ctx) => loadSubject(ctx, { subject_institution_id: l.holder_institution_id, subject_practitioner_id: l.holder_practitioner_id }),
    }),
    issuingAuthority: t.exposeString('issuing_authority', { description: '发证机关' }),
    validFrom: t.field({ ...reads('valid_from'), type: 'Date', resolve: (l) => l.valid_from }),
    validUntil: t.field({ ...reads('valid_until'), type: 'Date', nullable: true, resolve: (l) => l.valid_until }),
    status: t.field({ ...reads('status', 'status_until', 'status_after'),
      type: LicenseStatus,
      description: 'The status today: a suspension (暂扣) whose last day is past reads as ended even before the daily job records it.',
      resolve: (l) => statusOn(l, todayInChina()) as keyof typeof LICENSE_STATUSES,
    }),
    statusUntil: t.field({ ...reads('status', 'status_until', 'status_after'),
      type: 'Date',
      nullable: true,
      description: 'Last day of a status that ends by itself (暂扣期限); null when the status stands until changed.',
      resolve: (l) => (statusOn(l, todayInChina()) === l.status ? l.status_until : null),
    }),
    statusHistory: t.loadableList({ ...reads(),
      type: LicenseStatusChangeRef,
      description: '证照状态变更记录, oldest first: validations, suspensions and revocations, their ends and withdrawals.',
      load: (ids: string[], ctx) => findStatusChangesByLicenseIds(ctx.db, ids),
      resolve: (l) => l.id,
    }),
    validations: t.field({
      ...reads(),
      type: [LicenseValidationRef],
      description: '校验 history, oldest first.',
      resolve: (l, _args, ctx, info) => {
        const needs = fieldRowNeeds(info);
        return ctx
          .loader<string, LicenseValidationRow[]>(`validations:${needsKey(needs)}`, (ids) => findValidationsOfVisibleLicenses(ctx.scoped, ids, needs) as Promise<LicenseValidationRow[][]>)
          .load(l.id);
      },
    }),
    version: t.exposeInt('version'),
    updatedAt: t.field({ ...reads('updated_at'), type: 'DateTime', resolve: (l) => l.updated_at }),
  }),
});

const LicenseConnection = childConnectionType('LicenseConnection', LicenseNode);

builder.objectFields(InstitutionNode, (t) => ({
  licenses: childConnectionField(t, {
    connection: LicenseConnection,
    table: 'license',
    parentColumn: 'holder_institution_id',
    description: '医疗机构执业许可证 held by this institution.',
  }),
}));

builder.objectFields(PractitionerNode, (t) => ({
  licenses: childConnectionField(t, {
    connection: LicenseConnection,
    table: 'license',
    parentColumn: 'holder_practitioner_id',
    description: '执业证书 held by this practitioner.',
  }),
}));

builder.queryFields((t) => ({
  licenseByNumber: t.field({
    type: LicenseNode,
    nullable: true,
    description: 'Look up a license by its 登记号 or certificate number.',
    args: { number: t.arg.string({ required: true }) },
    resolve: (_root, { number }, ctx) =>
      ctx
        .loader<string, LicenseRow | null>('licenseByNumber', async (numbers) => {
          const rows = await findLicensesByNumbers(ctx.scoped, numbers);
          return numbers.map((n) => rows.find((r) => r.number === n) ?? null);
        })
        .load(number.trim().toUpperCase()),
  }),
}));
