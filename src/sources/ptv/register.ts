// Lets the directory and card read PTV (format="ptv"): imported by every file that carries the adapter,
// before any element is defined, so an element already on the page finds it when it upgrades.
import { registerAssociationReader } from '../../elements/shared/load-associations.js';
import { loadPtv } from './index.js';

registerAssociationReader('ptv', loadPtv);
