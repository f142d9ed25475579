// Starts the built server (dist/cli/keyi.js) for the customer benchmarks, signs in, and stops it again.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { DEFAULT_BACKUP_SETTINGS } from '../src/domain/backup';

export const BENCH_LOGIN = 'bench';
export const BENCH_PASSWORD = 'Bench2026run';

export interface RunningServer {
  base: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(options: {
  dataDir: string;
  port: number;
  databaseUrl?: string;
}): Promise<RunningServer> {
  if (!fs.existsSync('dist/cli/keyi.js')) throw new Error('Build first: npm run build');
  const args = ['dist/cli/keyi.js', 'start', '--port', String(options.port)];
  args.push('--data-dir', options.dataDir, '--log-level', 'warn');
  if (options.databaseUrl) args.push('--database-url', options.databaseUrl);
  // KEYI_BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server (NODE_OPTIONS refuses those).
  const nodeArgs = (process.env.KEYI_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  // A first start on big data may migrate (new indexes) and gather planner statistics for minutes.
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Keyi exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('Keyi did not become healthy in time');
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { base, process: child, stop };
}

async function sessionCookie(response: Response, what: string): Promise<string> {
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`${what} failed: ${response.status} ${await response.text()}`);
  return cookie;
}

/**
 * First-run set-up: the workspace and its owner, who signs in as bench / Bench2026run. Scheduled backups are turned
 * off: a server started on a million customers past the backup hour began one at once, minutes of both cores under
 * the timed requests.
 */
export async function setUp(base: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      workspaceName: '基准测试',
      ownerName: '测试',
      login: BENCH_LOGIN,
      password: BENCH_PASSWORD,
    }),
  });
  const cookie = await sessionCookie(response, 'set-up');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const settings = await fetch(`${base}/api/v1/backups/settings`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', cookie, 'x-keyi-csrf': csrfToken },
    body: JSON.stringify({ ...DEFAULT_BACKUP_SETTINGS, enabled: false, version: 1 }),
  });
  if (!settings.ok)
    throw new Error(`turning scheduled backups off failed: ${settings.status} ${await settings.text()}`);
  return cookie;
}

export async function logIn(base: string, login = BENCH_LOGIN): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: BENCH_PASSWORD }),
  });
  return sessionCookie(response, `login as ${login}`);
}

/** Peak and current resident memory of a process, in MiB (Linux /proc). */
export function memoryOf(pid: number): { peakMiB: number; rssMiB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { peakMiB: kb('VmHWM') / 1024, rssMiB: kb('VmRSS') / 1024 };
}

/** CPU seconds a process has used (user + system), from /proc. */
function cpuSecondsOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime are the 12th and 13th fields after the command name, in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Waits until the server has been idle (under a tenth of a core) for three two-second windows in a row, or gives
 * up after `seconds`: a server's first-start jobs must not run through the timed requests. Returns the seconds waited.
 */
export async function waitUntilIdle(pid: number, seconds: number): Promise<number> {
  const started = Date.now();
  let quiet = 0;
  while (quiet < 3 && Date.now() - started < seconds * 1000) {
    const before = cpuSecondsOf(pid);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    quiet = cpuSecondsOf(pid) - before < 0.2 ? quiet + 1 : 0;
  }
  return Math.round((Date.now() - started) / 1000);
}
