import type { Selectable } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import type { Deduction } from '../../domain/credit/evaluate.js';
import { todayInChina } from '../../domain/today.js';
import { earliestRepairOn } from '../../domain/credit/lists.js';
import { builder } from '../../graphql/builder.js';
import { reads } from '../../graphql/selected-columns.js';
import { InstitutionNode, PractitionerNode } from '../../graphql/nodes.js';
import { loadSubject, RegulatedSubject } from '../../graphql/subject.js';
import type { RequestContext } from '../../server/context.js';
import { isAnyOf } from '../../db/any-of.js';

export type CreditEvaluationRow = Selectable<DB['credit_evaluation']>;
export type CreditListEntryRow = Selectable<DB['credit_list_entry']>;

export const CreditGrade = builder.enumType('CreditGrade', {
  values: { A: { description: '守信' }, B: { description: '基本守信' }, C: { description: '失信' }, D: { description: '严重失信' } } as const,
});
export const CreditList = builder.enumType('CreditList', {
  values: { RED: { description: '红名单' }, BLACK: { description: '黑名单（严重失信主体名单）' }, KEY_WATCH: { description: '重点关注名单' } } as const,
});
export const ListRemovalReason = builder.enumType('ListRemovalReason', {
  values: { REPAIR: { description: '信用修复' }, REVOCATION: { description: '撤销' } } as const,
});
export const ListEntryStatus = builder.enumType('ListEntryStatus', {
  values: { ACTIVE: { description: '在列' }, EXPIRED: { description: '期满移出' }, REPAIRED: { description: '信用修复移出' }, REVOKED: { description: '撤销' } } as const,
});

const CreditDeduction = builder.objectRef<Deduction>('CreditDeduction').implement({
  description: 'One input of an evaluation and what it cost.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'PENALTY, SCORE_POINTS, COMPLAINTS, NO_SELF_INSPECTION or COMMITMENT_BREACH' }),
    points: t.float({ resolve: (d) => d.points }),
    recordIds: t.exposeStringList('recordIds', { description: 'Database ids of the records counted.' }),
    detail: t.exposeString('detail'),
  }),
});

export const CreditEvaluation = builder.objectRef<CreditEvaluationRow>('CreditEvaluation').implement({
  description: '信用评价: a 100-point score and grade, with the inputs it used. A new one is kept each time an input changes it.',
  fields: (t) => ({
    institution: t.field({ type: InstitutionNode, resolve: (e) => e.institution_id }),
    asOf: t.field({ type: 'Date', resolve: (e) => e.as_of }),
    score: t.float({ resolve: (e) => Number(e.score) }),
    grade: t.field({ type: CreditGrade, resolve: (e) => e.grade as 'A' }),
    deductions: t.field({ type: [CreditDeduction], resolve: (e) => e.deductions as unknown as Deduction[] }),
    trigger: t.exposeString('trigger', { description: 'What change caused this evaluation.' }),
    evaluatedAt: t.field({ type: 'DateTime', resolve: (e) => e.evaluated_at }),
  }),
});

export function listEntryStatus(e: CreditListEntryRow, today = todayInChina()) {
  if (e.removal_reason === 'REPAIR') return 'REPAIRED' as const;
  if (e.removal_reason === 'REVOCATION') return 'REVOKED' as const;
  if (e.expires_on && e.expires_on < today) return 'EXPIRED' as const;
  return 'ACTIVE' as const;
}

export const CreditListEntryNode = builder.loadableNodeRef<CreditListEntryRow, string, string>('CreditListEntry', {
  id: { resolve: (e) => e.id },
  load: (ids: string[], ctx) => ctx.scoped.from('credit_list_entry').selectAll().where(isAnyOf('id', ids)).execute(),
  sort: (e) => e.id,
});

CreditListEntryNode.implement({
  description: '红黑名单: a listing with its legal basis and term; it ends at expiry, by credit repair or by revocation.',
  fields: (t) => ({
    subject: t.field({ type: RegulatedSubject, resolve: (e, _args, ctx) => loadSubject(ctx, e) }),
    list: t.field({ type: CreditList, resolve: (e) => e.list as 'RED' }),
    legalBasis: t.exposeString('legal_basis'),
    reason: t.exposeString('reason'),
    decidedOn: t.field({ type: 'Date', resolve: (e) => e.decided_on }),
    expiresOn: t.field({ type: 'Date', nullable: true, resolve: (e) => e.expires_on }),
    authorityName: t.exposeString('authority_name'),
    status: t.field({ type: ListEntryStatus, resolve: (e) => listEntryStatus(e) }),
    earliestRepairOn: t.field({
      type: 'Date',
      description: '信用修复 is possible from this day: after the minimum period, and never later than the entry’s own last day.',
      resolve: (e) => earliestRepairOn(e),
    }),
    removedOn: t.field({ type: 'Date', nullable: true, resolve: (e) => e.removed_on }),
    removalNote: t.exposeString('removal_note', { nullable: true }),
    version: t.exposeInt('version'),
  }),
});

/** Evaluations of each institution, newest first, batched across a page. */
const evaluationsOf = (ctx: RequestContext, id: string) =>
  ctx
    .loader<string, CreditEvaluationRow[]>('creditEvaluations', async (ids) => {
      const rows = await ctx.scoped.from('credit_evaluation').selectAll().where(isAnyOf('institution_id', ids)).orderBy('id', 'desc').execute();
      return ids.map((i) => rows.filter((r) => r.institution_id === i));
    })
    .load(id);

const listEntriesOf = (ctx: RequestContext, column: 'subject_institution_id' | 'subject_practitioner_id', id: string) =>
  ctx
    .loader<string, CreditListEntryRow[]>(`creditListEntries:${column}`, async (ids) => {
      const rows = await ctx.scoped.from('credit_list_entry').selectAll().where(isAnyOf(column, ids)).orderBy('decided_on', 'desc').execute();
      return ids.map((i) => rows.filter((r) => r[column] === i));
    })
    .load(id);

builder.objectFields(InstitutionNode, (t) => ({
  credit: t.field({ ...reads(), type: CreditEvaluation, nullable: true, description: 'The current credit evaluation.', resolve: async (i, _a, ctx) => (await evaluationsOf(ctx, i.id))[0] ?? null }),
  creditHistory: t.field({ ...reads(), type: [CreditEvaluation], description: 'Every evaluation, newest first.', resolve: (i, _a, ctx) => evaluationsOf(ctx, i.id) }),
  creditListEntries: t.field({ ...reads(), type: [CreditListEntryNode], resolve: (i, _a, ctx) => listEntriesOf(ctx, 'subject_institution_id', i.id) }),
}));
builder.objectFields(PractitionerNode, (t) => ({
  creditListEntries: t.field({ ...reads(), type: [CreditListEntryNode], resolve: (p, _a, ctx) => listEntriesOf(ctx, 'subject_practitioner_id', p.id) }),
}));
