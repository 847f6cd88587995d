/** Records uncaught errors and unhandled rejections of the test page while a check runs. */
export interface PageErrors {
  readonly errors: string[];
  stop(): void;
}

export function recordPageErrors(): PageErrors {
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => {
    errors.push(`${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    const reason = event.reason as unknown;
    errors.push(reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason));
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Every link in a widget's shadow root that is not http(s), `tel:` digits, `mailto:`
 * one address with no header fields, or the events' own calendar file.
 */
export function foreignLinks(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href]'))
    .map((link) => link.getAttribute('href')!)
    .filter(
      (href) =>
        !/^(?:https?:\/\/|tel:\+?\d+$|mailto:[^?,&=#@]+@[^?,&=#@]+$|data:text\/calendar;charset=utf-8,[^#]*$)/.test(
          href,
        ),
    );
}
