import { parseCronItems, type ParsedCronItem } from 'graphile-worker';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What runs by itself, and when. Cron times are UTC: 16:05 UTC is 00:05 in Beijing, just after
 * a regulatory day turns over. A run missed while no worker was up in the last two days is run
 * at the next start (backfill); across several workers each run happens once.
 */
export const SCHEDULE = [
  // 公示期满: withdrawal events for disclosures whose period ended.
  { task: 'end-publication-periods', match: '5 16 * * *' },
  // 暂扣期满: suspended licenses whose last day has passed are valid again.
  { task: 'end-license-suspensions', match: '1 16 * * *' },
  // Credit grades re-evaluated as records age out of their windows.
  { task: 'recompute-aged-credit', match: '20 16 * * *' },
  // 记分状态 that changed with time alone (events ageing out of a cycle) re-sent in the change feed;
  // compared with the last day it completed for, so days past the backfill are not skipped.
  { task: 'emit-aged-score-statuses', match: '10 16 * * *' },
  // Change-feed entries older than CHANGE_FEED_RETENTION_DAYS removed, every hour.
  { task: 'prune-change-feed', match: '35 * * * *' },
] as const;

export function scheduledJobs(): ParsedCronItem[] {
  return parseCronItems(
    SCHEDULE.map(({ task, match }) => ({
      task,
      match,
      identifier: task,
      options: { backfillPeriod: 2 * DAY_MS, maxAttempts: 5, jobKey: task, queueName: task },
    })),
  );
}
