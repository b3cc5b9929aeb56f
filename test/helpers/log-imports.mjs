// Loaded with `node --import` by tests: records every module a program
// loads, one resolved URL per line, in the file named by PMR_IMPORT_LOG.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const log = process.env.PMR_IMPORT_LOG;
registerHooks({
  resolve(specifier, context, next) {
    const resolved = next(specifier, context);
    if (log) appendFileSync(log, `${resolved.url}\n`);
    return resolved;
  },
});
