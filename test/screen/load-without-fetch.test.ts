import { describe, expect, test } from 'vitest';
import { loadWithoutFetch } from '../../src/screen/load-without-fetch.js';

// yoga-layout's loader fetches its inlined WebAssembly when fetch exists,
// which loads Node's whole HTTP client before the first frame.

describe('loading the screen without fetch', () => {
  test('fetch is gone while the module loads, and back afterwards', async () => {
    const seen = await loadWithoutFetch(async () => typeof globalThis.fetch);
    expect(seen).toBe('undefined');
    expect(typeof globalThis.fetch).toBe('function');
  });

  test('back even when loading fails', async () => {
    await expect(
      loadWithoutFetch(async () => {
        throw new Error('no such module');
      }),
    ).rejects.toThrow('no such module');
    expect(typeof globalThis.fetch).toBe('function');
  });
});
