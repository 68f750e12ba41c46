import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { ArchiveClientLoader } from '../archive/archive-loader';
import { useArchiveClient } from '../archive/archive-context';
import { keepOpenedFile } from '../archive/keep-opened-file';
import { subscriptionSource } from './api/archive-sources';
import { DIGEST_SOURCES, type DigestSource } from './api/digest-sources';
import { checkDigestFile } from './check-digest-file';

/**
 * Which digest the reader is reading: the one shipped with the app merged with the reader's
 * archive, a local file, or a URL. Bookmarks, read marks and notes are keyed by paper id and kept
 * in one library for all of them.
 */
export interface DigestSelection {
  sources: readonly DigestSource[];
  /** The reader's archive, merged with `sources`; absent while one file or address is open. */
  archive?: ArchiveClientLoader;
  /** Shown while another digest than the shipped one is open; null for the shipped one. */
  label: string | null;
}

interface OpenFile {
  file: File;
  url: string;
}

/** A file the reader chose that was not opened, and why. */
export interface RefusedFile {
  name: string;
  reason: string;
}

interface OpenDigestValue {
  opened: OpenFile | null;
  /** Opens `file` if it may be a digest; otherwise keeps what is open and sets `refused`. */
  openFile: (file: File) => void;
  closeFile: () => void;
  refused: RefusedFile | null;
  dismissRefusal: () => void;
}

const OpenDigestContext = createContext<OpenDigestValue | null>(null);

/**
 * Holds a digest file the reader opened (dropped or picked). It is read in the browser through a
 * blob: URL and never uploaded anywhere. A file is checked first: one that cannot be a digest (an
 * image, an HTML page, an empty file) is refused with a reason, and the digest on screen stays.
 * A file that is opened is also kept in the reader's archive, merged with the rest from then on.
 */
export function OpenDigestProvider({ children }: { children: ReactNode }) {
  const [opened, setOpened] = useState<OpenFile | null>(null);
  const [refused, setRefused] = useState<RefusedFile | null>(null);
  // Only the file chosen last is opened or refused, however long the check of an earlier one takes.
  const latest = useRef<File | null>(null);
  const queryClient = useQueryClient();
  const archive = useArchiveClient();
  useEffect(() => () => (opened ? URL.revokeObjectURL(opened.url) : undefined), [opened]);
  const openFile = useCallback(
    (file: File) => {
      latest.current = file;
      void checkDigestFile(file).then((reason) => {
        if (latest.current !== file) return;
        if (reason) {
          setRefused({ name: file.name, reason });
          return;
        }
        setRefused(null);
        setOpened({ file, url: URL.createObjectURL(file) });
        void keepOpenedFile(queryClient, archive, file);
      });
    },
    [queryClient, archive],
  );
  const closeFile = useCallback(() => setOpened(null), []);
  const dismissRefusal = useCallback(() => setRefused(null), []);
  const value = useMemo(
    () => ({ opened, openFile, closeFile, refused, dismissRefusal }),
    [opened, openFile, closeFile, refused, dismissRefusal],
  );
  return <OpenDigestContext value={value}>{children}</OpenDigestContext>;
}

export function useOpenDigest(): OpenDigestValue {
  const value = useContext(OpenDigestContext);
  if (!value) throw new Error('useOpenDigest needs an OpenDigestProvider above it');
  return value;
}

/** `?src=URL` first, then an opened file, else the digest shipped in data/ and the archive. */
export function useDigestSelection(): DigestSelection {
  const [search] = useSearchParams();
  const { opened } = useOpenDigest();
  const archive = useArchiveClient();
  const src = search.get('src');
  return useMemo((): DigestSelection => {
    if (src || !opened) return addressSelection(src, archive);
    const { file, url } = opened;
    return {
      sources: [{ name: `${file.name}:${file.size}:${file.lastModified}`, url }],
      label: file.name,
    };
  }, [src, opened, archive]);
}

/**
 * The digest a page address asks for before any file is opened: `?src=URL` (a subscription, kept
 * in the archive), else the one shipped in data/ with the reader's archive. The page starts
 * loading it before React renders (see main.tsx).
 */
export function addressSelection(
  src: string | null,
  archive: ArchiveClientLoader,
): DigestSelection {
  if (src) return { sources: [subscriptionSource(src, archive)], label: src };
  return { sources: DIGEST_SOURCES, archive, label: null };
}
