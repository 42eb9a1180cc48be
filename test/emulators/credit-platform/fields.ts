/**
 * The two record kinds as the contract lists them: every field's Chinese name (used in error
 * messages), which are required, and which carry codes, dates, USCCs or amounts.
 */
export type RecordKind = 'xzxk' | 'xzcf';

export const ORGANISATION = '法人及非法人组织';
export const NATURAL_PERSON = '自然人';
export const SUBJECT_CATEGORIES = [ORGANISATION, NATURAL_PERSON, '个体工商户'];

export const LICENSE_CATEGORIES = ['普通', '特许', '认可', '核准', '登记', '其他'];
export const LICENSE_STATES = ['1', '2'];
export const PENALTY_CATEGORIES = [
  '警告', '通报批评', '罚款', '没收违法所得', '没收非法财物', '暂扣许可证件', '降低资质等级',
  '吊销许可证件', '限制开展生产经营活动', '责令停产停业', '责令关闭', '限制从业', '行政拘留', '其他',
];
export const WITHDRAWAL_REASONS = ['决定撤销', '信用修复', '公示期满'];

/** The subject's fields, named per kind: the contract gives CF "as in XK". */
export interface SubjectFields {
  name: string;
  category: string;
  uscc: string;
  legalRepresentative: string;
  idType: string;
  idNumber: string;
}

export interface KindRules {
  labels: Record<string, string>;
  required: string[];
  subject: SubjectFields;
  /** Code-list fields; `multiple` ones hold several codes joined by `;`. */
  codes: Record<string, { values: string[]; multiple: boolean }>;
  dates: string[];
  usccs: string[];
  amounts: string[];
}

const XK: KindRules = {
  labels: {
    ID: '数据唯一标识', XK_XDR_MC: '行政相对人名称', XK_XDR_LB: '行政相对人类别', XK_XDR_SHXYM: '统一社会信用代码',
    XK_FRDB: '法定代表人', XK_XDR_ZJLX: '证件类型', XK_XDR_ZJHM: '证件号码', XK_XKWS: '许可决定文书名称',
    XK_WSH: '许可决定文书号', XK_XKLB: '许可类别', XK_XKZS: '许可证书名称', XK_XKBH: '许可编号', XK_NR: '许可内容',
    XK_JDRQ: '许可决定日期', XK_YXQZ: '有效期自', XK_YXQZI: '有效期至', XK_XKJG: '许可机关',
    XK_XKJGDM: '许可机关统一社会信用代码', XK_ZT: '当前状态', XK_LYDW: '数据来源单位',
    XK_LYDWDM: '数据来源单位统一社会信用代码', BZ: '备注',
  },
  required: [
    'ID', 'XK_XDR_MC', 'XK_XDR_LB', 'XK_XKWS', 'XK_WSH', 'XK_XKLB', 'XK_NR', 'XK_JDRQ', 'XK_YXQZ', 'XK_YXQZI',
    'XK_XKJG', 'XK_XKJGDM', 'XK_ZT', 'XK_LYDW', 'XK_LYDWDM',
  ],
  subject: { name: 'XK_XDR_MC', category: 'XK_XDR_LB', uscc: 'XK_XDR_SHXYM', legalRepresentative: 'XK_FRDB', idType: 'XK_XDR_ZJLX', idNumber: 'XK_XDR_ZJHM' },
  codes: {
    XK_XDR_LB: { values: SUBJECT_CATEGORIES, multiple: false },
    XK_XKLB: { values: LICENSE_CATEGORIES, multiple: false },
    XK_ZT: { values: LICENSE_STATES, multiple: false },
  },
  dates: ['XK_JDRQ', 'XK_YXQZ', 'XK_YXQZI'],
  usccs: ['XK_XDR_SHXYM', 'XK_XKJGDM', 'XK_LYDWDM'],
  amounts: [],
};

const CF: KindRules = {
  labels: {
    ID: '数据唯一标识', CF_XDR_MC: '行政相对人名称', CF_XDR_LB: '行政相对人类别', CF_XDR_SHXYM: '统一社会信用代码',
    CF_FRDB: '法定代表人', CF_XDR_ZJLX: '证件类型', CF_XDR_ZJHM: '证件号码', CF_WSH: '行政处罚决定书文号',
    CF_WFXW: '违法行为类型', CF_SY: '违法事实', CF_YJ: '处罚依据', CF_CFLB: '处罚类别', CF_NR: '处罚内容',
    CF_NR_FK: '罚款金额（万元）', CF_NR_WFFF: '没收违法所得、没收非法财物的金额（万元）', CF_NR_ZKDX: '暂扣或吊销证照名称及编号',
    CF_JDRQ: '处罚决定日期', CF_YXQ: '处罚有效期', CF_GSJZQ: '公示截止期', CF_CFJG: '处罚机关',
    CF_CFJGDM: '处罚机关统一社会信用代码', CF_SJLY: '数据来源单位', CF_SJLYDM: '数据来源单位统一社会信用代码', BZ: '备注',
  },
  required: [
    'ID', 'CF_XDR_MC', 'CF_XDR_LB', 'CF_WSH', 'CF_WFXW', 'CF_SY', 'CF_YJ', 'CF_CFLB', 'CF_NR', 'CF_JDRQ', 'CF_YXQ',
    'CF_GSJZQ', 'CF_CFJG', 'CF_CFJGDM', 'CF_SJLY', 'CF_SJLYDM',
  ],
  subject: { name: 'CF_XDR_MC', category: 'CF_XDR_LB', uscc: 'CF_XDR_SHXYM', legalRepresentative: 'CF_FRDB', idType: 'CF_XDR_ZJLX', idNumber: 'CF_XDR_ZJHM' },
  codes: {
    CF_XDR_LB: { values: SUBJECT_CATEGORIES, multiple: false },
    CF_CFLB: { values: PENALTY_CATEGORIES, multiple: true },
  },
  dates: ['CF_JDRQ', 'CF_YXQ', 'CF_GSJZQ'],
  usccs: ['CF_XDR_SHXYM', 'CF_CFJGDM', 'CF_SJLYDM'],
  amounts: ['CF_NR_FK', 'CF_NR_WFFF'],
};

export const RULES: Record<RecordKind, KindRules> = { xzxk: XK, xzcf: CF };

/** The ID-card types whose number is checked against GB 11643 (the contract lists no code table). */
export const RESIDENT_ID_CARD_TYPES = ['身份证', '居民身份证'];
