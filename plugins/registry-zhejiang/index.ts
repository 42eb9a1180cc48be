import { ConfigurationError, defineSource, defineStream, type CheckResult } from '../../src/plugin-sdk/index.js';
import { fetchManifest } from './client.js';
import { zhejiangConfigSchema } from './config.js';
import { parseZhejiangCase } from './parse.js';
import { readCases } from './read.js';

/**
 * 浙江省非法行医案件日报导出: the Zhejiang registry offers no query API, only a daily CSV of new and
 * changed cases, listed in a manifest. See the interface in the project's contracts.
 */
export const registryZhejiang = defineSource({
  name: 'registry-zhejiang',
  version: '1.0.0',
  description: '浙江省非法行医案件日报导出：每日新增与变更案件（CSV，GBK 或带 BOM 的 UTF-8）',
  configSchema: zhejiangConfigSchema,

  /** Reads the manifest: the cheapest call that proves both the address and the token. */
  async check(config, ctx): Promise<CheckResult> {
    const parsed = zhejiangConfigSchema.safeParse(config);
    if (!parsed.success) return { ok: false, failure: 'CONFIGURATION', message: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') };
    try {
      await fetchManifest(parsed.data, ctx);
      return { ok: true };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, failure: error instanceof ConfigurationError ? 'CONFIGURATION' : 'TRANSIENT', message: message || 'the manifest could not be read' };
    }
  },

  streams: {
    cases: defineStream({
      entity: 'unlicensed-practice-case',
      read: readCases,
      parse: parseZhejiangCase,
      key: (record) => record.caseNumber,
    }),
  },
});

export default registryZhejiang;
