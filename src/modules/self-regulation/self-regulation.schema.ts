import type { Selectable } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { builder } from '../../graphql/builder.js';
import { childConnectionField, childConnectionType } from '../../graphql/child-connection.js';
import { InstitutionNode } from '../../graphql/nodes.js';
import { isAnyOf } from '../../db/any-of.js';

export type SelfInspectionRow = Selectable<DB['self_inspection']>;
export type CommitmentLetterRow = Selectable<DB['commitment_letter']>;

export const SelfInspectionKind = builder.enumType('SelfInspectionKind', {
  values: { COMPREHENSIVE: { description: '全面自查' }, SPECIAL: { description: '专项自查' }, DAILY: { description: '日常自查' } } as const,
});

export const SelfInspectionNode = builder.loadableNodeRef<SelfInspectionRow, string, string>('SelfInspection', {
  id: { resolve: (s) => s.id },
  load: (ids: string[], ctx) => ctx.scoped.from('self_inspection').selectAll().where(isAnyOf('id', ids)).execute(),
  sort: (s) => s.id,
});

SelfInspectionNode.implement({
  description: '依法执业自查: an institution’s own compliance check.',
  fields: (t) => ({
    institution: t.field({ type: InstitutionNode, resolve: (s) => s.institution_id }),
    kind: t.field({ type: SelfInspectionKind, resolve: (s) => s.kind as 'DAILY' }),
    inspectedOn: t.field({ type: 'Date', resolve: (s) => s.inspected_on }),
    findings: t.exposeString('findings'),
    problemsFound: t.exposeInt('problems_found'),
    problemsRectified: t.exposeInt('problems_rectified'),
  }),
});

export const CommitmentLetterNode = builder.loadableNodeRef<CommitmentLetterRow, string, string>('CommitmentLetter', {
  id: { resolve: (c) => c.id },
  load: (ids: string[], ctx) => ctx.scoped.from('commitment_letter').selectAll().where(isAnyOf('id', ids)).execute(),
  sort: (c) => c.id,
});

CommitmentLetterNode.implement({
  description: '依法执业承诺书: signed by the legal representative; a breach counts against the institution’s credit.',
  fields: (t) => ({
    institution: t.field({ type: InstitutionNode, resolve: (c) => c.institution_id }),
    signedOn: t.field({ type: 'Date', resolve: (c) => c.signed_on }),
    signatory: t.exposeString('signatory', { description: '法定代表人或主要负责人' }),
    content: t.exposeString('content'),
    breachedOn: t.field({ type: 'Date', nullable: true, description: '违诺日期', resolve: (c) => c.breached_on }),
    breachNote: t.exposeString('breach_note', { nullable: true }),
    version: t.exposeInt('version'),
  }),
});

const SelfInspectionConnection = childConnectionType('SelfInspectionConnection', SelfInspectionNode);
const CommitmentLetterConnection = childConnectionType('CommitmentLetterConnection', CommitmentLetterNode);

builder.objectFields(InstitutionNode, (t) => ({
  selfInspections: childConnectionField(t, { connection: SelfInspectionConnection, table: 'self_inspection', parentColumn: 'institution_id', description: '依法执业自查' }),
  commitmentLetters: childConnectionField(t, { connection: CommitmentLetterConnection, table: 'commitment_letter', parentColumn: 'institution_id', description: '依法执业承诺书' }),
}));
