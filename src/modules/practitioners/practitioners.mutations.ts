import { z } from 'zod';
import { keysOf, PRACTITIONER_STATUSES, PROFESSIONS } from '../../domain/catalog.js';
import { mayWriteIn } from '../../auth/scope.js';
import { idNumberSchema, nameSchema, phoneSchema, regionCodeSchema } from '../../domain/identifiers/schemas.js';
import { existingRegionCodes } from '../regions/regions.queries.js';
import { builder } from '../../graphql/builder.js';
import { UPDATE_ERRORS, WRITE_ERRORS } from '../../graphql/errors.js';
import { PractitionerNode } from '../../graphql/nodes.js';
import { collectInput, IssueList, localId, onUniqueViolation } from '../../graphql/validate.js';
import { updateVersioned } from '../../graphql/versioned-update.js';
import { matchingHash } from '../registry-matching/id-number-hashes.js';
import { matchNow } from '../registry-matching/matching-job.js';
import { PractitionerStatus, Profession } from './practitioners.schema.js';

const registerSchema = z.object({
  name: nameSchema,
  idNumber: idNumberSchema,
  phone: phoneSchema.nullish(),
  profession: z.enum(keysOf(PROFESSIONS)),
  regionCode: regionCodeSchema,
});

const updateSchema = z.object({
  id: z.string(),
  version: z.number().int().min(1),
  name: nameSchema.nullish(),
  phone: phoneSchema.nullish(),
  profession: z.enum(keysOf(PROFESSIONS)).nullish(),
  status: z.enum(keysOf(PRACTITIONER_STATUSES)).nullish(),
});

const RegisterPractitionerInput = builder.inputType('RegisterPractitionerInput', {
  description: '登记医务人员. The ID number and phone are stored as sensitive personal information.',
  fields: (t) => ({
    name: t.string({ required: true }),
    idNumber: t.string({ required: true, description: '居民身份证号码 (GB 11643-1999)' }),
    phone: t.string(),
    profession: t.field({ type: Profession, required: true }),
    regionCode: t.string({ required: true, description: '注册地: region of the registering authority, inside your jurisdiction.' }),
  }),
});

const UpdatePractitionerInput = builder.inputType('UpdatePractitionerInput', {
  description: 'Changes to a practitioner; omitted fields stay as they are. The ID number does not change.',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    phone: t.string(),
    profession: t.field({ type: Profession }),
    status: t.field({ type: PractitionerStatus }),
  }),
});

builder.mutationFields((t) => ({
  registerPractitioner: t.field({
    type: PractitionerNode,
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RegisterPractitionerSuccess' }, union: { name: 'RegisterPractitionerResult' } },
    args: { input: t.arg({ type: RegisterPractitionerInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      // Format and references are checked together, so every bad field is reported at once.
      const issues = new IssueList();
      const parsed = collectInput(registerSchema, args.input, issues);
      return ctx.db
        .transaction()
        .execute(async (trx) => {
          const regionCode = parsed?.regionCode ?? (issues.has('regionCode') ? null : args.input.regionCode);
          if (regionCode && !(await existingRegionCodes(trx, [regionCode])).has(regionCode)) {
            issues.add('regionCode', 'NOT_FOUND', `行政区划代码 ${regionCode} is not a region in force`);
          } else if (regionCode && !mayWriteIn(ctx.viewer, regionCode)) {
            issues.add('regionCode', 'OUT_OF_JURISDICTION', `${regionCode} is outside your jurisdiction`);
          }
          const idNumber = parsed?.idNumber ?? (issues.has('idNumber') ? null : args.input.idNumber);
          const clash = idNumber ? await trx.selectFrom('practitioner').select('id').where('id_number', '=', idNumber).executeTakeFirst() : undefined;
          // The number itself is never echoed back: it is personal information.
          if (clash) issues.add('idNumber', 'ALREADY_EXISTS', 'a practitioner with this ID number is already registered');
          issues.throwIfAny();
          const input = parsed!;
          const idNumberHash = ctx.idNumberHashKey ? matchingHash(ctx.idNumberHashKey, input.idNumber) : null;
          const practitioner = await trx
            .insertInto('practitioner')
            .values({ name: input.name, id_number: input.idNumber, id_number_hash: idNumberHash, phone: input.phone ?? null, profession: input.profession, region_code: input.regionCode })
            .returningAll()
            .executeTakeFirstOrThrow();
          // 上网比对 in the same transaction: a registered person already in a case is an alert at once.
          await matchNow(trx, { practitionerIds: [practitioner.id] });
          return practitioner;
        })
        .catch(onUniqueViolation({ practitioner_id_number_key: { field: 'input.idNumber', code: 'ALREADY_EXISTS', message: 'a practitioner with this ID number is already registered' } }));
    },
  }),
  updatePractitioner: t.field({
    type: PractitionerNode,
    authScopes: { regulator: true },
    errors: { types: UPDATE_ERRORS, result: { name: 'UpdatePractitionerSuccess' }, union: { name: 'UpdatePractitionerResult' } },
    args: { input: t.arg({ type: UpdatePractitionerInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(updateSchema, args.input, issues);
      const target = localId(args.input.id, ['Practitioner'], 'id', issues);
      issues.throwIfAny();
      const input = parsed!;
      return ctx.db.transaction().execute(async (trx) => {
        const practitioner = await updateVersioned(trx, ctx.viewer, 'practitioner', { id: target!.id, globalId: input.id, version: input.version }, {
          name: input.name ?? undefined,
          phone: input.phone,
          profession: input.profession ?? undefined,
          status: input.status ?? undefined,
        });
        // A corrected name changes his weak matches.
        if (input.name) await matchNow(trx, { practitionerIds: [practitioner.id] });
        return practitioner;
      });
    },
  }),
}));
