import { action, makeObservable, observable, runInAction } from 'mobx';
import * as v from 'valibot';
import { DEFAULT_CATEGORIES, DEFAULT_PUBLIC_CATEGORIES, SetCategoriesInput, categoryName, type CategoryList } from '../../../../types/requests';
import { describeIssue } from '../../../../types/schema';
import { call } from '../../../api/call';
import { messageOf } from '../../../lib/errors';
import { keyed, Resource } from '../../../lib/resource';

/**
 * A community's list of categories as a worker edits it: remove, add, mark public-space (公共区域: residents see their
 * open requests and add 附议), back to the default list, save.
 */
export class CategoriesStore extends Resource<Pick<CategoryList, 'categories' | 'publicCategories'>> {
  /** The list being edited, from the saved one. */
  categories: string[] = [];
  publicCategories: string[] = [];
  adding = '';
  saving = false;
  error: string | null = null;

  constructor(readonly communityId: number) {
    super(() => call('requests.categories', { communityId }));
    makeObservable(this, {
      categories: observable,
      publicCategories: observable,
      togglePublic: action,
      adding: observable,
      saving: observable,
      error: observable,
      open: action,
      setAdding: action,
      add: action,
      remove: action,
      restoreDefaults: action,
      save: action,
    });
  }

  /** The page opens on the saved list, reread. */
  async open(): Promise<boolean> {
    this.adding = '';
    this.error = null;
    this.edit();
    const loaded = await this.load();
    if (loaded) runInAction(() => this.edit());
    return loaded;
  }

  private edit(): void {
    if (!this.data) return;
    this.categories = [...this.data.categories];
    this.publicCategories = [...this.data.publicCategories];
  }

  togglePublic(name: string): void {
    this.publicCategories = this.publicCategories.includes(name) ? this.publicCategories.filter((c) => c !== name) : [...this.publicCategories, name];
  }

  setAdding(text: string): void {
    this.adding = text;
    this.error = null;
  }

  add(): void {
    const parsed = v.safeParse(categoryName('新类别'), this.adding);
    if (!parsed.success) {
      this.error = describeIssue(parsed.issues[0]).message;
    } else if (this.categories.includes(parsed.output)) {
      this.error = '已有这个类别';
    } else {
      // 其他 stays last: a catch-all reads best at the end.
      const other = this.categories.indexOf('其他');
      this.categories.splice(other < 0 ? this.categories.length : other, 0, parsed.output);
      this.adding = '';
    }
  }

  remove(name: string): void {
    this.categories = this.categories.filter((c) => c !== name);
  }

  restoreDefaults(): void {
    this.categories = [...DEFAULT_CATEGORIES];
    this.publicCategories = [...DEFAULT_PUBLIC_CATEGORIES];
  }

  async save(): Promise<boolean> {
    const publicCategories = this.publicCategories.filter((c) => this.categories.includes(c));
    const parsed = v.safeParse(SetCategoriesInput, { communityId: this.communityId, categories: this.categories, publicCategories });
    if (!parsed.success) {
      this.error = describeIssue(parsed.issues[0]).message;
      return false;
    }
    this.saving = true;
    try {
      const saved = await call('requests.setCategories', parsed.output);
      this.set(saved);
      return true;
    } catch (err) {
      runInAction(() => (this.error = messageOf(err)));
      return false;
    } finally {
      runInAction(() => (this.saving = false));
    }
  }
}

export const communityCategories = keyed((communityId: number) => new CategoriesStore(communityId));
