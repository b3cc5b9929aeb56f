// Loaded with `node --import` by tests: every write to standard output throws,
// as when the terminal it wrote to is gone, so pmr meets an error it has no
// words for and shows its stack trace with PMR_DEBUG=1.
process.stdout.write = () => {
  throw new Error('standard output is gone');
};
