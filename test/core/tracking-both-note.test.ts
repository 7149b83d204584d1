// Theo dõi's counts line under a review point's heading: Chưa tiến bộ and Cần hỗ trợ mới add up to
// more than the heading's "… học sinh cần hỗ trợ" when a student is still behind in one area and
// newly behind in another. Tổng hợp said so under its table (summary-both-note.test.ts); Theo dõi
// now says it under its counts line, counted from the same flags.
import { trackingLayout } from '../../src/core/layout';
import { textWidthPx } from '../../src/core/layout/measure';
import { bothNote } from '../../src/core/layout/summary-notes';
import { run } from '../helpers/grid';

const CONFIG = { name: 'Cấu hình', values: [['Năm học', '2025-2026']] };
const HEADER = ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt', 'CKI - Toán', 'CKI - Tiếng Việt'];

function lines(students: unknown[][]): string[] {
  const a = run([CONFIG, { name: 'Danh sách', values: [HEADER, ...students] }], '2026-01-20');
  return trackingLayout(a).rows.map((r) => r.map((c) => (c && typeof c === 'object' ? (c as { text: string }).text : c ?? '')).join('|').replace(/\|+$/, ''));
}

describe('Theo dõi: a student in both Chưa tiến bộ and Cần hỗ trợ mới', () => {
  it('is said under the counts line, with how many are in at least one', () => {
    const got = lines([
      ['Lê Văn An', '4A', 'Cô Lan', 'C', 'H', 'C', 'C'], // Toán not improved, Tiếng Việt new: both
      ['Phạm Thị Bình', '4A', 'Cô Lan', 'C', 'H', 'C', 'H'], // not improved only
      ['Vũ Văn Cường', '4A', 'Cô Lan', 'H', 'H', 'C', 'H'], // new only
    ]);
    const heading = got.findIndex((l) => l.startsWith('CUỐI HỌC KÌ I'));
    expect(got[heading]).toBe('CUỐI HỌC KÌ I: 3 học sinh cần hỗ trợ');
    expect(got[heading + 1]).toMatch(/^Chưa tiến bộ: 2 · Cần hỗ trợ mới: 2 · /);
    expect(got[heading + 2]).toBe('Có 1 em vừa chưa tiến bộ ở một mặt vừa cần hỗ trợ mới ở mặt khác, được đếm ở cả hai mục; '
      + 'số em ở ít nhất một trong hai mục là 3.');
  });

  it('says nothing when nobody is in both', () => {
    const got = lines([
      ['Phạm Thị Bình', '4A', 'Cô Lan', 'C', 'H', 'C', 'H'],
      ['Vũ Văn Cường', '4A', 'Cô Lan', 'H', 'H', 'C', 'H'],
    ]);
    expect(got.some((l) => l.includes('được đếm ở cả hai'))).toBe(false);
    const heading = got.findIndex((l) => l.startsWith('CUỐI HỌC KÌ I'));
    expect(got[heading + 1]).toMatch(/^Chưa tiến bộ: 1 · Cần hỗ trợ mới: 1 · /);
  });
});

describe('the Theo dõi note fits its one unwrapped line', () => {
  // The estimate is the one the layout plans columns with; it errs wide, so 920 px leaves room.
  it('at four-digit counts it stays within the tab\'s 960 px', () => {
    const kinds = (...k: Array<'notImproved' | 'new'>) => ({ reviewPoint: 'CKI' as const, student: {} as never, kinds: k, areas: [] });
    const flags = [...Array(1000).fill(kinds('notImproved', 'new')), ...Array(9000).fill(kinds('notImproved'))];
    const note = bothNote(flags, 'mục') as string;
    expect(note).toContain('Có 1000 em');
    expect(note).toContain('là 10000.');
    expect(textWidthPx(note, { pt: 10 })).toBeLessThan(920);
  });
});
