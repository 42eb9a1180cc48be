import { z } from 'zod';
import { BadRecordError, ConfigurationError, TransientError, defineSource, defineStream, normalize, type HttpResponse } from '../../../src/plugin-sdk/index.js';

/**
 * The smallest useful source: a JSON endpoint that lists cases after a cursor,
 * `GET {baseUrl}/cases?after={cursor}` answering `{ "items": [...], "next": "…" | null }`.
 */
const configSchema = z.object({ baseUrl: z.url(), token: z.string().min(1) });
type Config = z.infer<typeof configSchema>;

/** Statuses the far side can answer with, in the SDK's failure kinds. */
function interpret(response: HttpResponse) {
  if (response.status === 401 || response.status === 403) throw new ConfigurationError('the token was refused');
  if (response.status !== 200) throw new TransientError(`HTTP ${response.status}`);
  return response.json() as { items: unknown[]; next: string | null };
}

export const minimalSource = defineSource({
  name: 'minimal-source',
  version: '1.0.0',
  description: 'Cases from a JSON listing with a cursor',
  configSchema,
  async check(config, ctx) {
    try {
      await ctx.http.request(() => ({ url: `${config.baseUrl}/cases?limit=1`, headers: { authorization: `Bearer ${config.token}` } }), interpret, { maxAttempts: 2 });
      return { ok: true };
    } catch (error) {
      return { ok: false, failure: error instanceof ConfigurationError ? 'CONFIGURATION' : 'TRANSIENT', message: (error as Error).message };
    }
  },
  streams: {
    cases: defineStream({
      entity: 'unlicensed-practice-case',
      async *read(config: Config, checkpoint, ctx) {
        let cursor = typeof checkpoint === 'string' ? checkpoint : '';
        for (;;) {
          const url = `${config.baseUrl}/cases?after=${encodeURIComponent(cursor)}`;
          const page = await ctx.http.request(() => ({ url, headers: { authorization: `Bearer ${config.token}` } }), interpret);
          if (page.items.length === 0 || !page.next) {
            if (page.items.length > 0) yield { records: page.items, checkpoint: cursor };
            return;
          }
          cursor = page.next;
          // The checkpoint covers this page: a resumed read starts after it.
          yield { records: page.items, checkpoint: cursor };
        }
      },
      parse(raw) {
        const r = raw as Record<string, unknown>;
        if (typeof r !== 'object' || r === null) throw new BadRecordError('not an object');
        const id = normalize.residentIdNumber(r.idNumber, 'idNumber');
        return {
          caseNumber: normalize.requiredText(r.caseNumber, 'caseNumber'),
          personName: normalize.requiredText(r.name, 'name'),
          sex: 'UNKNOWN',
          documentType: id.kind === 'ABSENT' ? null : 'RESIDENT_ID',
          documentNumber: id.kind === 'ABSENT' ? null : id.number,
          documentNumberMasked: id.kind === 'MASKED',
          regionCode: normalize.code(r.county) ?? '',
          place: normalize.cleanText(r.place),
          kind: 'UNLICENSED_PRACTICE',
          openedOn: normalize.chineseDate(r.openedOn, 'openedOn') ?? '',
          decidedOn: normalize.chineseDate(r.decidedOn, 'decidedOn'),
          decisionNumber: normalize.cleanText(r.decisionNumber),
          content: null,
          fineYuan: normalize.yuan(r.fine, 'fine'),
          confiscatedYuan: null,
          transferredToPolice: r.transferredToPolice === true,
          status: r.status === 'closed' ? 'CLOSED' : 'OPEN',
          sourceUpdatedAt: normalize.beijingTimestamp(r.updatedAt, 'updatedAt'),
        };
      },
      key: (record) => record.caseNumber,
    }),
  },
});
