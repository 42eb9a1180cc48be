import { z } from 'zod';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100 check character: the platform refuses every record of a unit whose code fails it. */
function isUscc(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  const sum = [...code.slice(0, 17)].reduce((total, c, i) => total + USCC_ALPHABET.indexOf(c) * USCC_WEIGHTS[i]!, 0);
  return code[17] === USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Settings of the credit-platform sink; the secret usually comes from the environment (`${CREDIT_PLATFORM_SECRET}`). */
export const creditPlatformConfigSchema = z.object({
  /** Where the platform serves `/api/v2/…`; a path prefix is kept. */
  baseUrl: z.url({ protocol: /^https?$/, error: 'baseUrl must be an http(s) URL' }),
  appKey: z.string().trim().min(1, 'appKey must not be empty'),
  appSecret: z.string().min(1, 'appSecret must not be empty'),
  /** 数据来源单位: the unit submitting the records (XK_LYDW, CF_SJLY). */
  sourceUnitName: z.string().trim().min(1, 'sourceUnitName must not be empty'),
  /** Its 统一社会信用代码 (XK_LYDWDM, CF_SJLYDM). */
  sourceUnitUscc: z.string().trim().refine(isUscc, 'sourceUnitUscc is not a valid 统一社会信用代码'),
});

export type CreditPlatformConfig = z.infer<typeof creditPlatformConfigSchema>;

export function platformUrl(config: CreditPlatformConfig, path: string): string {
  const base = config.baseUrl.endsWith('/') ? config.baseUrl : `${config.baseUrl}/`;
  return new URL(path.replace(/^\//, ''), base).toString();
}
