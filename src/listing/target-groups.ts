import { EVERYONE } from '../feed/taxonomy.js';

/**
 * Target groups as residents filter by them: what is "for everyone" is for
 * children, seniors and newcomers too, so it fits whichever group of residents
 * is asked for; but not `associations`, which marks what is meant for the
 * associations themselves (the municipality's meetings with them).
 */
export const isResidentGroup = (code: string): boolean => code !== EVERYONE && code !== 'associations';

/** Whether an item with these target groups fits the group `wanted`. */
export function fitsTargetGroup(groups: readonly string[], wanted: string): boolean {
  return groups.includes(wanted) || (isResidentGroup(wanted) && groups.includes(EVERYONE));
}

/** Whether an item with these target groups fits one of the wanted ones (any item when none is wanted). */
export function fitsTargetGroups(groups: readonly string[], wanted: ReadonlySet<string>): boolean {
  if (wanted.size === 0) return true;
  for (const code of wanted) if (fitsTargetGroup(groups, code)) return true;
  return false;
}

/** The wanted groups as a source that matches any of them is asked: with "everyone" when a group of residents is. */
export function askedTargetGroups(wanted: readonly string[]): string[] {
  return wanted.some(isResidentGroup) && !wanted.includes(EVERYONE) ? [...wanted, EVERYONE] : [...wanted];
}
