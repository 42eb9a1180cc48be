import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { LICENSE_KINDS, type LicenseKind, type PenaltyCategory } from '../../domain/catalog.js';
import { licenseRecord } from '../../domain/credit-platform/license-record.js';
import type { Mapped } from '../../domain/credit-platform/mapped.js';
import { mapPenalty, type SubjectForPlatform } from '../../domain/credit-platform/penalty-record.js';
import { penaltyPublicationPeriod, type PublicationPeriod, type Severity } from '../../domain/disclosure/periods.js';
import { PUBLICATION_RULES } from '../../modules/disclosures/disclosure-service.js';
import type { CreditRecordKind, WithdrawalReason } from '../../plugin-sdk/index.js';

export interface OutboxRow {
  record_id: string;
  kind: CreditRecordKind;
  license_id: string | null;
  penalty_id: string | null;
}

/** What the platform should hold for one record, as the hub's data stands now. */
export interface Desired {
  mapped: Mapped;
  /** Hash of the mapped fields: equal content, equal hash, whatever the key order. */
  hash: string | null;
  withdrawal: { reason: WithdrawalReason; date: string } | null;
  /**
   * Not to be sent: the rule in force does not publish the decision by default (2026 rule, minor
   * penalties) and no regulator has published it. The platform receives what is disclosed (双公示).
   */
  notDisclosed: boolean;
}

export function contentHash(fields: Record<string, string>): string {
  const sorted = Object.keys(fields).sort().map((key) => [key, fields[key]]);
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

const withdrawalKey = (w: { reason: string; date: string } | null) => (w ? `${w.reason}|${w.date}` : null);
export { withdrawalKey };

type SubjectColumns = { i_name: string | null; i_uscc: string | null; i_legal: string | null; p_name: string | null; p_id_number: string | null };

function subjectOf(row: SubjectColumns): SubjectForPlatform {
  return row.i_name !== null
    ? { kind: 'INSTITUTION', name: row.i_name, uscc: row.i_uscc ?? '', legalRepresentative: row.i_legal }
    : { kind: 'PRACTITIONER', name: row.p_name ?? '', idNumber: row.p_id_number ?? '' };
}

/** The earliest of the withdrawals that apply: once withdrawn, a record stays withdrawn. */
function earliest(candidates: ({ reason: WithdrawalReason; date: string | null } | null)[]): Desired['withdrawal'] {
  const real = candidates.filter((c): c is { reason: WithdrawalReason; date: string } => c !== null && c.date !== null);
  real.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return real[0] ?? null;
}

function desiredOf(mapped: Mapped, withdrawal: Desired['withdrawal'], notDisclosed = false): Desired {
  return { mapped, hash: mapped.ok ? contentHash(mapped.fields) : null, withdrawal, notDisclosed };
}

async function licensesDesired(db: Kysely<DB>, ids: string[]): Promise<Map<string, Desired>> {
  const { rows } = await sql<SubjectColumns & { id: string; kind: string; number: string; issuing_authority: string; issuing_authority_uscc: string | null; valid_from: string; valid_until: string | null; status: string; period_ended_on: string | null }>`
    SELECT l.id, l.kind, l.number, l.issuing_authority, l.issuing_authority_uscc, l.valid_from::text, l.valid_until::text, l.status,
      i.name AS i_name, i.uscc AS i_uscc, i.legal_representative AS i_legal, p.name AS p_name, p.id_number AS p_id_number,
      (SELECT min(e.occurred_on)::text FROM disclosure d JOIN disclosure_event e ON e.disclosure_id = d.id AND e.reason = 'PERIOD_ENDED'
        WHERE d.license_id = l.id AND d.kind = 'LICENSE_DECISION') AS period_ended_on
    FROM license l LEFT JOIN institution i ON i.id = l.holder_institution_id LEFT JOIN practitioner p ON p.id = l.holder_practitioner_id
    WHERE l.id = ANY(${ids}::bigint[])`.execute(db);
  return new Map(
    rows.map((l) => {
      const mapped = licenseRecord(
        { id: l.id, kind: l.kind as LicenseKind, number: l.number, issuingAuthority: l.issuing_authority, issuingAuthorityUscc: l.issuing_authority_uscc, validFrom: l.valid_from, validUntil: l.valid_until, status: l.status },
        subjectOf(l),
      );
      return [l.id, desiredOf(mapped, earliest([{ reason: '公示期满', date: l.period_ended_on }]))];
    }),
  );
}

/** The publication period by the rule in force on the decision date; null when no rule is. */
function publicationPeriod(decidedOn: string, severity: string, categories: PenaltyCategory[]): PublicationPeriod | null {
  try {
    // Counted from the decision date, not from the day of publication (DOMAIN.md).
    return penaltyPublicationPeriod(PUBLICATION_RULES, { decidedOn, severity: severity as Severity, categories });
  } catch {
    return null;
  }
}

async function penaltiesDesired(db: Kysely<DB>, ids: string[]): Promise<Map<string, Desired>> {
  const { rows } = await sql<
    SubjectColumns & {
      id: string; decision_number: string; violation_type: string; facts: string; legal_basis: string; categories: string[]; content: string;
      fine_yuan: string | null; confiscated_yuan: string | null; decided_on: string; valid_until: string | null; authority_name: string; authority_uscc: string;
      severity: string; status: string; revoked_on: string | null; repaired_on: string | null; period_ended_on: string | null; published: boolean; licenses: { kind: string; number: string }[] | null;
    }
  >`
    SELECT pe.id, pe.decision_number, pe.violation_type, pe.facts, pe.legal_basis, pe.categories, pe.content, pe.fine_yuan::text, pe.confiscated_yuan::text,
      pe.decided_on::text, pe.valid_until::text, pe.authority_name, pe.authority_uscc, pe.severity, pe.status, pe.revoked_on::text,
      i.name AS i_name, i.uscc AS i_uscc, i.legal_representative AS i_legal, p.name AS p_name, p.id_number AS p_id_number,
      (SELECT min(d.withdrawn_on)::text FROM disclosure d WHERE d.penalty_id = pe.id AND d.withdrawal_reason = 'CREDIT_REPAIR') AS repaired_on,
      (SELECT min(e.occurred_on)::text FROM disclosure d JOIN disclosure_event e ON e.disclosure_id = d.id AND e.reason = 'PERIOD_ENDED'
        WHERE d.penalty_id = pe.id) AS period_ended_on,
      EXISTS (SELECT FROM disclosure d WHERE d.penalty_id = pe.id AND d.published_on IS NOT NULL) AS published,
      (SELECT json_agg(json_build_object('kind', l.kind, 'number', l.number) ORDER BY l.number) FROM penalty_license pl JOIN license l ON l.id = pl.license_id
        WHERE pl.penalty_id = pe.id) AS licenses
    FROM penalty pe LEFT JOIN institution i ON i.id = pe.subject_institution_id LEFT JOIN practitioner p ON p.id = pe.subject_practitioner_id
    WHERE pe.id = ANY(${ids}::bigint[])`.execute(db);
  return new Map(
    rows.map((pe) => {
      const categories = pe.categories as PenaltyCategory[];
      const period = publicationPeriod(pe.decided_on, pe.severity, categories);
      const mapped = mapPenalty(
        {
          id: pe.id, decisionNumber: pe.decision_number, violationType: pe.violation_type, facts: pe.facts, legalBasis: pe.legal_basis, categories, content: pe.content,
          fineYuan: pe.fine_yuan, confiscatedYuan: pe.confiscated_yuan,
          affectedLicenses: (pe.licenses ?? []).map((l) => ({ name: LICENSE_KINDS[l.kind as LicenseKind]?.label ?? l.kind, number: l.number })),
          decidedOn: pe.decided_on, validUntil: pe.valid_until, authorityName: pe.authority_name, authorityUscc: pe.authority_uscc,
        },
        subjectOf(pe),
        period?.publicUntil ?? null,
      );
      const withdrawal = earliest([
        pe.status === 'REVOKED' ? { reason: '决定撤销', date: pe.revoked_on } : null,
        { reason: '信用修复', date: pe.repaired_on },
        { reason: '公示期满', date: pe.period_ended_on },
      ]);
      return [pe.id, desiredOf(mapped, withdrawal, period !== null && !period.publishedByDefault && !pe.published)];
    }),
  );
}

/**
 * What the platform should hold for each outbox row, read in a few statements for the whole batch.
 * The columns read here are those whose change re-queues a delivery (triggers, migrations/0051):
 * a new input to a record needs its column compared there too.
 */
export async function deriveDesired(db: Kysely<DB>, rows: readonly OutboxRow[]): Promise<Map<string, Desired>> {
  const licenseIds = rows.filter((r) => r.license_id).map((r) => r.license_id!);
  const penaltyIds = rows.filter((r) => r.penalty_id).map((r) => r.penalty_id!);
  const [licenses, penalties] = [licenseIds.length ? await licensesDesired(db, licenseIds) : new Map<string, Desired>(), penaltyIds.length ? await penaltiesDesired(db, penaltyIds) : new Map<string, Desired>()];
  const out = new Map<string, Desired>();
  for (const row of rows) {
    const desired = row.license_id ? licenses.get(row.license_id) : penalties.get(row.penalty_id!);
    out.set(row.record_id, desired ?? { mapped: { ok: false, reason: 'the decision no longer exists in the hub' }, hash: null, withdrawal: null, notDisclosed: false });
  }
  return out;
}
