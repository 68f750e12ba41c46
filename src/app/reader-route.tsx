import { DigestDropZone } from '../features/digest/components/open-digest-controls';
import { useDigestSelection } from '../features/digest/open-digest';
import { LibraryProvider } from '../features/library/library-provider';
import { ReaderPage } from './reader/reader-page';

/** The reader for whichever digest is open, with that digest's own library. */
export function ReaderRoute() {
  const selection = useDigestSelection();
  return (
    <LibraryProvider digestKey={selection.libraryKey}>
      <DigestDropZone>
        <ReaderPage selection={selection} />
      </DigestDropZone>
    </LibraryProvider>
  );
}
