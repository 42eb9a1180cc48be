import { createLogger } from '../server/logger.js';
import { StartupFailure } from '../startup-failure.js';

/**
 * How every command ends on an error: a failure the operator can act on is one line on stderr
 * and its exit status; anything else is logged in full as a bug. Exits at once, so a half-started
 * resource (a pool, a timer) cannot keep a failed process alive.
 */
export function exitOnFailure(error: unknown): never {
  if (error instanceof StartupFailure) {
    process.stderr.write(`jianguan: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  createLogger('error').fatal({ err: error }, 'command failed');
  process.exit(1);
}
