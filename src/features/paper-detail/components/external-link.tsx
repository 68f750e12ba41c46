import type { ReactNode } from 'react';
import { FOCUS_RING } from './styles';

export interface ExternalLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
  title?: string;
}

/** A link that opens in a new tab, saying so to screen readers as well as to the eye. */
export function ExternalLink({ href, children, className = '', title }: ExternalLinkProps) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      title={title}
      className={`${FOCUS_RING} ${className}`}
    >
      {children}
      <span aria-hidden="true" className="ms-0.5 text-[0.85em]">
        ↗
      </span>
      <span className="sr-only">{' (새 탭)'}</span>
    </a>
  );
}
