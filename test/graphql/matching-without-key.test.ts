import { afterAll, beforeAll, expect, it } from 'vitest';
import { newIdNumber, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { enqueueRegistryMatch } from '../../src/modules/registry-matching/matching-job.js';
import { runQueuedMatching } from '../support/registry-matching.js';
import { RecordUnlicensedPracticeCaseDocument, RegistryMatchesDocument, RegistryMatchingStatusDocument } from '../generated/graphql.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ idNumberHashKey: null });
});
afterAll(() => hub.close());

it('says a hub without ID_NUMBER_HASH_KEY cannot match by ID number, and matches strongly once the job has the key', async () => {
  const status = await hub.execute(RegistryMatchingStatusDocument, {});
  expect(status.data!.registryMatchingStatus).toMatchObject({ byIdNumber: false, note: expect.stringContaining('cannot match by ID number') });

  const number = newIdNumber('320613');
  await registerPractitioner(hub, { name: '郑某', idNumber: number, regionCode: '320613' });
  const recorded = await hub.execute(RecordUnlicensedPracticeCaseDocument, {
    input: { caseNumber: '崇卫非〔2024〕900号', personName: '郑某', sex: 'MALE', documentType: 'RESIDENT_ID', documentNumber: number, regionCode: '320613', kind: 'BEYOND_SCOPE', openedOn: '2024-03-01', transferredToPolice: false, status: 'OPEN' },
  });
  expect(recorded.data!.recordUnlicensedPracticeCase.__typename).toBe('RecordUnlicensedPracticeCaseSuccess');
  const hashes = await hub.database.db.selectFrom('practitioner').select('id_number_hash').unionAll(hub.database.db.selectFrom('unlicensed_practice_case').select('id_number_hash')).execute();
  expect(hashes.every((h) => h.id_number_hash === null)).toBe(true);
  // Without hashes only a weak match is possible: same name, same number seen in clear.
  const before = await hub.execute(RegistryMatchesDocument, { filter: {} });
  expect(before.data!.registryMatches.edges.map((e) => e.node.strength)).toEqual(['WEAK']);

  // A worker configured with the key hashes both and the match becomes strong; the weak one is withdrawn.
  await enqueueRegistryMatch(hub.database.db, {});
  await runQueuedMatching(hub.database);
  const after = await hub.execute(RegistryMatchesDocument, { filter: { includeWithdrawn: true } });
  expect(after.data!.registryMatches.edges.map((e) => [e.node.strength, e.node.withdrawnReason]).sort()).toEqual([
    ['STRONG', null],
    ['WEAK', 'NO_LONGER_MATCHES'],
  ]);
});
