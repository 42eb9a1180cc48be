import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import type { CreditInputs } from '../../domain/credit/evaluate.js';
import { creditSchemeDefinition } from '../../domain/credit/scheme.js';
import { versionInForce } from '../../domain/scoring/status.js';

type Db = Kysely<DB> | Transaction<DB>;

/** The credit scheme version in force on `date`. */
export async function creditSchemeInForce(db: Db, date: string) {
  const rows = await db.selectFrom('credit_scheme').selectAll().where('code', '=', 'CREDIT-INSTITUTION').execute();
  const version = versionInForce(
    rows.map((r) => ({ ...r, effectiveFrom: r.effective_from })),
    date,
  );
  return version ? { id: version.id, version: version.version, definition: creditSchemeDefinition.parse(version.definition) } : null;
}

/** Everything the scheme reads about one institution (unscoped: evaluation sees the whole record). */
export async function creditInputs(db: Db, institutionId: string): Promise<CreditInputs> {
  const [penalties, scoreEvents, complaints, selfInspections, commitments, blackList] = await Promise.all([
    db.selectFrom('penalty').select(['id', 'decided_on', 'severity', 'status']).where('subject_institution_id', '=', institutionId).execute(),
    db.selectFrom('score_event').select(['id', 'occurred_on', 'points', 'status']).where('subject_institution_id', '=', institutionId).execute(),
    db.selectFrom('complaint').select(['id', 'closed_on', 'substantiated']).where('subject_institution_id', '=', institutionId).execute(),
    db.selectFrom('self_inspection').select(['id', 'inspected_on']).where('institution_id', '=', institutionId).execute(),
    db.selectFrom('commitment_letter').select(['id', 'breached_on']).where('institution_id', '=', institutionId).where('breached_on', 'is not', null).execute(),
    db.selectFrom('credit_list_entry').select(['id', 'decided_on', 'expires_on', 'removed_on']).where('subject_institution_id', '=', institutionId).where('list', '=', 'BLACK').execute(),
  ]);
  return {
    penalties: penalties.map((p) => ({ id: p.id, decidedOn: p.decided_on, severity: p.severity as 'GENERAL', revoked: p.status === 'REVOKED' })),
    scoreEvents: scoreEvents.map((e) => ({ id: e.id, occurredOn: e.occurred_on, points: e.points, reversed: e.status === 'APPEAL_UPHELD' })),
    complaints: complaints.map((c) => ({ id: c.id, closedOn: c.closed_on, substantiated: c.substantiated })),
    selfInspections: selfInspections.map((s) => ({ id: s.id, inspectedOn: s.inspected_on })),
    commitmentBreaches: commitments.map((c) => ({ id: c.id, breachedOn: c.breached_on! })),
    blackListEntries: blackList.map((e) => ({ id: e.id, decidedOn: e.decided_on, expiresOn: e.expires_on, removedOn: e.removed_on })),
  };
}
