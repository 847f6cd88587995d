/**
 * The iframe page, `embed.html`: every widget, shown as its query string asks,
 * for CMSs that allow only iframes. It scrolls inside its frame; when the host
 * page runs `kumppani-frame.js`, it tells that page its height instead.
 */
import '../kumppani-all.js';
import { ownAttributes } from '../internal/define.js';
import { frameOptions } from './frame.js';
import { FRAME_HEIGHT, FRAME_HELLO, isFrameMessage } from './frame-messages.js';

const options = frameOptions(location.search, ownAttributes);
document.documentElement.lang = options.lang;
document.title = options.title;

const page = new CSSStyleSheet();
page.replaceSync(
  `body{margin:0;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}h1{font-size:1.5rem;margin:0 0 1rem}` +
    (options.accent ? `:root{--kumppani-color-accent:${options.accent}}` : ''),
);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];

const main = document.querySelector('main')!;
const heading = document.createElement('h1');
heading.textContent = options.title;
main.append(heading);
if (options.problem) {
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.textContent = options.problem;
  main.append(alert);
} else {
  const element = document.createElement(options.tag);
  // The page's own heading is an h1, so the items' headings start one below.
  element.setAttribute('heading-level', '2');
  for (const [name, value] of Object.entries(options.attributes)) element.setAttribute(name, value);
  main.append(element);
}

// Heights go only to the parent that said hello, and only to its origin.
let hostOrigin: string | undefined;
const postHeight = (): void => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (hostOrigin) window.parent.postMessage({ kumppani: FRAME_HEIGHT, height }, hostOrigin);
};
addEventListener('message', (event) => {
  if (window.parent === window || event.source !== window.parent || !isFrameMessage(event.data, FRAME_HELLO)) return;
  hostOrigin = event.origin;
  postHeight();
});
new ResizeObserver(postHeight).observe(document.documentElement);
