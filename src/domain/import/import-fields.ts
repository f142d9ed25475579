import { isEmail, normalizeEmail } from '../validators/email';
import { classifyPhone, normalizePhone } from '../validators/phone';
import { f, type ImportField, type TImportKind } from './import-field';
import { matchHeader } from './import-headers';
import { RECORD_FIELDS } from './import-record-fields';

export { IMPORT_KINDS, type FieldType, type ImportField, type TImportKind } from './import-field';

export const IMPORT_FIELDS: Record<TImportKind, readonly ImportField[]> = {
  customers: [
    f(
      'name',
      'text',
      [
        '客户名称',
        '名称',
        '公司',
        '公司名称',
        '企业名称',
        '单位名称',
        '客户',
        'customer',
        'customer name',
        'company',
        'name',
      ],
      { required: true },
    ),
    f('number', 'text', ['客户编号', '编号', 'customer number', 'customer no', 'number']),
    f('contactName', 'text', [
      '联系人',
      '联系人姓名',
      '对接人',
      '姓名',
      'contact',
      'contact name',
      'contact person',
    ]),
    f('contactTitle', 'text', ['职务', '职位', 'title', 'position']),
    f('contact', 'contact', ['联系方式', 'contact info', 'contact details']),
    f('mobile', 'phone', [
      '手机',
      '手机号',
      '手机号码',
      '电话',
      '联系电话',
      '电话号码',
      'mobile',
      'phone',
      'tel',
    ]),
    f('email', 'email', ['邮箱', '电子邮箱', '邮件', 'email', 'e-mail']),
    f('wechat', 'wechat', ['微信', '微信号', 'wechat']),
    f(
      'sourceChannel',
      'dictionary',
      ['来源渠道', '客户来源', '来源', '渠道', 'source', 'source channel', 'channel'],
      { dictionary: 'sourceChannel' },
    ),
    f('type', 'dictionary', ['客户类型', '类型', 'type', 'customer type'], { dictionary: 'customerType' }),
    f('status', 'dictionary', ['状态', '客户状态', 'status'], { dictionary: 'customerStatus' }),
    f('stage', 'dictionary', ['客户阶段', '阶段', 'stage'], { dictionary: 'customerStage' }),
    f('industry', 'dictionary', ['所属行业', '行业', 'industry'], { dictionary: 'industry' }),
    f('companySize', 'dictionary', ['公司规模', '企业规模', '规模', 'company size', 'size'], {
      dictionary: 'companySize',
    }),
    f('province', 'text', ['省份', '所在省份', '省', 'province']),
    f('city', 'text', ['所在城市', '城市', 'city']),
    f('address', 'text', ['地址', '详细地址', '公司地址', 'address']),
    f('creditCode', 'text', ['统一社会信用代码', '信用代码', 'credit code', 'uscc']),
    f('firstContactDate', 'date', [
      '初次接触',
      '初次接触日期',
      '首次接触',
      '首次接触日期',
      'first contact',
      'first contact date',
    ]),
    f('ownerId', 'user', ['负责人', '客户经理', '归属人', '销售', 'owner', 'account manager']),
    f('tags', 'tags', ['标签', 'tags', 'tag']),
    f('grade', 'grade', ['客户等级', '等级', 'grade']),
    f('budget', 'amountRange', ['预算范围', '预算', 'budget']),
    f('coreNeed', 'longText', ['核心需求', '需求', 'core need', 'needs']),
    f('notes', 'longText', ['备注', '说明', 'notes', 'remark', 'remarks', 'comment']),
  ],
  ...RECORD_FIELDS,
};

/** A column's target: a field key, or null to leave the column out. */
export type ColumnMapping = (string | null)[];

/** Share of a column's filled sample cells that must look like phones (or e-mails) to call it that. */
const BY_CONTENT = 0.8;

/**
 * The mapping the wizard suggests: each column by its header (Chinese or English), each field used once; a 联系方式
 * column, and a column no header names, become phones or e-mails when their cells say so.
 */
export function suggestMapping(
  kind: TImportKind,
  headers: readonly string[],
  samples: readonly string[][],
): ColumnMapping {
  const fields = IMPORT_FIELDS[kind];
  const names = fields.map((field) => [field.key, field.headers] as const);
  const taken = new Set<string>();
  const take = (key: string | null) => {
    if (!key || taken.has(key)) return null;
    taken.add(key);
    return key;
  };
  const byHeader = headers.map((header) => matchHeader(header, names));
  const mapping = byHeader.map((key) => (key && key !== 'contact' ? take(key) : null));
  return mapping.map((key, column) => {
    if (key) return key;
    const content = contentKind(samples.map((row) => row[column] ?? ''));
    const named = byHeader[column];
    if (kind === 'customers' && content)
      return take(content) ?? (named === 'contact' ? take('contact') : null);
    return named === 'contact' ? take('contact') : null;
  });
}

function contentKind(cells: readonly string[]): 'mobile' | 'email' | null {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (!filled.length) return null;
  const share = (test: (c: string) => boolean) => filled.filter(test).length / filled.length;
  if (share((c) => isEmail(normalizeEmail(c))) >= BY_CONTENT) return 'email';
  if (share((c) => classifyPhone(normalizePhone(c)) !== 'invalid') >= BY_CONTENT) return 'mobile';
  return null;
}
