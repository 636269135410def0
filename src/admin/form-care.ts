/**
 * Small cares of the form that Sveltia leaves out:
 * - a new list entry ("Foto hinzufügen") is scrolled into view and its first
 *   field gets the keyboard focus;
 * - leaving a form with unsaved changes ("Bearbeitung abbrechen", closing the
 *   tab) asks first.
 */
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
      // After Sveltia's own focus on the entry's header (it lands there a moment later).
      setTimeout(() => {
        added.scrollIntoView({ block: 'center' });
        focusable(added)?.focus();
      }, 150);
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

export function registerFormCare(): void {
  focusNewListItems();
  trackChanges();
}
