import { events } from './events';
import { messages } from './messages';
import { people } from './people';
import { privacy } from './privacy';
import { requests } from './requests';
import { venues } from './venues';
import { workbench } from './workbench';

/**
 * Every feature of the cloud function, registered once, in order: seeders run in this order (places and people first;
 * venues before events, whose demo events hold rooms), and so do the tick's jobs.
 */
export const features = [people, messages, venues, events, requests, workbench, privacy] as const;
