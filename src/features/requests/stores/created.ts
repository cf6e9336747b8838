import type { RequestDetail } from '../../../../types/requests/models';

/**
 * The request the 暖心事 tab just created, handed to its detail page (in the requests subpackage) so that the page
 * shows the answer at once — without the detail store, and what it needs, in the main package.
 */
const created = new Map<number, RequestDetail>();

export function handOverCreated(detail: RequestDetail): void {
  created.set(detail.id, detail);
}

/** The created request with this id, once (the detail store takes it when it is made). */
export function takeCreated(id: number): RequestDetail | undefined {
  const detail = created.get(id);
  created.delete(id);
  return detail;
}
