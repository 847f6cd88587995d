/**
 * Runs fast-check properties so a failure can be replayed: the property's name,
 * seed and path are printed with the failure, and KUMPPANI_PROPERTY,
 * KUMPPANI_SEED and KUMPPANI_PATH (read by the test runner) run exactly that case
 * again, and no other property:
 *
 *   KUMPPANI_PROPERTY="directory" KUMPPANI_SEED=-1234 KUMPPANI_PATH="3:1" npx web-test-runner --group unit
 *
 * KUMPPANI_RUNS sets the runs of every property, for a longer hunt than
 * `npm test` can afford.
 */
import fc from 'fast-check';
import { executeServerCommand } from '@web/test-runner-commands';

interface Settings {
  seed?: number;
  path?: string;
  runs?: number;
  /** Only this property runs (a replay). */
  property?: string;
}

let settings: Promise<Settings> | undefined;

function replaySettings(): Promise<Settings> {
  settings ??= executeServerCommand<Settings, undefined>('property-settings').then((value) => value ?? {});
  return settings;
}

/**
 * Checks `property` over `runs` cases (or KUMPPANI_RUNS); a failure names its
 * seed and path. `shrink: false` reports the first failing case as found (for
 * properties whose cases are slow, such as mounting widgets).
 */
export async function holds<Ts>(
  name: string,
  property: fc.IAsyncPropertyWithHooks<Ts> | fc.IPropertyWithHooks<Ts>,
  runs: number,
  { shrink = true } = {},
): Promise<void> {
  const { seed, path, runs: wanted, property: only } = await replaySettings();
  if (only !== undefined && only !== name) return;
  const chosenSeed = seed ?? (Math.random() * 2 ** 31) | 0;
  const details = await fc.check(property as fc.IAsyncProperty<Ts>, {
    seed: chosenSeed,
    numRuns: wanted ?? runs,
    ...(path ? { path } : {}),
    endOnFailure: !shrink,
  });
  if (details.failed) {
    const replay = `KUMPPANI_PROPERTY="${name}" KUMPPANI_SEED=${details.seed} KUMPPANI_PATH="${details.counterexamplePath ?? ''}"`;
    console.error(`Property "${name}" failed. Replay with: ${replay}`);
    const cause =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${name}: ${fc.defaultReportMessage(details)}\nFailure: ${cause}\nReplay with: ${replay}`);
  }
}
