/**
 * The columns of a day's file, in the contract's order. Rows are keyed by the header text itself so
 * that a row written in a test reads like the contract's table; every value is the exact string the
 * file carries.
 */
export const ZHEJIANG_HEADER = [
  '案件编号',
  '姓名',
  '身份证号',
  '性别',
  '违法地点',
  '行政区划',
  '违法类型',
  '立案日期',
  '处罚决定日期',
  '处罚文号',
  '处罚内容',
  '罚款金额(元)',
  '移送公安',
  '案件状态',
  '更新时间',
] as const;

export type ZhejiangColumn = (typeof ZHEJIANG_HEADER)[number];
export type ZhejiangRow = Readonly<Record<ZhejiangColumn, string>>;

/** The kinds the contract names, by the English name the hub uses for each. */
export const ZHEJIANG_KINDS = {
  UNLICENSED_PRACTICE: '无证行医',
  NON_PHYSICIAN_PRACTICE: '非医师行医',
  BEYOND_SCOPE: '超范围执业',
  ILLEGAL_BLOOD_COLLECTION: '非法采供血',
  ILLEGAL_COSMETIC_MEDICINE: '非法医疗美容',
} as const;
export type ZhejiangKind = keyof typeof ZHEJIANG_KINDS;

export const ZHEJIANG_STATUSES = { OPEN: '办理中', CLOSED: '结案', REVOKED: '撤销' } as const;
export type ZhejiangStatus = keyof typeof ZHEJIANG_STATUSES;

export const ZHEJIANG_SEXES = { MALE: '男', FEMALE: '女' } as const;
export type ZhejiangSex = keyof typeof ZHEJIANG_SEXES;

/** Checks that a value has exactly the contract's columns, all strings: a typo in a test's row must not pass silently. */
export function assertRowShape(row: unknown, where: string): asserts row is ZhejiangRow {
  if (typeof row !== 'object' || row === null) throw new Error(`${where}: a row must be an object`);
  const keys = Object.keys(row);
  const missing = ZHEJIANG_HEADER.filter((column) => !keys.includes(column));
  const extra = keys.filter((key) => !(ZHEJIANG_HEADER as readonly string[]).includes(key));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`${where}: columns differ from the contract (missing: ${missing.join(', ') || 'none'}; unknown: ${extra.join(', ') || 'none'})`);
  }
  for (const column of ZHEJIANG_HEADER) {
    if (typeof (row as Record<string, unknown>)[column] !== 'string') throw new Error(`${where}: ${column} must be a string`);
  }
}
