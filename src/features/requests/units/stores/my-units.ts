import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import * as v from 'valibot';
import type { TaskFilter, TasksResult } from '../../../../../types/requests';
import { UnitCategoriesInput, type MyUnit } from '../../../../../types/requests/units';
import { describeIssue } from '../../../../../types/schema';
import { call } from '../../../../api/call';
import { messageOf } from '../../../../lib/errors';
import { myTasks } from '../../stores/tasks';

/** Where the units come from: 我的任务's own answer (requests.tasks carries them), so the screen is one call. */
interface UnitsSource {
  readonly units: MyUnit[] | null;
  readonly filter: TaskFilter;
  /** A save answers with 我的任务 as it is after it (the pool follows the categories). */
  set(tasks: TasksResult): void;
}

/** 我的任务: the units I belong to and the categories each serves; I change one unit's categories at a time. */
export class MyUnitsStore {
  /** The unit whose categories are being changed, and the choice so far. */
  editing: number | null = null;
  draft: string[] = [];
  saving = false;
  error: string | null = null;

  constructor(private readonly source: UnitsSource) {
    makeObservable(this, {
      editing: observable,
      draft: observable,
      saving: observable,
      error: observable,
      units: computed,
      edit: action,
      cancel: action,
      toggle: action,
      save: action,
    });
  }

  get units(): MyUnit[] {
    return this.source.units ?? [];
  }

  edit(id: number): void {
    this.editing = id;
    this.draft = [...(this.units.find((u) => u.id === id)?.categories ?? [])];
    this.error = null;
  }

  cancel(): void {
    this.editing = null;
    this.error = null;
  }

  toggle(category: string): void {
    this.draft = this.draft.includes(category) ? this.draft.filter((c) => c !== category) : [...this.draft, category];
    this.error = null;
  }

  /** Saves the draft in the unit's own order of options; true when saved. */
  async save(): Promise<boolean> {
    const unit = this.units.find((u) => u.id === this.editing);
    if (!unit) return false;
    const categories = unit.options.filter((c) => this.draft.includes(c));
    const parsed = v.safeParse(UnitCategoriesInput, { id: unit.id, categories, filter: this.source.filter });
    if (!parsed.success) {
      this.error = describeIssue(parsed.issues[0]).message;
      return false;
    }
    this.saving = true;
    try {
      const tasks = await call('units.setCategories', parsed.output);
      runInAction(() => {
        this.source.set(tasks);
        this.editing = null;
      });
      return true;
    } catch (err) {
      runInAction(() => (this.error = messageOf(err)));
      return false;
    } finally {
      runInAction(() => (this.saving = false));
    }
  }
}

/** The units of the one 我的任务 screen. */
export const myUnits = new MyUnitsStore(myTasks);
