import { pinyin } from 'pinyin-pro';

/** What lists sort customers by: toneless pinyin, so 李 comes before 王 and 张, as a Chinese reader expects. */
export function sortNameOf(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .slice(0, 100);
}
