// npm run smoke:oldest-node: runs the built pmr on the oldest Node that
// package.json's engines allows, so the bundle's target and the entry's own
// version check stay honest. That Node comes from the `node` package on npm,
// installed into a temporary prefix that is removed afterwards.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const [, major, minor] = /^>=(\d+)\.(\d+)$/.exec(pkg.engines.node) ?? [];
if (!major) throw new Error(`engines.node is ${pkg.engines.node}; expected the form >=MAJOR.MINOR`);
const oldest = `${major}.${minor}.0`;

const tmp = mkdtempSync(join(tmpdir(), 'pmr-smoke-'));
try {
  console.log(`Installing Node ${oldest} into ${tmp}`);
  // The node package fetches its platform's binary in a preinstall script,
  // which npm runs without a warning only when allowScripts names it.
  writeFileSync(
    join(tmp, 'package.json'),
    `${JSON.stringify({ private: true, allowScripts: { node: true } })}\n`,
  );
  run('npm', ['install', '--no-audit', '--no-fund', `node@${oldest}`], { cwd: tmp });
  const node = join(tmp, 'node_modules', '.bin', 'node');
  const version = run(node, ['--version']).trim();
  check(version === `v${oldest}`, `Node ${oldest} installed (node --version: ${version})`);

  const home = join(tmp, 'home');
  mkdirSync(home);
  const pmr = (args) =>
    run(node, [join(root, 'bin', 'pmr.js'), ...args], { env: { ...process.env, PMR_HOME: home } });

  check(pmr(['--version']) === `${pkg.version}\n`, 'pmr --version prints the version');

  const shown = JSON.parse(pmr(['show', 'work', '--json']));
  check(shown.routine?.name === 'work' && shown.phases?.length > 0, 'pmr show work --json');

  const session = ['--groups', 'jaw', '--tense', '1', '--release', '10', '--breaths', '0'];
  const events = pmr([...session, '--no-scan', '--json'])
    .trim()
    .split('\n')
    .map(JSON.parse);
  const end = events.at(-1);
  check(
    end?.type === 'end' && end.completed === true,
    `a short --json session ends completed (last event: ${JSON.stringify(end)})`,
  );
  console.log(`pmr ${pkg.version} runs on Node ${oldest}.`);
} catch (error) {
  console.error(`smoke:oldest-node: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    input: '',
    stdio: ['pipe', 'pipe', 'inherit'],
    ...options,
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
  return result.stdout;
}

function check(ok, what) {
  if (!ok) throw new Error(`failed: ${what}`);
  console.log(`ok  ${what}`);
}
