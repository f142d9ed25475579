import { Fragment, type ReactNode } from 'react';

type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'list'; ordered: boolean; items: { depth: number; text: string }[] }
  | { type: 'paragraph'; lines: string[] };

/**
 * The little Markdown a report uses (headings, bullets, numbered steps, paragraphs, **bold**), read line by line:
 * whatever the person typed while editing shows as text, never as HTML.
 */
export function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const last = blocks.at(-1);
    const heading = /^(#{1,6})\s+(.*)$/.exec(line.trim());
    const item = /^(\s*)(?:([-*+])|\d+[.)])\s+(.*)$/.exec(line);
    if (!line.trim()) blocks.push({ type: 'paragraph', lines: [] });
    else if (heading)
      blocks.push({ type: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '' });
    else if (item) {
      const ordered = !item[2];
      const entry = { depth: Math.floor((item[1] ?? '').length / 2), text: item[3] ?? '' };
      if (last?.type === 'list' && (last.ordered === ordered || entry.depth > 0)) last.items.push(entry);
      else blocks.push({ type: 'list', ordered, items: [entry] });
    } else if (last?.type === 'paragraph') last.lines.push(line.trim());
    else blocks.push({ type: 'paragraph', lines: [line.trim()] });
  }
  return blocks.filter((b) => b.type !== 'paragraph' || b.lines.length > 0);
}

function inline(text: string): ReactNode {
  // Asterisks inside a word are a masked number (138****5678), not emphasis.
  return text
    .split(/((?<![\w*])\*\*(?=\S)[^*]+?(?<=\S)\*\*(?![\w*]))/g)
    .map((part, i) =>
      i % 2 === 1 ? <strong key={i}>{part.slice(2, -2)}</strong> : <Fragment key={i}>{part}</Fragment>,
    );
}

export function MarkdownView({ markdown, className }: { markdown: string; className?: string }) {
  return (
    <div className={`keyi-markdown ${className ?? ''}`}>
      {parseBlocks(markdown).map((block, i) => {
        if (block.type === 'heading') {
          const Tag = block.level === 1 ? 'h1' : block.level === 2 ? 'h2' : 'h3';
          return <Tag key={i}>{inline(block.text)}</Tag>;
        }
        if (block.type === 'list') {
          const List = block.ordered ? 'ol' : 'ul';
          return (
            <List key={i}>
              {block.items.map((item, j) => (
                <li
                  key={j}
                  className={item.depth ? `keyi-markdown-depth-${Math.min(item.depth, 3)}` : undefined}
                >
                  {inline(item.text)}
                </li>
              ))}
            </List>
          );
        }
        return (
          <p key={i}>
            {block.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                {inline(line)}
              </Fragment>
            ))}
          </p>
        );
      })}
    </div>
  );
}
