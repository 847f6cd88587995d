import { css } from 'lit';
import { fieldStyles } from '../shared/field.styles.js';
import { listStyles } from '../shared/list.styles.js';

/** Date headings, event times and status badges. */
const eventStyles = css`
  .days {
    display: grid;
    gap: var(--_space);
  }

  .day {
    display: grid;
    gap: 0.5rem;
  }

  .day-heading {
    margin: 0;
    font-size: 1.1em;
    text-transform: none;
  }

  .when {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    font-weight: 600;
  }

  .badge {
    padding: 0.05em 0.5em;
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_error);
    font-weight: 700;
    text-transform: uppercase;
    font-size: 0.85em;
  }

  .event.cancelled .card-button {
    text-decoration-line: underline line-through;
  }

  .age {
    align-content: start;
  }

  .age input {
    inline-size: 7rem;
  }
`;

export const eventsStyles = [...listStyles, fieldStyles, eventStyles];
