// Preloaded by npm run bench (node --import): writes the process's peak
// resident memory, in kB, to BENCH_RSS_FILE as it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
