import { describe, expect, it } from 'vitest';
import { collapseSpaces, toHalfWidth } from './normalize';

describe('toHalfWidth', () => {
  it('maps full-width digits and letters', () => {
    expect(toHalfWidth('１３８００１３８０００')).toBe('13800138000');
    expect(toHalfWidth('ＡＢＣｘｙｚ')).toBe('ABCxyz');
    expect(toHalfWidth('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
  });

  it('maps the full-width punctuation people type in phones, e-mails and names', () => {
    expect(toHalfWidth('，＋－＠．（）')).toBe(',+-@.()');
    expect(toHalfWidth('（０１０）８８８８－６６６６')).toBe('(010)8888-6666');
    expect(toHalfWidth('ｚｈａｎｇ＠ｑｑ．ｃｏｍ')).toBe('zhang@qq.com');
    expect(toHalfWidth('！～')).toBe('!~');
  });

  it('turns the ideographic space into a plain space', () => {
    expect(toHalfWidth('张\u3000三')).toBe('张 三');
  });

  it('leaves Chinese characters, Chinese punctuation and ASCII alone', () => {
    expect(toHalfWidth('客易，。、《》【】abc 123')).toBe('客易,。、《》【】abc 123');
    expect(toHalfWidth('')).toBe('');
  });

  it('keeps characters outside the Basic Multilingual Plane intact', () => {
    expect(toHalfWidth('𠀀１')).toBe('𠀀1');
  });
});

describe('collapseSpaces', () => {
  it('collapses runs of any white space and trims', () => {
    expect(collapseSpaces('  北京   字节\t跳动 \n ')).toBe('北京 字节 跳动');
    expect(collapseSpaces('\u3000张\u3000\u3000三\u00a0')).toBe('张 三');
  });

  it('returns an empty string for blank input', () => {
    expect(collapseSpaces(' \u3000 ')).toBe('');
  });
});
