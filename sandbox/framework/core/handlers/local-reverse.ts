import { rootResolver } from '../../urls/resolvers';
import { reverse } from '../../urls/reverse';
import type { LoadedProject } from './project';

/** django.urls.reverse(name) in a loaded project, as its own code would call it: the path, or NoReverseMatch. */
export function reverseLocal(project: LoadedProject, name: string): string {
  const { interp, settings } = project;
  const urlconf = interp.str(settings.get('ROOT_URLCONF') ?? null);
  return reverse(rootResolver(urlconf), name, [], new Map(), interp);
}
