import { useQuery } from '@tanstack/react-query';
import { FilePickerButton } from '../../../components/ui/file-picker-button';
import { formatBytes } from '../archive-format';
import { estimateUsage, type StorageUsage } from '../storage-estimate';
import { archiveKeys } from '../use-archive';
import { MUTED, SECONDARY_BUTTON } from './archive-styles';

function usageText(usage: StorageUsage): string {
  const used = `저장 공간 ${formatBytes(usage.usage)} 사용`;
  if (usage.quota <= 0) return used;
  return `${used} / 약 ${formatBytes(Math.max(0, usage.quota - usage.usage))} 가능`;
}

function persistenceText(persistent: boolean | null): string | null {
  if (persistent === true) return '브라우저가 이 자료를 지우지 않도록 보호하고 있습니다.';
  if (persistent === false) {
    return '기기 공간이 모자라면 브라우저가 이 자료를 지울 수 있습니다. 내보내기로 사본을 남겨 두세요.';
  }
  return null;
}

/** How much room the site takes and has left, and whether the browser promises to keep it. */
export function StorageUsageLine() {
  const usage = useQuery({ queryKey: archiveKeys.usage, queryFn: estimateUsage });
  if (usage.isPending) return null;
  if (!usage.data) {
    return (
      <p className={`text-sm ${MUTED}`}>이 브라우저는 저장 공간 사용량을 알려 주지 않습니다.</p>
    );
  }
  const persistence = persistenceText(usage.data.persistent);
  return (
    <div className="text-sm">
      <p>{usageText(usage.data)}</p>
      {persistence && <p className={`mt-0.5 ${MUTED}`}>{persistence}</p>}
    </div>
  );
}

/** One file with every source and the library, to move to another device and merge there. */
export function TransferButtons({
  onExport,
  onImport,
}: {
  onExport: () => void;
  onImport: (file: File) => void;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" onClick={onExport} className={SECONDARY_BUTTON}>
        보관함 내보내기
      </button>
      <FilePickerButton
        accept="application/json,.json"
        inputLabel="가져올 보관함 파일"
        className={SECONDARY_BUTTON}
        onFile={onImport}
      >
        보관함 가져오기
      </FilePickerButton>
    </div>
  );
}
