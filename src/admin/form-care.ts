/**
 * Small cares of the form that Sveltia leaves out:
 * - a new list entry ("Foto hinzufügen") is scrolled into view and its first
 *   field gets the keyboard focus;
 * - leaving a form with unsaved changes ("Bearbeitung abbrechen", closing the
 *   tab) asks first;
 * - the form's fields under group headings (Steckbrief, Ansprechperson, Text,
 *   Fotos, Für Suchmaschinen): `field_group` in config.yml marks each group's first field.
 */
import { FIELD_GROUP } from '../lib/cms-config.ts';
const CANCEL = 'Bearbeitung abbrechen';
export const LEAVE_QUESTION = 'Sie haben Änderungen, die noch nicht gespeichert sind. Wirklich verlassen? Die Änderungen gehen dann verloren.';

/** The form's fields (not their copies in the preview). */
const fieldsIn = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('section.field[data-key-path]')];

/** The first thing to type into or press in a field, leaving out its header's buttons (field options). */
function focusable(section: HTMLElement): HTMLElement | undefined {
  return [...section.querySelectorAll<HTMLElement>('input:not([type=file]):not([type=hidden]), textarea, [contenteditable=true], button:not([disabled]), [tabindex="0"]')]
    .find((el) => !el.closest('header'));
}

/** After "… hinzufügen" in a list: the new entry into view, its first field focused. */
function focusNewListItems(): void {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest('button');
    if (!button || !/hinzufügen$/.test(button.textContent?.trim() ?? '')) return;
    const list = button.closest<HTMLElement>('section.field[data-field-type="list"]');
    if (!list) return;
    const before = new Set(fieldsIn(list).map((s) => s.dataset.keyPath));
    const observer = new MutationObserver(() => {
      const added = fieldsIn(list).find((s) => !before.has(s.dataset.keyPath));
      if (!added) return;
      observer.disconnect();
      const target = focusable(added);
      if (!target) return;
      added.scrollIntoView({ block: 'center' });
      target.focus();
      // Sveltia moves the focus to the new entry's header a moment later: bring it back,
      // for a second at most, and never once she has pressed a key or the mouse.
      let tries = 0;
      const stop = () => clearInterval(timer);
      const timer = setInterval(() => {
        const active = document.activeElement;
        if (active && active !== target && list.contains(active) && !added.contains(active)) {
          added.scrollIntoView({ block: 'center' });
          target.focus();
        }
        if (++tries >= 10) stop();
      }, 100);
      document.addEventListener('keydown', stop, { once: true, capture: true });
      document.addEventListener('mousedown', stop, { once: true, capture: true });
    });
    observer.observe(list, { childList: true, subtree: true });
    setTimeout(() => observer.disconnect(), 5000);
  }, true);
}

let dirty = false;

/** Unsaved changes: typed into the form since it was opened or last saved. */
function trackChanges(): void {
  for (const type of ['input', 'change']) {
    document.addEventListener(type, (event) => {
      if ((event.target as Element | null)?.closest?.('section.field[data-key-path]')) dirty = true;
    }, true);
  }
  // Another entry or list opened: a fresh start.
  window.addEventListener('hashchange', () => (dirty = false));
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest('button');
    if (!dirty || button?.getAttribute('aria-label') !== CANCEL) return;
    if (window.confirm(LEAVE_QUESTION)) {
      dirty = false;
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
  }, true);
}

/** A save went through: nothing unsaved any more. */
export function markSaved(): void {
  dirty = false;
}

type Config = { collections?: { fields?: Record<string, unknown>[]; files?: { fields?: Record<string, unknown>[] }[] }[] };

/** Headings above the first field of each group, as the form draws its fields. */
function fieldGroups(config: Config): void {
  const titles = new Map<string, string>();
  for (const c of config.collections ?? []) {
    for (const f of [...(c.fields ?? []), ...(c.files ?? []).flatMap((file) => file.fields ?? [])]) {
      if (typeof f[FIELD_GROUP] === 'string') titles.set(String(f.name), f[FIELD_GROUP] as string);
    }
  }
  const place = () => {
    for (const [key, title] of titles) {
      for (const field of document.querySelectorAll<HTMLElement>(`section.field[data-key-path="${CSS.escape(key)}"]`)) {
        const before = field.previousElementSibling;
        if (before?.classList.contains('feldgruppe')) continue;
        const heading = document.createElement('h3');
        heading.className = 'feldgruppe';
        heading.textContent = title;
        field.before(heading);
      }
    }
  };
  const style = document.createElement('style');
  style.textContent = '.feldgruppe { margin: 32px 0 8px; padding-block-end: 4px; border-block-end: 2px solid currentColor; font-size: 1.15em; }';
  document.head.append(style);
  new MutationObserver(place).observe(document.body, { childList: true, subtree: true });
}

export function registerFormCare(config: Config): void {
  focusNewListItems();
  trackChanges();
  fieldGroups(config);
}
