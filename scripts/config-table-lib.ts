import { SETTINGS } from '../src/server/config';

export const README_MARKERS = ['<!-- config-table:start -->', '<!-- config-table:end -->'] as const;

/** The Markdown table of every setting, in the order config.ts declares them. */
export function configTable(): string {
  const rows = Object.values(SETTINGS).map(
    (s) =>
      `| \`${s.env}\` | \`${s.flag}\` | ${s.default ? `\`${s.default}\`` : '(unset)'} | ${s.description} |`,
  );
  return [
    '| variable | `keyi start` flag | default | meaning |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
