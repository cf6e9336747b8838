import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import type { DispatchPage, HandlerUnitOption } from '../../../../types/requests';
import { call } from '../../../api/call';
import { keyed, Resource } from '../../../lib/resource';
import { requestDetail, type DetailStore } from './detail';

/** 社区派单: the request and the units that can take it (one call), the chosen one and a note. */
export class DispatchStore {
  chosen: number | null = null;
  note = '';
  /** The request as the steps (派单, 放入认领池) see it: the same store as its detail page. */
  readonly request: DetailStore;
  readonly page: Resource<DispatchPage>;

  constructor(id: number) {
    this.request = requestDetail(id);
    this.page = new Resource(async () => {
      const page = await call('requests.dispatchPage', { id });
      this.request.set(page.request);
      return page;
    });
    makeObservable(this, { chosen: observable, note: observable, units: computed, currentUnitId: computed, chosenUnit: computed, open: action, choose: action, setNote: action });
  }

  get units(): HandlerUnitOption[] {
    return this.page.data?.units ?? [];
  }

  /** The page opens with no choice made and no note: a first guess follows the load. */
  open(): Promise<void> {
    this.chosen = null;
    this.note = '';
    return this.load();
  }

  async load(): Promise<void> {
    await this.page.load();
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
