// The demo pages load the widgets from source as the npm package has them (every element and the
// LIPAS adapter); the feed comes from the dev server (offline).
import '../src/index.js';

// A small event log, so a webmaster can see what the widgets report.
const log = document.querySelector<HTMLOListElement>('#event-log');
if (log) {
  for (const name of ['kumppani-load', 'kumppani-error', 'kumppani-select', 'kumppani-change'] as const) {
    document.addEventListener(name, (event) => {
      const item = document.createElement('li');
      const detail = { ...(event as CustomEvent).detail };
      for (const key of ['association', 'event', 'task', 'premise']) if (key in detail) detail[key] = detail[key].id;
      if (Array.isArray(detail.skipped)) detail.skipped = `${detail.skipped.length} item(s)`;
      if (Array.isArray(detail.dropped)) detail.dropped = `${detail.dropped.length} field(s)`;
      item.textContent = `${name} ${JSON.stringify(detail)}`;
      log.prepend(item);
      while (log.children.length > 12) log.lastElementChild?.remove();
    });
  }
}

// The page's language switcher: the widget follows <html lang>.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-set-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset['setLang'] ?? 'fi';
    for (const other of document.querySelectorAll('[data-set-lang]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}
