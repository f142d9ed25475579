import type { TLocale } from './locale';

/** Every error the API can answer with; the HTTP status of each is in src/server/http/errors.ts. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'INVALID_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'LOGIN_FAILED',
  'TOO_MANY_ATTEMPTS',
  'CSRF_TOKEN_INVALID',
  'FORBIDDEN',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'VERSION_CONFLICT',
  'SETUP_ALREADY_DONE',
  'LOGIN_TAKEN',
  'PASSWORD_INCORRECT',
  'OWNER_PROTECTED',
  'CANNOT_CHANGE_SELF',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The title a person reads for each code; `{name}` placeholders come from AppError params. */
export const ERROR_MESSAGES: Record<TLocale, Record<ErrorCode, string>> = {
  'zh-CN': {
    VALIDATION_FAILED: '填写的内容有误，请按提示修改',
    INVALID_JSON: '请求内容不是有效的 JSON',
    PAYLOAD_TOO_LARGE: '提交的内容过大',
    UNSUPPORTED_MEDIA_TYPE: '不支持的内容类型',
    UNAUTHENTICATED: '请先登录',
    LOGIN_FAILED: '账号或密码不正确',
    TOO_MANY_ATTEMPTS: '尝试次数过多，请 {minutes} 分钟后再试',
    CSRF_TOKEN_INVALID: '页面已过期，请刷新后重试',
    FORBIDDEN: '没有权限执行此操作',
    NOT_FOUND: '记录不存在或已被删除',
    ROUTE_NOT_FOUND: '接口不存在',
    VERSION_CONFLICT: '该记录已被他人修改，请查看最新内容后再保存',
    SETUP_ALREADY_DONE: '系统已完成初始化',
    LOGIN_TAKEN: '该账号已被使用',
    PASSWORD_INCORRECT: '当前密码不正确',
    OWNER_PROTECTED: '不能删除或更改所有者',
    CANNOT_CHANGE_SELF: '不能删除自己或更改自己的角色',
    INTERNAL: '服务器出错了，请稍后重试',
  },
  'en-US': {
    VALIDATION_FAILED: 'Some fields need correcting',
    INVALID_JSON: 'The request body is not valid JSON',
    PAYLOAD_TOO_LARGE: 'The request is too large',
    UNSUPPORTED_MEDIA_TYPE: 'This content type is not supported',
    UNAUTHENTICATED: 'Please sign in first',
    LOGIN_FAILED: 'Wrong login or password',
    TOO_MANY_ATTEMPTS: 'Too many attempts; try again in {minutes} minutes',
    CSRF_TOKEN_INVALID: 'This page has expired; reload it and try again',
    FORBIDDEN: 'You do not have permission to do this',
    NOT_FOUND: 'The record does not exist or has been deleted',
    ROUTE_NOT_FOUND: 'No such endpoint',
    VERSION_CONFLICT: 'Someone else changed this record; review the latest version before saving',
    SETUP_ALREADY_DONE: 'Keyi has already been set up',
    LOGIN_TAKEN: 'This login is already in use',
    PASSWORD_INCORRECT: 'The current password is wrong',
    OWNER_PROTECTED: 'The owner cannot be deleted or changed',
    CANNOT_CHANGE_SELF: 'You cannot delete yourself or change your own role',
    INTERNAL: 'Something went wrong on the server; please try again',
  },
};

export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
