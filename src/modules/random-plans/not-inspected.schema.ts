import type { Selectable } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { NOT_INSPECTED_REASONS, type NotInspectedReason as Reason } from '../../domain/catalog.js';
import { builder } from '../../graphql/builder.js';
import { enumFromCatalog } from '../../graphql/enums.js';

type TargetRow = Selectable<DB['random_inspection_target']>;

export const NotInspectedReason = enumFromCatalog('NotInspectedReason', NOT_INSPECTED_REASONS, '未检查原因: why a drawn target was not inspected.');

/** Read from the target's row; only resolved when a reason is recorded. */
export const NotInspectedRef = builder.objectRef<TargetRow>('TargetNotInspected').implement({
  description: '未检查: why a drawn target was not inspected, as the regulator recorded it; 一公开 publishes it.',
  fields: (t) => ({
    reason: t.field({ type: NotInspectedReason, resolve: (r) => r.not_inspected_reason as Reason }),
    note: t.string({ resolve: (r) => r.not_inspected_note! }),
    by: t.string({ resolve: (r) => r.not_inspected_by! }),
    at: t.field({ type: 'DateTime', resolve: (r) => r.not_inspected_at! }),
  }),
});
