// readHeaderLabel's edges (vocab/header-label.ts): a whole label that is one known name is read
// as it, however its letters are spaced; a word that is not all digits is no number to pass over.

import { readHeaderLabel } from '../../src/core/vocab';

describe('a label that is one known name, written with its letters spaced out', () => {
  it.each([
    ['T I Ế N G  V I Ệ T', { reviewPoint: undefined, area: 'Tiếng Việt', clear: true }],
    ['G I Ữ A  H Ọ C  K Ì  I', { reviewPoint: 'GKI', area: undefined, clear: true }],
    ['T O Á N', { reviewPoint: undefined, area: 'Toán', clear: true }],
  ])('"%s" is read as that name, clear', (label, read) => {
    expect(readHeaderLabel(label)).toStrictEqual(read);
  });
});

describe('numbers in a label: only a word of digits passes as decoration', () => {
  it.each(['Toán 2025', 'GKI Toán 11 2025', 'Toán lần 2'])('"%s" is read clear', (label) => {
    expect(readHeaderLabel(label).clear).toBe(true);
  });

  it.each([
    ['Toán L1', 'Toán', undefined], ['Toán 3A', 'Toán', undefined], ['GKI Toán đợt2', 'Toán', 'GKI'], ['Tiếng Việt 2B', 'Tiếng Việt', undefined],
  ])('"%s": a word mixing letters and digits is a word the add-in does not know, so the label is not clear', (label, area, point) => {
    expect(readHeaderLabel(label)).toEqual({ reviewPoint: point, area, clear: false });
  });
});
