// Requests per minute per client address, in memory (fixed one-minute windows). Each collector
// counts its own clients: behind a load balancer with N collectors the effective limit is up to
// N times this.

export interface RateLimiter {
  /** True when this request is allowed; otherwise the seconds until the window ends. */
  take(key: string, now?: number): true | number;
  stop(): void;
}

const WINDOW_MS = 60_000;

export function createRateLimiter(perMinute: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  // Old windows are dropped every minute, so an address seen once costs nothing for long.
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(key);
  }, WINDOW_MS);
  sweep.unref();
  return {
    take(key, now = Date.now()) {
      if (perMinute <= 0) return true;
      let w = windows.get(key);
      if (!w || now - w.start >= WINDOW_MS) {
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      w.count++;
      return w.count <= perMinute ? true : Math.max(1, Math.ceil((w.start + WINDOW_MS - now) / 1000));
    },
    stop: () => clearInterval(sweep),
  };
}
