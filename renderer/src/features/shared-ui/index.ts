// shared-ui: code that several features use alike (tables, detail headers, paged lists, write context, counters).
export { DetailHeader } from './DetailHeader';
export { VirtualTable, type VirtualColumn } from './VirtualTable';
export { PAGE_SIZE, usePagedList, type FetchPage, type Page } from './paged-list';
export { newId, useWriteContext, type WriteContext } from './write-context';
export { bumpCounter } from './counters';
export { KEY_MIN, keyMax } from './key-range';
