import type { Selectable } from 'kysely';
import type { TDictionary } from '../../domain/dictionaries';
import type { CommonColumns } from '../db/common.table';

export interface DictionaryEntryTable extends CommonColumns {
  dictionary: TDictionary;
  key: string;
  label_zh: string;
  label_en: string;
  code: string | null;
  color: string | null;
  sort: number;
}
export type DictionaryEntryRow = Selectable<DictionaryEntryTable>;
