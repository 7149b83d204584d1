// Đỡ đầu's page plan and write parts (PRODUCT 3.8, 5): spacers and row heights while the mentored
// students are few, whatever the number of other students; the annex's signature written as a part of its own.
import { mentorsLayout, mentorsRows, PAGED_STUDENTS } from '../../src/core/layout/mentors';
import { run } from '../helpers/grid';
import { SEED004_HEADER, seed004Config, seed004Sheets } from '../helpers/mentor-school';

describe('Đỡ đầu of a school with one mentored student among many', () => {
  it('is planned with spacers and row heights: only the mentored students count', () => {
    const roster = { name: 'Danh sách', values: [SEED004_HEADER,
      ...Array.from({ length: PAGED_STUDENTS + 5 }, (_, i) => [i + 1, `Học Sinh ${i + 1}`, '10A1', '', '', i === 0 ? 'Cô Lan' : ''])] };
    const layout = mentorsLayout(run([seed004Config(), roster], '2025-11-26'));
    expect(layout.rowHeights?.length).toBe(layout.rows.length);
  });
});

describe('the parts Đỡ đầu is written in', () => {
  // Row 17, not 22 (issue 17, on purpose): two headings for seed 004's five students, not seven.
  it('the table, then its signature from row 17; no follow part below it (issue 20, on purpose: the follow-up is beside the annex)', () => {
    const layout = mentorsRows(run(seed004Sheets(), '2025-11-26'));
    expect(layout.parts).toEqual([17]);
    expect(layout.rows[16][3]).toBe('NGƯỜI LẬP DANH SÁCH');
    expect(layout.rows).toHaveLength(21);
  });
});

describe('Đỡ đầu\'s groups on their pages (issue 17)', () => {
  it('a group that fits on a page is never split: every page after the first starts with a heading under the repeated header', () => {
    // Nine mentors of 4 to 8 students (56 rows, planned with spacers): the old keep (a heading with its
    // first three students) broke GV Số 7's eight across pages 3 and 4.
    const mentors = [5, 7, 6, 8, 5, 7, 6, 8, 4].flatMap((n, g) => Array.from({ length: n }, () => `GV Số ${g}`));
    const roster = { name: 'Danh sách', values: [SEED004_HEADER,
      ...mentors.map((mentor, i) => [i + 1, `Học Sinh ${i + 1}`, '10A1', 'Khó khăn', '', mentor])] };
    const layout = mentorsLayout(run([seed004Config(), roster], '2025-11-26'));
    const starts = layout.pageStarts as number[];
    expect(starts.length).toBeGreaterThan(2);
    for (const start of starts.slice(1)) {
      expect(layout.rows[start - 1][0]).toBe('TT');
      expect(String(layout.rows[start][0])).toMatch(/^GV Số \d: \d em$/);
    }
  });
});

describe('Đỡ đầu\'s first page (issue 17)', () => {
  it('an annex that fits on a page but not under the document\'s head starts under it, not on page 2 with the head alone on page 1', () => {
    const helpers = ['Nguyễn Thị Lan', 'Trần Văn Hùng', 'Võ Thị Yên', 'Đinh Văn Khải', 'Phan Thị Minh Nguyệt', 'Hoàng Văn Thụ', 'Lê Thị Hồng Gấm', 'Bùi Quang Vinh'];
    const roster = { name: 'Danh sách', values: [SEED004_HEADER,
      [1, 'Lê Văn An', '10A1', 'Mồ côi cha, mẹ làm thuê', 'Ngoan', helpers.map((h, i) => `${i + 1}. ${h}${i > 0 ? ' (hỗ trợ)' : ''}`).join('; ')],
      [2, 'Phạm Thị Bình', '10A1', 'Hộ nghèo', 'Chăm', '1. Nguyễn Thị Lan'],
      [3, 'Đỗ Văn Cường', '10A2', 'Nhà xa', 'Khá', '1. Trần Văn Hùng']] };
    const layout = mentorsLayout(run([seed004Config(), roster], '2025-11-26'));
    const title = layout.rows.findIndex((r) => String(r[0]).startsWith('DANH SÁCH PHÂN CÔNG')) + 1;
    const table = layout.rows.findIndex((r) => r[0] === 'TT') + 1;
    const second = (layout.pageStarts as number[])[1] ?? Infinity;
    expect([title < second, table < second]).toEqual([true, true]);
    // Its heading of eight mentors on two lines, split between mentors.
    expect(layout.rows.filter((r) => /^GV .*: \d+ em/.test(String(r[0]))).map((r) => r[0])).toEqual([
      'GV Nguyễn Thị Lan: 2 em; GV Võ Thị Yên: 1 em; GV Đinh Văn Khải: 1 em; GV Phan Thị Minh Nguyệt: 1 em',
      'GV Hoàng Văn Thụ: 1 em; GV Lê Thị Hồng Gấm: 1 em; GV Bùi Quang Vinh: 1 em',
      'GV Trần Văn Hùng: 2 em (1 em ở nhóm GV khác)',
    ]);
  });
});
