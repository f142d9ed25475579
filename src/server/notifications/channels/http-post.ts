import { DeliveryError } from './types';

const MAX_DETAIL = 200;

function networkError(error: unknown): DeliveryError {
  const e = error as { name?: string; cause?: { code?: unknown; name?: string } };
  if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError' || e.name === 'AbortError')
    return new DeliveryError('TIMEOUT');
  const code = typeof e.cause?.code === 'string' ? e.cause.code : '';
  return new DeliveryError('NETWORK', code);
}

/**
 * POSTs JSON to a robot webhook and returns its parsed answer. Redirects are refused: a webhook that sends us
 * elsewhere is not the platform's. Error details carry the status, never the URL (its key is a secret).
 */
export async function postJson(url: string, body: unknown, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw networkError(error);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw networkError(error);
  }
  if (!response.ok) throw new DeliveryError('HTTP_STATUS', `HTTP ${response.status}`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DeliveryError('BAD_RESPONSE', `HTTP ${response.status}`);
  }
}

/**
 * The three robots answer HTTP 200 even when they refuse a message: WeCom and DingTalk with a non-zero `errcode`,
 * Feishu with a non-zero `code` (older answers: `StatusCode`).
 */
export function checkRobotReply(reply: unknown): void {
  if (!reply || typeof reply !== 'object') throw new DeliveryError('BAD_RESPONSE');
  const r = reply as Record<string, unknown>;
  const code = r.errcode ?? r.code ?? r.StatusCode;
  if (code === undefined) throw new DeliveryError('BAD_RESPONSE');
  if (code === 0 || code === '0') return;
  const message = r.errmsg ?? r.msg ?? r.StatusMessage;
  const detail = `${String(code)}${typeof message === 'string' ? ` ${message}` : ''}`;
  throw new DeliveryError('ROBOT_ERROR', detail.slice(0, MAX_DETAIL));
}
