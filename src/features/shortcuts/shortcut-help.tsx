import { Modal } from '../../components/ui/modal';
import { SHORTCUTS } from './shortcut-keys';

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} onClose={onClose} title="키보드 단축키">
      <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2.5 text-sm">
        {SHORTCUTS.map(({ keys, label }) => (
          <div key={label} className="contents">
            <dt className="flex gap-1">
              {keys.map((key) => (
                <kbd
                  key={key}
                  className="min-w-7 rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 text-center font-mono text-xs text-zinc-800 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100"
                >
                  {key}
                </kbd>
              ))}
            </dt>
            <dd className="text-zinc-700 dark:text-zinc-300">{label}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-xs text-zinc-600 dark:text-zinc-400">
        입력창에서 글을 쓰는 동안에는 단축키가 동작하지 않습니다.
      </p>
    </Modal>
  );
}
