import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { openPreferences, readPreferences } from '../../src/store/preferences.js';
import { repoRoot, tempHome } from '../helpers/run-pmr.js';

// Preferences round-trip through conf, and a broken file never stops pmr.

/** Every preference at its default. */
const defaults = {
  routine: 'classic',
  pace: 'normal',
  checkin: 'off',
  sound: 'off',
  'voice.command': '',
  theme: 'auto',
  'dim-after': '21:00',
  sensitive: {},
};

async function open(dir = tempHome()) {
  const warnings: string[] = [];
  const store = await openPreferences(dir, (line) => warnings.push(line));
  return { store, warnings, dir };
}

describe('preferences', () => {
  test('defaults, then set, unset and reset round-trip through the file', async () => {
    const { store, dir } = await open();
    expect(store.values()).toEqual(defaults);
    store.set('pace', 'slow');
    store.set('routine', 'work');
    const again = await open(dir);
    expect(again.store.values()).toMatchObject({ pace: 'slow', routine: 'work' });
    expect(again.store.stored()).toEqual({ pace: 'slow', routine: 'work' });
    again.store.unset('pace');
    expect((await open(dir)).store.values().pace).toBe('normal');
    again.store.reset();
    expect((await open(dir)).store.stored()).toEqual({});
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).not.toHaveProperty(
      'routine',
    );
  });

  const broken: Array<[string, string]> = [
    ['not JSON', '{"pace": "slow",,'],
    ['a value out of range', '{"pace": "sideways"}'],
    ['a value of the wrong type', '{"checkin": true}'],
    ['an empty file', ''],
  ];
  for (const [what, text] of broken) {
    test(`${what}: one warning, a backup of the bad file, then defaults`, async () => {
      const dir = tempHome();
      writeFileSync(join(dir, 'config.json'), text);
      const { store, warnings } = await open(dir);
      expect(store.values()).toEqual(defaults);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^pmr: preferences in .*config\.json could not be read/);
      const backups = readdirSync(dir).filter((name) => name.startsWith('config.json.bad-'));
      expect(backups).toHaveLength(1);
      expect(readFileSync(join(dir, backups[0] ?? ''), 'utf8')).toBe(text);
      // The warning is given once: the next start is clean.
      expect((await open(dir)).warnings).toEqual([]);
    });
  }

  test('unknown keys written by hand are left alone and ignored', async () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'config.json'), '{"pace": "slow", "colour": "teal"}');
    const { store, warnings } = await open(dir);
    expect(warnings).toEqual([]);
    expect(store.values().pace).toBe('slow');
  });
});

describe('reading preferences for a run', () => {
  test('no file, a sound file, and a damaged one read the same as through conf', async () => {
    const dir = tempHome();
    const warnings: string[] = [];
    const warn = (line: string) => warnings.push(line);
    expect(await readPreferences(dir, warn)).toEqual(defaults);
    (await open(dir)).store.set('pace', 'slow');
    expect((await readPreferences(dir, warn)).pace).toBe('slow');
    writeFileSync(join(dir, 'config.json'), '{"pace": 3}');
    expect((await readPreferences(dir, warn)).pace).toBe('normal');
    expect(warnings).toHaveLength(1);
  });

  test('a file without a recorded version goes through conf, which records it', async () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'config.json'), '{"checkin": "on"}');
    expect((await readPreferences(dir, () => {})).checkin).toBe('on');
    const stored = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    expect(stored.__internal__.migrations.version).toBe('1.0.0');
  });
});

describe('changes from many processes at once', () => {
  const runAll = (commands: string[][]) =>
    Promise.all(
      commands.map(
        (args) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
            let stderr = '';
            child.stderr.on('data', (chunk) => (stderr += chunk));
            child.on('error', reject);
            child.on('exit', (code) =>
              code === 0 ? resolve() : reject(new Error(`exit ${code}: ${stderr}`)),
            );
          }),
      ),
    );

  test('pain marks and settings from several processes all land', async () => {
    const dir = tempHome();
    const bundle = join(dir, 'preferences.mjs');
    buildSync({
      entryPoints: [join(repoRoot, 'src/store/preferences.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: bundle,
      logLevel: 'silent',
      // Bundled CommonJS (ajv) calls require(); give it Node's, as the build does.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    const marker = join(dir, 'marker.mjs');
    writeFileSync(
      marker,
      `import { openPreferences } from ${JSON.stringify(bundle)};
const [dir, group, key, value] = process.argv.slice(2);
const store = await openPreferences(dir, (line) => { throw new Error(line); });
for (let n = 0; n < 4; n++) {
  store.markSensitive('shoulders');
  store.markSensitive(group);
}
if (key) store.set(key, value);
`,
    );
    const settings = [
      ['pace', 'slow'],
      ['checkin', 'on'],
      ['sound', 'bell'],
      ['routine', 'work'],
      ['voice.command', 'espeak-ng -s 130'],
    ];
    const groups = ['feet', 'calves', 'thighs', 'hips', 'glutes', 'abdomen', 'chest', 'hands'];
    await runAll(groups.map((group, index) => [marker, dir, group, ...(settings[index] ?? [])]));
    const { store } = await open(dir);
    expect(store.values().sensitive).toEqual({
      shoulders: 4 * groups.length,
      ...Object.fromEntries(groups.map((group) => [group, 4])),
    });
    expect(store.stored()).toMatchObject(Object.fromEntries(settings));
    expect(readdirSync(dir).filter((name) => name.includes('lock'))).toEqual([]);
  }, 60_000);
});
