// Issue 17: the shapes of test/helpers/header-families.ts, each run through the built bundle on the
// in-memory spreadsheet from an .xlsx with its merged blocks: exact totals, HSKT, names and
// problems, and no input tab changed. The same table runs through the core alone in
// test/core/header-families.test.ts.
import { FAMILY_RUNS } from '../helpers/header-families';
import { checkInBundle } from '../helpers/variant-runs';

describe('issue 17 shapes, through the built bundle', () => {
  it.each(FAMILY_RUNS)('%s (%s header)', (_shape, style, c) => checkInBundle(c, style));
});
