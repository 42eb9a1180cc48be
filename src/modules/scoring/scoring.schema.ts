import type { Selectable } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import type { WindowStatus } from '../../domain/scoring/evaluate.js';
import { CONSEQUENCES, type RuleSetDefinition, type ScoreThreshold, type ScoreWindow } from '../../domain/scoring/rule-set.js';
import { todayInChina } from '../../domain/today.js';
import { builder } from '../../graphql/builder.js';
import { reads } from '../../graphql/selected-columns.js';
import { InstitutionNode, PractitionerNode } from '../../graphql/nodes.js';
import { loadSubject, RegulatedSubject } from '../../graphql/subject.js';
import { findScoreEventsByIds, type RuleSetRow } from './scoring.queries.js';
import { ruleSetsOf, scoreEventsOf, scoreStatusesOf } from './score-status.js';

export type ScoreEventRow = Selectable<DB['score_event']>;

export const SubjectKind = builder.enumType('SubjectKind', {
  values: { INSTITUTION: { description: '医疗机构' }, PRACTITIONER: { description: '医务人员' } } as const,
});

export const ConsequenceKind = builder.enumType('ConsequenceKind', {
  description: '记分达到阈值的处理后果',
  values: Object.fromEntries(Object.entries(CONSEQUENCES).map(([k, label]) => [k, { description: label }])) as Record<keyof typeof CONSEQUENCES, { description: string }>,
});

const ScoreConsequence = builder.objectRef<ScoreThreshold['consequences'][number]>('ScoreConsequence').implement({
  fields: (t) => ({
    kind: t.field({ type: ConsequenceKind, resolve: (c) => c.kind }),
    label: t.string({ resolve: (c) => CONSEQUENCES[c.kind] }),
    minMonths: t.exposeInt('minMonths', { nullable: true }),
    maxMonths: t.exposeInt('maxMonths', { nullable: true }),
    workingDays: t.exposeInt('workingDays', { nullable: true, description: 'For publication: how many working days.' }),
  }),
});

const ScoreThresholdRef = builder.objectRef<ScoreThreshold>('ScoreThreshold').implement({
  description: '阈值: cumulative in a window, or reached by a single event.',
  fields: (t) => ({
    basis: t.string({ description: 'CUMULATIVE or SINGLE_EVENT', resolve: (x) => x.basis }),
    points: t.exposeInt('points'),
    description: t.exposeString('description'),
    consequences: t.field({ type: [ScoreConsequence], resolve: (x) => x.consequences }),
  }),
});

const ScoreWindowRef = builder.objectRef<ScoreWindow>('ScoreWindow').implement({
  description: '记分周期: CALENDAR_YEAR, LICENSE_ANNIVERSARY or VALIDATION_PERIOD, of `years` years.',
  fields: (t) => ({
    kind: t.string({ resolve: (w) => w.kind }),
    years: t.exposeInt('years'),
    resetOnValidationPass: t.exposeBoolean('resetOnValidationPass', { description: '校验合格后清零' }),
    appliesToValidationPeriod: t.exposeInt('appliesToValidationPeriod', { nullable: true, description: 'Only for institutions validated every this many years.' }),
    thresholds: t.field({ type: [ScoreThresholdRef], resolve: (w) => w.thresholds }),
  }),
});

const ScoreItem = builder.objectRef<RuleSetDefinition['items'][number]>('ScoreItem').implement({
  description: '记分项目',
  fields: (t) => ({
    code: t.exposeString('code'),
    text: t.exposeString('text'),
    points: t.exposeInt('points'),
    perUnit: t.exposeBoolean('perUnit', { description: 'Points are multiplied by the units (e.g. per person).' }),
  }),
});

export const ScoreRuleSet = builder.objectRef<RuleSetRow>('ScoreRuleSet').implement({
  description: '不良执业行为记分规则: one version of a rule set. New versions never change old ones.',
  fields: (t) => ({
    code: t.exposeString('code'),
    version: t.exposeInt('version'),
    title: t.exposeString('title'),
    jurisdictionCode: t.exposeString('jurisdictionCode', { description: 'Region it binds (sub-regions included); 000000 is national.' }),
    subjectKind: t.field({ type: SubjectKind, resolve: (r) => r.subjectKind }),
    effectiveFrom: t.field({ type: 'Date', resolve: (r) => r.effectiveFrom }),
    source: t.exposeString('source'),
    publishedBy: t.exposeString('publishedBy'),
    items: t.field({ type: [ScoreItem], resolve: (r) => r.versionData.definition.items }),
    windows: t.field({ type: [ScoreWindowRef], resolve: (r) => r.versionData.definition.windows }),
  }),
});

const ScoreAppeal = builder.objectRef<ScoreEventRow>('ScoreAppeal').implement({
  description: '陈述申辩',
  fields: (t) => ({
    reason: t.string({ resolve: (e) => e.appeal_reason ?? '' }),
    filedOn: t.field({ type: 'Date', resolve: (e) => e.appeal_filed_on! }),
    decidedOn: t.field({ type: 'Date', nullable: true, resolve: (e) => e.appeal_decided_on }),
    upheld: t.boolean({ nullable: true, resolve: (e) => (e.status === 'APPEAL_UPHELD' ? true : e.status === 'APPEAL_REJECTED' ? false : null) }),
    note: t.exposeString('appeal_decision_note', { nullable: true }),
  }),
});

export const ScoreEventStatus = builder.enumType('ScoreEventStatus', {
  values: {
    ACTIVE: { description: '有效' },
    APPEALED: { description: '申辩中' },
    APPEAL_UPHELD: { description: '申辩成立，记分撤销' },
    APPEAL_REJECTED: { description: '申辩不成立' },
  } as const,
});

export const ScoreSourceKind = builder.enumType('ScoreSourceKind', {
  values: { INSPECTION: { description: '监督检查' }, PENALTY: { description: '行政处罚' }, COMPLAINT: { description: '投诉举报' }, OTHER: { description: '其他' } } as const,
});

export const ScoreEvent = builder.loadableNodeRef<ScoreEventRow, string, string>('ScoreEvent', {
  id: { resolve: (e) => e.id },
  load: (ids: string[], ctx) => findScoreEventsByIds(ctx.scoped, ids),
  sort: (e) => e.id,
});

ScoreEvent.implement({
  description: '不良执业行为记分: points for one violation, under the rule version in force on its date.',
  fields: (t) => ({
    subject: t.field({
      type: RegulatedSubject,
      resolve: (e, _args, ctx) => loadSubject(ctx, e),
    }),
    ruleSet: t.field({ type: ScoreRuleSet, resolve: async (e, _args, ctx) => (await ruleSetsOf(ctx)).find((r) => r.id === e.rule_set_id)! }),
    itemCode: t.exposeString('item_code'),
    itemText: t.string({
      resolve: async (e, _args, ctx) => (await ruleSetsOf(ctx)).find((r) => r.id === e.rule_set_id)!.versionData.definition.items.find((i) => i.code === e.item_code)!.text,
    }),
    units: t.exposeInt('units'),
    points: t.exposeInt('points', { description: 'Counted unless an appeal was upheld.' }),
    occurredOn: t.field({ type: 'Date', resolve: (e) => e.occurred_on }),
    sourceKind: t.field({ type: ScoreSourceKind, resolve: (e) => e.source_kind as 'OTHER' }),
    sourceReference: t.exposeString('source_reference', { nullable: true, description: 'e.g. the inspection record or penalty decision number' }),
    status: t.field({ type: ScoreEventStatus, resolve: (e) => e.status as 'ACTIVE' }),
    appeal: t.field({ type: ScoreAppeal, nullable: true, resolve: (e) => (e.appeal_filed_on ? e : null) }),
    version: t.exposeInt('version'),
  }),
});

const ReachedThreshold = builder.objectRef<WindowStatus['reached'][number]>('ReachedThreshold').implement({
  fields: (t) => ({
    threshold: t.field({ type: ScoreThresholdRef, resolve: (r) => r.threshold }),
    triggeredBy: t.field({ type: [ScoreEvent], description: 'The event(s) that reached it.', resolve: (r) => r.triggeredBy }),
  }),
});

const ScoreWindowStatus = builder.objectRef<WindowStatus>('ScoreWindowStatus').implement({
  fields: (t) => ({
    kind: t.string({ resolve: (w) => w.kind }),
    years: t.exposeInt('years'),
    start: t.field({ type: 'Date', resolve: (w) => w.start }),
    end: t.field({ type: 'Date', description: 'Exclusive: the first day of the next window.', resolve: (w) => w.end }),
    resetAfter: t.field({ type: 'Date', nullable: true, description: 'Counting restarted after this passed 校验.', resolve: (w) => w.resetAfter }),
    points: t.exposeInt('points'),
    events: t.field({ type: [ScoreEvent], resolve: (w) => w.eventIds }),
    thresholdsReached: t.field({ type: [ReachedThreshold], resolve: (w) => w.reached }),
  }),
});

interface Cycle {
  ruleSet: RuleSetRow;
  windows: WindowStatus[];
  consequences: (keyof typeof CONSEQUENCES)[];
}

const ScoreCycle = builder.objectRef<Cycle>('ScoreCycle').implement({
  fields: (t) => ({
    ruleSet: t.field({ type: ScoreRuleSet, description: 'The version in force at the end of this cycle.', resolve: (c) => c.ruleSet }),
    windows: t.field({ type: [ScoreWindowStatus], resolve: (c) => c.windows }),
    consequences: t.field({ type: [ConsequenceKind], resolve: (c) => c.consequences }),
  }),
});

const ScoreStatus = builder.objectRef<{ asOf: string; current: Cycle; history: Cycle[] }>('ScoreStatus').implement({
  description: '记分状态 under one rule set: the current cycle and earlier ones.',
  fields: (t) => ({
    asOf: t.field({ type: 'Date', resolve: (s) => s.asOf }),
    current: t.field({ type: ScoreCycle, resolve: (s) => s.current }),
    history: t.field({ type: [ScoreCycle], description: 'Earlier cycles, newest first, back to the first event.', resolve: (s) => s.history }),
  }),
});

const asOfArg = (t: any) => t.arg({ type: 'Date', description: 'Defaults to today (Beijing).' });

builder.objectFields(InstitutionNode, (t) => ({
  scoreStatus: t.field({ ...reads('region_code'),
    type: [ScoreStatus],
    description: '不良执业行为记分: standing under each rule set that binds this institution.',
    args: { asOf: asOfArg(t) },
    resolve: (i, args, ctx) => scoreStatusesOf(ctx, 'INSTITUTION', { id: i.id, regionCode: i.region_code }, (args.asOf as string | null) ?? todayInChina()),
  }),
  scoreEvents: t.field({ ...reads(), type: [ScoreEvent], description: 'All score events, oldest first.', resolve: (i, _args, ctx) => scoreEventsOf(ctx, 'INSTITUTION', i.id) }),
}));

builder.objectFields(PractitionerNode, (t) => ({
  scoreStatus: t.field({ ...reads('region_code'),
    type: [ScoreStatus],
    description: '不良执业行为记分: standing under each rule set that binds this practitioner (by 注册地).',
    args: { asOf: asOfArg(t) },
    resolve: (p, args, ctx) => scoreStatusesOf(ctx, 'PRACTITIONER', { id: p.id, regionCode: p.region_code }, (args.asOf as string | null) ?? todayInChina()),
  }),
  scoreEvents: t.field({ ...reads(), type: [ScoreEvent], resolve: (p, _args, ctx) => scoreEventsOf(ctx, 'PRACTITIONER', p.id) }),
}));

builder.queryFields((t) => ({
  scoreRuleSets: t.field({
    type: [ScoreRuleSet],
    description: 'Every version of the scoring rule sets (public: the rules are published).',
    args: { code: t.arg.string(), subjectKind: t.arg({ type: SubjectKind }) },
    resolve: async (_root, args, ctx) =>
      (await ruleSetsOf(ctx)).filter((r) => (!args.code || r.code === args.code) && (!args.subjectKind || r.subjectKind === args.subjectKind)),
  }),
}));
