// Bundles the CLI into dist/ with esbuild. Code splitting keeps the Ink screen
// in its own chunk, loaded only when a live screen is drawn.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  packages: 'external',
  sourcemap: 'linked',
  jsx: 'automatic',
  define: { PMR_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
});
