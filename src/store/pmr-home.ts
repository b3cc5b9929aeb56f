import envPaths from 'env-paths';

// Everything pmr stores lives here: PMR_HOME when set (tests always set it),
// else the platform's config directory for "pmr" (no "-nodejs" suffix).
export function pmrHome(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PMR_HOME?.trim();
  if (fromEnv) return fromEnv;
  return envPaths('pmr', { suffix: '' }).config;
}
