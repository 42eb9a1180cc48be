/**
 * Closed vocabularies of the regulated world. Identifiers are English; the Chinese term each
 * stands for is the label, shown in GraphQL descriptions. Values are stored as the key.
 */
export interface Term {
  label: string;
}

/** 医疗机构类别; `code` is the four-character category segment of a 许可证登记号. */
export const INSTITUTION_CATEGORIES = {
  GENERAL_HOSPITAL: { code: 'A100', label: '综合医院' },
  TCM_HOSPITAL: { code: 'A210', label: '中医医院' },
  INTEGRATED_MEDICINE_HOSPITAL: { code: 'A220', label: '中西医结合医院' },
  ETHNIC_MEDICINE_HOSPITAL: { code: 'A230', label: '民族医医院' },
  SPECIALTY_HOSPITAL: { code: 'A500', label: '专科医院' },
  NURSING_HOME: { code: 'A700', label: '护理院' },
  COMMUNITY_HEALTH_CENTER: { code: 'B100', label: '社区卫生服务中心' },
  COMMUNITY_HEALTH_STATION: { code: 'B200', label: '社区卫生服务站' },
  TOWNSHIP_HEALTH_CENTER: { code: 'C200', label: '乡镇卫生院' },
  OUTPATIENT_DEPARTMENT: { code: 'D100', label: '门诊部' },
  MEDICAL_AESTHETICS_CLINIC: { code: 'D500', label: '医疗美容门诊部' },
  CLINIC: { code: 'E100', label: '诊所' },
  TCM_CLINIC: { code: 'E200', label: '中医诊所' },
  VILLAGE_CLINIC: { code: 'F100', label: '村卫生室' },
  EMERGENCY_CENTER: { code: 'G100', label: '急救中心' },
  MATERNAL_CHILD_HEALTH_CENTER: { code: 'J100', label: '妇幼保健院' },
} as const satisfies Record<string, Term & { code: string }>;

export const OWNERSHIPS = {
  PUBLIC: { label: '公立' },
  PRIVATE: { label: '社会办' },
} as const satisfies Record<string, Term>;

export const PROFIT_STATUSES = {
  NON_PROFIT: { label: '非营利性' },
  FOR_PROFIT: { label: '营利性' },
} as const satisfies Record<string, Term>;

/** 医院等级 */
export const GRADES = {
  GRADE_3A: { label: '三级甲等' },
  GRADE_3B: { label: '三级乙等' },
  GRADE_3C: { label: '三级丙等' },
  GRADE_2A: { label: '二级甲等' },
  GRADE_2B: { label: '二级乙等' },
  GRADE_2C: { label: '二级丙等' },
  GRADE_1A: { label: '一级甲等' },
  GRADE_1B: { label: '一级乙等' },
  GRADE_1C: { label: '一级丙等' },
  UNGRADED: { label: '未定级' },
} as const satisfies Record<string, Term>;

export const INSTITUTION_STATUSES = {
  OPERATING: { label: '执业' },
  SUSPENDED: { label: '停业' },
  DEREGISTERED: { label: '注销' },
} as const satisfies Record<string, Term>;

export const PROFESSIONS = {
  PHYSICIAN: { label: '执业医师' },
  ASSISTANT_PHYSICIAN: { label: '执业助理医师' },
  NURSE: { label: '护士' },
  PHARMACIST: { label: '药师' },
  TECHNICIAN: { label: '技师' },
  RURAL_DOCTOR: { label: '乡村医生' },
} as const satisfies Record<string, Term>;

export const PRACTITIONER_STATUSES = {
  ACTIVE: { label: '执业' },
  SUSPENDED: { label: '暂停执业' },
  DEREGISTERED: { label: '注销' },
} as const satisfies Record<string, Term>;

/** 执业类别 */
export const PRACTICE_CATEGORIES = {
  CLINICAL: { label: '临床' },
  TCM: { label: '中医' },
  DENTAL: { label: '口腔' },
  PUBLIC_HEALTH: { label: '公共卫生' },
} as const satisfies Record<string, Term>;

export const SITE_KINDS = {
  PRIMARY: { label: '主要执业机构' },
  ADDITIONAL: { label: '多点执业' },
} as const satisfies Record<string, Term>;

export const REGISTRATION_STATUSES = {
  ACTIVE: { label: '有效' },
  ENDED: { label: '已终止' },
} as const satisfies Record<string, Term>;

export const LICENSE_KINDS = {
  INSTITUTION_PRACTICE: { label: '医疗机构执业许可证' },
  PHYSICIAN_PRACTICE: { label: '医师执业证书' },
  NURSE_PRACTICE: { label: '护士执业证书' },
} as const satisfies Record<string, Term>;

export const LICENSE_STATUSES = {
  VALID: { label: '有效' },
  SUSPENDED: { label: '暂扣' },
  REVOKED: { label: '吊销' },
  EXPIRED: { label: '过期' },
  CANCELLED: { label: '注销' },
  VALIDATION_DEFERRED: { label: '暂缓校验' },
  VALIDATION_FAILED: { label: '校验不合格' },
} as const satisfies Record<string, Term>;

export const VALIDATION_RESULTS = {
  PASSED: { label: '校验合格' },
  DEFERRED: { label: '暂缓校验' },
  FAILED: { label: '校验不合格' },
} as const satisfies Record<string, Term>;

/** 处罚类别, as the national credit platform names them (CF_CFLB). */
export const PENALTY_CATEGORIES = {
  WARNING: { label: '警告' },
  CRITICISM: { label: '通报批评' },
  FINE: { label: '罚款' },
  CONFISCATE_ILLEGAL_GAINS: { label: '没收违法所得' },
  CONFISCATE_ILLEGAL_PROPERTY: { label: '没收非法财物' },
  SUSPEND_LICENSE: { label: '暂扣许可证件' },
  LOWER_QUALIFICATION: { label: '降低资质等级' },
  REVOKE_LICENSE: { label: '吊销许可证件' },
  RESTRICT_OPERATIONS: { label: '限制开展生产经营活动' },
  ORDER_SUSPENSION: { label: '责令停产停业' },
  ORDER_CLOSURE: { label: '责令关闭' },
  RESTRICT_PRACTICE: { label: '限制从业' },
  DETENTION: { label: '行政拘留' },
  OTHER: { label: '其他' },
} as const satisfies Record<string, Term>;
export type PenaltyCategory = keyof typeof PENALTY_CATEGORIES;

export const SEVERITIES = {
  MINOR: { label: '轻微' },
  GENERAL: { label: '一般' },
  SERIOUS: { label: '严重' },
} as const satisfies Record<string, Term>;

/** 未检查原因: why a target drawn by a 双随机 plan was not inspected. */
export const NOT_INSPECTED_REASONS = {
  CLOSED: { label: '机构已停业或注销' },
  NOT_FOUND: { label: '登记地址查无此机构' },
  OTHER: { label: '其他原因' },
} as const satisfies Record<string, Term>;
export type NotInspectedReason = keyof typeof NOT_INSPECTED_REASONS;

export const REGION_LEVELS = {
  PROVINCE: { label: '省级' },
  CITY: { label: '地级' },
  COUNTY: { label: '县级' },
} as const satisfies Record<string, Term>;

export type InstitutionCategory = keyof typeof INSTITUTION_CATEGORIES;
export type Profession = keyof typeof PROFESSIONS;
export type LicenseKind = keyof typeof LICENSE_KINDS;

/** Professions whose certificate is a 医师执业证书. */
export const PHYSICIAN_PROFESSIONS: readonly Profession[] = ['PHYSICIAN', 'ASSISTANT_PHYSICIAN', 'RURAL_DOCTOR'];

export const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
