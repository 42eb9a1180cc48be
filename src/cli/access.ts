import { type Command, InvalidArgumentError } from 'commander';
import { ApiKeyError, createApiKey, listApiKeys, revokeApiKey } from '../auth/api-keys.js';
import { mintToken } from '../auth/tokens.js';
import { openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrator.js';
import { databaseSettings } from '../db/settings.js';
import { createLogger } from '../server/logger.js';
import { configOrExit } from './config.js';

async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const config = configOrExit();
  const database = await openDatabase(databaseSettings(config), createLogger(config.LOG_LEVEL));
  try {
    await migrateToLatest(database.db);
    return await work(database.db);
  } catch (error) {
    if (error instanceof ApiKeyError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return undefined as T;
    }
    throw error;
  } finally {
    await database.close();
  }
}

export function apiKeyCommand(program: Command) {
  const keys = program.command('api-key').description('Manage the API keys of provincial systems (省级平台).');
  keys
    .command('create')
    .description('Create a key bound to a province; the key is printed once and only its hash is kept.')
    .requiredOption('--name <name>', 'who the key is for, e.g. 江苏省卫生健康监督平台')
    .requiredOption('--province <code>', 'province code, e.g. 320000')
    .action(async (opts: { name: string; province: string }) => {
      const created = await withDatabase((db) => createApiKey(db, { name: opts.name, provinceCode: opts.province }));
      if (created) process.stdout.write(`${JSON.stringify({ id: created.id, name: created.name, province: created.province_code, key: created.key })}\n`);
    });
  keys
    .command('revoke')
    .description('Revoke a key by id; requests with it are refused from then on.')
    .argument('<id>', 'key id, as printed by create or list')
    .action(async (id: string) => {
      const revoked = await withDatabase((db) => revokeApiKey(db, id));
      if (revoked === undefined) return;
      if (!revoked) {
        process.stderr.write(`no active key with id ${id}\n`);
        process.exitCode = 1;
      } else process.stdout.write(`revoked ${id}\n`);
    });
  keys
    .command('list')
    .description('List keys (never their values).')
    .action(async () => {
      const rows = await withDatabase((db) => listApiKeys(db));
      for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
    });
}

const ROLES = ['regulator', 'institution', 'admin'] as const;

export function tokenCommand(program: Command) {
  program
    .command('token')
    .description('Mint a development bearer token signed with JWT_SECRET (production tokens come from the identity provider).')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, (value) => {
      if (!(ROLES as readonly string[]).includes(value)) throw new InvalidArgumentError(`--role must be one of ${ROLES.join(', ')}`);
      return value;
    })
    .option('--subject <sub>', 'the user', 'developer')
    .option('--jurisdiction <codes>', 'regulator: comma-separated region codes, e.g. 320000,330100')
    .option('--institution <id>', 'institution account: the institution’s database id')
    .option('--ttl <duration>', 'lifetime, e.g. 1h, 8h, 7d', '8h')
    .action(async (opts: { role: (typeof ROLES)[number]; subject: string; jurisdiction?: string; institution?: string; ttl: string }) => {
      const config = configOrExit();
      if (!config.JWT_SECRET) {
        process.stderr.write('JWT_SECRET is not set: there is no key to sign with\n');
        process.exitCode = 2;
        return;
      }
      const claims: Record<string, unknown> & { sub: string } = { sub: opts.subject, role: opts.role };
      if (opts.role === 'regulator') {
        const codes = (opts.jurisdiction ?? '').split(',').filter(Boolean);
        if (codes.length === 0 || !codes.every((c) => /^\d{6}$/.test(c))) throw new InvalidArgumentError('a regulator needs --jurisdiction with six-digit region codes');
        claims.jurisdictions = codes;
      }
      if (opts.role === 'institution') {
        if (!opts.institution || !/^\d+$/.test(opts.institution)) throw new InvalidArgumentError('an institution account needs --institution <id>');
        claims.institution_id = opts.institution;
      }
      process.stdout.write(`${await mintToken(config.JWT_SECRET, claims, opts.ttl, { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE })}\n`);
    });
}
