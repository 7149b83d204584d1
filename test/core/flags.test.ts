import { rosterGrid, run } from '../helpers/grid';

// A hand-built case table for PRODUCT 3.3; each row says what a careful person computes.
const roster = [
  // An: DN need Toán → GKI still Toán → CKI none
  { name: 'An', className: '1A', supporter: 'Cô Lan', ratings: { DN: { Toán: 'x' }, GKI: { Toán: 'C', 'Tiếng Việt': 'H' }, CKI: { Toán: 'H', 'Tiếng Việt': 'T' } } },
  // Bình: not rated at GKI; CKI compared with DN
  { name: 'Bình', className: '1A', supporter: 'Cô Lan', ratings: { DN: { Toán: 'x' }, CKI: { Toán: 'C', 'Tiếng Việt': 'C' } } },
  // Chi: nothing at DN, a new need at GKI without a supporter, nothing entered at CKI
  { name: 'Chi', className: '1B', supporter: '', ratings: { GKI: { 'Tiếng Việt': 'C', Toán: 'H' } } },
  // Dũng: improved at GKI, a new area at CKI
  { name: 'Dũng', className: '2A', supporter: 'Thầy Nam', ratings: { DN: { 'Phẩm chất': 'x' }, GKI: { 'Phẩm chất': 'Đ' }, CKI: { 'Phẩm chất': 'T', 'Năng lực': 'C' } } },
  // Em: never rated
  { name: 'Em', className: '2A', supporter: 'Thầy Nam', ratings: {} },
  // Giang: needs at DN and GKI; CKI all blank
  { name: 'Giang', className: '2B', supporter: 'Thầy Nam', ratings: { DN: { Toán: 'x' }, GKI: { Toán: 'C' } } },
];
const grid = rosterGrid(roster, { points: ['DN', 'GKI', 'CKI'] });

function flagSet(today: string): string[] {
  return run([grid], today).flags.map((f) => `${f.student.name} ${f.reviewPoint} ${f.kinds.join('+')}`).sort();
}

describe('flags (PRODUCT 3.3)', () => {
  it('late January: GKI and CKI are past', () => {
    expect(flagSet('2026-01-25')).toEqual([
      'An CKI improved',
      'An DN new',
      'An GKI notImproved',
      'Bình CKI notImproved+new',
      'Bình DN new',
      'Bình GKI notRated',
      'Chi CKI notRated',
      'Chi GKI noSupporter+new',
      'Dũng CKI new',
      'Dũng DN new',
      'Dũng GKI improved',
      'Giang CKI notRated',
      'Giang DN new',
      'Giang GKI notImproved',
    ]);
  });
  it('mid December: CKI is not past, so nobody is late for it', () => {
    const set = flagSet('2025-12-10');
    expect(set).toContain('Bình GKI notRated');
    expect(set).not.toContain('Giang CKI notRated');
  });
  it('orders kinds as PRODUCT 3.3 lists them', () => {
    const chi = run([grid], '2026-01-25').flags.find((f) => f.student.name === 'Chi');
    expect(chi?.kinds).toEqual(['noSupporter', 'new']);
  });
  it('notRated carries the areas needed at the previous point', () => {
    const giang = run([grid], '2026-01-25').flags.find((f) => f.student.name === 'Giang' && f.reviewPoint === 'CKI');
    expect(giang).toMatchObject({ previous: 'GKI', areas: ['Toán'] });
  });
  it('does not flag a row with an error', () => {
    const bad = rosterGrid([{ name: 'Hà', className: '', supporter: '', ratings: { GKI: { Toán: 'C' } } }], { points: ['GKI'] });
    expect(run([bad]).flags).toEqual([]);
  });
});
