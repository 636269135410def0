/**
 * The body of a content file is Markdown, not a program. The body is parsed the
 * way MDX parses it (micromark with the MDX extensions: the parser MDX defines,
 * which Sätteri, Astro's compiler, follows), and every node that would make the
 * file run code or ship markup of its own is a problem with its line:
 * import/export, `{…}` expressions, JSX other than the site's own components
 * (./components.ts) with literal props, raw HTML, links with other schemes than
 * https/http/mailto/tel, remote images and images that are not photos under content/.
 *
 * `markupRule` is the one rule: the content check asks it on this tree, and the
 * build asks it on Sätteri's tree while compiling (src/integrations/content-rules.ts).
 * Browser-safe (no node:*, no astro:*).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { COMPONENTS, componentList } from './components.ts';

/** What the rules need of an mdast node (micromark's and Sätteri's trees have this shape). */
export interface MarkupNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MarkupNode[];
  position?: { start: { line: number; column?: number; offset?: number } };
}

/** Which body a rule looks at: news are rendered as plain Markdown, so they get no components. */
export type BodyKind = 'mdx' | 'markdown';

export const BRACE_MESSAGE =
  'Im Text steht eine geschweifte Klammer »{«. In diesen Dateien beginnt damit Programmcode. Bitte weglassen oder mit Schrägstrich davor schreiben: \\{';
export const ANGLE_MESSAGE =
  'Im Text steht eine spitze Klammer »<«. In diesen Dateien beginnt damit ein HTML-Baustein. Bitte in Worten schreiben („kleiner als“) oder mit Schrägstrich davor: \\<';
export const ESM_MESSAGE =
  'Eine Zeile, die mit import oder export beginnt, ist Programmcode und im Text nicht erlaubt. Bitte die Zeile löschen. ' +
  'Die Bausteine der Website stehen ohne import zur Verfügung; soll das Wort am Zeilenanfang stehen, bitte anders beginnen.';
export const COMMENT_MESSAGE = 'Ein HTML-Kommentar <!-- … --> ist im Text nicht erlaubt. Bitte löschen: Notizen gehören nicht in die Datei.';
export const HEADING_MESSAGE =
  'Überschriften im Text beginnen mit ## (zwei Rauten). Die Hauptüberschrift mit einer Raute setzt die Website selbst.';

const LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'];
const PHOTO = /\.(jpe?g|png|webp|avif)$/i;

/** The scheme of a link target as a browser reads it (it drops tabs, newlines and leading spaces), or undefined for a relative target. */
export function schemeOf(target: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = target.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]!.toLowerCase().concat(':');
}

/** The text of a JSX attribute value when it is a literal string, else undefined. */
const literal = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** `<Seitenlink ziel="…">`: what is wrong with a JSX element, or undefined when it is one of the site's components, written right. */
function jsxProblem(node: MarkupNode, kind: BodyKind): string | undefined {
  const name = node.name ?? '';
  const spec = kind === 'mdx' ? COMPONENTS[name] : undefined;
  const shown = name ? `<${name}>` : '<>';
  if (!spec) {
    const allowed = kind === 'mdx' ? ` Erlaubt sind nur die Bausteine der Website: ${componentList()}.` : ' In Meldungen sind keine Bausteine erlaubt.';
    return (
      `»${shown}« ist ein HTML-Baustein und im Text nicht erlaubt.${allowed} ` +
      'Links schreiben Sie so: [Linktext](https://…), Fettdruck so: **fett**. Eine spitze Klammer als Zeichen: \\<'
    );
  }
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      return `Im Baustein ${shown} steht Programmcode in geschweiften Klammern. Bitte nur Angaben in Anführungszeichen schreiben, z. B. ${spec.example}.`;
    }
    const prop = spec.props[attr.name];
    if (!prop) {
      const names = Object.keys(spec.props);
      return `Der Baustein ${shown} kennt keine Angabe »${attr.name}«. ${names.length ? `Erlaubt: ${names.join(', ')}, z. B. ${spec.example}.` : `Er steht ohne Angaben: ${spec.example}.`}`;
    }
    const value = literal(attr.value);
    if (value === undefined) {
      return `Im Baustein ${shown} steht bei »${attr.name}« Programmcode in geschweiften Klammern. Bitte in Anführungszeichen schreiben, z. B. ${spec.example}.`;
    }
    if (!prop.pattern.test(value) || (prop.valid && !prop.valid(value))) return `Im Baustein ${shown} ist »${attr.name}="${value}"« nicht richtig: ${prop.hint}`;
  }
  for (const [prop, { required }] of Object.entries(spec.props)) {
    if (required && !node.attributes?.some((a) => a.name === prop)) {
      return `Im Baustein ${shown} fehlt die Angabe »${prop}«, z. B. ${spec.example}.`;
    }
  }
  if (!spec.children && (node.children ?? []).length > 0) return `Der Baustein ${shown} steht allein, ohne Text darin: ${spec.example}.`;
  return undefined;
}

/**
 * The rule for one node of a body: a German message when the node is not allowed,
 * else undefined. Images are checked for their form here (remote, not a photo);
 * where the file lies is `imageTarget`'s part.
 */
export function markupRule(node: MarkupNode, kind: BodyKind): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return ESM_MESSAGE;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return BRACE_MESSAGE;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsxProblem(node, kind);
    case 'html':
      return /^<!--/.test(node.value ?? '') ? COMMENT_MESSAGE : ANGLE_MESSAGE;
    case 'heading':
      return node.depth === 1 ? HEADING_MESSAGE : undefined;
    case 'link':
    case 'definition': {
      const scheme = schemeOf(node.url ?? '');
      if (scheme && !LINK_SCHEMES.includes(scheme)) {
        return `Ein Link mit »${scheme}« ist nicht erlaubt. Links führen zu https://…, http://…, mailto:… (E-Mail) oder tel:… (Telefon), z. B. [Rathaus](https://www.dueren.de).`;
      }
      return undefined;
    }
    case 'image': {
      const target = node.url ?? '';
      if (schemeOf(target) || target.startsWith('//')) {
        return 'Bilder im Text kommen aus dem Ordner content/, nicht aus dem Internet. Bitte das Foto neben die Textdatei legen und so einbinden: ![Beschreibung](./bilder/foto.jpg).';
      }
      if (!PHOTO.test(target.replace(/[?#].*$/, ''))) {
        return `»${target}« ist kein Foto. Im Text sind nur JPEG, PNG, WebP und AVIF erlaubt (.jpg, .png, .webp, .avif), z. B. ![Beschreibung](./bilder/foto.jpg).`;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** "content/staedte/stryj.mdx" + "./bilder/a.jpg" → "content/staedte/bilder/a.jpg"; undefined when it leaves content/. */
export function imageTarget(file: string, relative: string): string | undefined {
  if (relative.startsWith('/')) return undefined;
  const parts = file.split('/').slice(0, -1);
  let decoded = relative.replace(/[?#].*$/, '');
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // keep it as written
  }
  for (const seg of decoded.split(/[/\\]/)) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts[0] === 'content' && parts.length > 1 ? parts.join('/') : undefined;
}

/** What is wrong with where a body image lies (outside content/, or missing when `assets` is known). */
export function imagePlaceProblem(file: string, target: string, assets?: readonly string[]): string | undefined {
  const resolved = imageTarget(file, target);
  if (!resolved) {
    return `Das Bild »${target}« liegt nicht im Ordner content/. Bitte das Foto neben die Textdatei legen und den Pfad relativ zur Textdatei schreiben, z. B. ./bilder/foto.jpg.`;
  }
  if (assets && !assets.includes(resolved)) {
    return `Das Foto ${resolved} gibt es nicht. Bitte die Datei dorthin legen oder den Pfad korrigieren (relativ zur Textdatei, z. B. ./bilder/foto.jpg; Groß- und Kleinschreibung zählt).`;
  }
  return undefined;
}

export interface BodyFinding {
  /** Line in the body, from 1 */
  line: number;
  column?: number;
  message: string;
  /** The node's source text, shortened */
  found?: string;
}

export interface BodyResult {
  findings: BodyFinding[];
  /** Every `<Seitenlink ziel="…">`: the page it points to, for the whole-site check */
  pageLinks: { line: number; ziel: string }[];
}

interface ParseError {
  reason?: string;
  message?: string;
  source?: string;
  ruleId?: string;
  place?: { line?: number; column?: number; offset?: number; start?: { line: number; column: number; offset?: number } };
  line?: number;
}

/** Offset of a line/column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const excerpt = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 80);

/**
 * A syntax error of MDX → the message for it, and how to edit the text so that
 * the parse can go on (to find every problem, not only the first).
 */
function recover(text: string, error: ParseError, kind: BodyKind): { finding: BodyFinding; next?: string } {
  const place = error.place?.start ?? error.place;
  const line = place?.line ?? error.line ?? 1;
  const offset = place?.offset ?? offsetOf(text, line, place?.column ?? 1);
  const source = `${error.source ?? ''}:${error.ruleId ?? ''}`;
  // import/export that is not even valid code (acorn places the error after the block): the line goes.
  if (/mdxjs-esm/.test(source)) {
    const before = text.slice(0, offset).split('\n');
    const index = before.findLastIndex((l) => /^(import|export)\b/.test(l));
    if (index >= 0) {
      const lines = text.split('\n');
      const found = excerpt(lines[index]!);
      lines[index] = '';
      return { finding: { line: index + 1, message: ESM_MESSAGE, found }, next: lines.join('\n') };
    }
  }
  if (/mdx-jsx/.test(source) && text.startsWith('<!--', offset - 1)) {
    const at = offset - 1;
    return { finding: { line: lineAt(text, at), message: COMMENT_MESSAGE, found: excerpt(text.slice(at, at + 60).split('\n')[0]!) }, next: `${text.slice(0, at)}\\${text.slice(at)}` };
  }
  const escapeLast = (char: string, message: string) => {
    const at = text.lastIndexOf(char, Math.max(offset, 0));
    if (at < 0) return { finding: { line, message } };
    return { finding: { line: lineAt(text, at), message, found: excerpt(text.slice(at, at + 60).split('\n')[0]!) }, next: `${text.slice(0, at)}\\${text.slice(at)}` };
  };
  if (/mdx-expression|mdxjs-esm|acorn/.test(source) || /expression/i.test(error.reason ?? '')) return escapeLast('{', BRACE_MESSAGE);
  if (/mdast-util-mdx-jsx/.test(source)) {
    const reason = error.reason ?? '';
    // The reason names the opening tag and where it stands: "… closing tag for `<meta>` (5:1-5:13)".
    const opened = /for `<([^`>]*)>` \((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    if (opened) {
      const [, name, l, c] = opened;
      const at = offsetOf(text, Number(l), Number(c));
      const known = kind === 'mdx' && name! in COMPONENTS;
      const message = known
        ? `Der Baustein <${name}> ist nicht geschlossen. Zu <${name}> gehört ein </${name}> (oder er endet mit />): ${COMPONENTS[name!]!.example}.`
        : jsxProblem({ type: 'mdxJsxTextElement', name: name ?? '' }, kind)!;
      const finding = { line: lineAt(text, at), message, found: excerpt(text.slice(at, at + 60).split('\n')[0]!) };
      return text[at] === '<' ? { finding, next: `${text.slice(0, at)}\\${text.slice(at)}` } : { finding };
    }
    const at = offset;
    const closing = /closing tag `<\/([^`>]*)>`/.exec(reason)?.[1] ?? /^<\/([^\s>]*)/.exec(text.slice(text.lastIndexOf('<', at)))?.[1];
    const message = `Hier steht ein schließendes </${closing ?? ''}> ohne den passenden Anfang davor. Bitte löschen oder den Baustein richtig beginnen. Eine spitze Klammer als Zeichen: \\<`;
    const slash = text.lastIndexOf('<', at);
    const finding = { line: lineAt(text, Math.max(slash, 0)), message, found: excerpt(text.slice(Math.max(slash, 0), at + 60).split('\n')[0]!) };
    return slash >= 0 ? { finding, next: `${text.slice(0, slash)}\\${text.slice(slash)}` } : { finding };
  }
  if (/mdx-jsx/.test(source)) return escapeLast('<', ANGLE_MESSAGE);
  return { finding: { line, message: `Der Text lässt sich hier nicht lesen (${error.reason ?? 'unbekannter Fehler'}). In diesen Dateien beginnen < und { Programmcode: bitte \\< und \\{ schreiben.` } };
}

/** The tree of a body as MDX reads it; throws MDX's syntax errors. */
export function parseBody(text: string): MarkupNode {
  return fromMarkdown(text, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as unknown as MarkupNode;
}

/**
 * Every problem of a body, with lines counted from the body's first line.
 * `file` (path from the project root) places images; `assets` lists the files under content/.
 */
export function checkBody(body: string, kind: BodyKind, file: string, assets?: readonly string[]): BodyResult {
  const syntax: BodyFinding[] = [];
  let text = body;
  let tree: MarkupNode | undefined;
  for (let attempt = 0; attempt < 50 && !tree; attempt++) {
    try {
      tree = parseBody(text);
    } catch (e) {
      const { finding, next } = recover(text, e as ParseError, kind);
      syntax.push(finding);
      if (next === undefined || next === text) break;
      text = next;
    }
  }
  const findings: BodyFinding[] = [];
  const pageLinks: BodyResult['pageLinks'] = [];
  const walk = (node: MarkupNode) => {
    const line = node.position?.start.line ?? 1;
    const found = node.position?.start.offset !== undefined ? excerpt(text.slice(node.position.start.offset, node.position.start.offset + 80).split('\n')[0]!) : undefined;
    const message = markupRule(node, kind);
    if (message) {
      findings.push({ line, message, ...(found ? { found } : {}) });
      return; // what is inside a refused node is not looked at
    }
    if (node.type === 'image' && node.url) {
      const place = imagePlaceProblem(file, node.url, assets);
      if (place) findings.push({ line, message: place, found: node.url });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Seitenlink') {
      const ziel = node.attributes?.find((a) => a.name === 'ziel')?.value;
      if (typeof ziel === 'string') pageLinks.push({ line, ziel });
    }
    for (const child of node.children ?? []) walk(child);
  };
  if (tree) walk(tree);
  // News are rendered as plain Markdown (src/loaders/markdown-glob.ts), where MDX's rules do not apply:
  // indented code exists, and `<…>` is raw HTML. Their body is read that way too, for what only it shows.
  if (kind === 'markdown') {
    const markdown = fromMarkdown(body) as unknown as MarkupNode;
    const before = findings.length;
    walk(markdown);
    // One message per line: what MDX reading already said about a line stands.
    const said = new Set([...findings.slice(0, before), ...syntax].map((f) => f.line));
    const extra = findings.splice(before).filter((f) => !said.has(f.line));
    findings.push(...extra);
  }
  // Problems the tree shows first, then the syntax errors found on the way (stable by line).
  return { findings: [...findings, ...syntax].sort((a, b) => a.line - b.line), pageLinks };
}
