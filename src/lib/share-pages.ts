/**
 * What each page's share image (og:image) shows, keyed by the page's path
 * under the base: the inventory's share content plus the site's label and
 * address. The og endpoint draws one PNG per page; BaseHead links it.
 */
import { getInventory } from './content.ts';
import { absoluteUrl } from './urls.ts';
import { t } from '../i18n/index.ts';
import type { OgInput } from './og.ts';

export interface SharePage extends OgInput {
  /** What the image shows, for og:image:alt. */
  alt: string;
  /** The file that makes the page, and the fields the texts come from: error messages name them. */
  file: string;
  fields?: Record<string, string>;
}

/** "stryj" → "og/stryj.png", "" (start page) → "og/index.png" */
export function ogImagePath(path: string): string {
  return `og/${path.replace(/^\/+|\/+$/g, '') || 'index'}.png`;
}

/** Every page of the site with its share image's content. */
export async function sharePages(): Promise<Map<string, SharePage>> {
  const footer = absoluteUrl('', undefined).replace(/^https?:\/\//, '').replace(/\/$/, '');
  // The label in the page's language; a translated page's texts come from its translation file.
  return new Map(
    (await getInventory()).map((p) => [p.path, { ...p.share, label: t('site.title', {}, p.lang), footer, file: p.translation?.source ?? p.source }]),
  );
}
