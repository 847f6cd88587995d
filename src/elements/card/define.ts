import { defineElement } from '../../internal/define.js';
import { KumppaniCard } from './card.js';

defineElement('kumppani-card', KumppaniCard);

declare global {
  interface HTMLElementTagNameMap {
    'kumppani-card': KumppaniCard;
  }
}
