import { describe, expect, it } from 'vitest';
import { checkCreditCode, computeCreditCodeCheckChar, normalizeCreditCode } from './credit-code';

// Published codes of real organisations (companies, a public institution, a law firm); each was checked
// by hand against the GB 32100-2015 weights before being kept here.
const PUBLISHED = [
  '91350100M000100Y43',
  '91110000600037341L',
  '91330100799655058B',
  '914403001922038216',
  '91110108551385082Q',
  '9144030071526726XG',
  '91110000802100433B',
  '91440300708461136T',
  '91110000710925462X',
  '91110108717743469K',
  '11100000000013127D',
  '31110000400834282L',
];

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** An independent statement of the rule, so generated codes do not just echo the implementation. */
function referenceCheckChar(first17: string): string {
  const sum = [...first17].reduce((acc, ch, i) => acc + CHARSET.indexOf(ch) * (WEIGHTS[i] ?? 0), 0);
  const c = 31 - (sum % 31);
  return CHARSET.charAt(c === 31 ? 0 : c);
}

/** A deterministic pseudo-random body of 17 charset characters. */
function body(seed: number): string {
  let out = '';
  let x = seed;
  for (let i = 0; i < 17; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += CHARSET.charAt(x % CHARSET.length);
  }
  return out;
}

describe('normalizeCreditCode', () => {
  it('removes spaces and dashes, converts full-width and upper-cases', () => {
    expect(normalizeCreditCode(' 9135 0100 m000 100y 43 ')).toBe('91350100M000100Y43');
    expect(normalizeCreditCode('913501-00M000-100Y43')).toBe('91350100M000100Y43');
    expect(normalizeCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
    expect(normalizeCreditCode('91350100M000100Y43\u3000')).toBe('91350100M000100Y43');
    expect(normalizeCreditCode('9135—0100M000100Y43')).toBe('91350100M000100Y43');
  });

  it('does not guess: the letter O stays an O', () => {
    expect(normalizeCreditCode('91350100MO00100Y43')).toBe('91350100MO00100Y43');
  });
});

describe('checkCreditCode', () => {
  it.each(PUBLISHED)('accepts the published code %s', (code) => {
    expect(checkCreditCode(code)).toBe('valid');
  });

  it('accepts codes built with the reference rule, including check characters 0 and letters', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 500; seed++) {
      const first17 = body(seed);
      const check = referenceCheckChar(first17);
      seen.add(check);
      expect(computeCreditCodeCheckChar(first17)).toBe(check);
      expect(checkCreditCode(first17 + check)).toBe('valid');
    }
    expect(seen.size).toBeGreaterThan(25);
  });

  it('computes the check character 0 when the weighted sum is a multiple of 31', () => {
    expect(computeCreditCodeCheckChar('00000000000000000')).toBe('0');
    expect(checkCreditCode('000000000000000000')).toBe('valid');
  });

  it('reports a wrong check character as bad_check_digit', () => {
    expect(checkCreditCode('91350100M000100Y44')).toBe('bad_check_digit');
    expect(checkCreditCode('91110000600037341K')).toBe('bad_check_digit');
    for (const code of PUBLISHED) {
      const wrong = CHARSET.charAt((CHARSET.indexOf(code.charAt(17)) + 1) % CHARSET.length);
      expect(checkCreditCode(code.slice(0, 17) + wrong)).toBe('bad_check_digit');
    }
  });

  it('catches a single mistyped character or two swapped neighbours in the body', () => {
    expect(checkCreditCode('91350100M000100Y53')).toBe('bad_check_digit');
    expect(checkCreditCode('19350100M000100Y43')).toBe('bad_check_digit');
  });

  it('reports the wrong length as bad_format', () => {
    expect(checkCreditCode('')).toBe('bad_format');
    expect(checkCreditCode('91350100M000100Y4')).toBe('bad_format');
    expect(checkCreditCode('91350100M000100Y433')).toBe('bad_format');
    expect(checkCreditCode('913501007')).toBe('bad_format'); // the old 9-digit organisation code
  });

  it('reports letters outside the charset (I O Z S V) and lower case as bad_format', () => {
    for (const letter of ['I', 'O', 'Z', 'S', 'V']) {
      expect(checkCreditCode(`91350100M${letter}00100Y43`)).toBe('bad_format');
    }
    expect(checkCreditCode('91350100m000100y43')).toBe('bad_format');
    expect(checkCreditCode('91350100M000-100Y43'.replace('-', ' '))).toBe('bad_format');
    expect(computeCreditCodeCheckChar('91350100MO00100Y4')).toBeNull();
    expect(computeCreditCodeCheckChar('9135')).toBeNull();
  });

  it('accepts what normalizeCreditCode makes of a messy but correct input', () => {
    expect(checkCreditCode(normalizeCreditCode('9135 0100 m000 100y 43'))).toBe('valid');
  });
});
