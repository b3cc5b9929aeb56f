import { act } from 'react';

// React's act() around everything that makes the screen change, so each
// render and each effect has run before a test reads a frame, however busy
// the machine is (a real macrotask would otherwise decide when effects run).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export async function settled<T>(work: () => T | Promise<T>): Promise<T> {
  let value: T | undefined;
  await act(async () => {
    value = await work();
  });
  return value as T;
}
