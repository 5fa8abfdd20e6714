import { describe, expect, it } from 'vitest';
import { clientNavigationPath, type LinkClick } from './navigation';

const ORIGIN = 'https://lab.example';
const plain: LinkClick = {
  button: 0,
  modified: false,
  defaultPrevented: false,
  target: null,
  download: false,
  href: `${ORIGIN}/lessons/two-models`,
};

describe('clientNavigationPath', () => {
  it('navigates a plain click on a same-origin link, keeping query and hash', () => {
    expect(clientNavigationPath(plain, ORIGIN)).toBe('/lessons/two-models');
    expect(clientNavigationPath({ ...plain, href: `${ORIGIN}/study?cards=up#flashcards` }, ORIGIN)).toBe(
      '/study?cards=up#flashcards',
    );
    expect(clientNavigationPath({ ...plain, target: '_self' }, ORIGIN)).toBe('/lessons/two-models');
  });

  it('leaves to the browser what next/link leaves to it', () => {
    expect(clientNavigationPath({ ...plain, modified: true }, ORIGIN)).toBeNull();
    expect(clientNavigationPath({ ...plain, button: 1 }, ORIGIN)).toBeNull();
    expect(clientNavigationPath({ ...plain, target: '_blank' }, ORIGIN)).toBeNull();
    expect(clientNavigationPath({ ...plain, download: true }, ORIGIN)).toBeNull();
    expect(clientNavigationPath({ ...plain, defaultPrevented: true }, ORIGIN)).toBeNull();
  });

  it('never navigates client-side to another origin', () => {
    expect(clientNavigationPath({ ...plain, href: 'https://prometheus.io/docs/' }, ORIGIN)).toBeNull();
    expect(clientNavigationPath({ ...plain, href: 'http://lab.example/lab' }, ORIGIN)).toBeNull();
  });
});
