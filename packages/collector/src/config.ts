// The service's settings, read once from the environment (README "Consent records" lists them).
// A bad value stops the start with one line naming the variable.

export interface CollectorConfig {
  port: number;
  host: string;
  /** Folder of the embedded database (PGlite); unused when databaseUrl is set. */
  dataDir: string;
  databaseUrl: string | null;
  /** Bearer token of the admin endpoints; null disables them. */
  adminToken: string | null;
  /** Origins whose pages may send records; '*' allows any. The collector's own origin always may. */
  allowedOrigins: string[] | '*';
  /** Whole months a record is kept; the CCPA regulations (§7101) ask for at least 24. */
  retentionMonths: number;
  /** Requests per minute per client address; 0 turns the limit off (load tests). */
  rateLimitPerMinute: number;
  /** Behind a load balancer: take the client address from X-Forwarded-For and the scheme from X-Forwarded-Proto. */
  trustProxy: boolean;
}

export const MIN_RETENTION_MONTHS = 24;

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw == null || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): CollectorConfig {
  const origins = (env.ALLOWED_ORIGINS || '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const origin of origins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(`ALLOWED_ORIGINS: "${origin}" is not an origin like https://example.com`);
    }
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    port: integer(env, 'PORT', 8787, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    dataDir: env.DATA_DIR?.trim() || '.collector-data',
    databaseUrl,
    adminToken: env.ADMIN_TOKEN?.trim() || null,
    allowedOrigins: origins.includes('*') ? '*' : origins,
    retentionMonths: integer(env, 'RETENTION_MONTHS', MIN_RETENTION_MONTHS, MIN_RETENTION_MONTHS, 1200),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 120, 0, 1_000_000),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  };
}
