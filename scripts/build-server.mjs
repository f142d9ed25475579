// Bundles the server and CLI into dist/cli/keyi.js; packages stay in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/keyi.ts'],
  outfile: 'dist/cli/keyi.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19', // 20.0 knows no import attributes: esbuild would drop the JSON import's type
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
