import { unlicensedPracticeCaseWriter } from './unlicensed-practice-cases.js';
import type { EntityWriters } from './writer.js';

export function entityWriters(settings: { idNumberHashKey: string | undefined }): EntityWriters {
  return { 'unlicensed-practice-case': unlicensedPracticeCaseWriter(settings.idNumberHashKey) };
}
export type { EntityWriter, EntityWriters } from './writer.js';
