// Starts msw's real Service Worker once per test page; tests add handlers per case.
import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

let worker: ReturnType<typeof setupWorker> | undefined;

export async function mockFeeds(...handlers: RequestHandler[]): Promise<void> {
  if (!worker) {
    worker = setupWorker();
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
  }
  worker.resetHandlers(...handlers);
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) },
  });
}
