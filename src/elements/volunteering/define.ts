import { defineElement } from '../../internal/define.js';
import { KumppaniVolunteering } from './volunteering.js';

defineElement('kumppani-volunteering', KumppaniVolunteering);

declare global {
  interface HTMLElementTagNameMap {
    'kumppani-volunteering': KumppaniVolunteering;
  }
}
