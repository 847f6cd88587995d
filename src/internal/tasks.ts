/**
 * Scheduling for work on large feeds: short tasks of their own, so input and
 * paint go on between them (no worker: a CDN script cannot start one under the
 * strict CSP the widgets support).
 */

/** Background work takes slices of about this long. */
export const SLICE_MS = 8;

export const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** Runs `task` soon, in a task of its own (not throttled like nested timeouts). */
export function soon(task: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(task, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(null);
}

/** Resolves in a new task: what ran before can paint and take input first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => soon(resolve));
}

/**
 * Long work written as a generator that yields where it may pause, so the same
 * code can run at once (`runNow`) or spread over short tasks (`runInTasks`).
 */
export type Steps<T> = Generator<void, T, void>;

export function runNow<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Runs the steps in tasks of about `SLICE_MS`, giving the page its turn between them. */
export async function runInTasks<T>(steps: Steps<T>): Promise<T> {
  let deadline = now() + SLICE_MS;
  let step = steps.next();
  while (!step.done) {
    if (now() >= deadline) {
      await nextTask();
      deadline = now() + SLICE_MS;
    }
    step = steps.next();
  }
  return step.value;
}
