export type { CancellationLike } from './cancellation';
export { parseCodes, type ParseCode } from './codes';
export { looksLikeExchangeLog } from './detect';
export type { ContentChange } from './editRegion';
export { isPartialParse, parseLog, type ParseOptions } from './parseLog';
export { updateParse } from './updateParse';
