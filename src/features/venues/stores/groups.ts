import { action, makeObservable, observable, runInAction } from 'mobx';
import type { GroupKind, GroupsPage, GroupView } from '../../../../types/venues/group-models';
import { call } from '../../../api/call';
import { ApiError, messageOf } from '../../../lib/errors';
import { Resource } from '../../../lib/resource';

/** What a worker fills in to register a group or change one (the contact's phone is typed again: it is shown masked). */
export interface GroupDraft {
  id?: number;
  communityId: number;
  name: string;
  kind: GroupKind;
  contactPhone: string;
  venueIds: number[];
  weeklyMinutes: number;
  active: boolean;
}

/** 团体管理 (workers): the groups of the communities they serve, drawn by groups.list; a save answers with the list. */
export class GroupsAdminStore extends Resource<GroupsPage> {
  draft: GroupDraft | null = null;
  error: { message: string; field?: string } | null = null;

  constructor() {
    super(() => call('groups.list', {}));
    makeObservable(this, { draft: observable, error: observable, edit: action, change: action, close: action });
  }

  /** Opens the form for a new group (none given) or for one of the list. */
  edit(g?: GroupView): void {
    const communityId = g?.communityId ?? this.data?.communities[0]?.id ?? 0;
    this.error = null;
    this.draft = g
      ? { id: g.id, communityId, name: g.name, kind: g.kind, contactPhone: '', venueIds: g.rooms.map((r) => r.id), weeklyMinutes: g.weeklyMinutes, active: g.active }
      : { communityId, name: '', kind: 'team', contactPhone: '', venueIds: [], weeklyMinutes: 240, active: true };
  }

  change(patch: Partial<GroupDraft>): void {
    if (this.draft) Object.assign(this.draft, patch);
  }

  close(): void {
    this.draft = null;
    this.error = null;
  }

  async save(): Promise<boolean> {
    const d = this.draft;
    if (!d) return false;
    try {
      const page = await call('groups.upsert', { ...d, name: d.name.trim(), contactPhone: d.contactPhone.trim() });
      runInAction(() => {
        this.set(page);
        this.close();
      });
      return true;
    } catch (err) {
      runInAction(() => {
        this.error = { message: messageOf(err), field: err instanceof ApiError ? err.field : undefined };
      });
      return false;
    }
  }
}

export const groupsAdmin = new GroupsAdminStore();
