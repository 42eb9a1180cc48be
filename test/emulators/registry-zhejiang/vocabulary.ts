/** Words the generator draws from: real Zhejiang counties (GB/T 2260, current codes) and common names. */

export interface County {
  code: string;
  city: string;
  county: string;
  /** The one-character abbreviation a city's decision numbers start with. */
  short: string;
}

export const COUNTIES: readonly County[] = [
  { code: '330102', city: '杭州市', county: '上城区', short: '杭' },
  { code: '330105', city: '杭州市', county: '拱墅区', short: '杭' },
  { code: '330106', city: '杭州市', county: '西湖区', short: '杭' },
  { code: '330108', city: '杭州市', county: '滨江区', short: '杭' },
  { code: '330109', city: '杭州市', county: '萧山区', short: '杭' },
  { code: '330110', city: '杭州市', county: '余杭区', short: '杭' },
  { code: '330122', city: '杭州市', county: '桐庐县', short: '杭' },
  { code: '330203', city: '宁波市', county: '海曙区', short: '甬' },
  { code: '330212', city: '宁波市', county: '鄞州区', short: '甬' },
  { code: '330281', city: '宁波市', county: '余姚市', short: '甬' },
  { code: '330302', city: '温州市', county: '鹿城区', short: '温' },
  { code: '330381', city: '温州市', county: '瑞安市', short: '温' },
  { code: '330402', city: '嘉兴市', county: '南湖区', short: '嘉' },
  { code: '330502', city: '湖州市', county: '吴兴区', short: '湖' },
  { code: '330602', city: '绍兴市', county: '越城区', short: '绍' },
  { code: '330702', city: '金华市', county: '婺城区', short: '金' },
  { code: '330782', city: '金华市', county: '义乌市', short: '金' },
  { code: '330802', city: '衢州市', county: '柯城区', short: '衢' },
  { code: '330902', city: '舟山市', county: '定海区', short: '舟' },
  { code: '331002', city: '台州市', county: '椒江区', short: '台' },
  { code: '331102', city: '丽水市', county: '莲都区', short: '丽' },
];

export const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾沈叶蒋潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文'];
export const GIVEN_NAME_CHARACTERS = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国辉玲红林燕鹏飞俊波宇浩婷欣晨轩怡佳琳雪梅云峰斌毅喆堃婧珺赟'];

/** Names written with the middle dot (·), as Uyghur and other names are. */
export const DOTTED_NAMES: readonly { name: string; male: boolean }[] = [
  { name: '买买提·艾力', male: true },
  { name: '阿不都·热合曼', male: true },
  { name: '艾尔肯·吐尔逊', male: true },
  { name: '古丽·买买提', male: false },
  { name: '阿依努尔·艾山', male: false },
];

/** Characters outside GBK (CJK extension B and later) that appear in real names: a UTF-8 file can carry them, a GBK one cannot. */
export const BEYOND_GBK_NAME_CHARACTERS = ['𬱖', '𬘭', '𠮷'];

export const STREETS = ['解放路', '延安路', '中山路', '人民路', '建设路', '文化路', '新华路', '环城东路', '学院路', '凤起路', '庆春路', '江南大道', '体育场路', '车站路'];
export const PREMISES = ['出租房内', '棋牌室内', '美容院', '足浴店', '小区车库', '农贸市场旁', '民房一楼', '养生馆', '诊所后门'];
export const SHOP_NAMES = ['康乐', '仁和', '百草堂', '美丽人生', '颐和', '正骨'];

/** Kinds, each repeated by its weight: unlicensed practice is by far the most common. */
export const WEIGHTED_KINDS = ['无证行医', '无证行医', '无证行医', '无证行医', '无证行医', '非医师行医', '非医师行医', '超范围执业', '超范围执业', '非法医疗美容', '非法采供血'];

export const FINES_YUAN = [1000, 2000, 3000, 5000, 8000, 10000, 20000, 30000, 50000, 80000, 100000, 150000, 1234.5, 2680.8];

export const EXTRA_PENALTIES = ['没收药品、器械', '没收违法所得', '责令停止执业活动', '没收违法所得及药品器械'];
