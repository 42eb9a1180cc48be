import { ConfigurationError, defineSource, defineStream, type CheckResult } from '../../src/plugin-sdk/index.js';
import { fetchPage } from './client.js';
import { jiangsuConfigSchema, type JiangsuConfig } from './config.js';
import { readCases } from './paging.js';
import { parseCase } from './parse.js';

/**
 * 江苏省无证行医查询系统 数据交换接口 (contract: registry-jiangsu.md): unlicensed-practice cases
 * of province 32, read by signed, paged requests in order of update.
 */
export const registryJiangsu = defineSource({
  name: 'registry-jiangsu',
  version: '1.0.0',
  description: '江苏省无证行医查询系统：非法行医案件（按更新时间增量读取）',
  configSchema: jiangsuConfigSchema,
  async check(config: JiangsuConfig, ctx): Promise<CheckResult> {
    try {
      await fetchPage(config, ctx, { updatedFrom: null, pageNo: 1, pageSize: 1 });
      return { ok: true };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, failure: error instanceof ConfigurationError ? 'CONFIGURATION' : 'TRANSIENT', message: message || 'registry did not answer' };
    }
  },
  streams: {
    cases: defineStream<JiangsuConfig, 'unlicensed-practice-case'>({
      entity: 'unlicensed-practice-case',
      read: readCases,
      parse: parseCase,
      key: (record) => record.caseNumber,
    }),
  },
});

export default registryJiangsu;
