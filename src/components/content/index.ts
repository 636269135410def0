/**
 * The components a content body may use, passed to `<Content components={contentComponents} />`
 * by the pages that render MDX. Content never imports them; the content check
 * (src/lib/check/components.ts) allows exactly these names, with literal props.
 */
import Datum from './Datum.astro';
import LeichteSprache from './LeichteSprache.astro';
import PartnerStaedte from './PartnerStaedte.astro';
import Seitenlink from './Seitenlink.astro';

export const contentComponents = { Datum, LeichteSprache, PartnerStaedte, Seitenlink };
