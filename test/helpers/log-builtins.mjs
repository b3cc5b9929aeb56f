// Loaded with `node --import` by tests: when the program exits, writes the
// internal modules Node loaded for it (process.moduleLoadList), one a line,
// to the file named by PMR_BUILTIN_LOG.
import { writeFileSync } from 'node:fs';

const log = process.env.PMR_BUILTIN_LOG;
if (log) process.on('exit', () => writeFileSync(log, `${process.moduleLoadList.join('\n')}\n`));
