// `npm test`: type-check, lint, unit and API tests, then the e2e journeys when a Chromium is found.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

run('type-check', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
run('unit and API tests', 'npx', ['vitest', 'run']);
if (findChromium()) {
  run('e2e journeys', 'node', ['scripts/e2e.mjs']);
} else {
  console.log('\nℹ e2e journeys skipped: no Chromium found (install Debian chromium or set CHROMIUM_PATH)');
}
