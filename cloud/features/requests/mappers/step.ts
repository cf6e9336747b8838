import type { Selectable } from 'kysely';
import type { RequestStatus, TimelineStep, Viewer } from '../../../../types/requests';
import { personalDataFor, seesStep, seesStepNote } from '../domain/permissions';
import { ACTOR_OF } from '../domain/state-machine';
import { parseList } from '../json-list';
import type { RequestStepTable } from '../tables';

export type StepRow = Selectable<RequestStepTable> & { actor_name: string | null; unit_name: string | null };

/**
 * The timeline as this viewer may see it: bookkeeping steps and internal notes left out for residents, and the
 * resident's name left off their own steps (撤回, 评价) for whoever may not know who asked (personalDataFor).
 */
export function toTimeline(rows: StepRow[], viewer: Viewer, status: RequestStatus): TimelineStep[] {
  const knowsResident = personalDataFor(viewer, status).name === 'full';
  return rows
    .filter((r) => seesStep(viewer, r.kind))
    .map((r) => ({
      kind: r.kind,
      at: r.at,
      // A resident's own name on their own steps says nothing to them; others learn it only if they may know who asked.
      actorName: r.kind === 'created' || r.kind === 'overdue' || (ACTOR_OF[r.kind] === 'resident' && (viewer === 'owner' || !knowsResident)) ? null : r.actor_name,
      unitName: r.unit_name,
      note: seesStepNote(viewer, r.kind) ? r.note : null,
      photos: parseList(r.photos),
    }));
}
