/** Testing helpers for plugin authors: the conformance kit, a test context, the in-memory runtime. */
export { describeSourceConformance, type SourceFixture, type SourceKitOptions } from './source-kit.js';
export { createTestContext } from './context.js';
export { MemoryStore, syncInto } from './memory-store.js';
export { parseRaw } from '../contract.js';
