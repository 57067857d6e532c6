import type { SandboxStrings } from '@/lib/sandbox-strings';
import type { BootState } from '@/sandbox/runtime/sandbox-session';

interface Props {
  t: SandboxStrings['terminal'];
  boot: BootState;
  onRetry(): void;
  /** For a damaged saved copy: download it as it is, or move it aside and start again. */
  onDownloadDamaged(): void;
  onStartAgain(): void;
}

const panel = 'absolute inset-0 flex flex-col items-start gap-3 overflow-auto bg-zinc-50 p-4 text-sm dark:bg-zinc-950';
const button = 'rounded-md border border-zinc-300 px-3 py-1 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800';

/** Over the terminal while the sandbox starts: each step, done or under way; never a blank pane. */
export function BootStatus({ t, boot, onRetry, onDownloadDamaged, onStartAgain }: Props) {
  if (boot.phase === 'ready') return null;
  if (boot.phase === 'failed') {
    return (
      <div role="alert" className={panel}>
        <p className="text-red-700 dark:text-red-300">{t.failed(boot.message)}</p>
        <button type="button" onClick={onRetry} className={button}>
          {t.retry}
        </button>
      </div>
    );
  }
  if (boot.phase === 'damaged') {
    return (
      <div role="alert" data-testid="damaged-save" className={panel}>
        <p className="text-red-700 dark:text-red-300">{t.damaged(boot.problem)}</p>
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={onDownloadDamaged} className={button}>
            {t.downloadDamaged}
          </button>
          <button type="button" onClick={onStartAgain} className={button}>
            {t.startAgain}
          </button>
        </div>
      </div>
    );
  }
  const current = boot.step ? boot.steps.indexOf(boot.step) : -1;
  return (
    <div role="status" data-testid="boot-status" className="absolute inset-0 bg-zinc-50 p-4 text-sm dark:bg-zinc-950">
      <p className="font-medium">{t.starting}</p>
      <ol className="mt-2 space-y-1">
        {boot.steps.map((step, i) => (
          <li key={step} className={i <= current ? 'text-zinc-900 dark:text-zinc-100' : 'text-zinc-500 dark:text-zinc-400'}>
            <span aria-hidden="true" className="inline-block w-5">{i < current ? '✓' : i === current ? '…' : '·'}</span>
            {t.steps[step]}
          </li>
        ))}
      </ol>
    </div>
  );
}
