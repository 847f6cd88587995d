/**
 * Serves the recorded Linked Events, PTV and LIPAS responses from the Vite dev
 * (and preview) server at the APIs' own paths, so demo pages can point a
 * widget's `feed` at `/linkedevents/v1/`, `/api/v11/` or `/v2/` with
 * `format="linkedevents"`, `format="ptv"` or `format="lipas"` and work offline. Every answer allows any origin, as the real
 * APIs do.
 */
import { readFileSync } from 'node:fs';
import type { Connect, Plugin } from 'vite';
import {
  LINKED_EVENTS_PATH,
  LIPAS_PATH,
  PTV_PATH,
  RECORDING_FILES,
  answerSourceRequest,
  type Recordings,
} from './recorded-sources.js';

function readRecordings(): Recordings {
  const read = (file: string): unknown =>
    JSON.parse(readFileSync(new URL(`../../test/fixtures/realdata/${file}`, import.meta.url), 'utf8'));
  return Object.fromEntries(
    Object.entries(RECORDING_FILES).map(([key, file]) => [key, read(file)]),
  ) as unknown as Recordings;
}

export function demoSourcesPlugin(): Plugin {
  let recordings: Recordings | undefined;
  const handle: Connect.NextHandleFunction = (req, res, next) => {
    const path = req.url ?? '/';
    if (![LINKED_EVENTS_PATH, PTV_PATH, LIPAS_PATH].some((prefix) => path.startsWith(prefix))) return next();
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
      res.end();
      return;
    }
    recordings ??= readRecordings();
    const answer = answerSourceRequest(recordings, new URL(path, `http://${req.headers.host ?? 'localhost'}`));
    if (!answer) return next();
    const text = JSON.stringify(answer.body);
    res.statusCode = answer.status;
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(text));
    res.end(req.method === 'HEAD' ? undefined : text);
  };
  return {
    name: 'kumppani-demo-sources',
    configureServer(server) {
      server.middlewares.stack.unshift({ route: '', handle });
    },
    configurePreviewServer(server) {
      server.middlewares.stack.unshift({ route: '', handle });
    },
  };
}
