import { defineElement } from '../../internal/define.js';
import { KumppaniEvents } from './events.js';

defineElement('kumppani-events', KumppaniEvents);

declare global {
  interface HTMLElementTagNameMap {
    'kumppani-events': KumppaniEvents;
  }
}
