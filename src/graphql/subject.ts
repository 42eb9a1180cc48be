import type { Transaction } from 'kysely';
import { mayWriteIn, visibleTo } from '../auth/scope.js';
import type { Viewer } from '../auth/viewer.js';
import type { DB } from '../db/schema.generated.js';
import type { RequestContext } from '../server/context.js';
import { builder } from './builder.js';
import { InstitutionNode, PractitionerNode } from './nodes.js';
import { localId, type IssueList } from './validate.js';

/** A regulated subject: an institution or a practitioner. */
export const RegulatedSubject = builder.unionType('RegulatedSubject', {
  description: '监管对象: an institution or a practitioner.',
  types: [InstitutionNode, PractitionerNode],
  resolveType: (subject) => ('uscc' in subject ? 'Institution' : 'Practitioner'),
});

/** Resolves a record's subject through the batched, scoped node loaders. */
export function loadSubject(ctx: RequestContext, row: { subject_institution_id: string | null; subject_practitioner_id: string | null }) {
  return row.subject_institution_id
    ? InstitutionNode.getDataloader(ctx).load(row.subject_institution_id)
    : PractitionerNode.getDataloader(ctx).load(row.subject_practitioner_id!);
}

export interface WritableSubject {
  kind: 'INSTITUTION' | 'PRACTITIONER';
  id: string;
  name: string;
  regionCode: string;
  columns: { subject_institution_id: string | null; subject_practitioner_id: string | null };
}

/**
 * The subject a regulator writes a record about: it must exist for him and, for an institution,
 * lie in his jurisdiction (a practitioner visible to a regulator is in his jurisdiction already).
 * Null when there is none (with an issue), or when no well-formed id was sent.
 */
export async function subjectForWrite(trx: Transaction<DB>, viewer: Viewer, globalId: string | null | undefined, field: string, issues: IssueList): Promise<WritableSubject | null> {
  const ref = localId(globalId, ['Institution', 'Practitioner'], field, issues);
  if (!ref) return null;
  const kind = ref.typename === 'Institution' ? 'INSTITUTION' : 'PRACTITIONER';
  const table = kind === 'INSTITUTION' ? 'institution' : 'practitioner';
  const row = await trx.selectFrom(table).select(['id', 'name', 'region_code']).where('id', '=', ref.id).where(visibleTo(viewer, table)).executeTakeFirst();
  if (!row) {
    issues.add(field, 'NOT_FOUND', 'no such institution or practitioner');
    return null;
  }
  if (kind === 'INSTITUTION' && !mayWriteIn(viewer, row.region_code)) {
    issues.add(field, 'OUT_OF_JURISDICTION', 'the institution is outside your jurisdiction');
    return null;
  }
  return {
    kind,
    id: row.id,
    name: row.name,
    regionCode: row.region_code,
    columns: { subject_institution_id: kind === 'INSTITUTION' ? row.id : null, subject_practitioner_id: kind === 'PRACTITIONER' ? row.id : null },
  };
}
