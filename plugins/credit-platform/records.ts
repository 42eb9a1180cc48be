import type { CreditRecord } from '../../src/plugin-sdk/index.js';
import type { CreditPlatformConfig } from './config.js';

/**
 * The record's 数据唯一标识 on the platform: the hub's record id under the data-source unit's USCC.
 * Every authority sends to the one national platform, so a bare `CF-123` from two hubs would be
 * one record there; under the unit's code it is this unit's for ever.
 */
export const platformId = (config: CreditPlatformConfig, hubId: string) => `${config.sourceUnitUscc}-${hubId}`;

/** The hub's record id back from a platform ID; null for an ID this unit never sent. */
export function hubIdOf(config: CreditPlatformConfig, id: string): string | null {
  const prefix = `${config.sourceUnitUscc}-`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : null;
}

/** The record as the platform receives it: the hub's fields and the data-source unit, which is this sink's setting. */
export function withSourceUnit(config: CreditPlatformConfig, record: CreditRecord): Record<string, string> {
  const unit: Record<string, string> = record.kind === 'XK' ? { XK_LYDW: config.sourceUnitName, XK_LYDWDM: config.sourceUnitUscc } : { CF_SJLY: config.sourceUnitName, CF_SJLYDM: config.sourceUnitUscc };
  return { ...record.fields, ...unit, ID: platformId(config, record.id) };
}

/**
 * The platform's value stands for the one sent: equal, equal as amounts (`0.2` for "0.2"), or
 * masked (the platform masks ID numbers itself, and may show its copy masked).
 */
function sameValue(sent: string, held: unknown): boolean {
  if (held === null || held === undefined) return false;
  const text = String(held);
  if (text === sent) return true;
  if (/^\d+(\.\d+)?$/.test(sent) && typeof held === 'number') return Number(sent) === held;
  return text.length === sent.length && text.includes('*') && [...text].every((c, i) => c === '*' || c === sent[i]);
}

/** Every field sent is held as sent (the platform may add fields of its own). */
export function holdsAsSent(config: CreditPlatformConfig, record: CreditRecord, held: Record<string, unknown>): boolean {
  return Object.entries(withSourceUnit(config, record)).every(([field, value]) => sameValue(value, held[field]));
}
