// How many cases a property test tries. Stryker (`npm run mutate`) runs the core tests once per
// mutant, hundreds of times over on two shared cores: there a quarter of the cases, at least 10.
export function propertyRuns(n: number): number {
  return process.env.STRYKER_MUTATOR_WORKER === undefined ? n : Math.max(10, Math.ceil(n / 4));
}
