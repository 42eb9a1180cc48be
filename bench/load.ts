import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Responses that were not 2xx or whose body carried GraphQL errors or no data. */
  failures: number;
}

export interface BenchRequest {
  body: string;
  headers?: Record<string, string>;
}

/** Drives `url` with POSTs built by `next()` at a fixed concurrency for `seconds`. */
export async function drive(url: string, next: () => BenchRequest, connections: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: ((request: { headers?: Record<string, string> }) => {
          const { body, headers } = next();
          return { ...request, body, headers: { ...request.headers, ...headers } };
        }) as never,
      },
    ],
    verifyBody: (text) => {
      const body = String(text ?? '');
      return !body.includes('"errors"') && body.includes('"data":{');
    },
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts + (result.mismatches ?? 0),
  };
}
