import { inject } from 'vitest';

// Runs in every test worker before its tests: the OS temp dir becomes the
// run's own folder, so whatever a test, or a program it starts with this
// environment, writes to tmpdir() is removed with that folder at the end.
process.env.TMPDIR = inject('pmrTempRoot');
