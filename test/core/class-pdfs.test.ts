// The sidebar's class links (review-3 F8): a district school of 550 classes would have sent 550
// links; the sidebar lists the first SIDEBAR_CLASS_LIMIT and says how many more, so its payload
// stays bounded.
import { SIDEBAR_CLASS_LIMIT, sidebarClassPdfs } from '../../src/core/pdf';
import type { ClassPart } from '../../src/core/layout/tracking-parts';

const parts = (n: number): ClassPart[] => Array.from({ length: n }, (_, i) => [`${6 + (i % 4)}A${i}`, 10 + 5 * i, 13 + 5 * i]);

describe('sidebarClassPdfs', () => {
  it.each([[0, 0, 0], [20, 20, 0], [60, 60, 0], [61, 60, 1], [550, 60, 490]])('%i classes: %i links, %i more', (n, links, more) => {
    const pdfs = sidebarClassPdfs('https://x/export?gid=1', parts(n));
    expect(pdfs.parts).toHaveLength(links);
    expect(pdfs.more).toBe(more);
    expect(pdfs.parts).toEqual(parts(n).slice(0, links)); // the first classes, in Theo dõi's order
  });

  it('stays under 2.5 KB at 550 classes', () => {
    expect(SIDEBAR_CLASS_LIMIT).toBe(60);
    expect(Buffer.byteLength(JSON.stringify(sidebarClassPdfs('https://docs.google.com/spreadsheets/d/abc/export?format=pdf', parts(550))))).toBeLessThan(2_500);
  });
});
