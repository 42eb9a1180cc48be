import type { Kysely, Selectable, Transaction } from 'kysely';
import { z } from 'zod';
import { visibleTo } from '../../auth/scope.js';
import { actorOf } from '../../auth/viewer.js';
import { countRows } from '../../db/count.js';
import type { DB } from '../../db/schema.generated.js';
import { todayInChina } from '../../domain/today.js';
import { builder } from '../../graphql/builder.js';
import { countedConnection } from '../../graphql/connection-options.js';
import { dateSchema } from '../../graphql/date-order.js';
import { UPDATE_ERRORS, VersionConflictError, WRITE_ERRORS } from '../../graphql/errors.js';
import { keysetConnection } from '../../graphql/pagination.js';
import { collectInput, IssueList, localId, wellFormedFields } from '../../graphql/validate.js';
import type { RequestContext } from '../../server/context.js';
import { ComplaintNode } from '../complaints/complaints.schema.js';
import { UnlicensedPracticeCaseNode } from '../unlicensed-practice/cases.schema.js';
import { SentinelPointNode } from './points.schema.js';
import { isAnyOf } from '../../db/any-of.js';

type ClueRow = Selectable<DB['sentinel_clue']>;

const ClueStatus = builder.enumType('SentinelClueStatus', {
  values: { RECEIVED: { description: '已接报' }, INVESTIGATING: { description: '调查核实中' }, FEEDBACK_GIVEN: { description: '已反馈' } } as const,
});
/** A clue moves forward only: received → investigating → feedback given. */
const NEXT: Record<string, readonly string[]> = { RECEIVED: ['INVESTIGATING', 'FEEDBACK_GIVEN'], INVESTIGATING: ['FEEDBACK_GIVEN'], FEEDBACK_GIVEN: [] };

export const SentinelClueNode = builder.loadableNodeRef<ClueRow, string, string>('SentinelClue', {
  id: { resolve: (c) => c.id },
  load: (ids: string[], ctx) => ctx.scoped.from('sentinel_clue').selectAll().where(isAnyOf('id', ids)).execute(),
  sort: (c) => c.id,
});

SentinelClueNode.implement({
  description: '线索: what a 监测哨点 saw and where, handled through investigation to feedback. The point sees its own clues and their feedback; the investigation and the case are for regulators.',
  fields: (t) => ({
    point: t.field({ type: SentinelPointNode, resolve: (c) => c.point_id }),
    receivedOn: t.field({ type: 'Date', description: '接报日期', resolve: (c) => c.received_on }),
    observed: t.exposeString('observed', { description: '发现的情况' }),
    place: t.exposeString('place', { description: '地点' }),
    status: t.field({ type: ClueStatus, resolve: (c) => c.status as 'RECEIVED' }),
    investigation: t.exposeString('investigation', { nullable: true, description: '查处情况 (regulators only)', authScopes: { regulator: true, administrator: true } }),
    feedback: t.exposeString('feedback', { nullable: true, description: '反馈: what the point is told' }),
    feedbackOn: t.field({ type: 'Date', nullable: true, resolve: (c) => c.feedback_on }),
    case: t.field({ type: UnlicensedPracticeCaseNode, nullable: true, description: 'The 非法行医 case it became (null outside your scope).', resolve: (c) => c.case_id }),
    complaint: t.field({ type: ComplaintNode, nullable: true, description: 'The complaint it became (null outside your scope).', resolve: (c) => c.complaint_id }),
    version: t.exposeInt('version'),
  }),
});

function cluesOf(ctx: RequestContext, pointId: string | null) {
  let q = ctx.scoped.from('sentinel_clue');
  if (pointId) q = q.where('sentinel_clue.point_id', '=', pointId);
  return q;
}

builder.queryFields((t) => ({
  sentinelClues: t.connection(
    {
      type: SentinelClueNode,
      authScopes: { regulator: true, administrator: true, sentinelPoint: true },
      description: '线索 the viewer may see (a point’s account: its own), optionally of one point, most recently received first.',
      args: { pointId: t.arg.id() },
      resolve: (_root, args, ctx) => {
        const issues = new IssueList();
        const point = args.pointId ? localId(String(args.pointId), ['SentinelPoint'], 'pointId', issues) : null;
        const pointId = args.pointId ? (point?.id ?? '0') : null;
        return keysetConnection<ClueRow>(cluesOf(ctx, pointId).selectAll('sentinel_clue'), {
          order: { column: 'sentinel_clue.received_on', kind: 'date', direction: 'desc' },
          idColumn: 'sentinel_clue.id',
          args,
          count: () => countRows(cluesOf(ctx, pointId)),
        });
      },
    },
    countedConnection('SentinelClueConnection'),
  ),
}));

const text = (max: number) => z.string().trim().min(1).max(max);
const reportSchema = z.object({ pointId: z.string(), receivedOn: dateSchema, observed: text(4000), place: text(500) });
const advanceSchema = z.object({
  id: z.string(), version: z.number().int(), status: z.enum(['RECEIVED', 'INVESTIGATING', 'FEEDBACK_GIVEN']), investigation: text(4000).nullish(),
  feedback: text(4000).nullish(), feedbackOn: dateSchema.nullish(), caseId: z.string().nullish(), complaintId: z.string().nullish(),
});
const ReportClueInput = builder.inputType('ReportSentinelClueInput', {
  description: 'A clue received from a point.',
  fields: (t) => ({ pointId: t.id({ required: true }), receivedOn: t.field({ type: 'Date', required: true }), observed: t.string({ required: true }), place: t.string({ required: true }) }),
});
const AdvanceClueInput = builder.inputType('AdvanceSentinelClueInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    status: t.field({ type: ClueStatus, required: true }),
    investigation: t.string(),
    feedback: t.string({ description: 'Required for FEEDBACK_GIVEN.' }),
    feedbackOn: t.field({ type: 'Date', description: 'Required for FEEDBACK_GIVEN.' }),
    caseId: t.id({ description: 'The unlicensed-practice case the clue became.' }),
    complaintId: t.id({ description: 'The complaint the clue became.' }),
  }),
});

/** A referenced record the regulator may see, or an issue; read in the caller's transaction (the embedded database serialises them). */
async function visibleId(db: Kysely<DB> | Transaction<DB>, ctx: RequestContext, table: 'unlicensed_practice_case' | 'complaint', typename: string, globalId: string | null | undefined, field: string, issues: IssueList) {
  if (!globalId) return undefined;
  const local = localId(globalId, [typename], field, issues);
  if (!local) return undefined;
  const row = await db.selectFrom(table).select('id').where('id', '=', local.id).where(visibleTo(ctx.viewer, table)).executeTakeFirst();
  if (!row) issues.add(field, 'NOT_FOUND', `no such ${typename}`);
  return row?.id;
}

builder.mutationFields((t) => ({
  reportSentinelClue: t.field({
    type: SentinelClueNode,
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'ReportSentinelClueSuccess' }, union: { name: 'ReportSentinelClueResult' } },
    args: { input: t.arg({ type: ReportClueInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      // Format and references are checked together, so every bad field is reported at once.
      const issues = new IssueList();
      const parsed = collectInput(reportSchema, args.input, issues);
      const { receivedOn } = parsed ?? wellFormedFields(reportSchema, args.input, issues);
      const point = localId(args.input.pointId, ['SentinelPoint'], 'pointId', issues);
      const found = point ? await ctx.db.selectFrom('sentinel_point').select(['id', 'active_from']).where('id', '=', point.id).where(visibleTo(ctx.viewer, 'sentinel_point')).executeTakeFirst() : undefined;
      if (point && !found) issues.add('pointId', 'NOT_FOUND', 'no such sentinel point');
      if (receivedOn && receivedOn > todayInChina()) issues.add('receivedOn', 'FUTURE_DATE', 'receivedOn is in the future');
      if (found && receivedOn && receivedOn < found.active_from) issues.add('receivedOn', 'DATES_OUT_OF_ORDER', 'before the point was active');
      issues.throwIfAny();
      const input = parsed!;
      return ctx.db
        .insertInto('sentinel_clue')
        .values({ point_id: found!.id, received_on: input.receivedOn, observed: input.observed, place: input.place, recorded_by: actorOf(ctx.viewer) })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  }),
  advanceSentinelClue: t.field({
    type: SentinelClueNode,
    authScopes: { regulator: true },
    errors: { types: UPDATE_ERRORS, result: { name: 'AdvanceSentinelClueSuccess' }, union: { name: 'AdvanceSentinelClueResult' } },
    args: { input: t.arg({ type: AdvanceClueInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(advanceSchema, args.input, issues);
      const sent = parsed ?? wellFormedFields(advanceSchema, args.input, issues);
      const target = localId(args.input.id, ['SentinelClue'], 'id', issues);
      return ctx.db.transaction().execute(async (trx) => {
        const current = target ? await trx.selectFrom('sentinel_clue').selectAll().where('id', '=', target.id).where(visibleTo(ctx.viewer, 'sentinel_clue')).executeTakeFirst() : undefined;
        if (!current) return issues.throwNotFound(args.input.id);
        if (sent.status && !NEXT[current.status]!.includes(sent.status)) issues.add('status', 'INVALID_TRANSITION', `a ${current.status} clue cannot become ${sent.status}`);
        if (sent.status === 'FEEDBACK_GIVEN') {
          // A field with an issue of its own is not reported missing as well.
          if (sent.feedback == null && !issues.has('feedback')) issues.add('feedback', 'REQUIRED', '反馈 says what the point is told');
          if (sent.feedbackOn == null && !issues.has('feedbackOn')) issues.add('feedbackOn', 'REQUIRED', 'the day feedback was given');
        }
        const { feedbackOn } = sent;
        if (feedbackOn && feedbackOn < current.received_on) issues.add('feedbackOn', 'DATES_OUT_OF_ORDER', 'feedback before the clue was received');
        if (feedbackOn && feedbackOn > todayInChina()) issues.add('feedbackOn', 'FUTURE_DATE', 'feedbackOn is in the future');
        const caseId = await visibleId(trx, ctx, 'unlicensed_practice_case', 'UnlicensedPracticeCase', args.input.caseId, 'caseId', issues);
        const complaintId = await visibleId(trx, ctx, 'complaint', 'Complaint', args.input.complaintId, 'complaintId', issues);
        issues.throwIfAny();
        const input = parsed!;
        if (current.version !== input.version) throw new VersionConflictError(input.version, current.version);
        return trx
          .updateTable('sentinel_clue')
          .set((eb) => ({
            status: input.status, investigation: input.investigation ?? current.investigation, feedback: input.feedback ?? current.feedback,
            feedback_on: input.feedbackOn ?? current.feedback_on, case_id: caseId ?? current.case_id, complaint_id: complaintId ?? current.complaint_id,
            version: eb('version', '+', 1), updated_at: new Date(),
          }))
          .where('id', '=', current.id)
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },
  }),
}));
