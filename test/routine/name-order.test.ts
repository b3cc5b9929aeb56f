import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { collatesIdsPlainly, nameOrder } from '../../src/routine/name-order.js';
import { runPmr, tempHome } from '../helpers/run-pmr.js';

// Routine names are listed in the locale's order. Plain ids under a locale
// that collates like ICU's root are compared without starting a collator;
// the order must be the collator's, exactly.

const id = fc.stringMatching(/^[a-z0-9-]{0,12}$/);

describe('the order of routine names', () => {
  test.each(['en-US', 'en-GB', 'und', 'en-US-u-va-posix'])(
    'plain ids sort as the %s collator sorts them',
    (locale) => {
      const collator = new Intl.Collator(locale);
      fc.assert(
        fc.property(fc.array(id, { maxLength: 12 }), (names) => {
          const plain = [...names].sort(nameOrder(names, { LANG: 'C.UTF-8' }));
          expect(plain).toEqual([...names].sort(collator.compare));
        }),
        { numRuns: 500 },
      );
    },
  );

  test('plain ids compare as code units only under a locale that collates like the root', () => {
    for (const env of [{}, { LANG: 'C' }, { LANG: 'C.UTF-8' }, { LANG: 'POSIX' }]) {
      expect(collatesIdsPlainly(env, [])).toBe(true);
    }
    expect(collatesIdsPlainly({ LANG: 'en_GB.UTF-8', LC_ALL: '' }, [])).toBe(true);
    expect(collatesIdsPlainly({ LANG: 'da_DK.UTF-8' }, [])).toBe(false);
    expect(collatesIdsPlainly({ LANG: 'C', LC_MESSAGES: 'lt_LT.UTF-8' }, [])).toBe(false);
    expect(collatesIdsPlainly({ LANG: 'C', LC_ALL: 'tr_TR' }, [])).toBe(false);
    expect(collatesIdsPlainly({ LANG: 'en_US@collation=phonebook' }, [])).toBe(false);
    expect(collatesIdsPlainly({ LANG: 'C' }, ['--icu-data-dir=/elsewhere'])).toBe(false);
  });

  test('other names keep the collator: capitals, accents and scripts', () => {
    const names = ['Zen', 'abc', 'évening', 'eve', '深呼吸'];
    expect([...names].sort(nameOrder(names, { LANG: 'C.UTF-8' }))).toEqual(
      [...names].sort((a, b) => a.localeCompare(b)),
    );
  });

  test('pmr list under a Danish locale keeps its order: aa after z', () => {
    const home = tempHome();
    mkdirSync(join(home, 'routines'));
    for (const name of ['aa-morning', 'zz-evening']) {
      writeFileSync(join(home, 'routines', `${name}.yaml`), 'steps: [jaw]\n');
    }
    const names = (lang: string) => {
      const result = runPmr(['list', '--json'], {
        home,
        env: { LANG: lang, LC_MESSAGES: undefined },
      });
      expect(result.stderr).toBe('');
      return (JSON.parse(result.stdout) as Array<{ name: string }>).map((entry) => entry.name);
    };
    expect(names('C.UTF-8')).toEqual([
      'aa-morning',
      'anxiety',
      'back',
      'bedtime',
      'classic',
      'work',
      'zz-evening',
    ]);
    expect(names('da_DK.UTF-8')).toEqual([
      'anxiety',
      'back',
      'bedtime',
      'classic',
      'work',
      'zz-evening',
      'aa-morning',
    ]);
  });
});
