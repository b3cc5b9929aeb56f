// Ink lays out with yoga-layout, whose WebAssembly is inlined as a data: URL.
// Its loader fetches that URL whenever a global fetch exists, and in Node
// the first fetch loads the whole HTTP client (undici): about 100 ms before
// the first frame, for bytes that are already in memory. Without fetch the
// loader decodes them itself. Nothing else runs fetch in pmr, and the
// global is put back as soon as the module has loaded.

export async function loadWithoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!fetch?.configurable) return load();
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'fetch', fetch);
  }
}
