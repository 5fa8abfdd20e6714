import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeSections from './rehype-sections.mjs';

const el = (tagName: string, text: string): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: [{ type: 'text', value: text }],
});

function sectionsOf(children: RootContent[]): string[][] {
  const tree: Root = { type: 'root', children };
  rehypeSections()(tree);
  return tree.children.map((s) => {
    expect(s).toMatchObject({ type: 'element', tagName: 'section' });
    return (s as Element).children.map((c) =>
      c.type === 'element' ? `${c.tagName}:${(c.children[0] as { value: string }).value}` : c.type,
    );
  });
}

describe('rehypeSections', () => {
  it('starts a section at every h2 and keeps the intro before the first one', () => {
    expect(
      sectionsOf([el('p', 'intro'), el('h2', 'A'), el('p', 'a1'), el('h3', 'a2'), el('h2', 'B'), el('p', 'b1')]),
    ).toEqual([['p:intro'], ['h2:A', 'p:a1', 'h3:a2'], ['h2:B', 'p:b1']]);
  });

  it('does not add an empty intro when the content opens with a heading', () => {
    expect(sectionsOf([el('h2', 'A'), el('p', 'a1')])).toEqual([['h2:A', 'p:a1']]);
  });

  it('defers rendering of the sections between the first (on screen) and the last (the quiz)', () => {
    const deferred = (children: RootContent[]) => {
      const tree: Root = { type: 'root', children };
      rehypeSections()(tree);
      return tree.children.map((s) => String((s as Element).properties.className ?? '').includes('defer-render'));
    };
    expect(deferred([el('p', 'intro'), el('h2', 'A'), el('h2', 'B'), el('h2', 'C')])).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(deferred([el('h2', 'A'), el('h2', 'B')])).toEqual([false, false]);
  });

  it('leaves empty content empty', () => {
    expect(sectionsOf([])).toEqual([]);
  });
});
