import { ConfigError, loadConfig } from '../config/env.js';

/** Loads configuration, or prints every bad setting by name and exits with status 2. */
export function configOrExit() {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
