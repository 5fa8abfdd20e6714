import { describe, expect, it } from 'vitest';
import { choiceProblems, rightIndex, type Choice } from './choice';

const sound: Choice = {
  question: 'Who opens the connection in pull?',
  options: [
    { text: 'The server', correct: true, why: 'Right: it scrapes each target.' },
    { text: 'The target', correct: false, why: 'That is push: the target sends.' },
    { text: 'Neither', correct: false, why: 'Someone has to open it.' },
  ],
};

describe('choice questions', () => {
  it('find the right option', () => {
    expect(rightIndex(sound)).toBe(0);
  });

  it('pass a sound question and name each flaw of a broken one', () => {
    expect(choiceProblems(sound)).toEqual([]);
    const none = { ...sound, options: sound.options.map((o) => ({ ...o, correct: false })) };
    expect(choiceProblems(none)).toEqual(['not exactly one right option']);
    const two = { ...sound, options: sound.options.map((o, i) => ({ ...o, correct: i < 2 })) };
    expect(choiceProblems(two)).toEqual(['not exactly one right option']);
    const terse = { ...sound, options: [...sound.options.slice(0, 2), { text: 'Both', correct: false, why: 'No.' }] };
    expect(choiceProblems(terse)).toEqual(['“Both” is not explained']);
    expect(choiceProblems({ ...sound, options: sound.options.slice(0, 2) })).toEqual(['fewer than three options']);
  });
});
