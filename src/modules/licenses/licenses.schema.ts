import { LICENSE_KINDS, LICENSE_STATUSES, VALIDATION_RESULTS } from '../../domain/catalog.js';
import type { LicenseRow, LicenseValidationRow } from '../../db/rows.js';
import { builder } from '../../graphql/builder.js';
import { childConnectionField, childConnectionType } from '../../graphql/child-connection.js';
import { enumFromCatalog } from '../../graphql/enums.js';
import { InstitutionNode, LicenseNode, PractitionerNode } from '../../graphql/nodes.js';
import { loadSubject } from '../../graphql/subject.js';
import { findLicensesByNumbers, findValidationsByLicenseIds } from './licenses.queries.js';

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
    license: t.field({ type: LicenseNode, resolve: (v) => v.license_id }),
    validatedOn: t.field({ type: 'Date', resolve: (v) => v.validated_on }),
    result: t.field({ type: ValidationResult, resolve: (v) => v.result as keyof typeof VALIDATION_RESULTS }),
    deferralMonths: t.exposeInt('deferral_months', { nullable: true, description: '暂缓校验期 (1–6 months)' }),
    rectificationDeadline: t.field({ type: 'Date', nullable: true, description: '整改期限', resolve: (v) => v.rectification_deadline }),
    remarks: t.exposeString('remarks', { nullable: true }),
  }),
});

LicenseNode.implement({
  description: '许可证: a 医疗机构执业许可证 or a practitioner’s 执业证书, with its validity and validation history.',
  fields: (t) => ({
    kind: t.field({ type: LicenseKind, resolve: (l) => l.kind as keyof typeof LICENSE_KINDS }),
    number: t.exposeString('number', { description: '登记号 / 证书编码' }),
    holder: t.field({
      type: LicenseHolder,
      resolve: (l, _args, ctx) => loadSubject(ctx, { subject_institution_id: l.holder_institution_id, subject_practitioner_id: l.holder_practitioner_id }),
    }),
    issuingAuthority: t.exposeString('issuing_authority', { description: '发证机关' }),
    validFrom: t.field({ type: 'Date', resolve: (l) => l.valid_from }),
    validUntil: t.field({ type: 'Date', nullable: true, resolve: (l) => l.valid_until }),
    status: t.field({ type: LicenseStatus, resolve: (l) => l.status as keyof typeof LICENSE_STATUSES }),
    validations: t.loadableList({
      type: LicenseValidationRef,
      description: '校验 history, oldest first.',
      load: (ids: string[], ctx) => findValidationsByLicenseIds(ctx.scoped, ids),
      resolve: (l) => l.id,
    }),
    version: t.exposeInt('version'),
    updatedAt: t.field({ type: 'DateTime', resolve: (l) => l.updated_at }),
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
