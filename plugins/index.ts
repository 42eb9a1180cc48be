import type { Plugin } from '../src/plugin-sdk/index.js';
import { creditPlatform } from './credit-platform/index.js';

/** The plugins this hub ships. Which of them run, and how, is the plugins file's business. */
export const installedPlugins: readonly Plugin[] = [creditPlatform];
