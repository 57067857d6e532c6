import { handle, type FinalResponse } from './base';
import { localGet } from '../../http/request';
import type { LoadedProject } from './project';

/** A GET request answered by a loaded project in this process, as runserver would answer it, without logging it. */
export function answerLocalGet(project: LoadedProject, path: string): FinalResponse {
  return handle(project, localGet(path), { log: () => undefined });
}
