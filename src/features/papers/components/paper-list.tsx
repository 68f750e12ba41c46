import type { DigestEntry } from '../../../digest';

export function PaperList({ entries }: { entries: DigestEntry[] }) {
  return (
    <ul aria-label="논문 목록" className="space-y-4">
      {entries.map((entry) => (
        <li key={entry.id}>
          <h2 className="text-lg font-semibold">{entry.title}</h2>
        </li>
      ))}
    </ul>
  );
}
