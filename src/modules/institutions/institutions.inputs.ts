import { z } from 'zod';
import { optionalText } from '../../domain/text.js';
import { GRADES, INSTITUTION_CATEGORIES, INSTITUTION_STATUSES, keysOf, OWNERSHIPS, PROFIT_STATUSES } from '../../domain/catalog.js';
import { nameSchema, regionCodeSchema, usccShapeSchema } from '../../domain/identifiers/schemas.js';
import { checksumOverrideSchema } from '../../graphql/checksum-override.js';

const institutionFields = {
  name: nameSchema,
  regionCode: regionCodeSchema,
  category: z.enum(keysOf(INSTITUTION_CATEGORIES)),
  ownership: z.enum(keysOf(OWNERSHIPS)),
  profitStatus: z.enum(keysOf(PROFIT_STATUSES)),
  grade: z.enum(keysOf(GRADES)),
  legalRepresentative: optionalText('name', 200),
  address: optionalText('singleLine', 2000),
  bedCount: z.number().int().min(0, { message: 'must not be negative' }).max(100_000).nullish(),
};

/** The USCC's check is judged in the resolver, where a regulator's override may set it aside. */
export const registerInstitutionSchema = z.object({ ...institutionFields, uscc: usccShapeSchema, checksumOverride: checksumOverrideSchema });

export const updateInstitutionSchema = z.object({
  id: z.string(),
  version: z.number().int().min(1),
  ...Object.fromEntries(Object.entries(institutionFields).map(([k, v]) => [k, v.nullish()])),
  status: z.enum(keysOf(INSTITUTION_STATUSES)).nullish(),
}) as z.ZodType<UpdateInstitutionInput>;

export interface UpdateInstitutionInput {
  id: string;
  version: number;
  name?: string | null;
  regionCode?: string | null;
  category?: string | null;
  ownership?: string | null;
  profitStatus?: string | null;
  grade?: string | null;
  status?: string | null;
  legalRepresentative?: string | null;
  address?: string | null;
  bedCount?: number | null;
}
