// The gap sentence of a secondary target (Học tập, Rèn luyện: Đạt or better) was never built by a core
// test: its phrases could have been anything.
import { achievementPhrase, gapSentence } from '../../src/core/rules/target-text';

it.each([
  ['Học tập', 10, 3, 'cần thêm 3 học sinh đạt yêu cầu về học tập ở khối 10'],
  ['Rèn luyện', null, 1, 'cần thêm 1 học sinh đạt yêu cầu về rèn luyện ở toàn trường'],
  ['Toán', 7, 2, 'cần thêm 2 học sinh hoàn thành Toán ở khối 7'],
])('the gap sentence for %s', (area, grade, students, sentence) => {
  expect(gapSentence(area, grade, students)).toBe(sentence);
  expect(sentence).toContain(achievementPhrase(area));
});
