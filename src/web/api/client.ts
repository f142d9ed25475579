import type { TFieldError } from '../../domain/validation-messages';
import { DEFAULT_LOCALE, type TLocale } from '../../domain/locale';

const BASE = '/api/v1';

/** Paths whose 401 is an answer ("not logged in", "wrong password"), not an expired session. */
const NO_REDIRECT_ON_401 = ['/me', '/auth/login', '/setup'];

/** A failed API call, shaped like the server's problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: TFieldError[];
  /** The record as it is now, sent with 409 VERSION_CONFLICT. */
  readonly current: unknown;
  /** The whole problem body, for extensions such as 409 DUPLICATE_CANDIDATES' `candidates`. */
  readonly body: Record<string, unknown>;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string | undefined;
    errors?: TFieldError[];
    current?: unknown;
    body?: Record<string, unknown>;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.current = init.current;
    this.body = init.body ?? {};
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// Kept in memory only: a token in localStorage would be readable by any injected script.
let csrfToken: string | null = null;
let locale: TLocale = DEFAULT_LOCALE;
let onUnauthenticated: () => void = () => {
  const next = window.location.pathname + window.location.search;
  window.location.assign(`/login?next=${encodeURIComponent(next)}`);
};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLocale(value: TLocale): void {
  locale = value;
}

export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

type Query = Record<string, string | number | null | undefined>;

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${BASE}${path}${search ? `?${search}` : ''}`;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await res.json();
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // A proxy's HTML error page or an empty body: keep the status only.
  }
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(
        (e): e is TFieldError => !!e && typeof e === 'object' && 'path' in e && 'message' in e,
      )
    : [];
  return new ApiError({
    status: res.status,
    code: str(body.code) ?? `HTTP_${res.status}`,
    title: str(body.title) ?? res.statusText,
    detail: str(body.detail),
    errors,
    current: body.current,
    body,
  });
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  query?: Query,
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-Keyi-CSRF'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', title: '' });
  }
  if (!res.ok) {
    const error = await toApiError(res);
    if (res.status === 401 && !NO_REDIRECT_ON_401.includes(path)) onUnauthenticated();
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Posts a multipart form (files) with upload progress, which fetch cannot report; same headers, errors and 401
 * handling as every other call.
 */
function upload<T>(path: string, form: FormData, onProgress?: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', locale);
    if (csrfToken) xhr.setRequestHeader('X-Keyi-CSRF', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        return;
      }
      if (xhr.status === 401) onUnauthenticated();
      const response = new Response(xhr.responseText || null, {
        status: xhr.status,
        statusText: xhr.statusText,
      });
      void toApiError(response).then(reject);
    };
    xhr.onerror = xhr.onabort = () => reject(new ApiError({ status: 0, code: 'NETWORK_ERROR', title: '' }));
    xhr.send(form);
  });
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) =>
    request<T>('GET', path, undefined, query, signal),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
  upload,
};

/** A list page as every list endpoint returns it. */
export interface TPage<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
  /** There are more than `total` matches (a big filtered list is counted only so far). */
  totalCapped?: boolean;
}
