import type { FastifyRequest } from 'fastify';
import { AppError } from './errors';

/**
 * Updates carry `version` in the body or an `If-Match` header; this copies the header into the body before
 * validation so routes and services see one field.
 */
export async function versionFromIfMatch(request: FastifyRequest): Promise<void> {
  const header = request.headers['if-match'];
  const body = request.body;
  if (typeof header !== 'string' || !body || typeof body !== 'object' || Array.isArray(body)) return;
  const version = Number(header.replace(/^W\//, '').replaceAll('"', ''));
  if (Number.isInteger(version) && !('version' in body)) (body as Record<string, unknown>).version = version;
}

/** After an update matched no row: a conflict with the current record if it still exists, else not found. */
export async function conflictOrNotFound<Row, Api>(
  loadCurrent: () => Promise<Row | undefined>,
  toApi: (row: Row) => Api,
): Promise<AppError> {
  const current = await loadCurrent();
  return current
    ? new AppError('VERSION_CONFLICT', { extra: { current: toApi(current) } })
    : new AppError('NOT_FOUND');
}
