import { computed, reactive, ref, shallowRef } from 'vue';
import type { Connection, PageArgs } from '../graphql/connection';
import { GraphQLRequestError } from '../graphql/graphql-request-error';

export interface ConnectionTableOptions<TNode> {
  /** Loads one page; `search` is the trimmed search text, or undefined when there is none. */
  fetchPage: (page: PageArgs, search: string | undefined) => Promise<Connection<TNode>>;
  /** Rows per page. Default 20, the gateway's default page size. */
  pageSize?: number;
}

/**
 * Drives a table over a cursor connection: previous/next page by cursor, page numbers from
 * `totalCount`, and a search that restarts at page one. Loads the first page at once. Returns one
 * reactive object, so a page binds `table.rows` and hands `table` to `ConnectionPager` whole.
 */
export function useConnectionTable<TNode>(options: ConnectionTableOptions<TNode>) {
  const pageSize = options.pageSize ?? 20;
  const rows = shallowRef<TNode[]>([]);
  const totalCount = ref(0);
  const pageNumber = ref(1);
  const search = ref('');
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);
  const cursors = shallowRef<{ start: string | null; end: string | null }>({ start: null, end: null });

  let appliedSearch: string | undefined;
  let currentPage: PageArgs = { first: pageSize };
  // Only the newest request may write: a slow earlier page must not overwrite a later one.
  let latestRequest = 0;

  const pageCount = computed(() => Math.max(1, Math.ceil(totalCount.value / pageSize)));
  const hasPreviousPage = computed(() => pageNumber.value > 1);
  const hasNextPage = computed(() => pageNumber.value < pageCount.value);

  async function load(page: PageArgs, nextPageNumber: number): Promise<void> {
    const request = ++latestRequest;
    loading.value = true;
    try {
      const connection = await options.fetchPage(page, appliedSearch);
      if (request !== latestRequest) return;
      rows.value = connection.edges.map((edge) => edge.node);
      totalCount.value = connection.totalCount;
      cursors.value = { start: connection.pageInfo.startCursor, end: connection.pageInfo.endCursor };
      // Walking back can land on the first page sooner when rows were deleted meanwhile.
      pageNumber.value = page.before && !connection.pageInfo.hasPreviousPage ? 1 : nextPageNumber;
      currentPage = page;
      error.value = null;
    } catch (cause) {
      if (request !== latestRequest) return;
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      error.value = cause;
    } finally {
      if (request === latestRequest) loading.value = false;
    }
  }

  function applySearch(): Promise<void> {
    appliedSearch = search.value.trim() || undefined;
    return load({ first: pageSize }, 1);
  }

  function nextPage(): Promise<void> {
    if (!hasNextPage.value || !cursors.value.end) return Promise.resolve();
    return load({ first: pageSize, after: cursors.value.end }, pageNumber.value + 1);
  }

  function previousPage(): Promise<void> {
    if (!hasPreviousPage.value || !cursors.value.start) return Promise.resolve();
    return load({ last: pageSize, before: cursors.value.start }, pageNumber.value - 1);
  }

  /** Loads the current page again, e.g. after a row was changed. */
  function reload(): Promise<void> {
    return load(currentPage, pageNumber.value);
  }

  void applySearch();

  return reactive({
    rows,
    totalCount,
    pageNumber,
    pageCount,
    hasPreviousPage,
    hasNextPage,
    search,
    loading,
    error,
    applySearch,
    nextPage,
    previousPage,
    reload,
  });
}

export type ConnectionTable<TNode> = ReturnType<typeof useConnectionTable<TNode>>;
