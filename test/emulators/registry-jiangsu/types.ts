/**
 * A case record as the Jiangsu exchange interface lists it. Every field but the key may be missing
 * or null, and values keep the source's own spelling (date formats, full-width digits, spaces).
 */
export interface JiangsuCaseRecord {
  ajbh: string;
  dsrxm?: string | null;
  zjlx?: string | null;
  zjhm?: string | null;
  xb?: string | null;
  wfdd?: string | null;
  xzqh?: string | null;
  wflx?: string | null;
  ladate?: string | null;
  cfjdrq?: string | null;
  cfwh?: string | null;
  cfnr?: string | null;
  fkje?: string | null;
  mswfsd?: string | null;
  yjga?: string | null;
  ajzt?: string | null;
  /** `yyyy-MM-dd HH:mm:ss`, Beijing time; the emulator's store owns it. */
  gxsj?: string | null;
}

/** Where an entry sits in the listing order: by gxsj, then ajbh (both compared as strings). */
export interface SortKey {
  gxsj: string;
  ajbh: string;
}

export const ID_TYPES = ['01', '02', '03', '04', '99'] as const;
export const SEX_CODES = ['1', '2', '9'] as const;
export const VIOLATION_TYPES = ['01', '02', '03', '04', '05'] as const;
export const CASE_STATUSES = { 办理中: 'OPEN', 结案: 'CLOSED', 已撤销: 'REVOKED' } as const;
