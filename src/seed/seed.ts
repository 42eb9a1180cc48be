import type { Kysely, Transaction } from 'kysely';
import { bulkInsert } from '../db/bulk-insert.js';
import type { DB } from '../db/schema.generated.js';
import { enqueueAllCreditRecords } from '../plugin-runtime/outbox/enqueue.js';
import { authorityUsccFor } from './identifiers.js';
import { planInstitution, planPractitioner, staffWeight, type County, type PlannedInstitution } from './plan.js';
import { SeededRandom } from './random.js';
import { AUTHORITY_USCC, seedSupervisionRecords, type RecordCounts } from './records.js';

export interface SeedOptions {
  institutions: number;
  practitioners: number;
  seed: number;
  batchSize: number;
  /** Also seed inspections, penalties, score events and disclosures (default true). */
  records?: boolean;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface SeedSummary {
  institutions: number;
  practitioners: number;
  registrations: number;
  licenses: number;
  validations: number;
  records?: RecordCounts;
}

export class SeedRefusedError extends Error {}

/**
 * Loads a deterministic synthetic dataset: the same options always give the same rows. Runs in
 * one transaction, so a failed seed leaves nothing behind.
 */
export async function seedDataset(db: Kysely<DB>, options: SeedOptions): Promise<SeedSummary> {
  const existing = await db.selectFrom('institution').select('id').limit(1).executeTakeFirst();
  if (existing) throw new SeedRefusedError('The database already holds institutions; seed loads into an empty database only.');
  return db.transaction().execute(async (trx) => {
    const random = new SeededRandom(options.seed);
    const counties = await mainlandCounties(trx);
    const summary: SeedSummary = { institutions: 0, practitioners: 0, registrations: 0, licenses: 0, validations: 0 };
    const sites = await seedInstitutions(trx, random, counties, options, summary);
    await seedPractitioners(trx, random, counties, sites, options, summary);
    if (options.records !== false) summary.records = await seedSupervisionRecords(trx, random, options.onProgress);
    // Every license and penalty decision goes to the national credit platform (双公示).
    await enqueueAllCreditRecords(trx);
    return summary;
  });
}

async function mainlandCounties(trx: Transaction<DB>): Promise<County[]> {
  // Taiwan, Hong Kong and Macao (71, 81, 82) are outside this supervision system.
  return trx
    .selectFrom('region')
    .select(['code', 'name'])
    .where('level', '=', 'COUNTY')
    .where('code', '<', '710000')
    .where('name', 'not like', '%直辖%')
    .where('name', '<>', '市辖区')
    .orderBy('code')
    .execute();
}

interface Site {
  id: string;
  regionCode: string;
  weight: number;
}

async function seedInstitutions(trx: Transaction<DB>, random: SeededRandom, counties: County[], options: SeedOptions, summary: SeedSummary) {
  const sites: Site[] = [];
  for (let start = 0; start < options.institutions; start += options.batchSize) {
    const count = Math.min(options.batchSize, options.institutions - start);
    const planned: PlannedInstitution[] = Array.from({ length: count }, (_, i) => planInstitution(random, start + i, counties));
    const inserted = await bulkInsert(
      trx,
      'institution',
      { name: 'text', uscc: 'text', region_code: 'text', category: 'text', ownership: 'text', profit_status: 'text', grade: 'text', legal_representative: 'text', address: 'text', bed_count: 'int' },
      planned.map(({ key: _key, license: _license, validations: _validations, ...row }) => row),
      ['id', 'uscc'],
    );
    const idByUscc = new Map(inserted.map((r) => [r.uscc, r.id]));
    const licenses = await bulkInsert(
      trx,
      'license',
      { kind: 'text', number: 'text', holder_institution_id: 'bigint', issuing_authority: 'text', issuing_authority_uscc: 'text', valid_from: 'date', valid_until: 'date' },
      planned.map((p) => ({ kind: 'INSTITUTION_PRACTICE', holder_institution_id: idByUscc.get(p.uscc)!, ...p.license, issuing_authority_uscc: authorityUsccFor(p.region_code) })),
      ['id', 'number'],
    );
    const licenseIdByNumber = new Map(licenses.map((r) => [r.number, r.id]));
    const validations = planned.flatMap((p) => p.validations.map((v) => ({ license_id: licenseIdByNumber.get(p.license.number)!, ...v })));
    await bulkInsert(trx, 'license_validation', { license_id: 'bigint', validated_on: 'date', result: 'text', deferral_months: 'int', rectification_deadline: 'date' }, validations);
    for (const p of planned) sites.push({ id: idByUscc.get(p.uscc)!, regionCode: p.region_code, weight: staffWeight(p.category) });
    summary.institutions += count;
    summary.licenses += count;
    summary.validations += validations.length;
    options.onProgress?.('institutions', summary.institutions, options.institutions);
  }
  return sites;
}

/** Picks sites in proportion to their staff weight (a hospital employs more than a clinic). */
function sitePicker(sites: Site[], random: SeededRandom) {
  const cumulative: number[] = [];
  let total = 0;
  for (const s of sites) cumulative.push((total += s.weight));
  return () => {
    const roll = random.int(0, total - 1);
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! > roll) high = mid;
      else low = mid + 1;
    }
    return sites[low]!;
  };
}

async function seedPractitioners(trx: Transaction<DB>, random: SeededRandom, counties: County[], sites: Site[], options: SeedOptions, summary: SeedSummary) {
  if (sites.length === 0) return;
  const pickSite = sitePicker(sites, random);
  for (let start = 0; start < options.practitioners; start += options.batchSize) {
    const count = Math.min(options.batchSize, options.practitioners - start);
    const planned = Array.from({ length: count }, (_, i) => ({ ...planPractitioner(random, start + i, random.pick(counties).code), primary: pickSite() }));
    const inserted = await bulkInsert(
      trx,
      'practitioner',
      { name: 'text', id_number: 'text', phone: 'text', profession: 'text', region_code: 'text' },
      // Registered (注册地) where the primary site is.
      planned.map((p) => ({ name: p.name, id_number: p.id_number, phone: p.phone, profession: p.profession, region_code: p.primary.regionCode })),
      ['id', 'id_number'],
    );
    const idByNumber = new Map(inserted.map((r) => [r.id_number, r.id]));
    const withCertificate = planned.filter((p) => p.certificate);
    await bulkInsert(
      trx,
      'license',
      { kind: 'text', number: 'text', holder_practitioner_id: 'bigint', issuing_authority: 'text', issuing_authority_uscc: 'text', valid_from: 'date' },
      withCertificate.map((p) => ({ ...p.certificate!, holder_practitioner_id: idByNumber.get(p.id_number)!, issuing_authority: '卫生健康委员会', issuing_authority_uscc: AUTHORITY_USCC })),
    );
    const registrations = planned.flatMap((p) => {
      const practitioner_id = idByNumber.get(p.id_number)!;
      const base = { practitioner_id, practice_category: p.practiceCategory, practice_scope: p.scope, valid_from: p.registeredFrom };
      const primary = { ...base, institution_id: p.primary.id, site_kind: 'PRIMARY' };
      // 多点执业: about one physician in eight also practises at a second site.
      if (p.practiceCategory && random.chance(0.125)) {
        const second = pickSite().id;
        if (second !== primary.institution_id) return [primary, { ...base, institution_id: second, site_kind: 'ADDITIONAL' }];
      }
      return [primary];
    });
    await bulkInsert(
      trx,
      'practice_registration',
      { practitioner_id: 'bigint', institution_id: 'bigint', site_kind: 'text', practice_category: 'text', practice_scope: 'text', valid_from: 'date' },
      registrations,
    );
    summary.practitioners += count;
    summary.licenses += withCertificate.length;
    summary.registrations += registrations.length;
    options.onProgress?.('practitioners', summary.practitioners, options.practitioners);
  }
}
