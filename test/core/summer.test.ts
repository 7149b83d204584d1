// The summer list at Cả năm (PRODUCT 2.3, 3.3): primary lists every student still needing support;
// secondary lists kiểm tra lại (Học tập Chưa đạt, the subjects named), rèn luyện trong hè, and
// more than 45 buổi nghỉ in the year.
import { summerList, yearAbsences, MAX_YEAR_ABSENCES } from '../../src/core/rules/summer';
import type { StudentReview } from '../../src/core/model';
import { student } from '../helpers/student';

const review = (need: string[]): StudentReview => ({ rated: true, need, blank: [] });

describe('summerList at primary', () => {
  it('lists a student still needing support at Cuối năm, with every area, and no secondary fields', () => {
    const s = student({ grade: 3, className: '3A', reviews: { CN: review(['Toán', 'Tiếng Việt']) } });
    expect(summerList([s])).toEqual([{ student: s, need: ['Toán', 'Tiếng Việt'], secondary: false, conduct: false }]);
  });

  it('leaves out a student with no need at Cuối năm, one not rated there, and one excluded by an error', () => {
    const none = student({ grade: 3, reviews: { CN: review([]) } });
    const unrated = student({ grade: 3, reviews: { CKI: review(['Toán']) } });
    const excluded = student({ grade: 3, excluded: true, reviews: { CN: review(['Toán']) } });
    expect(summerList([none, unrated, excluded])).toEqual([]);
  });
});

describe('summerList at secondary', () => {
  it('Học tập Chưa đạt: kiểm tra lại names the subjects, without Học tập or Rèn luyện', () => {
    const s = student({ reviews: { CN: review(['Toán', 'Học tập', 'Rèn luyện', 'Ngữ văn']) } });
    expect(summerList([s])).toEqual([{ student: s, need: ['Toán', 'Học tập', 'Rèn luyện', 'Ngữ văn'], secondary: true,
      retake: ['Toán', 'Ngữ văn'], conduct: true, absences: undefined }]);
  });

  it('a subject below the threshold without Học tập Chưa đạt is no retake, and alone puts nobody on the list', () => {
    expect(summerList([student({ reviews: { CN: review(['Toán']) } })])).toEqual([]);
  });

  it('Rèn luyện Chưa đạt alone: rèn luyện trong hè, no retake', () => {
    const s = student({ reviews: { CN: review(['Rèn luyện']) } });
    expect(summerList([s])).toEqual([{ student: s, need: ['Rèn luyện'], secondary: true, retake: undefined, conduct: true, absences: undefined }]);
  });

  it(`more than ${MAX_YEAR_ABSENCES} buổi nghỉ: listed with the count; exactly ${MAX_YEAR_ABSENCES} is not`, () => {
    const over = student({ reviews: { CN: review([]) }, absences: { CN: { total: MAX_YEAR_ABSENCES + 1 } } });
    const at = student({ reviews: { CN: review([]) }, absences: { CN: { total: MAX_YEAR_ABSENCES } } });
    expect(summerList([over, at])).toEqual([{ student: over, need: [], secondary: true, retake: undefined, conduct: false, absences: 46 }]);
  });

  it('an excluded secondary student is never listed, whatever the signals', () => {
    expect(summerList([student({ excluded: true, reviews: { CN: review(['Học tập', 'Rèn luyện']) }, absences: { CN: { total: 60 } } })])).toEqual([]);
  });
});

describe('yearAbsences', () => {
  it("is the Cả năm count, else Cuối kì II's (vnEdu's HK2 export counts the year), else unknown", () => {
    expect(yearAbsences(student({ absences: { CN: { total: 12 }, CKII: { total: 30 } } }))).toBe(12);
    // A year's count never falls below the first semester's: 30 after 50 are the two semesters (review-3 F2).
    expect(yearAbsences(student({ absences: { CKII: { total: 30 }, CKI: { total: 50 } } }))).toBe(80);
    expect(yearAbsences(student({ absences: { CKII: { total: 30 }, CKI: { total: 30 } } }))).toBe(30);
    expect(yearAbsences(student({ absences: { CKII: { total: 30 }, CKI: { total: 20 } } }))).toBe(30);
    expect(yearAbsences(student({ absences: { CKII: { total: 30 } } }))).toBe(30);
    expect(yearAbsences(student({ absences: { CKI: { total: 50 } } }))).toBeUndefined();
    expect(yearAbsences(student())).toBeUndefined();
  });
});
