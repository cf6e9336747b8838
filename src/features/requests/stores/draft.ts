import Taro from '@tarojs/taro';
import { makeAutoObservable, runInAction } from 'mobx';
import { checkFields } from '../../../../types/fields';
import { REQUEST_FORM } from '../../../../types/requests/fields';
import { DEFAULT_CATEGORIES } from '../../../../types/requests/models';
import type { NewRequest } from '../../../../types/requests';
import { call, newRequestId } from '../../../api/call';
import { ApiError, messageOf } from '../../../lib/errors';
import type { Me } from '../../../../types';
import { handOverCreated } from './created';
import { PhotoUploads } from './photo-uploads';
import { ensureRequestConsent } from '../privacy';
import { askToSubscribe } from '../../messages/seam';

const DRAFT_KEY = 'nx.requests.draft';
const CATEGORIES_KEY = 'nx.requests.categories';

export type DraftField = 'category' | 'description' | 'address' | 'phone' | 'preferredTime' | 'photos' | 'communityId';

interface Saved extends NewRequest {
  /** Kept until the create succeeds: a retry or a double tap is the same request. */
  requestId: string | null;
  /** Address and phone were filled in from the profile once; never again, so clearing them sticks. */
  prefilled: boolean;
}

const EMPTY: Saved = { category: '', description: '', address: '', phone: '', preferredTime: '尽快', photos: [], requestId: null, prefilled: false };

/**
 * 我要点单: the form's state, saved on the device on every change so that nothing typed is lost when the resident
 * leaves the tab, the app is closed or a call fails.
 */
export class DraftStore {
  draft: Saved = { ...EMPTY };
  categories: string[] = [...DEFAULT_CATEGORIES];
  readonly uploads: PhotoUploads;
  submitting = false;
  error: { field?: DraftField; message: string } | null = null;

  constructor() {
    this.uploads = new PhotoUploads([], (photos) =>
      runInAction(() => {
        this.draft.photos = [...photos];
        this.save();
      }),
    );
    makeAutoObservable(this, { uploads: false });
    this.load();
  }

  /** Picks up the draft saved on the device, if any (at start, and in tests as if the app restarted). */
  load(): void {
    const saved = Taro.getStorageSync(DRAFT_KEY) as Partial<Saved> | '';
    this.draft = { ...EMPTY, ...(saved || {}) };
    this.uploads.reset(this.draft.photos);
    const categories = Taro.getStorageSync(CATEGORIES_KEY) as string[] | '';
    this.categories = Array.isArray(categories) && categories.length ? categories : [...DEFAULT_CATEGORIES];
    this.error = null;
  }

  /** Forgets the draft on the device and in memory (the person deleted their account). */
  discard(): void {
    Taro.removeStorageSync(DRAFT_KEY);
    this.load();
  }

  private save(): void {
    Taro.setStorageSync(DRAFT_KEY, { ...this.draft });
  }

  set<K extends Exclude<keyof Saved, 'requestId' | 'prefilled' | 'photos'>>(field: K, value: Saved[K]): void {
    this.draft[field] = value;
    if (this.error?.field === field) this.error = null;
    this.save();
  }

  /** Address and phone from the profile, the first time the form sees it. */
  prefill(me: Pick<Me, 'address' | 'phone'> | null): void {
    if (!me || this.draft.prefilled) return;
    this.draft.address ||= me.address;
    this.draft.phone ||= me.phone;
    this.draft.prefilled = true;
    this.save();
  }

  async addPhotos(tempPaths: string[]): Promise<void> {
    const failure = await this.uploads.add(tempPaths);
    if (failure) runInAction(() => (this.error = { field: 'photos', message: failure }));
  }

  /** The categories the community offers now (from the tab's answer); a chosen one it no longer offers is let go. */
  useCategories(categories: string[]): void {
    this.categories = categories;
    if (this.draft.category && !categories.includes(this.draft.category)) this.draft.category = '';
    Taro.setStorageSync(CATEGORIES_KEY, categories);
  }

  /** 微信手机号: exchanges the getPhoneNumber code on the server. */
  async usePhoneCode(code: string): Promise<void> {
    try {
      const { phone } = await call('requests.contactPhone', { code });
      this.set('phone', phone);
    } catch (err) {
      this.error = { field: 'phone', message: messageOf(err) };
    }
  }

  /** Validates, asks for consent once, and creates the request; resolves with its id, or null if it did not go. */
  async submit(): Promise<number | null> {
    if (this.submitting) return null;
    if (this.uploads.uploading.length > 0) {
      this.error = { field: 'photos', message: '照片还在上传，请稍候再提交' };
      return null;
    }
    // The contract's own fields and words, checked without the schema library (it stays out of the main package).
    const parsed = checkFields<NewRequest>(REQUEST_FORM, { ...this.payload });
    if (!parsed.success) {
      const { message, field } = parsed.issue;
      this.error = { field: fieldOf(field), message };
      return null;
    }
    this.error = null;
    await askToSubscribe(['request']);
    if (!(await ensureRequestConsent())) {
      runInAction(() => {
        this.error = { message: '需要您同意个人信息使用说明后才能提交' };
      });
      return null;
    }
    runInAction(() => {
      this.draft.requestId ??= newRequestId();
      this.submitting = true;
      this.save();
    });
    try {
      const created = await call('requests.create', parsed.output, { requestId: this.draft.requestId! });
      handOverCreated(created); // its page shows the answer at once
      runInAction(() => {
        this.draft = { ...EMPTY, prefilled: false };
        this.uploads.reset([]);
        this.save();
      });
      return created.id;
    } catch (err) {
      runInAction(() => {
        this.error = { field: err instanceof ApiError ? fieldOf(err.field) : undefined, message: messageOf(err) };
      });
      return null;
    } finally {
      runInAction(() => {
        this.submitting = false;
      });
    }
  }

  get payload() {
    const { category, description, address, phone, preferredTime, photos } = this.draft;
    return { category, description, address, phone, preferredTime, photos };
  }
}

/** 'photos.2' → 'photos': errors show next to the field as the form has it. */
function fieldOf(path: string | undefined): DraftField | undefined {
  return path ? (path.split('.')[0] as DraftField) : undefined;
}

export const draftStore = new DraftStore();
