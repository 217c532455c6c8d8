import type { CollectorConfig } from '../src/config.js';

export const testConfig = (overrides: Partial<CollectorConfig> = {}): CollectorConfig => ({
  port: 0,
  host: '127.0.0.1',
  dataDir: 'memory://',
  databaseUrl: null,
  adminToken: 'test-admin-token',
  allowedOrigins: ['https://shop.example'],
  retentionMonths: 24,
  rateLimitPerMinute: 0,
  trustProxy: false,
  ...overrides,
});

export const ADMIN = { Authorization: 'Bearer test-admin-token' };
