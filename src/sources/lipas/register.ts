// Lets <kumppani-premises> read LIPAS (format="lipas"): imported by every file that carries the
// adapter, before any element is defined, so an element already on the page finds it when it upgrades.
import { registerPremisesReader } from '../../elements/premises/load-premises.js';
import { loadLipas } from './index.js';

registerPremisesReader('lipas', loadLipas);
