import { sql } from 'kysely';
import { writeAudit } from '../../auth/audit.js';
import { ownedBy, visibleTo } from '../../auth/scope.js';
import { actorOf } from '../../auth/viewer.js';
import { todayInChina } from '../../domain/today.js';
import { builder } from '../../graphql/builder.js';
import { ChecksumOverrideInput, overrideColumns } from '../../graphql/checksum-override.js';
import { UPDATE_ERRORS, WRITE_ERRORS } from '../../graphql/errors.js';
import { LicenseNode } from '../../graphql/nodes.js';
import { collectInput, IssueList, localId, parseInput, onUniqueViolation } from '../../graphql/validate.js';
import { updateVersioned } from '../../graphql/versioned-update.js';
import { enqueueCreditDelivery } from '../../plugin-runtime/outbox/enqueue.js';
import { openLicenseDisclosure } from '../disclosures/disclosure-service.js';
import { existingRegionCodes } from '../regions/regions.queries.js';
import { rulesCallingForDeferral } from '../scoring/validation-deferral.js';
import { applyValidationResult } from './license-status.js';
import { recordValidationSchema, registerLicenseSchema, updateLicenseSchema } from './licenses.inputs.js';
import { checkLicenseNumber } from './license-number-rules.js';
import { LicenseKind, LicenseStatus, LicenseValidationRef, ValidationResult } from './licenses.schema.js';

const RegisterLicenseInput = builder.inputType('RegisterLicenseInput', {
  description: '发证: a license for an institution or a practitioner.',
  fields: (t) => ({
    kind: t.field({ type: LicenseKind, required: true }),
    number: t.string({ required: true, description: '登记号 (22 chars) or certificate number (15 / 12 digits)' }),
    holderId: t.id({ required: true, description: 'Id of the Institution or Practitioner holding it.' }),
    issuingAuthority: t.string({ required: true }),
    issuingAuthorityUscc: t.string({ description: '许可机关的统一社会信用代码 (XK_XKJGDM): without it the 行政许可 record is held, not sent to the credit platform.' }),
    validFrom: t.field({ type: 'Date', required: true }),
    validUntil: t.field({ type: 'Date' }),
    checksumOverride: t.field({ type: ChecksumOverrideInput, description: 'Only for a 登记号 whose organisation code fails its check although it was really issued: kept on the license and audited.' }),
  }),
});

const UpdateLicenseInput = builder.inputType('UpdateLicenseInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    issuingAuthority: t.string(),
    issuingAuthorityUscc: t.string({ description: '许可机关的统一社会信用代码 (XK_XKJGDM)' }),
    validUntil: t.field({ type: 'Date' }),
    status: t.field({ type: LicenseStatus }),
  }),
});

const RecordLicenseValidationInput = builder.inputType('RecordLicenseValidationInput', {
  description: '记录校验结果 for an institution license.',
  fields: (t) => ({
    licenseId: t.id({ required: true }),
    validatedOn: t.field({ type: 'Date', required: true }),
    result: t.field({ type: ValidationResult, required: true }),
    deferralMonths: t.int({ description: 'Required for DEFERRED (暂缓校验): 1–6.' }),
    rectificationDeadline: t.field({ type: 'Date', description: '整改期限' }),
    remarks: t.string(),
    overrideReason: t.string({
      description:
        'Required to record PASSED while the institution’s 记分 status calls for 暂缓校验: the regulator’s reason. The override is audited and kept on the validation.',
    }),
  }),
});

const DUPLICATE_NUMBER = 'another license has this number';

builder.mutationFields((t) => ({
  registerLicense: t.field({
    type: LicenseNode,
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RegisterLicenseSuccess' }, union: { name: 'RegisterLicenseResult' } },
    args: { input: t.arg({ type: RegisterLicenseInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      // Format, holder, number and references are checked together, so every bad field is reported at once.
      const issues = new IssueList();
      const input = collectInput(registerLicenseSchema, args.input, issues);
      const holderRef = localId(args.input.holderId, ['Institution', 'Practitioner'], 'holderId', issues);
      return ctx.db
        .transaction()
        .execute(async (trx) => {
          const isInstitution = holderRef?.typename === 'Institution';
          const institution = holderRef && isInstitution
            ? await trx.selectFrom('institution').selectAll().where('id', '=', holderRef.id).where(visibleTo(ctx.viewer, 'institution')).executeTakeFirst()
            : undefined;
          const practitioner = holderRef && !isInstitution
            ? await trx
                .selectFrom('practitioner')
                .selectAll()
                .select(sql<boolean>`${ownedBy(ctx.viewer, 'practitioner')}`.as('owned'))
                .where('id', '=', holderRef.id)
                .where(visibleTo(ctx.viewer, 'practitioner'))
                .executeTakeFirst()
            : undefined;
          if (holderRef && !institution && !practitioner) issues.add('holderId', 'NOT_FOUND', 'no such holder');
          // A practitioner's certificates are issued where he is registered, not where he also practises.
          if (practitioner && !practitioner.owned) issues.add('holderId', 'OUT_OF_JURISDICTION', 'the practitioner is registered (注册地) outside your jurisdiction');
          const number = input?.number ?? args.input.number.trim().toUpperCase();
          const { regionCode, overridden } =
            institution || practitioner ? checkLicenseNumber(args.input.kind, number, { institution, practitioner }, args.input.checksumOverride, issues) : { regionCode: null, overridden: false };
          if (regionCode && !(await existingRegionCodes(trx, [regionCode])).has(regionCode)) {
            issues.add('number', 'UNKNOWN_REGION', `the region ${regionCode} in the 登记号 is not a region in force`);
          }
          const clash = await trx.selectFrom('license').select('id').where('number', '=', number).executeTakeFirst();
          if (clash) issues.add('number', 'ALREADY_EXISTS', DUPLICATE_NUMBER);
          issues.throwIfAny();
          const license = await trx
            .insertInto('license')
            .values({
              kind: input!.kind,
              number: input!.number,
              holder_institution_id: institution?.id ?? null,
              holder_practitioner_id: practitioner?.id ?? null,
              issuing_authority: input!.issuingAuthority,
              issuing_authority_uscc: input!.issuingAuthorityUscc ?? null,
              valid_from: input!.validFrom,
              valid_until: input!.validUntil ?? null,
              ...overrideColumns(ctx.viewer, input!.checksumOverride, overridden),
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          if (overridden) await writeAudit(trx, ctx, { operation: 'OVERRIDE', entityType: 'License', entityIds: [license.id] });
          // 行政许可 decisions are published (双公示).
          await openLicenseDisclosure(trx, license);
          await enqueueCreditDelivery(trx, { licenseIds: [license.id] });
          return license;
        })
        .catch(onUniqueViolation({ license_number_key: { field: 'input.number', code: 'ALREADY_EXISTS', message: DUPLICATE_NUMBER } }));
    },
  }),
  updateLicense: t.field({
    type: LicenseNode,
    authScopes: { regulator: true },
    errors: { types: UPDATE_ERRORS, result: { name: 'UpdateLicenseSuccess' }, union: { name: 'UpdateLicenseResult' } },
    args: { input: t.arg({ type: UpdateLicenseInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(updateLicenseSchema, args.input);
      const issues = new IssueList();
      const target = localId(input.id, ['License'], 'id', issues);
      issues.throwIfAny();
      return ctx.db.transaction().execute(async (trx) => {
        if (input.validUntil) {
          const current = await trx.selectFrom('license').select('valid_from').where('id', '=', target!.id).where(visibleTo(ctx.viewer, 'license')).executeTakeFirst();
          if (current && input.validUntil < current.valid_from) {
            issues.add('validUntil', 'DATES_OUT_OF_ORDER', `validUntil must not be before validFrom (${current.valid_from})`);
          }
        }
        issues.throwIfAny();
        const updated = await updateVersioned(trx, ctx.viewer, 'license', { id: target!.id, globalId: input.id, version: input.version }, {
          issuing_authority: input.issuingAuthority ?? undefined,
          issuing_authority_uscc: input.issuingAuthorityUscc ?? undefined,
          valid_until: input.validUntil,
          status: input.status ?? undefined,
        });
        await enqueueCreditDelivery(trx, { licenseIds: [updated.id] });
        return updated;
      });
    },
  }),
  recordLicenseValidation: t.field({
    type: LicenseValidationRef,
    description: 'Record a 校验 result. Only institution licenses are validated.',
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RecordLicenseValidationSuccess' }, union: { name: 'RecordLicenseValidationResult' } },
    args: { input: t.arg({ type: RecordLicenseValidationInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(recordValidationSchema, args.input);
      const issues = new IssueList();
      const license = localId(input.licenseId, ['License'], 'licenseId', issues);
      issues.throwIfAny();
      const today = todayInChina();
      if (input.validatedOn > today) issues.add('validatedOn', 'FUTURE_DATE', 'validatedOn is in the future');
      return ctx.db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('license')
          .select(['id', 'kind', 'valid_from', 'holder_institution_id'])
          .where('id', '=', license!.id)
          .where(ownedBy(ctx.viewer, 'license'))
          .executeTakeFirst();
        if (!row) issues.add('licenseId', 'NOT_FOUND', 'no such license');
        else if (row.kind !== 'INSTITUTION_PRACTICE') issues.add('licenseId', 'NOT_VALIDATED', 'only 医疗机构执业许可证 are validated (校验)');
        else if (input.validatedOn < row.valid_from) issues.add('validatedOn', 'DATES_OUT_OF_ORDER', `validatedOn is before the license was issued (${row.valid_from})`);
        if (row?.holder_institution_id && input.result === 'PASSED') {
          const calling = await rulesCallingForDeferral(trx, ctx.viewer, row.holder_institution_id, input.validatedOn);
          if (calling.length > 0 && !input.overrideReason) {
            issues.add('result', 'SCORE_REQUIRES_DEFERRAL', `the 记分 status on ${input.validatedOn} calls for 暂缓校验 (${calling.join('、')}); a pass needs overrideReason`);
          } else if (calling.length === 0 && input.overrideReason) {
            issues.add('overrideReason', 'OVERRIDE_NOT_NEEDED', 'nothing calls for 暂缓校验 on this date: there is no rule to override');
          }
        }
        issues.throwIfAny();
        // A validation outcome may change what the 行政许可 record says; an unchanged record is not sent again.
        await enqueueCreditDelivery(trx, { licenseIds: [license!.id] });
        const validation = await trx
          .insertInto('license_validation')
          .values({
            license_id: license!.id,
            validated_on: input.validatedOn,
            result: input.result,
            deferral_months: input.deferralMonths ?? null,
            rectification_deadline: input.rectificationDeadline ?? null,
            remarks: input.remarks ?? null,
            override_reason: input.overrideReason ?? null,
            overridden_by: input.overrideReason ? actorOf(ctx.viewer) : null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        if (validation.override_reason) {
          await writeAudit(trx, ctx, { operation: 'OVERRIDE', entityType: 'LicenseValidation', entityIds: [validation.id] });
        }
        await applyValidationResult(trx, validation, today, actorOf(ctx.viewer));
        return validation;
      });
    },
  }),
}));
