// Loaded with `node --import` by tests: writes the Node built-in modules a
// program loaded, one a line ("NativeModule net"), to the file named by
// PMR_BUILTIN_LOG as it exits.
import { writeFileSync } from 'node:fs';

const log = process.env.PMR_BUILTIN_LOG;
process.on('exit', () => {
  if (log) writeFileSync(log, process.moduleLoadList.join('\n'));
});
