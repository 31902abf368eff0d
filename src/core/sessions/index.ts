export * from './model';
export { buildSessions } from './buildSessions';
export { chronologicalOrder } from './chronology';
