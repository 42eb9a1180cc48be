import { sql, type Transaction } from 'kysely';
import { mayWriteIn, visibleTo } from '../../auth/scope.js';
import { actorOf } from '../../auth/viewer.js';
import type { DB } from '../../db/schema.generated.js';
import { builder } from '../../graphql/builder.js';
import { NotFoundError, UPDATE_ERRORS, VersionConflictError, WRITE_ERRORS } from '../../graphql/errors.js';
import { collectInput, IssueList, localId, onUniqueViolation, wellFormedFields } from '../../graphql/validate.js';
import type { RequestContext } from '../../server/context.js';
import { matchNow } from '../registry-matching/matching-job.js';
import { existingRegionCodes } from '../regions/regions.queries.js';
import { DocumentTypeEnum, HUB_SOURCE, SexEnum, UnlicensedPracticeCaseNode, UnlicensedPracticeCaseStatus, UnlicensedPracticeKind } from './cases.schema.js';
import { recordedCaseColumns, recordedCaseSchema, type RecordedCase } from './recorded-case-input.js';

const caseFields = (t: any, required: boolean) => ({
  caseNumber: t.string({ required, description: '案件编号, unique among the cases recorded in the hub' }),
  personName: t.string({ required, description: '当事人姓名' }),
  sex: t.field({ type: SexEnum, required }),
  documentType: t.field({ type: DocumentTypeEnum }),
  documentNumber: t.string({ description: '证件号码: a resident ID of 18 or 15 digits (converted), any width, or masked with *' }),
  birthDate: t.field({ type: 'Date', description: '出生日期, for the weak match when no readable ID number is known' }),
  regionCode: t.string({ required, description: 'The county where it happened, inside your jurisdiction' }),
  place: t.string(),
  kind: t.field({ type: UnlicensedPracticeKind, required }),
  openedOn: t.field({ type: 'Date', required }),
  decidedOn: t.field({ type: 'Date' }),
  decisionNumber: t.string(),
  content: t.string(),
  fineYuan: t.field({ type: 'Decimal' }),
  confiscatedYuan: t.field({ type: 'Decimal' }),
  transferredToPolice: t.boolean({ required }),
  status: t.field({ type: UnlicensedPracticeCaseStatus, required }),
  complaintId: t.id({ description: 'The complaint (投诉举报) the case came from.' }),
});

const RecordCaseInput = builder.inputType('RecordUnlicensedPracticeCaseInput', {
  description: 'A 非法行医 case of your own jurisdiction, recorded in the hub (source `hub`).',
  fields: (t) => caseFields(t, true),
});

const UpdateCaseInput = builder.inputType('UpdateUnlicensedPracticeCaseInput', {
  description: 'The whole case again, as it now stands, with the version you read. Only cases recorded in the hub can be changed here: a registry’s case changes at its source.',
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }), ...caseFields(t, true) }),
});

/**
 * Checks what the database knows: the region and the jurisdiction, and the complaint. Runs on the
 * well-formed fields even when others are malformed, so every issue is reported at once.
 */
async function checkReferences(trx: Transaction<DB>, ctx: RequestContext, sent: Partial<RecordedCase>, issues: IssueList): Promise<string | null> {
  const { regionCode } = sent;
  if (regionCode && !(await existingRegionCodes(trx, [regionCode])).has(regionCode)) issues.add('regionCode', 'NOT_FOUND', `行政区划代码 ${regionCode} is not a region in force`);
  else if (regionCode && !mayWriteIn(ctx.viewer, regionCode)) issues.add('regionCode', 'OUT_OF_JURISDICTION', `${regionCode} is outside your jurisdiction`);
  const complaint = localId(sent.complaintId, ['Complaint'], 'complaintId', issues);
  if (!complaint) return null;
  const found = await trx.selectFrom('complaint').select('id').where('id', '=', complaint.id).where(visibleTo(ctx.viewer, 'complaint')).executeTakeFirst();
  if (!found) issues.add('complaintId', 'NOT_FOUND', 'no such complaint');
  return found?.id ?? null;
}

const DUPLICATE = { unlicensed_practice_case_plugin_case_number_key: { field: 'input.caseNumber', code: 'ALREADY_EXISTS', message: 'a case with this number is already recorded in the hub' } };

builder.mutationFields((t) => ({
  recordUnlicensedPracticeCase: t.field({
    type: UnlicensedPracticeCaseNode,
    authScopes: { regulator: true },
    description: 'Records a 非法行医 case of your jurisdiction; it is matched (上网比对) and 情节严重 is decided in the same transaction.',
    errors: { types: WRITE_ERRORS, result: { name: 'RecordUnlicensedPracticeCaseSuccess' }, union: { name: 'RecordUnlicensedPracticeCaseResult' } },
    args: { input: t.arg({ type: RecordCaseInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(recordedCaseSchema, args.input, issues);
      const sent = parsed ?? wellFormedFields(recordedCaseSchema, args.input, issues);
      return ctx.db
        .transaction()
        .execute(async (trx) => {
          const complaintId = await checkReferences(trx, ctx, sent, issues);
          issues.throwIfAny();
          const input = parsed!;
          const row = await trx
            .insertInto('unlicensed_practice_case')
            .values({ ...recordedCaseColumns(input, ctx.idNumberHashKey), plugin: HUB_SOURCE, complaint_id: complaintId, recorded_by: actorOf(ctx.viewer), source_updated_at: sql`now()` })
            .returningAll()
            .executeTakeFirstOrThrow();
          await matchNow(trx, { caseIds: [row.id] });
          return row;
        })
        .catch(onUniqueViolation(DUPLICATE));
    },
  }),
  updateUnlicensedPracticeCase: t.field({
    type: UnlicensedPracticeCaseNode,
    authScopes: { regulator: true },
    description: 'Corrects or advances a case recorded in the hub (revoking it: status REVOKED). Matches and 情节严重 flags follow in the same transaction.',
    errors: { types: UPDATE_ERRORS, result: { name: 'UpdateUnlicensedPracticeCaseSuccess' }, union: { name: 'UpdateUnlicensedPracticeCaseResult' } },
    args: { input: t.arg({ type: UpdateCaseInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const { id, version, ...fields } = args.input;
      const issues = new IssueList();
      const parsed = collectInput(recordedCaseSchema, fields, issues);
      const sent = parsed ?? wellFormedFields(recordedCaseSchema, fields, issues);
      const target = localId(String(id), ['UnlicensedPracticeCase'], 'id', issues);
      return ctx.db
        .transaction()
        .execute(async (trx) => {
          const complaintId = await checkReferences(trx, ctx, sent, issues);
          issues.throwIfAny();
          const input = parsed!;
          // Only a hub case in the viewer's scope can be changed; any other answers as a missing one.
          const current = await trx
            .selectFrom('unlicensed_practice_case')
            .select(['id', 'version'])
            .where('id', '=', target!.id)
            .where('plugin', '=', HUB_SOURCE)
            .where(visibleTo(ctx.viewer, 'unlicensed_practice_case'))
            .executeTakeFirst();
          if (!current) throw new NotFoundError(String(id));
          if (current.version !== version) throw new VersionConflictError(version, current.version);
          const row = await trx
            .updateTable('unlicensed_practice_case')
            .set({ ...recordedCaseColumns(input, ctx.idNumberHashKey), complaint_id: complaintId, source_updated_at: sql`now()`, version: sql`version + 1`, updated_at: sql`now()` })
            .where('id', '=', current.id)
            .where('version', '=', version)
            .returningAll()
            .executeTakeFirstOrThrow();
          await matchNow(trx, { caseIds: [row.id] });
          return row;
        })
        .catch(onUniqueViolation(DUPLICATE));
    },
  }),
}));
