// The configurator: choices → live preview and copy-ready snippets. The lists of
// municipalities, categories and target groups come from the chosen feed itself.
import '../src/kumppani-all.js';
import { sharedFeed } from '../src/feed/index.js';
import type { FeedData, LocalizedText } from '../src/feed/types.js';
import { pickText } from '../src/i18n/locales.js';
import { municipalityNames } from '../src/listing/scope.js';
import { allMunicipalities } from '../src/municipalities/index.js';
import {
  accentCss,
  contrastRatio,
  DEFAULT_ACCENT,
  divSnippet,
  elementSnippet,
  fills,
  iframeSnippet,
  shortcodeSnippet,
  takesCategories,
  takesTargetGroups,
  type Choices,
} from './configure-snippets.js';

const CDN = 'https://cdn.example/kumppani/0.1.0/';
const form = document.querySelector<HTMLFormElement>('#choices')!;
const field = <T extends Element>(selector: string): T => document.querySelector<T>(selector)!;
let integrity: Record<string, string> = {};
let loadedFeed = '';

/** A named list of checkboxes, names first and codes beside them. */
function fillChecks(
  fieldset: HTMLFieldSetElement,
  name: string,
  entries: Array<[string, LocalizedText | undefined]>,
): void {
  const chosen = new Set(checked(name));
  fieldset.querySelectorAll('label').forEach((label) => label.remove());
  const named = entries
    .map(([code, text]) => ({ code, label: pickText(text, 'en')?.text ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fi'));
  for (const { code, label } of named) {
    const wrapper = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = code;
    box.checked = chosen.has(code);
    wrapper.append(box, ` ${label}`);
    if (label !== code) {
      const codeText = document.createElement('span');
      codeText.className = 'code';
      codeText.textContent = ` (${code})`;
      wrapper.append(codeText);
    }
    fieldset.append(wrapper);
  }
}

function checked(name: string): string[] {
  return Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`), (box) => box.value);
}

/** A source choice is `format|address`; a plain address is a kumppani feed. */
function feedChoice(): { format: Choices['format']; address: string } {
  const [format, address] = field<HTMLSelectElement>('#feed-choice').value.split('|') as [string, string | undefined];
  return address === undefined ? { format: '', address: format } : { format: format as Choices['format'], address };
}

function feedAddress(): string {
  const choice = feedChoice().address;
  const url = choice === 'other' ? field<HTMLInputElement>('#feed-url').value.trim() : choice;
  // The snippets need the feed's full address; the demo feed is on this server.
  return url ? new URL(url, location.href).href : '';
}

async function loadLists(feed: string): Promise<void> {
  // A real API is asked per query: its lists come from the municipality table, not from a download.
  if (!feed || feed === loadedFeed || feedChoice().format) return;
  loadedFeed = feed;
  const status = field<HTMLParagraphElement>('#feed-status');
  status.textContent = 'Loading the feed…';
  let data: FeedData;
  try {
    data = await sharedFeed(feed);
  } catch (error) {
    status.textContent = `The feed could not be read: ${(error as Error).message}`;
    return;
  }
  if (feed !== loadedFeed) return;
  status.textContent = `${data.associations.length} associations in the feed.`;
  delete field<HTMLFieldSetElement>('#municipalities').dataset['source'];
  fillChecks(field('#municipalities'), 'municipality', [...municipalityNames(data.associations)]);
  fillChecks(field('#categories'), 'category', [...data.taxonomy.categories]);
  fillChecks(field('#target-groups'), 'target-group', [...data.taxonomy.targetGroups]);
  const association = field<HTMLSelectElement>('#association');
  association.replaceChildren(
    ...data.associations.slice(0, 200).map((item) => new Option(pickText(item.name, 'fi')?.text ?? item.id, item.id)),
  );
  update();
}

function choices(): Choices {
  const data = new FormData(form);
  return {
    type: (data.get('type') as Choices['type']) ?? 'directory',
    feed: feedAddress(),
    format: feedChoice().format,
    municipality: checked('municipality'),
    category: checked('category'),
    targetGroup: checked('target-group'),
    lang: (data.get('lang') as Choices['lang']) ?? '',
    theme: String(data.get('theme') ?? ''),
    accent: String(data.get('accent') ?? DEFAULT_ACCENT),
    association: field<HTMLSelectElement>('#association').value,
  };
}

function snippet(title: string, text: string): HTMLElement {
  const section = document.createElement('section');
  const heading = document.createElement('h3');
  heading.textContent = title;
  const code = document.createElement('pre');
  code.tabIndex = 0;
  code.textContent = text;
  code.setAttribute('aria-label', title);
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = `Copy: ${title}`;
  copy.addEventListener('click', () => void navigator.clipboard?.writeText(text));
  section.append(heading, code, copy);
  return section;
}

/** Offers only the widgets the chosen source can fill; a widget it cannot gives way to the first it can. */
function fitTypesToSource(): void {
  const format = feedChoice().format;
  const radios = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="type"]'));
  for (const radio of radios) radio.disabled = !fills(format, radio.value as Choices['type']);
  const chosen = radios.find((radio) => radio.checked);
  if (chosen?.disabled) radios.find((radio) => !radio.disabled)!.checked = true;
}

function update(): void {
  fitTypesToSource();
  const current = choices();
  field<HTMLFieldSetElement>('#association-group').hidden = current.type !== 'card';
  field<HTMLFieldSetElement>('#categories').hidden = !takesCategories(current.type);
  field<HTMLFieldSetElement>('#target-groups').hidden = !takesTargetGroups(current.type);
  field<HTMLInputElement>('#feed-url').disabled = feedChoice().address !== 'other';
  if (current.format) showSourceMunicipalities();

  const ratio = contrastRatio(current.accent, '#ffffff');
  field('#accent-status').textContent =
    ratio < 4.5
      ? `Warning: this accent has a contrast of ${ratio.toFixed(2)}:1 against white; text needs at least 4.5:1.`
      : `Contrast against white ${ratio.toFixed(2)}:1.`;

  // The preview is the element with exactly the snippet's attributes.
  const preview = field<HTMLDivElement>('#preview');
  const parsed = new DOMParser().parseFromString(elementSnippet(current, CDN, integrity), 'text/html');
  const element = parsed.querySelector(`kumppani-${current.type}`)!;
  const fresh = document.createElement(element.localName);
  for (const name of element.getAttributeNames()) fresh.setAttribute(name, element.getAttribute(name)!);
  fresh.style.setProperty('--kumppani-color-accent', current.accent);
  preview.replaceChildren(fresh);

  const css = accentCss(current);
  const title = `${current.type} – kumppani`;
  field('#snippets').replaceChildren(
    snippet('Script and element', elementSnippet(current, CDN, integrity) + (css ? `\n<style>${css}</style>` : '')),
    snippet('Mount point for filtered CMSs (script loaded by the site)', divSnippet(current)),
    snippet('Iframe', iframeSnippet(current, CDN, integrity, title)),
    snippet('WordPress shortcode', shortcodeSnippet(current)),
  );
  void loadLists(current.feed);
}

/** For a real API: the municipalities it can be asked about, by name, from the national table. */
function showSourceMunicipalities(): void {
  const fieldset = field<HTMLFieldSetElement>('#municipalities');
  if (fieldset.dataset['source'] === 'table') return;
  fieldset.dataset['source'] = 'table';
  loadedFeed = '';
  fillChecks(
    fieldset,
    'municipality',
    allMunicipalities().map((place) => [place.code, { fi: place.fi, sv: place.sv }]),
  );
  fillChecks(field('#categories'), 'category', []);
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());

// A feed given in the address (?feed=…) is offered as "another feed".
const given = new URLSearchParams(location.search).get('feed');
if (given) {
  field<HTMLSelectElement>('#feed-choice').value = 'other';
  field<HTMLInputElement>('#feed-url').value = given;
}
fetch(new URL('./integrity.json', location.href))
  .then((response) => (response.ok ? response.json() : {}))
  .then((hashes: Record<string, string>) => {
    integrity = hashes;
    update();
  })
  .catch(() => update());
update();
