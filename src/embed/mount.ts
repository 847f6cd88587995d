import { ownAttributes } from '../internal/define.js';

/**
 * Mount points for CMSs whose HTML filters strip unknown elements but keep a
 * `div` with `data-*` attributes: `<div data-kumppani="directory"
 * data-feed="…" data-municipality="244">` gets `<kumppani-directory feed="…"
 * municipality="244">` as its content. Only the options the element declares
 * are copied, so `data-onclick` never becomes an event handler.
 */
const mounted = new WeakSet<Element>();

/**
 * Upgrades one mount point, once: its options are read then. A script that
 * changes options later sets them on the element inside.
 */
export function upgrade(host: Element): void {
  if (mounted.has(host)) return;
  mounted.add(host);
  const tag = `kumppani-${host.getAttribute('data-kumppani')}`;
  const options = ownAttributes(tag);
  if (!options) {
    console.warn(`kumppani: no <${tag}> in this file`);
    return;
  }
  const element = document.createElement(tag);
  for (const option of options) {
    const value = host.getAttribute(`data-${option}`);
    if (value !== null) element.setAttribute(option, value);
  }
  host.replaceChildren(element);
}

function upgradeWithin(node: Node): void {
  if (node instanceof Element) {
    if (node.hasAttribute('data-kumppani')) upgrade(node);
    node.querySelectorAll('[data-kumppani]').forEach(upgrade);
  }
}

/**
 * Upgrades the page's mount points and any added later. Waits a microtask, so
 * that every element of the file is defined first. Called once per file.
 */
export function startMounting(): void {
  queueMicrotask(() => {
    new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(upgradeWithin))).observe(
      document,
      { childList: true, subtree: true },
    );
    upgradeWithin(document.documentElement);
  });
}
