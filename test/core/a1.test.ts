// A1 references both ways: the writer names cells, and the shell reads merged blocks as
// Range.getA1Notation gives them (one call per block).
import fc from 'fast-check';
import { a1, columnLetters, columnNumber, parseA1Range } from '../../src/core/text';
import { propertyRuns } from '../helpers/property-runs';

it.each<[string, ReturnType<typeof parseA1Range>]>([
  ['A1', { row: 1, column: 1, numRows: 1, numColumns: 1 }],
  ['D7', { row: 7, column: 4, numRows: 1, numColumns: 1 }],
  ['B3:D7', { row: 3, column: 2, numRows: 5, numColumns: 3 }],
  ['Z2:AB2', { row: 2, column: 26, numRows: 1, numColumns: 3 }],
  ['AZ10:BA11', { row: 10, column: 52, numRows: 2, numColumns: 2 }],
  ['C5:C5', { row: 5, column: 3, numRows: 1, numColumns: 1 }],
  ['', undefined], ['A', undefined], ['1', undefined], ['a1', undefined], ['A1:B', undefined], ['Sheet1!A1', undefined], [' A1', undefined],
])('%j reads as %j', (text, range) => {
  expect(parseA1Range(text)).toEqual(range);
});

it('column letters and numbers are inverse, row and column survive the round trip', () => {
  expect([columnNumber('A'), columnNumber('Z'), columnNumber('AA'), columnNumber('AZ'), columnNumber('XFD')]).toEqual([1, 26, 27, 52, 16384]);
  fc.assert(fc.property(fc.integer({ min: 1, max: 18278 }), fc.integer({ min: 1, max: 1048576 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }),
    (column, row, down, across) => {
      expect(columnNumber(columnLetters(column))).toBe(column);
      expect(parseA1Range(`${a1(row, column)}:${a1(row + down, column + across)}`)).toEqual({ row, column, numRows: down + 1, numColumns: across + 1 });
    }), { numRuns: propertyRuns(200) });
});
