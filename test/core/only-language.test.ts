// A class whose only foreign language is named ("Tiếng Pháp", "Tiếng Nhật" …) counted its needs as
// Ngoại ngữ 2 (review-7 F8): the compulsory Ngoại ngữ column (PRODUCT 2.3) said nobody needed support.
// Such a language is the tab's Ngoại ngữ; beside Tiếng Anh / Ngoại ngữ, or written "Ngoại ngữ 2" / "NN2",
// it stays Ngoại ngữ 2. In a vnEdu class tab and a Danh sách alike.
import fc from 'fast-check';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange, SheetGrid } from '../../src/core/model';
import { readOfficialTab } from '../../src/core/read/official';
import { parseA1Range } from '../../src/core/text';
import { secondaryClass, secondarySheet } from '../../local/vnedu-export-secondary';
import { run } from '../helpers/grid';
import { propertyRuns } from '../helpers/property-runs';

function official(subjects: string[], mark: string) {
  const made = secondarySheet({ sheet: '10p', className: '10P', grade: 10, point: 'HK2', year: 2025, regime: 'TT22',
    subjects: [...subjects.map((name) => ({ name, kind: 'score' })), { name: 'GDTC', kind: 'comment' }] as never,
    students: secondaryClass(3, 9900000001, 2009, (i) => (i === 0 ? { marks: { [mark]: 4.2 } } : {})) });
  const tab = readOfficialTab({ name: '10p', values: made.grid.values, merges: made.merges.map((m) => parseA1Range(m) as MergedRange) }, WALL_CLOCK_OFFSET);
  if (!tab) throw new Error('not read as an official tab');
  return tab;
}

const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['8A', 8, 'Cô Hoa', 40]] };
const roster = (labels: string[], marks: Array<string | number>): SheetGrid =>
  ({ name: 'Danh sách', values: [['Họ và tên', 'Lớp', ...labels], ['Nguyễn Văn An', '8A', ...marks]] });

describe('a vnEdu class tab', () => {
  it.each<[string[], string, string]>([
    [['Toán', 'Văn', 'Tiếng Pháp'], 'Tiếng Pháp', 'Ngoại ngữ'],
    [['Toán', 'Văn', 'Tiếng Nhật'], 'Tiếng Nhật', 'Ngoại ngữ'],
    [['Toán', 'Văn', 'Tiếng Anh', 'Tiếng Pháp'], 'Tiếng Pháp', 'Ngoại ngữ 2'],
    [['Toán', 'Văn', 'Ngoại ngữ', 'Tiếng Trung'], 'Tiếng Trung', 'Ngoại ngữ 2'],
    [['Toán', 'Văn', 'Ngoại ngữ 2'], 'Ngoại ngữ 2', 'Ngoại ngữ 2'],
  ])('%j, a need in %s: %s', (subjects, mark, area) => {
    const tab = official(subjects, mark);
    expect(tab.students[0].review.need).toEqual([area]);
  });
});

describe('a Danh sách', () => {
  it.each<[string[], Array<string | number>, string[]]>([
    [['Toán HK1', 'Tiếng Pháp HK1'], [6, 4], ['Ngoại ngữ']],
    [['Toán HK1', 'Tiếng Anh HK1', 'Tiếng Pháp HK1'], [6, 7, 4], ['Ngoại ngữ 2']],
    [['Toán HK1', 'NN2 HK1'], [6, 4], ['Ngoại ngữ 2']],
    [['Toán HK1', 'Tiếng Nga HK1'], [3, 4], ['Toán', 'Ngoại ngữ']],
  ])('%j %j: needs %j', (labels, marks, need) => {
    const a = run([roster(labels, marks), CLASSES]);
    expect(a.students[0].reviews.CKI?.need).toEqual(need);
  });
});

describe('property: a named language is Ngoại ngữ exactly when the tab has no other foreign-language column', () => {
  it('holds for any language and neighbour', () => {
    const language = fc.constantFrom('Tiếng Pháp', 'Tiếng Nhật', 'Tiếng Trung', 'Tiếng Hàn', 'Tiếng Đức', 'Tiếng Nga');
    fc.assert(fc.property(language, fc.constantFrom<string | undefined>(undefined, 'Tiếng Anh', 'Ngoại ngữ', 'NN1'), (lang, beside) => {
      const labels = ['Toán HK1', ...(beside ? [`${beside} HK1`] : []), `${lang} HK1`];
      const a = run([roster(labels, [6, ...(beside ? [7] : []), 4]), CLASSES]);
      expect(a.students[0].reviews.CKI?.need).toEqual([beside ? 'Ngoại ngữ 2' : 'Ngoại ngữ']);
    }), { numRuns: propertyRuns(40) });
  });
});
