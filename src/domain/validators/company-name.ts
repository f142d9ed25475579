import { toHalfWidth } from './normalize';

// The 34 provincial-level divisions, as companies write them, followed by the cities whose names most often
// lead a registered company name (行政区划 + 字号 + 行业 + 组织形式).
const PROVINCES = (
  '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 ' +
  '广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门'
).split(' ');
const CITIES = (
  '深圳 广州 杭州 成都 南京 武汉 西安 苏州 长沙 郑州 东莞 青岛 沈阳 宁波 昆明 合肥 佛山 福州 ' +
  '厦门 济南 大连 哈尔滨 长春 石家庄 南宁 南昌 贵阳 太原 兰州 乌鲁木齐 呼和浩特 银川 西宁 拉萨 ' +
  '海口 三亚 无锡 常州 南通 徐州 温州 绍兴 嘉兴 金华 台州 泉州 珠海 中山 惠州 汕头 烟台 潍坊 ' +
  '洛阳 唐山 保定 扬州 芜湖 临沂 济宁 盐城 泰州 镇江 湖州 漳州 江门 湛江 桂林 柳州 遵义 绵阳 ' +
  '宜昌 襄阳 赣州 九江 包头 鄂尔多斯 大庆 廊坊 邯郸 沧州 秦皇岛'
).split(' ');
// Longest first, so 广西壮族自治区 wins over 广西 and 市 is not left behind. 市政/市场 are words, not a suffix.
const REGION_SUFFIX = '(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市(?![政场]))?';
const REGION_NAMES = [...PROVINCES, ...CITIES].sort((a, b) => b.length - a.length).join('|');
const REGION = `(?:${REGION_NAMES})${REGION_SUFFIX}`;
// A bracketed place never belongs to the trade name: 字节跳动科技(北京)有限公司, 阿里巴巴(中国)网络技术有限公司.
const BRACKETED_REGION = new RegExp(`[(\\[【〔]\\s*(?:${REGION}|中国)\\s*[)\\]】〕]`, 'gu');
const LEADING_REGION = new RegExp(`^${REGION}`, 'u');
const TRAILING_REGION = new RegExp(`${REGION}$`, 'u');
const PUNCTUATION_AND_SPACE = /[\p{P}\p{S}\p{Z}\s]+/gu;

// Longest first: 集团有限公司 must go whole, not leave 集团 to chance. Run to a fixed point, so 有限公司上海分公司
// loses 分公司, then 上海, then 有限公司.
const LEGAL_FORMS = (
  '集团股份有限公司 集团有限责任公司 个人独资企业 集团有限公司 股份有限公司 有限责任公司 ' +
  '普通合伙 有限合伙 合伙企业 有限公司 分公司 总公司 工作室 事务所 公司 集团 股份'
).split(' ');

/**
 * A place name is only stripped when at least this many characters remain: in 北京银行 or 四川航空 the place
 * is part of the trade name, and stripping it would make every bank or airline look like a duplicate.
 */
const MIN_CORE_AFTER_REGION = 3;
const MIN_CONTAINED_LENGTH = 4;

/**
 * Reduces a company name to its distinctive core for duplicate detection: 北京字节跳动科技有限公司 and
 * 字节跳动科技（北京）有限公司 both become 字节跳动科技. The industry word (科技, 咨询…) is kept: it tells
 * 字节跳动科技 from 字节跳动教育. Latin letters are lower-cased.
 */
export function comparableCompanyName(name: string): string {
  let core = toHalfWidth(name).replace(BRACKETED_REGION, '').replace(PUNCTUATION_AND_SPACE, '').toLowerCase();
  for (let changed = true; changed;) {
    const before = core;
    core = stripLegalForm(core);
    core = stripRegion(core, TRAILING_REGION);
    changed = core !== before;
  }
  return stripRegion(core, LEADING_REGION);
}

function stripLegalForm(core: string): string {
  const form = LEGAL_FORMS.find((f) => core.endsWith(f) && core.length > f.length);
  return form === undefined ? core : core.slice(0, -form.length);
}

function stripRegion(core: string, pattern: RegExp): string {
  const rest = core.replace(pattern, '');
  return rest !== core && [...rest].length >= MIN_CORE_AFTER_REGION ? rest : core;
}

/**
 * Whether two names probably denote the same company: equal cores, or one core inside the other when the
 * shorter has at least four characters (字节跳动 inside 字节跳动科技; 华为 alone is too short to be sure).
 */
export function similarCompanyNames(a: string, b: string): boolean {
  const ca = comparableCompanyName(a);
  const cb = comparableCompanyName(b);
  if (ca === '' || cb === '') return false;
  if (ca === cb) return true;
  const [shorter, longer] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  return [...shorter].length >= MIN_CONTAINED_LENGTH && longer.includes(shorter);
}
