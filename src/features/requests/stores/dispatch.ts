import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import type { HandlerUnitOption } from '../../../../types/requests';
import { call } from '../../../api/call';
import { keyed, Resource } from '../../../lib/resource';
import { requestDetail, type DetailStore } from './detail';

/** 社区派单: the request, the units that can take it, the chosen one and a note. */
export class DispatchStore {
  chosen: number | null = null;
  note = '';
  readonly request: DetailStore;
  readonly options: Resource<HandlerUnitOption[]>;

  constructor(id: number) {
    this.request = requestDetail(id);
    this.options = new Resource(() => call('requests.units', { requestId: id }));
    makeObservable(this, { chosen: observable, note: observable, units: computed, currentUnitId: computed, chosenUnit: computed, open: action, choose: action, setNote: action });
  }

  get units(): HandlerUnitOption[] {
    return this.options.data ?? [];
  }

  /** The page opens with no choice made and no note: a first guess follows the load. */
  open(): Promise<void> {
    this.chosen = null;
    this.note = '';
    return this.load();
  }

  async load(): Promise<void> {
    await Promise.all([this.request.load(), this.options.load()]);
    // A first guess: a unit that serves the category and can take it, other than the one that has not taken it yet.
    runInAction(() => {
      this.chosen ??= this.units.find((u) => u.serves && u.members > 0 && u.id !== this.currentUnitId)?.id ?? null;
    });
  }

  /** The unit it is dispatched to now, when this is a 改派. */
  get currentUnitId(): number | null {
    return this.request.data?.status === 'dispatched' ? (this.request.data.unit?.id ?? null) : null;
  }

  get chosenUnit(): HandlerUnitOption | null {
    return this.units.find((u) => u.id === this.chosen) ?? null;
  }

  choose(id: number): void {
    this.chosen = id;
  }

  setNote(note: string): void {
    this.note = note;
  }

  dispatch(): Promise<string | null> {
    if (!this.chosen) return Promise.resolve('请先选择处理单位');
    return this.request.step('requests.dispatch', { id: this.request.id, unitId: this.chosen, note: this.note });
  }

  pool(): Promise<string | null> {
    return this.request.step('requests.pool', { id: this.request.id, note: this.note });
  }
}

export const requestDispatch = keyed((id: number) => new DispatchStore(id));
