/** Reading and immutably writing a value at a dotted path (`pull.scrapeIntervalSec`, `services.1.count`). */

export type Path = string;

const keys = (path: Path): (string | number)[] => path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));

export function getIn(root: unknown, path: Path): unknown {
  let node = root;
  for (const k of keys(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[k];
  }
  return node;
}

/** A copy of `root` with `value` at `path`; every object on the way is copied, nothing else. */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  const [head, ...rest] = keys(path);
  const node = (root ?? {}) as Record<string | number, unknown>;
  const child = rest.length ? setIn(node[head], rest.join('.'), value) : value;
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[head as number] = child;
    return copy as T;
  }
  return { ...node, [head]: child } as T;
}
