/** Builds the demo feed's associations one by one, each with unique names, domains and ids. */
import type { Random } from './random.js';
import {
  type Generic,
  genericParagraphs,
  nameCtx,
  type PlaceRef,
  placesFor,
  type Schedule,
  START_TIMES,
  supports,
  textCtx,
} from './association-texts.js';
import {
  type Built,
  type Candidate,
  combo,
  numberedName,
  registryNumber,
  SHOWCASE,
  slugFor,
  socialUrl,
  withSuffix,
} from './associations.js';
import { ID_PREFIX, type LocalizedText, SOURCE_URL } from './feed-model.js';
import { ascii, DAY, isoLocal, nth, randomInstant, render, round5 } from './helpers.js';
import { type Kind, KINDS, type KindText } from './kinds.js';
import { LOGO_ALT, mobile, personName, type PersonStyle, ROLES } from './people.js';
import type { MunicipalityDef, NameLang } from './places.js';

export class AssociationBuilder {
  private readonly usedNames = new Set<string>();
  private readonly usedCombos = new Set<string>();
  private readonly usedDomains = new Set<string>();
  /**
   * Candidates by municipality and language choice, made once: rebuilding them
   * for every association made large feeds slow. Names, combos and domains are
   * only ever taken, never freed, so these lists only shrink and the numbers
   * still free only grow.
   */
  private readonly candidateLists = new Map<string, (readonly [Candidate, number])[]>();
  /** The lowest number a domain may still get, by slug. */
  private readonly nextDomain = new Map<string, number>();
  private readonly showcase = SHOWCASE.slice();
  private serial = 1000;

  constructor(private readonly rng: Random) {}

  nextId(): string {
    this.serial += this.rng.int(1, 3);
    return `${ID_PREFIX}:${this.serial}`;
  }

  /** Gives the associations ids and service pages in the order they were created. */
  number(built: Built[]): void {
    built.sort((a, b) => a.createdMs - b.createdMs);
    for (const b of built) {
      b.id = this.nextId();
      b.item['id'] = b.id;
      b.item['url'] = `${b.pagePrefix}${this.serial}`;
    }
  }

  build(muni: MunicipalityDef): Built {
    const rng = this.rng;
    const show = this.showcase.findIndex((s) => s.code === muni.code);
    if (show >= 0) {
      const spec = this.showcase.splice(show, 1)[0];
      const kind = KINDS.find((k) => k.key === spec?.kind);
      const place = spec?.place ? muni.places.find((p) => p.key === spec.place) : muni;
      if (spec && kind && place) {
        const ref = { muni, place };
        const names = this.names(kind, ref, spec.langs, spec.variant);
        this.claim(names, combo(kind, ref));
        return this.assemble(kind, ref, spec.langs, names);
      }
    }
    const profile = rng.weighted(muni.profiles);
    let choice = this.choose(muni, profile, false) ?? this.choose(muni, profile, true);
    if (!choice) {
      // Every name is taken (only with very large counts): allow numbered duplicates.
      choice = this.choose(muni, ['fi'], true, true);
    }
    if (!choice) throw new Error(`no association kinds for ${muni.code}`);
    return this.assemble(choice.kind, choice.ref, choice.langs, choice.names);
  }

  /**
   * The weighted candidates, in a fixed order; without taken combos unless
   * `numbered`. Only a list without taken combos is a copy that choose may shorten.
   */
  private candidates(
    muni: MunicipalityDef,
    profile: readonly NameLang[],
    anyProfile: boolean,
    numbered: boolean,
  ): (readonly [Candidate, number])[] {
    const key = `${muni.code}|${profile.join(',')}|${anyProfile}|${numbered}`;
    let list = this.candidateLists.get(key);
    if (!list) {
      list = [];
      for (const kind of KINDS) {
        if (kind.only && !kind.only.includes(muni.code)) continue;
        if (numbered && kind.forceLangs) continue;
        let langs = kind.forceLangs ? kind.forceLangs(muni.code) : profile;
        if (anyProfile && !kind.forceLangs && !langs.every((l) => kind.text[l])) {
          const own = (['fi', 'sv'] as const).filter((l) => kind.text[l]);
          langs = own.length > 0 ? [own[0] as NameLang] : langs;
        }
        if (!langs.every((l) => kind.text[l])) continue;
        const factor = kind.weight * (kind.weightIn?.[muni.code] ?? 1);
        for (const { ref, weight } of placesFor(kind, muni)) {
          if (!langs.every((l) => supports(ref, l))) continue;
          list.push([{ kind, ref, langs, combo: combo(kind, ref), variants: [] }, factor * weight]);
        }
      }
      this.candidateLists.set(key, list);
    }
    // A numbered choice takes the first candidate it picks, so choose never shortens that list.
    if (numbered) return list;
    const free = list.filter(([c]) => !this.usedCombos.has(c.combo));
    this.candidateLists.set(key, free);
    return free.slice();
  }

  private choose(
    muni: MunicipalityDef,
    profile: readonly NameLang[],
    anyProfile: boolean,
    numbered = false,
  ): { kind: Kind; ref: PlaceRef; langs: readonly NameLang[]; names: LocalizedText } | undefined {
    const rng = this.rng;
    const candidates = this.candidates(muni, profile, anyProfile, numbered);
    while (candidates.length > 0) {
      const pick = rng.weighted(candidates);
      const primary = pick.langs[0] as NameLang;
      const variants = (pick.kind.text[primary] as KindText).name.length;
      const start = rng.int(0, variants - 1);
      for (let v = 0; v < variants; v++) {
        const variant = (start + v) % variants;
        const known = (pick.variants[variant] ??= {
          names: this.names(pick.kind, pick.ref, pick.langs, variant),
          next: 1,
        });
        const names = known.names;
        if (numbered) {
          let n = known.next;
          let numberedNames = n === 1 ? { ...names } : numberedName(names, n);
          while (Object.values(numberedNames).some((x) => this.usedNames.has(x))) {
            n++;
            numberedNames = numberedName(names, n);
          }
          known.next = n + 1;
          this.claim(numberedNames, pick.combo);
          return { kind: pick.kind, ref: pick.ref, langs: pick.langs, names: numberedNames };
        }
        if (!Object.values(names).some((x) => this.usedNames.has(x))) {
          this.claim(names, pick.combo);
          return { kind: pick.kind, ref: pick.ref, langs: pick.langs, names: { ...names } };
        }
      }
      candidates.splice(
        candidates.findIndex(([c]) => c === pick),
        1,
      );
    }
    return undefined;
  }

  private claim(names: LocalizedText, comboKey: string): void {
    for (const n of Object.values(names)) this.usedNames.add(n);
    this.usedCombos.add(comboKey);
  }

  private names(kind: Kind, ref: PlaceRef, langs: readonly NameLang[], variant: number): LocalizedText {
    const out: LocalizedText = {};
    for (const lang of langs) {
      const t = kind.text[lang] as KindText;
      out[lang] = withSuffix(render(nth(t.name, variant), nameCtx(ref, lang)), lang);
    }
    return out;
  }

  private domainFor(name: string, ref: PlaceRef): string {
    const slug = slugFor(name, ref);
    let n = this.nextDomain.get(slug) ?? 1;
    let domain = n === 1 ? slug : `${slug}${n}`;
    while (this.usedDomains.has(domain)) {
      n++;
      domain = `${slug}${n}`;
    }
    this.nextDomain.set(slug, n + 1);
    this.usedDomains.add(domain);
    return domain;
  }

  private assemble(kind: Kind, ref: PlaceRef, langs: readonly NameLang[], name: LocalizedText): Built {
    const rng = this.rng;
    const { muni, place } = ref;
    const primary = langs[0] as NameLang;
    const svFirst = primary === 'sv';
    const primaryName = name[primary] ?? '';

    const founded = rng.int(kind.founded[0], Math.min(kind.founded[1], 2024));
    const r = rng.next();
    const status = r < 0.035 ? 'inactive' : r < 0.05 ? 'dissolved' : 'active';

    // Schedule and venue shared by every language version.
    const startMin = rng.pick(START_TIMES[kind.hours ?? 'evening']);
    const schedule: Schedule = {
      day: rng.weighted([
        [0, 3],
        [1, 4],
        [2, 4],
        [3, 4],
        [4, 1],
        [5, 1],
        [6, 1],
      ] as const),
      startMin,
      endMin: startMin + rng.pick([60, 90, 120, 120, 180]),
    };
    const venue = rng.pick(kind.venues);
    const variants = { short: rng.int(0, 5), intro: rng.int(0, 5), activity: rng.int(0, 5) };
    const generic: Generic = {
      founded,
      members: rng.pick([15, 20, 25, 30, 40, 45, 60, 80, 100, 120, 150, 200, 250, 300, 400]),
      fee: rng.pick([10, 12, 15, 15, 20, 20, 25, 30, 35]),
      history: rng.int(0, 5),
      join: rng.int(0, 5),
      withFee: rng.chance(0.45),
      withHistory: rng.chance(0.65),
      together: rng.chance(0.5),
      extra: rng.weighted([
        [0, 14],
        [1, 4],
        [2, 2],
      ] as const),
      extraFrom: rng.int(0, 2),
    };

    const shortDescription: LocalizedText = {};
    const description: LocalizedText = {};
    for (const lang of langs) {
      const t = kind.text[lang] as KindText;
      const ctx = textCtx(ref, lang, schedule, venue);
      shortDescription[lang] = render(nth(t.short, variants.short), ctx);
      const paragraphs = [render(nth(t.intro, variants.intro), ctx)];
      if (t.activity) paragraphs.push(render(nth(t.activity, variants.activity), ctx));
      const noun = lang === 'sv' ? kind.noun.sv : lang === 'en' ? kind.noun.en : kind.noun.fi;
      paragraphs.push(...genericParagraphs(lang, { ...generic, noun }));
      // The Sámi and Ukrainian versions repeat the short text as their first paragraph.
      description[lang] = [...new Set(paragraphs)].join('\n\n');
    }

    // Working languages.
    const languages: string[] = [...langs];
    if (kind.extraLanguages) {
      const extra = kind.extraLanguages.filter((l) => !['smn', 'sms'].includes(l) || muni.code === '148');
      const n = kind.key === 'deaf' || kind.key === 'swedish-club' ? extra.length : rng.int(0, 2);
      for (const l of rng.sample(extra, n)) if (!languages.includes(l)) languages.push(l);
      if (kind.key === 'deaf' && langs.includes('sv')) languages.push('fss');
    }
    if (!languages.includes('sv') && ['272', '598'].includes(muni.code) && rng.chance(0.2)) languages.push('sv');
    if (!languages.includes('fi') && muni.code !== '564' && rng.chance(0.3)) languages.push('fi');

    // Contact details.
    const domain = this.domainFor(primaryName, ref);
    const hosted = rng.chance(0.15);
    const website = hosted ? `https://${domain}.yhdistystori.example/` : `https://${domain}.example/`;
    const mailDomain = hosted ? 'sahkoposti.example' : `${domain}.example`;
    const mailbox = hosted
      ? domain.replace(/-/g, '.')
      : svFirst
        ? rng.pick(['info', 'styrelsen', 'kansliet'])
        : rng.pick(['info', 'hallitus', 'sihteeri', 'toimisto']);
    const contact: Record<string, unknown> = {};
    if (rng.chance(0.85)) contact['email'] = `${mailbox}@${mailDomain}`;
    if (rng.chance(0.6)) contact['phone'] = mobile(rng);
    const hasWebsite = rng.chance(0.75);
    if (hasWebsite) contact['website'] = website;
    if (rng.chance(0.45)) {
      const services = kind.social ?? ['facebook', 'instagram'];
      const handle = domain.replace(/-/g, '');
      contact['social'] = rng.sample(services, rng.int(1, Math.min(2, services.length))).map((service) => ({
        service,
        url: socialUrl(service, handle),
      }));
    }

    const personStyle: PersonStyle =
      kind.roles === 'sami' ? 'sami' : kind.forceLangs && langs.includes('en') ? 'intl' : svFirst ? 'sv' : 'fi';
    const contactPersons = this.persons(kind, personStyle, mailDomain);

    // Place.
    const post = place.post;
    const streets = place.streets ?? (place === muni ? muni.streets : undefined);
    let address: Record<string, string> | undefined;
    if (post && streets && streets.length > 0 && rng.chance(0.82)) {
      const street = rng.pick(streets);
      const streetName = (svFirst ? (street.sv ?? street.fi) : (street.fi ?? street.sv)) ?? '';
      const number = `${rng.int(1, 60)}${rng.chance(0.15) ? ` ${rng.pick(['A', 'B', 'C'])}` : ''}`;
      address = {
        street: `${streetName} ${number}`,
        postalCode: post.code,
        postOffice: svFirst ? (post.sv ?? post.fi) : post.fi,
      };
    }
    const spread = place.size === 'municipality' ? 1 : 0.4;
    const geo = rng.chance(0.9)
      ? {
          lat: round5(place.geo[0] + (rng.next() - 0.5) * 0.024 * spread),
          lon: round5(place.geo[1] + (rng.next() - 0.5) * 0.05 * spread),
        }
      : undefined;
    const accessibility =
      address && rng.chance(kind.accessibility ? 0.8 : 0.4)
        ? rng.sample(kind.accessibility ?? ['wheelchair', 'accessible-toilet', 'induction-loop'], rng.int(1, 3))
        : undefined;
    const areaServed =
      rng.chance(kind.scope === 'region' ? 0.5 : 0.15) && muni.neighbours.length > 0
        ? rng.sample(muni.neighbours, rng.int(1, Math.min(3, muni.neighbours.length))).map((code) => ({ code }))
        : undefined;

    // Membership and logo.
    const joinPath = svFirst ? 'bli-medlem' : primary === 'en' ? 'join' : 'liity';
    const membership = rng.chance(0.55)
      ? {
          openToNewMembers: rng.chance(0.9),
          ...(hasWebsite && rng.chance(0.6) ? { joinUrl: `${website}${joinPath}` } : {}),
        }
      : undefined;
    const logoAlt: LocalizedText = {};
    for (const lang of langs) logoAlt[lang] = LOGO_ALT[lang];
    const logo = rng.chance(0.08)
      ? { url: `https://${domain}.example/${rng.pick(['logo.png', 'logo.svg', 'kuvat/logo.png'])}`, alt: logoAlt }
      : undefined;

    // Dates on the service: created 2019–2026, updated since (some long ago).
    const createdMs = randomInstant(rng, Date.UTC(2019, 0, 7), Date.UTC(2026, 6, 1));
    const endMs = Date.UTC(2026, 10, 19, 12);
    const stale = rng.chance(0.1);
    const updatedFrom = createdMs + DAY;
    const updatedTo = stale ? Math.min(endMs, createdMs + 120 * DAY) : endMs;
    let updatedMs = randomInstant(rng, updatedFrom, Math.max(updatedFrom + DAY, updatedTo));
    if (updatedMs <= createdMs) updatedMs = createdMs + 3_600_000;

    // `id` and `url` are filled in by number(), in order of creation.
    const item: Record<string, unknown> = { type: 'association', id: '' };
    if (rng.chance(0.92)) item['registryNumber'] = registryNumber(rng, founded);
    if (status !== 'active' || rng.chance(0.7)) item['status'] = status;
    item['name'] = name;
    if (rng.chance(0.94)) item['shortDescription'] = shortDescription;
    if (rng.chance(0.88)) item['description'] = description;
    item['categories'] = [...kind.categories];
    if (kind.themes && kind.themes.length > 0) item['themes'] = [...kind.themes];
    item['targetGroups'] = [...kind.targetGroups];
    item['languages'] = languages;
    item['municipality'] = { code: muni.code, name: { ...muni.names } };
    if (areaServed) item['areaServed'] = areaServed;
    if (address) item['address'] = address;
    if (geo) item['geo'] = geo;
    if (accessibility) item['accessibility'] = accessibility;
    if (Object.keys(contact).length > 0) item['contact'] = contact;
    if (contactPersons.length > 0) item['contactPersons'] = contactPersons;
    if (membership) item['membership'] = membership;
    if (logo) item['logo'] = logo;
    const pagePrefix = svFirst
      ? `${SOURCE_URL}sv/foreningar/`
      : primary === 'en'
        ? `${SOURCE_URL}en/associations/`
        : `${SOURCE_URL}yhdistykset/`;
    item['url'] = pagePrefix;
    item['createdAt'] = isoLocal(createdMs);
    item['updatedAt'] = isoLocal(updatedMs);

    return { id: '', createdMs, pagePrefix, kind, ref, langs, venue, status, name, item };
  }

  private persons(kind: Kind, style: PersonStyle, mailDomain: string): Record<string, unknown>[] {
    const rng = this.rng;
    const count = rng.weighted([
      [0, 20],
      [1, 35],
      [2, 25],
      [3, 20],
    ] as const);
    const third =
      kind.roles === 'sports'
        ? ROLES.coach
        : kind.roles === 'choir'
          ? ROLES.conductor
          : kind.roles === 'fire'
            ? ROLES.chief
            : ROLES.treasurer;
    const roles = [
      ROLES.chair,
      rng.chance(0.8) ? ROLES.secretary : ROLES.vice,
      rng.chance(0.5) ? third : ROLES.treasurer,
    ];
    const out: Record<string, unknown>[] = [];
    for (const role of roles.slice(0, count)) {
      const roleText: LocalizedText = { ...role };
      if (style === 'sami' && role === ROLES.chair) roleText['se'] = 'Ságadoalli';
      const [first, last] = personName(rng, style);
      const email = `${ascii(first).replace(/ /g, '')}.${ascii(last).replace(/ /g, '')}@${mailDomain}`;
      const r = rng.next();
      if (r < 0.45) {
        // Published with the person's consent.
        const person: Record<string, unknown> = { role: roleText, name: `${first} ${last}`, consent: true, email };
        if (rng.chance(0.7)) person['phone'] = mobile(rng);
        out.push(person);
      } else if (r < 0.75) {
        // Personal data without consent: a widget must not show it.
        const person: Record<string, unknown> = { role: roleText, name: `${first} ${last}` };
        if (rng.chance(0.5)) person['consent'] = false;
        if (rng.chance(0.5)) person['phone'] = mobile(rng);
        out.push(person);
      } else {
        // Role-based only, e.g. a shared mailbox.
        const box = role === ROLES.chair ? 'pj' : role === ROLES.secretary ? 'sihteeri' : 'hallitus';
        out.push({ role: roleText, email: `${box}@${mailDomain}` });
      }
    }
    return out;
  }
}
