import type { Client } from './harness';

let counter = 0;

/** A customer the way people type one in, with overrides; each call a distinct company and phone. */
export function buildCustomer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const n = ++counter;
  return {
    kind: 'company',
    name: `杭州云帆${n}号信息技术有限公司`,
    sourceChannel: '微信',
    industry: 'IT',
    city: '杭州',
    contacts: [
      {
        name: `联系人${n}`,
        mobile: `139${String(10000000 + n * 7919).slice(-8)}`,
        role: '决策者',
        dataSource: '名片',
      },
    ],
    ...overrides,
  };
}

export async function createCustomer(client: Client, overrides: Record<string, unknown> = {}) {
  const response = await client.post('/api/v1/customers', buildCustomer(overrides));
  if (response.statusCode !== 201)
    throw new Error(`create customer failed: ${response.statusCode} ${response.body}`);
  return response.json() as {
    id: string;
    number: string;
    version: number;
    name: string;
    contacts: { id: string }[];
  };
}
