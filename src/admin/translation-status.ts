/**
 * The translation's status at the top of its form (the `uebersetzung` field,
 * a field type of its own): new, up to date, or behind its German entry, with
 * a button to mark it as checked; and the style that hides Sveltia's
 * machine-translation buttons. See ./translation.ts.
 */
import CMS from '@sveltia/cms';
import { TRANSLATION_FIELD, TRANSLATION_WIDGET } from '../lib/cms-config.ts';
import { DEFAULT_LANG } from '../i18n/languages.ts';
import { machineTranslationSelectors, translationStatus, translationView, type EditorConfig, type EntryMap, type Meta, type Normalise } from './translation.ts';

type Node = unknown;
type H = (type: string, props?: Record<string, unknown> | null, ...children: Node[]) => Node;
const h: H = (...a) => (window as unknown as { h: H }).h(...a);
const plain = (v: unknown): unknown => (v && typeof (v as { toJS?: unknown }).toJS === 'function' ? (v as { toJS: () => unknown }).toJS() : v);

const STATUS = 'uebersetzung-stand';
const STYLE = `
.${STATUS} { padding: 12px 16px; border-inline-start: 4px solid #1a73e8; background: color-mix(in srgb, #1a73e8 8%, transparent); font-size: var(--sui-font-size-default, 14px); }
.${STATUS}[data-veraltet] { border-color: #b25e00; background: color-mix(in srgb, #b25e00 12%, transparent); }
.${STATUS} p { margin: 0; }
.${STATUS} button { font: inherit; margin-block-start: 8px; padding: 4px 12px; border: 1px solid currentColor; border-radius: 4px; background: transparent; color: inherit; cursor: pointer; }
.${STATUS} button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
/* The German entry has no translation status. */
.pane[data-locale="${DEFAULT_LANG}"] section.field[data-key-path="${TRANSLATION_FIELD}"] { display: none; }
`;

function addStyles(): void {
  const style = document.createElement('style');
  style.id = `${STATUS}-stil`;
  style.textContent = `${STYLE}\n${machineTranslationSelectors().join(',\n')} { display: none !important; }`;
  document.head.append(style);
}

/**
 * Sveltia gives every custom field a hidden file picker (for `addFile`); this
 * field takes no files, and a photo field's picker must be the form's only one.
 */
function withoutFilePicker(el: Element | null): void {
  el?.closest('section.field')?.querySelectorAll(':scope input[type=file]').forEach((input) => input.remove());
}

/** The `uebersetzung` field: the translation's status at the top of its form. Writes nothing but "geprüft". */
function statusControl(config: EditorConfig, normalise: Normalise) {
  return function TranslationStatus(props: { value: unknown; entry?: EntryMap; onChange: (v: unknown) => void }): Node {
    const view = translationView(config, props.entry);
    // The German entry: nothing to show (the field is hidden there).
    if (!view) return h('span', { ref: withoutFilePicker, hidden: true });
    const own = { ...view.own, [TRANSLATION_FIELD]: plain(props.value) };
    const status = translationStatus(config, { ...view, own }, normalise);
    const meta = (plain(props.value) ?? {}) as Meta;
    return h('div', { ref: withoutFilePicker, className: STATUS, role: 'status', ...(status.stale ? { 'data-veraltet': '' } : {}) },
      h('p', null, status.text),
      status.changed && !meta.geprueft
        ? h('button', { type: 'button', onClick: () => props.onChange({ ...meta, geprueft: true }) }, 'Übersetzung ist geprüft und passt')
        : null,
      meta.geprueft ? h('p', null, 'Wird beim Speichern als geprüft vermerkt.') : null);
  };
}

export function registerTranslations(config: EditorConfig, normalise: Normalise): void {
  addStyles();
  CMS.registerFieldType(TRANSLATION_WIDGET, statusControl(config, normalise) as never, (() => null) as never);
}

