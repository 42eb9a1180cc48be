import type { Kysely } from 'kysely';
import { writeAudit } from '../../auth/audit.js';
import { mayWriteIn } from '../../auth/scope.js';
import type { Viewer } from '../../auth/viewer.js';
import type { DB } from '../../db/schema.generated.js';
import { usccCheckFailure } from '../../domain/identifiers/schemas.js';
import { builder } from '../../graphql/builder.js';
import { ChecksumOverrideInput, overrideColumns, overridesChecksum } from '../../graphql/checksum-override.js';
import { UPDATE_ERRORS, WRITE_ERRORS } from '../../graphql/errors.js';
import { InstitutionNode } from '../../graphql/nodes.js';
import { collectInput, IssueList, localId, onUniqueViolation } from '../../graphql/validate.js';
import { updateVersioned } from '../../graphql/versioned-update.js';
import { existingRegionCodes } from '../regions/regions.queries.js';
import { registerInstitutionSchema, updateInstitutionSchema } from './institutions.inputs.js';
import { InstitutionCategory, InstitutionGrade, InstitutionStatus, Ownership, ProfitStatus } from './institutions.schema.js';

const RegisterInstitutionInput = builder.inputType('RegisterInstitutionInput', {
  description: '登记医疗机构',
  fields: (t) => ({
    name: t.string({ required: true }),
    uscc: t.string({ required: true, description: '统一社会信用代码' }),
    regionCode: t.string({ required: true }),
    category: t.field({ type: InstitutionCategory, required: true }),
    ownership: t.field({ type: Ownership, required: true }),
    profitStatus: t.field({ type: ProfitStatus, required: true }),
    grade: t.field({ type: InstitutionGrade, required: true, defaultValue: 'UNGRADED' }),
    legalRepresentative: t.string(),
    address: t.string(),
    bedCount: t.int(),
    checksumOverride: t.field({ type: ChecksumOverrideInput, description: 'Only for a USCC whose check fails although it was really issued: kept on the institution and audited.' }),
  }),
});

const UpdateInstitutionInput = builder.inputType('UpdateInstitutionInput', {
  description: 'Changes to an institution; omitted fields stay as they are. The USCC does not change.',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true, description: 'The version you read.' }),
    name: t.string(),
    regionCode: t.string(),
    category: t.field({ type: InstitutionCategory }),
    ownership: t.field({ type: Ownership }),
    profitStatus: t.field({ type: ProfitStatus }),
    grade: t.field({ type: InstitutionGrade }),
    status: t.field({ type: InstitutionStatus }),
    legalRepresentative: t.string(),
    address: t.string(),
    bedCount: t.int(),
  }),
});

/** The region must exist and lie inside the regulator's jurisdiction (unless its format is already wrong). */
async function checkRegion(db: Kysely<DB>, viewer: Viewer, regionCode: string | null | undefined, issues: IssueList) {
  if (!regionCode || issues.has('regionCode')) return;
  const known = await existingRegionCodes(db, [regionCode]);
  if (!known.has(regionCode)) issues.add('regionCode', 'NOT_FOUND', `行政区划代码 ${regionCode} is not a region in force`);
  else if (!mayWriteIn(viewer, regionCode)) issues.add('regionCode', 'OUT_OF_JURISDICTION', `${regionCode} is outside your jurisdiction`);
}

builder.mutationFields((t) => ({
  registerInstitution: t.field({
    type: InstitutionNode,
    description: '登记医疗机构. Validates the USCC and its organisation code (a failed check only with checksumOverride), and that the region exists in your jurisdiction.',
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RegisterInstitutionSuccess' }, union: { name: 'RegisterInstitutionResult' } },
    args: { input: t.arg({ type: RegisterInstitutionInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      // Format and references are checked together, so every bad field is reported at once.
      const issues = new IssueList();
      const parsed = collectInput(registerInstitutionSchema, args.input, issues);
      return ctx.db
        .transaction()
        .execute(async (trx) => {
          await checkRegion(trx, ctx.viewer, parsed?.regionCode ?? args.input.regionCode, issues);
          const uscc = parsed?.uscc ?? (issues.has('uscc') ? null : args.input.uscc.trim().toUpperCase());
          const overridden = uscc !== null && overridesChecksum(usccCheckFailure(uscc), args.input.checksumOverride, 'uscc', issues);
          const clash = uscc ? await trx.selectFrom('institution').select('id').where('uscc', '=', uscc).executeTakeFirst() : undefined;
          if (clash) issues.add('uscc', 'ALREADY_EXISTS', `统一社会信用代码 ${uscc} is already registered`);
          issues.throwIfAny();
          const input = parsed!;
          const institution = await trx
            .insertInto('institution')
            .values({
              name: input.name,
              uscc: input.uscc,
              region_code: input.regionCode,
              category: input.category,
              ownership: input.ownership,
              profit_status: input.profitStatus,
              grade: input.grade,
              legal_representative: input.legalRepresentative ?? null,
              address: input.address ?? null,
              bed_count: input.bedCount ?? null,
              ...overrideColumns(ctx.viewer, input.checksumOverride, overridden),
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          if (overridden) await writeAudit(trx, ctx, { operation: 'OVERRIDE', entityType: 'Institution', entityIds: [institution.id] });
          return institution;
        })
        .catch(onUniqueViolation({ institution_uscc_key: { field: 'input.uscc', code: 'ALREADY_EXISTS', message: 'another institution has this uscc' } }));
    },
  }),
  updateInstitution: t.field({
    type: InstitutionNode,
    description: 'Change an institution. Carries the version read; a stale version gets VersionConflictError.',
    authScopes: { regulator: true },
    errors: { types: UPDATE_ERRORS, result: { name: 'UpdateInstitutionSuccess' }, union: { name: 'UpdateInstitutionResult' } },
    args: { input: t.arg({ type: UpdateInstitutionInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(updateInstitutionSchema, args.input, issues);
      const target = localId(args.input.id, ['Institution'], 'id', issues);
      return ctx.db.transaction().execute(async (trx) => {
        await checkRegion(trx, ctx.viewer, parsed?.regionCode ?? args.input.regionCode, issues);
        issues.throwIfAny();
        const input = parsed!;
        const changes = {
          name: input.name ?? undefined,
          region_code: input.regionCode ?? undefined,
          category: input.category ?? undefined,
          ownership: input.ownership ?? undefined,
          profit_status: input.profitStatus ?? undefined,
          grade: input.grade ?? undefined,
          status: input.status ?? undefined,
          legal_representative: input.legalRepresentative,
          address: input.address,
          bed_count: input.bedCount,
        };
        return updateVersioned(trx, ctx.viewer, 'institution', { id: target!.id, globalId: input.id, version: input.version }, changes);
      });
    },
  }),
}));
