import type { Plugin } from '../src/plugin-sdk/index.js';
import { creditPlatform } from './credit-platform/index.js';
import { registryJiangsu } from './registry-jiangsu/index.js';
import { registryZhejiang } from './registry-zhejiang/index.js';

/** The plugins this hub ships. Which of them run, and how, is the plugins file's business. */
export const installedPlugins: readonly Plugin[] = [registryJiangsu, registryZhejiang, creditPlatform];
