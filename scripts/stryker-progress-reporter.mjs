// A Stryker reporter that appends each tested mutant to reports/stryker/progress.jsonl as it is
// tested, so a run stopped before its end (the whole core takes hours on two cores) still leaves
// its results; the built-in event recorder serialises whole-run events too large for a string.
// Each line also names the tests that killed the mutant (or, when none did, that cover it), so that
// scripts/mutate-checkpoint.js can turn a stopped run into an incremental file the next run resumes.
import fs from 'fs';
import path from 'path';
import { commonTokens, declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const FILE = path.join('reports', 'stryker', 'progress.jsonl');
// The run's plan, one line per mutant it will run: what is left, and what it is estimated to cost.
const PLAN = path.join('reports', 'stryker', 'plan.jsonl');

class ProgressReporter {
  static inject = [commonTokens.logger];
  constructor(log) {
    this.log = log;
    fs.mkdirSync(path.dirname(FILE), { recursive: true });
    fs.writeFileSync(FILE, '');
  }

  onMutationTestingPlanReady({ mutantPlans }) {
    const lines = mutantPlans.filter((p) => p.plan === 'Run').map(({ mutant, netTime, runOptions }) => JSON.stringify({
      id: mutant.id, fileName: path.relative(process.cwd(), mutant.fileName), mutatorName: mutant.mutatorName,
      replacement: mutant.replacement, location: mutant.location, netTime, tests: runOptions.testFilter?.length ?? null,
      reloadEnvironment: runOptions.reloadEnvironment,
    }));
    fs.writeFileSync(PLAN, lines.length ? `${lines.join('\n')}\n` : '');
    this.log.info('%d mutants to run; their plan is in %s.', lines.length, PLAN);
  }

  onMutantTested(result) {
    const { id, fileName, mutatorName, replacement, location, status, statusReason, killedBy, coveredBy } = result;
    const line = { id, fileName: path.relative(process.cwd(), fileName), mutatorName, replacement, location, status,
      statusReason: status === 'Survived' || status === 'NoCoverage' ? undefined : statusReason?.slice(0, 200),
      // The jest runner's test ids are the tests' full names. A killed mutant is reused when its
      // killer is unchanged; any other is re-run when a test covering it is new, so it keeps all.
      killedBy, coveredBy: status === 'Killed' ? killedBy : coveredBy };
    fs.appendFileSync(FILE, `${JSON.stringify(line)}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'progress-file', ProgressReporter)];
