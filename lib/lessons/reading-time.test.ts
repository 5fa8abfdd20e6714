import { describe, expect, it } from 'vitest';
import { readingMinutes, wordCount, WORDS_PER_MIN } from './reading-time';

describe('wordCount', () => {
  it('counts prose words, not markdown punctuation', () => {
    expect(wordCount('## A job between two ticks\n\nPrometheus scrapes **each** target - every `T` seconds.')).toBe(
      5 + 7,
    );
  });

  it('leaves out component tags, code blocks and link targets, but keeps the link text', () => {
    const mdx = [
      'Read the [Pushgateway docs](https://prometheus.io/docs/practices/pushing/) first.',
      '',
      '<Sim id="coverage" />',
      '',
      '```yaml',
      'scrape_configs:',
      '  - job_name: api',
      '```',
      '',
      '<Note>',
      'Two words.',
      '</Note>',
    ].join('\n');
    expect(wordCount(mdx)).toBe(7);
  });

  it('is zero for nothing to read', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('<Quiz />\n\n<Sources />')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds up to whole minutes, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(WORDS_PER_MIN)).toBe(1);
    expect(readingMinutes(WORDS_PER_MIN + 1)).toBe(2);
    expect(readingMinutes(1500)).toBe(8);
  });
});
