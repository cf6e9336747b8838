import { makeAutoObservable, runInAction } from 'mobx';
import { MAX_PHOTOS } from '../../../../types/requests/models';
import { messageOf } from '../../../lib/errors';
import { uploadImage } from '../../../api/upload';

/**
 * Photos picked for a form, uploaded as soon as they are picked: the form keeps file ids, which outlive the
 * temp files of chooseImage.
 */
export class PhotoUploads {
  photos: string[];
  /** Temp paths still uploading. */
  uploading: string[] = [];

  constructor(
    initial: string[] = [],
    private readonly onChange: (photos: string[]) => void = () => {},
  ) {
    this.photos = [...initial];
    makeAutoObservable<this, 'onChange'>(this, { onChange: false });
  }

  get slots(): number {
    return MAX_PHOTOS - this.photos.length - this.uploading.length;
  }

  /** Uploads one by one; resolves with the first failure's message, or null. */
  async add(tempPaths: string[]): Promise<string | null> {
    const paths = tempPaths.slice(0, Math.max(0, this.slots));
    this.uploading.push(...paths);
    let failure: string | null = null;
    for (const path of paths) {
      try {
        const fileId = await uploadImage(path);
        runInAction(() => this.photos.push(fileId));
        this.onChange(this.photos);
      } catch (err) {
        failure ??= messageOf(err);
      } finally {
        runInAction(() => (this.uploading = this.uploading.filter((p) => p !== path)));
      }
    }
    return failure;
  }

  remove(fileId: string): void {
    this.photos = this.photos.filter((p) => p !== fileId);
    this.onChange(this.photos);
  }

  reset(photos: string[]): void {
    this.photos = [...photos];
    this.uploading = [];
  }
}
