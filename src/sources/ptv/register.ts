// Lets the directory and card read PTV (format="ptv"): imported by every file that carries the adapter,
// before any element is defined, so an element already on the page finds it when it upgrades.
import { registerReader } from '../../elements/shared/source-readers.js';
import { loadPtv } from './index.js';

registerReader('ptv', loadPtv);
