/**
 * The content check the editor runs before saving (the same module as the
 * build and `npm run pruefen`). One import, so the editor and its test agree.
 */
export { checkEntry, formatReport, type Problem } from './check-standin.ts';
