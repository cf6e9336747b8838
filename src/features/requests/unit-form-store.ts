import { action, makeAutoObservable, runInAction } from 'mobx';
import * as v from 'valibot';
import type { ResidentSummary } from '../../../types/people';
import type { UnitKind } from '../../../types/requests';
import { describeIssue } from '../../../types/schema';
import { UnitCreateInput, UnitUpdateInput, type ManagedUnit, type UnitScopeKind } from '../../../types/requests/units';
import { call, newRequestId } from '../../api/call';
import { ApiError, messageOf } from '../../lib/errors';
import { LoadState } from '../../lib/load-state';

export interface FieldFailure {
  field?: string;
  message: string;
}

/** 新建 / 编辑处理单位 (workers): its name, kind, reach and categories; then its members, found among the residents. */
export class UnitFormStore {
  unit: ManagedUnit | null = null;
  name = '';
  kind: UnitKind = 'volunteer';
  scope: UnitScopeKind = 'community';
  categories: string[] = [];
  phone = '';
  active = true;
  /** What each scope may declare (from units.list). */
  offered: Record<UnitScopeKind, string[]> = { community: [], street: [] };
  streetName = '';
  communityName = '';
  error: FieldFailure | null = null;
  saving = false;
  keyword = '';
  found: ResidentSummary[] | null = null;
  /** The member being added or removed. */
  busyMember: number | null = null;
  readonly state = new LoadState();
  readonly search = new LoadState();
  private requestId: string | null = null;

  constructor(
    readonly communityId: number,
    readonly id: number | null,
  ) {
    makeAutoObservable<this, 'requestId' | 'invalid' | 'submit'>(this, { state: false, search: false, communityId: false, id: false, requestId: false, invalid: action, submit: false });
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const overview = await call('units.list', { communityId: this.communityId });
      const unit = this.id ? overview.units.find((u) => u.id === this.id) : undefined;
      if (this.id && !unit) throw new ApiError('NOT_FOUND', '该处理单位不存在或不属于本社区');
      runInAction(() => {
        this.offered = overview.options;
        this.streetName = overview.streetName;
        this.communityName = overview.communityName;
        if (unit) this.fill(unit);
      });
    });
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

  set<K extends 'name' | 'kind' | 'phone' | 'active'>(key: K, value: this[K]): void {
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
    this.saving = true;
    this.error = null;
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
    const keyword = this.keyword.trim();
    return this.search.run(async () => {
      const found = await call('people.residents', { communityId: this.communityId, keyword: keyword || undefined });
      runInAction(() => (this.found = found));
    });
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
    this.busyMember = userId;
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
