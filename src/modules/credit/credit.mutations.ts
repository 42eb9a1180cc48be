import { z } from 'zod';
import { freeText, nameText } from '../../domain/text.js';
import { visibleTo } from '../../auth/scope.js';
import { actorOf } from '../../auth/viewer.js';
import { creditSchemeFile } from '../../domain/credit/scheme.js';
import { earliestRepairOn } from '../../domain/credit/lists.js';
import { todayInChina } from '../../domain/today.js';
import { builder } from '../../graphql/builder.js';
import { dateSchema } from '../../graphql/date-order.js';
import { NotFoundError, UPDATE_ERRORS, VersionConflictError, WRITE_ERRORS } from '../../graphql/errors.js';
import { InstitutionNode } from '../../graphql/nodes.js';
import { subjectForWrite } from '../../graphql/subject.js';
import { collectInput, IssueList, localId, onUniqueViolation, parseInput, wellFormedFields } from '../../graphql/validate.js';
import { CreditList, CreditListEntryNode, listEntryStatus, ListRemovalReason } from './credit.schema.js';
import { withdrawDisclosures } from '../disclosures/disclosure-service.js';
import { recomputeCredit } from './recompute.js';
import { endRedListing, redListProblems } from './list-rules.js';


const addEntrySchema = z
  .object({
    subjectId: z.string(),
    list: z.enum(['RED', 'BLACK', 'KEY_WATCH']),
    legalBasis: freeText(2000),
    reason: freeText(4000),
    decidedOn: dateSchema,
    expiresOn: dateSchema.nullish(),
    authorityName: nameText(200),
  })
  .superRefine((e, c) => {
    if (e.list === 'BLACK' && !e.expiresOn) c.addIssue({ code: 'custom', path: ['expiresOn'], message: '严重失信主体名单 needs a fixed term', params: { code: 'REQUIRED' } });
    if (e.expiresOn && e.expiresOn <= e.decidedOn) c.addIssue({ code: 'custom', path: ['expiresOn'], message: 'the term must end after the decision', params: { code: 'DATES_OUT_OF_ORDER' } });
  });

const removeEntrySchema = z.object({ id: z.string(), version: z.number().int(), reason: z.enum(['REPAIR', 'REVOCATION']), removedOn: dateSchema, note: freeText(2000) });

const AddCreditListEntryInput = builder.inputType('AddCreditListEntryInput', {
  fields: (t) => ({
    subjectId: t.id({ required: true }),
    list: t.field({ type: CreditList, required: true }),
    legalBasis: t.string({ required: true }),
    reason: t.string({ required: true }),
    decidedOn: t.field({ type: 'Date', required: true }),
    expiresOn: t.field({ type: 'Date', description: 'Required for BLACK: a black-list entry has a fixed term.' }),
    authorityName: t.string({ required: true }),
  }),
});

const RemoveCreditListEntryInput = builder.inputType('RemoveCreditListEntryInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    reason: t.field({ type: ListRemovalReason, required: true }),
    removedOn: t.field({ type: 'Date', required: true }),
    note: t.string({ required: true }),
  }),
});

const PublishCreditSchemeInput = builder.inputType('PublishCreditSchemeInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    effectiveFrom: t.field({ type: 'Date', required: true }),
    source: t.string({ required: true }),
    definition: t.field({ type: 'JSON', required: true, description: 'As in rules/credit/institution-scheme.json' }),
  }),
});

builder.mutationFields((t) => ({
  addCreditListEntry: t.field({
    type: CreditListEntryNode,
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'AddCreditListEntrySuccess' }, union: { name: 'AddCreditListEntryResult' } },
    args: { input: t.arg({ type: AddCreditListEntryInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(addEntrySchema, args.input, issues);
      const sent = parsed ?? wellFormedFields(addEntrySchema, args.input, issues);
      if (sent.decidedOn && sent.decidedOn > todayInChina()) issues.add('decidedOn', 'FUTURE_DATE', 'decidedOn is in the future');
      return ctx.db.transaction().execute(async (trx) => {
        const subject = await subjectForWrite(trx, ctx.viewer, sent.subjectId, 'subjectId', issues);
        issues.throwIfAny();
        const input = parsed!;
        const institutionId = subject!.kind === 'INSTITUTION' ? subject!.id : null;
        if (input.list === 'RED') {
          for (const problem of await redListProblems(trx, subject!.columns, input.decidedOn)) issues.add(problem.field, problem.code, problem.message);
          issues.throwIfAny();
        }
        if (input.list === 'BLACK') await endRedListing(trx, subject!.columns, input.decidedOn);
        const entry = await trx
          .insertInto('credit_list_entry')
          .values({
            ...subject!.columns,
            list: input.list,
            legal_basis: input.legalBasis,
            reason: input.reason,
            decided_on: input.decidedOn,
            expires_on: input.expiresOn ?? null,
            authority_name: input.authorityName,
            recorded_by: actorOf(ctx.viewer),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recomputeCredit(trx, institutionId, 'CREDIT_LIST_CHANGED');
        return entry;
      });
    },
  }),
  removeCreditListEntry: t.field({
    type: CreditListEntryNode,
    description: 'End a listing early: by credit repair (信用修复) after the minimum period, or by revocation.',
    authScopes: { regulator: true },
    errors: { types: UPDATE_ERRORS, result: { name: 'RemoveCreditListEntrySuccess' }, union: { name: 'RemoveCreditListEntryResult' } },
    args: { input: t.arg({ type: RemoveCreditListEntryInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(removeEntrySchema, args.input, issues);
      const sent = parsed ?? wellFormedFields(removeEntrySchema, args.input, issues);
      const target = localId(sent.id, ['CreditListEntry'], 'id', issues);
      return ctx.db.transaction().execute(async (trx) => {
        const entry = target
          ? await trx.selectFrom('credit_list_entry').selectAll().where('id', '=', target.id).where(visibleTo(ctx.viewer, 'credit_list_entry')).forUpdate().executeTakeFirst()
          : undefined;
        if (!entry) return issues.throwNotFound(args.input.id);
        const { removedOn } = sent;
        if (removedOn && listEntryStatus(entry, removedOn) !== 'ACTIVE') issues.add('id', 'NOT_ACTIVE', 'the entry is no longer in force');
        if (removedOn && removedOn < entry.decided_on) issues.add('removedOn', 'DATES_OUT_OF_ORDER', 'removal cannot precede the decision');
        const earliestRepair = earliestRepairOn(entry);
        if (removedOn && sent.reason === 'REPAIR' && removedOn < earliestRepair) {
          issues.add('removedOn', 'TOO_EARLY_FOR_REPAIR', `credit repair is possible from ${earliestRepair}`);
        }
        issues.throwIfAny();
        const input = parsed!;
        const updated = await trx
          .updateTable('credit_list_entry')
          .set({ removed_on: input.removedOn, removal_reason: input.reason, removal_note: input.note, version: entry.version + 1, updated_at: new Date() })
          .where('id', '=', entry.id)
          .where('version', '=', input.version)
          .returningAll()
          .executeTakeFirst();
        if (!updated) throw new VersionConflictError(input.version, entry.version);
        await withdrawDisclosures(trx, { credit_list_entry_id: entry.id }, input.reason === 'REPAIR' ? 'CREDIT_REPAIR' : 'DECISION_REVOKED', input.removedOn, input.note);
        await recomputeCredit(trx, entry.subject_institution_id, 'CREDIT_LIST_CHANGED');
        return updated;
      });
    },
  }),
  recomputeCredit: t.field({
    type: InstitutionNode,
    description: 'Re-evaluate now (inputs age out of their look-back windows with time, not only on change).',
    authScopes: { regulator: true },
    errors: { types: [NotFoundError], result: { name: 'RecomputeCreditSuccess' }, union: { name: 'RecomputeCreditResult' } },
    args: { institutionId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const ref = localId(String(args.institutionId), ['Institution'], 'institutionId', issues);
      if (!ref) throw new NotFoundError(String(args.institutionId));
      return ctx.db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('institution').selectAll().where('id', '=', ref.id).where(visibleTo(ctx.viewer, 'institution')).executeTakeFirst();
        if (!row) throw new NotFoundError(String(args.institutionId));
        await recomputeCredit(trx, row.id, 'MANUAL');
        return row;
      });
    },
  }),
  publishCreditScheme: t.field({
    type: 'Int',
    description: 'Publish a new version of the credit scheme (administrators); answers its version number.',
    authScopes: { administrator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'PublishCreditSchemeSuccess' }, union: { name: 'PublishCreditSchemeResult' } },
    args: { input: t.arg({ type: PublishCreditSchemeInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(creditSchemeFile, { ...args.input, code: 'CREDIT-INSTITUTION' });
      return ctx.db
        .transaction()
        .execute(async (trx) => {
          const latest = await trx.selectFrom('credit_scheme').select('version').where('code', '=', input.code).orderBy('version', 'desc').executeTakeFirst();
          const version = (latest?.version ?? 0) + 1;
          await trx
            .insertInto('credit_scheme')
            .values({ code: input.code, version, title: input.title, effective_from: input.effectiveFrom, source: input.source, definition: JSON.stringify(input.definition), published_by: actorOf(ctx.viewer) })
            .execute();
          return version;
        })
        .catch(onUniqueViolation({ credit_scheme_code_version_key: { field: 'input', code: 'CONCURRENT_PUBLICATION', message: 'another version was published at the same time; retry' } }));
    },
  }),
}));
