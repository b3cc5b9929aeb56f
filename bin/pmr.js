#!/usr/bin/env node
// The installed entry point: check the runtime, warm Node's compile cache,
// then hand over to the bundled CLI.
import module from 'node:module';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `pmr: needs Node.js 22.12 or newer (this is ${process.versions.node}); please upgrade Node.\n`,
  );
  process.exit(2);
}

module.enableCompileCache?.();
// With PMR_DEBUG=1, stack traces point into src/ through dist's source maps.
if (process.env.PMR_DEBUG === '1') process.setSourceMapsEnabled(true);
// NO_COLOR (no-color.org): the colour library inside Ink reads FORCE_COLOR.
if (process.env.NO_COLOR) process.env.FORCE_COLOR = '0';

// A clone has no dist/ until a build (npm start, npm test and npm pack make one).
const cli = await import('../dist/cli.js').catch((error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.url).includes('/dist/')) throw error;
  process.stderr.write(
    "pmr: the bundle in dist/ is missing or incomplete; run `npm run build` in pmr's folder.\n",
  );
  process.exit(1);
});
process.exitCode = await cli.main(process.argv.slice(2));
