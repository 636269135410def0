/**
 * The body rules (./body.ts) where Astro compiles content: an mdast plugin for
 * Sätteri, Astro's Markdown and MDX processor (`markdown.processor` in
 * astro.config.mjs; MDX inherits it). It sees the tree the compiler builds the
 * page from, and stops the compile at the first node the content check would
 * refuse (import/export, `{…}`, foreign JSX, raw HTML, links and images), so no
 * code from a body ever becomes part of the site, even when the check before the
 * build was skipped. The message names file, line and field like the check's.
 */
import { defineMdastPlugin, type MdastPluginEntry, type PluginFactoryContext } from 'satteri';
import { imagePlaceProblem, markupRule, type BodyKind, type MarkupNode } from './body.ts';

/** A body rule broken while compiling: "content/x.mdx, Zeile 7, Feld »Text«: …". */
export class ContentRuleError extends Error {
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line ? `, Zeile ${line}` : ''}, Feld »Text«: ${message}`);
    this.name = 'ContentRuleError';
  }
}

/**
 * The plugin for files under `root` + "content/" (root: the project folder as a file URL
 * or path ending in "/"). Lines are the file's own: Sätteri counts them from the first line,
 * frontmatter included.
 */
export function contentRules(root: string): MdastPluginEntry {
  const base = root.startsWith('file:') ? decodeURIComponent(new URL(root).pathname) : root;
  const rootSlash = base.endsWith('/') ? base : `${base}/`;
  return (ctx: PluginFactoryContext) => {
    const path = ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : undefined;
    if (!path?.startsWith(`${rootSlash}content/`)) return null;
    const file = path.slice(rootSlash.length);
    const kind: BodyKind = ctx.sourceFormat === 'markdown' ? 'markdown' : 'mdx';
    const refuse = (visited: unknown) => {
      const node = visited as MarkupNode;
      const message = markupRule(node, kind) ?? (node.type === 'image' && node.url ? imagePlaceProblem(file, node.url) : undefined);
      if (message) throw new ContentRuleError(file, node.position?.start.line, message);
    };
    return defineMdastPlugin({
      name: 'partnerstaedte:inhaltsregeln',
      options: { position: true },
      mdxjsEsm: refuse,
      mdxFlowExpression: refuse,
      mdxTextExpression: refuse,
      mdxJsxFlowElement: refuse,
      mdxJsxTextElement: refuse,
      html: refuse,
      heading: refuse,
      link: refuse,
      definition: refuse,
      image: refuse,
    });
  };
}
