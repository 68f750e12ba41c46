/**
 * What the reader's archive keeps: the digests the reader added (a file, a pasted day, a
 * subscribed address), each stored once as its original text with a description of it.
 */

export type ArchiveSourceKind = 'file' | 'paste' | 'subscription';

/** One stored digest, as the "내 자료" panel lists it. Plain data: it crosses threads and files. */
export interface ArchiveSource {
  /** `file:<hash>` / `paste:<hash>` (the text's SHA-256, 16 hex digits), `url:<address>`. */
  id: string;
  kind: ArchiveSourceKind;
  /** The file's name, `붙여넣기 <newest date>`, or the subscribed address. */
  name: string;
  /** The subscribed address; null for files and pastes. */
  url: string | null;
  /** UTF-8 bytes of the stored text. */
  size: number;
  paperCount: number;
  /** `YYYY-MM-DD` of the oldest and newest paper; null when no paper has a date. */
  firstDate: string | null;
  lastDate: string | null;
  /** ISO 8601: when the reader added it. */
  addedAt: string;
  /** ISO 8601: when its text last changed (added, or a refresh brought a new text). Of two copies
   * of a paper, the one from the source changed last wins. */
  changedAt: string;
  /** ISO 8601: when a subscription was last checked with its host (equals changedAt otherwise). */
  refreshedAt: string;
  /** Validators a subscription's host gave, for conditional requests. */
  etag: string | null;
  lastModified: string | null;
  /** SHA-256 of the text, 64 hex digits: the same text is never stored twice. */
  hash: string;
}

/** Why the archive refused or failed a change; nothing stored before it is lost. */
export type ArchiveFailure =
  /** The browser's storage is full (`QuotaExceededError`). */
  | { kind: 'quota' }
  /** The bytes are not a digest; `refusal` is the sniffer's finding. */
  | { kind: 'not-a-digest'; refusal: import('../digest/index.ts').NotADigest }
  /** The text parsed to no papers at all. */
  | { kind: 'no-papers' }
  /** A subscription's host could not be reached, or answered with an error status. */
  | { kind: 'network'; status: number | null }
  /** A file could not be read, or an imported archive file is not one or is damaged; `message`
   * says what, in Korean. */
  | { kind: 'invalid-file'; message: string }
  /** The source to change is not in the archive. */
  | { kind: 'missing' }
  /** The browser's storage failed for another reason (a closed or broken database); `error` is
   * its name and message, for a bug report. */
  | { kind: 'storage'; error: string };

export type ArchiveResult<T> = { ok: true; value: T } | { ok: false; failure: ArchiveFailure };

/** Where the archive lives: IndexedDB, or memory only when the browser refuses IndexedDB. */
export type ArchiveStorage = 'indexeddb' | 'memory';

export interface ArchiveListing {
  /** Changed last first. */
  sources: ArchiveSource[];
  storage: ArchiveStorage;
  /** Korean sentences about stored records that could not be read and were left untouched. */
  problems: string[];
}

/** What adding a text did. */
export interface AddedSource {
  source: ArchiveSource;
  /** The same text was already stored (same hash): nothing was written. */
  alreadyStored: boolean;
}

/** What a subscription's host sent to recognise its text next time. */
export interface SubscriptionValidators {
  etag: string | null;
  lastModified: string | null;
}

/** What refreshing a subscription did. */
export interface RefreshedSource {
  source: ArchiveSource;
  /** The host sent a new text (false on 304 Not Modified, or an identical text). */
  changed: boolean;
}

/** What importing an archive file added; nothing already stored is replaced. */
export interface ArchiveImportSummary {
  added: ArchiveSource[];
  /** Sources whose text was already stored, or whose address is already subscribed. */
  skipped: number;
  /** The library (bookmarks, read marks, notes) in the file, for the page to merge; null when
   * the file carries none. */
  library: import('../library/schema.ts').LibraryData | null;
}

/**
 * The archive's operations. They resolve with plain data and Blobs, never with an exception for
 * what the reader, the network or the storage did: those come back as an `ArchiveFailure`.
 */
export interface Archive {
  list(): Promise<ArchiveListing>;
  /** The stored text of source `id` as a Blob (read lazily, never as one string on the page). */
  read(id: string): Promise<ArchiveResult<Blob>>;
  /** Stores a dropped or picked file under its `name`. */
  addFile(file: Blob, name: string): Promise<ArchiveResult<AddedSource>>;
  /** Stores a pasted day's digest text. */
  addPaste(text: string): Promise<ArchiveResult<AddedSource>>;
  /**
   * Fetches `url`, an absolute address, (conditionally, with the stored ETag / Last-Modified when
   * it is already subscribed) and stores it as the subscription `url:<url>`; a 304 only updates
   * `refreshedAt`. On failure the stored copy, if any, is untouched and still readable.
   */
  refresh(url: string): Promise<ArchiveResult<RefreshedSource>>;
  /**
   * Stores `text`, which the page has just fetched from `url` (an absolute address) and read as
   * it arrived, as the subscription `url:<url>`, with the validators the host sent: the same as a
   * refresh that received it, without a second download.
   */
  keepSubscription(
    url: string,
    text: Blob,
    validators: SubscriptionValidators,
  ): Promise<ArchiveResult<RefreshedSource>>;
  remove(id: string): Promise<ArchiveResult<null>>;
  /** The whole archive and `library` as one JSON file; rejects only if the storage fails. */
  exportArchive(library: import('../library/schema.ts').LibraryData): Promise<Blob>;
  /** Validates an archive file and adds what is new; never replaces what is stored. */
  importArchive(file: Blob): Promise<ArchiveResult<ArchiveImportSummary>>;
}
