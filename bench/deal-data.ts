// Word lists for bench/generate-deals.ts: what a Chinese SME sells, delivers and invoices in stages. Shares are rough
// guesses at such a business (most deals are software, services and equipment of a few hundred thousand yuan).
import { Weighted, type Random } from './customer-data';

const table = (spec: string) =>
  spec.split(' ').map((pair) => {
    const [key = '', weight = '1'] = pair.split(':');
    return [key, Number(weight)] as const;
  });

/** What a deal is about, and the unit its lines count in. */
export const PRODUCTS: readonly (readonly [string, string])[] = [
  ['ERP 系统', '套'],
  ['CRM 系统', '套'],
  ['OA 协同平台', '套'],
  ['智能仓储系统', '套'],
  ['MES 生产管理系统', '套'],
  ['数据中台', '套'],
  ['门店收银系统', '套'],
  ['视频监控设备', '台'],
  ['服务器及存储', '台'],
  ['网络设备', '台'],
  ['工业传感器', '个'],
  ['企业邮箱', '账号'],
  ['云主机资源', '年'],
  ['安全等保测评', '项'],
  ['年度运维服务', '年'],
  ['员工培训课程', '场'],
  ['品牌设计', '项'],
  ['小程序开发', '项'],
  ['官网改版', '项'],
  ['财务外包服务', '年'],
];

export const DEAL_KINDS = ['采购项目', '实施项目', '升级改造', '续约', '扩容', '二期', '试点', '年度合作'];

/** Won deals: the discount off the expected amount people write into the actual one. */
export const DISCOUNTS = new Weighted(
  table('1:55 0.95:20 0.9:15 0.85:7 0.8:3').map(([factor, w]) => [Number(factor), w] as const),
);

export const LOSS_REASONS = new Weighted(
  table('price:30 competitor:25 budget:15 no_need:12 timing:10 no_response:6 other:2'),
);

export const LOSS_NOTES = [
  '对方选择了报价更低的本地供应商',
  '预算明年再申请',
  '负责人离职，项目搁置',
  '客户自建团队开发',
  '总部统一采购，分公司不再单独采购',
  '决策链太长，一直没有回音',
];

export const MILESTONES = [
  '需求调研',
  '方案确认',
  '环境准备',
  '系统部署',
  '数据迁移',
  '用户培训',
  '上线试运行',
  '验收',
];

export const DELAY_REASONS = [
  '客户方需求变更',
  '客户场地未就绪',
  '设备到货延迟',
  '客户负责人出差，延后确认',
  '第三方接口联调延期',
];

export const INSTALLMENT_NAMES = ['首付款', '进度款', '尾款'];

export const PAYMENT_NOTES = ['银行转账', '承兑汇票', '对公转账，已到账', '分两次付清'];

/** A deal's expected amount in fen: log-normal around ¥60,000, whole hundreds of yuan, ¥2,000 to ¥5,000,000. */
export function dealAmount(r: Random): number {
  const u = Math.max(1e-9, r.float());
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.float());
  const yuan = Math.exp(Math.log(60_000) + normal);
  return Math.round(Math.min(5_000_000, Math.max(2_000, yuan)) / 100) * 100 * 100;
}

export function dealTitle(r: Random): { title: string; product: readonly [string, string] } {
  const product = r.pick(PRODUCTS);
  return { title: `${product[0]}${r.pick(DEAL_KINDS)}`, product };
}
