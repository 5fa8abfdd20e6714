/**
 * Rehype plugin: wraps a lesson's top-level content into one <section> per `##` heading (the
 * content before the first heading forms its own). The sections between the first and the last
 * take the `defer-render` class, so the browser skips style and layout of those far from the
 * viewport. The first is on screen at load: deferred, it would paint a frame late, after the
 * framework's scripts, and its first paragraph is the page's largest contentful paint. The last
 * holds the quiz, and page navigation follows it: while skipped, a section keeps its placeholder
 * height, so its real content overlaps what follows in measured geometry, and checkers (axe's
 * target size, in Lighthouse) report the quiz's radios as obscured. Plain JavaScript because
 * @next/mdx loads plugins with Node's import() while it compiles MDX.
 *
 * @returns {(tree: import('hast').Root) => void}
 */
export default function rehypeSections() {
  return (tree) => {
    /** @type {import('hast').RootContent[][]} */
    const groups = [];
    for (const node of tree.children) {
      const startsSection = node.type === 'element' && node.tagName === 'h2';
      if (startsSection || groups.length === 0) groups.push([]);
      groups[groups.length - 1].push(node);
    }
    const deferred = (i) => i > 0 && i < groups.length - 1;
    tree.children = groups.map((children, i) => ({
      type: 'element',
      tagName: 'section',
      // The inline padding keeps focus rings inside the section's paint containment.
      properties: deferred(i) ? { className: ['defer-render', '-mx-1.5', 'px-1.5'] } : {},
      children,
    }));
  };
}
