import { z } from 'zod';

/** Settings of the Zhejiang export reader; the token usually comes from the environment (`${ZHEJIANG_TOKEN}`). */
export const zhejiangConfigSchema = z.object({
  /** Where the registry serves `/export/unlicensed/…`, e.g. `https://wsjkw.zj.gov.cn/api`; a path prefix is kept. */
  baseUrl: z.url({ protocol: /^https?$/, error: 'baseUrl must be an http(s) URL' }),
  /** The bearer token the registry issued to the hub. */
  token: z.string().trim().min(1, 'token must not be empty'),
});

export type ZhejiangConfig = z.infer<typeof zhejiangConfigSchema>;

/** The URL of a path under the export directory, whatever the base ends with. */
export function exportUrl(config: ZhejiangConfig, name: string): string {
  const base = config.baseUrl.endsWith('/') ? config.baseUrl : `${config.baseUrl}/`;
  return new URL(`export/unlicensed/${encodeURIComponent(name)}`, base).toString();
}
