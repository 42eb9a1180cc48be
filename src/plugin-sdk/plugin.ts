import type { z } from 'zod';
import type { UnlicensedPracticeCaseRecord } from './entities/unlicensed-practice-case.js';
import type { HttpClient } from './http.js';
import type { SinkPlugin } from './sink.js';

/** JSON a checkpoint may hold: the runtime stores it as the plugin gave it and hands it back. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The entities a source may bring in, by name, with the record type each must parse to. */
export interface Entities {
  'unlicensed-practice-case': UnlicensedPracticeCaseRecord;
}
export type EntityName = keyof Entities;

/** What a plugin may log; pino's loggers fit. */
export interface PluginLogger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** What the runtime gives a plugin for each call: it builds none of these itself. */
export interface PluginContext {
  /** HTTP with timeouts, retries (backoff, jitter, Retry-After) and a circuit breaker. */
  http: HttpClient;
  logger: PluginLogger;
  /** Aborted when the run is cancelled or the process is stopping: pass it on, stop promptly. */
  signal: AbortSignal;
  clock: { now(): Date };
}

export type CheckResult = { ok: true } | { ok: false; failure: 'CONFIGURATION' | 'TRANSIENT'; message: string };

/** Raw records as the source sent them, and the checkpoint that covers them (and all before). */
export interface SourceBatch {
  records: unknown[];
  checkpoint: Json;
}

export interface SourceStream<Config, E extends EntityName = EntityName> {
  /** The entity contract its records are parsed to. */
  entity: E;
  /**
   * Reads everything after `checkpoint` (null: from the beginning), yielding batches of raw
   * records, each with the checkpoint that covers it. The runtime commits a batch and its
   * checkpoint together, so a run stopped anywhere resumes from the last committed batch; a
   * record may therefore be read again, never lost.
   */
  read(config: Config, checkpoint: Json | null, ctx: PluginContext): AsyncIterable<SourceBatch>;
  /** One raw record as an entity record; throws BadRecordError when it cannot be read. Pure. */
  parse(raw: unknown): Entities[E];
  /** The record's key in the source (stable, unique within the plugin). */
  key(record: Entities[E]): string;
}

interface PluginBase<Config> {
  /** Unique, kebab-case: how configuration, runs and records name it. */
  name: string;
  version: string;
  description: string;
  /** Its settings; `${VAR}` in the plugins file is replaced from the environment before parsing. */
  configSchema: z.ZodType<Config>;
  /** A cheap probe of reachability and credentials. Answers, never throws. */
  check(config: Config, ctx: PluginContext): Promise<CheckResult>;
}

export interface SourcePlugin<Config = any> extends PluginBase<Config> {
  kind: 'source';
  streams: Record<string, SourceStream<Config, EntityName>>;
}

/** A source plugin, typed from its config schema and streams. */
export function defineSource<Schema extends z.ZodType, Streams extends Record<string, SourceStream<z.infer<Schema>, EntityName>>>(
  plugin: Omit<PluginBase<z.infer<Schema>>, 'configSchema'> & { configSchema: Schema; streams: Streams },
): SourcePlugin<z.infer<Schema>> {
  return { ...plugin, configSchema: plugin.configSchema as z.ZodType<z.infer<Schema>>, kind: 'source' };
}

/** A stream, typed by the entity it yields (so `parse` and `key` are checked against its contract). */
export function defineStream<Config, E extends EntityName>(stream: SourceStream<Config, E>): SourceStream<Config, E> {
  return stream;
}

/** Sources bring records in; sinks deliver the hub's records out. */
export type Plugin = SourcePlugin | SinkPlugin;
