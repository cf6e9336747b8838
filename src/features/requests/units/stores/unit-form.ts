import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import * as v from 'valibot';
import type { ResidentSummary } from '../../../../../types/people';
import { describeIssue } from '../../../../../types/schema';
import { UnitCreateInput, UnitUpdateInput, type ManagedUnit, type UnitKind, type UnitScopeKind, type UnitsOverview } from '../../../../../types/requests/units';
import { call, newRequestId } from '../../../../api/call';
import { ApiError, messageOf } from '../../../../lib/errors';
import { keyed, Resource } from '../../../../lib/resource';

export interface FieldFailure {
  field?: string;
  message: string;
}

/**
 * 新建 / 编辑处理单位 (workers): its name, kind, reach and categories; then its members, found among the residents.
 * The read is the community's units (what each scope may declare, and the unit being edited).
 */
export class UnitFormStore extends Resource<UnitsOverview> {
  unit: ManagedUnit | null = null;
  name = '';
  kind: UnitKind = 'volunteer';
  scope: UnitScopeKind = 'community';
  categories: string[] = [];
  phone = '';
  active = true;
  error: FieldFailure | null = null;
  saving = false;
  keyword = '';
  /** The member being added or removed. */
  busyMember: number | null = null;
  /** Residents of the community by name (phones masked), to add as members. */
  readonly search = new Resource<ResidentSummary[]>(() =>
    call('people.residents', { communityId: this.communityId, keyword: this.keyword.trim() || undefined }),
  );
  private requestId: string | null = null;

  constructor(
    readonly communityId: number,
    readonly id: number | null,
  ) {
    super(async () => {
      const overview = await call('units.list', { communityId });
      if (id && !overview.units.some((u) => u.id === id)) throw new ApiError('NOT_FOUND', '该处理单位不存在或不属于本社区');
      return overview;
    });
    makeObservable<this, 'fill' | 'invalid'>(this, {
      unit: observable,
      name: observable,
      kind: observable,
      scope: observable,
      categories: observable,
      phone: observable,
      active: observable,
      error: observable,
      saving: observable,
      keyword: observable,
      busyMember: observable,
      offered: computed,
      streetName: computed,
      communityName: computed,
      found: computed,
      options: computed,
      open: action,
      fill: action,
      setField: action,
      setScope: action,
      toggle: action,
      save: action,
      invalid: action,
      setKeyword: action,
    });
  }

  /** What each scope may declare (from units.list). */
  get offered(): Record<UnitScopeKind, string[]> {
    return this.data?.options ?? { community: [], street: [] };
  }

  get streetName(): string {
    return this.data?.streetName ?? '';
  }

  get communityName(): string {
    return this.data?.communityName ?? '';
  }

  get found(): ResidentSummary[] | null {
    return this.search.data;
  }

  /** The page opens on an empty form (a new unit) or the unit as it is now. */
  open(): Promise<boolean> {
    this.unit = null;
    this.name = '';
    this.kind = 'volunteer';
    this.scope = 'community';
    this.categories = [];
    this.phone = '';
    this.active = true;
    this.error = null;
    this.keyword = '';
    this.search.clear();
    this.requestId = null;
    return this.refill();
  }

  /** Loads the community's units and, when editing, fills the form with the unit. */
  async refill(): Promise<boolean> {
    const loaded = await this.load();
    const unit = this.data?.units.find((u) => u.id === this.id);
    if (loaded && unit) this.fill(unit);
    return loaded;
  }

  private fill(unit: ManagedUnit): void {
    this.unit = unit;
    this.name = unit.name;
    this.kind = unit.kind;
    this.scope = unit.scope;
    this.categories = [...unit.categories];
    this.phone = unit.phone;
    this.active = unit.active;
  }

  /** The chips: what the unit may declare (a new one: what its scope offers). */
  get options(): string[] {
    return this.unit?.options ?? this.offered[this.scope];
  }

  setField<K extends 'name' | 'kind' | 'phone' | 'active'>(key: K, value: this[K]): void {
    this[key] = value;
    if (this.error?.field === key || !this.error?.field) this.error = null;
  }

  setScope(scope: UnitScopeKind): void {
    if (this.unit) return;
    this.scope = scope;
    this.categories = this.categories.filter((c) => this.offered[scope].includes(c));
  }

  toggle(category: string): void {
    this.categories = this.categories.includes(category) ? this.categories.filter((c) => c !== category) : [...this.categories, category];
    if (this.error?.field === 'categories') this.error = null;
  }

  /** Creates (once per submission) or saves the unit; the error is kept for the form. */
  save(): Promise<ManagedUnit | null> {
    const fields = { name: this.name, kind: this.kind, categories: this.options.filter((c) => this.categories.includes(c)), phone: this.phone };
    if (this.unit) {
      const parsed = v.safeParse(UnitUpdateInput, { ...fields, id: this.unit.id, active: this.active });
      return parsed.success ? this.submit(() => call('units.update', parsed.output)) : this.invalid(parsed.issues[0]);
    }
    const parsed = v.safeParse(UnitCreateInput, { ...fields, communityId: this.communityId, scope: this.scope });
    if (!parsed.success) return this.invalid(parsed.issues[0]);
    const requestId = (this.requestId ??= newRequestId());
    return this.submit(() => call('units.create', parsed.output, { requestId }));
  }

  private invalid(issue: v.BaseIssue<unknown>): Promise<null> {
    this.error = describeIssue(issue);
    return Promise.resolve(null);
  }

  private async submit(send: () => Promise<ManagedUnit>): Promise<ManagedUnit | null> {
    runInAction(() => {
      this.saving = true;
      this.error = null;
    });
    try {
      const saved = await send();
      runInAction(() => {
        this.requestId = null;
        this.fill(saved);
      });
      return saved;
    } catch (err) {
      runInAction(() => (this.error = { message: messageOf(err), field: err instanceof ApiError ? err.field : undefined }));
      return null;
    } finally {
      runInAction(() => (this.saving = false));
    }
  }

  setKeyword(keyword: string): void {
    this.keyword = keyword;
  }

  /** Residents of the community by name (phones masked), to add as members. */
  find(): Promise<boolean> {
    return this.search.load();
  }

  isMember(userId: number): boolean {
    return this.unit?.members.some((m) => m.userId === userId) ?? false;
  }

  addMember(userId: number): Promise<string | null> {
    return this.member('units.addMember', userId);
  }

  removeMember(userId: number): Promise<string | null> {
    return this.member('units.removeMember', userId);
  }

  /** Adds or removes a member; resolves with the error message, or null when done. */
  private async member(action: 'units.addMember' | 'units.removeMember', userId: number): Promise<string | null> {
    if (!this.unit || this.busyMember) return null;
    runInAction(() => (this.busyMember = userId));
    try {
      const unit = await call(action, { unitId: this.unit.id, userId });
      runInAction(() => (this.unit = unit));
      return null;
    } catch (err) {
      return messageOf(err);
    } finally {
      runInAction(() => (this.busyMember = null));
    }
  }
}

/** One form per unit (and one for a new unit) of a community. */
const forms = keyed((key: string) => {
  const [communityId, id] = key.split(':').map(Number);
  return new UnitFormStore(communityId, id || null);
});

export const unitForm = Object.assign((communityId: number, id: number | null) => forms(`${communityId}:${id ?? 0}`), { clear: () => forms.clear() });
