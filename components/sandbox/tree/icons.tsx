import type { ReactNode } from 'react';

/** 16px line icons drawn in the text colour; their buttons carry the words. */
function Icon({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <svg
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className={`size-4 shrink-0 ${className}`}
    >
      {children}
    </svg>
  );
}

export function ChevronIcon({ open }: { open: boolean }) {
  return (
    <Icon className={`transition-transform motion-reduce:transition-none ${open ? 'rotate-90' : ''}`}>
      <path d="M6 4l4 4-4 4" />
    </Icon>
  );
}

export function NewFileIcon() {
  return (
    <Icon>
      <path d="M9 1.75H4.25a1 1 0 0 0-1 1v10.5a1 1 0 0 0 1 1h7.5a1 1 0 0 0 1-1V5.5L9 1.75z" />
      <path d="M8 7.5v4M6 9.5h4" />
    </Icon>
  );
}

export function NewFolderIcon() {
  return (
    <Icon>
      <path d="M1.75 4.25a1 1 0 0 1 1-1h3.5l1.5 1.5h5.5a1 1 0 0 1 1 1v6.5a1 1 0 0 1-1 1H2.75a1 1 0 0 1-1-1z" />
      <path d="M8 7v4M6 9h4" />
    </Icon>
  );
}

export function RenameIcon() {
  return (
    <Icon>
      <path d="M10.5 2.5l3 3L6 13H3v-3z" />
    </Icon>
  );
}

export function DeleteIcon() {
  return (
    <Icon>
      <path d="M2.5 4h11M6.5 4V2.5h3V4M4 4l.75 9.5h6.5L12 4M6.75 6.5v4.5M9.25 6.5v4.5" />
    </Icon>
  );
}
