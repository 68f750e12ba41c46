import { DigestDropZone } from '../features/digest/components/open-digest-controls';
import { useDigestSelection } from '../features/digest/open-digest';
import { LibraryProvider } from '../features/library/library-provider';
import { ReaderPage } from './reader/reader-page';

/** The reader for whichever digest is open; one library, keyed by paper id, serves them all. */
export function ReaderRoute() {
  const selection = useDigestSelection();
  return (
    <LibraryProvider>
      <DigestDropZone>
        <ReaderPage selection={selection} />
      </DigestDropZone>
    </LibraryProvider>
  );
}
