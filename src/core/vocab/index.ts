// The words a school writes: review points, areas, roster headers and rating values, with the
// aliases PRODUCT.md 2.1 requires. Every lookup goes through foldCompact(), so case, spacing,
// diacritics and NFC/NFD never matter. One file per kind of word.

export { readDisability } from '../hskt';
export {
  findReviewPointIn, matchReviewPoint, REVIEW_POINT_CODES, REVIEW_POINTS, reviewPointInfo, type ReviewPointCode, type ReviewPointInfo,
} from './review-points';
export { areaInfo, areaOrder, AREAS, FOREIGN_LANGUAGE, SECOND_FOREIGN, isComponentOf, isLanguageArea, isNamedLanguage, matchArea, matchAreaStrictly, primaryGroupOf, onlyLanguageAsForeign, type AreaInfo, type Scale } from './areas';
export { areasNamed, isDecoration, wordsOfLabel, labelWords, matchCombinedLabel, pointsNamed, readHeaderLabel, type HeaderLabel } from './header-label';
export { matchField, matchFieldByWords, type RosterField } from './fields';
export { isFormulaError, isMark, isTicked, isTotalLabel, matchRating, scaleDescription, type Rating } from './ratings';
