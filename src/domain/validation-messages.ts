import type { core } from 'zod';
import { formatMessage } from './error-codes';
import type { TLocale } from './locale';

export interface TFieldError {
  path: string;
  code: string;
  message: string;
}

type Catalogue = Record<string, string>;

const MESSAGES: Record<TLocale, Catalogue> = {
  'zh-CN': {
    required: '必填',
    invalid_type: '格式不正确',
    too_small_string: '至少 {minimum} 个字符',
    too_big_string: '最多 {maximum} 个字符',
    too_small_number: '不能小于 {minimum}',
    too_big_number: '不能大于 {maximum}',
    too_small_array: '至少选择 {minimum} 项',
    too_big_array: '最多 {maximum} 项',
    invalid_format: '格式不正确',
    invalid_format_email: '邮箱格式不正确',
    invalid_value: '不是可选的值',
    unrecognized_keys: '不认识的字段：{keys}',
    login: '只能包含字母、数字和 . _ @ -',
    passwordWeak: '密码需同时包含字母和数字',
    timeZone: '不是有效的时区',
    date: '日期格式应为 YYYY-MM-DD',
    fieldKey: '标识须以小写字母开头，只能包含小写字母、数字和下划线',
    industryCode: '行业代码为 1–6 位大写字母或数字，如 IT',
    unknownCustomField: '没有这个自定义字段',
    optionKeysUnique: '选项标识不能重复',
    gradeOrder: 'B 级分数线须低于 A 级',
    healthOrder: '风险天数须大于休眠天数',
    cadenceMatch: '每条规则只能按客户等级、标签或阶段中的一项匹配',
    numberPattern: '编号规则须包含一个 {SEQ:n}，只能使用 {YYYY} {YY} {MM} {DD} {YYYYMMDD} {IND}',
    quantity: '数量须大于 0，最多 3 位小数',
    stageKeyTaken: '阶段标识不能重复',
    stageKindMissing: '至少要有一个进行中的阶段、一个成交阶段和一个流失阶段',
    custom: '内容不正确',
  },
  'en-US': {
    required: 'Required',
    invalid_type: 'Wrong type',
    too_small_string: 'At least {minimum} characters',
    too_big_string: 'At most {maximum} characters',
    too_small_number: 'Must be at least {minimum}',
    too_big_number: 'Must be at most {maximum}',
    too_small_array: 'Choose at least {minimum}',
    too_big_array: 'At most {maximum} items',
    invalid_format: 'Invalid format',
    invalid_format_email: 'Invalid e-mail address',
    invalid_value: 'Not one of the allowed values',
    unrecognized_keys: 'Unknown fields: {keys}',
    login: 'Only letters, digits and . _ @ - are allowed',
    passwordWeak: 'The password needs both letters and digits',
    timeZone: 'Not a valid time zone',
    date: 'Dates are written YYYY-MM-DD',
    fieldKey: 'A key starts with a lower-case letter and has only lower-case letters, digits and _',
    industryCode: 'An industry code is 1–6 capital letters or digits, such as IT',
    unknownCustomField: 'No such custom field',
    optionKeysUnique: 'Option keys must be unique',
    gradeOrder: 'The B threshold must be below the A threshold',
    healthOrder: 'The at-risk threshold must be more days than the dormant one',
    cadenceMatch: 'A rule matches on exactly one of grade, tag or stage',
    numberPattern: 'The pattern needs one {SEQ:n} and may use only {YYYY} {YY} {MM} {DD} {YYYYMMDD} {IND}',
    quantity: 'A quantity is above 0 with at most 3 decimals',
    stageKeyTaken: 'Stage keys must be unique',
    stageKindMissing: 'Keep at least one open stage, one won stage and one lost stage',
    custom: 'Invalid value',
  },
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function keyAndParams(issue: core.$ZodIssue, input: unknown): [string, Record<string, string | number>] {
  switch (issue.code) {
    case 'invalid_type':
      return [valueAt(input, issue.path) === undefined ? 'required' : 'invalid_type', {}];
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return ['required', {}];
      return [
        `too_small_${issue.origin === 'array' ? 'array' : issue.origin === 'string' ? 'string' : 'number'}`,
        { minimum: Number(issue.minimum) },
      ];
    case 'too_big':
      return [
        `too_big_${issue.origin === 'array' ? 'array' : issue.origin === 'string' ? 'string' : 'number'}`,
        { maximum: Number(issue.maximum) },
      ];
    case 'invalid_format':
      return [issue.format === 'email' ? 'invalid_format_email' : 'invalid_format', {}];
    case 'unrecognized_keys':
      return ['unrecognized_keys', { keys: issue.keys.join(', ') }];
    case 'invalid_value':
      return ['invalid_value', {}];
    case 'custom':
      return [typeof issue.params?.key === 'string' ? issue.params.key : 'custom', issue.params ?? {}];
    default: {
      const key = (issue as { params?: { key?: unknown } }).params?.key;
      return [typeof key === 'string' ? key : issue.code, {}];
    }
  }
}

/**
 * Turns zod issues into field-level errors in the reader's language; the same words in the form and the API.
 * One message per field (the first), as a form shows it.
 */
export function localizeIssues(
  issues: readonly core.$ZodIssue[],
  input: unknown,
  locale: TLocale,
): TFieldError[] {
  const catalogue = MESSAGES[locale];
  const byPath = new Map<string, TFieldError>();
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (byPath.has(path)) continue;
    const [key, params] = keyAndParams(issue, input);
    const template = catalogue[key] ?? catalogue.custom ?? key;
    byPath.set(path, { path, code: key, message: formatMessage(template, params) });
  }
  return [...byPath.values()];
}
