/** /partnerstaedte/daten/partnerstaedte.csv – the partner cities as open data (src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { getDataSet } from '../../lib/data-files.ts';
import { toCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(await getDataSet(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
