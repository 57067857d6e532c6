import type { SandboxStrings } from '@/lib/sandbox-strings';
import type { BootState, SaveProblem } from '@/sandbox/runtime/sandbox-session';
import type { ClaimStatus } from '@/sandbox/runtime/lesson-claim';

interface Props {
  t: SandboxStrings['runtime'];
  boot: BootState;
  /** Why the last save failed: refused (nothing is kept across a reload) or full (the newest work lives only in this tab). */
  unsaved: SaveProblem | null;
  /** Whether this tab saves the lesson, or another tab does. */
  claim: ClaimStatus;
  /** A damaged saved copy is kept aside. */
  damagedKept: boolean;
  onReset(): void;
  onDownload(): void;
  onTakeOver(): void;
  onDownloadKept(): void;
  onDeleteKept(): void;
}

const button =
  'rounded-md border border-zinc-300 px-2 py-1 text-xs font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800';

/** Which runtime runs the sandbox (and why), with the lesson's Reset and Download buttons, and what is not saved. */
export function SandboxToolbar({ t, boot, unsaved, claim, damagedKept, onReset, onDownload, onTakeOver, onDownloadKept, onDeleteKept }: Props) {
  const ready = boot.phase === 'ready' ? boot : null;
  const elsewhere = claim === 'elsewhere' || claim === 'lost';
  return (
    <div className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="flex flex-wrap items-center gap-2 px-3 py-2">
        <h2 className="text-sm font-semibold">{t.label}</h2>
        {ready && (
          <span
            data-testid="runtime-badge"
            data-runtime={ready.kind}
            title={t.why(t.reason(ready.reason))}
            className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800 dark:bg-zinc-800 dark:text-brand-300"
          >
            {t.kind[ready.kind]}
          </span>
        )}
        <span className="ml-auto flex gap-2">
          <button type="button" className={button} onClick={onDownload} disabled={!ready}>
            {t.download}
          </button>
          {/* Resetting forgets the saved copy, which belongs to the tab that saves the lesson. */}
          <button type="button" className={button} onClick={onReset} disabled={!ready || elsewhere}>
            {t.reset}
          </button>
        </span>
      </div>
      {elsewhere && (
        <Note testId="other-tab-note" warning text={claim === 'lost' ? t.lost : t.elsewhere} actions={[[t.takeOver, onTakeOver]]} />
      )}
      {damagedKept && (
        <Note
          testId="damaged-kept-note"
          text={t.damagedKept}
          actions={[
            [t.downloadKept, onDownloadKept],
            [t.deleteKept, onDeleteKept],
          ]}
        />
      )}
      {unsaved && !elsewhere && <Note testId="not-saved-note" warning text={unsaved === 'full' ? t.storageFull : t.notSaved} />}
      {ready?.fallback && <Note testId="runtime-note" text={t.fellBack(t.reason(ready.reason))} />}
    </div>
  );
}

/** A line under the toolbar about the sandbox's state (a warning when work is not kept), with what the learner can do. */
function Note({ testId, text, warning = false, actions = [] }: { testId: string; text: string; warning?: boolean; actions?: [string, () => void][] }) {
  const tone = warning ? 'font-medium text-amber-900 dark:text-amber-300' : 'text-zinc-700 dark:text-zinc-300';
  return (
    <div data-testid={testId} role="note" className={`flex flex-wrap items-center gap-2 px-3 pb-2 text-xs ${tone}`}>
      <p>{text}</p>
      {actions.map(([label, act]) => (
        <button key={label} type="button" className={button} onClick={act}>
          {label}
        </button>
      ))}
    </div>
  );
}
