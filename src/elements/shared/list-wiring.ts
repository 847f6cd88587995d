import type { LitElement } from 'lit';
import type { FeedController } from '../../controllers/feed.js';
import type { FocusController } from '../../controllers/focus.js';
import type { QueryController } from '../../controllers/query.js';
import { DialogController } from '../../controllers/dialog.js';
import { LiveStatusController } from '../../controllers/status.js';
import { UrlStateController } from '../../controllers/url-state.js';
import { reportInvalidAnswer } from '../../internal/report.js';
import type { RemoteSource } from '../../results/remote.js';
import { ServerResults } from '../../results/server.js';
import type { ResultsSource } from '../../results/source.js';
import type { ListView } from './list-view.js';

export interface ListWiring<Item> {
  /** Prefix of the element's keys in the page address (`k`, `e`, `v`). */
  prefix: string;
  feed: FeedController;
  query: QueryController;
  focus: FocusController;
  view: ListView<Item>;
  results: () => ResultsSource<Item> | undefined;
  lang: () => string;
}

/**
 * What every list element wires the same way: the detail dialog over its results
 * (focus back to the card that opened it, else the search box), the live status
 * the list view words, and the search state and open item in the page address.
 */
export function wireList<Item extends { id: string }>(host: LitElement, wiring: ListWiring<Item>): DialogController {
  const { feed, query, focus, view, results } = wiring;
  const dialog = new DialogController(host, focus, {
    has: (id) => !!results()?.find(id),
    openerOf: (id) => {
      const index = results()?.results.findIndex((item) => item.id === id) ?? -1;
      return index >= 0 && index < view.visibleCount ? `open-${index}` : undefined;
    },
    fallback: () => view.searchInput,
  });
  new LiveStatusController(host, () => view.statusText(), wiring.lang);
  new UrlStateController(host, {
    prefix: wiring.prefix,
    read: (state) => {
      query.read(state);
      dialog.restore(typeof state['open'] === 'string' ? state['open'] : undefined);
    },
    write: () => ({ ...query.urlState(), open: dialog.openId }),
    ready: () => feed.state === 'ready',
  });
  return dialog;
}

/**
 * Results a server answers for the element (a feed's own search, Linked Events):
 * a failure shows as the feed's error with its retry, a later answer clears it,
 * invalid items of an answer are reported, and a new answer starts from page one.
 */
export function serverResults<Item extends { id: string }>(
  host: LitElement,
  source: RemoteSource<Item>,
  wiring: { feed: FeedController; query: QueryController; url: string; what: string },
): ServerResults<Item> {
  return new ServerResults(source, {
    changed: () => host.requestUpdate(),
    failed: (error) => {
      console.error(`kumppani: the ${wiring.what} failed (${error.kind}): ${error.message}`);
      wiring.feed.fail(error);
    },
    succeeded: () => wiring.feed.recover(),
    read: (page) => reportInvalidAnswer(host, page.url ?? wiring.url, page.skipped, page.dropped),
    answered: () => (wiring.query.pages = 1),
  });
}
