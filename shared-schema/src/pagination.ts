/** Rows in a page when the client does not say (`first`/`last` omitted). */
export const DEFAULT_PAGE_SIZE = 20;
/** The most rows one page may hold; bigger pulls go through the BI exports, which stream. */
export const MAX_PAGE_SIZE = 200;
