/**
 * An emulator of the Jiangsu unlicensed-practice case exchange interface
 * (contract: shared/contracts/registry-jiangsu.md), strict and hostile as the contract allows,
 * with a generator of synthetic records and the reading a correct client should make of each.
 */
export { startJiangsuEmulator, CASES_PATH, type JiangsuEmulator, type JiangsuEmulatorOptions, type RequestLogEntry } from './server.js';
export { FAULT_KINDS, type FaultKind, type FaultOptions, type Faults } from './faults.js';
export { generateJiangsuCases, type GenerateJiangsuCasesOptions } from './records.js';
export { unreadableJiangsuEntries } from './unreadable.js';
export { expectedJiangsuCase, type ExpectedJiangsuCase } from './expected.js';
export { sign, signedHeaders, signingString, type SignedParts } from './signature.js';
export { formatBeijing, parseBeijing } from './beijing-time.js';
export { MAX_CLOCK_SKEW_MS } from './authenticate.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './listing-query.js';
export { isValidIdNumber } from './id-numbers.js';
export type { JiangsuCaseRecord, SortKey } from './types.js';
