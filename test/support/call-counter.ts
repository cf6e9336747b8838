import type { BrowserContext, Page } from 'playwright-core';

/**
 * DESIGN.md "Everyone, every role": one cloud call draws a screen, and a screen asks only for what the person's role
 * may see. Every page the e2e journeys open records, inside the browser, each call to the API (`POST /fn/api`) with
 * the screen show it belongs to (a new route: a page opened, a tab, a page gone back to) and the tap that caused it.
 * After each test: a screen show makes at most one call before the person touches it, and each tap at most one (a
 * mutation answers with what the screen shows next; the next page of a list, a new month, a refresh: one call each);
 * no answer is FORBIDDEN.
 */

export interface RecordedCall {
  action: string;
  route: string;
  /** Which screen show (route change) of the page, and which tap within the page, the call came from. */
  show: number;
  tap: number;
  /** The error code of a refusal, when the envelope was one. */
  error?: string;
}

interface Recorder {
  shows: number;
  taps: number;
  calls: RecordedCall[];
  /** Calls not answered yet, and when a call or a route last changed (performance.now()). */
  pending: number;
  lastActivity: number;
}

declare global {
  interface Window {
    __nxCalls?: Recorder;
  }
}

/** Installed before the app's own scripts in every page of the context. */
function record(): void {
  const rec: Recorder = { shows: 0, taps: 0, calls: [], pending: 0, lastActivity: 0 };
  window.__nxCalls = rec;
  let last = location.hash;
  const shown = () => {
    if (location.hash !== last) {
      last = location.hash;
      rec.shows++;
      rec.lastActivity = performance.now();
    }
  };
  window.addEventListener('hashchange', shown);
  window.addEventListener('popstate', shown);
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = history[name].bind(history);
    history[name] = (...args: Parameters<History['pushState']>) => {
      original(...args);
      shown();
    };
  }
  document.addEventListener('click', () => rec.taps++, true);
  const fetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes('/fn/api')) return fetch(input, init);
    let action = '?';
    try {
      action = (JSON.parse(String(init?.body)) as { action: string }).action;
    } catch {
      // not JSON: recorded as '?'
    }
    const call: RecordedCall = { action, route: location.hash.replace(/^#/, ''), show: rec.shows, tap: rec.taps };
    rec.calls.push(call);
    rec.pending++;
    rec.lastActivity = performance.now();
    const res = await fetch(input, init).finally(() => {
      rec.pending--;
      rec.lastActivity = performance.now();
    });
    try {
      const body = (await res.clone().json()) as { result?: { ok: boolean; error?: { code: string } } };
      if (body.result && !body.result.ok) call.error = body.result.error?.code;
    } catch {
      // not JSON: the transport reports it
    }
    return res;
  };
}

/** Pages whose calls are checked after each test, with how many of their calls were checked already. */
const watched = new Map<Page, number>();

export async function countCalls(context: BrowserContext): Promise<void> {
  await context.addInitScript(record);
  context.on('page', (page) => {
    watched.set(page, 0);
    page.on('close', () => watched.delete(page));
  });
}

/** Waits until the page's calls are answered and nothing has moved for `quietMs` (a screen has drawn). */
export async function settledCalls(page: Page, quietMs = 400): Promise<void> {
  await page.waitForFunction((quiet) => {
    const rec = window.__nxCalls;
    return !!rec && rec.pending === 0 && performance.now() - rec.lastActivity > quiet;
  }, quietMs);
}

/** What a page has called so far (for tests that measure a journey). */
export async function callsOf(page: Page): Promise<RecordedCall[]> {
  return page.evaluate(() => window.__nxCalls?.calls ?? []);
}

/** Groups of more than one call from one screen show before a tap, or from one tap. */
export function overBudget(calls: RecordedCall[]): RecordedCall[][] {
  const groups = new Map<string, RecordedCall[]>();
  for (const c of calls) {
    const key = `${c.show}:${c.tap}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

const describeGroup = (g: RecordedCall[]) => `${g[0].route}: ${g.map((c) => c.action).join(' + ')}`;

/** Fails the test when a watched page made more than one call for one show or one tap, or met FORBIDDEN. */
export async function expectOneCallPerScreen(): Promise<void> {
  const problems: string[] = [];
  for (const [page, checked] of watched) {
    const calls = (await callsOf(page).catch(() => [] as RecordedCall[])).slice(checked);
    watched.set(page, checked + calls.length);
    for (const g of overBudget(calls)) problems.push(`more than one call: ${describeGroup(g)}`);
    for (const c of calls.filter((x) => x.error === 'FORBIDDEN')) problems.push(`FORBIDDEN: ${c.route}: ${c.action}`);
  }
  if (process.env.NX_REPORT_CALLS) {
    console.log(`calls:\n  ${problems.join('\n  ')}`);
    return;
  }
  if (problems.length > 0) throw new Error(`a screen broke "one call per screen" or asked what the role may not see:\n  ${problems.join('\n  ')}`);
}
