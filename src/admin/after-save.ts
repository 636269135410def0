/**
 * What happens after a save, in plain German, where she is looking: a save is
 * a proposal; someone reviews and accepts it; the site is then rebuilt and the
 * change is online. Shown in a status box (read out by screen readers) until
 * she closes it or saves again.
 */
const ID = 'nach-dem-speichern';

export const AFTER_SAVE_TEXT =
  'Gespeichert – als Vorschlag. Online ist die Änderung noch nicht: Jemand aus der Redaktion prüft den Vorschlag und gibt ihn frei. ' +
  'Danach wird die Website neu gebaut; wenige Minuten später steht die Änderung auf www.dueren.de/partnerstaedte/.';

const STYLE = `
#${ID} { position: fixed; inset-block-end: 16px; inset-inline: 16px; z-index: 1000; max-inline-size: 40rem; margin-inline: auto;
  display: flex; gap: 12px; align-items: flex-start; padding: 12px 16px; border-radius: 8px;
  background: #0b3d2e; color: #fff; box-shadow: 0 4px 16px rgb(0 0 0 / 0.3); font: 15px / 1.5 var(--sui-font-family-default, system-ui, sans-serif); }
#${ID} p { margin: 0; flex: 1; }
#${ID} button { font: inherit; padding: 4px 12px; border: 1px solid #fff; border-radius: 4px; background: transparent; color: #fff; cursor: pointer; }
#${ID} button:focus-visible { outline: 3px solid #ffd54f; outline-offset: 2px; }
`;

/** Shows (or renews) the status box. */
export function showAfterSave(text = AFTER_SAVE_TEXT): void {
  document.getElementById(ID)?.remove();
  if (!document.getElementById(`${ID}-stil`)) {
    const style = document.createElement('style');
    style.id = `${ID}-stil`;
    style.textContent = STYLE;
    document.head.append(style);
  }
  const box = document.createElement('div');
  box.id = ID;
  box.setAttribute('role', 'status');
  const p = document.createElement('p');
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Verstanden';
  close.addEventListener('click', () => box.remove());
  box.append(p, close);
  document.body.append(box);
  // Filled after insertion, so screen readers announce it.
  requestAnimationFrame(() => (p.textContent = text));
}
