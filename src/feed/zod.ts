/**
 * zod/mini for the feed schemas, set to `jitless` before any schema exists.
 * Without it zod probes for `eval` (`new Function`) when it first parses an
 * object; under a Content-Security-Policy without 'unsafe-eval' that probe is
 * blocked and reported to the page's report endpoint. Every feed module
 * imports zod from here (`import * as z from './zod.js'`), never from
 * 'zod/mini' directly, so the setting is always made first.
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';
