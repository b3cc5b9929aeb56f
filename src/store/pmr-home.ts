import envPaths from 'env-paths';

// Everything pmr stores lives under PMR_HOME when set (tests always set it);
// otherwise preferences go in the platform's config directory for "pmr" and
// history in its data directory (no "-nodejs" suffix).

export interface StoreDirs {
  /** Preferences and the user's own routines. */
  config: string;
  /** Session history. */
  data: string;
}

export function storeDirs(env: NodeJS.ProcessEnv = process.env): StoreDirs {
  const fromEnv = env.PMR_HOME?.trim();
  if (fromEnv) return { config: fromEnv, data: fromEnv };
  const paths = envPaths('pmr', { suffix: '' });
  return { config: paths.config, data: paths.data };
}

/** Where user routines are looked up: `<config>/routines`. */
export function pmrHome(env: NodeJS.ProcessEnv = process.env): string {
  return storeDirs(env).config;
}
