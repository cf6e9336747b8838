import { makeAutoObservable, runInAction } from 'mobx';
import * as v from 'valibot';
import { CompleteInput } from '../../../../types/requests';
import { describeIssue } from '../../../../types/schema';
import { call, newRequestId } from '../../../api/call';
import { messageOf } from '../../../lib/errors';
import { keyed } from '../../../lib/resource';
import { PhotoUploads } from './photo-uploads';

/** 办结: the note and photos, sent once (the requestId is kept until it succeeds). */
export class CompleteStore {
  note = '';
  busy = false;
  error: string | null = null;
  readonly uploads = new PhotoUploads();
  private requestId: string | null = null;

  constructor(readonly id: number) {
    makeAutoObservable<this, 'requestId'>(this, { uploads: false, id: false, requestId: false });
  }

  /** The page opens on an empty form. */
  open(): void {
    this.note = '';
    this.error = null;
    this.uploads.reset([]);
    this.requestId = null;
  }

  setNote(note: string): void {
    this.note = note;
    this.error = null;
  }

  async addPhotos(paths: string[]): Promise<void> {
    const failure = await this.uploads.add(paths);
    runInAction(() => (this.error = failure));
  }

  async submit(): Promise<boolean> {
    if (this.busy) return false;
    if (this.uploads.uploading.length) {
      this.error = '照片还在上传，请稍候';
      return false;
    }
    const parsed = v.safeParse(CompleteInput, { id: this.id, note: this.note, photos: this.uploads.photos });
    if (!parsed.success) {
      this.error = describeIssue(parsed.issues[0]).message;
      return false;
    }
    this.requestId ??= newRequestId();
    this.busy = true;
    try {
      await call('requests.complete', parsed.output, { requestId: this.requestId });
      return true;
    } catch (err) {
      runInAction(() => (this.error = messageOf(err)));
      return false;
    } finally {
      runInAction(() => (this.busy = false));
    }
  }
}

export const requestCompletion = keyed((id: number) => new CompleteStore(id));
