import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';

/** Loads the shipped working-day calendar (rules/calendar/china-working-days.json). */
export async function up(db: Kysely<unknown>): Promise<void> {
  const file = JSON.parse(readFileSync(new URL('../rules/calendar/china-working-days.json', import.meta.url), 'utf8')) as {
    holidays: string[];
    adjustedWorkingDays: string[];
  };
  const days = [...file.holidays.map((d) => [d, 'HOLIDAY']), ...file.adjustedWorkingDays.map((d) => [d, 'WORKDAY'])];
  await sql`
    INSERT INTO calendar_day (day, kind)
    SELECT * FROM unnest(${days.map((d) => d[0])}::date[], ${days.map((d) => d[1])}::text[])
  `.execute(db);
}
