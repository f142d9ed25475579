import { useEffect } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/** antd keeps closed dialogs in the page, hidden: only a visible one counts. */
function dialogOpen(): boolean {
  return Array.from(document.querySelectorAll('.ant-modal-wrap, .ant-drawer-open')).some(
    (el) => getComputedStyle(el).display !== 'none',
  );
}

/** A single-key shortcut for one page, ignored while the person types or a dialog is open. */
export function useKeyShortcut(key: string, handler: () => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.key !== key) return;
      if (isTyping(event.target) || dialogOpen()) return;
      event.preventDefault();
      handler();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key, handler]);
}
