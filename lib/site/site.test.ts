import { describe, expect, it } from 'vitest';
import { activeNav, NAV } from './site';

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
