import { describe, expect, it } from 'vitest';
import { isGramQuery, searchTokens, type SearchParts } from './search-text';

const EMPTY: SearchParts = { names: [], numbers: [], phones: [], emails: [], wechats: [] };
const build = (parts: Partial<SearchParts>) => searchTokens({ ...EMPTY, ...parts });
const words = (parts: Partial<SearchParts>) => build(parts).text.split(' ');

describe('searchTokens: names', () => {
  it('stores a name with its full pinyin and its initials', () => {
    expect(words({ names: ['张三'] })).toEqual(['张三', 'zhangsan', 'zs']);
  });

  it('spells company names without tones or spaces', () => {
    const text = build({ names: ['北京字节跳动科技有限公司'] }).text;
    expect(text).toContain('北京字节跳动科技有限公司');
    expect(text).toContain('beijingzijietiaodongkejiyouxiangongsi');
    expect(text).toContain('bjzjtdkjyxgs');
  });

  it('reads a polyphonic surname as a surname and keeps the everyday reading too', () => {
    expect(words({ names: ['单田芳'] })).toEqual(['单田芳', 'dantianfang', 'dtf', 'shantianfang', 'stf']);
    expect(words({ names: ['曾小贤'] })).toContain('zengxiaoxian');
    expect(words({ names: ['解晓东'] })).toContain('xiexiaodong');
    expect(words({ names: ['仇英'] })).toContain('qiuying');
  });

  it('does not add a surname reading to names that are not shaped like a person', () => {
    expect(words({ names: ['单氏家族咨询工作室'] })).not.toContain('shanshijiazuzixungongzuoshi');
  });

  it('writes ü as v, as people type it', () => {
    expect(words({ names: ['吕布'] })).toEqual(['吕布', 'lvbu', 'lb']);
  });

  it('keeps Latin letters and digits in the pinyin and lower-cases everything', () => {
    expect(words({ names: ['Tony张'] })).toEqual(['tony张', 'tonyzhang', 'tonyz']);
    expect(words({ names: ['ABC科技 123'] })).toEqual(['abc科技', '123', 'abckeji123', 'abckj123']);
  });

  it('adds no pinyin to names without Chinese characters', () => {
    expect(words({ names: ['Acme Ltd.'] })).toEqual(['acme', 'ltd.']);
  });

  it('drops punctuation from the pinyin and converts full width', () => {
    const text = build({ names: ['字节跳动（北京）'] }).text;
    expect(text.split(' ')).toEqual(['字节跳动(北京)', 'zijietiaodongbeijing', 'zjtdbj']);
    expect(build({ names: ['ＫＥＹＩ客易'] }).text).toContain('keyikeyi');
  });

  it('ignores blank names', () => {
    expect(build({ names: ['', '  ', '\u3000'] })).toEqual({ text: '', grams: [] });
  });
});

describe('searchTokens: grams', () => {
  const HAN = /\p{Script=Han}/u;
  const hanGrams = (parts: Partial<SearchParts>) => build(parts).grams.filter((g) => HAN.test(g));

  it('lists every character and every pair of neighbours of the names', () => {
    expect(hanGrams({ names: ['北京字节跳动'] })).toEqual([
      '北',
      '北京',
      '京',
      '京字',
      '字',
      '字节',
      '节',
      '节跳',
      '跳',
      '跳动',
      '动',
    ]);
  });

  it('does not pair characters across letters, spaces or punctuation', () => {
    expect(hanGrams({ names: ['张 三'] })).toEqual(['张', '三']);
    expect(hanGrams({ names: ['字节(北京)'] })).toEqual(['字', '字节', '节', '北', '北京', '京']);
    expect(hanGrams({ names: ['A张B三'] })).toEqual(['张', '三']);
  });

  it('de-duplicates across names and takes Chinese grams only from names', () => {
    const parts = { names: ['张三', '张三丰'], numbers: ['编号一'], wechats: ['微信号码'] };
    expect(hanGrams(parts)).toEqual(['张', '张三', '三', '三丰', '丰']);
  });

  it('pairs neighbouring pinyin initials, so two letters find a company by the middle of its name', () => {
    const { grams } = build({ names: ['杭州云帆科技'] });
    expect(grams).toEqual(expect.arrayContaining(['hz', 'zy', 'yf', 'fk', 'kj']));
    expect(grams).not.toContain('hy');
  });

  it('keeps the short words of the text among the grams', () => {
    const { grams } = build({ names: ['张三'], wechats: ['ab'] });
    expect(grams).toEqual(expect.arrayContaining(['zs', 'ab']));
    expect(grams).not.toContain('zhangsan');
  });

  it('handles characters outside the Basic Multilingual Plane as one character', () => {
    expect(hanGrams({ names: ['𠀀张'] })).toEqual(['𠀀', '𠀀张', '张']);
  });
});

describe('searchTokens: numbers, phones, e-mails, WeChat ids', () => {
  it('stores phones as normalized digits', () => {
    const tokens = words({ phones: ['+86 138-0013-8000', '１３９００１３９０００'] });
    expect(tokens).toEqual(['13800138000', '13900139000']);
  });

  it('stores a landline with and without its area code, keeping an extension', () => {
    expect(words({ phones: ['(010) 8888-6666'] })).toEqual(['01088886666', '88886666']);
    expect(words({ phones: ['0755-8888-6666 转 601'] })).toEqual(['075588886666-601', '88886666']);
  });

  it('stores e-mails normalized and WeChat ids lower-cased', () => {
    expect(words({ emails: [' Zhang.San@QQ.com '], wechats: [' ZhangSan_88 '] })).toEqual([
      'zhang.san@qq.com',
      'zhangsan_88',
    ]);
  });

  it('stores numbers lower-cased', () => {
    expect(words({ numbers: ['KH-IT-20240501-001', 'Ｇ２０２４０５０１００１'] })).toEqual([
      'kh-it-20240501-001',
      'g20240501001',
    ]);
  });

  it('puts everything in one lower-case text, names first', () => {
    const { text } = searchTokens({
      names: ['张三', '北京字节跳动'],
      numbers: ['KH0001'],
      phones: ['138 0013 8000'],
      emails: ['ZS@Example.com'],
      wechats: ['zs_wx'],
    });
    expect(text).toBe(
      '张三 zhangsan zs 北京字节跳动 beijingzijietiaodong bjzjtd kh0001 13800138000 zs@example.com zs_wx',
    );
    expect(text).toBe(text.toLowerCase());
  });

  it('states each token once', () => {
    const { text } = build({ names: ['张三', '张三'], phones: ['13800138000', '138-0013-8000'] });
    expect(text).toBe('张三 zhangsan zs 13800138000');
  });

  it('is deterministic', () => {
    const parts: SearchParts = {
      names: ['单田芳', '北京字节跳动科技有限公司'],
      numbers: ['KH-IT-001'],
      phones: ['010-88886666', '13800138000'],
      emails: ['a@b.cn'],
      wechats: ['wx1'],
    };
    expect(searchTokens(parts)).toEqual(searchTokens(structuredClone(parts)));
  });
});

describe('queries answered from the grams', () => {
  it.each([
    ['张', true],
    ['张三', true],
    [' 北京 ', true],
    ['zs', true],
    ['6688', true],
    ['张三丰', false],
    ['138', false],
    ['66889', false],
    ['zhangsan', false],
  ])('isGramQuery(%j) is %s', (q, expected) => {
    expect(isGramQuery(q)).toBe(expected);
  });

  it('finds a record by a short query through its grams', () => {
    const { grams } = build({ names: ['北京字节跳动科技有限公司'] });
    for (const q of ['北', '北京', '字节', '跳动', '公司']) expect(grams).toContain(q);
    expect(grams).not.toContain('北字');
  });

  it('finds a phone or a number by any four digits in a row, the last four most of all', () => {
    const { grams } = build({ phones: ['138 0013 6688', '0571-88886666'], numbers: ['C20261124007'] });
    expect(grams).toEqual(expect.arrayContaining(['6688', '1380', '0136', '0571', '8888', '6666', '4007']));
    expect(grams).not.toContain('1386');
  });
});
