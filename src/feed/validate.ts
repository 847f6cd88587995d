/**
 * A small validator for the feed: schemas are built once, at module load, from
 * the few combinators below, and report problems as short English messages.
 * Plain functions and regular expressions only: nothing is compiled from a
 * string, so it runs on pages whose Content-Security-Policy forbids
 * 'unsafe-eval'.
 */

/** One problem with a value; `path` names the part of it concerned (`fi` of a text, `lat` of coordinates). */
export interface Issue {
  message: string;
  path?: string;
}

/**
 * Reads `input` as a `T`. Problems are pushed to `issues`; when any was, the
 * value returned means nothing.
 */
export interface Schema<T = unknown> {
  readonly read: (input: unknown, issues: Issue[]) => T;
}

export type Output<S extends Schema> = S extends Schema<infer T> ? T : never;

/** Runs `schema`: its value, or the problems it found. */
export function parse<T>(schema: Schema<T>, input: unknown): { value: T } | { issues: Issue[] } {
  const issues: Issue[] = [];
  const value = schema.read(input, issues);
  return issues.length ? { issues } : { value };
}

/** A schema from its read function. */
export const custom = <T>(read: Schema<T>['read']): Schema<T> => ({ read });

/** `first`, then `then` on its value, only when `first` found no problem. */
export const pipe = <A, B>(first: Schema<A>, then: (value: A, issues: Issue[]) => B): Schema<B> =>
  custom((input, issues) => {
    const mark = issues.length;
    const value = first.read(input, issues);
    return issues.length > mark ? (value as unknown as B) : then(value, issues);
  });

/** A value of one JSON type; missing (undefined, null) is `required`, another type is `expected …`. */
const type = <T>(test: (input: unknown) => boolean, expected: (input: unknown) => string): Schema<T> =>
  custom((input, issues) => {
    if (!test(input)) issues.push({ message: input == null ? 'required' : expected(input) });
    return input as T;
  });

export const boolean = type<boolean>(
  (input) => typeof input === 'boolean',
  () => 'expected a boolean',
);

/** Any list; its entries are not looked at. */
export const array = type<unknown[]>(Array.isArray, () => 'expected a list');

/** Any object that is not a list; `listMessage` is the message for a list. */
export const record = (listMessage = 'expected an object, not a list') =>
  type<Record<string, unknown>>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    (input) => (Array.isArray(input) ? listMessage : 'expected an object'),
  );

/** One of `values` (compared exactly: no trimming, no case folding). */
export const picklist = <const T extends readonly string[]>(values: T, message: string): Schema<T[number]> =>
  custom((input, issues) => {
    if (!values.includes(input as string)) issues.push({ message });
    return input as T[number];
  });

/** One step of a string schema: the text it passes on, after pushing any problem to `issues`. */
export type Check = (text: string, issues: Issue[]) => string;

/** A string, put through `checks` in order; every check runs, so one text may have several problems. */
export const string = (...checks: Check[]): Schema<string> =>
  pipe(
    type<string>(
      (input) => typeof input === 'string',
      () => 'expected a string',
    ),
    (text, issues) => checks.reduce((value, step) => step(value, issues), text),
  );

export const trim: Check = (text) => text.trim();

export const refine =
  (test: (text: string) => boolean, message: string): Check =>
  (text, issues) => {
    if (!test(text)) issues.push({ message });
    return text;
  };

export const regex = (pattern: RegExp, message: string): Check => refine((text) => pattern.test(text), message);

/** Characters as a reader counts them (an emoji is one): code points, counted without copying the text. */
export function textLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

/** Whether a text has more than `max` characters; most texts are shorter in UTF-16 units already. */
export const longerThan = (text: string, max: number): boolean => text.length > max && textLength(text) > max;

export const minLength = (min: number, message: string): Check => refine((text) => textLength(text) >= min, message);

export const maxLength = (max: number, message: string): Check => refine((text) => !longerThan(text, max), message);
