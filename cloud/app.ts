import type { Migration } from 'kysely';
import type { Feature, Seeder } from './core/feature';
import type { AllHandlers } from './core/handler';
import type { TickJob } from './core/job';
import type { PushHandler } from './core/push';
import type { PushCredits } from './core/push-credits';
import { coreMigrations } from './db/migrations';
import { features } from './features';

/** The features' parts, put together once at start-up and handed to the router, the migrator, the tick and the seed. */
export interface App {
  handlers: AllHandlers;
  migrations: Record<string, Migration>;
  jobs: TickJob[];
  seeders: Seeder[];
  pushCredits: PushCredits | null;
  pushes: Record<string, PushHandler>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** Every feature's handlers together: the compiler checks below that they answer every action of the contract. */
type Composed = UnionToIntersection<(typeof features)[number]['handlers']>;

export function composeApp(list: readonly Feature[] = features): App {
  const handlers: Record<string, unknown> = {};
  const migrations: Record<string, Migration> = { ...coreMigrations };
  const pushes: Record<string, PushHandler> = {};
  for (const f of list) {
    for (const [action, handler] of Object.entries(f.handlers)) {
      if (action in handlers) throw new Error(`action ${action} is handled by two features`);
      handlers[action] = handler;
    }
    for (const [event, handler] of Object.entries(f.pushes ?? {})) {
      if (event in pushes) throw new Error(`message push ${event} is handled by two features`);
      pushes[event] = handler;
    }
    for (const [name, m] of Object.entries(f.migrations ?? {})) {
      if (name in migrations) throw new Error(`migration ${name} is declared twice`);
      migrations[name] = m;
    }
  }
  return {
    handlers: handlers as Composed satisfies AllHandlers,
    migrations,
    jobs: list.flatMap((f) => f.jobs ?? []),
    seeders: list.flatMap((f) => f.seeders ?? []),
    pushes,
    pushCredits: onlyOne(list.flatMap((f) => (f.pushCredits ? [f.pushCredits] : []))),
  };
}

function onlyOne<T>(items: T[]): T | null {
  if (items.length > 1) throw new Error('two features count push credits');
  return items[0] ?? null;
}
