import type { InspectPlace } from './find-project';
import type { Inspection, TableRows } from './report';

export type { InspectPlace };

// The analysis is loaded when the inspector first looks, not with the terminal.
const analysis = () => import('./inspect');

/** The project at or above `cwd`, its three records and their disagreements. Never throws for a broken project. */
export async function inspectProject(place: InspectPlace): Promise<Inspection> {
  return (await analysis()).inspect(place);
}

/** One page of a table of that project's database (100 rows from `offset`). */
export async function inspectTableRows(place: InspectPlace, table: string, offset: number): Promise<TableRows> {
  return (await analysis()).tableRows(place, table, offset);
}
