import { useCallback, useState } from 'react';

// Session storage: an edit survives a reload of the tab but does not linger on a shared computer.
function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The person's edited report for one customer and kind; null while they have not changed the generated one. */
export function useBriefingDraft(customerId: string, kind: string) {
  const key = `keyi.briefing.${customerId}.${kind}`;
  const [drafts, setDrafts] = useState<Record<string, string | null>>({});
  const draft = key in drafts ? (drafts[key] ?? null) : read(key);
  const setDraft = useCallback(
    (value: string | null) => {
      setDrafts((current) => ({ ...current, [key]: value }));
      try {
        if (value === null) sessionStorage.removeItem(key);
        else sessionStorage.setItem(key, value);
      } catch {
        // Kept for this visit only.
      }
    },
    [key],
  );
  return [draft, setDraft] as const;
}
