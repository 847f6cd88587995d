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

/**
 * The table, compact for the bundle: `names` holds "Finnish/Swedish" (or one
 * name) per municipality, `;`-separated, in code order; `codeSteps` the codes
 * as steps from the previous one; the language lists and the Sámi homeland
 * hold codes as numbers.
 */
interface Table {
  names: string;
  codeSteps: number[];
  fiSv: number[];
  svFi: number[];
  sv: number[];
  samiHomeland: number[];
}

let byCode: Map<string, MunicipalityInfo> | undefined;
let byName: Map<string, MunicipalityInfo> | undefined;

function load(): Map<string, MunicipalityInfo> {
  if (byCode) return byCode;
  const { names, codeSteps, fiSv, svFi, sv, samiHomeland } = table as Table;
  byCode = new Map();
  byName = new Map();
  let number = 0;
  names.split(';').forEach((pair, index) => {
    number += codeSteps[index]!;
    const [fi = '', swedish = fi] = pair.split('/');
    const language: LanguageStatus = fiSv.includes(number)
      ? 'fi-sv'
      : svFi.includes(number)
        ? 'sv-fi'
        : sv.includes(number)
          ? 'sv'
          : 'fi';
    const info: MunicipalityInfo = {
      code: String(number).padStart(3, '0'),
      fi,
      sv: swedish,
      language,
      bilingual: language === 'fi-sv' || language === 'sv-fi',
      samiHomeland: samiHomeland.includes(number),
    };
    byCode!.set(info.code, info);
    // "Maarianhamina - Mariehamn" is one label holding both names: each part finds it too.
    for (const name of [fi, swedish, ...fi.split(' - ')]) byName!.set(foldLoose(name), info);
  });
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
