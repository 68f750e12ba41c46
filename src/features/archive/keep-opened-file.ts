import type { QueryClient } from '@tanstack/react-query';
import { announce, listenForAnnouncements } from './archive-announcer';
import type { ArchiveClientLoader } from './archive-loader';
import { ARCHIVE_UNAVAILABLE_TEXT } from './unavailable-text';

/**
 * Keeps a digest file the reader opened in their archive, so that it is still there after a
 * reload, and says so in the page's live region. The archive's code loads only now, in one chunk
 * with the live region that says the result: most visits open no file.
 */
export async function keepOpenedFile(
  queryClient: QueryClient,
  load: ArchiveClientLoader,
  file: File,
): Promise<void> {
  listenForAnnouncements();
  try {
    const { addFileToArchive } = await import('./archive-ui');
    announce(await addFileToArchive(queryClient, load, file));
  } catch {
    announce({ ok: false, text: ARCHIVE_UNAVAILABLE_TEXT });
  }
}
