import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScripts, securePage, withPolicy } from './csp';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const page = (head: string, body = '') =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

describe('inlineScripts', () => {
  it('returns the text of inline scripts only, in order, byte for byte', () => {
    const html = page(
      '<script src="/a.js" async=""></script><script>self.x=1</script>',
      '<script id="_R_">\n  push("</div>")\n</script><SCRIPT>y()</SCRIPT>',
    );
    expect(inlineScripts(html)).toEqual(['self.x=1', '\n  push("</div>")\n', 'y()']);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows own files and exactly the given hashes, never unsafe inline or eval scripts', () => {
    const policy = contentSecurityPolicy(['AAA=', 'BBB=', 'AAA=']);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe("script-src 'self' 'sha256-AAA=' 'sha256-BBB='");
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("object-src 'none'");
  });
});

describe('securePage', () => {
  it('puts the policy right after the charset, before any script, with the hash of each inline script', () => {
    const html = page('<script>a()</script>', '<script>b()</script>');
    const secured = securePage(html, sha256);
    const meta = secured.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(secured.indexOf('charSet'));
    expect(meta).toBeLessThan(secured.indexOf('<script'));
    // sha256 of "a()" and "b()", computed independently of the code under test.
    expect(secured).toContain(`'sha256-${sha256('a()')}'`);
    expect(secured).toContain(`'sha256-${sha256('b()')}'`);
    expect(secured.split('Content-Security-Policy').length - 1).toBe(1);
  });

  it('replaces its own earlier policy when run twice, and follows changed inline scripts', () => {
    const once = securePage(page('<script>a()</script>'), sha256);
    const changed = once.replace('a()', 'c()');
    const twice = securePage(changed, sha256);
    expect(twice.split('Content-Security-Policy').length - 1).toBe(1);
    expect(twice).toContain(sha256('c()'));
    expect(twice).not.toContain(sha256('a()'));
  });

  it('falls back to the start of <head> without a charset, and refuses a page without <head>', () => {
    expect(withPolicy('<html><head><title>x</title></head></html>', "default-src 'self'")).toMatch(
      /^<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"\/><title>/,
    );
    expect(() => withPolicy('<p>fragment</p>', "default-src 'self'")).toThrow(/no <head>/);
  });
});
