import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configTable, README_MARKERS } from '../scripts/config-table-lib';

describe('README.md', () => {
  const readme = fs.readFileSync('README.md', 'utf8');

  it('carries the configuration table generated from src/server/config.ts (npm run docs:config)', () => {
    const [start, end] = README_MARKERS;
    const table = readme.slice(readme.indexOf(start) + start.length, readme.indexOf(end));
    expect(table.trim()).toBe(configTable().trim());
  });

  it('gives the quick start and the test command', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
