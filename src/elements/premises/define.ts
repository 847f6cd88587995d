import { defineElement } from '../../internal/define.js';
import { KumppaniPremises } from './premises.js';

defineElement('kumppani-premises', KumppaniPremises);

declare global {
  interface HTMLElementTagNameMap {
    'kumppani-premises': KumppaniPremises;
  }
}
