import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.KEYI_E2E_PORT ?? 3197);
// A fresh data folder per run: the journeys start from a Keyi that has never been set up.
const DATA_DIR = path.join(os.tmpdir(), `keyi-e2e-${process.pid}-${Date.now()}`);
process.on('exit', () => fs.rmSync(DATA_DIR, { recursive: true, force: true }));

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  // The machines are shared and slow at times: a page may take more than the default 5 s to appear.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The test clock lets a journey move to tomorrow (never on outside tests).
    command: `node dist/cli/keyi.js start --port ${PORT} --data-dir ${DATA_DIR} --log-level warn --test-clock true`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
