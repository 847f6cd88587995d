import { css } from 'lit';

/** The detail dialog of every element: its frame, header, sections and facts. */
export const detailStyles = css`
  .detail {
    inline-size: min(44rem, calc(100vw - 1rem));
    max-block-size: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }

  .detail {
    /* What the keyboard focuses scrolls into view below the sticky close button. */
    scroll-padding-block-start: 4rem;
  }

  .detail::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .detail-body {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
  }

  .detail-body > *,
  .detail-section > * {
    margin: 0;
  }

  /* The heading and the close button are items of the body's grid, so the button can stay
     in view (sticky) however far the dialog is scrolled, also at 320 px and 400 % zoom. */
  .detail-body {
    grid-template-columns: minmax(0, 1fr) auto;
  }

  .detail-body > * {
    grid-column: 1 / -1;
  }

  .detail-body > .detail-header {
    display: contents;
  }

  .detail-header h2 {
    grid-column: 1;
    grid-row: 1;
  }

  .detail-header .close {
    grid-column: 2;
    grid-row: 1;
    align-self: start;
    position: sticky;
    inset-block-start: 0.5rem;
    z-index: 1;
  }

  .detail-header h2 {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.25;
  }

  .detail-section {
    display: grid;
    gap: 0.35rem;
  }

  .detail-section h3 {
    font-size: 1.05em;
  }

  .description p {
    margin: 0 0 0.75em;
    white-space: pre-line;
  }

  .logo {
    max-inline-size: 10rem;
    max-block-size: 6rem;
    object-fit: contain;
  }

  .people li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding-block: 0.25rem;
  }

  .role {
    font-weight: 600;
  }

  .facts {
    display: grid;
    gap: 0.35rem;
  }

  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dt::after {
    content: ':';
  }

  .facts dd {
    margin: 0;
  }

  .updated {
    color: var(--_muted);
  }
`;
