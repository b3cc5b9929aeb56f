import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runInProcess as run } from '../helpers/run-in-process.js';
import { tempHome } from '../helpers/run-pmr.js';

// pmr safety, sensitive groups in pmr config, and modes in pmr show.

describe('pmr safety', () => {
  test('names every red flag from the guide, and when to stop a practice', async () => {
    const result = await run(['safety']);
    expect(result.status).toBe(0);
    const text = result.stdout.replace(/\s+/g, ' ');
    for (const flag of [
      /severe, lasts, or spreads/,
      /numbness or weakness/,
      /fever/,
      /bladder or bowel/,
      /panic attacks/,
      /avoid things/,
      /costing you sleep/,
      /sharp or spreading pain, numbness, dizziness or shortness of breath/,
    ]) {
      expect(text).toMatch(flag);
    }
    for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(72);
  });
});

describe('sensitive groups in pmr config', () => {
  const marked = () => {
    const home = tempHome();
    writeFileSync(
      join(home, 'config.json'),
      JSON.stringify({
        sensitive: { neck: 1, hands: 2 },
        __internal__: { migrations: { version: '1.0.0' } },
      }),
    );
    return home;
  };

  test('listed, cleared one group at a time or all at once', async () => {
    const home = marked();
    expect((await run(['config', 'list'], { home })).stdout).toMatch(
      /^sensitive\s+neck ×1, hands ×2$/m,
    );
    expect((await run(['config', 'unset', 'sensitive.neck'], { home })).stdout).toBe(
      'sensitive = hands ×2\n',
    );
    expect((await run(['config', 'unset', 'sensitive'], { home })).stdout).toBe(
      'sensitive = none\n',
    );
    expect((await run(['config', 'get', 'sensitive'], { home })).stdout).toBe('none\n');
  });

  test('marks make those groups gentler in the plan, and cannot be set by hand', async () => {
    const home = marked();
    const plan = JSON.parse(
      (await run(['show', '--groups', 'jaw,neck,hands', '--json'], { home })).stdout,
    );
    const modes = plan.phases
      .filter((p: { kind: string }) => p.kind === 'tense')
      .map((p: { mode: string }) => p.mode);
    expect(modes).toEqual(['full', 'micro', 'imagery']);
    expect(plan.sensitive).toEqual(['neck', 'hands']);
    const set = await run(['config', 'set', 'sensitive', 'jaw'], { home });
    expect(set.status).toBe(2);
    expect(set.stderr).toMatch(/pmr config unset sensitive/);
  });
});

describe('modes and positions from the command line', () => {
  test('--micro and --imagery, and --position for the setup', async () => {
    const tense = async (args: string[]) =>
      JSON.parse((await run(['show', 'work', '--json', ...args])).stdout).phases.find(
        (p: { kind: string }) => p.kind === 'tense',
      );
    expect(await tense([])).toMatchObject({ mode: 'full', duration_ms: 5000 });
    expect(await tense(['--micro'])).toMatchObject({ mode: 'micro', duration_ms: 2000 });
    expect(await tense(['--imagery'])).toMatchObject({ mode: 'imagery' });
    const setup = JSON.parse((await run(['show', 'work', '--json', '--position', 'side'])).stdout)
      .phases[0];
    expect(setup.cue).toMatch(/pillow between your knees/);
    const bad = await run(['show', 'work', '--position', 'standing']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/sitting, lying, reclined, side/);
  });
});
