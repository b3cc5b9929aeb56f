// Bundles the CLI into dist/ with esbuild. Dependencies are bundled in, so a
// command resolves no packages at start-up; code splitting keeps what only
// some commands need (the Ink screen, conf) in chunks loaded on demand, so
// Ink and React load only with the live screen.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundledPackageDirs, thirdPartyNotices } from './third-party-notices.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));

/** Ink's restore-cursor writes to stderr on exit; pmr's own writes where the cursor was hidden. */
const ownRestoreCursor = {
  name: 'own-restore-cursor',
  setup(build) {
    build.onResolve({ filter: /^restore-cursor$/ }, () => ({
      path: `${root}/src/screen/restore-cursor.ts`,
    }));
  },
};

rmSync(`${root}/dist`, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  external: ['react-devtools-core'],
  // Bundled CommonJS packages call require(); give them Node's.
  banner: {
    js: "import { createRequire as __pmrCreateRequire } from 'node:module'; const require = __pmrCreateRequire(import.meta.url);",
  },
  // Maps let PMR_DEBUG=1 traces name src/ files and lines; they carry no
  // sources, which would ship every dependency's code a second time.
  sourcemap: 'linked',
  sourcesContent: false,
  plugins: [ownRestoreCursor],
  jsx: 'automatic',
  define: {
    PMR_VERSION: JSON.stringify(version),
    // Bundles React's production build only; the development one is dropped.
    'process.env.NODE_ENV': '"production"',
  },
  metafile: true,
  logLevel: 'warning',
});

writeFileSync(
  `${root}/dist/THIRD-PARTY-NOTICES.txt`,
  thirdPartyNotices(root, bundledPackageDirs(metafile)),
);

// The routine schema for editors, written from the bundle just built (so it
// comes from the loader's own zod schema) and shipped in schema/.
mkdirSync(`${root}/schema`, { recursive: true });
writeFileSync(
  `${root}/schema/routine.schema.json`,
  execFileSync(process.execPath, [`${root}/bin/pmr.js`, 'schema'], { encoding: 'utf8' }),
);
