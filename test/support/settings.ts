import pino from 'pino';

/** The PostgreSQL the tests use: the machine's server, unless TEST_POSTGRES_URL says otherwise. */
export const TEST_POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function postgresUrl(database: string): string {
  const url = new URL(TEST_POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export const quietLogger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
