// The build's first step: every built-in routine parsed and validated by the
// loader itself (src/routine/compile-built-ins.ts, bundled on its own for the
// purpose), and planned at the default pacing by the planner itself, as the
// JSON texts the bundle reads in place
// of src/routine/compiled-routines.ts and src/plan/compiled-plans.ts. A
// built-in that is not a valid routine fails here, with the loader's
// messages, and so fails the build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Bundled CommonJS packages call require(); this gives them Node's. */
export const requireBanner =
  "import { createRequire as __pmrCreateRequire } from 'node:module'; const require = __pmrCreateRequire(import.meta.url);";

/** The compiled routines of routinesDir and their plans, as JSON texts; throws if one is not a valid routine. */
export async function compileRoutines(root, routinesDir) {
  const scratch = mkdtempSync(join(tmpdir(), 'pmr-build-'));
  let compiler;
  try {
    const file = join(scratch, 'compile-built-ins.mjs');
    await build({
      absWorkingDir: root,
      entryPoints: ['src/routine/compile-built-ins.ts'],
      outfile: file,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      banner: { js: requireBanner },
      logLevel: 'warning',
    });
    compiler = await import(pathToFileURL(file).href);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const routines = compiler.compileBuiltIns(routinesDir);
  return {
    routines: JSON.stringify(routines),
    plans: JSON.stringify(compiler.compileBuiltInPlans(routines)),
  };
}

/** An esbuild plugin: src/routine/compiled-routines.ts and src/plan/compiled-plans.ts become these texts. */
export function compiledRoutinesPlugin({ routines, plans }) {
  const modules = [
    [
      /[\\/]src[\\/]routine[\\/]compiled-routines\.ts$/,
      `export const compiledRoutines = ${JSON.stringify(routines)};\n`,
    ],
    [
      /[\\/]src[\\/]plan[\\/]compiled-plans\.ts$/,
      `export const compiledPlans = ${JSON.stringify(plans)};\n`,
    ],
  ];
  return {
    name: 'compiled-routines',
    setup(build) {
      for (const [filter, contents] of modules) {
        build.onLoad({ filter }, () => ({ contents, loader: 'js' }));
      }
    },
  };
}
