/**
 * Media uploads go through the site's image rule (src/lib/check/images.ts),
 * the same function `npm run pruefen` and the build use: a file the rule
 * refuses never reaches Sveltia, and the editor reads the German message.
 *
 * Sveltia has no upload hook, so file inputs, drops and pastes are caught on the
 * window before Sveltia's own listeners (capture phase); files that pass are
 * handed on unchanged with a new event.
 */
import { imageFileProblems } from '../lib/check/images.ts';

/** Events this module dispatched itself, after the check passed. */
const passed = new WeakSet<Event>();

/** German problems with the files, [] when all may be uploaded. */
export async function uploadProblems(files: File[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let found = imageFileProblems(file.name, bytes);
    if (found.length === 0 && typeof createImageBitmap === 'function') {
      // The browser decodes it, as the build's sharp will.
      try {
        (await createImageBitmap(file)).close();
      } catch {
        found = ['Das Foto lässt sich nicht lesen (unvollständig oder beschädigt). Bitte das Foto neu als JPEG speichern.'];
      }
    }
    problems.push(...found.map((m) => `${file.name}: ${m}`));
  }
  return problems;
}

function refuse(problems: string[]): void {
  window.alert(`Nicht hochgeladen.\n\n${problems.join('\n\n')}`);
}

function onFileInput(event: Event): void {
  const input = event.target;
  if (passed.has(event) || !(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
  event.stopImmediatePropagation();
  if (event.type !== 'change') return; // "input" comes first; the check runs once, on "change"
  const files = [...input.files];
  void uploadProblems(files).then((problems) => {
    if (problems.length) {
      input.value = '';
      refuse(problems);
      return;
    }
    for (const type of ['input', 'change']) {
      const again = new Event(type, { bubbles: true });
      passed.add(again);
      input.dispatchEvent(again);
    }
  });
}

/** Files dropped or pasted: stopped, checked, and handed on in a new event of the same kind. */
function onTransfer(event: DragEvent | ClipboardEvent): void {
  const transfer = event instanceof DragEvent ? event.dataTransfer : event.clipboardData;
  const files = [...(transfer?.files ?? [])];
  if (passed.has(event) || files.length === 0 || !(event.target instanceof Node)) return;
  event.stopImmediatePropagation();
  event.preventDefault();
  const target = event.target;
  // The files must be copied now: the browser empties the event's data after it.
  const position = event instanceof DragEvent ? { clientX: event.clientX, clientY: event.clientY } : {};
  void uploadProblems(files).then((problems) => {
    if (problems.length) return refuse(problems);
    const data = new DataTransfer();
    for (const f of files) data.items.add(f);
    // A field's drop area reads dropped files as file-system entries, which a dropped-again
    // event cannot carry: the files go into the field's own file input instead, as "Durchsuchen" does.
    const input = event.type === 'drop' && target instanceof Element ? target.closest('.drop-target')?.parentElement?.querySelector('input[type=file]') : null;
    if (input instanceof HTMLInputElement) {
      input.files = data.files;
      for (const type of ['input', 'change']) {
        const again = new Event(type, { bubbles: true });
        passed.add(again);
        input.dispatchEvent(again);
      }
      return;
    }
    const init = { bubbles: true, cancelable: true, ...position };
    const again =
      event.type === 'drop' ? new DragEvent('drop', { ...init, dataTransfer: data }) : new ClipboardEvent('paste', { ...init, clipboardData: data });
    passed.add(again);
    target.dispatchEvent(again);
  });
}

/** Installs the check on every file input, drop and paste of the page. */
export function checkUploads(): void {
  window.addEventListener('input', onFileInput, true);
  window.addEventListener('change', onFileInput, true);
  window.addEventListener('drop', onTransfer, true);
  window.addEventListener('paste', onTransfer, true);
}
