// `npm start`: builds what is missing or older than the sources, then runs `keyi start` with any extra arguments.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

function oldestOutput(files) {
  return Math.min(...files.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)));
}

const sources = Math.max(...['src', 'package.json', 'package-lock.json', 'vite.config.ts'].map(newestMtime));
if (oldestOutput(['dist/web/index.html', 'dist/cli/keyi.js']) < sources) {
  console.log('客易 Keyi: building the app (first start or changed sources)…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

process.argv.splice(2, 0, 'start');
await import(path.join(root, 'dist/cli/keyi.js'));
