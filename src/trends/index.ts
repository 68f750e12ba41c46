/**
 * How tags move over time: papers per tag per month (per week for a short archive), the most used
 * tags to start from, and the Korean labels of periods. Plain TypeScript, no React or DOM.
 */
export {
  chooseGranularity,
  DEFAULT_TAG_COUNT,
  formatPeriod,
  parseTagList,
  periodOf,
  periodsBetween,
  periodTick,
  tagTrends,
  topTagKeys,
  WEEKLY_BELOW_DAYS,
  type Granularity,
  type Period,
  type TagTrend,
  type Trends,
} from './trends.ts';
