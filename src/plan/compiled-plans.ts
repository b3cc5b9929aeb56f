// The plans of the built-in routines at the pace of a session with no flags
// and no preferences, as JSON text made when pmr is built: scripts/build.mjs
// replaces this file in the bundle with what compileBuiltInPlans
// (built-in-plans.ts) gives. Run from src/, as the tests do, there is none,
// and every plan is made as it is asked for.
export const compiledPlans: string | undefined = undefined;
