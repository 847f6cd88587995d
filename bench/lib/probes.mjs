// What the bench pages record about themselves, and how the bench types into a widget.

/**
 * A `<script>` for a page's head: long tasks, layout shifts, when the element was defined, and
 * the paint after the first cards of `tag` appeared.
 */
export function probesHead(tag) {
  return `<script>
performance.setResourceTimingBufferSize(100000);
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ start: e.startTime, value: e.value });
}).observe({ type: 'layout-shift', buffered: true });
customElements.whenDefined(${JSON.stringify(tag)}).then(() => { window.__defined = performance.now(); });
/** Resolves after the paint that follows the current frame's rendering. */
window.__afterPaint = () => new Promise((done) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => done(performance.now());
  channel.port2.postMessage(0);
}));
/** Resolves, with the time it began, once the main thread has had nothing to do for 100 ms. */
window.__idle = () => new Promise((done) => {
  let quietSince = 0;
  const check = (deadline) => {
    if (deadline.timeRemaining() > 40) {
      quietSince ||= performance.now();
      if (performance.now() - quietSince >= 100) return done(quietSince);
    } else quietSince = 0;
    setTimeout(() => requestIdleCallback(check, { timeout: 10000 }), 20);
  };
  requestIdleCallback(check, { timeout: 10000 });
});
window.__firstCards = new Promise((done) => {
  const check = () => {
    const card = document.querySelector(${JSON.stringify(tag)})?.shadowRoot?.querySelector('[part~="card"]');
    if (card) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
});
</script>`;
}

/**
 * In the page: types each query character by character into the directory; the submit skips
 * the debounce. Returns each keystroke's time to the paint of its results (ms).
 */
export async function typeInWidget(queries) {
  const el = document.querySelector('kumppani-directory');
  const input = el.shadowRoot.querySelector('[part~="search-input"]');
  const form = input.form ?? el.shadowRoot.querySelector('form');
  const type = async (value) => {
    const t0 = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form.requestSubmit();
    await el.updateComplete;
    return (await window.__afterPaint()) - t0;
  };
  const times = [];
  for (const q of queries) {
    for (let i = 1; i <= q.length; i++) {
      if (q[i - 1] === ' ') continue;
      times.push(await type(q.slice(0, i)));
    }
    await type('');
  }
  return times;
}

export function median(values) {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const round = (x, digits = 2) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));
