// The generated tabs as plain data, one module per tab.

export { GENERATED_TABS, mergeBatches, METADATA_KEYS, type CellLink, type GeneratedTabKey, type LayoutCell, type StyleName, type TabLayout } from './builder';
export { checkLayout } from './check';
export { mentorsLayout, mentorsTabWanted } from './mentors';
export { summaryLayout, summaryRows } from './summary';
export { paginate, type Section } from './pages';
export { timelineLayout } from './timeline';
export { trackingLayout } from './tracking';
