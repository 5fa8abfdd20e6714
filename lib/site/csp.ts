/**
 * The Content-Security-Policy of one built page. A static export has no server to send headers,
 * so the policy travels in a `<meta>` tag written after `next build` (scripts/csp.ts): the inline
 * scripts Next writes into each page (the RSC payload, the theme script) are allowed by their
 * sha256 hashes, so no other inline script can run, and the policy follows the build whenever
 * those scripts change. `script-src 'self'` without the hashes would block hydration.
 */

/** The text of every inline `<script>` (one without `src`), as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes))
    .map(([, , text]) => text);
}

/** The policy for a page whose inline scripts have these base64 sha256 digests. */
export function contentSecurityPolicy(scriptSha256: readonly string[]): string {
  const hashes = [...new Set(scriptSha256)].map((h) => `'sha256-${h}'`);
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...hashes].join(' '),
    // Styles cannot run code; React, recharts and next-themes set styles at run time, which no
    // build-time hash could cover.
    "style-src 'self' 'unsafe-inline'",
    // Chart PNG export draws the chart's SVG through a blob: image.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The simulation worker is a file of this site.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * The page with its policy in a `<meta>` as the first element after the charset declaration
 * (a policy only governs what follows it). Running it again replaces the previous policy.
 */
export function withPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/>`;
  if (CSP_META.test(html)) return html.replace(CSP_META, () => meta);
  const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(html);
  if (charset)
    return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('The page has no <head> to put its Content-Security-Policy in.');
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}

/** The page with a policy allowing exactly its own inline scripts (inlineScripts, hashed). */
export function securePage(html: string, sha256Base64: (text: string) => string): string {
  const withoutOldPolicy = html.replace(CSP_META, '');
  return withPolicy(html, contentSecurityPolicy(inlineScripts(withoutOldPolicy).map(sha256Base64)));
}
