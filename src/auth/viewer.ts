/**
 * Who is asking. Every read is scoped by the viewer in SQL (see scope.ts); every write checks it.
 */
export type Viewer =
  | { kind: 'PUBLIC' }
  /** 卫生健康行政部门 / 卫生监督机构: full access inside its jurisdictions (region codes). */
  | { kind: 'REGULATOR'; subject: string; jurisdictions: string[] }
  /** An institution's own account: its own records. */
  | { kind: 'INSTITUTION'; subject: string; institutionId: string }
  /** 省级平台: pulls its province's regulated-entity data with an API key. */
  | { kind: 'PROVINCIAL_SYSTEM'; apiKeyId: string; name: string; province: string }
  | { kind: 'ADMINISTRATOR'; subject: string }
  /** 监测哨点: a monitoring point's contact, who sees his point's own clue reports and their feedback, nothing else. */
  | { kind: 'SENTINEL_POINT'; subject: string; sentinelPointId: string };

export const PUBLIC: Viewer = { kind: 'PUBLIC' };

/** The name an audit record gives the viewer. */
export function actorOf(viewer: Viewer): string {
  switch (viewer.kind) {
    case 'PUBLIC':
      return 'public';
    case 'PROVINCIAL_SYSTEM':
      return `api-key:${viewer.apiKeyId}`;
    default:
      return viewer.subject;
  }
}

export function jurisdictionsOf(viewer: Viewer): string[] {
  if (viewer.kind === 'REGULATOR') return viewer.jurisdictions;
  if (viewer.kind === 'PROVINCIAL_SYSTEM') return [viewer.province];
  return [];
}
