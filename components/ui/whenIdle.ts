/**
 * Runs `callback` once the browser is idle, at most `timeoutMs` later; returns a cancel function.
 * Safari has no requestIdleCallback: there it waits out the next frame instead.
 */
export function whenIdle(callback: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 16);
  return () => clearTimeout(id);
}
