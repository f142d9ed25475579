// What the quick log keeps in the browser: an unsaved draft (a reload or a lost connection keeps it) and the method
// used last time, which the next log starts with. Storage can be unavailable (private browsing): then nothing is kept.

const DRAFT_KEY = 'keyi.followUpDraft';
const METHOD_KEY = 'keyi.lastFollowUpMethod';

export interface TDraft {
  customer: { id: string; name: string; number: string } | null;
  values: Record<string, unknown>;
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Not kept.
  }
}

export function loadDraft(): TDraft | null {
  const raw = read(DRAFT_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as TDraft;
  } catch {
    return null;
  }
}

export function saveDraft(draft: TDraft | null): void {
  write(DRAFT_KEY, draft ? JSON.stringify(draft) : null);
}

export const lastMethod = (): string | null => read(METHOD_KEY);
export const rememberMethod = (method: string): void => write(METHOD_KEY, method);
