import type { TRobotKind } from '../../domain/notification';

/**
 * Where each platform's group robots live. Any member may add a robot and have the server call it (and read the
 * error it answers), so only the platforms' own hosts are accepted: anything else would let the server be pointed
 * at machines inside the network.
 */
const ROBOT_HOSTS: Record<TRobotKind, readonly string[]> = {
  wecom: ['qyapi.weixin.qq.com'],
  dingtalk: ['oapi.dingtalk.com'],
  feishu: ['open.feishu.cn', 'open.larksuite.com'],
};

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * A webhook is https on the platform's host. Plain http is accepted only on this machine (127.0.0.1, where tests
 * and local relays listen), never across a network where the key in the URL could be read.
 */
export function isWebhookUrlAllowed(kind: TRobotKind, raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (isLoopbackHost(url.hostname)) return url.protocol === 'http:' || url.protocol === 'https:';
  return url.protocol === 'https:' && !url.port && ROBOT_HOSTS[kind].includes(url.hostname);
}

function maskRun(run: string): string {
  return run.length <= 8 ? '****' : `${run.slice(0, 4)}****${run.slice(-4)}`;
}

/** The webhook as people may see it: the key (every query value, long path segments: Feishu's) masked. */
export function maskWebhookUrl(raw: string): string {
  try {
    const url = new URL(raw);
    const path = url.pathname
      .split('/')
      .map((part) => (part.length >= 12 ? maskRun(part) : part))
      .join('/');
    const query = [...url.searchParams].map(([name, value]) => `${name}=${maskRun(value)}`).join('&');
    return `${url.origin}${path}${query ? `?${query}` : ''}`;
  } catch {
    return '****';
  }
}
