import { describe, expect, it } from 'vitest';
import { regionFromHeaders } from './region-headers';

describe('regionFromHeaders', () => {
  it.each([
    ['Cloudflare', { 'CF-IPCountry': 'US', 'cf-region-code': 'CA' }, 'US-CA'],
    ['Vercel', { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'TX' }, 'US-TX'],
    ['CloudFront', { 'CloudFront-Viewer-Country': 'US', 'CloudFront-Viewer-Country-Region': 'VA' }, 'US-VA'],
    ['Cloudflare, country only', { 'cf-ipcountry': 'DE' }, 'DE'],
    ['Vercel, country only', { 'x-vercel-ip-country': 'FR' }, 'FR'],
    ['CloudFront, country only', { 'cloudfront-viewer-country': 'GB' }, 'GB'],
  ])('%s', (_, record, region) => {
    // As a plain record (Node's IncomingMessage.headers, any case) and as a Fetch Headers object.
    expect(regionFromHeaders(record)).toBe(region);
    expect(regionFromHeaders(new Headers(record))).toBe(region);
  });

  it("reads Node's lower-case header record, and the first of repeated values", () => {
    expect(regionFromHeaders({ 'cf-ipcountry': ['us', 'de'], 'cf-region-code': 'ca' })).toBe('US-CA');
  });

  it('accepts a subdivision sent as the full ISO 3166-2 code', () => {
    expect(regionFromHeaders({ 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'US-CO' })).toBe('US-CO');
  });

  it('ignores unknown and non-country values, and a malformed subdivision', () => {
    expect(regionFromHeaders({ 'cf-ipcountry': 'XX', 'cf-region-code': 'CA' })).toBeUndefined();
    expect(regionFromHeaders({ 'cf-ipcountry': 'T1' })).toBeUndefined();
    expect(regionFromHeaders({ 'cf-ipcountry': 'USA' })).toBeUndefined();
    expect(regionFromHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': 'California' })).toBe('US');
    expect(regionFromHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': 'C;A' })).toBe('US');
  });

  it('falls through to the next provider when one names no country', () => {
    expect(
      regionFromHeaders({
        'cf-ipcountry': 'XX',
        'cloudfront-viewer-country': 'CA',
        'cloudfront-viewer-country-region': 'QC',
      }),
    ).toBe('CA-QC');
  });

  it('is undefined without geo headers or without headers', () => {
    expect(regionFromHeaders({})).toBeUndefined();
    expect(regionFromHeaders(new Headers({ accept: 'text/html' }))).toBeUndefined();
    expect(regionFromHeaders(null)).toBeUndefined();
    expect(regionFromHeaders(undefined)).toBeUndefined();
    expect(regionFromHeaders({ 'cf-ipcountry': undefined, 'x-vercel-ip-country': null })).toBeUndefined();
  });
});
