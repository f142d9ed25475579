import { setClockOffset } from '../src/server/clock';
import type { Client } from './harness';

// Records dated where a report's boundaries are, built through the API as people make them.

/** Moves the server's "now" to an instant (records get it as their created time); setClockOffset(0) undoes it. */
export const at = (iso: string) => setClockOffset(Date.parse(iso) - Date.now());

async function created(client: Client, url: string, body: Record<string, unknown>) {
  const response = await client.post(url, body);
  if (response.statusCode !== 201)
    throw new Error(`POST ${url} failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A follow-up at an instant (by phone unless `extra` says otherwise), optionally agreeing the next date. */
export const logFollowUp = (
  client: Client,
  customerId: string,
  when: string,
  extra: { method?: string; nextDate?: string } = {},
) =>
  created(client, '/api/v1/follow-ups', {
    customerId,
    at: when,
    method: '电话',
    summary: '电话沟通',
    ...extra,
  });

/** A deal won on a day for an amount in fen. */
export const createWonDeal = (client: Client, customerId: string, closedDate: string, actualAmount: number) =>
  created(client, '/api/v1/deals', {
    customerId,
    title: `成交${closedDate}`,
    stage: 'won',
    expectedAmount: actualAmount,
    actualAmount,
    closedDate,
  });

export const receivePayment = (client: Client, installment: { id: string }, amount: number, date: string) =>
  created(client, `/api/v1/installments/${installment.id}/payments`, { amount, date });

export const createProject = (client: Client, body: Record<string, unknown>) =>
  created(client, '/api/v1/projects', body);
