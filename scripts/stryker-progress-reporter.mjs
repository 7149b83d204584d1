// A Stryker reporter that appends each tested mutant to reports/stryker/progress.jsonl as it is
// tested, so a run stopped before its end (the whole core takes hours on two cores) still leaves
// its results; the built-in event recorder serialises whole-run events too large for a string.
import fs from 'fs';
import path from 'path';
import { commonTokens, declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const FILE = path.join('reports', 'stryker', 'progress.jsonl');

class ProgressReporter {
  static inject = [commonTokens.logger];
  constructor(log) {
    this.log = log;
    fs.mkdirSync(path.dirname(FILE), { recursive: true });
    fs.writeFileSync(FILE, '');
  }

  onMutantTested(result) {
    const { id, fileName, mutatorName, replacement, location, status, statusReason } = result;
    const line = { id, fileName: path.relative(process.cwd(), fileName), mutatorName, replacement, location, status,
      statusReason: status === 'Survived' || status === 'NoCoverage' ? undefined : statusReason?.slice(0, 200) };
    fs.appendFileSync(FILE, `${JSON.stringify(line)}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'progress-file', ProgressReporter)];
