// Types of scripts/test-env.mjs, for the TypeScript that tests it (test/unit/scripts/).

export declare const DEFAULT_CHROMIUM: string;
export declare const BROWSER_PACKAGES: string[];
export declare const LOCAL_MYSQL: { host: string; port: number; user: string };

export interface BrowserFacts {
  chromiumPath: string;
  chromium: boolean;
  fonts: boolean;
  root: boolean;
  aptGet: boolean;
  required: boolean;
  updatingScreenshots: boolean;
  /** An install was tried already: what is still missing is not tried again. */
  installTried?: boolean;
}

export type BrowserPlan =
  | { action: 'run'; warning?: string }
  | { action: 'install'; packages: string[] }
  | { action: 'skip' | 'fail'; reason: string; enable: string };

export interface MysqlFacts {
  mysqlUrl: string | undefined;
  answers: boolean;
  loginError: string | null;
  required: boolean;
}

export type MysqlPlan =
  | { action: 'given'; url: string }
  | { action: 'scratch' }
  | { action: 'sqlite-only' | 'fail'; reason: string; enable: string };

export declare function browserPlan(f: BrowserFacts): BrowserPlan;
export declare function mysqlPlan(f: MysqlFacts): MysqlPlan;
export declare function browserFacts(env?: NodeJS.ProcessEnv): BrowserFacts;
export declare function aptInstall(packages: string[]): boolean;
export declare function mysqlFacts(env?: NodeJS.ProcessEnv): Promise<MysqlFacts>;
export declare function createScratchDatabase(): Promise<{ name: string; url: string }>;
export declare function dropScratchDatabase(name: string): Promise<void>;
