/** The most calls one tRPC request may carry: the route refuses more, and the browser's link never sends more. */
export const MAX_BATCH_SIZE = 20;
