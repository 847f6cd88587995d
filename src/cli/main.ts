/**
 * The `kumppani-feed` command: checks, describes and converts contract feeds
 * for the people who produce them. `main` takes the arguments and the output
 * streams and returns the exit code: 0 valid, 1 invalid items or fields,
 * 2 an unusable feed (not JSON, another major version, no `data`, a network
 * or HTTP failure) or a command used wrongly.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { feedJsonSchema } from '../feed/json-schema.js';
import { FeedError } from '../feed/types.js';
import { CONVERTERS, convert } from './convert.js';
import { feedStats } from './stats.js';
import { formatConversion, formatStats, formatValidation } from './format.js';
import { hasProblems, validateFeed } from './validate.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether the error stream is a terminal (progress then rewrites one line). */
  errIsTty: boolean;
}

declare const __KUMPPANI_VERSION__: string;
const VERSION = typeof __KUMPPANI_VERSION__ === 'string' ? __KUMPPANI_VERSION__ : 'dev';

const USAGE = `Usage: kumppani-feed <command> [options]

Commands:
  validate <file|url>   Read the feed as the widgets do (every page through meta.next) and
                        report invalid items, dropped fields and warnings for producers.
  stats <file|url>      Items per type, municipality, category and language; oldest updates.
  schema                Print the feed's JSON Schema (2020-12).
  convert --from <format> <file|url> [--municipality CODES] [--out FILE]
                        Write a contract feed from another source. Formats: ${Object.keys(CONVERTERS).join(', ')}.

Options:
  --json                One JSON document on standard output instead of text.
  --municipality CODES  convert: Statistics Finland codes, comma-separated (CSV: for rows without one).
  --out FILE            convert: write the feed to FILE instead of standard output.
  -h, --help            This help.  -v, --version: the version.

Exit codes: 0 valid; 1 invalid items or fields; 2 unusable feed (not JSON, another major
version, no data list, network or HTTP failure) or wrong usage.`;

/** Progress for feeds of many pages, on the error stream so that the output stays clean. */
function progress(io: Io): (page: number, items: number) => void {
  return (page, items) => {
    if (page < 2) return;
    const line = `kumppani-feed: page ${page}, ${items.toLocaleString('en')} items read`;
    if (io.errIsTty) io.err(`\r${line}`);
    else io.err(`${line}\n`);
  };
}

function unusable(io: Io, json: boolean, error: FeedError): number {
  if (json)
    io.out(`${JSON.stringify({ error: { kind: error.kind, message: error.message, url: error.url } }, null, 2)}\n`);
  io.err(`kumppani-feed: unusable feed: ${error.message} (${error.url})\n`);
  return 2;
}

export async function main(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        from: { type: 'string' },
        municipality: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    io.err(`kumppani-feed: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, source, ...extra] = positionals;
  if (values.help) return (io.out(`${USAGE}\n`), 0);
  if (values.version) return (io.out(`${VERSION}\n`), 0);
  const needsSource = command === 'validate' || command === 'stats' || command === 'convert';
  if (!command || (needsSource && !source) || extra.length || (command === 'schema' && source)) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  const json = values.json;
  const print = (value: unknown, text: string): void => io.out(json ? `${JSON.stringify(value, null, 2)}\n` : text);

  try {
    switch (command) {
      case 'schema':
        io.out(`${JSON.stringify(feedJsonSchema(VERSION), null, 2)}\n`);
        return 0;
      case 'validate': {
        const report = await validateFeed(source!, progress(io));
        if (io.errIsTty && report.pages > 1) io.err('\n');
        print({ ...report, valid: !hasProblems(report) }, formatValidation(report));
        return hasProblems(report) ? 1 : 0;
      }
      case 'stats': {
        const stats = await feedStats(source!, progress(io));
        print(stats, formatStats(stats));
        return 0;
      }
      case 'convert': {
        if (!values.from) {
          io.err(`kumppani-feed: convert needs --from (${Object.keys(CONVERTERS).join(', ')})\n`);
          return 2;
        }
        const municipalities =
          values.municipality
            ?.split(',')
            .map((code) => code.trim())
            .filter(Boolean) ?? [];
        const result = await convert(values.from, source!, { municipalities });
        const feedText = `${JSON.stringify(result.feed, null, 2)}\n`;
        if (values.out) await writeFile(values.out, feedText);
        // Without --out the feed is the output; the report then goes to the error stream.
        if (values.out) print({ ...result, feed: undefined, out: values.out }, formatConversion(result, values.out));
        else {
          io.out(feedText);
          io.err(formatConversion(result));
        }
        return result.invalid.length || result.dropped.length ? 1 : 0;
      }
      default:
        io.err(`kumppani-feed: unknown command "${command}"\n\n${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    if (error instanceof FeedError) return unusable(io, json, error);
    io.err(`kumppani-feed: could not convert: ${(error as Error).message}\n`);
    return 2;
  }
}
