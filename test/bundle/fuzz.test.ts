// A small fuzz run inside `npm test`: the built bundle on generated workbooks (test/helpers/fuzz.ts
// says what is generated and what must hold). The large run is on demand: `npm run fuzz -- 10000`.
import { fuzzMany } from '../helpers/fuzz';

it('Tổng hợp on 50 generated workbooks: no crash, every problem at a cell, no error row counted, input tabs unchanged', () => {
  const { failures } = fuzzMany(1, 50);
  expect(failures).toEqual([]);
});
