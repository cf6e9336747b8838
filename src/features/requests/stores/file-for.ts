import { makeAutoObservable, runInAction } from 'mobx';
import * as v from 'valibot';
import type { FileForKind, FileForPage, FiledSource, RequestDetail, ResidentSummary } from '../../../../types';
import { FileForInput } from '../../../../types/requests/schemas';
import { describeIssue } from '../../../../types/schema';
import { call, newRequestId } from '../../../api/call';
import { ApiError, messageOf } from '../../../lib/errors';
import { Resource } from '../../../lib/resource';
import { handOverCreated } from './created';
import { PhotoUploads } from './photo-uploads';

export type FileForField = 'communityId' | 'source' | 'kind' | 'residentId' | 'personName' | 'category' | 'description' | 'address' | 'phone' | 'preferredTime' | 'photos' | 'keyword';

interface Values {
  source: FiledSource;
  kind: FileForKind;
  personName: string;
  category: string;
  description: string;
  address: string;
  phone: string;
  preferredTime: string;
}

const EMPTY: Values = { source: 'hotline', kind: 'person', personName: '', category: '', description: '', address: '', phone: '', preferredTime: '尽快' };

/**
 * 代点单 / 网格上报: the form a worker (or a grid worker on patrol) fills for someone else. The page is drawn by one call
 * (`requests.fileForPage`: where they may file, the categories, whom and how); finding a resident is one call per
 * search, filing one call whose answer the detail page shows at once. One requestId until it goes through.
 */
export class FileForStore {
  readonly page = new Resource<FileForPage>(() => call('requests.fileForPage', this.communityId === undefined ? {} : { communityId: this.communityId }));
  communityId: number | undefined = undefined;
  values: Values = { ...EMPTY };
  keyword = '';
  found: ResidentSummary[] | null = null;
  resident: ResidentSummary | null = null;
  searching = false;
  submitting = false;
  error: { field?: string; message: string } | null = null;
  readonly uploads = new PhotoUploads();
  private requestId = newRequestId();

  constructor() {
    makeAutoObservable(this, { page: false, uploads: false });
  }

  /** Opens the form afresh (for a community, when the 工作台 names one). */
  async open(communityId?: number): Promise<void> {
    this.communityId = communityId;
    this.values = { ...EMPTY };
    this.keyword = '';
    this.found = null;
    this.resident = null;
    this.error = null;
    this.uploads.reset([]);
    this.requestId = newRequestId();
    await this.load();
  }

  async load(): Promise<void> {
    await this.page.load();
    runInAction(() => this.fitChoices());
  }

  /** Keeps the choices within what the page allows (a grid worker: 公共区域 and 网格员上报 only). */
  private fitChoices(): void {
    const p = this.page.data;
    if (!p) return;
    this.communityId = p.communityId ?? undefined;
    if (!p.kinds.includes(this.values.kind)) this.values.kind = p.kinds[0] ?? 'public';
    if (!p.sources.includes(this.values.source)) this.values.source = p.sources[0] ?? 'grid';
    if (!p.categories.includes(this.values.category)) this.values.category = '';
  }

  /** Another community: its categories (one call); a resident found in the last one no longer applies. */
  async switchCommunity(id: number): Promise<void> {
    if (id === this.communityId) return;
    this.communityId = id;
    this.resident = null;
    this.found = null;
    await this.load();
  }

  set<K extends keyof Values>(field: K, value: Values[K]): void {
    this.values[field] = value;
    if (field === 'kind') this.error = null;
    if (this.error?.field === field) this.error = null;
  }

  setKeyword(keyword: string): void {
    this.keyword = keyword;
    if (this.error?.field === 'keyword') this.error = null;
  }

  /** 查找居民: by part of a name or a whole mobile number, in the chosen community only. */
  async search(): Promise<void> {
    const keyword = this.keyword.trim();
    if (!keyword) {
      this.error = { field: 'keyword', message: '请输入居民姓名或11位手机号' };
      return;
    }
    if (this.communityId === undefined || this.searching) return;
    this.searching = true;
    try {
      const found = await call('people.residents', { communityId: this.communityId, keyword });
      runInAction(() => {
        this.found = found;
        this.error = null;
      });
    } catch (err) {
      runInAction(() => (this.error = { field: 'keyword', message: messageOf(err) }));
    } finally {
      runInAction(() => (this.searching = false));
    }
  }

  pick(r: ResidentSummary): void {
    this.resident = r;
    if (!this.values.address) this.values.address = r.address;
    if (this.error?.field === 'residentId') this.error = null;
  }

  /** Sends the form; resolves with the new request's id (its detail handed to the detail page), or null. */
  async submit(): Promise<number | null> {
    if (this.submitting) return null;
    this.submitting = true;
    this.error = null;
    try {
      const payload = this.payload();
      const detail: RequestDetail = await call('requests.fileFor', payload, { requestId: this.requestId });
      handOverCreated(detail);
      runInAction(() => (this.requestId = newRequestId()));
      return detail.id;
    } catch (err) {
      runInAction(() => {
        this.error = err instanceof Invalid ? err.body : { message: messageOf(err), field: err instanceof ApiError ? err.field : undefined };
      });
      return null;
    } finally {
      runInAction(() => (this.submitting = false));
    }
  }

  /** The payload for the kind chosen: only its fields, checked with the contract's schema before anything is sent. */
  private payload(): v.InferOutput<typeof FileForInput> {
    const { kind, source, personName, category, description, address, phone, preferredTime } = this.values;
    if (!category) throw new Invalid({ field: 'category', message: '请选择服务类别' });
    if (kind === 'resident' && !this.resident) throw new Invalid({ field: 'residentId', message: '请先按姓名或手机号找到这位居民' });
    const parsed = v.safeParse(FileForInput, {
      communityId: this.communityId,
      source,
      kind,
      residentId: kind === 'resident' ? this.resident?.id : undefined,
      personName: kind === 'person' ? personName : undefined,
      category,
      description,
      address,
      phone: phone.trim() === '' && kind !== 'person' ? undefined : phone,
      preferredTime,
      photos: this.uploads.photos,
    });
    if (!parsed.success) throw new Invalid(describeIssue(parsed.issues[0]));
    return parsed.output;
  }
}

/** A field the form can point at, found before anything is sent. */
class Invalid extends Error {
  constructor(readonly body: { field?: string; message: string }) {
    super(body.message);
  }
}

export const fileForm = new FileForStore();
