import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { FilePickerButton } from '../../../components/ui/file-picker-button';
import { checkSubscriptionAddress } from '../subscription-address';
import { MUTED, PRIMARY_BUTTON, SECONDARY_BUTTON, TEXT_FIELD } from './archive-styles';

/**
 * "주소 구독": an address whose digest the app fetches now and again each time it opens online.
 * The address is checked here; what the host sends is checked by the archive.
 */
export function SubscribeForm({
  busy,
  onSubscribe,
}: {
  busy: boolean;
  /** Resolves true when the address was subscribed, which empties the field. */
  onSubscribe: (url: string) => Promise<boolean>;
}) {
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const hintId = useId();
  const problemId = useId();

  const submit = async () => {
    if (busy) return;
    const checked = checkSubscriptionAddress(address);
    if (!checked.ok) {
      setProblem(checked.message);
      field.current?.focus();
      return;
    }
    setProblem(null);
    if (await onSubscribe(checked.url)) setAddress('');
  };

  // Enter that ends a Hangul syllable must not send a half-typed address.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && (event.nativeEvent.isComposing || event.keyCode === 229)) {
      event.preventDefault();
    }
  };

  return (
    <form
      aria-label="주소 구독"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      className="flex flex-col gap-1.5"
    >
      <label htmlFor={fieldId} className="text-sm font-medium">
        구독할 주소
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          ref={field}
          id={fieldId}
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder="https://example.com/digest.txt"
          value={address}
          onChange={(event) => {
            setAddress(event.target.value);
            if (problem) setProblem(null);
          }}
          onKeyDown={onKeyDown}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${problemId} ${hintId}` : hintId}
          className={`min-w-0 flex-1 ${TEXT_FIELD}`}
        />
        <button type="submit" aria-disabled={busy} className={PRIMARY_BUTTON}>
          구독
        </button>
      </div>
      {problem && (
        <p id={problemId} className="text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
      <p id={hintId} className={`text-sm ${MUTED}`}>
        다이제스트 텍스트 파일의 주소입니다. 앱을 열 때마다 인터넷에 연결되어 있으면 바뀐 내용을
        받아 오고, 연결이 없으면 보관한 사본을 보여 줍니다.
      </p>
    </form>
  );
}

/** Keeps a digest file from disk in the archive (read here, never uploaded). */
export function AddFileButton({ onFile }: { onFile: (file: File) => void }) {
  return (
    <FilePickerButton
      accept=".txt,text/plain"
      inputLabel="보관할 다이제스트 파일"
      className={SECONDARY_BUTTON}
      onFile={onFile}
    >
      파일 보관
    </FilePickerButton>
  );
}
