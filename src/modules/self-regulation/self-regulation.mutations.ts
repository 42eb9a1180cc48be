import type { Transaction } from 'kysely';
import { freeText, nameText } from '../../domain/text.js';
import { z } from 'zod';
import { mayWriteIn, visibleTo } from '../../auth/scope.js';
import { actorOf, type Viewer } from '../../auth/viewer.js';
import type { DB } from '../../db/schema.generated.js';
import { todayInChina } from '../../domain/today.js';
import { builder } from '../../graphql/builder.js';
import { dateSchema } from '../../graphql/date-order.js';
import { UPDATE_ERRORS, VersionConflictError, WRITE_ERRORS } from '../../graphql/errors.js';
import { collectInput, IssueList, localId, wellFormedFields } from '../../graphql/validate.js';
import { recomputeCredit } from '../credit/recompute.js';
import { CommitmentLetterNode, SelfInspectionKind, SelfInspectionNode } from './self-regulation.schema.js';

/** The institution may record its own; a regulator, those in his jurisdiction. */
export async function institutionForWrite(trx: Transaction<DB>, viewer: Viewer, globalId: string | null | undefined, issues: IssueList) {
  const ref = localId(globalId, ['Institution'], 'institutionId', issues);
  if (!ref) return null;
  const row = await trx.selectFrom('institution').select(['id', 'name', 'region_code']).where('id', '=', ref.id).where(visibleTo(viewer, 'institution')).executeTakeFirst();
  if (!row) issues.add('institutionId', 'NOT_FOUND', 'no such institution');
  else if (viewer.kind === 'REGULATOR' && !mayWriteIn(viewer, row.region_code)) issues.add('institutionId', 'OUT_OF_JURISDICTION', 'outside your jurisdiction');
  return row ?? null;
}

const selfInspectionSchema = z
  .object({
    institutionId: z.string(),
    kind: z.enum(['COMPREHENSIVE', 'SPECIAL', 'DAILY']),
    inspectedOn: dateSchema,
    findings: freeText(8000),
    problemsFound: z.number().int().min(0),
    problemsRectified: z.number().int().min(0),
  })
  .refine((s) => s.problemsRectified <= s.problemsFound, { path: ['problemsRectified'], message: 'more problems rectified than found', params: { code: 'MORE_THAN_FOUND' } });

const letterSchema = z.object({ institutionId: z.string(), signedOn: dateSchema, signatory: nameText(50), content: freeText(8000) });

const breachSchema = z.object({ id: z.string(), version: z.number().int(), breachedOn: dateSchema, note: freeText(2000) });

const RecordSelfInspectionInput = builder.inputType('RecordSelfInspectionInput', {
  fields: (t) => ({
    institutionId: t.id({ required: true }),
    kind: t.field({ type: SelfInspectionKind, required: true }),
    inspectedOn: t.field({ type: 'Date', required: true }),
    findings: t.string({ required: true }),
    problemsFound: t.int({ required: true }),
    problemsRectified: t.int({ required: true }),
  }),
});

const RecordCommitmentLetterInput = builder.inputType('RecordCommitmentLetterInput', {
  fields: (t) => ({
    institutionId: t.id({ required: true }),
    signedOn: t.field({ type: 'Date', required: true }),
    signatory: t.string({ required: true }),
    content: t.string({ required: true }),
  }),
});

const RecordCommitmentBreachInput = builder.inputType('RecordCommitmentBreachInput', {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }), breachedOn: t.field({ type: 'Date', required: true }), note: t.string({ required: true }) }),
});

builder.mutationFields((t) => ({
  recordSelfInspection: t.field({
    type: SelfInspectionNode,
    description: 'An institution records its own 依法执业自查 (or a regulator records it for one).',
    authScopes: { institution: true, regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RecordSelfInspectionSuccess' }, union: { name: 'RecordSelfInspectionResult' } },
    args: { input: t.arg({ type: RecordSelfInspectionInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      // Format and references are checked together, so every bad field is reported at once.
      const issues = new IssueList();
      const parsed = collectInput(selfInspectionSchema, args.input, issues);
      const { inspectedOn } = parsed ?? wellFormedFields(selfInspectionSchema, args.input, issues);
      if (inspectedOn && inspectedOn > todayInChina()) issues.add('inspectedOn', 'FUTURE_DATE', 'inspectedOn is in the future');
      return ctx.db.transaction().execute(async (trx) => {
        const institution = await institutionForWrite(trx, ctx.viewer, args.input.institutionId, issues);
        issues.throwIfAny();
        const input = parsed!;
        const recorded = await trx
          .insertInto('self_inspection')
          .values({
            institution_id: institution!.id,
            kind: input.kind,
            inspected_on: input.inspectedOn,
            findings: input.findings,
            problems_found: input.problemsFound,
            problems_rectified: input.problemsRectified,
            recorded_by: actorOf(ctx.viewer),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recomputeCredit(trx, recorded.institution_id, 'SELF_INSPECTION_RECORDED');
        return recorded;
      });
    },
  }),
  recordCommitmentLetter: t.field({
    type: CommitmentLetterNode,
    authScopes: { institution: true, regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RecordCommitmentLetterSuccess' }, union: { name: 'RecordCommitmentLetterResult' } },
    args: { input: t.arg({ type: RecordCommitmentLetterInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(letterSchema, args.input, issues);
      const { signedOn } = parsed ?? wellFormedFields(letterSchema, args.input, issues);
      if (signedOn && signedOn > todayInChina()) issues.add('signedOn', 'FUTURE_DATE', 'signedOn is in the future');
      return ctx.db.transaction().execute(async (trx) => {
        const institution = await institutionForWrite(trx, ctx.viewer, args.input.institutionId, issues);
        issues.throwIfAny();
        const input = parsed!;
        return trx
          .insertInto('commitment_letter')
          .values({ institution_id: institution!.id, signed_on: input.signedOn, signatory: input.signatory, content: input.content, recorded_by: actorOf(ctx.viewer) })
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },
  }),
  recordCommitmentBreach: t.field({
    type: CommitmentLetterNode,
    description: 'A regulator records that the institution broke its commitment (违诺).',
    authScopes: { regulator: true },
    errors: { types: UPDATE_ERRORS, result: { name: 'RecordCommitmentBreachSuccess' }, union: { name: 'RecordCommitmentBreachResult' } },
    args: { input: t.arg({ type: RecordCommitmentBreachInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(breachSchema, args.input, issues);
      const { breachedOn } = parsed ?? wellFormedFields(breachSchema, args.input, issues);
      const target = localId(args.input.id, ['CommitmentLetter'], 'id', issues);
      return ctx.db.transaction().execute(async (trx) => {
        const letter = target ? await trx.selectFrom('commitment_letter').selectAll().where('id', '=', target.id).where(visibleTo(ctx.viewer, 'commitment_letter')).executeTakeFirst() : undefined;
        if (!letter) return issues.throwNotFound(args.input.id);
        if (letter.breached_on) issues.add('id', 'ALREADY_BREACHED', 'a breach is already recorded');
        if (breachedOn && breachedOn < letter.signed_on) issues.add('breachedOn', 'DATES_OUT_OF_ORDER', 'a breach cannot precede the commitment');
        issues.throwIfAny();
        const input = parsed!;
        const updated = await trx
          .updateTable('commitment_letter')
          .set({ breached_on: input.breachedOn, breach_note: input.note, version: letter.version + 1 })
          .where('id', '=', letter.id)
          .where('version', '=', input.version)
          .returningAll()
          .executeTakeFirst();
        if (!updated) throw new VersionConflictError(input.version, letter.version);
        await recomputeCredit(trx, updated.institution_id, 'COMMITMENT_BREACHED');
        return updated;
      });
    },
  }),
}));
