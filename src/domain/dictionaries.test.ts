import { describe, expect, it } from 'vitest';
import { ZNewEntry } from './dictionaries';
import { localizeIssues } from './validation-messages';

describe('dictionary entries', () => {
  it('takes an industry code of 1–6 capitals or digits and says so in both languages otherwise', () => {
    const ok = { labels: { 'zh-CN': '人工智能', 'en-US': 'AI' }, code: 'AI' };
    expect(ZNewEntry.safeParse(ok).success).toBe(true);
    const bad = { ...ok, code: 'ai-lab' };
    const result = ZNewEntry.safeParse(bad);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(localizeIssues(result.error.issues, bad, 'zh-CN')).toEqual([
      expect.objectContaining({ path: 'code', message: '行业代码为 1–6 位大写字母或数字，如 IT' }),
    ]);
    expect(localizeIssues(result.error.issues, bad, 'en-US')[0]?.message).toBe(
      'An industry code is 1–6 capital letters or digits, such as IT',
    );
  });
});
