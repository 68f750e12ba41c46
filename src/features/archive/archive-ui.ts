/**
 * The archive's whole interface, as one chunk: the sources page and what the header's actions
 * open, and keeping an opened file. Loaded by whichever the reader reaches first, never by the
 * first page.
 */
export { SourcesRoute } from './sources-route';
export { ArchiveHeaderLayer } from './components/archive-header-layer';
export { addFileToArchive } from './use-archive';
