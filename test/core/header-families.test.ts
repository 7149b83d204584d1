// The shapes of issue 17 (test/helpers/header-families.ts) read by the core alone, on plain grids
// with their merged blocks: the exact totals, HSKT, names and problems of each.
import { FAMILY_RUNS } from '../helpers/header-families';
import { checkInCore } from '../helpers/variant-core';

describe('issue 17 shapes, read by the core', () => {
  it.each(FAMILY_RUNS)('%s (%s header)', (_shape, style, c) => checkInCore(c, style));
});
