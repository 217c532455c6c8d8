import { describe, expect, it } from 'vitest';
import { truncateIp, userAgentFamily } from '../src/http/client-info.js';
import { readConfig } from '../src/config.js';

describe('what the server keeps of the sender', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0/24'],
    ['::ffff:198.51.100.9', '198.51.100.0/24'],
    ['2001:db8:abcd:12:1:2:3:4', '2001:db8:abcd::/48'],
    ['2001:db8::1', '2001:db8:0::/48'],
    ['::1', '0:0:0::/48'],
    ['fe80::1%eth0', 'fe80:0:0::/48'],
    ['not an address', null],
    ['', null],
    [null, null],
  ])('truncates %s to %s', (ip, expected) => {
    expect(truncateIp(ip)).toBe(expected);
  });

  it.each([
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      'Chrome',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      'Edge',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
      'Safari',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox'],
    [
      'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0 Mobile Safari/537.36',
      'Samsung Internet',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 OPR/115.0',
      'Opera',
    ],
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'Bot'],
    ['curl/8.5.0', 'Other'],
    [undefined, 'Other'],
  ])('reduces the user agent to its family: %s → %s', (ua, family) => {
    expect(userAgentFamily(ua)).toBe(family);
  });
});

describe('configuration from the environment', () => {
  it('has the documented defaults', () => {
    expect(readConfig({})).toMatchObject({
      port: 8787,
      dataDir: '.collector-data',
      databaseUrl: null,
      adminToken: null,
      allowedOrigins: [],
      retentionMonths: 24,
    });
  });

  it('reads every variable', () => {
    expect(
      readConfig({
        PORT: '9000',
        DATA_DIR: '/var/lib/records',
        DATABASE_URL: 'postgres://u@db/records',
        ADMIN_TOKEN: 's3cret',
        ALLOWED_ORIGINS: 'https://a.example, https://b.example/',
        RETENTION_MONTHS: '36',
      }),
    ).toMatchObject({
      port: 9000,
      dataDir: '/var/lib/records',
      databaseUrl: 'postgres://u@db/records',
      adminToken: 's3cret',
      allowedOrigins: ['https://a.example', 'https://b.example'],
      retentionMonths: 36,
    });
    expect(readConfig({ ALLOWED_ORIGINS: 'https://a.example,*' }).allowedOrigins).toBe('*');
  });

  it.each([
    [{ RETENTION_MONTHS: '12' }, 'RETENTION_MONTHS'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ ALLOWED_ORIGINS: 'shop.example' }, 'ALLOWED_ORIGINS'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
  ])('refuses %o with an error naming %s', (env, name) => {
    expect(() => readConfig(env)).toThrow(name);
  });
});
