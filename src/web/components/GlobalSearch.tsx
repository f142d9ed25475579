import { SearchPalette } from './SearchPalette';
import { SearchTrigger } from './SearchTrigger';

/** Header search: a box on desktop, an icon on phones; both open the palette (so do / and Ctrl+K). */
export function GlobalSearch(props: {
  compact: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { compact, open, onOpenChange } = props;
  return (
    <>
      <SearchTrigger compact={compact} onOpen={() => onOpenChange(true)} />
      <SearchPalette open={open} onClose={() => onOpenChange(false)} />
    </>
  );
}
