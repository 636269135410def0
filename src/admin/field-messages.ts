/**
 * The content check's messages beside their fields: each problem of a
 * rejected save is shown under the field it is about (Sveltia marks fields by
 * `data-key-path`), in plain German, with the suggested value as a button that
 * puts it into the field. The form scrolls to the first one. File and line
 * are folded away in a detail for IT.
 */
import type { Problem } from './check.ts';

const CLASS = 'pruefung-meldung';
let observer: MutationObserver | undefined;

const STYLE = `
.${CLASS} { margin: 4px 0 8px; padding: 8px 12px; border-inline-start: 4px solid #d0021b; background: color-mix(in srgb, #d0021b 8%, transparent); font-size: var(--sui-font-size-default, 14px); }
.${CLASS} p { margin: 0 0 4px; }
.${CLASS} button { font: inherit; margin: 4px 0; padding: 4px 12px; border: 1px solid currentColor; border-radius: 4px; background: transparent; color: inherit; cursor: pointer; }
.${CLASS} button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.${CLASS} details { font-size: 0.9em; opacity: 0.9; }
`;

function ensureStyle(): void {
  if (document.getElementById(`${CLASS}-stil`)) return;
  const style = document.createElement('style');
  style.id = `${CLASS}-stil`;
  style.textContent = STYLE;
  document.head.append(style);
}

/** A field of the form (not its copy in the preview pane, which has the same key path). */
const byKey = (key: string) => document.querySelector<HTMLElement>(`section.field[data-key-path="${CSS.escape(key)}"]`);

/** The text box of a field's section (its own, not one of a nested field). */
function inputOf(section: HTMLElement): HTMLInputElement | HTMLTextAreaElement | undefined {
  return [...section.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type=checkbox]):not([type=file]), textarea, [contenteditable=true]')]
    .find((el) => el.closest('section.field[data-key-path]') === section);
}

/** Types `value` into the field as a person would, so the form takes it. */
function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function messageBox(p: Problem, section: HTMLElement, index: number): HTMLElement {
  const box = document.createElement('div');
  box.className = CLASS;
  box.id = `${CLASS}-${index}`;
  const text = document.createElement('p');
  text.textContent = p.message;
  box.append(text);
  const input = inputOf(section);
  if (p.suggestion !== undefined && input) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Übernehmen: ${p.suggestion}`;
    button.addEventListener('click', () => {
      typeInto(input, p.suggestion!);
      input.removeAttribute('aria-invalid');
      box.remove();
      input.focus();
    });
    box.append(button);
  }
  const it = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Angaben für die IT';
  it.append(summary, `${p.file}${p.line ? `, Zeile ${p.line}` : ''}${p.key ? `, Feld ${p.key}` : ''}`);
  box.append(it);
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), box.id].filter(Boolean).join(' '));
  }
  return box;
}

function attach(p: Problem, section: HTMLElement, index: number): void {
  const box = messageBox(p, section, index);
  const header = section.querySelector(':scope > header');
  if (header) header.after(box);
  else section.prepend(box);
}

/** The key of a problem's field in the form: the check's key path, or "body" for the text. */
const keyOf = (p: Problem) => p.key ?? (p.field === 'Text' ? 'body' : undefined);

/** Removes the messages of an earlier save. */
export function clearFieldMessages(): void {
  observer?.disconnect();
  for (const el of document.querySelectorAll(`.${CLASS}`)) el.remove();
  for (const el of document.querySelectorAll('[aria-invalid="true"][aria-describedby*="pruefung-meldung"]')) el.removeAttribute('aria-invalid');
}

/**
 * Shows each problem at its field and scrolls to the first. Fields the form
 * has not drawn yet (it draws them as they scroll into view) get their
 * message when they appear. Returns the problems that belong to no field.
 */
export function showAtFields(problems: Problem[]): Problem[] {
  ensureStyle();
  clearFieldMessages();
  const pending = new Map<string, { p: Problem; index: number }[]>();
  const loose: Problem[] = [];
  problems.forEach((p, index) => {
    const key = keyOf(p);
    if (!key) return void loose.push(p);
    pending.set(key, [...(pending.get(key) ?? []), { p, index }]);
  });
  const place = (): void => {
    for (const [key, list] of pending) {
      const section = byKey(key);
      if (!section) continue;
      for (const { p, index } of list) attach(p, section, index);
      pending.delete(key);
    }
    if (!pending.size) observer?.disconnect();
  };
  place();
  if (pending.size) {
    observer = new MutationObserver(place);
    observer.observe(document.body, { childList: true, subtree: true });
  }
  // Scroll to the first problem's field, or the nearest enclosing group the form has drawn.
  const first = [...problems].filter(keyOf).sort((a, b) => (a.line ?? 0) - (b.line ?? 0))[0];
  if (first) {
    const parts = keyOf(first)!.split('.');
    for (let n = parts.length; n > 0; n--) {
      const section = byKey(parts.slice(0, n).join('.'));
      if (section) {
        section.scrollIntoView({ block: 'center' });
        break;
      }
    }
  }
  return loose;
}

/** Once the error dialog is closed: focus the first marked field, so a keyboard or screen-reader user lands there. */
export function focusFirstMessage(): void {
  const box = document.querySelector<HTMLElement>(`.${CLASS}`);
  const section = box?.closest<HTMLElement>('section.field[data-key-path]');
  if (!box || !section) return;
  section.scrollIntoView({ block: 'center' });
  (inputOf(section) ?? box.querySelector('button'))?.focus();
}
