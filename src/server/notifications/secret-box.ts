import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Seals the secrets a channel needs (SMTP password, robot webhook and sign secret) with AES-256-GCM, so a copied
 * database or backup holds nothing usable without the key. `context` (the channel id) is authenticated too: a
 * sealed value moved to another row does not open.
 */
export interface SecretBox {
  seal(plain: string, context: string): string;
  open(sealed: string, context: string): string;
}

const KEY_BYTES = 32;
const IV_BYTES = 12;
const VERSION = 'v1';
export const KEY_FILE = 'secret.key';

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== KEY_BYTES) throw new Error('the secret key must be 32 bytes');
  return {
    seal(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url'));
      return [VERSION, ...parts].join('.');
    },
    open(sealed, context) {
      const [version, iv, tag, data] = sealed.split('.');
      if (version !== VERSION || iv === undefined || tag === undefined || data === undefined)
        throw new Error('not a sealed secret');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

/** 64 hex digits or base64 of 32 bytes (`openssl rand -base64 32`); null for anything else. */
export function decodeSecretKey(raw: string): Buffer | null {
  const text = raw.trim();
  if (/^[0-9a-f]{64}$/i.test(text)) return Buffer.from(text, 'hex');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return null;
  const key = Buffer.from(text, 'base64');
  return key.length === KEY_BYTES ? key : null;
}

/**
 * The key from KEYI_SECRET_KEY when set; else the one in the data folder's secret.key, written on first use
 * (readable by this user only). With neither a key nor a data folder (tests) a key lives in memory only.
 */
export function loadSecretKey(options: { secretKey?: string | null; dataDir?: string }): Buffer {
  if (options.secretKey) {
    const key = decodeSecretKey(options.secretKey);
    if (!key) throw new Error('KEYI_SECRET_KEY must be 32 bytes as base64 or 64 hex digits');
    return key;
  }
  if (!options.dataDir) return randomBytes(KEY_BYTES);
  const file = path.join(options.dataDir, KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    // Written whole under a private name, then linked into place: linking fails if the file exists, so two
    // instances starting together on one folder keep one key and neither reads a half-written file.
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(draft, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { mode: 0o600 });
    try {
      fs.linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.unlinkSync(draft);
    }
  }
  const key = decodeSecretKey(fs.readFileSync(file, 'utf8'));
  if (!key) throw new Error(`${file} does not hold a 32-byte key`);
  return key;
}
