import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_MESSAGES, formatMessage, type ErrorCode } from '../../domain/error-codes';
import type { TLocale } from '../../domain/locale';
import { localizeIssues, type TFieldError } from '../../domain/validation-messages';
import { requestLocale } from './i18n';
import { InputValidationError } from './validation';

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  TOO_MANY_ATTEMPTS: 429,
  CSRF_TOKEN_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  SETUP_ALREADY_DONE: 409,
  LOGIN_TAKEN: 409,
  PASSWORD_INCORRECT: 400,
  OWNER_PROTECTED: 409,
  CANNOT_CHANGE_SELF: 409,
  UNKNOWN_DICTIONARY_VALUE: 400,
  CREDIT_CODE_INVALID: 400,
  CREDIT_CODE_CHECK_DIGIT: 422,
  CUSTOMER_CREDIT_CODE_TAKEN: 409,
  DUPLICATE_CANDIDATES: 409,
  PHONE_INVALID: 400,
  EMAIL_INVALID: 400,
  CUSTOMER_LINK_INVALID: 400,
  OWNER_INVALID: 400,
  DICTIONARY_KEY_TAKEN: 409,
  MERGE_INVALID: 400,
  BATCH_NOT_UNDOABLE: 409,
  CUSTOM_VALUE_INVALID: 400,
  FIELD_REQUIRED: 400,
  CUSTOM_OPTION_REMOVED: 409,
  CONTACT_NOT_OF_CUSTOMER: 400,
  MEMBER_INVALID: 400,
  SERVICE_AFTER_SALES_ONLY: 403,
  NOTIFICATION_URL_INVALID: 400,
  TASK_FROM_FOLLOW_UP: 400,
  POOL_CLAIM_LIMIT: 409,
  NOT_IN_POOL: 409,
  STAGE_UNKNOWN: 422,
  STAGE_ARCHIVED: 422,
  STAGE_IN_USE: 409,
  APPROVAL_REQUIRED: 409,
  APPROVAL_PENDING: 409,
  APPROVAL_NOT_PENDING: 409,
  APPROVAL_OWN_REQUEST: 403,
  DEAL_NOT_OF_CUSTOMER: 422,
  CONTRACT_NOT_OF_CUSTOMER: 422,
  CONTRACT_NUMBER_TAKEN: 409,
  PROJECT_DEAL_NOT_WON: 422,
  MILESTONE_NOT_OF_PROJECT: 422,
  INSTALLMENT_DUE_ONE: 422,
  PAYMENT_EXCEEDS_DUE: 422,
  PERIOD_INVALID: 400,
  ATTACHMENT_TOO_LARGE: 413,
  IMPORT_NOT_SPREADSHEET: 415,
  IMPORT_OLD_EXCEL: 415,
  IMPORT_FILE_TOO_LARGE: 413,
  IMPORT_UNPACKS_TOO_LARGE: 413,
  IMPORT_TOO_MANY_ROWS: 413,
  IMPORT_NOT_PENDING: 409,
  IMPORT_UPDATE_CUSTOMERS_ONLY: 400,
  BACKUP_NOT_KEYI: 422,
  BACKUP_PASSPHRASE_NEEDED: 422,
  BACKUP_WRONG_PASSPHRASE: 422,
  BACKUP_DAMAGED: 422,
  BACKUP_NEWER_THAN_APP: 422,
  BACKUP_BUSY: 409,
  BACKUP_SEVERAL_WORKSPACES: 409,
  PERSON_ALREADY_ERASED: 409,
  BACKUP_IS_WORKSPACE_EXPORT: 422,
  ATTACHMENT_TYPE_NOT_ALLOWED: 415,
  INTERNAL: 500,
};

/** A field-level problem whose message is looked up by key at answer time, in the reader's language. */
export interface FieldProblem {
  path: string;
  code: ErrorCode;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number>;
  readonly fields: FieldProblem[];
  /** Extra members of the problem document, e.g. `current` on a version conflict. */
  readonly extra: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    options: {
      detail?: string;
      params?: Record<string, string | number>;
      fields?: FieldProblem[];
      extra?: Record<string, unknown>;
      headers?: Record<string, string>;
      cause?: unknown;
    } = {},
  ) {
    super(options.detail ?? code, { cause: options.cause });
    this.code = code;
    this.params = options.params ?? {};
    this.fields = options.fields ?? [];
    this.extra = options.extra ?? {};
    this.headers = options.headers ?? {};
  }
}

/**
 * A failure of background work kept for later readers: the code and its values, said in each reader's language
 * when shown (failureMessage); anything else is an internal error, kept with its text for whoever reads the store.
 */
export function storedFailure(error: unknown): string {
  return JSON.stringify(
    error instanceof AppError
      ? { code: error.code, params: error.params }
      : { code: 'INTERNAL', detail: String(error) },
  );
}

/** A stored failure as the reader reads it. */
export function failureMessage(stored: string, locale: TLocale): string {
  const { code, params } = JSON.parse(stored) as {
    code: ErrorCode;
    params?: Record<string, string | number>;
  };
  return formatMessage(ERROR_MESSAGES[locale][code] ?? ERROR_MESSAGES[locale].INTERNAL, params);
}

export function notFound(): AppError {
  return new AppError('NOT_FOUND');
}

function message(locale: TLocale, code: ErrorCode, params: Record<string, string | number> = {}): string {
  return formatMessage(ERROR_MESSAGES[locale][code], params);
}

function sendProblem(
  reply: FastifyReply,
  locale: TLocale,
  code: ErrorCode,
  errors: TFieldError[] = [],
  extra: Record<string, unknown> = {},
  params: Record<string, string | number> = {},
): FastifyReply {
  const status = STATUS_BY_CODE[code];
  const title = message(locale, code, params);
  return reply
    .status(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `https://keyi.app/problems/${code.toLowerCase()}`,
      title,
      status,
      detail: title,
      code,
      errors,
      ...extra,
    });
}

/** Fastify's own error codes for malformed requests, mapped to ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_JSON',
};

export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const locale = requestLocale(request);
  if (error instanceof AppError) {
    reply.headers(error.headers);
    // The error's params fill the field messages too ("“报价单.pdf”太大了…").
    const fields = error.fields.map((f) => ({
      path: f.path,
      code: f.code,
      message: message(locale, f.code, error.params),
    }));
    return sendProblem(reply, locale, error.code, fields, error.extra, error.params);
  }
  if (error instanceof InputValidationError) {
    const context = error.validationContext ?? 'body';
    const prefix = context === 'body' ? '' : `${context}.`;
    const fields = localizeIssues(error.issues, error.input, locale).map((f) => ({
      ...f,
      path: prefix + f.path,
    }));
    return sendProblem(reply, locale, 'VALIDATION_FAILED', fields);
  }
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (mapped) return sendProblem(reply, locale, mapped);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    request.log.info({ err: error }, 'client error');
    return sendProblem(reply, locale, 'VALIDATION_FAILED');
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, locale, 'INTERNAL');
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(reply, requestLocale(request), 'ROUTE_NOT_FOUND');
}
