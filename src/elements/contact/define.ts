import { defineElement } from '../../internal/define.js';
import { KumppaniContact } from './contact.js';

defineElement('kumppani-contact', KumppaniContact);

declare global {
  interface HTMLElementTagNameMap {
    'kumppani-contact': KumppaniContact;
  }
}
