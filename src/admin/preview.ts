/**
 * The editor's preview pane shows an entry as its page will look, from the
 * form's current values (before saving): the site's own tokens and base
 * styles, the fact box, the text, the photos with their credits and the
 * contact, laid out as on the site. Values the check would refuse are shown
 * as typed, so the preview never shows a number she did not write.
 * Sveltia renders custom preview templates with React (`window.h`).
 */
import CMS from '@sveltia/cms';
import tokens from '../styles/tokens.css?raw';
import base from '../styles/global.css?raw';
import { t } from '../i18n/index.ts';
import { countryName, formatKm, formatNumber } from '../lib/format.ts';
import { formatDateLong, formatLong, parsePartialDate } from '../lib/dates.ts';
import { LANGUAGE } from '../i18n/languages.ts';
import { overlay, translationStatus, translationView, type EditorConfig, type Normalise } from './translation.ts';

type Node = unknown;
type H = (type: string, props?: Record<string, unknown> | null, ...children: Node[]) => Node;
type Props = {
  entry: { getIn(path: string[]): unknown; get(key: string): unknown };
  widgetFor(name: string): Node;
  getAsset(path: string): { url: string } | undefined;
};

const h: H = (...args) => (window as unknown as { h: H }).h(...args);

/** Plain values of the form (Immutable structures become plain objects). */
function data(props: Props): Record<string, any> {
  const d = props.entry.getIn(['data']) as { toJS?: () => Record<string, any> } | undefined;
  return d?.toJS?.() ?? {};
}

/** Shown after a value the check will refuse, so the preview never looks right when the value is not. */
const REFUSED = ' (so nicht möglich, siehe Formular)';

/** "59500" → "59.500"; anything that is not a whole number stays as typed, marked. */
function number(value: unknown): string {
  const s = String(value ?? '').trim();
  if (!s) return '';
  return /^\d+$/.test(s) ? formatNumber(Number(s)) : `${s}${REFUSED}`;
}

/** "2026-10" → "Oktober 2026" (with the season: "Frühjahr 1959"); anything else as typed. */
function date(value: unknown, season?: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  const r = parsePartialDate(value instanceof Date ? value : String(value), (season || undefined) as never);
  return 'error' in r ? `${String(value)}${REFUSED}` : formatLong(r);
}

function figures(props: Props, photos: any[] | undefined): Node[] {
  return (photos ?? []).filter((b) => b?.datei).map((b) =>
    h('figure', { className: 'figure' },
      h('img', { src: props.getAsset(b.datei)?.url ?? b.datei, alt: b.alt ?? '' }),
      h('figcaption', null, b.bildunterschrift ?? '', ' ', h('span', { className: 'credit' }, t('figure.credit', { credit: b.bildnachweis ?? '' })))));
}

function CityPreview(props: Props): Node {
  const d = data(props);
  const stand = date(d.stand?.datum, d.stand?.jahreszeit);
  const population = `${d.einwohner?.ca ? 'ca. ' : ''}${number(d.einwohner?.zahl)}${d.einwohner?.zusatz ? ` (${d.einwohner.zusatz})` : ''}`;
  const fact = (term: string, value: Node) => h('div', null, h('dt', null, term), ' ', h('dd', null, value));
  return h('main', { className: 'wrap' },
    h('h1', null, d.name ?? ''),
    d.eigenname?.name ? h('p', { lang: d.eigenname.sprache }, d.eigenname.name) : null,
    h('div', { className: 'layout' },
      h('aside', { className: 'facts' },
        h('h2', null, t('city.factsHeading')),
        h('dl', null,
          fact(t('city.country'), countryName(String(d.land ?? '').toUpperCase()) ?? d.land ?? ''),
          fact(t('city.location'), (d.lage ?? []).join(', ')),
          fact(t('city.population'), population),
          fact(t('city.distance'), /^\d+$/.test(String(d.entfernungKm ?? '')) ? formatKm(Number(d.entfernungKm)) : number(d.entfernungKm)),
          fact(d.buergermeister?.amt ?? 'Bürgermeister', d.buergermeister?.name ?? ''),
          fact(t('city.partnerSince'), date(d.partnerschaftSeit?.datum, d.partnerschaftSeit?.jahreszeit))),
        stand ? h('p', { className: 'as-of' }, t('city.asOf', { date: stand })) : null),
      h('div', { className: 'prose text-area' }, props.widgetFor('body'), ...figures(props, d.bilder)),
      h('section', { className: 'contact' },
        h('h2', null, t('city.contactHeading')),
        h('p', null, `${d.kontakt?.bezeichnung ?? ''}: `, h('strong', null, d.kontakt?.name ?? '')),
        h('dl', null, fact(`${t('city.phone')}:`, d.kontakt?.telefon ?? ''), fact(`${t('city.email')}:`, d.kontakt?.email ?? '')))));
}

function NewsPreview(props: Props): Node {
  const d = data(props);
  const when = d.datum instanceof Date ? formatDateLong(d.datum) : date(d.datum);
  return h('main', { className: 'wrap' },
    h('article', { className: 'prose' },
      h('h1', null, d.titel ?? ''),
      h('p', { className: 'meta' }, `${t('news.publishedBy', { publisher: d.herausgeber ?? '' })} ${when}`),
      props.widgetFor('body'),
      ...figures(props, d.bilder),
      h('footer', { className: 'meta' }, h('p', null, `${t('news.source')}: ${d.quelle?.name ?? ''}`))));
}

/** What the components' scoped styles do on the site, for the preview's plain markup. */
const COMPONENTS = `
body { padding-block: var(--space-5); }
.layout { display: grid; gap: var(--space-5); }
@media (min-width: 50rem) { .layout { grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); } .facts { grid-column: 2; grid-row: 1; } .text-area { grid-column: 1; grid-row: 1 / span 2; } .contact { grid-column: 2; } }
.facts { background: var(--c-surface); border-inline-start: 4px solid var(--c-brand); padding: var(--space-4) var(--space-5); border-radius: var(--radius); }
.facts h2, .contact h2 { font-size: var(--step-1); margin-block-end: var(--space-3); }
.facts dl > div + div { margin-block-start: var(--space-3); }
dt { font-weight: 700; }
.as-of, .meta { font-size: var(--step--1); color: var(--c-muted); margin-block-start: var(--space-4); }
.contact { border: 1px solid var(--c-border); border-radius: var(--radius); padding: var(--space-4) var(--space-5); }
.contact dl > div { display: flex; flex-wrap: wrap; gap: var(--space-2); }
.figure { max-inline-size: var(--measure); margin-block: var(--space-5); }
.figure img { border-radius: var(--radius); }
figcaption { margin-block-start: var(--space-2); font-size: var(--step--1); color: var(--c-muted); }
.credit { display: block; }
`;

/**
 * A translation's preview: the page in its language, the facts from the German
 * entry (a translation has none), and at the top, when the German page changed
 * since, the same warning as in the form.
 */
function translated(config: EditorConfig, normalise: Normalise, collection: string, Template: (props: Props) => Node) {
  return (props: Props): Node => {
    const view = translationView(config, props.entry as never, collection);
    if (!view) return Template(props);
    const merged = overlay(view.german, view.own);
    const entry = {
      get: (key: string) => props.entry.get(key),
      getIn: (path: string[]) => (path.length === 1 && path[0] === 'data' ? { toJS: () => merged } : props.entry.getIn(path)),
    };
    const status = translationStatus(config, view, normalise);
    return h('div', { lang: LANGUAGE[view.lang].tag },
      status.stale ? h('p', { className: 'translation-stale', role: 'status', lang: 'de' }, status.text) : null,
      Template({ ...props, entry }));
  };
}

const TRANSLATION_STYLE = `
.translation-stale { max-inline-size: var(--measure); margin: 0 auto var(--space-4); padding: var(--space-3) var(--space-4); border-inline-start: 4px solid #b25e00; background: color-mix(in srgb, #b25e00 12%, transparent); }
`;

export function registerPreviews(config: EditorConfig, normalise: Normalise): void {
  CMS.registerPreviewStyle(`${tokens}\n${base}\n${COMPONENTS}\n${TRANSLATION_STYLE}`, { raw: true });
  CMS.registerPreviewTemplate('staedte', translated(config, normalise, 'staedte', CityPreview) as never);
  CMS.registerPreviewTemplate('aktuelles', translated(config, normalise, 'aktuelles', NewsPreview) as never);
}
