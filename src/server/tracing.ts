import { useOpenTelemetry } from '@envelop/opentelemetry';
import type { TracerProvider } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { Plugin } from 'graphql-yoga';

export interface Tracing {
  provider: TracerProvider;
  /** Sends what is buffered; called on shutdown. */
  shutdown(): Promise<void>;
}

/** OpenTelemetry traces over OTLP/HTTP, when an endpoint is configured; otherwise none. */
export function createTracing(endpoint: string | undefined, serviceName: string): Tracing | null {
  if (!endpoint) return null;
  const provider = new BasicTracerProvider({ resource: new Resource({ 'service.name': serviceName }) });
  provider.addSpanProcessor(new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint })));
  return { provider, shutdown: () => provider.shutdown() };
}

/**
 * A span per operation and per resolver. Variables, results and the document text are never
 * recorded: they can hold personal information, and traces leave the hub.
 */
export function useTracing(provider: TracerProvider): Plugin {
  return useOpenTelemetry({ resolvers: true, defaultResolvers: false, variables: false, result: false, document: false }, provider, undefined, undefined, 'jianguan') as Plugin;
}
