/** Folding is shared with the roster matcher: one implementation, one set of offsets. */
export { foldText } from '../roster/fold.js';
