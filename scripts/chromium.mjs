import fs from 'node:fs';

/** Debian's Chromium (or CHROMIUM_PATH); Keyi never downloads a browser of its own. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  );
  return candidates.find((p) => fs.existsSync(p));
}
