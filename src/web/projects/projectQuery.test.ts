import { describe, expect, it } from 'vitest';
import { readProjectQuery, writeProjectQuery } from './projectQuery';

describe('the projects address', () => {
  it('reads back what it wrote', () => {
    const query = { q: '官网', ownerId: 'me', status: 'in_progress', delayed: 'true' } as const;
    const params = writeProjectQuery('receivables', query);
    expect(params.toString()).toBe(
      'tab=receivables&q=%E5%AE%98%E7%BD%91&ownerId=me&status=in_progress&delayed=true',
    );
    expect(readProjectQuery(params)).toEqual({
      tab: 'receivables',
      query: { ...query, customerId: undefined },
    });
  });

  it('ignores what it does not know', () => {
    const { tab, query } = readProjectQuery(new URLSearchParams('tab=x&status=lost&ownerId=u1&delayed=1'));
    expect(tab).toBe('board');
    expect(query).toEqual({
      q: undefined,
      ownerId: undefined,
      status: undefined,
      customerId: undefined,
      delayed: undefined,
    });
  });
});
