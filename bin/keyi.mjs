#!/usr/bin/env node
// The `keyi` command; `npm run build` (or `npm start` once) creates dist/cli/keyi.js.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const built = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli/keyi.js');
if (!fs.existsSync(built)) {
  console.error('keyi: not built yet; run `npm run build` (or `npm start`) first');
  process.exit(1);
}
await import(built);
