// Cold start to a healthy /api/health, then requests/s of an authenticated GET (autocannon, loopback, keep-alive).
// Run: npm run build && node bench/start-and-throughput.mjs [--connections 10] [--seconds 10] [--database-url postgres://…]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
    port: { type: 'string', default: '3198' },
    'database-url': { type: 'string' },
  },
});
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyi-bench-'));

async function waitHealthy(deadline) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('Keyi did not become healthy in time');
}

const args = [
  'dist/cli/keyi.js',
  'start',
  '--port',
  String(port),
  '--data-dir',
  dataDir,
  '--log-level',
  'warn',
];
if (values['database-url']) args.push('--database-url', values['database-url']);
const started = performance.now();
const server = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
try {
  await waitHealthy(Date.now() + 30_000);
  const coldStartMs = performance.now() - started;

  const setup = await fetch(`${base}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      workspaceName: '基准测试',
      ownerName: '测试',
      login: 'bench',
      password: 'Bench2026run',
    }),
  });
  const cookie = setup.headers.get('set-cookie')?.split(';')[0];
  if (!setup.ok || !cookie) throw new Error(`set-up failed: ${setup.status}`);

  const measure = (url) =>
    autocannon({
      url: `${base}${url}`,
      connections: Number(values.connections),
      duration: Number(values.seconds),
      headers: { cookie },
    });
  const health = await measure('/api/health');
  const me = await measure('/api/v1/me');
  const users = await measure('/api/v1/users');

  const row = (name, r) =>
    `${name.padEnd(22)} ${String(Math.round(r.requests.average)).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   errors ${r.errors + r.non2xx}`;
  console.log(
    `database              ${values['database-url'] ? 'PostgreSQL' : 'SQLite'} · ${os.cpus().length} cores · ${values.connections} connections · ${values.seconds} s each`,
  );
  console.log(
    `cold start → healthy  ${coldStartMs.toFixed(0)} ms (spawn, migrate a new database, listen, first /api/health)`,
  );
  console.log(row('GET /api/health', health));
  console.log(row('GET /api/v1/me', me));
  console.log(row('GET /api/v1/users', users));
  console.log(
    `authenticated / unauthenticated throughput: ${(me.requests.average / health.requests.average).toFixed(2)}`,
  );
} finally {
  server.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
