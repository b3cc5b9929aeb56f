// Routine names in the order of the person's locale, as localeCompare gives
// it. Starting ICU's collator for that costs milliseconds at every `pmr list`
// (and every Tab), though the names are nearly always lowercase ids. For
// those, under a locale that collates them as ICU's root collation does (no
// locale set, C, POSIX, English), the order is exactly that of their code
// units, so no collator is needed; any other name or locale gets localeCompare.

const plainId = /^[a-z0-9-]*$/;
const rootLikeLocale = /^(?:C|POSIX|en(?:_[A-Za-z]{2})?)(?:\.[A-Za-z0-9-]+)?$/;

/** Whether ICU's default collator orders lowercase ids by code unit under this environment. */
export function collatesIdsPlainly(
  env: NodeJS.ProcessEnv,
  nodeFlags: readonly string[] = process.execArgv,
): boolean {
  // ICU takes its default locale from the first of these that is set; each
  // is checked, so the answer holds whichever one it reads.
  const locales = [env.LC_ALL, env.LC_MESSAGES, env.LANG].filter((value) => value);
  if (!locales.every((value) => rootLikeLocale.test(value ?? ''))) return false;
  // node --icu-locale chooses another default.
  return ![...nodeFlags, env.NODE_OPTIONS ?? ''].some((flag) => flag.includes('icu'));
}

/** Compares two names as localeCompare under the process's locale does. */
export function nameOrder(
  names: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): (a: string, b: string) => number {
  if (names.every((name) => plainId.test(name)) && collatesIdsPlainly(env)) {
    return (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  }
  return (a, b) => a.localeCompare(b);
}
