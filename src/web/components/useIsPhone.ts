import { useSyncExternalStore } from 'react';

// antd's md breakpoint: below it the shell switches to the phone layout.
const QUERY = '(max-width: 767.98px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** Read synchronously so the first paint already has the right layout (no desktop flash on phones). */
export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
}
