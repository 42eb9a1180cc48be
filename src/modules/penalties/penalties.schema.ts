import type { Selectable } from 'kysely';
import type { LicenseRow } from '../../db/rows.js';
import { countRows } from '../../db/count.js';
import type { DB } from '../../db/schema.generated.js';
import { PENALTY_CATEGORIES, SEVERITIES, type PenaltyCategory } from '../../domain/catalog.js';
import { builder } from '../../graphql/builder.js';
import { childConnectionField, childConnectionType } from '../../graphql/child-connection.js';
import { countedConnection } from '../../graphql/connection-options.js';
import { enumFromCatalog } from '../../graphql/enums.js';
import { InstitutionNode, LicenseNode, PractitionerNode } from '../../graphql/nodes.js';
import { keysetConnection } from '../../graphql/pagination.js';
import { loadSubject, RegulatedSubject } from '../../graphql/subject.js';
import { findAffectedLicenses, filteredPenalties, findPenaltiesByIds } from './penalties.queries.js';

export type PenaltyRow = Selectable<DB['penalty']>;

export const PenaltyCategoryEnum = enumFromCatalog('PenaltyCategory', PENALTY_CATEGORIES, '处罚类别');
export const Severity = enumFromCatalog('Severity', SEVERITIES, '违法情节: 轻微, 一般, 严重');
export const PenaltyStatus = builder.enumType('PenaltyStatus', {
  values: { EFFECTIVE: { description: '有效' }, REVOKED: { description: '决定已撤销' } } as const,
});
export const LicenseAction = builder.enumType('LicenseAction', {
  values: { SUSPEND: { description: '暂扣' }, REVOKE: { description: '吊销' } } as const,
});

const AffectedLicense = builder.objectRef<LicenseRow & { action: string; suspended_until: string | null }>('AffectedLicense').implement({
  description: 'A certificate the penalty suspends (暂扣) or revokes (吊销).',
  fields: (t) => ({
    action: t.field({ type: LicenseAction, resolve: (l) => l.action as 'SUSPEND' }),
    suspendedUntil: t.field({ type: 'Date', nullable: true, description: '暂扣期限: last day of the suspension.', resolve: (l) => l.suspended_until }),
    license: t.field({ type: LicenseNode, resolve: (l) => l }),
  }),
});

export const PenaltyNode = builder.loadableNodeRef<PenaltyRow, string, string>('Penalty', {
  id: { resolve: (p) => p.id },
  load: (ids: string[], ctx) => findPenaltiesByIds(ctx.scoped, ids),
  sort: (p) => p.id,
});

PenaltyNode.implement({
  description: '行政处罚: a penalty decision. Everything the national credit platform’s 行政处罚 record needs is here.',
  fields: (t) => ({
    decisionNumber: t.exposeString('decision_number', { description: '行政处罚决定书文号' }),
    subject: t.field({ type: RegulatedSubject, resolve: (p, _args, ctx) => loadSubject(ctx, p) }),
    violationType: t.exposeString('violation_type', { description: '违法行为类型' }),
    facts: t.exposeString('facts', { description: '违法事实' }),
    legalBasis: t.exposeString('legal_basis', { description: '处罚依据' }),
    categories: t.field({ type: [PenaltyCategoryEnum], resolve: (p) => p.categories as PenaltyCategory[] }),
    content: t.exposeString('content', { description: '处罚内容' }),
    fineYuan: t.field({ type: 'Decimal', nullable: true, description: '罚款金额 (元)', resolve: (p) => p.fine_yuan }),
    confiscatedYuan: t.field({ type: 'Decimal', nullable: true, description: '没收违法所得、没收非法财物的金额 (元)', resolve: (p) => p.confiscated_yuan }),
    affectedLicenses: t.loadableList({
      type: AffectedLicense,
      load: (ids: string[], ctx) => findAffectedLicenses(ctx.scoped, ids),
      resolve: (p) => p.id,
    }),
    decidedOn: t.field({ type: 'Date', description: '处罚决定日期', resolve: (p) => p.decided_on }),
    validUntil: t.field({ type: 'Date', nullable: true, description: '处罚有效期 (e.g. end of a suspension)', resolve: (p) => p.valid_until }),
    authorityName: t.exposeString('authority_name', { description: '处罚机关' }),
    authorityUscc: t.exposeString('authority_uscc', { description: '处罚机关统一社会信用代码' }),
    severity: t.field({ type: Severity, resolve: (p) => p.severity as 'GENERAL' }),
    status: t.field({ type: PenaltyStatus, resolve: (p) => p.status as 'EFFECTIVE' }),
    revokedOn: t.field({ type: 'Date', nullable: true, resolve: (p) => p.revoked_on }),
    revocationReason: t.exposeString('revocation_reason', { nullable: true }),
    version: t.exposeInt('version'),
  }),
});

const PenaltyConnection = childConnectionType('PenaltyConnection', PenaltyNode);

builder.objectFields(InstitutionNode, (t) => ({
  penalties: childConnectionField(t, { connection: PenaltyConnection, table: 'penalty', parentColumn: 'subject_institution_id', description: '行政处罚 of this institution.' }),
}));
builder.objectFields(PractitionerNode, (t) => ({
  penalties: childConnectionField(t, { connection: PenaltyConnection, table: 'penalty', parentColumn: 'subject_practitioner_id', description: '行政处罚 of this practitioner.' }),
}));

const PenaltyFilter = builder.inputType('PenaltyFilter', {
  fields: (t) => ({
    regionCode: t.string({ description: 'Subjects in this region (sub-regions included).' }),
    severities: t.field({ type: [Severity] }),
    statuses: t.field({ type: [PenaltyStatus] }),
    decidedFrom: t.field({ type: 'Date' }),
    decidedUntil: t.field({ type: 'Date' }),
  }),
});

builder.queryFields((t) => ({
  penalties: t.connection(
    {
      type: PenaltyNode,
      description: 'Penalty decisions, newest first.',
      args: { filter: t.arg({ type: PenaltyFilter }) },
      resolve: (_root, args, ctx) => {
        const filter = args.filter ?? {};
        return keysetConnection<PenaltyRow>(filteredPenalties(ctx.scoped, filter).selectAll('penalty'), {
          order: { column: 'penalty.decided_on', kind: 'date', direction: 'desc' },
          idColumn: 'penalty.id',
          args,
          count: () => countRows(filteredPenalties(ctx.scoped, filter)),
        });
      },
    },
    countedConnection('PenaltyListConnection'),
  ),
}));
