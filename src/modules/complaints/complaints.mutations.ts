import { z } from 'zod';
import { freeText, nameText, singleLineText } from '../../domain/text.js';
import { mayWriteIn, visibleTo } from '../../auth/scope.js';
import { actorOf } from '../../auth/viewer.js';
import { todayInChina } from '../../domain/today.js';
import { builder } from '../../graphql/builder.js';
import { dateSchema } from '../../graphql/date-order.js';
import { UPDATE_ERRORS, WRITE_ERRORS } from '../../graphql/errors.js';
import { subjectForWrite } from '../../graphql/subject.js';
import { collectInput, IssueList, localId, wellFormedFields } from '../../graphql/validate.js';
import { updateVersioned } from '../../graphql/versioned-update.js';
import { existingRegionCodes } from '../regions/regions.queries.js';
import { recomputeCredit } from '../credit/recompute.js';
import { ComplaintChannel, ComplaintNode, ComplaintStatus } from './complaints.schema.js';

/** Where a complaint may go next: it never reopens once closed. */
export const NEXT_STATUSES: Record<string, readonly string[]> = {
  RECEIVED: ['TRANSFERRED', 'INVESTIGATING', 'CLOSED'],
  TRANSFERRED: ['INVESTIGATING', 'CLOSED'],
  INVESTIGATING: ['CLOSED'],
  CLOSED: [],
};

const ReceiveComplaintInput = builder.inputType('ReceiveComplaintInput', {
  fields: (t) => ({
    channel: t.field({ type: ComplaintChannel, required: true }),
    receivedOn: t.field({ type: 'Date', required: true }),
    regionCode: t.string({ required: true }),
    category: t.string({ required: true, description: 'e.g. 非法行医, 医疗服务, 收费' }),
    summary: t.string({ required: true }),
    subjectId: t.id({ description: 'The institution or practitioner complained about, when known.' }),
  }),
});

const AdvanceComplaintInput = builder.inputType('AdvanceComplaintInput', {
  description: 'Move a complaint on: RECEIVED → TRANSFERRED / INVESTIGATING → CLOSED.',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    status: t.field({ type: ComplaintStatus, required: true }),
    transferredTo: t.string({ description: 'Required for TRANSFERRED.' }),
    outcome: t.string({ description: 'Required for CLOSED.' }),
    substantiated: t.boolean({ description: 'Required for CLOSED.' }),
    closedOn: t.field({ type: 'Date', description: 'Required for CLOSED.' }),
    inspectionId: t.id(),
    penaltyId: t.id(),
  }),
});

const receiveSchema = z.object({
  channel: z.enum(['HOTLINE_12320', 'WEB', 'WECHAT', 'LETTER', 'VISIT']),
  receivedOn: dateSchema,
  regionCode: z.string().regex(/^\d{6}$/),
  category: singleLineText(100),
  summary: freeText(4000),
  subjectId: z.string().nullish(),
});

const advanceSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  status: z.enum(['RECEIVED', 'TRANSFERRED', 'INVESTIGATING', 'CLOSED']),
  transferredTo: nameText(200).nullish(),
  outcome: freeText(4000).nullish(),
  substantiated: z.boolean().nullish(),
  closedOn: dateSchema.nullish(),
  inspectionId: z.string().nullish(),
  penaltyId: z.string().nullish(),
});

builder.mutationFields((t) => ({
  receiveComplaint: t.field({
    type: ComplaintNode,
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'ReceiveComplaintSuccess' }, union: { name: 'ReceiveComplaintResult' } },
    args: { input: t.arg({ type: ReceiveComplaintInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      // Format and references are checked together, so every bad field is reported at once.
      const issues = new IssueList();
      const parsed = collectInput(receiveSchema, args.input, issues);
      const { receivedOn, regionCode, subjectId } = parsed ?? wellFormedFields(receiveSchema, args.input, issues);
      if (receivedOn && receivedOn > todayInChina()) issues.add('receivedOn', 'FUTURE_DATE', 'receivedOn is in the future');
      return ctx.db.transaction().execute(async (trx) => {
        if (regionCode && !(await existingRegionCodes(trx, [regionCode])).has(regionCode)) issues.add('regionCode', 'NOT_FOUND', 'no such region');
        else if (regionCode && !mayWriteIn(ctx.viewer, regionCode)) issues.add('regionCode', 'OUT_OF_JURISDICTION', 'outside your jurisdiction');
        const subject = await subjectForWrite(trx, ctx.viewer, subjectId, 'subjectId', issues);
        issues.throwIfAny();
        const input = parsed!;
        return trx
          .insertInto('complaint')
          .values({
            channel: input.channel,
            received_on: input.receivedOn,
            region_code: input.regionCode,
            category: input.category,
            summary: input.summary,
            subject_institution_id: subject?.columns.subject_institution_id ?? null,
            subject_practitioner_id: subject?.columns.subject_practitioner_id ?? null,
            recorded_by: actorOf(ctx.viewer),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },
  }),
  advanceComplaint: t.field({
    type: ComplaintNode,
    authScopes: { regulator: true },
    errors: { types: UPDATE_ERRORS, result: { name: 'AdvanceComplaintSuccess' }, union: { name: 'AdvanceComplaintResult' } },
    args: { input: t.arg({ type: AdvanceComplaintInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(advanceSchema, args.input, issues);
      const sent = parsed ?? wellFormedFields(advanceSchema, args.input, issues);
      const target = localId(args.input.id, ['Complaint'], 'id', issues);
      const inspection = localId(args.input.inspectionId, ['Inspection'], 'inspectionId', issues);
      const penalty = localId(args.input.penaltyId, ['Penalty'], 'penaltyId', issues);
      return ctx.db.transaction().execute(async (trx) => {
        const current = target ? await trx.selectFrom('complaint').selectAll().where('id', '=', target.id).where(visibleTo(ctx.viewer, 'complaint')).executeTakeFirst() : undefined;
        if (current && sent.status && !NEXT_STATUSES[current.status]!.includes(sent.status)) {
          issues.add('status', 'INVALID_TRANSITION', `a ${current.status} complaint cannot become ${sent.status}`);
        }
        // What a status needs: a field with an issue of its own is not reported missing as well.
        const missing = (field: 'transferredTo' | 'outcome' | 'substantiated' | 'closedOn') => sent[field] == null && !issues.has(field);
        if (sent.status === 'TRANSFERRED' && missing('transferredTo')) issues.add('transferredTo', 'REQUIRED', '转办 names where it went');
        if (sent.status === 'CLOSED') {
          if (missing('outcome')) issues.add('outcome', 'REQUIRED', '办结 records the outcome');
          if (missing('substantiated')) issues.add('substantiated', 'REQUIRED', '办结 says whether the complaint was substantiated');
          if (missing('closedOn')) issues.add('closedOn', 'REQUIRED', '办结 records the date');
          else if (current && sent.closedOn && sent.closedOn < current.received_on) issues.add('closedOn', 'DATES_OUT_OF_ORDER', 'closed before it was received');
        }
        if (inspection && !(await trx.selectFrom('inspection').select('id').where('id', '=', inspection.id).where(visibleTo(ctx.viewer, 'inspection')).executeTakeFirst())) {
          issues.add('inspectionId', 'NOT_FOUND', 'no such inspection');
        }
        if (penalty && !(await trx.selectFrom('penalty').select('id').where('id', '=', penalty.id).where(visibleTo(ctx.viewer, 'penalty')).executeTakeFirst())) {
          issues.add('penaltyId', 'NOT_FOUND', 'no such penalty');
        }
        issues.throwIfAny();
        const input = parsed!;
        const updated = await updateVersioned(trx, ctx.viewer, 'complaint', { id: target!.id, globalId: input.id, version: input.version }, {
          status: input.status,
          transferred_to: input.transferredTo ?? undefined,
          outcome: input.outcome ?? undefined,
          substantiated: input.substantiated ?? undefined,
          closed_on: input.closedOn ?? undefined,
          inspection_id: inspection?.id ?? undefined,
          penalty_id: penalty?.id ?? undefined,
        });
        if (updated.status === 'CLOSED') await recomputeCredit(trx, updated.subject_institution_id, 'COMPLAINT_CLOSED');
        return updated;
      });
    },
  }),
}));
