// What a command may touch of the outside world, passed in so commands can be
// driven from tests without a process of their own.
export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
}

export const processIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  // Made on first use: process.stdin loads Node's net and tty code, which a
  // command that never reads it should not wait for.
  get stdin() {
    return process.stdin;
  },
  env: process.env,
});
