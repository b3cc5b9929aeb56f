// The built-in routines as JSON text, parsed and validated when pmr is built:
// scripts/build.mjs replaces this file in the bundle with the text that
// compileBuiltIns (compile-built-ins.ts) writes. Run from src/, as the tests
// do, there is none, and every file is parsed as it is read.
export const compiledRoutines: string | undefined = undefined;
