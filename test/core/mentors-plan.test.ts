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
