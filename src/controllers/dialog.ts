import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FocusController } from './focus.js';

export interface DialogBinding {
  /** Whether the item with this id can be shown now (it may be gone, or not loaded yet). */
  has(id: string): boolean;
  /** The id of the button that opens the item, when it is on screen. */
  openerOf(id: string): string | undefined;
  /** Where focus goes when the opener is gone. */
  fallback(): HTMLElement | null;
}

/**
 * An item's detail in a modal `<dialog>`: opened by id (also from a shared link),
 * closed by its button, Escape or a click on the backdrop, and focus returned to
 * the button that opened it.
 */
export class DialogController implements ReactiveController {
  /** The item shown, also kept in the page address (`open`). */
  openId: string | undefined;
  #openerId: string | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };
  readonly #focus: FocusController;
  readonly #binding: DialogBinding;

  constructor(
    host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    focus: FocusController,
    binding: DialogBinding,
  ) {
    this.#host = host;
    this.#focus = focus;
    this.#binding = binding;
    host.addController(this);
  }

  open(id: string, openerId: string): void {
    this.#openerId = openerId;
    this.openId = id;
    this.#host.requestUpdate();
  }

  /** Restores a dialog from the page address (its opener is found when it closes). */
  restore(id: string | undefined): void {
    this.openId = id;
    this.#openerId = undefined;
  }

  close(): void {
    this.#dialog?.close();
  }

  /** Whether the detail should be showing now. */
  get shown(): boolean {
    return !!this.openId && this.#binding.has(this.openId);
  }

  hostUpdated(): void {
    const dialog = this.#dialog;
    if (!dialog) return;
    if (this.shown && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[part~="detail-close"]')?.focus();
    } else if (!this.shown && dialog.open) {
      dialog.close();
    }
  }

  /** The dialog element, holding `content` while an item is open. */
  render(lang: string, content: () => TemplateResult | typeof nothing): TemplateResult {
    /* eslint-disable lit-a11y/click-events-have-key-events -- the backdrop click is a pointer shortcut; keyboards close the modal dialog with Escape */
    return html`
      <dialog
        part="detail"
        class="detail"
        aria-labelledby="detail-heading"
        lang=${lang}
        @close=${this.#onClose}
        @click=${this.#onClick}
      >
        ${this.shown ? content() : nothing}
      </dialog>
    `;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  readonly #onClose = (): void => {
    const id = this.openId;
    if (!id) return;
    this.openId = undefined;
    const openerId = this.#openerId ?? this.#binding.openerOf(id);
    this.#openerId = undefined;
    this.#focus.afterRender(
      () =>
        (openerId ? this.#host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(openerId)}`) : null) ??
        this.#binding.fallback(),
    );
  };

  readonly #onClick = (event: MouseEvent): void => {
    // A click on the backdrop (outside the dialog's box) closes it, as residents expect.
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) dialog.close();
  };
}
