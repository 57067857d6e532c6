import type { BootStep } from '@/sandbox/runtime/runtime';
import type { SandboxStrings } from '@/lib/sandbox-strings';
import type { BootState } from './use-sandbox';

const STEPS: BootStep[] = ['framework', 'database', 'files', 'shell'];

/** Over the terminal while the sandbox starts: each step, done or under way; never a blank pane. */
export function BootStatus({ t, boot, onRetry }: { t: SandboxStrings['terminal']; boot: BootState; onRetry(): void }) {
  if (boot.phase === 'ready') return null;
  if (boot.phase === 'failed') {
    return (
      <div role="alert" className="absolute inset-0 flex flex-col items-start gap-3 bg-zinc-50 p-4 text-sm dark:bg-zinc-950">
        <p className="text-red-700 dark:text-red-300">{t.failed(boot.message)}</p>
        <button type="button" onClick={onRetry} className="rounded-md border border-zinc-300 px-3 py-1 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
          {t.retry}
        </button>
      </div>
    );
  }
  const current = boot.step ? STEPS.indexOf(boot.step) : -1;
  return (
    <div role="status" data-testid="boot-status" className="absolute inset-0 bg-zinc-50 p-4 text-sm dark:bg-zinc-950">
      <p className="font-medium">{t.starting}</p>
      <ol className="mt-2 space-y-1">
        {STEPS.map((step, i) => (
          <li key={step} className={i <= current ? 'text-zinc-900 dark:text-zinc-100' : 'text-zinc-500 dark:text-zinc-400'}>
            <span aria-hidden="true" className="inline-block w-5">{i < current ? '✓' : i === current ? '…' : '·'}</span>
            {t.steps[step]}
          </li>
        ))}
      </ol>
    </div>
  );
}
