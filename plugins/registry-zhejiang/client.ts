import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConfigurationError, TransientError, type HttpResponse, type PluginContext } from '../../src/plugin-sdk/index.js';
import { exportUrl, type ZhejiangConfig } from './config.js';

const MANIFEST = 'manifest.json';

/** Names are put in a URL path: nothing that could leave the export directory. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => name !== '.' && name !== '..' && !/[/\\\u0000-\u001f]/.test(name) && name !== MANIFEST, 'is not a usable file name');

const realDate = z.iso.date();

const manifestSchema = z.object({
  files: z.array(
    z.object({
      date: realDate,
      name: fileName,
      sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, 'is not a SHA-256 in hex').transform((hex) => hex.toLowerCase()),
      /** Data rows, the header not counted; only used to warn when the file says otherwise. */
      rows: z.number().int().nonnegative().optional(),
    }),
  ),
});

export type ManifestEntry = z.infer<typeof manifestSchema>['files'][number];

/** Refusals that retrying cannot cure; anything else unexpected is treated as passing trouble. */
function refuseOrFail(response: HttpResponse, what: string): never {
  if (response.status === 401) throw new ConfigurationError(`the registry refused the token (HTTP 401) for ${what}: check the token`);
  if (response.status === 403) throw new ConfigurationError(`the registry forbids ${what} to this account (HTTP 403)`);
  throw new TransientError(`${what}: HTTP ${response.status}`);
}

const authorized = (config: ZhejiangConfig, name: string) => () => ({
  url: exportUrl(config, name),
  headers: { authorization: `Bearer ${config.token}` },
});

/**
 * The listing of every file the registry has published, one entry a day that has changes, in no
 * promised order. A body that is not JSON is a broken transfer (the manifest has no checksum);
 * JSON of another shape means the interface changed, which only a person can sort out.
 */
export async function fetchManifest(config: ZhejiangConfig, ctx: PluginContext, options?: { maxAttempts?: number }): Promise<ManifestEntry[]> {
  return ctx.http.request(
    authorized(config, MANIFEST),
    (response) => {
      if (response.status === 404) throw new ConfigurationError(`no manifest at ${exportUrl(config, MANIFEST)} (HTTP 404): check baseUrl`);
      if (response.status !== 200) refuseOrFail(response, 'the manifest');
      let body: unknown;
      try {
        // A BOM, as the vendor's UTF-8 files carry, is no reason to refuse the listing.
        body = JSON.parse(response.body.toString('utf8').replace(/^\uFEFF/, ''));
      } catch (error) {
        throw new TransientError('the manifest is not JSON; taken for a broken transfer', { cause: error });
      }
      const parsed = manifestSchema.safeParse(body);
      if (!parsed.success) {
        const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')} ${issue.message}`);
        throw new ConfigurationError(`the manifest does not have the documented shape: ${issues.join('; ')}`);
      }
      return uniqueDays(parsed.data.files);
    },
    options,
  );
}

/**
 * The interface promises one file a day, and the checkpoint counts on it. The same entry listed
 * twice is harmless; two different files for one day are not something a reader can settle.
 */
function uniqueDays(entries: ManifestEntry[]): ManifestEntry[] {
  const byDate = new Map<string, ManifestEntry>();
  for (const entry of entries) {
    const seen = byDate.get(entry.date);
    if (seen && (seen.name !== entry.name || seen.sha256 !== entry.sha256)) {
      throw new ConfigurationError(`the manifest lists two files for ${entry.date} (${seen.name}, ${entry.name}); the interface has one a day`);
    }
    byDate.set(entry.date, entry);
  }
  return [...byDate.values()];
}

/**
 * A listed file's bytes, only once they hash to the manifest's SHA-256: anything else is a broken
 * transfer, retried like any other, and never handed on to be read.
 */
export async function fetchFile(config: ZhejiangConfig, entry: ManifestEntry, ctx: PluginContext): Promise<Buffer> {
  return ctx.http.request(authorized(config, entry.name), (response) => {
    // A listed file that is not served (404) is taken as one still being copied into place.
    if (response.status !== 200) refuseOrFail(response, entry.name);
    const actual = createHash('sha256').update(response.body).digest('hex');
    if (actual !== entry.sha256) {
      throw new TransientError(`${entry.name}: ${response.body.length} bytes hash to ${actual.slice(0, 12)}…, the manifest says ${entry.sha256.slice(0, 12)}…: a broken transfer`);
    }
    return response.body;
  });
}
