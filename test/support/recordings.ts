// The recorded Linked Events, PTV and LIPAS answers (test/fixtures/realdata, provenance in its
// README), as the demo server's answering code takes them.
import type { Recordings } from '../../demo/data/recorded-sources.js';
import eventList from '../fixtures/realdata/linkedevents/event-list.json';
import eventIncluded from '../fixtures/realdata/linkedevents/event-included.json';
import eventEspoo from '../fixtures/realdata/linkedevents/event-espoo.json';
import organizations from '../fixtures/realdata/ptv/organization-list.composed.json';
import services from '../fixtures/realdata/ptv/service-list.json';
import lipasPlaces from '../fixtures/realdata/lipas/sports-places-helsinki.json';
import lipasTypes from '../fixtures/realdata/lipas/sports-site-categories.composed.json';

export const recordings = {
  eventList,
  eventIncluded,
  eventEspoo,
  organizations,
  services,
  lipasPlaces,
  lipasTypes,
} as unknown as Recordings;
