// Narrow checks of read/languages.ts: which cells count as a rating, and how a warning names its columns.
import { languageSaid, languageVerdict, namedBeside } from '../../src/core/read/languages';

const labelsOf = (c: { labels: readonly string[] }) => c.labels;

describe('namedBeside', () => {
  it('finds no named language to decide when the tab has no Tiếng Anh / Ngoại ngữ column', () => {
    const columns = [{ column: 2, area: 'Toán', labels: ['Toán'] }, { column: 3, area: 'Ngoại ngữ 2', labels: ['Tiếng Pháp'] }];
    expect([...namedBeside(columns, labelsOf)]).toEqual([]);
  });

  it('finds the named language beside a Tiếng Anh column', () => {
    const columns = [{ column: 2, area: 'Ngoại ngữ', labels: ['Tiếng Anh'] }, { column: 3, area: 'Ngoại ngữ 2', labels: ['Tiếng Pháp'] }];
    expect([...namedBeside(columns, labelsOf)]).toEqual([3]);
  });
});

describe('languageVerdict', () => {
  // Column 0: Tiếng Anh, column 1: Tiếng Pháp.
  it('does not count an unticked checkbox (false) as a rating in the named language', () => {
    expect(languageVerdict([['', false], ['', '']], [0], new Set([1]))).toEqual({ only: false });
  });

  it('takes the named language as the Ngoại ngữ without a guess when one of two Tiếng Anh columns says "Miễn"', () => {
    // Columns 0 and 1: Tiếng Anh (two review points), column 2: Tiếng Pháp.
    expect(languageVerdict([['', 'Miễn', 4]], [0, 1], new Set([2]))).toEqual({ only: true });
  });
});

describe('languageSaid', () => {
  it('names a column by its subject label, not by the vnEdu group above it', () => {
    const p = languageSaid('10p', 5, '10P', 'assumed', {
      foreign: { column: 3, labels: ['Điểm môn học', 'Tiếng Anh'] }, named: { column: 4, labels: ['Điểm môn học', 'Tiếng Pháp'] } });
    expect(p.message).toContain('cột "Tiếng Anh"');
    expect(p.message).toContain('cột "Tiếng Pháp"');
    expect(p.message).not.toContain('Điểm môn học');
  });

  it('names a column by its whole header path, words apart, when no label names a subject', () => {
    const p = languageSaid('Danh sách', 1, '8A', 'second', {
      foreign: { column: 3, labels: ['Học kì I', 'Tiếng Anh HK1'] }, named: { column: 4, labels: ['Tiếng Pháp'] } });
    expect(p.message).toContain('cột "Học kì I Tiếng Anh HK1"');
  });
});
