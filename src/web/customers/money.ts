/** Money is integer fen in the API (formatYuan in src/domain/money.ts shows it); forms take 元. */
export const toFen = (yuan: number | null | undefined): number | null =>
  yuan == null ? null : Math.round(yuan * 100);

export const toYuan = (fen: number | null | undefined): number | null => (fen == null ? null : fen / 100);
