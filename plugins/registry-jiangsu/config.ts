import { z } from 'zod';

/** Settings of the Jiangsu case exchange reader; the secret usually comes from the environment (`${JIANGSU_APP_SECRET}`). */
export const jiangsuConfigSchema = z
  .object({
    /** Where the registry serves `/api/v1/cases`, e.g. `https://wjw.jiangsu.gov.cn/exchange`; a path prefix is kept. */
    baseUrl: z.url({ protocol: /^https?$/, error: 'baseUrl must be an http(s) URL' }),
    /** The application id the registry issued to the hub (`X-App-Id`). */
    appId: z.string().trim().min(1, 'appId must not be empty'),
    /** The key that signs every request; never sent itself. */
    appSecret: z.string().min(1, 'appSecret must not be empty'),
    /**
     * The largest page asked for. The interface allows 200; a smaller one only makes more
     * requests. At least 20: the read starts each page just before a case it already holds, at
     * an offset that must be a multiple of the page size, and it varies the size to find one.
     */
    pageSize: z.number().int().min(20).max(200).default(200),
    /**
     * Seconds re-read before the checkpoint at the start of every run. The registry stamps `gxsj`
     * itself, and a transaction that commits a little after stamping makes its case appear behind
     * a reader that has already passed that second; re-reading a short window costs a few
     * duplicates (the runtime keeps one per key and update time) and catches those.
     */
    overlapSeconds: z.number().int().min(0).max(86_400).default(30),
  })
  .strict();

export type JiangsuConfig = z.infer<typeof jiangsuConfigSchema>;
