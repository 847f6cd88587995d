import { freshTable } from './lookup.js';

/**
 * A widget's search state in the page URL's fragment, so the Back button and
 * shared links restore it. The fragment, unlike the query string, is never sent
 * to any server: the typed query stays in the browser. Keys are namespaced
 * (`k.q`, `k2.q`, `k-myid.q`) so two widgets and the host page do not collide.
 */
export type UrlState = Record<string, string | string[] | undefined>;

function splitFragment(hash: string): { anchor: string; params: URLSearchParams } {
  const raw = hash.replace(/^#/, '');
  // A host page's plain anchor (#main) is kept in front of our parameters.
  const [first = '', ...rest] = raw.split('&');
  if (first && !first.includes('=')) return { anchor: first, params: new URLSearchParams(rest.join('&')) };
  return { anchor: '', params: new URLSearchParams(raw) };
}

export function readUrlState(namespace: string, hash: string = location.hash): UrlState {
  const { params } = splitFragment(hash);
  // Keys come from whoever wrote the link (`#k.__proto__=…`): no prototype to reach.
  const state: UrlState = freshTable();
  const prefix = `${namespace}.`;
  for (const [key, value] of params) {
    if (key.startsWith(prefix)) state[key.slice(prefix.length)] = value;
  }
  return state;
}

/** The fragment with this widget's keys replaced by `state`, everything else kept. */
export function withUrlState(namespace: string, state: UrlState, hash: string = location.hash): string {
  const { anchor, params } = splitFragment(hash);
  const prefix = `${namespace}.`;
  for (const key of [...params.keys()]) if (key.startsWith(prefix)) params.delete(key);
  for (const [key, value] of Object.entries(state)) {
    const text = Array.isArray(value) ? value.join(',') : value;
    if (text) params.set(prefix + key, text);
  }
  const query = params.toString();
  const fragment = [anchor, query].filter(Boolean).join('&');
  return fragment ? `#${fragment}` : '';
}

/** Updates the current history entry in place: typing and filtering add no Back steps. */
export function writeUrlState(namespace: string, state: UrlState): void {
  const fragment = withUrlState(namespace, state);
  if (fragment === location.hash || (fragment === '' && location.hash === '')) return;
  const url = `${location.pathname}${location.search}${fragment}`;
  history.replaceState(history.state, '', url || location.pathname);
}
