import type { EventsTables } from '../features/events/tables';
import type { PeopleTables } from '../features/people/tables';
import type { VenuesTables } from '../features/venues/tables';
import type { RequestsTables } from '../features/requests/tables';
import type { CoreTables } from './core-tables';

/** The whole database as Kysely sees it: each feature contributes its tables. */
export interface Database extends CoreTables, PeopleTables, EventsTables, VenuesTables, RequestsTables {}
