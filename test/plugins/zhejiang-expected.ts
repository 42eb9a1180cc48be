import type { UnlicensedPracticeCaseRecord } from '../../src/plugin-sdk/index.js';
import { understandZhejiangRow, type ZhejiangEmulator, type ZhejiangExpectedCase } from '../emulators/registry-zhejiang/index.js';

/** The hub keeps amounts with exactly two decimals; the emulator gives them as written. */
const twoDecimals = (yuan: string | null) => (yuan === null ? null : Number(yuan).toFixed(2));

/** The emulator's reading of a row, in the entity contract's shape. */
function asEntity(expected: ZhejiangExpectedCase): UnlicensedPracticeCaseRecord {
  return {
    caseNumber: expected.caseNumber,
    personName: expected.personName,
    sex: expected.sex,
    documentType: expected.idNumber === null ? null : 'RESIDENT_ID',
    documentNumber: expected.idNumber,
    documentNumberMasked: false,
    regionCode: expected.regionCode,
    place: expected.place,
    kind: expected.kind,
    openedOn: expected.openedOn,
    decidedOn: expected.decidedOn,
    decisionNumber: expected.decisionNumber,
    content: expected.content,
    fineYuan: twoDecimals(expected.fineYuan),
    confiscatedYuan: null,
    transferredToPolice: expected.transferredToPolice,
    status: expected.status,
    sourceUpdatedAt: expected.sourceUpdatedAt,
  };
}

export function expectedCases(emulator: ZhejiangEmulator): UnlicensedPracticeCaseRecord[] {
  return emulator.latestCases().map((row) => {
    const reading = understandZhejiangRow(row);
    if (!reading.readable) throw new Error(`the emulator's latest row for ${reading.caseNumber} is unreadable`);
    return asEntity(reading.record);
  });
}

