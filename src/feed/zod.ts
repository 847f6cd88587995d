/**
 * The one gateway to zod for the feed code: schema modules import from here,
 * never from 'zod/mini' directly, so `jitless` is set before any schema exists.
 *
 * `jitless`: zod may otherwise probe `new Function` to compile fast parsers.
 * The widgets run on pages whose Content-Security-Policy forbids
 * 'unsafe-eval', where even a caught probe files a violation report. The
 * setting is global, so it also covers any other zod use on the page.
 *
 * Only the `zod/mini` functions in use are re-exported by name (a namespace
 * re-export would keep all of zod, locales included, in the bundle). No
 * locale is loaded: the messages a webmaster reads are written in `schemas.ts`.
 */
import { config } from 'zod/mini';

config({ jitless: true });

export {
  array,
  boolean,
  enum,
  maxLength,
  minLength,
  pipe,
  record,
  refine,
  regex,
  safeParse,
  string,
  transform,
  trim,
  unknown,
} from 'zod/mini';
export type { core, output } from 'zod/mini';
