import { MAX_FEN } from '../money';
import { toHalfWidth } from '../validators/normalize';
import type { CellValue } from './import-dates';

const UNITS: Record<string, bigint> = { '': 100n, 元: 100n, 块: 100n, 万: 1_000_000n, 万元: 1_000_000n };
const AMOUNT = /^(?:¥|￥|rmb|cny)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|万|元|块)?(?:人民币)?$/iu;

/**
 * An amount of money as people write it, in fen, or null when it is not one: 12800, 12,800.50, ¥12,800, 12800元,
 * 1.28万 and 1.28万元, RMB 300; full-width digits and ￥ too. Computed in integers from the digits typed, so
 * 0.1万 is exactly 100000 fen; rounded half up to the fen. Negative amounts are not amounts here.
 */
export function parseImportAmount(value: CellValue): number | null {
  if (value === null || value instanceof Date) return null;
  if (typeof value === 'number') return value >= 0 ? checked(Math.round(value * 100)) : null;
  const match = AMOUNT.exec(toHalfWidth(value).replace(/\s+/gu, ' ').trim());
  if (!match) return null;
  const [, whole = '', fraction = '', unit = ''] = match;
  const scale = UNITS[unit] ?? 100n;
  // value × scale with the fraction's digits: (whole.fraction) × scale, rounded half up.
  const digits = BigInt(whole.replaceAll(',', '') + fraction);
  const divisor = 10n ** BigInt(fraction.length);
  return checked(Number((digits * scale * 2n + divisor) / (divisor * 2n)));
}

function checked(fen: number): number | null {
  return Number.isSafeInteger(fen) && fen <= MAX_FEN ? fen : null;
}
