import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { Modal } from '../../../components/ui/modal';
import { announce } from '../archive-announcer';
import { EMPTY_PASTE_TEXT, type ArchiveOutcome } from '../archive-text';
import { useArchiveActions } from '../use-archive';
import { messageTone, PRIMARY_BUTTON, SECONDARY_BUTTON, TEXT_FIELD } from './archive-styles';

const CLIPBOARD_REFUSED_TEXT =
  '클립보드를 읽을 수 없습니다. 아래 칸을 누르고 Ctrl+V(Mac은 ⌘+V)로 붙여넣어 주세요.';
const CLIPBOARD_EMPTY_TEXT =
  '클립보드에 글이 없습니다. 다이제스트 텍스트를 복사한 뒤 다시 눌러 주세요.';

async function readClipboard(): Promise<string | null> {
  try {
    return await navigator.clipboard.readText();
  } catch {
    // No clipboard API (an insecure page, an old browser), or the reader or the browser said no.
    return null;
  }
}

/** True for the Enter that ends a Hangul syllable in an input method, which must not submit. */
function isComposing(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

/**
 * "붙여넣기": a day's digest text, from the clipboard or typed into the box, added to the archive.
 * On success the dialog closes and the page's live region says what joined the list; otherwise the
 * text stays in the box with the reason beside it.
 */
export function PasteDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { addPaste } = useArchiveActions();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<ArchiveOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const boxId = useId();
  const hintId = useId();
  const messageId = useId();

  // After the dialog's own focus (its first button), so that the reader starts in the box.
  useEffect(() => {
    if (open) box.current?.focus();
  }, [open]);

  const refuse = (outcome: ArchiveOutcome) => {
    setMessage(outcome);
    box.current?.focus();
  };

  const add = async () => {
    if (busy) return;
    if (!text.trim()) {
      refuse({ ok: false, text: EMPTY_PASTE_TEXT });
      return;
    }
    setBusy(true);
    const outcome = await addPaste(text);
    setBusy(false);
    if (!outcome.ok) {
      refuse(outcome);
      return;
    }
    setText('');
    setMessage(null);
    onClose();
    announce(outcome);
  };

  const pasteFromClipboard = async () => {
    const clipboard = await readClipboard();
    if (clipboard === null) {
      refuse({ ok: false, text: CLIPBOARD_REFUSED_TEXT });
      return;
    }
    if (!clipboard.trim()) {
      refuse({ ok: false, text: CLIPBOARD_EMPTY_TEXT });
      return;
    }
    setText(clipboard);
    setMessage(null);
    box.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || isComposing(event)) return;
    event.preventDefault();
    void add();
  };

  return (
    <Modal open={open} onClose={onClose} title="다이제스트 붙여넣기">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
        className="flex flex-col gap-3"
      >
        <p id={hintId} className="text-sm text-zinc-600 dark:text-zinc-400">
          하루치 다이제스트를 날짜 줄(예: 2024년 3월 8일)부터 붙여넣으세요. 이 브라우저의 보관함에만
          저장하며 어디에도 올리지 않습니다. Ctrl+Enter(Mac은 ⌘+Enter)로도 추가할 수 있습니다.
        </p>
        <div className="flex flex-col gap-1.5">
          <div className="flex flex-wrap items-end justify-between gap-2">
            <label htmlFor={boxId} className="text-sm font-medium">
              다이제스트 텍스트
            </label>
            <button
              type="button"
              onClick={() => void pasteFromClipboard()}
              className={SECONDARY_BUTTON}
            >
              클립보드에서 붙여넣기
            </button>
          </div>
          <textarea
            ref={box}
            id={boxId}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            rows={10}
            spellCheck={false}
            aria-describedby={`${hintId} ${messageId}`}
            aria-invalid={message?.ok === false ? true : undefined}
            className={`min-h-40 resize-y ${TEXT_FIELD}`}
          />
        </div>
        <div id={messageId} role="status" className={`text-sm ${messageTone(message?.ok ?? true)}`}>
          {message && (
            <p>
              {message.text}{' '}
              {message.quota && (
                <Link
                  to="/sources"
                  state={{ freeSpace: true }}
                  onClick={onClose}
                  className="font-medium underline underline-offset-2"
                >
                  내 자료에서 오래된 자료 지우기
                </Link>
              )}
            </p>
          )}
        </div>
        <div className="flex justify-end">
          <button type="submit" aria-disabled={busy} className={PRIMARY_BUTTON}>
            {busy ? '보관하는 중…' : '보관함에 추가'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
