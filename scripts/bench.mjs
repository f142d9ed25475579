// `npm run bench`: builds Keyi, then runs every benchmark in bench/ one after another; each prints its figures.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
for (const file of fs
  .readdirSync('bench')
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  console.log(`\n▶ bench/${file}`);
  const result = spawnSync(process.execPath, [`bench/${file}`, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
