import { z } from 'zod';
import { keysOf, LICENSE_KINDS, LICENSE_STATUSES, VALIDATION_RESULTS } from '../../domain/catalog.js';
import { nameSchema, usccSchema } from '../../domain/identifiers/schemas.js';
import { optionalText } from '../../domain/text.js';
import { checksumOverrideSchema } from '../../graphql/checksum-override.js';
import { dateSchema, periodInOrder } from '../../graphql/date-order.js';

export const registerLicenseSchema = z
  .object({
    kind: z.enum(keysOf(LICENSE_KINDS)),
    number: z.string().transform((s) => s.trim().toUpperCase()),
    holderId: z.string(),
    issuingAuthority: nameSchema,
    issuingAuthorityUscc: usccSchema.nullish(),
    validFrom: dateSchema,
    validUntil: dateSchema.nullish(),
    checksumOverride: checksumOverrideSchema,
  })
  .superRefine(periodInOrder);

export const updateLicenseSchema = z.object({
  id: z.string(),
  version: z.number().int().min(1),
  issuingAuthority: nameSchema.nullish(),
  issuingAuthorityUscc: usccSchema.nullish(),
  validUntil: dateSchema.nullish(),
  status: z.enum(keysOf(LICENSE_STATUSES)).nullish(),
});

export const recordValidationSchema = z
  .object({
    licenseId: z.string(),
    validatedOn: dateSchema,
    result: z.enum(keysOf(VALIDATION_RESULTS)),
    deferralMonths: z.number().int().nullish(),
    rectificationDeadline: dateSchema.nullish(),
    remarks: optionalText('free', 2000),
    overrideReason: optionalText('free', 2000),
  })
  .superRefine((v, ctx) => {
    const add = (path: string, code: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message, params: { code } });
    if (v.result === 'DEFERRED') {
      if (v.deferralMonths == null) add('deferralMonths', 'REQUIRED', '暂缓校验 needs deferralMonths (1–6)');
      else if (v.deferralMonths < 1 || v.deferralMonths > 6) add('deferralMonths', 'OUT_OF_RANGE', 'deferralMonths must be 1–6');
    } else if (v.deferralMonths != null) {
      add('deferralMonths', 'NOT_ALLOWED', 'deferralMonths applies only to a DEFERRED result');
    }
    if (v.overrideReason != null && v.result !== 'PASSED') {
      add('overrideReason', 'NOT_ALLOWED', 'an override reason goes only with a PASSED result recorded against a score status that calls for 暂缓校验');
    }
    if (v.rectificationDeadline && v.rectificationDeadline < v.validatedOn) {
      add('rectificationDeadline', 'DATES_OUT_OF_ORDER', 'rectificationDeadline must not be before validatedOn');
    }
  });
