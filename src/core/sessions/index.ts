export * from './model';
export { buildSessions, buildSessionsFrom, mapOffset, type OffsetShift, type SessionsBuild, type ShopBuild, type ShopReuse } from './buildSessions';
export { chronologicalOrder, timeBounds, type TimeBounds } from './chronology';
export { shopEntries } from './shopEntries';
