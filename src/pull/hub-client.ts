/**
 * A provincial system's side of the pull: the hub's NDJSON exports over HTTP. Nothing here
 * touches the hub's database; it is what a consumer elsewhere would write.
 */
export type PullCredentials = { apiKey: string } | { token: string };

export interface RecordLine {
  type: string;
  id: string;
  record: Record<string, unknown>;
}

export interface ChangeLine {
  cursor: string;
  op: 'UPSERT' | 'DELETE';
  type: string;
  id: string;
  record?: Record<string, unknown>;
}

export interface EndLine {
  end: true;
  count: number;
  cursor: string;
  hasMore?: boolean;
}

/** The hub refused: `code` as in its error (RATE_LIMITED, CURSOR_EXPIRED, UNAUTHENTICATED…). */
export class HubError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly retryAfterSeconds: number | null,
  ) {
    super(message);
    this.name = 'HubError';
  }
}

export interface HubClientOptions {
  /** The hub's base URL, e.g. http://hub:4000. */
  hubUrl: string;
  credentials: PullCredentials;
  /** Defaults to the global fetch (tests pass the hub's own fetch handler). */
  fetch?: (request: Request) => Promise<Response>;
  /** Ask for gzip (default true); the global fetch undoes it by itself, a bare handler does not. */
  acceptGzip?: boolean;
}

export function hubClient(options: HubClientOptions) {
  const doFetch = options.fetch ?? ((request: Request) => fetch(request));
  const headers: Record<string, string> =
    'apiKey' in options.credentials ? { 'x-api-key': options.credentials.apiKey } : { authorization: `Bearer ${options.credentials.token}` };

  async function get(path: string, params: Record<string, string | undefined>, signal?: AbortSignal) {
    const url = new URL(path, options.hubUrl);
    for (const [name, value] of Object.entries(params)) if (value) url.searchParams.set(name, value);
    const encoding: Record<string, string> = options.acceptGzip === false ? {} : { 'accept-encoding': 'gzip' };
    const response = await doFetch(new Request(url, { headers: { ...headers, ...encoding }, ...(signal ? { signal } : {}) }));
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
      const error = body?.errors?.[0];
      const retryAfter = response.headers.get('retry-after');
      throw new HubError(error?.message ?? `HTTP ${response.status}`, response.status, error?.extensions?.code ?? 'HTTP_ERROR', retryAfter ? Number(retryAfter) : null);
    }
    return response;
  }

  return {
    /** The snapshot's lines as they arrive; the last one is the EndLine (a stream without it was cut short). */
    async *snapshot(types?: readonly string[], signal?: AbortSignal): AsyncGenerator<RecordLine | EndLine> {
      const response = await get('/export/snapshot', { types: types?.join(',') }, signal);
      yield* ndjson<RecordLine | EndLine>(response);
    },
    /** One page of changes after `after`, and where to continue. */
    async changes(after: string, options: { limit?: number; types?: readonly string[] } = {}) {
      const response = await get('/export/changes', { after, limit: options.limit?.toString(), types: options.types?.join(',') });
      const changes: ChangeLine[] = [];
      let end: EndLine | undefined;
      for await (const line of ndjson<ChangeLine | EndLine>(response)) {
        if ('end' in line) end = line;
        else changes.push(line);
      }
      if (!end) throw new HubError('the change page was cut short', 502, 'INCOMPLETE', null);
      return { changes, end };
    },
  };
}

export type HubClient = ReturnType<typeof hubClient>;

/** Parses a streamed NDJSON body line by line (fetch has already undone any gzip). */
async function* ndjson<T>(response: Response): AsyncGenerator<T> {
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    const lines = (buffered + decoder.decode(chunk, { stream: true })).split('\n');
    buffered = lines.pop()!;
    for (const line of lines) if (line) yield JSON.parse(line) as T;
  }
  if (buffered.trim()) yield JSON.parse(buffered) as T;
}
