// Writes README.md's configuration table from src/server/config.ts (run: npm run docs:config).
import fs from 'node:fs';
import { configTable, README_MARKERS } from './config-table-lib';

const readme = fs.readFileSync('README.md', 'utf8');
const [start, end] = README_MARKERS;
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from < 0 || to < 0) throw new Error(`README.md needs the markers ${start} and ${end}`);
fs.writeFileSync('README.md', readme.slice(0, from + start.length) + '\n' + configTable() + readme.slice(to));
console.log('README.md configuration table updated');
