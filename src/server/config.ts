import path from 'node:path';
import { decodeSecretKey } from './notifications/secret-box';

/** One setting: where it comes from, what it defaults to and what it means (README's table is made from this list). */
interface SettingSpec {
  env: string;
  flag: string;
  default: string;
  description: string;
}

export const SETTINGS = {
  port: { env: 'KEYI_PORT', flag: '--port', default: '3000', description: 'HTTP port to listen on.' },
  host: {
    env: 'KEYI_HOST',
    flag: '--host',
    default: '127.0.0.1',
    description:
      'Address to listen on. Only this machine can reach Keyi by default; set 0.0.0.0 to serve a network.',
  },
  dataDir: {
    env: 'KEYI_DATA_DIR',
    flag: '--data-dir',
    default: './data',
    description: 'Folder for the SQLite database (keyi.db), uploaded files and backups.',
  },
  databaseUrl: {
    env: 'DATABASE_URL',
    flag: '--database-url',
    default: '',
    description:
      'Unset: embedded SQLite in the data folder. `postgres://user@host:5432/db`: PostgreSQL for teams.',
  },
  logLevel: {
    env: 'KEYI_LOG_LEVEL',
    flag: '--log-level',
    default: 'info',
    description: 'fatal, error, warn, info, debug, trace or silent.',
  },
  secureCookies: {
    env: 'KEYI_SECURE_COOKIES',
    flag: '--secure-cookies',
    default: 'false',
    description: 'true behind HTTPS: the session cookie gets the Secure flag.',
  },
  trustProxy: {
    env: 'KEYI_TRUST_PROXY',
    flag: '--trust-proxy',
    default: 'false',
    description: 'true behind nginx or another reverse proxy, so client addresses come from X-Forwarded-For.',
  },
  sessionDays: {
    env: 'KEYI_SESSION_DAYS',
    flag: '--session-days',
    default: '30',
    description: 'Days a login stays valid without use.',
  },
  bodyLimit: {
    env: 'KEYI_BODY_LIMIT',
    flag: '--body-limit',
    default: '1048576',
    description: 'Largest JSON request body in bytes.',
  },
  maxUploadMb: {
    env: 'KEYI_MAX_UPLOAD_MB',
    flag: '--max-upload-mb',
    default: '20',
    description:
      "Largest attached file in MB (a follow-up's photos, PDFs, Office files, WeChat voice messages); the files go to files/ in the data folder.",
  },
  secretKey: {
    env: 'KEYI_SECRET_KEY',
    flag: '--secret-key',
    default: '',
    description:
      'Key that encrypts stored secrets (SMTP passwords, robot webhooks): 32 bytes as base64 (`openssl rand -base64 32`) or 64 hex digits. Unset: generated once into secret.key in the data folder. Several app instances must share one key; prefer the variable to the flag, which others on the machine can see.',
  },
  publicUrl: {
    env: 'KEYI_PUBLIC_URL',
    flag: '--public-url',
    default: '',
    description:
      'The address people open Keyi at (https://crm.example.com); links in e-mails and group-robot messages point there. Unset: those messages carry no links.',
  },
  testClock: {
    env: 'KEYI_TEST_CLOCK',
    flag: '--test-clock',
    default: 'false',
    description:
      "End-to-end tests only: adds POST /api/v1/test-clock, which moves the server's clock forward. Never turn it on for real use.",
  },
} as const satisfies Record<string, SettingSpec>;

export type SettingName = keyof typeof SETTINGS;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  logLevel: string;
  secureCookies: boolean;
  trustProxy: boolean;
  sessionDays: number;
  bodyLimit: number;
  /** Per attached file; whole MB up to 1024 (the size column is a 32-bit integer). */
  maxUploadMb: number;
  /** Validated by decodeSecretKey; null: the key file in the data folder. */
  secretKey: string | null;
  publicUrl: string | null;
  testClock: boolean;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function toInt(name: SettingName, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${SETTINGS[name].env} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

function toBool(name: SettingName, raw: string): boolean {
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no', ''].includes(raw.toLowerCase())) return false;
  throw new Error(`${SETTINGS[name].env} must be true or false, got "${raw}"`);
}

/** Reads every setting from overrides (CLI flags), then the environment, then the default; fails loudly on nonsense. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Record<SettingName, string>> = {},
): Config {
  const raw = (name: SettingName): string =>
    overrides[name] ?? env[SETTINGS[name].env] ?? SETTINGS[name].default;
  const databaseUrl = raw('databaseUrl').trim();
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error(
      'DATABASE_URL must start with postgres:// (leave it unset for the embedded SQLite database)',
    );
  }
  const secretKey = raw('secretKey').trim();
  if (secretKey && !decodeSecretKey(secretKey))
    throw new Error('KEYI_SECRET_KEY must be 32 bytes as base64 (openssl rand -base64 32) or 64 hex digits');
  const publicUrl = raw('publicUrl').trim().replace(/\/+$/, '');
  if (publicUrl && !/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(publicUrl))
    throw new Error('KEYI_PUBLIC_URL must be an http(s) address such as https://crm.example.com');
  const logLevel = raw('logLevel');
  if (!LOG_LEVELS.includes(logLevel))
    throw new Error(`KEYI_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  return {
    port: toInt('port', raw('port'), 0, 65535),
    host: raw('host'),
    dataDir: path.resolve(raw('dataDir')),
    databaseUrl: databaseUrl || null,
    logLevel,
    secureCookies: toBool('secureCookies', raw('secureCookies')),
    trustProxy: toBool('trustProxy', raw('trustProxy')),
    sessionDays: toInt('sessionDays', raw('sessionDays'), 1, 365),
    bodyLimit: toInt('bodyLimit', raw('bodyLimit'), 1024, 100 * 1024 * 1024),
    maxUploadMb: toInt('maxUploadMb', raw('maxUploadMb'), 1, 1024),
    secretKey: secretKey || null,
    publicUrl: publicUrl || null,
    testClock: toBool('testClock', raw('testClock')),
  };
}
