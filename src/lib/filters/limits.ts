/** The longest query the filter language reads (a saved filter's query column holds as much). */
export const FILTER_QUERY_MAX = 1000;
