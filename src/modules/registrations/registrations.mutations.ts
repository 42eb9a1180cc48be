import { z } from 'zod';
import { mayWriteIn, visibleTo } from '../../auth/scope.js';
import { keysOf, PRACTICE_CATEGORIES, REGISTRATION_STATUSES, SITE_KINDS } from '../../domain/catalog.js';
import { optionalText } from '../../domain/text.js';
import { builder } from '../../graphql/builder.js';
import { dateSchema, periodInOrder } from '../../graphql/date-order.js';
import { UPDATE_ERRORS, WRITE_ERRORS } from '../../graphql/errors.js';
import { RegistrationNode } from '../../graphql/nodes.js';
import { collectInput, IssueList, localId, onUniqueViolation, wellFormedFields } from '../../graphql/validate.js';
import { updateVersioned } from '../../graphql/versioned-update.js';
import { PracticeCategory } from '../practitioners/practitioners.schema.js';
import { RegistrationStatus, SiteKind } from './registrations.schema.js';

const registerSchema = z
  .object({
    practitionerId: z.string(),
    institutionId: z.string(),
    siteKind: z.enum(keysOf(SITE_KINDS)),
    practiceCategory: z.enum(keysOf(PRACTICE_CATEGORIES)).nullish(),
    practiceScope: optionalText('free', 2000),
    validFrom: dateSchema,
    validUntil: dateSchema.nullish(),
  })
  .superRefine(periodInOrder);

const updateSchema = z.object({
  id: z.string(),
  version: z.number().int().min(1),
  practiceCategory: z.enum(keysOf(PRACTICE_CATEGORIES)).nullish(),
  practiceScope: optionalText('free', 2000),
  validUntil: dateSchema.nullish(),
  status: z.enum(keysOf(REGISTRATION_STATUSES)).nullish(),
});

const RegisterPracticeRegistrationInput = builder.inputType('RegisterPracticeRegistrationInput', {
  description: '执业注册 / 备案多点执业',
  fields: (t) => ({
    practitionerId: t.id({ required: true }),
    institutionId: t.id({ required: true }),
    siteKind: t.field({ type: SiteKind, required: true }),
    practiceCategory: t.field({ type: PracticeCategory }),
    practiceScope: t.string(),
    validFrom: t.field({ type: 'Date', required: true }),
    validUntil: t.field({ type: 'Date' }),
  }),
});

const UpdatePracticeRegistrationInput = builder.inputType('UpdatePracticeRegistrationInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    practiceCategory: t.field({ type: PracticeCategory }),
    practiceScope: t.string(),
    validUntil: t.field({ type: 'Date' }),
    status: t.field({ type: RegistrationStatus }),
  }),
});

const ALREADY_HERE = 'the practitioner already holds a current registration at this institution';
const PRIMARY_TAKEN = 'the practitioner already has an active primary site; end it first or register an additional site (多点执业)';

builder.mutationFields((t) => ({
  registerPracticeRegistration: t.field({
    type: RegistrationNode,
    description:
      'Register a practitioner at an institution. One active primary site per practitioner, one current registration per institution; an additional site (多点执业) is in the practice category of the primary registration (the certificate’s).',
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RegisterPracticeRegistrationSuccess' }, union: { name: 'RegisterPracticeRegistrationResult' } },
    args: { input: t.arg({ type: RegisterPracticeRegistrationInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      // Format and references are checked together, so every bad field is reported at once.
      const issues = new IssueList();
      const parsed = collectInput(registerSchema, args.input, issues);
      const sent = parsed ?? wellFormedFields(registerSchema, args.input, issues);
      const practitioner = localId(sent.practitionerId, ['Practitioner'], 'practitionerId', issues);
      const institution = localId(sent.institutionId, ['Institution'], 'institutionId', issues);
      return ctx.db
        .transaction()
        .execute(async (trx) => {
          const person = practitioner ? await trx.selectFrom('practitioner').select(['id', 'status']).where('id', '=', practitioner.id).executeTakeFirst() : undefined;
          if (practitioner && !person) issues.add('practitionerId', 'NOT_FOUND', 'no such practitioner');
          else if (person?.status === 'DEREGISTERED') issues.add('practitionerId', 'DEREGISTERED', 'the practitioner is deregistered');
          const site = institution
            ? await trx
                .selectFrom('institution')
                .select(['id', 'status', 'region_code'])
                .where('id', '=', institution.id)
                .where(visibleTo(ctx.viewer, 'institution'))
                .executeTakeFirst()
            : undefined;
          if (institution && !site) issues.add('institutionId', 'NOT_FOUND', 'no such institution');
          else if (site && !mayWriteIn(ctx.viewer, site.region_code)) issues.add('institutionId', 'OUT_OF_JURISDICTION', 'the institution is outside your jurisdiction');
          else if (site && site.status !== 'OPERATING') issues.add('institutionId', 'NOT_OPERATING', 'the institution is not operating');
          let practiceCategory: string | null = sent.practiceCategory ?? null;
          if (person) {
            const current = await trx
              .selectFrom('practice_registration')
              .select(['institution_id', 'site_kind', 'practice_category'])
              .where('practitioner_id', '=', person.id)
              .where('status', '=', 'ACTIVE')
              .execute();
            const primary = current.find((r) => r.site_kind === 'PRIMARY');
            if (sent.siteKind === 'PRIMARY' && primary) issues.add('siteKind', 'PRIMARY_EXISTS', PRIMARY_TAKEN);
            if (site && current.some((r) => r.institution_id === site.id)) issues.add('institutionId', 'ALREADY_REGISTERED', ALREADY_HERE);
            // 多点执业 is within the category of the practice certificate, which the primary registration records.
            if (sent.siteKind === 'ADDITIONAL' && primary?.practice_category) {
              if (practiceCategory && practiceCategory !== primary.practice_category) {
                issues.add('practiceCategory', 'CATEGORY_MISMATCH', `an additional site is in the certificate’s practice category (${primary.practice_category})`);
              }
              practiceCategory ??= primary.practice_category;
            }
          }
          issues.throwIfAny();
          const input = parsed!;
          return trx
            .insertInto('practice_registration')
            .values({
              practitioner_id: practitioner!.id,
              institution_id: institution!.id,
              site_kind: input.siteKind,
              practice_category: practiceCategory,
              practice_scope: input.practiceScope ?? null,
              valid_from: input.validFrom,
              valid_until: input.validUntil ?? null,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
        })
        .catch(
          onUniqueViolation({
            practice_registration_one_primary_idx: { field: 'input.siteKind', code: 'PRIMARY_EXISTS', message: PRIMARY_TAKEN },
            practice_registration_one_per_institution_idx: { field: 'input.institutionId', code: 'ALREADY_REGISTERED', message: ALREADY_HERE },
          }),
        );
    },
  }),
  updatePracticeRegistration: t.field({
    type: RegistrationNode,
    authScopes: { regulator: true },
    errors: { types: UPDATE_ERRORS, result: { name: 'UpdatePracticeRegistrationSuccess' }, union: { name: 'UpdatePracticeRegistrationResult' } },
    args: { input: t.arg({ type: UpdatePracticeRegistrationInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(updateSchema, args.input, issues);
      const sent = parsed ?? wellFormedFields(updateSchema, args.input, issues);
      const target = localId(sent.id, ['PracticeRegistration'], 'id', issues);
      return ctx.db.transaction().execute(async (trx) => {
        const validUntil = sent.validUntil;
        if (target && validUntil) {
          const current = await trx
            .selectFrom('practice_registration')
            .select('valid_from')
            .where('id', '=', target.id)
            .where(visibleTo(ctx.viewer, 'practice_registration'))
            .executeTakeFirst();
          if (current && validUntil < current.valid_from) {
            issues.add('validUntil', 'DATES_OUT_OF_ORDER', `validUntil must not be before validFrom (${current.valid_from})`);
          }
        }
        issues.throwIfAny();
        const input = parsed!;
        return updateVersioned(trx, ctx.viewer, 'practice_registration', { id: target!.id, globalId: input.id, version: input.version }, {
          practice_category: input.practiceCategory,
          practice_scope: input.practiceScope,
          valid_until: input.validUntil,
          status: input.status ?? undefined,
        });
      });
    },
  }),
}));
