import type { Selectable } from 'kysely';
import type { TimelineStep, Viewer } from '../../../../types/requests';
import { seesStep, seesStepNote } from '../domain/permissions';
import { ACTOR_OF } from '../domain/state-machine';
import { parseList } from '../json-list';
import type { RequestStepTable } from '../tables';

export type StepRow = Selectable<RequestStepTable> & { actor_name: string | null; unit_name: string | null };

/** The timeline as this viewer may see it: bookkeeping steps and internal notes left out for residents. */
export function toTimeline(rows: StepRow[], viewer: Viewer): TimelineStep[] {
  return rows
    .filter((r) => seesStep(viewer, r.kind))
    .map((r) => ({
      kind: r.kind,
      at: r.at,
      // A resident's own name on their own steps says nothing to them; the pool does not learn it.
      actorName: r.kind === 'created' || r.kind === 'overdue' || (viewer === 'owner' && ACTOR_OF[r.kind] === 'resident') ? null : r.actor_name,
      unitName: r.unit_name,
      note: seesStepNote(viewer, r.kind) ? r.note : null,
      photos: parseList(r.photos),
    }));
}
