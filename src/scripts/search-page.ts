/**
 * The search page (suche/). Pagefind's code and index load only when a search
 * starts: a ?q= in the address, focus in the field, typing. Results are links
 * with title, kind of page and excerpt, loaded a page at a time (RESULTS_PAGE,
 * then "Weitere Treffer"): each result's data is a request of its own. The
 * status line announces the count once the typing pauses (TYPING_PAUSE), so
 * screen readers do not read counts for half-typed words.
 * ↓ in the field moves to the first result, ↑/↓ between results, Enter opens.
 *
 * The same script serves every language: its texts come from the page
 * (`data-search`), and pagefind.js searches the index of the page's
 * `<html lang>`. A language with one kind of page has no filter by kind.
 */
import { kindFilter, PAGEFIND_OPTIONS, RESULTS_PAGE, searchUrl, TYPING_PAUSE } from '../lib/search.ts';
import { fill } from '../i18n/fill.ts';
import { url } from '../lib/urls.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { Typ?: string[] };
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options: object,
    ms: number,
  ): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const messages = JSON.parse(root.dataset.search!) as Record<'loading' | 'count' | 'none' | 'noneFiltered' | 'error' | 'shown', string>;
const form = root.querySelector('form')!;
const field = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const kinds = form.querySelector<HTMLFieldSetElement>('fieldset');
const status = root.querySelector<HTMLElement>('[role="status"]')!;
const list = root.querySelector<HTMLOListElement>('ol')!;
const allPages = document.querySelector<HTMLElement>('[data-all-pages]');
const moreBox = root.querySelector<HTMLElement>('[data-more]')!;
const more = moreBox.querySelector('button')!;
const shownNote = moreBox.querySelector('p')!;

/** The current search: every result, and how many of them are on the page. */
let current: { query: string; results: { data(): Promise<ResultData> }[]; shown: number } | undefined;

let pagefind: Promise<Pagefind> | undefined;
let ready = false;
function load(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ url('pagefind/pagefind.js')).then(async (pf: Pagefind) => {
    await pf.options(PAGEFIND_OPTIONS);
    await pf.init();
    ready = true;
    return pf;
  });
  return pagefind;
}

const kind = () => form.querySelector<HTMLInputElement>('input[name="typ"]:checked')?.value ?? '';

async function run(delay: number): Promise<void> {
  const query = field.value.trim();
  history.replaceState(history.state, '', searchUrl(location.href, query, kind()));
  if (!query) return show(query, [], []);
  if (!ready) status.textContent = messages.loading; // on a slow connection the first search takes a moment
  try {
    const pf = await load();
    const search = await pf.debouncedSearch(query, { filters: kindFilter(kind()) }, delay);
    if (!search) return; // a newer keystroke took over
    const first = await Promise.all(search.results.slice(0, RESULTS_PAGE).map((r) => r.data()));
    if (query === field.value.trim()) show(query, search.results, first);
  } catch {
    failed();
  }
}

function failed(): void {
  pagefind = undefined;
  current = undefined;
  list.hidden = true;
  moreBox.hidden = true;
  if (allPages) allPages.hidden = false;
  status.textContent = messages.error;
}

function show(query: string, results: { data(): Promise<ResultData> }[], first: ResultData[]): void {
  current = { query, results, shown: first.length };
  list.replaceChildren(...first.map(item));
  list.hidden = results.length === 0;
  if (allPages) allPages.hidden = query !== '' && results.length > 0;
  status.textContent = !query
    ? ''
    : fill(results.length ? messages.count : kind() ? messages.noneFiltered : messages.none, {
        count: results.length,
        query,
      });
  updateMore();
}

function updateMore(): void {
  const total = current?.results.length ?? 0;
  moreBox.hidden = !current || current.shown >= total;
  shownNote.textContent = current ? fill(messages.shown, { shown: current.shown, count: total }) : '';
}

/** "Weitere Treffer": the next page of results; the focus moves to the first new one. */
async function showMore(): Promise<void> {
  const search = current;
  if (!search) return;
  try {
    const next = await Promise.all(search.results.slice(search.shown, search.shown + RESULTS_PAGE).map((r) => r.data()));
    if (search !== current) return; // a new search started meanwhile
    const items = next.map(item);
    list.append(...items);
    search.shown += next.length;
    updateMore();
    items[0]?.querySelector('a')?.focus();
  } catch {
    failed();
  }
}

function item(result: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  const kindLabel = document.createElement('p');
  kindLabel.className = 'kind';
  kindLabel.textContent = result.filters.Typ?.[0] ?? '';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.innerHTML = result.excerpt; // Pagefind escapes the page text and adds <mark> around the matched words.
  li.append(kindLabel, link, excerpt);
  return li;
}

function move(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const targets = [field, ...list.querySelectorAll('a')];
  const at = targets.indexOf(document.activeElement as HTMLInputElement);
  if (at === -1 || targets.length === 1) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? Math.min(at + 1, targets.length - 1) : Math.max(at - 1, 0);
  targets[next]!.focus();
}

// Only with JavaScript: the hint about the arrow keys and the filter by kind of page.
root.querySelectorAll<HTMLElement>('[data-js]').forEach((el) => (el.hidden = false));
document.querySelector('[data-no-js]')?.remove();
if (kinds) kinds.disabled = false;

field.addEventListener('focus', () => void load().catch(() => (pagefind = undefined)), { once: true });
field.addEventListener('input', () => void run(TYPING_PAUSE));
more.addEventListener('click', () => void showMore());
kinds?.addEventListener('change', () => void run(0));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(0);
});
root.addEventListener('keydown', move);

const params = new URLSearchParams(location.search);
const start = params.get('q') ?? '';
const startKind = kinds?.querySelector<HTMLInputElement>(`input[value="${CSS.escape(params.get('typ') ?? '')}"]`);
if (startKind) startKind.checked = true;
if (start.trim()) {
  field.value = start;
  field.focus(); // arriving from the header's field: carry on typing, or ↓ to the results
  void run(0);
}
