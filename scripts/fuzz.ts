// `npm run fuzz -- [N] [first seed]`: the built bundle on N generated workbooks (default 1,000),
// each checked as test/helpers/fuzz.ts says. `npm run fuzz -- 10000` is the large run;
// `npm run fuzz -- 1 4242` replays seed 4242. A small run is part of `npm test` (test/bundle/fuzz.test.ts).
import { fuzzMany } from '../test/helpers/fuzz';

const count = Number(process.argv[2] ?? 1000);
const first = Number(process.argv[3] ?? 1);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(first)) {
  console.error('Usage: npm run fuzz -- [number of workbooks] [first seed]');
  process.exit(2);
}
const { failures, failed, ms } = fuzzMany(first, count, 50);
for (const f of failures) console.log(f);
console.log(`${count} workbooks (seeds ${first}–${first + count - 1}): ${failed} failed, in ${(ms / 1000).toFixed(1)} s (${(ms / count).toFixed(1)} ms each).`);
process.exit(failed === 0 ? 0 : 1);
