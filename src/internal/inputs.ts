/**
 * Remembers the inputs something was last worked out from, so it is worked out
 * again only when one of them changes (compared by identity).
 */
export class Inputs {
  #last: readonly unknown[] | undefined;

  /** Whether `next` differs from the inputs seen last time; remembers `next`. */
  changed(next: readonly unknown[]): boolean {
    const last = this.#last;
    this.#last = next;
    return !last || last.length !== next.length || next.some((value, index) => !Object.is(value, last[index]));
  }
}
