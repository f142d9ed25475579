// Bundles the server and CLI into dist/cli/keyi.js; packages stay in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/keyi.ts'],
  outfile: 'dist/cli/keyi.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
