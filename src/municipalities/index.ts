/**
 * The 308 municipalities of Finland (Statistics Finland's classification of
 * 1 January 2026), so that codes can be turned into names and names typed by a
 * webmaster into codes without the feed naming them. The table is data
 * (`municipalities.json`, provenance in its README), read once on first use.
 */
import type { LocalizedText } from '../feed/types.js';
import { foldLoose } from '../search/fold.js';
import table from './municipalities.json';

/** Statistics Finland's language status: Finnish, Finnish with a Swedish minority, Swedish, Swedish with a Finnish minority. */
export type LanguageStatus = 'fi' | 'fi-sv' | 'sv' | 'sv-fi';

export interface MunicipalityInfo {
  /** Three-digit code, e.g. "598". */
  code: string;
  /** The classification's Finnish and Swedish names (the same when it gives one name). */
  fi: string;
  sv: string;
  language: LanguageStatus;
  /** Officially bilingual (Finnish and Swedish). */
  bilingual: boolean;
  /** In the Sámi homeland (Act on the Sámi Parliament §4; Sodankylä only in part). */
  samiHomeland: boolean;
}

/** One row of the table: code, Finnish name, Swedish name when it differs, language status (0–3) + 4 for the Sámi homeland. */
type Row = [code: string, fi: string, sv: string, flags: number];

const STATUSES: readonly LanguageStatus[] = ['fi', 'fi-sv', 'sv', 'sv-fi'];

let byCode: Map<string, MunicipalityInfo> | undefined;
let byName: Map<string, MunicipalityInfo> | undefined;

function load(): Map<string, MunicipalityInfo> {
  if (byCode) return byCode;
  byCode = new Map();
  byName = new Map();
  for (const [code, fi, sv, flags] of table.rows as Row[]) {
    const language = STATUSES[flags & 3] as LanguageStatus;
    const info: MunicipalityInfo = {
      code,
      fi,
      sv: sv || fi,
      language,
      bilingual: language === 'fi-sv' || language === 'sv-fi',
      samiHomeland: (flags & 4) !== 0,
    };
    byCode.set(code, info);
    // "Maarianhamina - Mariehamn" is one label holding both names: each part finds it too.
    for (const name of [fi, info.sv, ...fi.split(' - ')]) byName.set(foldLoose(name), info);
  }
  return byCode;
}

/** Every municipality, in code order. */
export function allMunicipalities(): MunicipalityInfo[] {
  return [...load().values()];
}

/**
 * A municipality by its code ("598", "91") or its name in Finnish or Swedish
 * ("Pietarsaari", "jakobstad", "Pieksamaki"): case, accents and surrounding
 * space do not matter. Undefined when nothing matches.
 */
export function findMunicipality(codeOrName: string): MunicipalityInfo | undefined {
  const codes = load();
  const entry = codeOrName.trim();
  if (/^\d{1,3}$/.test(entry)) return codes.get(entry.padStart(3, '0'));
  return byName!.get(foldLoose(entry));
}

/**
 * The municipality's name for a UI language: Finnish or Swedish as such; any
 * other language (English, Sámi …) gets the name in the municipality's majority
 * language, as English texts do ("Jakobstad", "Mariehamn", "Vaasa").
 */
export function municipalityName(code: string, lang: string): string | undefined {
  const info = load().get(code);
  if (!info) return undefined;
  if (lang === 'sv') return info.sv;
  if (lang === 'fi' || info.language.startsWith('fi')) return info.fi;
  return info.sv;
}

/** The names as feed text (`fi`, `sv`, `en`), for where the widgets look names up by language. */
export function municipalityText(code: string): LocalizedText | undefined {
  const info = load().get(code);
  if (!info) return undefined;
  return { fi: info.fi, sv: info.sv, en: municipalityName(code, 'en')! };
}

/**
 * Linked Events' division for a municipality (`kunta:helsinki`): the
 * lower-case Finnish name as in its OCD division ids, spaces as underscores.
 */
export function linkedEventsDivision(code: string): string | undefined {
  const info = load().get(code);
  if (!info) return undefined;
  const name = info.fi.split(' - ')[0]!.toLowerCase().replace(/\s+/g, '_');
  return `kunta:${name}`;
}
