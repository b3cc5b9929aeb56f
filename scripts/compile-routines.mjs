// The build's first step: every built-in routine parsed and validated by the
// loader itself (src/routine/compile-built-ins.ts, bundled on its own for the
// purpose), as the JSON text the bundle reads in place of
// src/routine/compiled-routines.ts. A built-in that is not a valid routine
// fails here, with the loader's messages, and so fails the build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Bundled CommonJS packages call require(); this gives them Node's. */
export const requireBanner =
  "import { createRequire as __pmrCreateRequire } from 'node:module'; const require = __pmrCreateRequire(import.meta.url);";

/** The compiled routines of routinesDir as JSON text; throws if one is not a valid routine. */
export async function compileRoutines(root, routinesDir) {
  const scratch = mkdtempSync(join(tmpdir(), 'pmr-build-'));
  let compileBuiltIns;
  try {
    const compiler = join(scratch, 'compile-built-ins.mjs');
    await build({
      absWorkingDir: root,
      entryPoints: ['src/routine/compile-built-ins.ts'],
      outfile: compiler,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      banner: { js: requireBanner },
      logLevel: 'warning',
    });
    ({ compileBuiltIns } = await import(pathToFileURL(compiler).href));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return JSON.stringify(compileBuiltIns(routinesDir));
}

/** An esbuild plugin: src/routine/compiled-routines.ts becomes this text. */
export function compiledRoutinesPlugin(text) {
  return {
    name: 'compiled-routines',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]routine[\\/]compiled-routines\.ts$/ }, () => ({
        contents: `export const compiledRoutines = ${JSON.stringify(text)};\n`,
        loader: 'js',
      }));
    },
  };
}
