import { describe, expect, it } from 'vitest';
import { classifyPhone, normalizePhone } from './phone';

const check = (raw: string) => {
  const normalized = normalizePhone(raw);
  return { normalized, kind: classifyPhone(normalized) };
};

describe('normalizePhone + classifyPhone: mobiles', () => {
  it.each([
    ['13800138000'],
    ['138 0013 8000'],
    ['138-0013-8000'],
    ['138.0013.8000'],
    ['+86-138-0013-8000'],
    ['+86 138 0013 8000'],
    ['+8613800138000'],
    ['(+86) 13800138000'],
    ['0086 13800138000'],
    ['008613800138000'],
    ['86-13800138000'],
    ['8613800138000'],
    ['013800138000'],
    ['１３８００１３８０００'],
    ['＋８６　１３８－００１３－８０００'],
    ['  13800138000\t'],
  ])('%s → 13800138000, mobile', (raw) => {
    expect(check(raw)).toEqual({ normalized: '13800138000', kind: 'mobile' });
  });

  it('accepts every current mobile prefix 13x–19x', () => {
    for (const second of '3456789') {
      expect(classifyPhone(`1${second}912345678`)).toBe('mobile');
    }
  });
});

describe('normalizePhone + classifyPhone: landlines', () => {
  it.each([
    ['（010）8888-6666', '01088886666'],
    ['(010)88886666', '01088886666'],
    ['010-8888-6666', '01088886666'],
    ['010 8888 6666', '01088886666'],
    ['021-62345678', '02162345678'],
    ['020-8888 6666', '02088886666'],
    ['029-8765432', '0298765432'],
    ['0755 8888 6666', '075588886666'],
    ['0571-8888666', '05718888666'],
    ['0571.8888.6666', '057188886666'],
    ['+86 10 8888 6666', '01088886666'],
    ['+86-755-8888-6666', '075588886666'],
    ['+86 (0)10 8888 6666', '01088886666'],
    ['0086 21 6234 5678', '02162345678'],
    ['（０２１）６２３４５６７８', '02162345678'],
  ])('%s → %s, landline', (raw, normalized) => {
    expect(check(raw)).toEqual({ normalized, kind: 'landline' });
  });

  it.each([
    ['010-88886666-123', '01088886666-123'],
    ['010-8888-6666-8001', '01088886666-8001'],
    ['0755-88886666 转 601', '075588886666-601'],
    ['0755-88886666转601', '075588886666-601'],
    ['021 6234 5678 分机 12', '02162345678-12'],
    ['021-62345678 ext. 12', '02162345678-12'],
    ['021-62345678 EXT 12', '02162345678-12'],
    ['021-62345678x12', '02162345678-12'],
    ['021-62345678#12', '02162345678-12'],
    ['+86 10 8888 6666 转 123', '01088886666-123'],
  ])('keeps the extension of %s as %s', (raw, normalized) => {
    expect(check(raw)).toEqual({ normalized, kind: 'landline' });
  });

  it('reads a dash inside a complete number as a separator, not an extension', () => {
    expect(normalizePhone('0755-8888-666')).toBe('07558888666');
    expect(normalizePhone('021-6234-5678')).toBe('02162345678');
  });
});

describe('normalizePhone + classifyPhone: invalid', () => {
  it.each([
    ['12345'],
    ['2138001380'],
    ['1280013800'],
    ['12800138000'],
    ['1380013800'],
    ['138001380001'],
    ['23800138000'],
    ['010-1234567'],
    ['010-0888 6666'],
    ['010-888866661'],
    ['011-88886666'],
    ['0755-888866'],
    ['0755-888866669'],
    ['1380013800O'],
    ['138abc00138000'],
    ['13800138000转1'],
    ['+1 415 555 0100'],
    ['8612345'],
    [''],
    ['   '],
  ])('%s is invalid', (raw) => {
    expect(check(raw).kind).toBe('invalid');
  });

  it('does not turn stray letters into a number', () => {
    expect(normalizePhone('138abc00138000')).toBe('138abc00138000');
  });
});

describe('classifyPhone', () => {
  it('allows an extension only on a landline and only 1–6 digits long', () => {
    expect(classifyPhone('01088886666-123')).toBe('landline');
    expect(classifyPhone('01088886666-1234567')).toBe('invalid');
    expect(classifyPhone('01088886666-')).toBe('invalid');
    expect(classifyPhone('01088886666-1-2')).toBe('invalid');
    expect(classifyPhone('13800138000-123')).toBe('invalid');
  });

  it('expects normalized input', () => {
    expect(classifyPhone('138 0013 8000')).toBe('invalid');
    expect(classifyPhone('+8613800138000')).toBe('invalid');
  });
});
