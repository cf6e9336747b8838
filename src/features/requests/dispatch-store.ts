import { makeAutoObservable, runInAction } from 'mobx';
import type { HandlerUnitOption } from '../../../types/requests';
import { call } from '../../api/call';
import { LoadState } from '../../lib/load-state';
import { DetailStore } from './detail-store';

/** 社区派单: the request, the units that can take it, the chosen one and a note. */
export class DispatchStore {
  units: HandlerUnitOption[] = [];
  chosen: number | null = null;
  note = '';
  readonly unitsState = new LoadState();
  readonly request: DetailStore;

  constructor(id: number) {
    this.request = new DetailStore(id);
    makeAutoObservable(this, { unitsState: false, request: false });
  }

  async load(): Promise<void> {
    await Promise.all([
      this.request.load(),
      this.unitsState.run(async () => {
        const units = await call('requests.units', { requestId: this.request.id });
        runInAction(() => (this.units = units));
      }),
    ]);
    // A first guess: a unit that serves the category and can take it, other than the one that has not taken it yet.
    runInAction(() => {
      this.chosen ??= this.units.find((u) => u.serves && u.members > 0 && u.id !== this.currentUnitId)?.id ?? null;
    });
  }

  /** The unit it is dispatched to now, when this is a 改派. */
  get currentUnitId(): number | null {
    return this.request.detail?.status === 'dispatched' ? (this.request.detail.unit?.id ?? null) : null;
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
