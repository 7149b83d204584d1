// layout/tracking-parts.ts commonTab: a class heading names the tab most of its cells are in.
import { commonTab } from '../../src/core/layout/tracking-parts';

const link = (sheet: string, cell: string) => ({ text: `${sheet}!${cell}`, sheet, cell });

describe('commonTab', () => {
  it('is the tab holding most of the links, not merely the first one', () => {
    expect(commonTab([link('6A GKI', 'C5'), link('6A CKI', 'C5'), link('6A CKI', 'D7')])).toBe('6A CKI');
  });

  it('on equal counts, is the first tab in the links\' order', () => {
    expect(commonTab([link('6A GKI', 'C5'), link('6A CKI', 'C5'), link('6A CKI', 'D7'), link('6A GKI', 'E9')])).toBe('6A GKI');
  });

  it('is none without links', () => {
    expect(commonTab([])).toBeUndefined();
  });
});
