// bench/results.json holds every part of the bench: the desktop run writes it whole, the
// mobile-class and Linked Events runs then set their own key in it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Sets `key` of `<root>/bench/results.json` to `value`, keeping the rest. */
export function saveResults(root, key, value) {
  const path = join(root, 'bench/results.json');
  const previous = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  writeFileSync(path, `${JSON.stringify({ ...previous, [key]: value }, null, 2)}\n`);
}
