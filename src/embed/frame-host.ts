/**
 * For the page that holds kumppani iframes (`<iframe data-kumppani-frame
 * src=".../embed.html?…">`): each such frame takes the height of its content.
 * A height is taken only from that frame's own window and the origin of its
 * `src`; every other message is ignored.
 */
import { FRAME_HEIGHT, FRAME_HELLO, isFrameMessage } from './frame-messages.js';

const SELECTOR = 'iframe[data-kumppani-frame]';

function originOf(frame: HTMLIFrameElement): string | undefined {
  try {
    return new URL(frame.src, location.href).origin;
  } catch {
    return undefined;
  }
}

function hello(frame: HTMLIFrameElement): void {
  const origin = originOf(frame);
  // Until the frame has loaded its page, the target origin does not match and nothing is sent.
  if (origin && origin !== 'null') frame.contentWindow?.postMessage({ kumppani: FRAME_HELLO }, origin);
}

addEventListener('message', (event) => {
  if (!isFrameMessage(event.data, FRAME_HEIGHT)) return;
  const height = event.data.height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(SELECTOR)) {
    if (event.source === frame.contentWindow && event.origin === originOf(frame)) {
      frame.style.height = `${Math.min(Math.ceil(height), 100_000)}px`;
    }
  }
});
document.addEventListener(
  'load',
  (event) => {
    if (event.target instanceof HTMLIFrameElement && event.target.matches(SELECTOR)) hello(event.target);
  },
  true,
);
document.querySelectorAll<HTMLIFrameElement>(SELECTOR).forEach(hello);
