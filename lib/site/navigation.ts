/** What a click on a link tells the page: the button and keys held, and the anchor's attributes. */
export interface LinkClick {
  button: number;
  modified: boolean;
  defaultPrevented: boolean;
  /** The anchor's `target` attribute, null when absent. */
  target: string | null;
  download: boolean;
  /** The anchor's resolved `href` (an absolute URL). */
  href: string;
}

/**
 * The path (with query and hash) to navigate to client-side, or null to leave the click to the
 * browser. It follows next/link's own rule (next/dist/client/app-dir/link.js, `linkClicked`): a
 * modified or non-primary click, a `target` other than `_self`, a `download` or another origin
 * is the browser's business (new tab, save, leave the site), and so is a click a handler already
 * cancelled.
 */
export function clientNavigationPath(click: LinkClick, origin: string): string | null {
  if (click.defaultPrevented || click.button !== 0 || click.modified || click.download) return null;
  if (click.target && click.target !== '_self') return null;
  const url = new URL(click.href, origin);
  return url.origin === origin ? url.pathname + url.search + url.hash : null;
}
