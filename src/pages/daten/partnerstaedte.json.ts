/** /partnerstaedte/daten/partnerstaedte.json – the partner cities as open data (src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { getDataSet } from '../../lib/data-files.ts';
import { toJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toJson(await getDataSet(site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
