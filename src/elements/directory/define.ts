import { defineElement } from '../../internal/define.js';
import { KumppaniDirectory } from './directory.js';

defineElement('kumppani-directory', KumppaniDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'kumppani-directory': KumppaniDirectory;
  }
}
