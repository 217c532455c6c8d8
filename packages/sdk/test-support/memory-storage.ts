// The choice's storage without a browser (core/consent-store.ts's ChoiceStorage): a value in memory
// that a test can read back or preset, for the store and instance tests that run in Node.
import type { ChoiceStorage } from '../src/core/consent-store';

export function memoryStorage(initial?: string): ChoiceStorage & { value?: string } {
  const storage: ChoiceStorage & { value?: string } = {
    value: initial,
    read: () => storage.value,
    write: (value) => {
      storage.value = value;
    },
    clear: () => {
      storage.value = undefined;
    },
  };
  return storage;
}
