// Bundles the CLI into dist/ with esbuild. Dependencies are bundled in, so a
// command resolves no packages at start-up; code splitting keeps what only
// some commands need (the Ink screen, conf) in chunks loaded on demand, so
// Ink and React load only with the live screen. The built-in routines are
// compiled first (compile-routines.mjs) and carried in the bundle as JSON, so
// the YAML parser and zod load only for a routine read from elsewhere.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compiledRoutinesPlugin, compileRoutines, requireBanner } from './compile-routines.mjs';
import { bundledPackageDirs, thirdPartyNotices } from './third-party-notices.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));

/** Ink's restore-cursor writes to stderr on exit; pmr's own writes where the cursor was hidden. */
/**
 * Every importer of string-width (Ink and its helpers) gets pmr's
 * narrow-string-width, which loads the real one only for text beyond the
 * screen's own characters; the real one for narrow-string-width itself.
 */
const narrowStringWidth = {
  name: 'narrow-string-width',
  setup(build) {
    const own = `${root}/src/report/narrow-string-width.ts`;
    build.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer === own ? undefined : { path: own },
    );
  },
};

const ownRestoreCursor = {
  name: 'own-restore-cursor',
  setup(build) {
    build.onResolve({ filter: /^restore-cursor$/ }, () => ({
      path: `${root}/src/screen/restore-cursor.ts`,
    }));
  },
};

/**
 * `import process from 'node:process'` makes Node copy every property of
 * process into the module's exports, process.stdin too, which opens standard
 * input (loading net or tty) in a command that never reads it. Bundled
 * modules get the global process instead: the same object. A name imported
 * that this module does not export fails the build, never a run.
 */
const globalProcess = {
  name: 'global-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?process$/ }, (args) =>
      args.kind === 'import-statement'
        ? { path: 'process', namespace: 'global-process' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'global-process' }, () => ({
      contents: [
        'const process = globalThis.process;',
        'export default process;',
        'export const env = process.env;',
        'export const cwd = () => process.cwd();',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

// The built-in routines, compiled first: a broken one stops the build.
let compiled;
try {
  compiled = await compileRoutines(root, `${root}/routines`);
} catch (error) {
  process.stderr.write(`build: ${error.message}\n`);
  process.exit(1);
}

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
  banner: { js: requireBanner },
  // Maps let PMR_DEBUG=1 traces name src/ files and lines; they carry no
  // sources, which would ship every dependency's code a second time.
  sourcemap: 'linked',
  sourcesContent: false,
  plugins: [ownRestoreCursor, narrowStringWidth, globalProcess, compiledRoutinesPlugin(compiled)],
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
