import type { FastifyRequest } from 'fastify';
import { pickLocale, type TLocale } from '../../domain/locale';

/** The reader's language: Accept-Language when sent (the web app always sends it), else the user's saved choice. */
export function requestLocale(request: FastifyRequest): TLocale {
  const header = request.headers['accept-language'];
  if (header) return pickLocale(header);
  return request.auth?.user.locale ?? pickLocale(undefined);
}
