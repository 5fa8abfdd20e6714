import { describe, expect, it } from 'vitest';
import { activeNav, NAV, siteOrigin, socialImage } from './site';

describe('activeNav', () => {
  it('matches a section and its sub-pages, with or without a trailing slash or query', () => {
    expect(activeNav('/lab')?.href).toBe('/lab');
    expect(activeNav('/lab/')?.href).toBe('/lab');
    expect(activeNav('/lab?seed=2')?.href).toBe('/lab');
    expect(activeNav('/lessons/service-discovery')?.href).toBe('/lessons');
  });

  it('does not match the home page, unknown pages or look-alike prefixes', () => {
    expect(activeNav('/')).toBeUndefined();
    expect(activeNav('/nope')).toBeUndefined();
    expect(activeNav('/laboratory')).toBeUndefined();
  });

  it('has unique routes', () => {
    expect(new Set(NAV.map((n) => n.href)).size).toBe(NAV.length);
  });
});

describe('siteOrigin and socialImage', () => {
  it('write no absolute URL at all when SITE_URL is unset or empty', () => {
    expect(siteOrigin(undefined)).toBeUndefined();
    expect(siteOrigin('')).toBeUndefined();
    expect(socialImage(undefined)).toBeUndefined();
  });

  it('point the image at the deployed origin when SITE_URL is set', () => {
    const origin = siteOrigin('https://pushpull.example.org/');
    expect(origin?.href).toBe('https://pushpull.example.org/');
    expect(socialImage(origin)?.url).toBe('https://pushpull.example.org/og.png');
    expect(siteOrigin('http://example.org')?.href).toBe('http://example.org/');
  });

  it('refuse a value that would produce broken links, saying what is wrong', () => {
    expect(() => siteOrigin('example.org')).toThrow(/absolute URL/);
    expect(() => siteOrigin('ftp://example.org')).toThrow(/http\(s\)/);
    expect(() => siteOrigin('https://user.github.io/repo/')).toThrow(/root/);
  });
});
