import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, type Locale } from '../i18n/index.js';
import { inheritedLang, onLangChange } from '../internal/lang.js';

/**
 * The language an element speaks: its own `lang`, else the closest ancestor's,
 * else the page's. Follows later changes of any of them (a page's language
 * switcher), so two widgets in different languages can share a page.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = resolveLocale(undefined);
  #stopWatching: (() => void) | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#resolve();
    this.#stopWatching = onLangChange(() => this.#resolve());
  }

  hostDisconnected(): void {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
  }

  #resolve(): void {
    const locale = resolveLocale(this.#host.getAttribute('lang') || inheritedLang(this.#host));
    if (locale === this.locale) return;
    this.locale = locale;
    this.#host.requestUpdate();
  }
}
