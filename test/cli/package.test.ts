import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers/run-pmr.js';

// `npm pack` ships only what pmr needs to run: the entry, the bundle, the
// built-in routines, the schema, README and licence. No sources or tests.

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
        !/^(bin\/pmr\.js|dist\/[\w-]+\.js(\.map)?|routines\/[a-z-]+\.yaml|schema\/routine\.schema\.json|README\.md|LICENSE|package\.json)$/.test(
          file,
        ),
    );
    expect(unexpected).toEqual([]);
    for (const needed of [
      'bin/pmr.js',
      'dist/cli.js',
      'routines/work.yaml',
      'routines/back.yaml',
      'schema/routine.schema.json',
      'README.md',
      'LICENSE',
    ]) {
      expect(files).toContain(needed);
    }
  });

  test('it needs no dependencies at run time: everything is bundled into dist', () => {
    const pkg = JSON.parse(
      spawnSync('npm', ['pkg', 'get', 'dependencies'], { cwd: repoRoot, encoding: 'utf8' }).stdout,
    );
    expect(pkg).toEqual({});
  });
});
