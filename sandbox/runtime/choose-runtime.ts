import type { BootOptions, RuntimeKind, SandboxRuntime } from './runtime';

export interface RuntimeChoice {
  runtime: SandboxRuntime;
  /** Why this runtime: shown beside the badge. */
  reason: string;
  /** Set when the WebContainer was tried and failed. */
  fallback: boolean;
}

export interface ChoiceSettings {
  /** `?runtime=` from the address: forces one. */
  requested: RuntimeKind | null;
  /** How long WebContainer may take to boot before the Worker takes over. */
  webcontainerTimeoutMs: number;
  /** Remembers a failed WebContainer for the rest of the visit (sessionStorage), so later pages do not wait again. */
  memory?: Pick<Storage, 'getItem' | 'setItem'>;
}

const FAILED_KEY = 'django-first-steps:webcontainer-failed';

export function requestedRuntime(search: string): RuntimeKind | null {
  const value = new URLSearchParams(search).get('runtime');
  return value === 'worker' || value === 'webcontainer' ? value : null;
}

/**
 * WebContainer when the page is cross-origin isolated and it boots in time, else the
 * Worker. Each runtime's code loads only when it is chosen.
 */
export async function chooseRuntime(options: BootOptions, settings: ChoiceSettings): Promise<RuntimeChoice> {
  const worker = async (reason: string, fallback: boolean): Promise<RuntimeChoice> => {
    const { bootWorker } = await import('./worker/worker-runtime');
    return { runtime: await bootWorker(options), reason, fallback };
  };
  if (settings.requested === 'worker') return worker('?runtime=worker', false);
  if (!globalThis.crossOriginIsolated) return worker('this page is not cross-origin isolated, which WebContainer needs', settings.requested === 'webcontainer');
  const failedBefore = settings.memory?.getItem(FAILED_KEY);
  if (failedBefore && settings.requested !== 'webcontainer') return worker(failedBefore, true);
  try {
    const { bootWebContainer } = await import('./webcontainer');
    const runtime = await bootWebContainer(options, { timeoutMs: settings.webcontainerTimeoutMs });
    return { runtime, reason: settings.requested ? '?runtime=webcontainer' : 'this page is cross-origin isolated', fallback: false };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    settings.memory?.setItem(FAILED_KEY, reason);
    return worker(reason, true);
  }
}
