// Timing requests to a running Keyi, as bench/follow-ups.ts does: one keep-alive connection, requests one after
// another (latencies, not queueing), a short warm-up, then up to N requests or a time budget per row.
import http from 'node:http';
import { BENCH_PASSWORD } from './keyi-server';

export interface Session {
  cookie: string;
  csrf: string;
  login: string;
}

export interface Reply {
  status: number;
  body: string;
}

export class Client {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  constructor(readonly base: string) {}

  request(method: string, pathname: string, who: Session, body?: unknown): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        `${this.base}${pathname}`,
        {
          method,
          agent: this.agent,
          headers: {
            cookie: who.cookie,
            ...(payload && { 'content-type': 'application/json', 'x-keyi-csrf': who.csrf }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
          );
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** GET that must answer 200; returns the parsed body. */
  async get<T>(pathname: string, who: Session): Promise<T> {
    const res = await this.request('GET', pathname, who);
    if (res.status !== 200) throw new Error(`${pathname}: ${res.status} ${res.body.slice(0, 300)}`);
    return JSON.parse(res.body) as T;
  }

  async logIn(login: string): Promise<Session> {
    const response = await fetch(`${this.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password: BENCH_PASSWORD }),
    });
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    const body = (await response.json()) as { csrfToken?: string };
    if (!response.ok || !cookie || !body.csrfToken)
      throw new Error(`login as ${login} failed: ${response.status}`);
    return { cookie, csrf: body.csrfToken, login };
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Runs fn until maxRequests or maxMs (after a short warm-up) and returns each duration in ms. */
export async function sample(
  fn: (i: number) => Promise<void>,
  limits: { maxRequests: number; maxMs: number },
  warm = 5,
): Promise<number[]> {
  for (let i = 0; i < warm; i++) await fn(i);
  const times: number[] = [];
  const until = performance.now() + limits.maxMs;
  for (let i = warm; times.length < limits.maxRequests && performance.now() < until; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  return times;
}

export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};

/** A duration in ms, 7 wide: 2 decimals under 10, 1 under 100, none above. */
export const ms = (v: number) =>
  (Number.isNaN(v) ? '-' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)).padStart(7);

/**
 * Times each row (a GET as its session) and prints p50/p95/max against its target (none: "no target"); the rows of
 * the benchmark tables in docs/benchmarks.md.
 */
export async function printTimings(
  client: Client,
  rows: { name: string; path: string; who: Session; target?: number | undefined }[],
  limits: { maxRequests: number; maxMs: number },
  width: number,
  warm = 5,
): Promise<void> {
  console.log(`${'request'.padEnd(width)}     p50     p95     max │ target p95       n`);
  for (const row of rows) {
    const times = await sample(async () => void (await client.get(row.path, row.who)), limits, warm);
    const p95 = pct(times, 95);
    const verdict =
      row.target === undefined ? 'no target' : `${p95 <= row.target ? 'met' : 'MISSED'} (≤${row.target})`;
    console.log(
      `${row.name.padEnd(width)} ${ms(pct(times, 50))} ${ms(p95)} ${ms(Math.max(...times))} │ ${verdict.padEnd(14)} ${String(times.length).padStart(5)}`,
    );
  }
}
