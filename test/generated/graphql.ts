/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AbandonRandomInspectionPlanInput = {
  planId: string;
  /** 放弃原因 */
  reason: string;
};

export type AddCreditListEntryInput = {
  authorityName: string;
  decidedOn: string;
  /** Required for BLACK: a black-list entry has a fixed term. */
  expiresOn?: string | null | undefined;
  legalBasis: string;
  list: CreditList;
  reason: string;
  subjectId: string;
};

/** Move a complaint on: RECEIVED → TRANSFERRED / INVESTIGATING → CLOSED. */
export type AdvanceComplaintInput = {
  /** Required for CLOSED. */
  closedOn?: string | null | undefined;
  id: string;
  inspectionId?: string | null | undefined;
  /** Required for CLOSED. */
  outcome?: string | null | undefined;
  penaltyId?: string | null | undefined;
  status: ComplaintStatus;
  /** Required for CLOSED. */
  substantiated?: boolean | null | undefined;
  /** Required for TRANSFERRED. */
  transferredTo?: string | null | undefined;
  version: number;
};

export type AdvanceSentinelClueInput = {
  /** The unlicensed-practice case the clue became. */
  caseId?: string | null | undefined;
  /** The complaint the clue became. */
  complaintId?: string | null | undefined;
  /** Required for FEEDBACK_GIVEN. */
  feedback?: string | null | undefined;
  /** Required for FEEDBACK_GIVEN. */
  feedbackOn?: string | null | undefined;
  id: string;
  investigation?: string | null | undefined;
  status: SentinelClueStatus;
  version: number;
};

export type AffectedLicenseInput = {
  action: LicenseAction;
  licenseId: string;
  /** 暂扣期限: last day of the suspension (SUSPEND only; defaults to the decision’s validUntil). The license is valid again the day after. */
  suspendedUntil?: string | null | undefined;
};

export type AnnualDisclosureFee = {
  item: string;
  priceYuan: unknown;
};

export type AssessSentinelPointInput = {
  assessedOn: string;
  pointId: string;
  scores: Array<SentinelItemScoreInput>;
  sheetCode: string;
  year: number;
};

export type AuditFilter = {
  actor?: string | null | undefined;
  from?: string | null | undefined;
  operations?: Array<AuditOperation> | null | undefined;
  until?: string | null | undefined;
};

export type AuditOperation =
  /** 放弃双随机抽查计划 */
  | 'ABANDON_RANDOM_INSPECTION_PLAN'
  /** API 密钥调用 */
  | 'API_KEY_USE'
  /** 数据导出 */
  | 'EXPORT'
  /** 监管人员说明理由后越过规则 (e.g. 记分要求暂缓校验时仍记录校验合格; 校验位不符而确由发证机关核发的代码) */
  | 'OVERRIDE'
  /** 读取个人敏感信息 */
  | 'READ_PERSONAL_INFORMATION'
  /** 上网比对预警的确认或排除 */
  | 'REVIEW_REGISTRY_MATCH';

export type ChangeOperation =
  /** 删除或移出可见范围 (墓碑): remove the record from your copy */
  | 'DELETE'
  /** 新增或变更: `record` is the record as it is now, as a snapshot line gives it */
  | 'UPSERT';

/** Accept an identifier whose check character fails, because the issuing system really issued it. Regulators of the record’s jurisdiction only; audited. */
export type ChecksumOverrideInput = {
  /** How it was confirmed that the code was really issued, e.g. 经登记管理机关书面核实. */
  reason: string;
};

export type ComplaintChannel =
  /** 12320卫生热线 */
  | 'HOTLINE_12320'
  /** 来信 */
  | 'LETTER'
  /** 来访 */
  | 'VISIT'
  /** 网站 */
  | 'WEB'
  /** 微信 */
  | 'WECHAT';

export type ComplaintStatus =
  /** 已办结 */
  | 'CLOSED'
  /** 调查处理中 */
  | 'INVESTIGATING'
  /** 已受理 */
  | 'RECEIVED'
  /** 已转办 */
  | 'TRANSFERRED';

/** 记分达到阈值的处理后果 */
export type ConsequenceKind =
  /** 降低信用等级 */
  | 'CREDIT_DOWNGRADE'
  /** 影响等级评审 */
  | 'GRADE_REVIEW_RESTRICTED'
  /** 约谈法定代表人或主要负责人 */
  | 'INTERVIEW'
  /** 不得申报重点专科 */
  | 'KEY_SPECIALTY_RESTRICTED'
  /** 列为重点监管对象 */
  | 'KEY_SUPERVISION'
  /** 暂停医保支付资格 */
  | 'MEDICAL_INSURANCE_SUSPENDED'
  /** 终止医保支付资格 */
  | 'MEDICAL_INSURANCE_TERMINATED'
  /** 公示记分情况 */
  | 'PUBLICATION'
  /** 暂缓校验 */
  | 'VALIDATION_DEFERRED'
  /** 警示 */
  | 'WARNING';

/** A plan to draw later. The server makes the seed and answers its commitment; nobody chooses it. */
export type CreateRandomInspectionPlanInput = {
  /** Limit the population to these categories. */
  categories?: Array<InstitutionCategory> | null | undefined;
  inspectorsPerTarget?: number | null | undefined;
  name: string;
  plannedOn: string;
  regionCode: string;
};

export type CreditDeliveryStatus =
  /** 已接收: the platform stored it. */
  | 'ACCEPTED'
  /** 暂缓报送: cannot be mapped for missing data (see heldReason); not sent. Correcting the data sends it by itself. */
  | 'HELD'
  /** 不公示: a minor penalty (轻微, 2026 rule) that is not published by default and that no regulator has published; the platform receives what is disclosed, so it goes once it is published. */
  | 'NOT_DISCLOSED'
  /** 待报送: waiting to be sent (or to be sent again). */
  | 'PENDING'
  /** 被退回: the platform refused its data (see rejectionErrors); it goes again by itself once the data it is made from is corrected, never unchanged. */
  | 'REJECTED'
  /** 已报送: sent, no answer yet; the platform is asked before anything else is sent for it. */
  | 'SENT'
  /** 已更新: the platform replaced an earlier version with it. */
  | 'UPDATED'
  /** 已撤回: no longer published (决定撤销, 信用修复 or 公示期满). */
  | 'WITHDRAWN';

export type CreditGrade =
  /** 守信 */
  | 'A'
  /** 基本守信 */
  | 'B'
  /** 失信 */
  | 'C'
  /** 严重失信 */
  | 'D';

export type CreditList =
  /** 黑名单（严重失信主体名单） */
  | 'BLACK'
  /** 重点关注名单 */
  | 'KEY_WATCH'
  /** 红名单 */
  | 'RED';

export type DecideScoreAppealInput = {
  decidedOn: string;
  eventId: string;
  note?: string | null | undefined;
  /** true: the appeal succeeds and the points are reversed. */
  upheld: boolean;
  version: number;
};

/** Make a record public: a random-inspection plan’s results, a score publication, a credit-list entry or a commitment letter. */
export type DiscloseRecordInput = {
  kind: DisclosureKind;
  publishedOn: string;
  /** RandomInspectionPlan, Institution (for a score publication), CreditListEntry or CommitmentLetter. */
  recordId: string;
  /** Score publications: for how many working days (default 7). */
  workingDays?: number | null | undefined;
};

export type DisclosureFilter = {
  institutionId?: string | null | undefined;
  kinds?: Array<DisclosureKind> | null | undefined;
  regionCode?: string | null | undefined;
};

export type DisclosureKind =
  /** 医疗机构年度信息公开（服务项目、收费、人员、资质） */
  | 'ANNUAL_SELF_DISCLOSURE'
  /** 依法执业承诺书 */
  | 'COMMITMENT_LETTER'
  /** 红黑名单 */
  | 'CREDIT_LIST_ENTRY'
  /** 行政许可决定 */
  | 'LICENSE_DECISION'
  /** 行政处罚决定 */
  | 'PENALTY'
  /** 双随机抽查结果 */
  | 'RANDOM_INSPECTION_RESULT'
  /** 不良执业行为记分公示 */
  | 'SCORE_PUBLICATION';

export type DisclosureStatus =
  /** 公示期满 */
  | 'EXPIRED'
  /** 待公示 */
  | 'PENDING'
  /** 公示中 */
  | 'PUBLISHED'
  /** 已撤回 */
  | 'WITHDRAWN';

export type DrawRandomInspectionPlanInput = {
  planId: string;
};

/** 可供省级平台拉取的数据类型 (the graph’s type names; NDJSON exports take them in `types=`) */
export type ExportType =
  /** 信用评价 */
  | 'CreditEvaluation'
  /** 红黑名单 */
  | 'CreditListEntry'
  /** 信息公开 (双公示) */
  | 'Disclosure'
  /** 监督检查 */
  | 'Inspection'
  /** 医疗机构 */
  | 'Institution'
  /** 许可证 (执业许可证, 执业证书) */
  | 'License'
  /** 校验 */
  | 'LicenseValidation'
  /** 行政处罚 */
  | 'Penalty'
  /** 执业注册 / 多点执业 */
  | 'PracticeRegistration'
  /** 医务人员 */
  | 'Practitioner'
  /** 不良执业行为记分 (with its appeal status) */
  | 'ScoreEvent'
  /** 非法行医案件 */
  | 'UnlicensedPracticeCase';

/** 陈述申辩 against a score event. */
export type FileScoreAppealInput = {
  eventId: string;
  filedOn: string;
  reason: string;
};

export type InspectionKind =
  /** 双随机抽查 */
  | 'RANDOM'
  /** 日常监督检查 */
  | 'ROUTINE'
  /** 专项检查 */
  | 'SPECIAL';

export type InspectionResult =
  /** 未发现问题 */
  | 'COMPLIANT'
  /** 责令整改 */
  | 'RECTIFICATION_REQUIRED'
  /** 发现违法行为 */
  | 'VIOLATION_FOUND';

/** 医疗机构类别 */
export type InstitutionCategory =
  /** 诊所 */
  | 'CLINIC'
  /** 社区卫生服务中心 */
  | 'COMMUNITY_HEALTH_CENTER'
  /** 社区卫生服务站 */
  | 'COMMUNITY_HEALTH_STATION'
  /** 急救中心 */
  | 'EMERGENCY_CENTER'
  /** 民族医医院 */
  | 'ETHNIC_MEDICINE_HOSPITAL'
  /** 综合医院 */
  | 'GENERAL_HOSPITAL'
  /** 中西医结合医院 */
  | 'INTEGRATED_MEDICINE_HOSPITAL'
  /** 妇幼保健院 */
  | 'MATERNAL_CHILD_HEALTH_CENTER'
  /** 医疗美容门诊部 */
  | 'MEDICAL_AESTHETICS_CLINIC'
  /** 护理院 */
  | 'NURSING_HOME'
  /** 门诊部 */
  | 'OUTPATIENT_DEPARTMENT'
  /** 专科医院 */
  | 'SPECIALTY_HOSPITAL'
  /** 中医诊所 */
  | 'TCM_CLINIC'
  /** 中医医院 */
  | 'TCM_HOSPITAL'
  /** 乡镇卫生院 */
  | 'TOWNSHIP_HEALTH_CENTER'
  /** 村卫生室 */
  | 'VILLAGE_CLINIC';

/** All given conditions must hold. */
export type InstitutionFilter = {
  categories?: Array<InstitutionCategory> | null | undefined;
  grades?: Array<InstitutionGrade> | null | undefined;
  /** Holds a license whose validity ends before this date. */
  licenseExpiringBefore?: string | null | undefined;
  /** Part of the name, e.g. 人民医院. */
  nameContains?: string | null | undefined;
  ownerships?: Array<Ownership> | null | undefined;
  profitStatuses?: Array<ProfitStatus> | null | undefined;
  /** A region code; its sub-regions are included. */
  regionCode?: string | null | undefined;
  statuses?: Array<InstitutionStatus> | null | undefined;
};

/** 医院等级 */
export type InstitutionGrade =
  /** 一级甲等 */
  | 'GRADE_1A'
  /** 一级乙等 */
  | 'GRADE_1B'
  /** 一级丙等 */
  | 'GRADE_1C'
  /** 二级甲等 */
  | 'GRADE_2A'
  /** 二级乙等 */
  | 'GRADE_2B'
  /** 二级丙等 */
  | 'GRADE_2C'
  /** 三级甲等 */
  | 'GRADE_3A'
  /** 三级乙等 */
  | 'GRADE_3B'
  /** 三级丙等 */
  | 'GRADE_3C'
  /** 未定级 */
  | 'UNGRADED';

/** 医疗机构执业状态 */
export type InstitutionStatus =
  /** 注销 */
  | 'DEREGISTERED'
  /** 执业 */
  | 'OPERATING'
  /** 停业 */
  | 'SUSPENDED';

export type LicenseAction =
  /** 吊销 */
  | 'REVOKE'
  /** 暂扣 */
  | 'SUSPEND';

/** 许可证 / 执业证书种类 */
export type LicenseKind =
  /** 医疗机构执业许可证 */
  | 'INSTITUTION_PRACTICE'
  /** 护士执业证书 */
  | 'NURSE_PRACTICE'
  /** 医师执业证书 */
  | 'PHYSICIAN_PRACTICE';

/** 证照状态 */
export type LicenseStatus =
  /** 注销 */
  | 'CANCELLED'
  /** 过期 */
  | 'EXPIRED'
  /** 吊销 */
  | 'REVOKED'
  /** 暂扣 */
  | 'SUSPENDED'
  /** 有效 */
  | 'VALID'
  /** 暂缓校验 */
  | 'VALIDATION_DEFERRED'
  /** 校验不合格 */
  | 'VALIDATION_FAILED';

/** 证照状态变更原因 */
export type LicenseStatusCause =
  /** 行政处罚吊销 */
  | 'PENALTY_REVOKED_LICENSE'
  /** 行政处罚暂扣 */
  | 'PENALTY_SUSPENDED'
  /** 处罚决定撤销, 恢复原状态 */
  | 'PENALTY_WITHDRAWN'
  /** 暂扣期满, 恢复原状态 */
  | 'SUSPENSION_ENDED'
  /** 暂缓校验 */
  | 'VALIDATION_DEFERRED'
  /** 校验不合格 */
  | 'VALIDATION_FAILED'
  /** 暂缓校验期满校验合格, 恢复原状态 */
  | 'VALIDATION_PASSED';

export type ListEntryStatus =
  /** 在列 */
  | 'ACTIVE'
  /** 期满移出 */
  | 'EXPIRED'
  /** 信用修复移出 */
  | 'REPAIRED'
  /** 撤销 */
  | 'REVOKED';

export type ListOrder = {
  direction?: SortDirection;
  field: ListOrderField;
};

/** How a list is ordered; ties are broken by id so the order is stable. */
export type ListOrderField =
  /** 按名称 */
  | 'NAME'
  /** 按最后更新时间 */
  | 'UPDATED_AT';

export type ListRemovalReason =
  /** 信用修复 */
  | 'REPAIR'
  /** 撤销 */
  | 'REVOCATION';

export type MatchStrength =
  /** 证件号码一致: the keyed hashes of the normalised ID numbers are equal */
  | 'STRONG'
  /** 疑似: same name, and what both sides know of the ID number (birth date, or region and last digits) agrees; the number is masked or absent on one side */
  | 'WEAK';

/** 未检查原因: why a drawn target was not inspected. */
export type NotInspectedReason =
  /** 机构已停业或注销 */
  | 'CLOSED'
  /** 登记地址查无此机构 */
  | 'NOT_FOUND'
  /** 其他原因 */
  | 'OTHER';

/** 举办主体: 公立 or 社会办 */
export type Ownership =
  /** 社会办 */
  | 'PRIVATE'
  /** 公立 */
  | 'PUBLIC';

/** 处罚类别 */
export type PenaltyCategory =
  /** 没收违法所得 */
  | 'CONFISCATE_ILLEGAL_GAINS'
  /** 没收非法财物 */
  | 'CONFISCATE_ILLEGAL_PROPERTY'
  /** 通报批评 */
  | 'CRITICISM'
  /** 行政拘留 */
  | 'DETENTION'
  /** 罚款 */
  | 'FINE'
  /** 降低资质等级 */
  | 'LOWER_QUALIFICATION'
  /** 责令关闭 */
  | 'ORDER_CLOSURE'
  /** 责令停产停业 */
  | 'ORDER_SUSPENSION'
  /** 其他 */
  | 'OTHER'
  /** 限制开展生产经营活动 */
  | 'RESTRICT_OPERATIONS'
  /** 限制从业 */
  | 'RESTRICT_PRACTICE'
  /** 吊销许可证件 */
  | 'REVOKE_LICENSE'
  /** 暂扣许可证件 */
  | 'SUSPEND_LICENSE'
  /** 警告 */
  | 'WARNING';

export type PenaltyFilter = {
  decidedFrom?: string | null | undefined;
  decidedUntil?: string | null | undefined;
  /** Subjects in this region (sub-regions included). */
  regionCode?: string | null | undefined;
  severities?: Array<Severity> | null | undefined;
  statuses?: Array<PenaltyStatus> | null | undefined;
};

export type PenaltyStatus =
  /** 有效 */
  | 'EFFECTIVE'
  /** 决定已撤销 */
  | 'REVOKED';

/** 证件类型 */
export type PersonDocumentType =
  /** 港澳居民来往内地通行证 */
  | 'HK_MACAO_PERMIT'
  /** 其他 */
  | 'OTHER'
  /** 护照 */
  | 'PASSPORT'
  /** 居民身份证 */
  | 'RESIDENT_ID'
  /** 台湾居民来往大陆通行证 */
  | 'TAIWAN_PERMIT';

export type PluginFailureKind =
  /** Its process died. */
  | 'ABANDONED'
  /** Stopped (shutdown or cancellation); the next run resumes. */
  | 'ABORTED'
  /** Most records of a batch could not be read; nothing of it was stored. */
  | 'BAD_BATCH'
  /** Settings or credentials are wrong: fix the plugins file; retrying will not help. */
  | 'CONFIGURATION'
  /** A fault in the plugin or the hub. */
  | 'INTERNAL'
  /** The far side was unavailable after retries; the next run resumes. */
  | 'TRANSIENT';

export type PluginRunStatus =
  /** Its process stopped before it finished; the next run resumed from its last committed batch. */
  | 'ABANDONED'
  /** Stopped with an error; what it committed stays, and the next run resumes from its checkpoint. */
  | 'FAILED'
  /** In progress (or its process died; the next run marks it ABANDONED). */
  | 'RUNNING'
  /** Read everything there was. */
  | 'SUCCEEDED';

export type PluginRunTrigger =
  /** `jianguan sync` */
  | 'COMMAND_LINE'
  /** Asked for through the graph */
  | 'ON_DEMAND'
  /** Its schedule */
  | 'SCHEDULE';

/** 执业类别 */
export type PracticeCategory =
  /** 临床 */
  | 'CLINICAL'
  /** 口腔 */
  | 'DENTAL'
  /** 公共卫生 */
  | 'PUBLIC_HEALTH'
  /** 中医 */
  | 'TCM';

/** All given conditions must hold. */
export type PractitionerFilter = {
  /** Part of the name. */
  nameContains?: string | null | undefined;
  /** Holds an active registration in one of these 执业类别. */
  practiceCategories?: Array<PracticeCategory> | null | undefined;
  professions?: Array<Profession> | null | undefined;
  /** Practises at an institution in this region (sub-regions included). */
  regionCode?: string | null | undefined;
  statuses?: Array<PractitionerStatus> | null | undefined;
};

/** 执业状态 */
export type PractitionerStatus =
  /** 执业 */
  | 'ACTIVE'
  /** 注销 */
  | 'DEREGISTERED'
  /** 暂停执业 */
  | 'SUSPENDED';

/** 医务人员类别 */
export type Profession =
  /** 执业助理医师 */
  | 'ASSISTANT_PHYSICIAN'
  /** 护士 */
  | 'NURSE'
  /** 药师 */
  | 'PHARMACIST'
  /** 执业医师 */
  | 'PHYSICIAN'
  /** 乡村医生 */
  | 'RURAL_DOCTOR'
  /** 技师 */
  | 'TECHNICIAN';

/** 经营性质: 营利性 or 非营利性 */
export type ProfitStatus =
  /** 营利性 */
  | 'FOR_PROFIT'
  /** 非营利性 */
  | 'NON_PROFIT';

/** 医疗机构年度信息公开: services, fees, staff and qualifications, at least once a year. */
export type PublishAnnualSelfDisclosureInput = {
  fees: Array<AnnualDisclosureFee>;
  institutionId: string;
  publishedOn: string;
  qualifications: Array<string>;
  services: Array<string>;
  staffCount: number;
  year: number;
};

/** Publish a pending license or penalty disclosure. */
export type PublishDisclosureInput = {
  id: string;
  publishedOn: string;
  version: number;
};

/** A new version of a rule set (or the first version of a new one). */
export type PublishScoreRuleSetInput = {
  code: string;
  /** items, windows and thresholds, as in rules/scoring/*.json */
  definition: unknown;
  effectiveFrom: string;
  /** Region code it binds; 000000 for national rules. */
  jurisdictionCode: string;
  /** Where the rule comes from (document, number). */
  source: string;
  subjectKind: SubjectKind;
  title: string;
};

export type QuarantineStatus =
  /** Dropped for good */
  | 'DISCARDED'
  /** Waiting for an administrator */
  | 'HELD'
  /** Read again and stored */
  | 'RELEASED';

export type RandomInspectionPlanState =
  /** 已放弃: given up, with a reason; kept and listed like every plan. */
  | 'ABANDONED'
  /** 已创建: the seed is committed to, nothing is drawn yet. */
  | 'CREATED'
  /** 已抽取: population and roster frozen, targets and inspectors drawn, seed revealed. */
  | 'DRAWN';

export type ReceiveComplaintInput = {
  /** e.g. 非法行医, 医疗服务, 收费 */
  category: string;
  channel: ComplaintChannel;
  receivedOn: string;
  regionCode: string;
  /** The institution or practitioner complained about, when known. */
  subjectId?: string | null | undefined;
  summary: string;
};

export type RecordCommitmentBreachInput = {
  breachedOn: string;
  id: string;
  note: string;
  version: number;
};

export type RecordCommitmentLetterInput = {
  content: string;
  institutionId: string;
  signatory: string;
  signedOn: string;
};

export type RecordInspectionInput = {
  /** Required for SPECIAL. */
  campaign?: string | null | undefined;
  findings: string;
  inspectedOn: string;
  /** At least two. */
  inspectorIds: Array<string>;
  kind: InspectionKind;
  /** For RANDOM: the 双随机 plan that drew the subject. */
  planId?: string | null | undefined;
  /** Required when rectification is ordered. */
  rectificationDeadline?: string | null | undefined;
  result: InspectionResult;
  subjectId: string;
};

/** 回避: the inspector is never drawn for this institution. */
export type RecordInspectorConflictInput = {
  inspectorId: string;
  institutionId: string;
  reason: string;
};

/** 记录校验结果 for an institution license. */
export type RecordLicenseValidationInput = {
  /** Required for DEFERRED (暂缓校验): 1–6. */
  deferralMonths?: number | null | undefined;
  licenseId: string;
  /** Required to record PASSED while the institution’s 记分 status calls for 暂缓校验: the regulator’s reason. The override is audited and kept on the validation. */
  overrideReason?: string | null | undefined;
  /** 整改期限 */
  rectificationDeadline?: string | null | undefined;
  remarks?: string | null | undefined;
  result: ValidationResult;
  validatedOn: string;
};

/** 录入行政处罚决定 */
export type RecordPenaltyInput = {
  /** Required with 暂扣 / 吊销 许可证件. */
  affectedLicenses?: Array<AffectedLicenseInput> | null | undefined;
  authorityName: string;
  authorityUscc: string;
  categories: Array<PenaltyCategory>;
  /** Required with 没收, in yuan. */
  confiscatedYuan?: unknown;
  content: string;
  decidedOn: string;
  /** 文书号, e.g. 通卫医罚〔2024〕12号 */
  decisionNumber: string;
  facts: string;
  /** Required with 罚款, in yuan. */
  fineYuan?: unknown;
  /** The inspection that found the violation. */
  inspectionId?: string | null | undefined;
  legalBasis: string;
  severity: Severity;
  subjectId: string;
  validUntil?: string | null | undefined;
  violationType: string;
};

/** 复查 */
export type RecordReinspectionInput = {
  id: string;
  reinspectedOn: string;
  result: ReinspectionResult;
  version: number;
};

/** 记分: the points are taken from the rule version in force on occurredOn. */
export type RecordScoreEventInput = {
  itemCode: string;
  occurredOn: string;
  ruleSetCode: string;
  sourceKind: ScoreSourceKind;
  sourceReference?: string | null | undefined;
  /** An Institution or a Practitioner. */
  subjectId: string;
  units?: number;
};

export type RecordSelfInspectionInput = {
  findings: string;
  inspectedOn: string;
  institutionId: string;
  kind: SelfInspectionKind;
  problemsFound: number;
  problemsRectified: number;
};

/** 记录未检查原因 for a target a plan drew. */
export type RecordTargetNotInspectedInput = {
  /** The drawn institution. */
  institutionId: string;
  /** What the inspectors found, e.g. 现场已改为住宅, 工商登记已注销. */
  note: string;
  planId: string;
  reason: NotInspectedReason;
};

/** A 非法行医 case of your own jurisdiction, recorded in the hub (source `hub`). */
export type RecordUnlicensedPracticeCaseInput = {
  /** 出生日期, for the weak match when no readable ID number is known */
  birthDate?: string | null | undefined;
  /** 案件编号, unique among the cases recorded in the hub */
  caseNumber: string;
  /** The complaint (投诉举报) the case came from. */
  complaintId?: string | null | undefined;
  confiscatedYuan?: unknown;
  content?: string | null | undefined;
  decidedOn?: string | null | undefined;
  decisionNumber?: string | null | undefined;
  /** 证件号码: a resident ID of 18 or 15 digits (converted), any width, or masked with * */
  documentNumber?: string | null | undefined;
  documentType?: PersonDocumentType | null | undefined;
  fineYuan?: unknown;
  kind: UnlicensedPracticeKind;
  openedOn: string;
  /** 当事人姓名 */
  personName: string;
  place?: string | null | undefined;
  /** The county where it happened, inside your jurisdiction */
  regionCode: string;
  sex: Sex;
  status: UnlicensedPracticeCaseStatus;
  transferredToPolice: boolean;
};

/** 行政区划级别 */
export type RegionLevel =
  /** 地级 */
  | 'CITY'
  /** 县级 */
  | 'COUNTY'
  /** 省级 */
  | 'PROVINCE';

export type RegisterInspectorInput = {
  /** 执法证号 */
  badgeNumber: string;
  name: string;
  regionCode: string;
};

/** 登记医疗机构 */
export type RegisterInstitutionInput = {
  address?: string | null | undefined;
  bedCount?: number | null | undefined;
  category: InstitutionCategory;
  /** Only for a USCC whose check fails although it was really issued: kept on the institution and audited. */
  checksumOverride?: ChecksumOverrideInput | null | undefined;
  grade?: InstitutionGrade;
  legalRepresentative?: string | null | undefined;
  name: string;
  ownership: Ownership;
  profitStatus: ProfitStatus;
  regionCode: string;
  /** 统一社会信用代码 */
  uscc: string;
};

/** 发证: a license for an institution or a practitioner. */
export type RegisterLicenseInput = {
  /** Only for a 登记号 whose organisation code fails its check although it was really issued: kept on the license and audited. */
  checksumOverride?: ChecksumOverrideInput | null | undefined;
  /** Id of the Institution or Practitioner holding it. */
  holderId: string;
  issuingAuthority: string;
  /** 许可机关的统一社会信用代码 (XK_XKJGDM): without it the 行政许可 record is held, not sent to the credit platform. */
  issuingAuthorityUscc?: string | null | undefined;
  kind: LicenseKind;
  /** 登记号 (22 chars) or certificate number (15 / 12 digits) */
  number: string;
  validFrom: string;
  validUntil?: string | null | undefined;
};

/** 执业注册 / 备案多点执业 */
export type RegisterPracticeRegistrationInput = {
  institutionId: string;
  practiceCategory?: PracticeCategory | null | undefined;
  practiceScope?: string | null | undefined;
  practitionerId: string;
  siteKind: SiteKind;
  validFrom: string;
  validUntil?: string | null | undefined;
};

/** 登记医务人员. The ID number and phone are stored as sensitive personal information. */
export type RegisterPractitionerInput = {
  /** 居民身份证号码 (GB 11643-1999) */
  idNumber: string;
  name: string;
  phone?: string | null | undefined;
  profession: Profession;
  /** 注册地: region of the registering authority, inside your jurisdiction. */
  regionCode: string;
};

export type RegisterSentinelPointInput = {
  activeFrom: string;
  activeUntil?: string | null | undefined;
  address?: string | null | undefined;
  contactName: string;
  contactPhone?: string | null | undefined;
  kind: SentinelPointKind;
  name: string;
  regionCode: string;
};

/** 执业注册状态 */
export type RegistrationStatus =
  /** 有效 */
  | 'ACTIVE'
  /** 已终止 */
  | 'ENDED';

export type RegistryMatchDecision =
  /** 确认: the match is real and is being acted on */
  | 'ACKNOWLEDGED'
  /** 排除: not the same person, or nothing to do */
  | 'DISMISSED';

/** All given conditions must hold. Withdrawn alerts are left out unless asked for. */
export type RegistryMatchFilter = {
  includeWithdrawn?: boolean | null | undefined;
  kinds?: Array<RegistryMatchKind> | null | undefined;
  /** Alerts whose case (either case) is in this region, sub-regions included. */
  regionCode?: string | null | undefined;
  statuses?: Array<RegistryMatchStatus> | null | undefined;
  strengths?: Array<MatchStrength> | null | undefined;
};

export type RegistryMatchKind =
  /** 当事人另有非法行医案件, in any county, province or source */
  | 'CASE'
  /** 当事人是注册医务人员 (e.g. 超范围执业, or a revoked physician practising): the most urgent kind */
  | 'PRACTITIONER';

export type RegistryMatchPriority =
  /** another case */
  | 'NORMAL'
  /** 紧急: a registered practitioner */
  | 'URGENT';

export type RegistryMatchStatus =
  /** 已确认 */
  | 'ACKNOWLEDGED'
  /** 已排除 */
  | 'DISMISSED'
  /** 待处理 */
  | 'OPEN';

export type RegistryMatchWithdrawnReason =
  /** A case of the pair was revoked (已撤销) and no longer counts. */
  | 'CASE_REVOKED'
  /** A correction (number, name, birth date) means the pair no longer matches. */
  | 'NO_LONGER_MATCHES';

export type ReinspectionResult =
  /** 未整改 */
  | 'NOT_RECTIFIED'
  /** 已整改 */
  | 'RECTIFIED';

export type RemoveCreditListEntryInput = {
  id: string;
  note: string;
  reason: ListRemovalReason;
  removedOn: string;
  version: number;
};

/** 信用修复: ends a penalty’s publication early, once its minimum period has passed. */
export type RepairPenaltyCreditInput = {
  note: string;
  penaltyId: string;
  repairedOn: string;
};

/** A clue received from a point. */
export type ReportSentinelClueInput = {
  observed: string;
  place: string;
  pointId: string;
  receivedOn: string;
};

export type ReviewRegistryMatchInput = {
  decision: RegistryMatchDecision;
  id: string;
  /** Why: kept with the review and audited. */
  reason: string;
  version: number;
};

/** 撤销处罚决定 (e.g. after administrative reconsideration). */
export type RevokePenaltyInput = {
  id: string;
  reason: string;
  revokedOn: string;
  version: number;
};

export type RiskReasonKind =
  /** 列入严重失信主体名单 */
  | 'BLACK_LISTED'
  /** 许可证即将到期或校验未通过 */
  | 'LAPSING_LICENSE'
  /** 信用等级 C 或 D */
  | 'LOW_CREDIT_GRADE'
  /** 记分接近阈值 */
  | 'NEAR_SCORE_THRESHOLD'
  /** 记分已达阈值 */
  | 'PAST_SCORE_THRESHOLD'
  /** 多次检查发现问题 */
  | 'REPEATED_FINDINGS'
  /** 投诉举报上升 */
  | 'RISING_COMPLAINTS'
  /** 12个月内受到情节严重的行政处罚 */
  | 'SERIOUS_PENALTY'
  /** 许可证被暂扣 */
  | 'SUSPENDED_LICENSE';

export type ScoreEventStatus =
  /** 有效 */
  | 'ACTIVE'
  /** 申辩中 */
  | 'APPEALED'
  /** 申辩不成立 */
  | 'APPEAL_REJECTED'
  /** 申辩成立，记分撤销 */
  | 'APPEAL_UPHELD';

export type ScoreSourceKind =
  /** 投诉举报 */
  | 'COMPLAINT'
  /** 监督检查 */
  | 'INSPECTION'
  /** 其他 */
  | 'OTHER'
  /** 行政处罚 */
  | 'PENALTY';

export type SelfInspectionKind =
  /** 全面自查 */
  | 'COMPREHENSIVE'
  /** 日常自查 */
  | 'DAILY'
  /** 专项自查 */
  | 'SPECIAL';

export type SentinelClueStatus =
  /** 已反馈 */
  | 'FEEDBACK_GIVEN'
  /** 调查核实中 */
  | 'INVESTIGATING'
  /** 已接报 */
  | 'RECEIVED';

export type SentinelItemScoreInput = {
  code: string;
  points: number;
};

export type SentinelPointKind =
  /** 社区 (居委会、村委会) */
  | 'COMMUNITY'
  /** 乡镇卫生院、社区卫生服务中心 */
  | 'HEALTH_CENTRE'
  /** 其他 */
  | 'OTHER'
  /** 药店 */
  | 'PHARMACY'
  /** 学校 */
  | 'SCHOOL'
  /** 村卫生室 */
  | 'VILLAGE_CLINIC';

/** 违法情节: 轻微, 一般, 严重 */
export type Severity =
  /** 一般 */
  | 'GENERAL'
  /** 轻微 */
  | 'MINOR'
  /** 严重 */
  | 'SERIOUS';

/** 性别 */
export type Sex =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE'
  /** 未知 */
  | 'UNKNOWN';

/** 执业地点类型: 主要执业机构 or 多点执业 */
export type SiteKind =
  /** 多点执业 */
  | 'ADDITIONAL'
  /** 主要执业机构 */
  | 'PRIMARY';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SubjectKind =
  /** 医疗机构 */
  | 'INSTITUTION'
  /** 医务人员 */
  | 'PRACTITIONER';

/** All given conditions must hold. */
export type UnlicensedPracticeCaseFilter = {
  decidedFrom?: string | null | undefined;
  decidedUntil?: string | null | undefined;
  kinds?: Array<UnlicensedPracticeKind> | null | undefined;
  /** Part of the person’s name. */
  nameContains?: string | null | undefined;
  /** Cases in this region (sub-regions included). */
  regionCode?: string | null | undefined;
  /** Source plugins (or `hub`). */
  sources?: Array<string> | null | undefined;
  statuses?: Array<UnlicensedPracticeCaseStatus> | null | undefined;
};

/** 案件状态; 已撤销: the decision was withdrawn and the case no longer counts */
export type UnlicensedPracticeCaseStatus =
  /** 结案 */
  | 'CLOSED'
  /** 办理中 */
  | 'OPEN'
  /** 已撤销 */
  | 'REVOKED';

/** 违法类型 */
export type UnlicensedPracticeKind =
  /** 超范围执业 */
  | 'BEYOND_SCOPE'
  /** 非法采供血 */
  | 'ILLEGAL_BLOOD_COLLECTION'
  /** 非法医疗美容 */
  | 'ILLEGAL_COSMETIC_MEDICINE'
  /** 非医师行医 */
  | 'NON_PHYSICIAN_PRACTICE'
  /** 无证行医 */
  | 'UNLICENSED_PRACTICE';

/** Changes to an institution; omitted fields stay as they are. The USCC does not change. */
export type UpdateInstitutionInput = {
  address?: string | null | undefined;
  bedCount?: number | null | undefined;
  category?: InstitutionCategory | null | undefined;
  grade?: InstitutionGrade | null | undefined;
  id: string;
  legalRepresentative?: string | null | undefined;
  name?: string | null | undefined;
  ownership?: Ownership | null | undefined;
  profitStatus?: ProfitStatus | null | undefined;
  regionCode?: string | null | undefined;
  status?: InstitutionStatus | null | undefined;
  /** The version you read. */
  version: number;
};

export type UpdateLicenseInput = {
  id: string;
  issuingAuthority?: string | null | undefined;
  /** 许可机关的统一社会信用代码 (XK_XKJGDM) */
  issuingAuthorityUscc?: string | null | undefined;
  status?: LicenseStatus | null | undefined;
  validUntil?: string | null | undefined;
  version: number;
};

export type UpdatePracticeRegistrationInput = {
  id: string;
  practiceCategory?: PracticeCategory | null | undefined;
  practiceScope?: string | null | undefined;
  status?: RegistrationStatus | null | undefined;
  validUntil?: string | null | undefined;
  version: number;
};

/** Changes to a practitioner; omitted fields stay as they are. The ID number does not change. */
export type UpdatePractitionerInput = {
  id: string;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  profession?: Profession | null | undefined;
  status?: PractitionerStatus | null | undefined;
  version: number;
};

/** The whole case again, as it now stands, with the version you read. Only cases recorded in the hub can be changed here: a registry’s case changes at its source. */
export type UpdateUnlicensedPracticeCaseInput = {
  /** 出生日期, for the weak match when no readable ID number is known */
  birthDate?: string | null | undefined;
  /** 案件编号, unique among the cases recorded in the hub */
  caseNumber: string;
  /** The complaint (投诉举报) the case came from. */
  complaintId?: string | null | undefined;
  confiscatedYuan?: unknown;
  content?: string | null | undefined;
  decidedOn?: string | null | undefined;
  decisionNumber?: string | null | undefined;
  /** 证件号码: a resident ID of 18 or 15 digits (converted), any width, or masked with * */
  documentNumber?: string | null | undefined;
  documentType?: PersonDocumentType | null | undefined;
  fineYuan?: unknown;
  id: string;
  kind: UnlicensedPracticeKind;
  openedOn: string;
  /** 当事人姓名 */
  personName: string;
  place?: string | null | undefined;
  /** The county where it happened, inside your jurisdiction */
  regionCode: string;
  sex: Sex;
  status: UnlicensedPracticeCaseStatus;
  transferredToPolice: boolean;
  version: number;
};

/** 校验结论 */
export type ValidationResult =
  /** 暂缓校验 */
  | 'DEFERRED'
  /** 校验不合格 */
  | 'FAILED'
  /** 校验合格 */
  | 'PASSED';

export type ChangesQueryVariables = Exact<{
  after: string;
  first?: number | null | undefined;
  types?: Array<ExportType> | ExportType | null | undefined;
}>;


export type ChangesQuery = { changes: { resumeCursor: string, edges: Array<{ cursor: string, node: { op: ChangeOperation, type: string, id: string, record: unknown } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreditDeliveryFieldsFragment = { recordId: string, kind: string, status: CreditDeliveryStatus, pending: boolean, heldReason: string | null, attempts: number, lastError: string | null, deliveredAt: string | null, rejectionErrors: Array<{ field: string, message: string }> };

export type CreditOutboxQueryVariables = Exact<{ [key: string]: never; }>;


export type CreditOutboxQuery = { creditOutbox: { depth: number, inDoubt: number, oldestPendingSince: string | null, byStatus: Array<{ status: CreditDeliveryStatus, count: number }>, failures: Array<{ recordId: string, kind: string, status: CreditDeliveryStatus, pending: boolean, heldReason: string | null, attempts: number, lastError: string | null, deliveredAt: string | null, rejectionErrors: Array<{ field: string, message: string }> }>, alerts: Array<{ plugin: string, error: string, at: string }> } };

export type DecisionDeliveriesQueryVariables = Exact<{
  licenseId: string;
  penaltyId: string;
}>;


export type DecisionDeliveriesQuery = { license:
    | { creditDelivery: { recordId: string, kind: string, status: CreditDeliveryStatus, pending: boolean, heldReason: string | null, attempts: number, lastError: string | null, deliveredAt: string | null, rejectionErrors: Array<{ field: string, message: string }> } | null }
    | Record<PropertyKey, never>
   | null, penalty:
    | { creditDelivery: { recordId: string, kind: string, status: CreditDeliveryStatus, pending: boolean, heldReason: string | null, attempts: number, lastError: string | null, deliveredAt: string | null, rejectionErrors: Array<{ field: string, message: string }> } | null }
    | Record<PropertyKey, never>
   | null };

export type RetryCreditDeliveryMutationVariables = Exact<{
  recordId: string;
}>;


export type RetryCreditDeliveryMutation = { retryCreditDelivery:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'RetryCreditDeliverySuccess', data: { recordId: string, kind: string, status: CreditDeliveryStatus, pending: boolean, heldReason: string | null, attempts: number, lastError: string | null, deliveredAt: string | null, rejectionErrors: Array<{ field: string, message: string }> } }
    | { __typename: 'VersionConflictError' }
   };

export type CreditEvaluationFieldsFragment = { asOf: string, score: number, grade: CreditGrade, trigger: string, deductions: Array<{ kind: string, points: number, recordIds: Array<string>, detail: string }> };

export type InstitutionCreditQueryVariables = Exact<{
  id: string;
}>;


export type InstitutionCreditQuery = { node:
    | { credit: { asOf: string, score: number, grade: CreditGrade, trigger: string, deductions: Array<{ kind: string, points: number, recordIds: Array<string>, detail: string }> } | null, creditHistory: Array<{ asOf: string, score: number, grade: CreditGrade, trigger: string, deductions: Array<{ kind: string, points: number, recordIds: Array<string>, detail: string }> }>, creditListEntries: Array<{ id: string, list: CreditList, status: ListEntryStatus, expiresOn: string | null, earliestRepairOn: string, removedOn: string | null, removalNote: string | null }> }
    | Record<PropertyKey, never>
   | null };

export type AddCreditListEntryMutationVariables = Exact<{
  input: AddCreditListEntryInput;
}>;


export type AddCreditListEntryMutation = { addCreditListEntry:
    | { __typename: 'AddCreditListEntrySuccess', data: { id: string, list: CreditList, status: ListEntryStatus, decidedOn: string, expiresOn: string | null, earliestRepairOn: string, version: number, subject:
          | { __typename: 'Institution' }
          | { __typename: 'Practitioner' }
         } }
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
   };

export type RemoveCreditListEntryMutationVariables = Exact<{
  input: RemoveCreditListEntryInput;
}>;


export type RemoveCreditListEntryMutation = { removeCreditListEntry:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'RemoveCreditListEntrySuccess', data: { id: string, status: ListEntryStatus, removedOn: string | null, removalNote: string | null, version: number } }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number }
   };

export type RecomputeCreditMutationVariables = Exact<{
  institutionId: string;
}>;


export type RecomputeCreditMutation = { recomputeCredit:
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'RecomputeCreditSuccess', data: { credit: { asOf: string, score: number, grade: CreditGrade, trigger: string, deductions: Array<{ kind: string, points: number, recordIds: Array<string>, detail: string }> } | null } }
   };

export type RiskWatchlistQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type RiskWatchlistQuery = { riskWatchlist: Array<{ weight: number, institution: { id: string, name: string }, reasons: Array<{ kind: RiskReasonKind, detail: string }> }> };

export type DisclosureFieldsFragment = { id: string, kind: DisclosureKind, title: string, content: unknown, decidedOn: string, dueBy: string | null, dueByBeyondCalendar: boolean, publishedOn: string | null, publicUntil: string | null, earliestRepairOn: string | null, withdrawnOn: string | null, withdrawalReason: string | null, status: DisclosureStatus, late: boolean, version: number };

export type DisclosuresQueryVariables = Exact<{
  filter?: DisclosureFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type DisclosuresQuery = { disclosures: { totalCount: number, edges: Array<{ node: { id: string, kind: DisclosureKind, title: string, content: unknown, decidedOn: string, dueBy: string | null, dueByBeyondCalendar: boolean, publishedOn: string | null, publicUntil: string | null, earliestRepairOn: string | null, withdrawnOn: string | null, withdrawalReason: string | null, status: DisclosureStatus, late: boolean, version: number } }> } };

export type OverdueDisclosuresQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type OverdueDisclosuresQuery = { overdueDisclosures: Array<{ id: string, kind: DisclosureKind, title: string, content: unknown, decidedOn: string, dueBy: string | null, dueByBeyondCalendar: boolean, publishedOn: string | null, publicUntil: string | null, earliestRepairOn: string | null, withdrawnOn: string | null, withdrawalReason: string | null, status: DisclosureStatus, late: boolean, version: number }> };

export type PublishDisclosureMutationVariables = Exact<{
  input: PublishDisclosureInput;
}>;


export type PublishDisclosureMutation = { publishDisclosure:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'PublishDisclosureSuccess', data: { id: string, kind: DisclosureKind, title: string, content: unknown, decidedOn: string, dueBy: string | null, dueByBeyondCalendar: boolean, publishedOn: string | null, publicUntil: string | null, earliestRepairOn: string | null, withdrawnOn: string | null, withdrawalReason: string | null, status: DisclosureStatus, late: boolean, version: number } }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number }
   };

export type DiscloseRecordMutationVariables = Exact<{
  input: DiscloseRecordInput;
}>;


export type DiscloseRecordMutation = { discloseRecord:
    | { __typename: 'DiscloseRecordSuccess', data: { id: string, kind: DisclosureKind, title: string, content: unknown, decidedOn: string, dueBy: string | null, dueByBeyondCalendar: boolean, publishedOn: string | null, publicUntil: string | null, earliestRepairOn: string | null, withdrawnOn: string | null, withdrawalReason: string | null, status: DisclosureStatus, late: boolean, version: number } }
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
   };

export type PublishAnnualSelfDisclosureMutationVariables = Exact<{
  input: PublishAnnualSelfDisclosureInput;
}>;


export type PublishAnnualSelfDisclosureMutation = { publishAnnualSelfDisclosure:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'PublishAnnualSelfDisclosureSuccess', data: { id: string, kind: DisclosureKind, title: string, content: unknown, decidedOn: string, dueBy: string | null, dueByBeyondCalendar: boolean, publishedOn: string | null, publicUntil: string | null, earliestRepairOn: string | null, withdrawnOn: string | null, withdrawalReason: string | null, status: DisclosureStatus, late: boolean, version: number } }
   };

export type RepairPenaltyCreditMutationVariables = Exact<{
  input: RepairPenaltyCreditInput;
}>;


export type RepairPenaltyCreditMutation = { repairPenaltyCredit:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RepairPenaltyCreditSuccess', data: Array<{ id: string, kind: DisclosureKind, title: string, content: unknown, decidedOn: string, dueBy: string | null, dueByBeyondCalendar: boolean, publishedOn: string | null, publicUntil: string | null, earliestRepairOn: string | null, withdrawnOn: string | null, withdrawalReason: string | null, status: DisclosureStatus, late: boolean, version: number }> }
   };

export type InstitutionFieldsFragment = { id: string, name: string, uscc: string, organisationCode: string, category: InstitutionCategory, categoryCode: string, ownership: Ownership, profitStatus: ProfitStatus, grade: InstitutionGrade, status: InstitutionStatus, legalRepresentative: string | null, address: string | null, bedCount: number | null, version: number, updatedAt: string, region: { code: string, name: string } };

export type InstitutionsQueryVariables = Exact<{
  filter?: InstitutionFilter | null | undefined;
  orderBy?: ListOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type InstitutionsQuery = { institutions: { edges: Array<{ cursor: string, node: { id: string, name: string, uscc: string, organisationCode: string, category: InstitutionCategory, categoryCode: string, ownership: Ownership, profitStatus: ProfitStatus, grade: InstitutionGrade, status: InstitutionStatus, legalRepresentative: string | null, address: string | null, bedCount: number | null, version: number, updatedAt: string, region: { code: string, name: string } } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type InstitutionCountQueryVariables = Exact<{
  filter?: InstitutionFilter | null | undefined;
}>;


export type InstitutionCountQuery = { institutions: { totalCount: number } };

export type InstitutionByUsccQueryVariables = Exact<{
  uscc: string;
}>;


export type InstitutionByUsccQuery = { institutionByUscc: { id: string, name: string, uscc: string, organisationCode: string, category: InstitutionCategory, categoryCode: string, ownership: Ownership, profitStatus: ProfitStatus, grade: InstitutionGrade, status: InstitutionStatus, legalRepresentative: string | null, address: string | null, bedCount: number | null, version: number, updatedAt: string, region: { code: string, name: string } } | null };

export type InstitutionPageWithRelationsQueryVariables = Exact<{
  first: number;
  filter?: InstitutionFilter | null | undefined;
}>;


export type InstitutionPageWithRelationsQuery = { institutions: { edges: Array<{ node: { id: string, name: string, region: { name: string, parent: { name: string } | null }, registrations: { totalCount: number, edges: Array<{ node: { siteKind: SiteKind, practitioner: { id: string, name: string, licenses: { edges: Array<{ node: { number: string, validations: Array<{ result: ValidationResult }> } }> } } } }> }, licenses: { edges: Array<{ node: { number: string, holder:
                | { __typename: 'Institution' }
                | { __typename: 'Practitioner' }
              , validations: Array<{ validatedOn: string, result: ValidationResult, deferralMonths: number | null }> } }> } } }> } };

export type RegisterInstitutionMutationVariables = Exact<{
  input: RegisterInstitutionInput;
}>;


export type RegisterInstitutionMutation = { registerInstitution:
    | { __typename: 'InvalidInputError', message: string, issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RegisterInstitutionSuccess', data: { id: string, name: string, uscc: string, organisationCode: string, category: InstitutionCategory, categoryCode: string, ownership: Ownership, profitStatus: ProfitStatus, grade: InstitutionGrade, status: InstitutionStatus, legalRepresentative: string | null, address: string | null, bedCount: number | null, version: number, updatedAt: string, region: { code: string, name: string } } }
   };

export type UpdateInstitutionMutationVariables = Exact<{
  input: UpdateInstitutionInput;
}>;


export type UpdateInstitutionMutation = { updateInstitution:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'UpdateInstitutionSuccess', data: { id: string, name: string, uscc: string, organisationCode: string, category: InstitutionCategory, categoryCode: string, ownership: Ownership, profitStatus: ProfitStatus, grade: InstitutionGrade, status: InstitutionStatus, legalRepresentative: string | null, address: string | null, bedCount: number | null, version: number, updatedAt: string, region: { code: string, name: string } } }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number }
   };

export type IdentifierOverrideQueryVariables = Exact<{
  id: string;
}>;


export type IdentifierOverrideQuery = { node:
    | { uscc: string, identifierOverride: { reason: string, by: string, at: string } | null }
    | { number: string, identifierOverride: { reason: string, by: string, at: string } | null }
    | Record<PropertyKey, never>
   | null };

export type LicenseFieldsFragment = { id: string, kind: LicenseKind, number: string, issuingAuthority: string, validFrom: string, validUntil: string | null, status: LicenseStatus, version: number, holder:
    | { __typename: 'Institution', id: string, name: string }
    | { __typename: 'Practitioner', id: string, name: string }
  , validations: Array<{ validatedOn: string, result: ValidationResult, deferralMonths: number | null, rectificationDeadline: string | null, remarks: string | null }> };

export type LicenseByNumberQueryVariables = Exact<{
  number: string;
}>;


export type LicenseByNumberQuery = { licenseByNumber: { id: string, kind: LicenseKind, number: string, issuingAuthority: string, validFrom: string, validUntil: string | null, status: LicenseStatus, version: number, holder:
      | { __typename: 'Institution', id: string, name: string }
      | { __typename: 'Practitioner', id: string, name: string }
    , validations: Array<{ validatedOn: string, result: ValidationResult, deferralMonths: number | null, rectificationDeadline: string | null, remarks: string | null }> } | null };

export type RegisterLicenseMutationVariables = Exact<{
  input: RegisterLicenseInput;
}>;


export type RegisterLicenseMutation = { registerLicense:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RegisterLicenseSuccess', data: { id: string, kind: LicenseKind, number: string, issuingAuthority: string, validFrom: string, validUntil: string | null, status: LicenseStatus, version: number, holder:
          | { __typename: 'Institution', id: string, name: string }
          | { __typename: 'Practitioner', id: string, name: string }
        , validations: Array<{ validatedOn: string, result: ValidationResult, deferralMonths: number | null, rectificationDeadline: string | null, remarks: string | null }> } }
   };

export type UpdateLicenseMutationVariables = Exact<{
  input: UpdateLicenseInput;
}>;


export type UpdateLicenseMutation = { updateLicense:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'UpdateLicenseSuccess', data: { id: string, kind: LicenseKind, number: string, issuingAuthority: string, validFrom: string, validUntil: string | null, status: LicenseStatus, version: number, holder:
          | { __typename: 'Institution', id: string, name: string }
          | { __typename: 'Practitioner', id: string, name: string }
        , validations: Array<{ validatedOn: string, result: ValidationResult, deferralMonths: number | null, rectificationDeadline: string | null, remarks: string | null }> } }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number }
   };

export type RecordLicenseValidationMutationVariables = Exact<{
  input: RecordLicenseValidationInput;
}>;


export type RecordLicenseValidationMutation = { recordLicenseValidation:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RecordLicenseValidationSuccess', data: { validatedOn: string, result: ValidationResult, deferralMonths: number | null, rectificationDeadline: string | null, overrideReason: string | null, overriddenBy: string | null, license: { number: string, status: LicenseStatus, validations: Array<{ result: ValidationResult }> } } }
   };

export type LicenseStatusChangeFieldsFragment = { fromStatus: LicenseStatus, toStatus: LicenseStatus, effectiveOn: string, cause: LicenseStatusCause, note: string | null, recordedBy: string, penalty: { id: string, decisionNumber: string } | null };

export type LicenseStatusHistoryQueryVariables = Exact<{
  id: string;
}>;


export type LicenseStatusHistoryQuery = { node:
    | { id: string, status: LicenseStatus, statusUntil: string | null, version: number, statusHistory: Array<{ fromStatus: LicenseStatus, toStatus: LicenseStatus, effectiveOn: string, cause: LicenseStatusCause, note: string | null, recordedBy: string, penalty: { id: string, decisionNumber: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'CommitmentLetter', id: string }
    | { __typename: 'Complaint', id: string }
    | { __typename: 'CreditListEntry', id: string }
    | { __typename: 'Disclosure', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'Inspector', id: string }
    | { __typename: 'Institution', name: string, id: string, region: { code: string } }
    | { __typename: 'License', number: string, id: string }
    | { __typename: 'Penalty', id: string }
    | { __typename: 'PracticeRegistration', siteKind: SiteKind, id: string }
    | { __typename: 'Practitioner', name: string, id: string }
    | { __typename: 'RandomInspectionPlan', id: string }
    | { __typename: 'Region', code: string, name: string, id: string }
    | { __typename: 'RegistryMatch', id: string }
    | { __typename: 'ScoreEvent', id: string }
    | { __typename: 'SelfInspection', id: string }
    | { __typename: 'SentinelClue', id: string }
    | { __typename: 'SentinelPoint', id: string }
    | { __typename: 'UnlicensedPracticeCase', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'CommitmentLetter', id: string }
    | { __typename: 'Complaint', id: string }
    | { __typename: 'CreditListEntry', id: string }
    | { __typename: 'Disclosure', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'Inspector', id: string }
    | { __typename: 'Institution', name: string, id: string, region: { code: string } }
    | { __typename: 'License', id: string }
    | { __typename: 'Penalty', id: string }
    | { __typename: 'PracticeRegistration', id: string }
    | { __typename: 'Practitioner', name: string, id: string }
    | { __typename: 'RandomInspectionPlan', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'RegistryMatch', id: string }
    | { __typename: 'ScoreEvent', id: string }
    | { __typename: 'SelfInspection', id: string }
    | { __typename: 'SentinelClue', id: string }
    | { __typename: 'SentinelPoint', id: string }
    | { __typename: 'UnlicensedPracticeCase', id: string }
   | null> };

export type RegionQueryVariables = Exact<{
  code: string;
}>;


export type RegionQuery = { region: { id: string, code: string, name: string, level: RegionLevel, parent: { code: string, name: string } | null, children: Array<{ code: string, name: string, level: RegionLevel }> } | null };

export type ProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvincesQuery = { provinces: Array<{ code: string, name: string, level: RegionLevel }> };

export type PluginsQueryVariables = Exact<{ [key: string]: never; }>;


export type PluginsQuery = { plugins: Array<{ name: string, version: string, kind: string, description: string, configured: boolean, schedule: string | null, nextRunAt: string | null, running: boolean, heldQuarantinedRecords: number, lastRun: { id: string, status: PluginRunStatus, recordsRead: number, recordsWritten: number, recordsUnchanged: number, recordsQuarantined: number, errorKind: PluginFailureKind | null, error: string | null } | null, lastSuccessfulRun: { id: string, finishedAt: string | null } | null, checkpoints: Array<{ stream: string, checkpoint: unknown, updatedAt: string }> }> };

export type PluginRunsQueryVariables = Exact<{
  plugin?: string | null | undefined;
  statuses?: Array<PluginRunStatus> | PluginRunStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type PluginRunsQuery = { pluginRuns: { totalCount: number, edges: Array<{ node: { id: string, plugin: string, trigger: PluginRunTrigger, status: PluginRunStatus, startedAt: string, finishedAt: string | null, recordsRead: number, recordsWritten: number, recordsUnchanged: number, recordsQuarantined: number, batches: number, checkpoint: unknown, errorKind: PluginFailureKind | null, error: string | null } }> } };

export type QuarantinedRecordsQueryVariables = Exact<{
  plugin?: string | null | undefined;
  status?: QuarantineStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type QuarantinedRecordsQuery = { quarantinedRecords: { totalCount: number, edges: Array<{ node: { id: string, plugin: string, stream: string, runId: string, raw: unknown, reason: string, status: QuarantineStatus, quarantinedAt: string, resolvedAt: string | null, resolvedBy: string | null, resolutionNote: string | null } }> } };

export type TriggerPluginRunMutationVariables = Exact<{
  plugin: string;
}>;


export type TriggerPluginRunMutation = { triggerPluginRun:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'TriggerPluginRunSuccess', data: { plugin: string, jobId: string } }
   };

export type ReleaseQuarantinedRecordMutationVariables = Exact<{
  id: string;
}>;


export type ReleaseQuarantinedRecordMutation = { releaseQuarantinedRecord:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'ReleaseQuarantinedRecordSuccess', data: { id: string, status: QuarantineStatus, resolvedBy: string | null } }
    | { __typename: 'VersionConflictError' }
   };

export type DiscardQuarantinedRecordMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type DiscardQuarantinedRecordMutation = { discardQuarantinedRecord:
    | { __typename: 'DiscardQuarantinedRecordSuccess', data: { id: string, status: QuarantineStatus, resolutionNote: string | null } }
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'VersionConflictError' }
   };

export type PractitionerFieldsFragment = { id: string, name: string, profession: Profession, status: PractitionerStatus, version: number };

export type PractitionersQueryVariables = Exact<{
  filter?: PractitionerFilter | null | undefined;
  orderBy?: ListOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PractitionersQuery = { practitioners: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, profession: Profession, status: PractitionerStatus, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PractitionerByCertificateNumberQueryVariables = Exact<{
  number: string;
}>;


export type PractitionerByCertificateNumberQuery = { practitionerByCertificateNumber: { id: string, name: string, profession: Profession, status: PractitionerStatus, version: number, registrations: { edges: Array<{ node: { siteKind: SiteKind, institution: { name: string } } }> }, licenses: { edges: Array<{ node: { kind: LicenseKind, number: string } }> } } | null };

export type RegisterPractitionerMutationVariables = Exact<{
  input: RegisterPractitionerInput;
}>;


export type RegisterPractitionerMutation = { registerPractitioner:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RegisterPractitionerSuccess', data: { id: string, name: string, profession: Profession, status: PractitionerStatus, version: number } }
   };

export type UpdatePractitionerMutationVariables = Exact<{
  input: UpdatePractitionerInput;
}>;


export type UpdatePractitionerMutation = { updatePractitioner:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'UpdatePractitionerSuccess', data: { id: string, name: string, profession: Profession, status: PractitionerStatus, version: number } }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number }
   };

export type RandomInspectionPlanFieldsFragment = { id: string, name: string, state: RandomInspectionPlanState, commitment: string, seed: string | null, createdAt: string, drawnAt: string | null, populationSize: number | null, samplingRatios: unknown, seedMatchesCommitment: boolean | null, reproducible: boolean | null, drawInput: unknown, abandonment: { reason: string, by: string, at: string } | null, targets: Array<{ creditGrade: string, institution: { id: string, name: string }, inspectors: Array<{ id: string } | null>, notInspected: { reason: NotInspectedReason, note: string, by: string, at: string } | null }> };

export type CreateRandomInspectionPlanMutationVariables = Exact<{
  input: CreateRandomInspectionPlanInput;
}>;


export type CreateRandomInspectionPlanMutation = { createRandomInspectionPlan:
    | { __typename: 'CreateRandomInspectionPlanSuccess', data: { id: string, name: string, state: RandomInspectionPlanState, commitment: string, seed: string | null, createdAt: string, drawnAt: string | null, populationSize: number | null, samplingRatios: unknown, seedMatchesCommitment: boolean | null, reproducible: boolean | null, drawInput: unknown, abandonment: { reason: string, by: string, at: string } | null, targets: Array<{ creditGrade: string, institution: { id: string, name: string }, inspectors: Array<{ id: string } | null>, notInspected: { reason: NotInspectedReason, note: string, by: string, at: string } | null }> } }
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
   };

export type DrawRandomInspectionPlanMutationVariables = Exact<{
  input: DrawRandomInspectionPlanInput;
}>;


export type DrawRandomInspectionPlanMutation = { drawRandomInspectionPlan:
    | { __typename: 'DrawRandomInspectionPlanSuccess', data: { id: string, name: string, state: RandomInspectionPlanState, commitment: string, seed: string | null, createdAt: string, drawnAt: string | null, populationSize: number | null, samplingRatios: unknown, seedMatchesCommitment: boolean | null, reproducible: boolean | null, drawInput: unknown, abandonment: { reason: string, by: string, at: string } | null, targets: Array<{ creditGrade: string, institution: { id: string, name: string }, inspectors: Array<{ id: string } | null>, notInspected: { reason: NotInspectedReason, note: string, by: string, at: string } | null }> } }
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
   };

export type AbandonRandomInspectionPlanMutationVariables = Exact<{
  input: AbandonRandomInspectionPlanInput;
}>;


export type AbandonRandomInspectionPlanMutation = { abandonRandomInspectionPlan:
    | { __typename: 'AbandonRandomInspectionPlanSuccess', data: { id: string, name: string, state: RandomInspectionPlanState, commitment: string, seed: string | null, createdAt: string, drawnAt: string | null, populationSize: number | null, samplingRatios: unknown, seedMatchesCommitment: boolean | null, reproducible: boolean | null, drawInput: unknown, abandonment: { reason: string, by: string, at: string } | null, targets: Array<{ creditGrade: string, institution: { id: string, name: string }, inspectors: Array<{ id: string } | null>, notInspected: { reason: NotInspectedReason, note: string, by: string, at: string } | null }> } }
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
   };

export type RecordTargetNotInspectedMutationVariables = Exact<{
  input: RecordTargetNotInspectedInput;
}>;


export type RecordTargetNotInspectedMutation = { recordTargetNotInspected:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RecordTargetNotInspectedSuccess', data: { institution: { id: string }, notInspected: { reason: NotInspectedReason, note: string, by: string, at: string } | null } }
   };

export type RandomInspectionPlansQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type RandomInspectionPlansQuery = { randomInspectionPlans: { totalCount: number, edges: Array<{ node: { id: string, name: string, state: RandomInspectionPlanState, commitment: string, seed: string | null, populationSize: number | null, abandonment: { reason: string } | null } }> } };

export type RandomInspectionPlanQueryVariables = Exact<{
  id: string;
}>;


export type RandomInspectionPlanQuery = { node:
    | { id: string, name: string, state: RandomInspectionPlanState, commitment: string, seed: string | null, createdAt: string, drawnAt: string | null, populationSize: number | null, samplingRatios: unknown, seedMatchesCommitment: boolean | null, reproducible: boolean | null, drawInput: unknown, abandonment: { reason: string, by: string, at: string } | null, targets: Array<{ creditGrade: string, institution: { id: string, name: string }, inspectors: Array<{ id: string } | null>, notInspected: { reason: NotInspectedReason, note: string, by: string, at: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type PenaltyFieldsFragment = { id: string, decisionNumber: string, violationType: string, categories: Array<PenaltyCategory>, content: string, fineYuan: unknown, confiscatedYuan: unknown, decidedOn: string, validUntil: string | null, authorityName: string, authorityUscc: string, severity: Severity, status: PenaltyStatus, revokedOn: string | null, revocationReason: string | null, version: number, subject:
    | { __typename: 'Institution', id: string, name: string }
    | { __typename: 'Practitioner', id: string, name: string }
  , affectedLicenses: Array<{ action: LicenseAction, suspendedUntil: string | null, license: { id: string, number: string, status: LicenseStatus } }> };

export type RecordPenaltyMutationVariables = Exact<{
  input: RecordPenaltyInput;
}>;


export type RecordPenaltyMutation = { recordPenalty:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RecordPenaltySuccess', data: { id: string, decisionNumber: string, violationType: string, categories: Array<PenaltyCategory>, content: string, fineYuan: unknown, confiscatedYuan: unknown, decidedOn: string, validUntil: string | null, authorityName: string, authorityUscc: string, severity: Severity, status: PenaltyStatus, revokedOn: string | null, revocationReason: string | null, version: number, subject:
          | { __typename: 'Institution', id: string, name: string }
          | { __typename: 'Practitioner', id: string, name: string }
        , affectedLicenses: Array<{ action: LicenseAction, suspendedUntil: string | null, license: { id: string, number: string, status: LicenseStatus } }> } }
   };

export type RevokePenaltyMutationVariables = Exact<{
  input: RevokePenaltyInput;
}>;


export type RevokePenaltyMutation = { revokePenalty:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'RevokePenaltySuccess', data: { id: string, decisionNumber: string, violationType: string, categories: Array<PenaltyCategory>, content: string, fineYuan: unknown, confiscatedYuan: unknown, decidedOn: string, validUntil: string | null, authorityName: string, authorityUscc: string, severity: Severity, status: PenaltyStatus, revokedOn: string | null, revocationReason: string | null, version: number, subject:
          | { __typename: 'Institution', id: string, name: string }
          | { __typename: 'Practitioner', id: string, name: string }
        , affectedLicenses: Array<{ action: LicenseAction, suspendedUntil: string | null, license: { id: string, number: string, status: LicenseStatus } }> } }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number }
   };

export type PenaltiesQueryVariables = Exact<{
  filter?: PenaltyFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type PenaltiesQuery = { penalties: { totalCount: number, edges: Array<{ node: { id: string, decisionNumber: string, violationType: string, categories: Array<PenaltyCategory>, content: string, fineYuan: unknown, confiscatedYuan: unknown, decidedOn: string, validUntil: string | null, authorityName: string, authorityUscc: string, severity: Severity, status: PenaltyStatus, revokedOn: string | null, revocationReason: string | null, version: number, subject:
          | { __typename: 'Institution', id: string, name: string }
          | { __typename: 'Practitioner', id: string, name: string }
        , affectedLicenses: Array<{ action: LicenseAction, suspendedUntil: string | null, license: { id: string, number: string, status: LicenseStatus } }> } }> } };

export type RegisterInspectorMutationVariables = Exact<{
  input: RegisterInspectorInput;
}>;


export type RegisterInspectorMutation = { registerInspector:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RegisterInspectorSuccess', data: { id: string, name: string, badgeNumber: string, regionCode: string } }
   };

export type RecordInspectorConflictMutationVariables = Exact<{
  input: RecordInspectorConflictInput;
}>;


export type RecordInspectorConflictMutation = { recordInspectorConflict:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RecordInspectorConflictSuccess', data: { id: string } }
   };

export type InspectionFieldsFragment = { id: string, kind: InspectionKind, campaign: string | null, inspectedOn: string, findings: string, result: InspectionResult, rectificationDeadline: string | null, reinspectedOn: string | null, reinspectionResult: ReinspectionResult | null, version: number, inspectors: Array<{ id: string, name: string }>, subject:
    | { __typename: 'Institution', id: string }
    | { __typename: 'Practitioner', id: string }
   };

export type RecordInspectionMutationVariables = Exact<{
  input: RecordInspectionInput;
}>;


export type RecordInspectionMutation = { recordInspection:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RecordInspectionSuccess', data: { id: string, kind: InspectionKind, campaign: string | null, inspectedOn: string, findings: string, result: InspectionResult, rectificationDeadline: string | null, reinspectedOn: string | null, reinspectionResult: ReinspectionResult | null, version: number, inspectors: Array<{ id: string, name: string }>, subject:
          | { __typename: 'Institution', id: string }
          | { __typename: 'Practitioner', id: string }
         } }
   };

export type RecordReinspectionMutationVariables = Exact<{
  input: RecordReinspectionInput;
}>;


export type RecordReinspectionMutation = { recordReinspection:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'RecordReinspectionSuccess', data: { id: string, kind: InspectionKind, campaign: string | null, inspectedOn: string, findings: string, result: InspectionResult, rectificationDeadline: string | null, reinspectedOn: string | null, reinspectionResult: ReinspectionResult | null, version: number, inspectors: Array<{ id: string, name: string }>, subject:
          | { __typename: 'Institution', id: string }
          | { __typename: 'Practitioner', id: string }
         } }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number }
   };

export type ComplaintFieldsFragment = { id: string, channel: ComplaintChannel, receivedOn: string, category: string, summary: string, status: ComplaintStatus, transferredTo: string | null, outcome: string | null, substantiated: boolean | null, closedOn: string | null, version: number, region: { code: string }, subject:
    | { __typename: 'Institution', id: string }
    | { __typename: 'Practitioner' }
   | null, inspection: { id: string } | null, penalty: { id: string } | null };

export type ReceiveComplaintMutationVariables = Exact<{
  input: ReceiveComplaintInput;
}>;


export type ReceiveComplaintMutation = { receiveComplaint:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'ReceiveComplaintSuccess', data: { id: string, channel: ComplaintChannel, receivedOn: string, category: string, summary: string, status: ComplaintStatus, transferredTo: string | null, outcome: string | null, substantiated: boolean | null, closedOn: string | null, version: number, region: { code: string }, subject:
          | { __typename: 'Institution', id: string }
          | { __typename: 'Practitioner' }
         | null, inspection: { id: string } | null, penalty: { id: string } | null } }
   };

export type AdvanceComplaintMutationVariables = Exact<{
  input: AdvanceComplaintInput;
}>;


export type AdvanceComplaintMutation = { advanceComplaint:
    | { __typename: 'AdvanceComplaintSuccess', data: { id: string, channel: ComplaintChannel, receivedOn: string, category: string, summary: string, status: ComplaintStatus, transferredTo: string | null, outcome: string | null, substantiated: boolean | null, closedOn: string | null, version: number, region: { code: string }, subject:
          | { __typename: 'Institution', id: string }
          | { __typename: 'Practitioner' }
         | null, inspection: { id: string } | null, penalty: { id: string } | null } }
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number }
   };

export type RecordSelfInspectionMutationVariables = Exact<{
  input: RecordSelfInspectionInput;
}>;


export type RecordSelfInspectionMutation = { recordSelfInspection:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RecordSelfInspectionSuccess', data: { id: string, kind: SelfInspectionKind, inspectedOn: string, problemsFound: number, problemsRectified: number, institution: { id: string } } }
   };

export type RecordCommitmentLetterMutationVariables = Exact<{
  input: RecordCommitmentLetterInput;
}>;


export type RecordCommitmentLetterMutation = { recordCommitmentLetter:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RecordCommitmentLetterSuccess', data: { id: string, signedOn: string, signatory: string, version: number, breachedOn: string | null } }
   };

export type RecordCommitmentBreachMutationVariables = Exact<{
  input: RecordCommitmentBreachInput;
}>;


export type RecordCommitmentBreachMutation = { recordCommitmentBreach:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'RecordCommitmentBreachSuccess', data: { id: string, breachedOn: string | null, breachNote: string | null, version: number } }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number }
   };

export type InstitutionRecordsQueryVariables = Exact<{
  id: string;
}>;


export type InstitutionRecordsQuery = { node:
    | { penalties: { totalCount: number, edges: Array<{ node: { decisionNumber: string } }> }, inspections: { totalCount: number, edges: Array<{ node: { kind: InspectionKind, result: InspectionResult } }> }, complaints: { totalCount: number, edges: Array<{ node: { status: ComplaintStatus } }> }, selfInspections: { totalCount: number }, commitmentLetters: { totalCount: number } }
    | Record<PropertyKey, never>
   | null };

export type RegistrationFieldsFragment = { id: string, siteKind: SiteKind, practiceCategory: PracticeCategory | null, practiceScope: string | null, validFrom: string, validUntil: string | null, status: RegistrationStatus, version: number, practitioner: { id: string, name: string }, institution: { id: string, name: string } };

export type RegisterPracticeRegistrationMutationVariables = Exact<{
  input: RegisterPracticeRegistrationInput;
}>;


export type RegisterPracticeRegistrationMutation = { registerPracticeRegistration:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RegisterPracticeRegistrationSuccess', data: { id: string, siteKind: SiteKind, practiceCategory: PracticeCategory | null, practiceScope: string | null, validFrom: string, validUntil: string | null, status: RegistrationStatus, version: number, practitioner: { id: string, name: string }, institution: { id: string, name: string } } }
   };

export type UpdatePracticeRegistrationMutationVariables = Exact<{
  input: UpdatePracticeRegistrationInput;
}>;


export type UpdatePracticeRegistrationMutation = { updatePracticeRegistration:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'UpdatePracticeRegistrationSuccess', data: { id: string, siteKind: SiteKind, practiceCategory: PracticeCategory | null, practiceScope: string | null, validFrom: string, validUntil: string | null, status: RegistrationStatus, version: number, practitioner: { id: string, name: string }, institution: { id: string, name: string } } }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number }
   };

export type InstitutionRegistrationsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type InstitutionRegistrationsQuery = { node:
    | { registrations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, siteKind: SiteKind, practitioner: { name: string } } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null, startCursor: string | null } } }
    | Record<PropertyKey, never>
   | null };

export type RegistryMatchesQueryVariables = Exact<{
  filter?: RegistryMatchFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RegistryMatchesQuery = { registryMatches: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: RegistryMatchKind, strength: MatchStrength, priority: RegistryMatchPriority, status: RegistryMatchStatus, reviewReason: string | null, reviewedBy: string | null, withdrawnAt: string | null, withdrawnReason: RegistryMatchWithdrawnReason | null, version: number, case: { id: string, caseNumber: string, source: string } | null, otherCase: { id: string, caseNumber: string, source: string } | null, practitioner: { id: string, name: string } | null, jurisdictions: Array<{ code: string }>, reviews: Array<{ decision: RegistryMatchStatus, reason: string, reviewedBy: string, jurisdictions: Array<string> }> } }> } };

export type RegistryMatchNodeQueryVariables = Exact<{
  id: string;
}>;


export type RegistryMatchNodeQuery = { node:
    | { __typename: 'CommitmentLetter' }
    | { __typename: 'Complaint' }
    | { __typename: 'CreditListEntry' }
    | { __typename: 'Disclosure' }
    | { __typename: 'Inspection' }
    | { __typename: 'Inspector' }
    | { __typename: 'Institution' }
    | { __typename: 'License' }
    | { __typename: 'Penalty' }
    | { __typename: 'PracticeRegistration' }
    | { __typename: 'Practitioner' }
    | { __typename: 'RandomInspectionPlan' }
    | { __typename: 'Region' }
    | { __typename: 'RegistryMatch', id: string, kind: RegistryMatchKind, strength: MatchStrength, case: { id: string } | null, otherCase: { id: string } | null, practitioner: { id: string } | null }
    | { __typename: 'ScoreEvent' }
    | { __typename: 'SelfInspection' }
    | { __typename: 'SentinelClue' }
    | { __typename: 'SentinelPoint' }
    | { __typename: 'UnlicensedPracticeCase' }
   | null };

export type ReviewRegistryMatchMutationVariables = Exact<{
  input: ReviewRegistryMatchInput;
}>;


export type ReviewRegistryMatchMutation = { reviewRegistryMatch:
    | { __typename: 'InvalidInputError', message: string, issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ReviewRegistryMatchSuccess', data: { id: string, status: RegistryMatchStatus, reviewReason: string | null, reviewedBy: string | null, version: number, reviews: Array<{ decision: RegistryMatchStatus, reason: string }> } }
    | { __typename: 'VersionConflictError', message: string }
   };

export type RematchRegistryMutationVariables = Exact<{ [key: string]: never; }>;


export type RematchRegistryMutation = { rematchRegistry:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'RematchRegistrySuccess', data: { jobId: string } }
   };

export type SeriousCasesQueryVariables = Exact<{
  regionCode: string;
  first?: number | null | undefined;
}>;


export type SeriousCasesQuery = { seriousCases: { totalCount: number, edges: Array<{ node: { id: string, caseNumber: string, transferredToPolice: boolean, seriousCircumstances: boolean, awaitingPoliceTransfer: boolean } }> } };

export type CaseSeriousnessQueryVariables = Exact<{
  filter?: UnlicensedPracticeCaseFilter | null | undefined;
}>;


export type CaseSeriousnessQuery = { unlicensedPracticeCases: { edges: Array<{ node: { id: string, caseNumber: string, source: string, status: UnlicensedPracticeCaseStatus, transferredToPolice: boolean, seriousCircumstances: boolean, awaitingPoliceTransfer: boolean, priorPenalties: Array<{ source: string, decidedOn: string, decisionNumber: string | null, case: { id: string } | null, region: { code: string } }>, registryMatches: Array<{ id: string, kind: RegistryMatchKind, strength: MatchStrength }> } }> } };

export type RegistryMatchingStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistryMatchingStatusQuery = { registryMatchingStatus: { byIdNumber: boolean, note: string } };

export type ScoreEventFieldsFragment = { id: string, itemCode: string, itemText: string, units: number, points: number, occurredOn: string, status: ScoreEventStatus, version: number, sourceKind: ScoreSourceKind, sourceReference: string | null, ruleSet: { code: string, version: number }, appeal: { reason: string, filedOn: string, decidedOn: string | null, upheld: boolean | null, note: string | null } | null, subject:
    | { __typename: 'Institution', id: string }
    | { __typename: 'Practitioner', id: string }
   };

export type ScoreCycleFieldsFragment = { consequences: Array<ConsequenceKind>, ruleSet: { code: string, version: number }, windows: Array<{ kind: string, years: number, start: string, end: string, resetAfter: string | null, points: number, events: Array<{ id: string }>, thresholdsReached: Array<{ threshold: { basis: string, points: number, description: string, consequences: Array<{ kind: ConsequenceKind, minMonths: number | null, maxMonths: number | null, workingDays: number | null }> }, triggeredBy: Array<{ id: string }> }> }> };

export type ScoreRuleSetsQueryVariables = Exact<{
  code?: string | null | undefined;
  subjectKind?: SubjectKind | null | undefined;
}>;


export type ScoreRuleSetsQuery = { scoreRuleSets: Array<{ code: string, version: number, title: string, jurisdictionCode: string, subjectKind: SubjectKind, effectiveFrom: string, source: string, publishedBy: string, items: Array<{ code: string, text: string, points: number, perUnit: boolean }>, windows: Array<{ kind: string, years: number, resetOnValidationPass: boolean, appliesToValidationPeriod: number | null, thresholds: Array<{ basis: string, points: number, consequences: Array<{ kind: ConsequenceKind, label: string }> }> }> }> };

export type SubjectScoreStatusQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;


export type SubjectScoreStatusQuery = { node:
    | { scoreStatus: Array<{ asOf: string, current: { consequences: Array<ConsequenceKind>, ruleSet: { code: string, version: number }, windows: Array<{ kind: string, years: number, start: string, end: string, resetAfter: string | null, points: number, events: Array<{ id: string }>, thresholdsReached: Array<{ threshold: { basis: string, points: number, description: string, consequences: Array<{ kind: ConsequenceKind, minMonths: number | null, maxMonths: number | null, workingDays: number | null }> }, triggeredBy: Array<{ id: string }> }> }> }, history: Array<{ consequences: Array<ConsequenceKind>, ruleSet: { code: string, version: number }, windows: Array<{ kind: string, years: number, start: string, end: string, resetAfter: string | null, points: number, events: Array<{ id: string }>, thresholdsReached: Array<{ threshold: { basis: string, points: number, description: string, consequences: Array<{ kind: ConsequenceKind, minMonths: number | null, maxMonths: number | null, workingDays: number | null }> }, triggeredBy: Array<{ id: string }> }> }> }> }> }
    | { scoreStatus: Array<{ asOf: string, current: { consequences: Array<ConsequenceKind>, ruleSet: { code: string, version: number }, windows: Array<{ kind: string, years: number, start: string, end: string, resetAfter: string | null, points: number, events: Array<{ id: string }>, thresholdsReached: Array<{ threshold: { basis: string, points: number, description: string, consequences: Array<{ kind: ConsequenceKind, minMonths: number | null, maxMonths: number | null, workingDays: number | null }> }, triggeredBy: Array<{ id: string }> }> }> }, history: Array<{ consequences: Array<ConsequenceKind>, ruleSet: { code: string, version: number }, windows: Array<{ kind: string, years: number, start: string, end: string, resetAfter: string | null, points: number, events: Array<{ id: string }>, thresholdsReached: Array<{ threshold: { basis: string, points: number, description: string, consequences: Array<{ kind: ConsequenceKind, minMonths: number | null, maxMonths: number | null, workingDays: number | null }> }, triggeredBy: Array<{ id: string }> }> }> }> }> }
    | Record<PropertyKey, never>
   | null };

export type InstitutionsWithScoresQueryVariables = Exact<{
  first: number;
  asOf?: string | null | undefined;
}>;


export type InstitutionsWithScoresQuery = { institutions: { edges: Array<{ node: { id: string, scoreStatus: Array<{ current: { consequences: Array<ConsequenceKind>, windows: Array<{ points: number }> } }>, scoreEvents: Array<{ points: number }> } }> } };

export type PublishScoreRuleSetMutationVariables = Exact<{
  input: PublishScoreRuleSetInput;
}>;


export type PublishScoreRuleSetMutation = { publishScoreRuleSet:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'PublishScoreRuleSetSuccess', data: { code: string, version: number, effectiveFrom: string, items: Array<{ code: string, points: number }> } }
   };

export type RecordScoreEventMutationVariables = Exact<{
  input: RecordScoreEventInput;
}>;


export type RecordScoreEventMutation = { recordScoreEvent:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RecordScoreEventSuccess', data: { id: string, itemCode: string, itemText: string, units: number, points: number, occurredOn: string, status: ScoreEventStatus, version: number, sourceKind: ScoreSourceKind, sourceReference: string | null, ruleSet: { code: string, version: number }, appeal: { reason: string, filedOn: string, decidedOn: string | null, upheld: boolean | null, note: string | null } | null, subject:
          | { __typename: 'Institution', id: string }
          | { __typename: 'Practitioner', id: string }
         } }
   };

export type FileScoreAppealMutationVariables = Exact<{
  input: FileScoreAppealInput;
}>;


export type FileScoreAppealMutation = { fileScoreAppeal:
    | { __typename: 'FileScoreAppealSuccess', data: { id: string, itemCode: string, itemText: string, units: number, points: number, occurredOn: string, status: ScoreEventStatus, version: number, sourceKind: ScoreSourceKind, sourceReference: string | null, ruleSet: { code: string, version: number }, appeal: { reason: string, filedOn: string, decidedOn: string | null, upheld: boolean | null, note: string | null } | null, subject:
          | { __typename: 'Institution', id: string }
          | { __typename: 'Practitioner', id: string }
         } }
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
   };

export type DecideScoreAppealMutationVariables = Exact<{
  input: DecideScoreAppealInput;
}>;


export type DecideScoreAppealMutation = { decideScoreAppeal:
    | { __typename: 'DecideScoreAppealSuccess', data: { id: string, itemCode: string, itemText: string, units: number, points: number, occurredOn: string, status: ScoreEventStatus, version: number, sourceKind: ScoreSourceKind, sourceReference: string | null, ruleSet: { code: string, version: number }, appeal: { reason: string, filedOn: string, decidedOn: string | null, upheld: boolean | null, note: string | null } | null, subject:
          | { __typename: 'Institution', id: string }
          | { __typename: 'Practitioner', id: string }
         } }
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number }
   };

export type RegisterSentinelPointMutationVariables = Exact<{
  input: RegisterSentinelPointInput;
}>;


export type RegisterSentinelPointMutation = { registerSentinelPoint:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RegisterSentinelPointSuccess', data: { id: string, name: string, kind: SentinelPointKind, contactName: string, active: boolean, version: number, region: { code: string } } }
   };

export type SentinelPointsQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type SentinelPointsQuery = { sentinelPoints: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: SentinelPointKind, contactName: string, contactPhone: string | null, activeFrom: string, activeUntil: string | null, active: boolean, assessments: Array<{ year: number, total: number, passed: boolean, modelPoint: boolean, scores: Array<{ code: string, points: number }>, sheet: { code: string } }> } }> } };

export type ReportSentinelClueMutationVariables = Exact<{
  input: ReportSentinelClueInput;
}>;


export type ReportSentinelClueMutation = { reportSentinelClue:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'ReportSentinelClueSuccess', data: { id: string, status: SentinelClueStatus, version: number } }
   };

export type AdvanceSentinelClueMutationVariables = Exact<{
  input: AdvanceSentinelClueInput;
}>;


export type AdvanceSentinelClueMutation = { advanceSentinelClue:
    | { __typename: 'AdvanceSentinelClueSuccess', data: { id: string, status: SentinelClueStatus, feedback: string | null, feedbackOn: string | null, investigation: string | null, version: number, case: { id: string } | null, complaint: { id: string } | null } }
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'VersionConflictError', currentVersion: number }
   };

export type SentinelCluesQueryVariables = Exact<{
  pointId?: string | null | undefined;
}>;


export type SentinelCluesQuery = { sentinelClues: { edges: Array<{ node: { id: string, receivedOn: string, observed: string, place: string, status: SentinelClueStatus, investigation: string | null, feedback: string | null, feedbackOn: string | null, case: { id: string } | null, point: { id: string, name: string } } }> } };

export type SentinelClueFeedbackQueryVariables = Exact<{ [key: string]: never; }>;


export type SentinelClueFeedbackQuery = { sentinelClues: { edges: Array<{ node: { id: string, receivedOn: string, observed: string, status: SentinelClueStatus, feedback: string | null, feedbackOn: string | null, case: { id: string } | null } }> } };

export type SentinelScoringSheetsQueryVariables = Exact<{ [key: string]: never; }>;


export type SentinelScoringSheetsQuery = { sentinelScoringSheets: Array<{ code: string, name: string, totalPoints: number, passMark: number, modelMark: number, items: Array<{ code: string, text: string, points: number }> }> };

export type AssessSentinelPointMutationVariables = Exact<{
  input: AssessSentinelPointInput;
}>;


export type AssessSentinelPointMutation = { assessSentinelPoint:
    | { __typename: 'AssessSentinelPointSuccess', data: { year: number, total: number, passed: boolean, modelPoint: boolean } }
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
   };

export type UnlicensedPracticeCasesQueryVariables = Exact<{
  filter?: UnlicensedPracticeCaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UnlicensedPracticeCasesQuery = { unlicensedPracticeCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, source: string, caseNumber: string, personName: string | null, sex: Sex, documentType: PersonDocumentType | null, documentNumberMasked: boolean, place: string | null, kind: UnlicensedPracticeKind | null, openedOn: string | null, decidedOn: string | null, decisionNumber: string | null, content: string | null, fineYuan: unknown, confiscatedYuan: unknown, transferredToPolice: boolean, status: UnlicensedPracticeCaseStatus, sourceUpdatedAt: string, firstReceivedAt: string, lastReceivedAt: string | null, version: number, region: { code: string, name: string } } }> } };

export type UnlicensedPracticeCaseDocumentQueryVariables = Exact<{
  id: string;
}>;


export type UnlicensedPracticeCaseDocumentQuery = { node:
    | { __typename: 'CommitmentLetter' }
    | { __typename: 'Complaint' }
    | { __typename: 'CreditListEntry' }
    | { __typename: 'Disclosure' }
    | { __typename: 'Inspection' }
    | { __typename: 'Inspector' }
    | { __typename: 'Institution' }
    | { __typename: 'License' }
    | { __typename: 'Penalty' }
    | { __typename: 'PracticeRegistration' }
    | { __typename: 'Practitioner' }
    | { __typename: 'RandomInspectionPlan' }
    | { __typename: 'Region' }
    | { __typename: 'RegistryMatch' }
    | { __typename: 'ScoreEvent' }
    | { __typename: 'SelfInspection' }
    | { __typename: 'SentinelClue' }
    | { __typename: 'SentinelPoint' }
    | { __typename: 'UnlicensedPracticeCase', caseNumber: string, documentNumber: string | null, documentNumberMasked: boolean }
   | null };

export type RecordUnlicensedPracticeCaseMutationVariables = Exact<{
  input: RecordUnlicensedPracticeCaseInput;
}>;


export type RecordUnlicensedPracticeCaseMutation = { recordUnlicensedPracticeCase:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'RecordUnlicensedPracticeCaseSuccess', data: { id: string, source: string, caseNumber: string, documentNumberMasked: boolean, birthDate: string | null, recordedBy: string | null, version: number, seriousCircumstances: boolean, complaint: { id: string } | null, registryMatches: Array<{ id: string, kind: RegistryMatchKind, strength: MatchStrength }> } }
   };

export type UpdateUnlicensedPracticeCaseMutationVariables = Exact<{
  input: UpdateUnlicensedPracticeCaseInput;
}>;


export type UpdateUnlicensedPracticeCaseMutation = { updateUnlicensedPracticeCase:
    | { __typename: 'InvalidInputError', issues: Array<{ field: string, code: string, message: string }> }
    | { __typename: 'NotFoundError', id: string }
    | { __typename: 'UpdateUnlicensedPracticeCaseSuccess', data: { id: string, status: UnlicensedPracticeCaseStatus, version: number, seriousCircumstances: boolean, registryMatches: Array<{ id: string, kind: RegistryMatchKind, strength: MatchStrength }> } }
    | { __typename: 'VersionConflictError', currentVersion: number }
   };

export type PractitionerPersonalInformationQueryVariables = Exact<{
  id: string;
}>;


export type PractitionerPersonalInformationQuery = { node:
    | { __typename: 'CommitmentLetter' }
    | { __typename: 'Complaint' }
    | { __typename: 'CreditListEntry' }
    | { __typename: 'Disclosure' }
    | { __typename: 'Inspection' }
    | { __typename: 'Inspector' }
    | { __typename: 'Institution' }
    | { __typename: 'License' }
    | { __typename: 'Penalty' }
    | { __typename: 'PracticeRegistration' }
    | { __typename: 'Practitioner', name: string, idNumber: string | null, phone: string | null }
    | { __typename: 'RandomInspectionPlan' }
    | { __typename: 'Region' }
    | { __typename: 'RegistryMatch' }
    | { __typename: 'ScoreEvent' }
    | { __typename: 'SelfInspection' }
    | { __typename: 'SentinelClue' }
    | { __typename: 'SentinelPoint' }
    | { __typename: 'UnlicensedPracticeCase' }
   | null };

export type PractitionerSitesQueryVariables = Exact<{
  id: string;
}>;


export type PractitionerSitesQuery = { node:
    | { registrations: { edges: Array<{ node: { siteKind: SiteKind, institution: { name: string } } }> }, licenses: { edges: Array<{ node: { number: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type StaffOfInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffOfInstitutionsQuery = { institutions: { edges: Array<{ node: { id: string, registrations: { edges: Array<{ node: { practitioner: { id: string, name: string } } }> } } }> } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ node: { at: string, actor: string, role: string, apiKeyId: string | null, jurisdictions: Array<string>, operation: AuditOperation, graphqlOperation: string | null, entityType: string | null, entityIds: Array<string>, requestId: string | null } }> } };

export const CreditDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<CreditDeliveryFieldsFragment, unknown>;
export const CreditEvaluationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"recordIds"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<CreditEvaluationFieldsFragment, unknown>;
export const DisclosureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"dueByBeyondCalendar"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicUntil"}},{"kind":"Field","name":{"kind":"Name","value":"earliestRepairOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DisclosureFieldsFragment, unknown>;
export const InstitutionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"organisationCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"profitStatus"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"bedCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<InstitutionFieldsFragment, unknown>;
export const LicenseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LicenseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"License"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuingAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"validations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"deferralMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}}]}}]}}]} as unknown as DocumentNode<LicenseFieldsFragment, unknown>;
export const LicenseStatusChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LicenseStatusChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicenseStatusChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]} as unknown as DocumentNode<LicenseStatusChangeFieldsFragment, unknown>;
export const PractitionerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PractitionerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PractitionerFieldsFragment, unknown>;
export const RandomInspectionPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RandomInspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RandomInspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"populationSize"}},{"kind":"Field","name":{"kind":"Name","value":"samplingRatios"}},{"kind":"Field","name":{"kind":"Name","value":"seedMatchesCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"reproducible"}},{"kind":"Field","name":{"kind":"Name","value":"abandonment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drawInput"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrade"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notInspected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<RandomInspectionPlanFieldsFragment, unknown>;
export const PenaltyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"violationType"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"fineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"confiscatedYuan"}},{"kind":"Field","name":{"kind":"Name","value":"affectedLicenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"license"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"authorityName"}},{"kind":"Field","name":{"kind":"Name","value":"authorityUscc"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PenaltyFieldsFragment, unknown>;
export const InspectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectionResult"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InspectionFieldsFragment, unknown>;
export const ComplaintFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"substantiated"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ComplaintFieldsFragment, unknown>;
export const RegistrationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siteKind"}},{"kind":"Field","name":{"kind":"Name","value":"practiceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"practiceScope"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegistrationFieldsFragment, unknown>;
export const ScoreEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemText"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScoreEventFieldsFragment, unknown>;
export const ScoreCycleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consequences"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"resetAfter"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholdsReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"consequences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoreCycleFieldsFragment, unknown>;
export const ChangesDocument = {"__meta__":{"hash":"sha256:536360e8ab77bfb9fd21d8b6fa59f3aa18e3e713ef54cce4ebadce1f36a05983"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"record"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resumeCursor"}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const CreditOutboxDocument = {"__meta__":{"hash":"sha256:a5f3e0ab2fc8e2a5278951e33dcf09547eb6a24cc1ceb2ef4c7543c2295a2343"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditOutbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditOutbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"inDoubt"}},{"kind":"Field","name":{"kind":"Name","value":"oldestPendingSince"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditDeliveryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plugin"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<CreditOutboxQuery, CreditOutboxQueryVariables>;
export const DecisionDeliveriesDocument = {"__meta__":{"hash":"sha256:1b3b73ee958eb709ebc9b69372c7defc3e63e32696a4abb191fc231a64de5ca5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licenseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"penaltyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"license"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"License"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditDeliveryFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"penalty"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"penaltyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditDeliveryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<DecisionDeliveriesQuery, DecisionDeliveriesQueryVariables>;
export const RetryCreditDeliveryDocument = {"__meta__":{"hash":"sha256:b77293b0e205668c0b4ca49e6d663dc5222814d9171fcb53cff5f1e3ace68af4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryCreditDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryCreditDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetryCreditDeliverySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditDeliveryFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<RetryCreditDeliveryMutation, RetryCreditDeliveryMutationVariables>;
export const InstitutionCreditDocument = {"__meta__":{"hash":"sha256:c4e51ba34072d2f75032824b1936535983da3ec4a15f2c3cd33bddc5e7db1530"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditEvaluationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditEvaluationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditListEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"earliestRepairOn"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removalNote"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"recordIds"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<InstitutionCreditQuery, InstitutionCreditQueryVariables>;
export const AddCreditListEntryDocument = {"__meta__":{"hash":"sha256:bfe3451b31de6ffdc6568991008972dc0d83f76c8742beb58f46ab64318836f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCreditListEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCreditListEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCreditListEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddCreditListEntrySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"earliestRepairOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCreditListEntryMutation, AddCreditListEntryMutationVariables>;
export const RemoveCreditListEntryDocument = {"__meta__":{"hash":"sha256:baaf15338c76fafb219f4185f084b5d9e1eb06cc11d3ca6df3ac9e44c67c8f57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCreditListEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCreditListEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCreditListEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCreditListEntrySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removalNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCreditListEntryMutation, RemoveCreditListEntryMutationVariables>;
export const RecomputeCreditDocument = {"__meta__":{"hash":"sha256:b714f1478bb1943211da3167d5d60bdf0678aed280676bd325be8977b202fa93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecomputeCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recomputeCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecomputeCreditSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditEvaluationFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"recordIds"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<RecomputeCreditMutation, RecomputeCreditMutationVariables>;
export const RiskWatchlistDocument = {"__meta__":{"hash":"sha256:5b6881b91e5355961eaecb94b24e49637e35af62ccaa32fc6b15da30047a047c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskWatchlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskWatchlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]} as unknown as DocumentNode<RiskWatchlistQuery, RiskWatchlistQueryVariables>;
export const DisclosuresDocument = {"__meta__":{"hash":"sha256:dea1749d4602e99558e5092722c406bbd83a131622163c497b488bb46d9c6636"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Disclosures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"dueByBeyondCalendar"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicUntil"}},{"kind":"Field","name":{"kind":"Name","value":"earliestRepairOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DisclosuresQuery, DisclosuresQueryVariables>;
export const OverdueDisclosuresDocument = {"__meta__":{"hash":"sha256:36a9d573b0762e8814ec7fa47d894238652ee30219cb8ae3064fd220ac82045a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueDisclosures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueDisclosures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"dueByBeyondCalendar"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicUntil"}},{"kind":"Field","name":{"kind":"Name","value":"earliestRepairOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OverdueDisclosuresQuery, OverdueDisclosuresQueryVariables>;
export const PublishDisclosureDocument = {"__meta__":{"hash":"sha256:882387f18cb1616e35b8202aa0284ba249c8787a2871cabd31bb0d67d951dc4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishDisclosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishDisclosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishDisclosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishDisclosureSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"dueByBeyondCalendar"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicUntil"}},{"kind":"Field","name":{"kind":"Name","value":"earliestRepairOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PublishDisclosureMutation, PublishDisclosureMutationVariables>;
export const DiscloseRecordDocument = {"__meta__":{"hash":"sha256:2fb2ad6727a4ffc699b9b982db20867b247893de6bf801486fe6af05379963ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscloseRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscloseRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discloseRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscloseRecordSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"dueByBeyondCalendar"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicUntil"}},{"kind":"Field","name":{"kind":"Name","value":"earliestRepairOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DiscloseRecordMutation, DiscloseRecordMutationVariables>;
export const PublishAnnualSelfDisclosureDocument = {"__meta__":{"hash":"sha256:bce61f39dcdd3485b218d144c8de3e4af24d9dcc58c2ad91ff9a9bfb55cec8bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAnnualSelfDisclosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishAnnualSelfDisclosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAnnualSelfDisclosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishAnnualSelfDisclosureSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"dueByBeyondCalendar"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicUntil"}},{"kind":"Field","name":{"kind":"Name","value":"earliestRepairOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PublishAnnualSelfDisclosureMutation, PublishAnnualSelfDisclosureMutationVariables>;
export const RepairPenaltyCreditDocument = {"__meta__":{"hash":"sha256:1763c3d4ff414058297615d097f011d384e3f886612c33c99d0ac858fb34876c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RepairPenaltyCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepairPenaltyCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repairPenaltyCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RepairPenaltyCreditSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"dueByBeyondCalendar"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicUntil"}},{"kind":"Field","name":{"kind":"Name","value":"earliestRepairOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RepairPenaltyCreditMutation, RepairPenaltyCreditMutationVariables>;
export const InstitutionsDocument = {"__meta__":{"hash":"sha256:01cbdc688fa6ec52a9fedafbd5e7449170558a601d055acd2e589469328d4b5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Institutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ListOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"organisationCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"profitStatus"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"bedCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<InstitutionsQuery, InstitutionsQueryVariables>;
export const InstitutionCountDocument = {"__meta__":{"hash":"sha256:0157d981b232e02cd127b9eb0098eacbb49b270835d4a8aa75f3216d2d51341f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<InstitutionCountQuery, InstitutionCountQueryVariables>;
export const InstitutionByUsccDocument = {"__meta__":{"hash":"sha256:bcebb2777872f20b4596d77a8580d698566fdb6533fcb76e068d36773fb52b0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionByUscc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionByUscc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"organisationCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"profitStatus"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"bedCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<InstitutionByUsccQuery, InstitutionByUsccQueryVariables>;
export const InstitutionPageWithRelationsDocument = {"__meta__":{"hash":"sha256:f0b56b08bf66b141ed0ae499b088d1dd8c12ff9f15cdc5ae5e5747b4e532fb72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionPageWithRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteKind"}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"licenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"validations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"licenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"deferralMonths"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionPageWithRelationsQuery, InstitutionPageWithRelationsQueryVariables>;
export const RegisterInstitutionDocument = {"__meta__":{"hash":"sha256:6898ce9bd0fd1781a788fbf6a06cb3991d63a02f5d89135c13a3c163d05aa39d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInstitutionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"organisationCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"profitStatus"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"bedCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RegisterInstitutionMutation, RegisterInstitutionMutationVariables>;
export const UpdateInstitutionDocument = {"__meta__":{"hash":"sha256:edf8df97a19aef7f228fbc32c90416114ae66b1746d3c58c052220f32942d2c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInstitutionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"organisationCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"profitStatus"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"bedCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateInstitutionMutation, UpdateInstitutionMutationVariables>;
export const IdentifierOverrideDocument = {"__meta__":{"hash":"sha256:412ccdc17ae0ea1517a636cb0d068e93133d132ed4e179cc1d4ffe12ff6ea48d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentifierOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"identifierOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"License"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"identifierOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdentifierOverrideQuery, IdentifierOverrideQueryVariables>;
export const LicenseByNumberDocument = {"__meta__":{"hash":"sha256:4bcd9cc6c777854bd9af42d001389aac220ab1916016d7c3dca9b42585ef8839"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenseByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licenseByNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LicenseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LicenseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"License"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuingAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"validations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"deferralMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}}]}}]}}]} as unknown as DocumentNode<LicenseByNumberQuery, LicenseByNumberQueryVariables>;
export const RegisterLicenseDocument = {"__meta__":{"hash":"sha256:aeea159ac657956d605ec343e330bf49b23d21a50fbab5a93bb30f9267db2051"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterLicense"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterLicenseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerLicense"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterLicenseSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LicenseFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LicenseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"License"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuingAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"validations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"deferralMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}}]}}]}}]} as unknown as DocumentNode<RegisterLicenseMutation, RegisterLicenseMutationVariables>;
export const UpdateLicenseDocument = {"__meta__":{"hash":"sha256:574e696376b6e9bedb7c632e35ee5c5680557a495df6cd5f331b77aa820ea775"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLicense"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLicenseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLicense"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLicenseSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LicenseFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LicenseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"License"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuingAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"validations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"deferralMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}}]}}]}}]} as unknown as DocumentNode<UpdateLicenseMutation, UpdateLicenseMutationVariables>;
export const RecordLicenseValidationDocument = {"__meta__":{"hash":"sha256:b330a122c1dd11085984ebf36cfd5033dc3915e2026372c77d42bb010c7f3b48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLicenseValidation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLicenseValidationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLicenseValidation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLicenseValidationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"deferralMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"}},{"kind":"Field","name":{"kind":"Name","value":"license"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordLicenseValidationMutation, RecordLicenseValidationMutationVariables>;
export const LicenseStatusHistoryDocument = {"__meta__":{"hash":"sha256:a39b7cdc064f32c47af7f452230383197fc9dd9f7ecd8f3f7005694400a16082"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenseStatusHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"License"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LicenseStatusChangeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LicenseStatusChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicenseStatusChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]} as unknown as DocumentNode<LicenseStatusHistoryQuery, LicenseStatusHistoryQueryVariables>;
export const NodeDocument = {"__meta__":{"hash":"sha256:3ccb90ba5d9595dd7388df937817776b7b255827c9b561971436a57047e1ec55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"License"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"__meta__":{"hash":"sha256:169aba09ec16d141574e9c65bd3e94154ea9f9834c76537fe390674d3af7af7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const RegionDocument = {"__meta__":{"hash":"sha256:cae33ef86c6381f31e7ccf2dc6ec9a9fe7fbffffee058d234ed7aa92241e5727"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Region"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<RegionQuery, RegionQueryVariables>;
export const ProvincesDocument = {"__meta__":{"hash":"sha256:ed16e5ce8a0263e8f57bf63cf373f1b47f59243ae3f92971a7b0682a434cd216"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<ProvincesQuery, ProvincesQueryVariables>;
export const PluginsDocument = {"__meta__":{"hash":"sha256:a1a002eb92daa02961eea5bb419b0d45daccd243203b59f74925a3b449aa0763"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plugins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plugins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"heldQuarantinedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordsRead"}},{"kind":"Field","name":{"kind":"Name","value":"recordsWritten"}},{"kind":"Field","name":{"kind":"Name","value":"recordsUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"recordsQuarantined"}},{"kind":"Field","name":{"kind":"Name","value":"errorKind"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessfulRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PluginsQuery, PluginsQueryVariables>;
export const PluginRunsDocument = {"__meta__":{"hash":"sha256:d3735496585c36a1e5532d15984823ba94579b55dafffacf48f50162b1d9b88b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PluginRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plugin"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PluginRunStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluginRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"plugin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plugin"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plugin"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordsRead"}},{"kind":"Field","name":{"kind":"Name","value":"recordsWritten"}},{"kind":"Field","name":{"kind":"Name","value":"recordsUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"recordsQuarantined"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"}},{"kind":"Field","name":{"kind":"Name","value":"errorKind"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PluginRunsQuery, PluginRunsQueryVariables>;
export const QuarantinedRecordsDocument = {"__meta__":{"hash":"sha256:8e11f56b0411100b9c6cd8bf518485a45c848653e8d07957ff810a4e64ee3cda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuarantinedRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plugin"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuarantineStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarantinedRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"plugin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plugin"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plugin"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quarantinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuarantinedRecordsQuery, QuarantinedRecordsQueryVariables>;
export const TriggerPluginRunDocument = {"__meta__":{"hash":"sha256:92479fa1f8a799a8dbc6afd555a112a96dd738f786e3f5d7b96ac263d0b43b0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriggerPluginRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plugin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggerPluginRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"plugin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plugin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TriggerPluginRunSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plugin"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TriggerPluginRunMutation, TriggerPluginRunMutationVariables>;
export const ReleaseQuarantinedRecordDocument = {"__meta__":{"hash":"sha256:0f406f91ed6c48ac8ee186b71e6e22d77848fd72f87974d6c5d5dcf36935a121"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseQuarantinedRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseQuarantinedRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseQuarantinedRecordSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReleaseQuarantinedRecordMutation, ReleaseQuarantinedRecordMutationVariables>;
export const DiscardQuarantinedRecordDocument = {"__meta__":{"hash":"sha256:1a33c0cdf7ddf699e7292b8c38b9abcd3286eadaac016be28be9143e11df5b6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardQuarantinedRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardQuarantinedRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscardQuarantinedRecordSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DiscardQuarantinedRecordMutation, DiscardQuarantinedRecordMutationVariables>;
export const PractitionersDocument = {"__meta__":{"hash":"sha256:1c0a7acda867ced9f241008df1f8e12498ab5ea9c149447377bc7123fcd214f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Practitioners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PractitionerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ListOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practitioners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PractitionerFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PractitionerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PractitionersQuery, PractitionersQueryVariables>;
export const PractitionerByCertificateNumberDocument = {"__meta__":{"hash":"sha256:e21b1082b8d86253e1dc3019d4e6f64962794fa51708afd2f720b1aa889bbf3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PractitionerByCertificateNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practitionerByCertificateNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PractitionerFields"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteKind"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"licenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PractitionerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PractitionerByCertificateNumberQuery, PractitionerByCertificateNumberQueryVariables>;
export const RegisterPractitionerDocument = {"__meta__":{"hash":"sha256:b25c90a70f167d3b1547732d2100ea626ce571dac5eea9bdb68c1dcd402dd1e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPractitioner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPractitionerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPractitioner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPractitionerSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PractitionerFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PractitionerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RegisterPractitionerMutation, RegisterPractitionerMutationVariables>;
export const UpdatePractitionerDocument = {"__meta__":{"hash":"sha256:b08b11d1fe205e6d2ca3741e3bc3beee3a1b7ea2147da4706c36ea9ad8c9adf9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePractitioner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePractitionerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePractitioner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePractitionerSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PractitionerFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PractitionerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdatePractitionerMutation, UpdatePractitionerMutationVariables>;
export const CreateRandomInspectionPlanDocument = {"__meta__":{"hash":"sha256:ed6a86aff33543f3b7b72fe580cca33cd9f6fe78d72589bf1de67fd32f554614"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRandomInspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRandomInspectionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRandomInspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRandomInspectionPlanSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RandomInspectionPlanFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RandomInspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RandomInspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"populationSize"}},{"kind":"Field","name":{"kind":"Name","value":"samplingRatios"}},{"kind":"Field","name":{"kind":"Name","value":"seedMatchesCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"reproducible"}},{"kind":"Field","name":{"kind":"Name","value":"abandonment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drawInput"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrade"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notInspected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRandomInspectionPlanMutation, CreateRandomInspectionPlanMutationVariables>;
export const DrawRandomInspectionPlanDocument = {"__meta__":{"hash":"sha256:3ae7922d57cf8e0777264a20df887a255f3b2a72495c2bc726ec576ce0904112"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrawRandomInspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DrawRandomInspectionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawRandomInspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrawRandomInspectionPlanSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RandomInspectionPlanFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RandomInspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RandomInspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"populationSize"}},{"kind":"Field","name":{"kind":"Name","value":"samplingRatios"}},{"kind":"Field","name":{"kind":"Name","value":"seedMatchesCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"reproducible"}},{"kind":"Field","name":{"kind":"Name","value":"abandonment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drawInput"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrade"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notInspected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<DrawRandomInspectionPlanMutation, DrawRandomInspectionPlanMutationVariables>;
export const AbandonRandomInspectionPlanDocument = {"__meta__":{"hash":"sha256:d3db0eaceb922a476f9302936e6d09990099f6b6c568bb8876af8a737c087ca0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AbandonRandomInspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AbandonRandomInspectionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abandonRandomInspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AbandonRandomInspectionPlanSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RandomInspectionPlanFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RandomInspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RandomInspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"populationSize"}},{"kind":"Field","name":{"kind":"Name","value":"samplingRatios"}},{"kind":"Field","name":{"kind":"Name","value":"seedMatchesCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"reproducible"}},{"kind":"Field","name":{"kind":"Name","value":"abandonment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drawInput"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrade"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notInspected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<AbandonRandomInspectionPlanMutation, AbandonRandomInspectionPlanMutationVariables>;
export const RecordTargetNotInspectedDocument = {"__meta__":{"hash":"sha256:023a98b70284807c0b3e384138b84dfc71db36fea16c468d8842c7ed62851a52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTargetNotInspected"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTargetNotInspectedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTargetNotInspected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTargetNotInspectedSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notInspected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordTargetNotInspectedMutation, RecordTargetNotInspectedMutationVariables>;
export const RandomInspectionPlansDocument = {"__meta__":{"hash":"sha256:cf3b5e572199aff093dd3915a9250d5c05dbc2e3ce4914ffb67ba5667abcdbeb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RandomInspectionPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"randomInspectionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"populationSize"}},{"kind":"Field","name":{"kind":"Name","value":"abandonment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RandomInspectionPlansQuery, RandomInspectionPlansQueryVariables>;
export const RandomInspectionPlanDocument = {"__meta__":{"hash":"sha256:a07af9cd3728c1c40107030ee2a4d49fcd800fe053069c13ba9481712ece82e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RandomInspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RandomInspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RandomInspectionPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RandomInspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RandomInspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"populationSize"}},{"kind":"Field","name":{"kind":"Name","value":"samplingRatios"}},{"kind":"Field","name":{"kind":"Name","value":"seedMatchesCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"reproducible"}},{"kind":"Field","name":{"kind":"Name","value":"abandonment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drawInput"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrade"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notInspected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<RandomInspectionPlanQuery, RandomInspectionPlanQueryVariables>;
export const RecordPenaltyDocument = {"__meta__":{"hash":"sha256:b8c1c72e038a3ade1c6eed51b46d81afc9a8004bc412d756b75512bf22771319"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPenalty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPenaltyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPenalty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPenaltySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"violationType"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"fineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"confiscatedYuan"}},{"kind":"Field","name":{"kind":"Name","value":"affectedLicenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"license"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"authorityName"}},{"kind":"Field","name":{"kind":"Name","value":"authorityUscc"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordPenaltyMutation, RecordPenaltyMutationVariables>;
export const RevokePenaltyDocument = {"__meta__":{"hash":"sha256:7cc8bcca3defdfc0aec49fe4a46435fa3a0a33060aeaf818c0f2f28e3edf4843"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokePenalty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokePenaltyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePenalty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RevokePenaltySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"violationType"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"fineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"confiscatedYuan"}},{"kind":"Field","name":{"kind":"Name","value":"affectedLicenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"license"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"authorityName"}},{"kind":"Field","name":{"kind":"Name","value":"authorityUscc"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RevokePenaltyMutation, RevokePenaltyMutationVariables>;
export const PenaltiesDocument = {"__meta__":{"hash":"sha256:770155b80abedd90caa5c52dc336aeaa3200410acd832155c89cf8f3987ba70c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Penalties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penalties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"violationType"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"fineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"confiscatedYuan"}},{"kind":"Field","name":{"kind":"Name","value":"affectedLicenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"license"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"authorityName"}},{"kind":"Field","name":{"kind":"Name","value":"authorityUscc"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PenaltiesQuery, PenaltiesQueryVariables>;
export const RegisterInspectorDocument = {"__meta__":{"hash":"sha256:ef28ef585a29c9d54cb74de244be1583fd70add1262d3058953c8f3368345a70"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterInspector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInspectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerInspector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInspectorSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterInspectorMutation, RegisterInspectorMutationVariables>;
export const RecordInspectorConflictDocument = {"__meta__":{"hash":"sha256:dc67ad210743a60643b08d8ac832db05695fb0eb67bd144cd950d5cb083a37ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspectorConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectorConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspectorConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectorConflictSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordInspectorConflictMutation, RecordInspectorConflictMutationVariables>;
export const RecordInspectionDocument = {"__meta__":{"hash":"sha256:c8659e7835f1b4e771bd9a88cd1ee98db4e438513273f1dac5b5692b3cc188da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectionResult"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordInspectionMutation, RecordInspectionMutationVariables>;
export const RecordReinspectionDocument = {"__meta__":{"hash":"sha256:e757f687de333fce677fea9e1158371049ee5c78eea4429e9315cb29dbc4bf7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReinspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReinspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReinspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReinspectionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectionResult"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordReinspectionMutation, RecordReinspectionMutationVariables>;
export const ReceiveComplaintDocument = {"__meta__":{"hash":"sha256:4d86d78d1654caf362362e1622d2add61313f3332d896c4d1e7bc130c5729b20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveComplaintSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"substantiated"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReceiveComplaintMutation, ReceiveComplaintMutationVariables>;
export const AdvanceComplaintDocument = {"__meta__":{"hash":"sha256:b9b5c742eb3a6397dd19edeb4adafea54c8fcc2ef0ad32f39848505ab2104624"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceComplaintSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"substantiated"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdvanceComplaintMutation, AdvanceComplaintMutationVariables>;
export const RecordSelfInspectionDocument = {"__meta__":{"hash":"sha256:f9a6864526cfaa8b6048b045647ab4fdbdc31d9fa5ebf346a5bf11e748b1f7f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSelfInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSelfInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSelfInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSelfInspectionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"problemsFound"}},{"kind":"Field","name":{"kind":"Name","value":"problemsRectified"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordSelfInspectionMutation, RecordSelfInspectionMutationVariables>;
export const RecordCommitmentLetterDocument = {"__meta__":{"hash":"sha256:f1e3e115bbe32d08e907493e14a2c30a0155bc88f15c996a3f8e036ac45d738d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCommitmentLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCommitmentLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommitmentLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCommitmentLetterSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"breachedOn"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordCommitmentLetterMutation, RecordCommitmentLetterMutationVariables>;
export const RecordCommitmentBreachDocument = {"__meta__":{"hash":"sha256:77fe3d14c4a016c9315da96ba1d225bce87d2bf59ee635112876eb7f1ee56bcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCommitmentBreach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCommitmentBreachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommitmentBreach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCommitmentBreachSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"breachedOn"}},{"kind":"Field","name":{"kind":"Name","value":"breachNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCommitmentBreachMutation, RecordCommitmentBreachMutationVariables>;
export const InstitutionRecordsDocument = {"__meta__":{"hash":"sha256:3e67c350ef4cd8c8f70ff85ce17eb5c3f01c016614b4605f131ecb921fb8b5e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfInspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitmentLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionRecordsQuery, InstitutionRecordsQueryVariables>;
export const RegisterPracticeRegistrationDocument = {"__meta__":{"hash":"sha256:37530d682c20b3154df5f1983d3d251d0ba768502c9f4f9349fffcede40ef5da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPracticeRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPracticeRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPracticeRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPracticeRegistrationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siteKind"}},{"kind":"Field","name":{"kind":"Name","value":"practiceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"practiceScope"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegisterPracticeRegistrationMutation, RegisterPracticeRegistrationMutationVariables>;
export const UpdatePracticeRegistrationDocument = {"__meta__":{"hash":"sha256:7135b2ad66f80b99a5ac36868f5497aebe97d6a86898fc4aa75774cdfa5c891e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePracticeRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePracticeRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePracticeRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePracticeRegistrationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siteKind"}},{"kind":"Field","name":{"kind":"Name","value":"practiceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"practiceScope"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdatePracticeRegistrationMutation, UpdatePracticeRegistrationMutationVariables>;
export const InstitutionRegistrationsDocument = {"__meta__":{"hash":"sha256:fcfe74c76776f7d8843289d63369fb34b6e609433d51bf8064f183dcbf9d5422"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siteKind"}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionRegistrationsQuery, InstitutionRegistrationsQueryVariables>;
export const RegistryMatchesDocument = {"__meta__":{"hash":"sha256:2644f231fb7735da0a62ef467de45f2c0281f604eaec28744a06afc3d27b241b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryMatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registryMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegistryMatchesQuery, RegistryMatchesQueryVariables>;
export const RegistryMatchNodeDocument = {"__meta__":{"hash":"sha256:4cdcda58fed5dae48e3422ab7b63dc67da35aa9604b2b12f6e7dd75e9eb50e46"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryMatchNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegistryMatchNodeQuery, RegistryMatchNodeQueryVariables>;
export const ReviewRegistryMatchDocument = {"__meta__":{"hash":"sha256:f964f7b6f76eab10264bf070589774a7ff6cccbd9807f417d2be99b96430153d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewRegistryMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewRegistryMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewRegistryMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewRegistryMatchSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewRegistryMatchMutation, ReviewRegistryMatchMutationVariables>;
export const RematchRegistryDocument = {"__meta__":{"hash":"sha256:4a07294bfe6e3549778e4ab5df40064a34918648500cd895248a29bd385c68ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RematchRegistry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rematchRegistry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RematchRegistrySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RematchRegistryMutation, RematchRegistryMutationVariables>;
export const SeriousCasesDocument = {"__meta__":{"hash":"sha256:961b571bdaaaa94c3ffe4357a36dca6b4653d7b82afd75d8a50466616b42cb3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeriousCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seriousCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"transferredToPolice"}},{"kind":"Field","name":{"kind":"Name","value":"seriousCircumstances"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingPoliceTransfer"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeriousCasesQuery, SeriousCasesQueryVariables>;
export const CaseSeriousnessDocument = {"__meta__":{"hash":"sha256:6efbb9a05bf9e2613b1a60a3d8471757c10a064f5f7356e68d2a78ef8f2319c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseSeriousness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlicensedPracticeCaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlicensedPracticeCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferredToPolice"}},{"kind":"Field","name":{"kind":"Name","value":"seriousCircumstances"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingPoliceTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"priorPenalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registryMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseSeriousnessQuery, CaseSeriousnessQueryVariables>;
export const RegistryMatchingStatusDocument = {"__meta__":{"hash":"sha256:9e4e0cfa8e8dad744c7321b073ac95df0456da0c4b8c68e3145da2758e948e1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryMatchingStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registryMatchingStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<RegistryMatchingStatusQuery, RegistryMatchingStatusQueryVariables>;
export const ScoreRuleSetsDocument = {"__meta__":{"hash":"sha256:9bea652d64c301ef969b7314c3e5061b3df4eca88d4131b42b98fe8e224a7489"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoreRuleSets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreRuleSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictionCode"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"perUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"resetOnValidationPass"}},{"kind":"Field","name":{"kind":"Name","value":"appliesToValidationPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"consequences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoreRuleSetsQuery, ScoreRuleSetsQueryVariables>;
export const SubjectScoreStatusDocument = {"__meta__":{"hash":"sha256:77482a936426b698b4222d291741990a75eed25d1a25f1f096cf956b0eed1ea4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectScoreStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreCycleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreCycleFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreCycleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreCycleFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consequences"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"resetAfter"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholdsReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"consequences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubjectScoreStatusQuery, SubjectScoreStatusQueryVariables>;
export const InstitutionsWithScoresDocument = {"__meta__":{"hash":"sha256:0a16d65f1d97321bb1882d90b62f34e4cf8c2a79f13048e8c080f7afb28ce6ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionsWithScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scoreStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consequences"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionsWithScoresQuery, InstitutionsWithScoresQueryVariables>;
export const PublishScoreRuleSetDocument = {"__meta__":{"hash":"sha256:2df17dc3daf41f2d1c8cc5d1da644355d99ab548aad03cd37d919d251c737817"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishScoreRuleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishScoreRuleSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishScoreRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishScoreRuleSetSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishScoreRuleSetMutation, PublishScoreRuleSetMutationVariables>;
export const RecordScoreEventDocument = {"__meta__":{"hash":"sha256:d95b297fbee1eb887cb82b52b06c382d53287eaa85e36055f05c2aa2a3d0be10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordScoreEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordScoreEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordScoreEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordScoreEventSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEventFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemText"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordScoreEventMutation, RecordScoreEventMutationVariables>;
export const FileScoreAppealDocument = {"__meta__":{"hash":"sha256:d0e56afe0090c960b7cdec59719fbb7f9f4530a0df8ce8fbcba94f559a282090"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileScoreAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileScoreAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileScoreAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileScoreAppealSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEventFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemText"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FileScoreAppealMutation, FileScoreAppealMutationVariables>;
export const DecideScoreAppealDocument = {"__meta__":{"hash":"sha256:07461b98f6af4c41d7294d83451949fe2ed402023e0d56efd09c5222e779eabe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideScoreAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideScoreAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideScoreAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecideScoreAppealSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreEventFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemText"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DecideScoreAppealMutation, DecideScoreAppealMutationVariables>;
export const RegisterSentinelPointDocument = {"__meta__":{"hash":"sha256:579f5ea93d8b931c134fab32d3c57324201d8868f7525e58a9c8037321df9833"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSentinelPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSentinelPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSentinelPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSentinelPointSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterSentinelPointMutation, RegisterSentinelPointMutationVariables>;
export const SentinelPointsDocument = {"__meta__":{"hash":"sha256:9c6a8465a8232fcab36911699af1da34434d9e5412b37e39df656b5791afc9fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentinelPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentinelPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"activeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"activeUntil"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"modelPoint"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SentinelPointsQuery, SentinelPointsQueryVariables>;
export const ReportSentinelClueDocument = {"__meta__":{"hash":"sha256:5ef1b149e9302b5194b0b990a6d4ee42dbbc975e5626322566f650a1d8e614a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportSentinelClue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSentinelClueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportSentinelClue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSentinelClueSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportSentinelClueMutation, ReportSentinelClueMutationVariables>;
export const AdvanceSentinelClueDocument = {"__meta__":{"hash":"sha256:fac5e287482bc66c4c2bf4662549b727d294815792fa3351fac4528d08a851d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceSentinelClue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceSentinelClueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceSentinelClue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceSentinelClueSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOn"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AdvanceSentinelClueMutation, AdvanceSentinelClueMutationVariables>;
export const SentinelCluesDocument = {"__meta__":{"hash":"sha256:36bd295e879d6fa690b07561e9e3babb8ad2fb237e443cba37fcf0cf2ef9947f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentinelClues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pointId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentinelClues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOn"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SentinelCluesQuery, SentinelCluesQueryVariables>;
export const SentinelClueFeedbackDocument = {"__meta__":{"hash":"sha256:fca754a2ff89a33b9057018f1d22b810f8e23cbaf8a18b0ba89702caa2a5d47c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentinelClueFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentinelClues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOn"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SentinelClueFeedbackQuery, SentinelClueFeedbackQueryVariables>;
export const SentinelScoringSheetsDocument = {"__meta__":{"hash":"sha256:9cb3e6fe0ab240c4f61a539649e49d6c94f8131c763c4bf5ced6cf76f94b2ad7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentinelScoringSheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentinelScoringSheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"modelMark"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<SentinelScoringSheetsQuery, SentinelScoringSheetsQueryVariables>;
export const AssessSentinelPointDocument = {"__meta__":{"hash":"sha256:264292db52a6a5251e41a0c833885f02afa272646e2437afb5fb6b54b208b511"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessSentinelPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessSentinelPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessSentinelPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessSentinelPointSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"modelPoint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessSentinelPointMutation, AssessSentinelPointMutationVariables>;
export const UnlicensedPracticeCasesDocument = {"__meta__":{"hash":"sha256:3e28386baea652e92a82bc2835b5a6f2527982b310ae97fa126882db8b939160"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnlicensedPracticeCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlicensedPracticeCaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlicensedPracticeCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"fineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"confiscatedYuan"}},{"kind":"Field","name":{"kind":"Name","value":"transferredToPolice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnlicensedPracticeCasesQuery, UnlicensedPracticeCasesQueryVariables>;
export const UnlicensedPracticeCaseDocumentDocument = {"__meta__":{"hash":"sha256:7cbce429c1061c05fb7f1e1c331c75d1c567defaf2ff9c098b253b78afb4e002"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnlicensedPracticeCaseDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnlicensedPracticeCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumberMasked"}}]}}]}}]}}]} as unknown as DocumentNode<UnlicensedPracticeCaseDocumentQuery, UnlicensedPracticeCaseDocumentQueryVariables>;
export const RecordUnlicensedPracticeCaseDocument = {"__meta__":{"hash":"sha256:ce227219f3ff94b75c5fd95184f10fba759fe36f0f25fa0f780b092e344e041c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordUnlicensedPracticeCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordUnlicensedPracticeCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordUnlicensedPracticeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordUnlicensedPracticeCaseSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriousCircumstances"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registryMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordUnlicensedPracticeCaseMutation, RecordUnlicensedPracticeCaseMutationVariables>;
export const UpdateUnlicensedPracticeCaseDocument = {"__meta__":{"hash":"sha256:5d25dde286d55ec1bbb20a74feff04b8e1787336cd006847ea93b07f9aa38196"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUnlicensedPracticeCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUnlicensedPracticeCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUnlicensedPracticeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUnlicensedPracticeCaseSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriousCircumstances"}},{"kind":"Field","name":{"kind":"Name","value":"registryMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUnlicensedPracticeCaseMutation, UpdateUnlicensedPracticeCaseMutationVariables>;
export const PractitionerPersonalInformationDocument = {"__meta__":{"hash":"sha256:a6afa75a9b7be9333ef44d4279e6abde30420b400f5048eae8c871a26a10b2b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PractitionerPersonalInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<PractitionerPersonalInformationQuery, PractitionerPersonalInformationQueryVariables>;
export const PractitionerSitesDocument = {"__meta__":{"hash":"sha256:4d423f622e045a6f5b9c8ca12e63dff8cba7433441659a47e36088f6087fc072"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PractitionerSites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practitioner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteKind"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"licenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PractitionerSitesQuery, PractitionerSitesQueryVariables>;
export const StaffOfInstitutionsDocument = {"__meta__":{"hash":"sha256:0e1408a8639378d3ed2169961b09ad9de9618bb4b2d82bf8f58aea4b61739b72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffOfInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffOfInstitutionsQuery, StaffOfInstitutionsQueryVariables>;
export const AuditLogDocument = {"__meta__":{"hash":"sha256:2d50247b037aea5a83d13f97777aa117f7a4c6a89d952249b010970f1d31d5db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"graphqlOperation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;