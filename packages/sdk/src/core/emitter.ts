/** A minimal listener set: subscribe returns its own unsubscribe; a throwing listener is isolated. */
export function createEmitter<T>() {
  const listeners = new Set<(value: T) => void>();
  return {
    on(listener: (value: T) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit(value: T) {
      listeners.forEach((listener) => {
        try {
          listener(value);
        } catch (error) {
          setTimeout(() => {
            throw error;
          }); // report it without breaking the other listeners
        }
      });
    },
    clear: () => listeners.clear(),
  };
}
