import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot, tempHome } from '../helpers/run-pmr.js';

// `npm pack` ships only what pmr needs to run: the entry, the bundle with its
// third-party notices, the built-in routines, the schema, README and licence.
// No sources or tests.

const dist = join(repoRoot, 'dist');

/** name@version of every package whose code the bundle holds, read from its source maps. */
function bundledPackages(): string[] {
  const packageDirs = new Set<string>();
  for (const file of readdirSync(dist).filter((name) => name.endsWith('.js.map'))) {
    const { sources } = JSON.parse(readFileSync(join(dist, file), 'utf8')) as { sources: string[] };
    for (const source of sources) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(source);
      if (match?.[1]) packageDirs.add(join(dist, match[1]));
    }
  }
  return [...packageDirs].map((dir) => {
    const { name, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return `${name}@${version}`;
  });
}

/** Licences that ask only for their notice to be kept. */
const permissive = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD']);

describe('the package', () => {
  test('npm pack lists only what is needed', () => {
    const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const [pack] = JSON.parse(result.stdout) as Array<{ files: Array<{ path: string }> }>;
    const files = pack?.files.map((file) => file.path) ?? [];
    const unexpected = files.filter(
      (file) =>
        !/^(bin\/pmr\.js|dist\/[\w-]+\.js(\.map)?|dist\/THIRD-PARTY-NOTICES\.txt|routines\/[a-z-]+\.yaml|schema\/routine\.schema\.json|README\.md|LICENSE|package\.json)$/.test(
          file,
        ),
    );
    expect(unexpected).toEqual([]);
    for (const needed of [
      'bin/pmr.js',
      'dist/cli.js',
      'dist/THIRD-PARTY-NOTICES.txt',
      'routines/work.yaml',
      'routines/back.yaml',
      'schema/routine.schema.json',
      'README.md',
      'LICENSE',
    ]) {
      expect(files).toContain(needed);
    }
  });

  test('npm install -g of the packed tarball warns about nothing, and pmr runs', () => {
    const dir = tempHome();
    const npm = (args: string[]) =>
      spawnSync('npm', [...args, '--no-audit', '--no-fund', '--offline'], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
    // dist/ is already built for the tests, so pack without its prepack build.
    const pack = npm(['pack', '--ignore-scripts', '--pack-destination', dir, '--json']);
    expect(pack.status).toBe(0);
    const [{ filename }] = JSON.parse(pack.stdout) as [{ filename: string }];
    const install = npm(['install', '-g', '--prefix', join(dir, 'prefix'), join(dir, filename)]);
    expect(install.status).toBe(0);
    expect(install.stderr).toBe('');
    const pmr = spawnSync(
      process.execPath,
      [join(dir, 'prefix', 'bin', 'pmr'), 'show', 'work', '--json'],
      {
        env: { ...process.env, PMR_HOME: join(dir, 'home') },
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(pmr.stdout).routine.name).toBe('work');
  });

  test('it needs no dependencies at run time: everything is bundled into dist', () => {
    const pkg = JSON.parse(
      spawnSync('npm', ['pkg', 'get', 'dependencies'], { cwd: repoRoot, encoding: 'utf8' }).stdout,
    );
    expect(pkg).toEqual({});
  });

  test('the notices name every bundled package, its licence and licence text', () => {
    const notices = readFileSync(join(dist, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    const packages = bundledPackages();
    expect(packages.filter((pkg) => pkg.startsWith('react@'))).toHaveLength(1);
    // Each section: a rule, name and version, the licence, then its text.
    const named = new Set(
      [...notices.matchAll(/^=+\n(\S+) (\S+)\nLicence: .+\n\n\S/gm)].map(
        ([, name, version]) => `${name}@${version}`,
      ),
    );
    expect(packages.filter((pkg) => !named.has(pkg))).toEqual([]);
    const licences = [...notices.matchAll(/^Licence: (.+)$/gm)].map(([, licence]) => licence);
    expect(licences.filter((licence) => !permissive.has(licence ?? ''))).toEqual([]);
    expect(notices).toContain('Permission is hereby granted, free of charge');
  });
});
