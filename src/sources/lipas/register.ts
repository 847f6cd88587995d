// Lets <kumppani-premises> read LIPAS (format="lipas"): imported by every file that carries the
// adapter, before any element is defined, so an element already on the page finds it when it upgrades.
import { registerReader } from '../../elements/shared/source-readers.js';
import { loadLipas } from './index.js';

registerReader('lipas', loadLipas);
