import { describe, expect, it } from 'vitest';
import { getIn, setIn } from './path';

describe('getIn / setIn', () => {
  const root = { a: { b: 1 }, list: [{ x: 1 }, { x: 2 }] };

  it('reads nested objects and list entries', () => {
    expect(getIn(root, 'a.b')).toBe(1);
    expect(getIn(root, 'list.1.x')).toBe(2);
    expect(getIn(root, 'a.missing.deeper')).toBeUndefined();
  });

  it('writes without touching the original and shares untouched branches', () => {
    const next = setIn(root, 'list.1.x', 5);
    expect(next.list[1].x).toBe(5);
    expect(root.list[1].x).toBe(2);
    expect(Array.isArray(next.list)).toBe(true);
    expect(next.a).toBe(root.a);
    expect(next.list[0]).toBe(root.list[0]);
  });
});
