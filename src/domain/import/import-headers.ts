import { toHalfWidth } from '../validators/normalize';

/**
 * A header as people write it, reduced for matching: full-width folded, case and spaces gone, and the marks sheets
 * put around a name dropped (**客户名称**, 客户名称*, 客户名称（必填）, 金额(元)).
 */
export function headerKey(header: string): string {
  return toHalfWidth(header)
    .toLowerCase()
    .replace(/[(（【[][^)）】\]]*[)）】\]]/gu, '')
    .replace(/[\s*:：_\-#]+/gu, '');
}

/** The field whose header names fit `header` best: an exact name first, then the longest name it contains. */
export function matchHeader<F extends string>(
  header: string,
  names: ReadonlyArray<readonly [F, readonly string[]]>,
): F | null {
  const key = headerKey(header);
  if (!key) return null;
  let best: { field: F; length: number } | null = null;
  for (const [field, synonyms] of names) {
    for (const synonym of synonyms) {
      const wanted = headerKey(synonym);
      if (wanted === key) return field;
      if (key.includes(wanted) && wanted.length > (best?.length ?? 1))
        best = { field, length: wanted.length };
    }
  }
  return best?.field ?? null;
}
