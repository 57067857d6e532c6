import type { BootOptions as ApiBootOptions } from '@webcontainer/api';
import { fitsTheApi, type Container } from './container';
import { RuntimeUnavailable } from '../notices';

/**
 * The real `WebContainer.boot`. The API is imported only here, when a page asks for this
 * runtime, so pages that never use it do not load it.
 */
export async function bootFromApi(options: ApiBootOptions): Promise<Container> {
  // Without isolation boot fails deep inside StackBlitz's frame; say what is missing instead.
  if (globalThis.crossOriginIsolated === false) {
    throw new RuntimeUnavailable({ kind: 'not-isolated' }, 'WebContainer needs a cross-origin isolated page (Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers)');
  }
  const { WebContainer } = await import('@webcontainer/api');
  return fitsTheApi(await WebContainer.boot(options));
}
