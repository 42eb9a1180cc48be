import type { Selectable } from 'kysely';
import { z } from 'zod';
import { mayWriteIn, visibleTo } from '../../auth/scope.js';
import { actorOf } from '../../auth/viewer.js';
import type { DB } from '../../db/schema.generated.js';
import { todayInChina } from '../../domain/today.js';
import { builder } from '../../graphql/builder.js';
import { dateSchema } from '../../graphql/date-order.js';
import { WRITE_ERRORS } from '../../graphql/errors.js';
import { RegionNode } from '../../graphql/nodes.js';
import { collectInput, IssueList, localId, onUniqueViolation, wellFormedFields } from '../../graphql/validate.js';
import type { RequestContext } from '../../server/context.js';
import { SentinelPointNode } from './points.schema.js';
import { isAnyOf } from '../../db/any-of.js';

type SheetRow = Selectable<DB['sentinel_scoring_sheet']>;
type AssessmentRow = Selectable<DB['sentinel_assessment']>;
interface SheetItem {
  code: string;
  text: string;
  points: number;
}
interface ItemScore {
  code: string;
  points: number;
}

const SheetItemRef = builder.objectRef<SheetItem>('SentinelScoringItem').implement({
  description: '评分项目 and the points it is worth.',
  fields: (t) => ({ code: t.exposeString('code'), text: t.exposeString('text'), points: t.exposeFloat('points') }),
});

const SheetRef = builder.objectRef<SheetRow>('SentinelScoringSheet').implement({
  description: '监测哨点考核评分表, kept as data: items with their points, the total, the pass mark and the mark for 示范哨点.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    region: t.field({ type: RegionNode, resolve: (s) => s.region_code }),
    items: t.field({ type: [SheetItemRef], resolve: (s) => s.items as unknown as SheetItem[] }),
    totalPoints: t.float({ resolve: (s) => Number(s.total_points) }),
    passMark: t.float({ description: '合格分', resolve: (s) => Number(s.pass_mark) }),
    modelMark: t.float({ description: '示范哨点 from this total up', resolve: (s) => Number(s.model_mark) }),
  }),
});

const ItemScoreRef = builder.objectRef<ItemScore>('SentinelItemScore').implement({
  fields: (t) => ({ code: t.exposeString('code'), points: t.exposeFloat('points') }),
});

const sheetLoader = (ctx: RequestContext) =>
  ctx.loader<string, SheetRow>('sentinelSheet', async (ids) => {
    const rows = await ctx.db.selectFrom('sentinel_scoring_sheet').selectAll().where(isAnyOf('id', ids)).execute();
    return ids.map((id) => rows.find((r) => r.id === id) ?? new Error(`no sheet ${id}`));
  });

const AssessmentRef = builder.objectRef<AssessmentRow>('SentinelAssessment').implement({
  description: '年度考核 of a 监测哨点 against a scoring sheet, recorded by a regulator.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    sheet: t.field({ type: SheetRef, resolve: (a, _args, ctx) => sheetLoader(ctx).load(a.sheet_id) }),
    scores: t.field({ type: [ItemScoreRef], resolve: (a) => a.scores as unknown as ItemScore[] }),
    total: t.float({ resolve: (a) => Number(a.total) }),
    passed: t.exposeBoolean('passed', { description: '合格' }),
    modelPoint: t.exposeBoolean('model_point', { description: '示范哨点' }),
    assessedOn: t.field({ type: 'Date', resolve: (a) => a.assessed_on }),
    assessedBy: t.exposeString('assessed_by'),
  }),
});

builder.objectFields(SentinelPointNode, (t) => ({
  assessments: t.field({
    type: [AssessmentRef],
    description: 'Yearly assessments, latest first.',
    resolve: async (p, _args, ctx) => {
      const rows = await ctx.loader<string, AssessmentRow[]>('sentinelAssessments', async (ids) => {
        const all = await ctx.scoped.from('sentinel_assessment').selectAll().where(isAnyOf('point_id', ids)).orderBy('year', 'desc').execute();
        return ids.map((id) => all.filter((a) => a.point_id === id));
      }).load(p.id);
      return rows;
    },
  }),
}));

builder.queryFields((t) => ({
  sentinelScoringSheets: t.field({ type: [SheetRef], authScopes: { regulator: true, administrator: true }, resolve: (_root, _args, ctx) => ctx.db.selectFrom('sentinel_scoring_sheet').selectAll().orderBy('id').execute() }),
}));

const assessSchema = z.object({
  pointId: z.string(),
  sheetCode: z.string(),
  year: z.number().int().min(2000).max(2100),
  assessedOn: dateSchema,
  scores: z.array(z.object({ code: z.string(), points: z.number().min(0) })),
});

const AssessInput = builder.inputType('AssessSentinelPointInput', {
  fields: (t) => ({
    pointId: t.id({ required: true }),
    sheetCode: t.string({ required: true }),
    year: t.int({ required: true }),
    assessedOn: t.field({ type: 'Date', required: true }),
    scores: t.field({ type: [builder.inputType('SentinelItemScoreInput', { fields: (f) => ({ code: f.string({ required: true }), points: f.float({ required: true }) }) })], required: true }),
  }),
});

builder.mutationFields((t) => ({
  assessSentinelPoint: t.field({
    type: AssessmentRef,
    authScopes: { regulator: true },
    description: 'Records a point’s yearly assessment: every item of the sheet scored between 0 and its points; the total, 合格 and 示范哨点 follow from the sheet.',
    errors: { types: WRITE_ERRORS, result: { name: 'AssessSentinelPointSuccess' }, union: { name: 'AssessSentinelPointResult' } },
    args: { input: t.arg({ type: AssessInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      // Format and references are checked together, so every bad field is reported at once.
      const issues = new IssueList();
      const parsed = collectInput(assessSchema, args.input, issues);
      const sent = parsed ?? wellFormedFields(assessSchema, args.input, issues);
      const point = localId(args.input.pointId, ['SentinelPoint'], 'pointId', issues);
      const found = point ? await ctx.db.selectFrom('sentinel_point').select(['id', 'region_code']).where('id', '=', point.id).where(visibleTo(ctx.viewer, 'sentinel_point')).executeTakeFirst() : undefined;
      if (point && !found) issues.add('pointId', 'NOT_FOUND', 'no such sentinel point');
      else if (found && !mayWriteIn(ctx.viewer, found.region_code)) issues.add('pointId', 'OUT_OF_JURISDICTION', 'outside your jurisdiction');
      const sheet = sent.sheetCode ? await ctx.db.selectFrom('sentinel_scoring_sheet').selectAll().where('code', '=', sent.sheetCode).executeTakeFirst() : undefined;
      if (sent.sheetCode && !sheet) issues.add('sheetCode', 'NOT_FOUND', 'no such scoring sheet');
      if (sent.assessedOn && sent.assessedOn > todayInChina()) issues.add('assessedOn', 'FUTURE_DATE', 'assessedOn is in the future');
      const items = (sheet?.items ?? []) as unknown as SheetItem[];
      // The scores are held against the sheet once they are well-formed.
      const scores = sent.scores ?? [];
      const given = new Map(scores.map((s) => [s.code, s.points]));
      if (given.size !== scores.length) issues.add('scores', 'DUPLICATE', 'an item is scored twice');
      for (const code of given.keys()) if (sheet && !items.some((i) => i.code === code)) issues.add('scores', 'UNKNOWN_ITEM', `item ${code} is not on the sheet`);
      for (const item of sent.scores ? items : []) {
        const points = given.get(item.code);
        if (points === undefined) issues.add('scores', 'MISSING_ITEM', `item ${item.code} (${item.text}) is not scored`);
        else if (points > item.points) issues.add('scores', 'TOO_MANY_POINTS', `item ${item.code} is worth at most ${item.points}`);
      }
      issues.throwIfAny();
      const input = parsed!;
      const total = items.reduce((sum, item) => sum + given.get(item.code)!, 0);
      return ctx.db
        .insertInto('sentinel_assessment')
        .values({
          point_id: found!.id, sheet_id: sheet!.id, year: input.year, assessed_on: input.assessedOn, assessed_by: actorOf(ctx.viewer),
          scores: JSON.stringify(items.map((i) => ({ code: i.code, points: given.get(i.code)! }))), total: String(total),
          passed: total >= Number(sheet!.pass_mark), model_point: total >= Number(sheet!.model_mark),
        })
        .returningAll()
        .executeTakeFirstOrThrow()
        .catch(onUniqueViolation({ sentinel_assessment_point_id_year_key: { field: 'input.year', code: 'ALREADY_EXISTS', message: 'the point is already assessed for this year' } }));
    },
  }),
}));
