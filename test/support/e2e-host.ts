import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createHost, listen } from '../../cloud/host/server';
import { createTestApp, type TestApp } from './api-app';
import { launchBrowser, phonePage } from './browser';

export const H5_DIR = path.resolve(__dirname, '../../dist-h5');

/** The local host serving dist-h5 on a free port, on a fresh SQLite database with all demo data, clock pinned. */
export async function startE2eHost(now = '2026-11-25T02:00:00.000Z'): Promise<{ app: TestApp; base: string; stop(): Promise<void> }> {
  if (!fs.existsSync(path.join(H5_DIR, 'index.html'))) throw new Error('dist-h5/ is missing: run npm run build:h5 first');
  const app = await createTestApp('sqlite', { now, seed: 'all' });
  const server: http.Server = createHost({ runtime: app.rt, staticRoot: H5_DIR });
  const port = await listen(server, 0);
  return {
    app,
    base: `http://127.0.0.1:${port}/`,
    async stop() {
      await new Promise((r) => server.close(r));
      await app.close();
    },
  };
}

export interface E2eSuite {
  /** The host's URL, e.g. http://127.0.0.1:41234/ */
  readonly base: string;
  readonly app: TestApp;
  /** A fresh phone-sized browser context signed in as a seeded openid. */
  open(openid: string): Promise<Page>;
}

/** One host and one Chromium for a describe block: started in beforeAll, stopped in afterAll. */
export function e2eSuite(now?: string): E2eSuite {
  let host: Awaited<ReturnType<typeof startE2eHost>>;
  let browser: Browser;
  beforeAll(async () => {
    host = await startE2eHost(now);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });
  return {
    get base() {
      return host.base;
    },
    get app() {
      return host.app;
    },
    open: (openid) => phonePage(browser, host.base, openid),
  };
}
