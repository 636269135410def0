/**
 * The content check the editor runs before saving: the same module as the
 * build and `npm run pruefen` (src/lib/check/, browser-safe). One import, so
 * the editor and its test agree.
 */
export { checkContent, checkEntry, formatReport, kindOf, siteIndex, type Problem, type SiteIndex } from '../lib/check/index.ts';
