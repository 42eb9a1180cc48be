/**
 * The plugin SDK: everything a plugin may import. A plugin is a plain typed object; it never
 * touches the database — a source yields raw records and checkpoints, the runtime validates,
 * persists and quarantines.
 */
export { defineSource, defineStream } from './plugin.js';
export { defineSink } from './sink.js';
export type {
  CreditRecord,
  CreditRecordKind,
  CreditWithdrawal,
  DeliveryResult,
  FieldProblem,
  ReconcileResult,
  SinkBatch,
  SinkPlugin,
  WithdrawalReason,
} from './sink.js';
export type { CheckResult, EntityName, Entities, Json, Plugin, PluginContext, PluginLogger, SourceBatch, SourcePlugin, SourceStream } from './plugin.js';
export { BadRecordError, ConfigurationError, TransientError } from './errors.js';
export type { HttpClient, HttpRequest, HttpResponse } from './http.js';
export * as normalize from './normalize.js';
export {
  CASE_KINDS,
  CASE_STATUSES,
  DOCUMENT_TYPES,
  SEXES,
  unlicensedPracticeCaseSchema,
  type CaseKind,
  type CaseStatus,
  type DocumentType,
  type UnlicensedPracticeCaseRecord,
} from './entities/unlicensed-practice-case.js';
