/**
 * The browser editor (dist/admin/) in headless Chromium, working on a copy of
 * content/ in the browser's private file system (OPFS). Sveltia's local mode
 * asks for a folder with the File System Access picker, which a test cannot
 * operate; `window.showDirectoryPicker` is replaced by one that returns the
 * OPFS folder, which behaves like a folder on disk.
 */
import type { Browser, Page } from 'playwright-core';

export const REPO_DIR = 'arbeitskopie';

/** Opens the editor with `files` (path → text, e.g. "content/staedte/stryj.mdx"; photos as "base64:…") as the working copy. */
export async function openEditor(
  browser: Browser,
  url: string,
  files: Record<string, string>,
  view: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ page: Page; problems: string[] }> {
  // An English browser: the editor must still speak German.
  const context = await browser.newContext({
    viewport: { width: view.width ?? 1280, height: view.height ?? 900 },
    colorScheme: view.colorScheme ?? 'light',
    locale: 'en-US',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['blob:', 'data:'].includes(u.protocol) && u.origin !== new URL(url).origin) problems.push(`request to ${r.url()}`);
  });
  await page.addInitScript((dir) => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle(dir, { create: true });
  }, REPO_DIR);
  await page.goto(url);
  await page.evaluate(
    async ({ dir, files }) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(dir, { create: true });
      await root.getDirectoryHandle('.git', { create: true });
      for (const [p, text] of Object.entries(files)) {
        const parts = p.split('/');
        let folder = root;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
        const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        // Photos as "base64:…" (as readWorkingCopy gives them), text files as they are.
        await writable.write(text.startsWith('base64:') ? Uint8Array.from(atob(text.slice(7)), (c) => c.charCodeAt(0)) : text);
        await writable.close();
      }
    },
    { dir: REPO_DIR, files },
  );
  return { page, problems };
}

/** Every file of the working copy in the browser (path → text; photos as "base64:…"), without .git. */
export function readWorkingCopy(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (dir) => {
    const out: Record<string, string> = {};
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of (folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (name === '.git') continue;
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const file = await (handle as FileSystemFileHandle).getFile();
          // Photos as "base64:…", text files as they are.
          out[`${prefix}${name}`] = /\.(jpe?g|png|webp|avif)$/i.test(name)
            ? `base64:${btoa(Array.from(new Uint8Array(await file.arrayBuffer()), (b) => String.fromCharCode(b)).join(''))}`
            : await file.text();
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(dir), '');
    return out;
  }, REPO_DIR);
}
