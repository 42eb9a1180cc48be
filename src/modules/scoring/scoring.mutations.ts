import { z } from 'zod';
import { visibleTo } from '../../auth/scope.js';
import { actorOf } from '../../auth/viewer.js';
import { ruleSetFile } from '../../domain/scoring/rule-set.js';
import { pointsFor, versionInForce } from '../../domain/scoring/status.js';
import { todayInChina } from '../../domain/today.js';
import { freeText, optionalText, singleLineText } from '../../domain/text.js';
import { builder } from '../../graphql/builder.js';
import { dateSchema } from '../../graphql/date-order.js';
import { UPDATE_ERRORS, VersionConflictError, WRITE_ERRORS } from '../../graphql/errors.js';
import { subjectForWrite } from '../../graphql/subject.js';
import { collectInput, IssueList, localId, onUniqueViolation, wellFormedFields } from '../../graphql/validate.js';
import { existingRegionCodes } from '../regions/regions.queries.js';
import { recomputeCredit } from '../credit/recompute.js';
import { bindsRegion, findAllRuleSets, NATIONAL } from './scoring.queries.js';
import { ScoreEvent, ScoreRuleSet, ScoreSourceKind, SubjectKind } from './scoring.schema.js';

const PublishScoreRuleSetInput = builder.inputType('PublishScoreRuleSetInput', {
  description: 'A new version of a rule set (or the first version of a new one).',
  fields: (t) => ({
    code: t.string({ required: true }),
    title: t.string({ required: true }),
    jurisdictionCode: t.string({ required: true, description: 'Region code it binds; 000000 for national rules.' }),
    subjectKind: t.field({ type: SubjectKind, required: true }),
    effectiveFrom: t.field({ type: 'Date', required: true }),
    source: t.string({ required: true, description: 'Where the rule comes from (document, number).' }),
    definition: t.field({ type: 'JSON', required: true, description: 'items, windows and thresholds, as in rules/scoring/*.json' }),
  }),
});

const RecordScoreEventInput = builder.inputType('RecordScoreEventInput', {
  description: '记分: the points are taken from the rule version in force on occurredOn.',
  fields: (t) => ({
    subjectId: t.id({ required: true, description: 'An Institution or a Practitioner.' }),
    ruleSetCode: t.string({ required: true }),
    itemCode: t.string({ required: true }),
    units: t.int({ required: true, defaultValue: 1 }),
    occurredOn: t.field({ type: 'Date', required: true }),
    sourceKind: t.field({ type: ScoreSourceKind, required: true }),
    sourceReference: t.string(),
  }),
});

const FileScoreAppealInput = builder.inputType('FileScoreAppealInput', {
  description: '陈述申辩 against a score event.',
  fields: (t) => ({
    eventId: t.id({ required: true }),
    reason: t.string({ required: true }),
    filedOn: t.field({ type: 'Date', required: true }),
  }),
});

const DecideScoreAppealInput = builder.inputType('DecideScoreAppealInput', {
  fields: (t) => ({
    eventId: t.id({ required: true }),
    version: t.int({ required: true }),
    upheld: t.boolean({ required: true, description: 'true: the appeal succeeds and the points are reversed.' }),
    decidedOn: t.field({ type: 'Date', required: true }),
    note: t.string(),
  }),
});

const recordSchema = z.object({
  subjectId: z.string(),
  ruleSetCode: singleLineText(100),
  itemCode: singleLineText(100),
  units: z.number().int().min(1).max(1000),
  occurredOn: dateSchema,
  sourceKind: z.enum(['INSPECTION', 'PENALTY', 'COMPLAINT', 'OTHER']),
  sourceReference: optionalText('singleLine', 2000),
});

const appealSchema = z.object({ eventId: z.string(), reason: freeText(2000), filedOn: dateSchema });
const decisionSchema = z.object({ eventId: z.string(), version: z.number().int(), upheld: z.boolean(), decidedOn: dateSchema, note: optionalText('free', 2000) });

builder.mutationFields((t) => ({
  publishScoreRuleSet: t.field({
    type: ScoreRuleSet,
    description: 'Publish a rule set version (administrators). Earlier versions stay as they were.',
    authScopes: { administrator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'PublishScoreRuleSetSuccess' }, union: { name: 'PublishScoreRuleSetResult' } },
    args: { input: t.arg({ type: PublishScoreRuleSetInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(ruleSetFile, args.input, issues);
      const sent = parsed ?? wellFormedFields(ruleSetFile, args.input, issues);
      const { jurisdictionCode } = sent;
      if (jurisdictionCode && jurisdictionCode !== NATIONAL && !(await existingRegionCodes(ctx.db, [jurisdictionCode])).has(jurisdictionCode)) {
        issues.add('jurisdictionCode', 'NOT_FOUND', `${jurisdictionCode} is not a region in force`);
      }
      const saved = await ctx.db
        .transaction()
        .execute(async (trx) => {
          const latest = sent.code ? await trx.selectFrom('score_rule_set').selectAll().where('code', '=', sent.code).orderBy('version', 'desc').executeTakeFirst() : undefined;
          // A new version keeps its scope: compared with what was sent of it.
          const changedKind = sent.subjectKind && latest?.subject_kind !== sent.subjectKind;
          const changedJurisdiction = jurisdictionCode && latest?.jurisdiction_code !== jurisdictionCode;
          if (latest && (changedKind || changedJurisdiction)) {
            issues.add('code', 'CHANGED_SCOPE', 'a new version must bind the same jurisdiction and subject kind; publish a new code instead');
          }
          issues.throwIfAny();
          const input = parsed!;
          return trx
            .insertInto('score_rule_set')
            .values({
              code: input.code,
              version: (latest?.version ?? 0) + 1,
              title: input.title,
              jurisdiction_code: input.jurisdictionCode,
              subject_kind: input.subjectKind,
              effective_from: input.effectiveFrom,
              source: input.source,
              definition: JSON.stringify(input.definition),
              published_by: actorOf(ctx.viewer),
            })
            .returning('id')
            .executeTakeFirstOrThrow();
        })
        .catch(onUniqueViolation({ score_rule_set_code_version_key: { field: 'input.code', code: 'CONCURRENT_PUBLICATION', message: 'another version was published at the same time; retry' } }));
      return (await findAllRuleSets(ctx.db)).find((r) => r.id === saved.id)!;
    },
  }),

  recordScoreEvent: t.field({
    type: ScoreEvent,
    description: '记分 against an institution or practitioner in your jurisdiction.',
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RecordScoreEventSuccess' }, union: { name: 'RecordScoreEventResult' } },
    args: { input: t.arg({ type: RecordScoreEventInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      // Format and references are checked together, so every bad field is reported at once.
      const issues = new IssueList();
      const parsed = collectInput(recordSchema, args.input, issues);
      const sent = parsed ?? wellFormedFields(recordSchema, args.input, issues);
      const { occurredOn, ruleSetCode } = sent;
      if (occurredOn && occurredOn > todayInChina()) issues.add('occurredOn', 'FUTURE_DATE', 'occurredOn is in the future');
      return ctx.db.transaction().execute(async (trx) => {
        const subject = await subjectForWrite(trx, ctx.viewer, sent.subjectId, 'subjectId', issues);
        const versions = ruleSetCode ? (await findAllRuleSets(trx)).filter((r) => r.code === ruleSetCode) : [];
        let points: number | null = null;
        let ruleSetId: string | null = null;
        if (ruleSetCode && versions.length === 0) issues.add('ruleSetCode', 'NOT_FOUND', `no rule set ${ruleSetCode}`);
        // Whether the rule set binds the subject, and which version and item apply, is read once both are known.
        else if (ruleSetCode && subject && (versions[0]!.subjectKind !== subject.kind || !bindsRegion(versions[0]!.jurisdictionCode, subject.regionCode))) {
          issues.add('ruleSetCode', 'NOT_APPLICABLE', `${ruleSetCode} does not bind this subject`);
        } else if (ruleSetCode && subject && parsed) {
          const version = versionInForce(versions.map((v) => v.versionData), parsed.occurredOn);
          if (!version) issues.add('occurredOn', 'NO_RULE_IN_FORCE', `${ruleSetCode} was not in force on ${parsed.occurredOn}`);
          else {
            ruleSetId = version.id;
            points = pointsFor(version.definition, parsed.itemCode, parsed.units);
            if (points === null) issues.add('itemCode', 'NOT_FOUND', `version ${version.version} of ${ruleSetCode} has no item ${parsed.itemCode}`);
          }
        }
        issues.throwIfAny();
        const input = parsed!;
        const event = await trx
          .insertInto('score_event')
          .values({
            rule_set_id: ruleSetId!,
            rule_code: input.ruleSetCode,
            ...subject!.columns,
            item_code: input.itemCode,
            units: input.units,
            points: points!,
            occurred_on: input.occurredOn,
            source_kind: input.sourceKind,
            source_reference: input.sourceReference ?? null,
            recorded_by: actorOf(ctx.viewer),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recomputeCredit(trx, event.subject_institution_id, 'SCORE_EVENT_RECORDED');
        return event;
      });
    },
  }),

  fileScoreAppeal: t.field({
    type: ScoreEvent,
    description: '陈述申辩: the subject (its own account) or a regulator records an appeal.',
    authScopes: { regulator: true, institution: true },
    errors: { types: WRITE_ERRORS, result: { name: 'FileScoreAppealSuccess' }, union: { name: 'FileScoreAppealResult' } },
    args: { input: t.arg({ type: FileScoreAppealInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(appealSchema, args.input, issues);
      const { filedOn } = parsed ?? wellFormedFields(appealSchema, args.input, issues);
      const target = localId(args.input.eventId, ['ScoreEvent'], 'eventId', issues);
      return ctx.db.transaction().execute(async (trx) => {
        const event = target ? await trx.selectFrom('score_event').selectAll().where('id', '=', target.id).where(visibleTo(ctx.viewer, 'score_event')).forUpdate().executeTakeFirst() : undefined;
        if (target && !event) issues.add('eventId', 'NOT_FOUND', 'no such score event');
        else if (event && event.status !== 'ACTIVE') issues.add('eventId', 'NOT_APPEALABLE', `the event is ${event.status}`);
        else if (event && filedOn && filedOn < event.occurred_on) issues.add('filedOn', 'DATES_OUT_OF_ORDER', 'an appeal cannot precede the event');
        issues.throwIfAny();
        const input = parsed!;
        return trx
          .updateTable('score_event')
          .set({ status: 'APPEALED', appeal_reason: input.reason, appeal_filed_on: input.filedOn, version: event!.version + 1, updated_at: new Date() })
          .where('id', '=', event!.id)
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },
  }),

  decideScoreAppeal: t.field({
    type: ScoreEvent,
    description: 'Decide an appeal; upheld reverses the points.',
    authScopes: { regulator: true },
    errors: { types: UPDATE_ERRORS, result: { name: 'DecideScoreAppealSuccess' }, union: { name: 'DecideScoreAppealResult' } },
    args: { input: t.arg({ type: DecideScoreAppealInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(decisionSchema, args.input, issues);
      const { decidedOn } = parsed ?? wellFormedFields(decisionSchema, args.input, issues);
      const target = localId(args.input.eventId, ['ScoreEvent'], 'eventId', issues);
      return ctx.db.transaction().execute(async (trx) => {
        const event = target ? await trx.selectFrom('score_event').selectAll().where('id', '=', target.id).where(visibleTo(ctx.viewer, 'score_event')).forUpdate().executeTakeFirst() : undefined;
        if (!event) return issues.throwNotFound(args.input.eventId);
        if (event.status !== 'APPEALED') issues.add('eventId', 'NOT_APPEALED', 'there is no pending appeal');
        else if (decidedOn && decidedOn < event.appeal_filed_on!) issues.add('decidedOn', 'DATES_OUT_OF_ORDER', 'the decision cannot precede the appeal');
        issues.throwIfAny();
        const input = parsed!;
        const updated = await trx
          .updateTable('score_event')
          .set({
            status: input.upheld ? 'APPEAL_UPHELD' : 'APPEAL_REJECTED',
            appeal_decided_on: input.decidedOn,
            appeal_decision_note: input.note ?? null,
            version: event.version + 1,
            updated_at: new Date(),
          })
          .where('id', '=', event.id)
          .where('version', '=', input.version)
          .returningAll()
          .executeTakeFirst();
        if (!updated) throw new VersionConflictError(input.version, event.version);
        await recomputeCredit(trx, updated.subject_institution_id, 'SCORE_APPEAL_DECIDED');
        return updated;
      });
    },
  }),
}));
