/**
 * Reads a value with a contract schema the way contract §5 asks: a problem in
 * an optional field or a list entry drops that part (reported, unless the part
 * was simply absent: null or blank), the value is kept; a problem anywhere else
 * makes the value unusable. The schema decides which parts are optional, so
 * the rules live in one place (`contract.ts`).
 *
 * A valid value costs one parse. An invalid one is parsed again without the
 * dropped parts until it passes or a problem is fatal; checks that only run on
 * an otherwise valid object (an `endTime` before `startTime`) are met that way.
 */
import { messageOf } from './schemas.js';
import * as z from './zod.js';

type Key = PropertyKey;
type Path = readonly Key[];

/** One problem with its full path (from the value read), e.g. `['contact', 'website']`. */
interface Problem {
  path: Path;
  message: string;
}

/** A part that was dropped: where it is, and why (empty when it was simply absent). */
interface Drop {
  at: Path;
  problems: Problem[];
}

export type ReadResult<T> =
  { ok: true; value: T; dropped: { field: string; reason: string }[] } | { ok: false; problems: string[] };

interface Def {
  type: string;
  shape?: Record<string, Node>;
  element?: Node;
  innerType?: Node;
  in?: Node;
  out?: Node;
}
interface Node {
  _zod: { def: Def };
}

/** The schema that reads the parts of a value, past optional, default and transforming wrappers. */
function unwrap(node: Node): { node: Node; optional: boolean } {
  let optional = false;
  for (;;) {
    const def = node._zod.def;
    if (def.type === 'optional' || def.type === 'default') optional = true;
    if (def.innerType) node = def.innerType;
    else if (def.type === 'pipe') node = def.in!._zod.def.type === 'transform' ? def.out! : def.in!;
    else return { node, optional };
  }
}

/**
 * How much of `path` names the part to drop for a problem there: the deepest
 * optional field or list entry on it (its length), or 0 when there is none and
 * the problem is fatal.
 */
function dropLength(schema: Node, path: Path): number {
  let node: Node | undefined = unwrap(schema).node;
  let length = 0;
  for (let i = 0; i < path.length && node; i++) {
    const def: Def = node._zod.def;
    const child =
      def.type === 'object' ? def.shape![path[i] as string] : def.type === 'array' ? def.element : undefined;
    if (!child) break;
    const inner = unwrap(child);
    if (inner.optional || def.type === 'array') length = i + 1;
    node = inner.node;
  }
  return length;
}

/**
 * `path` from index `from` as a reader writes it (`contact.social[0].url`),
 * looked up in `value`: an object standing for a list of one has no index.
 */
function format(path: Path, value: unknown, from = 0): string {
  let out = '';
  path.forEach((key, i) => {
    const isIndex = typeof key === 'number';
    const inList = Array.isArray(value);
    if (i >= from && (!isIndex || inList)) out += isIndex ? `[${key}]` : out ? `.${String(key)}` : String(key);
    if (!isIndex || inList) value = (value as Record<Key, unknown> | undefined)?.[key];
  });
  return out;
}

/** Per-parse messages; jitless again here so no parse can ever build code. */
const PARSE_OPTIONS = { error: messageOf, jitless: true };

const REMOVED = Symbol('removed');

/** `value` without the parts at `paths` (copies along the way; the input is never changed). */
function prune(value: unknown, paths: Path[]): unknown {
  if (paths.some((path) => path.length === 0)) return REMOVED;
  const byKey = new Map<Key, Path[]>();
  for (const [key, ...rest] of paths) byKey.set(key!, [...(byKey.get(key!) ?? []), rest]);
  if (Array.isArray(value)) {
    return value
      .map((entry, index) => (byKey.has(index) ? prune(entry, byKey.get(index)!) : entry))
      .filter((entry) => entry !== REMOVED);
  }
  // An index into a value that is not a list: the value stands for a list of one.
  const single = [...byKey].find(([key]) => typeof key === 'number');
  if (single) return prune(value, single[1]);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<Key, unknown> = { ...value };
  for (const [key, rest] of byKey) {
    const part = prune(copy[key], rest);
    if (part === REMOVED) delete copy[key];
    else copy[key] = part;
  }
  return copy;
}

const startsWith = (path: Path, prefix: Path): boolean => prefix.every((key, i) => path[i] === key);

const distinct = (texts: string[], max = Infinity): string => [...new Set(texts)].slice(0, max).join('; ');

/** Reads `raw` with `schema` (see the module comment). */
export function read<T>(schema: z.core.$ZodType<T>, raw: unknown): ReadResult<T> {
  const drops: Drop[] = [];
  let input = raw;
  // Every round drops at least one part, and checks on whole objects add at most a few rounds.
  for (let round = 0; round < 16; round++) {
    const result = z.safeParse(schema, input, PARSE_OPTIONS);
    if (result.success) {
      const dropped = drops
        .filter((drop) => drop.problems.length)
        .map((drop) => ({
          field: format(drop.at, raw),
          reason: distinct(
            drop.problems.map(({ path, message }) => {
              const rest = format(path, raw, drop.at.length);
              return rest ? `${rest}: ${message}` : message;
            }),
            3,
          ),
        }));
      return { ok: true, value: result.data, dropped };
    }
    const fatal: Problem[] = [];
    const found: Drop[] = [];
    for (const issue of result.error.issues) {
      const length = (issue as { params?: { fatal?: boolean } }).params?.fatal
        ? 0
        : dropLength(schema as Node, issue.path);
      const problem = { path: issue.path, message: issue.message };
      if (!length) {
        fatal.push(problem);
        continue;
      }
      const at = issue.path.slice(0, length);
      const absent = length === issue.path.length && issue.message === 'required';
      const drop = found.find((d) => d.at.length === at.length && startsWith(d.at, at));
      if (drop) {
        if (!absent) drop.problems.push(problem);
      } else {
        found.push({ at, problems: absent ? [] : [problem] });
      }
    }
    if (fatal.length) {
      // A required part with nothing valid left is explained by what was wrong in it; a
      // rule about the whole value (at least one of some fields) by what was dropped before it.
      const dropped = drops.flatMap((drop) => drop.problems);
      const reasons = fatal.flatMap(({ path, message }) => {
        const inside = path.length ? dropped.filter((p) => startsWith(p.path, path)) : [...dropped, { path, message }];
        return (inside.length ? inside : [{ path, message }]).map((p) =>
          p.path.length ? `${format(p.path, raw)}: ${p.message}` : p.message,
        );
      });
      return { ok: false, problems: [...new Set(reasons)] };
    }
    drops.push(...found);
    input = prune(
      input,
      found.map((drop) => drop.at),
    );
  }
  return { ok: false, problems: ['too many problems'] };
}
