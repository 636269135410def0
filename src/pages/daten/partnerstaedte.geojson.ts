/** /partnerstaedte/daten/partnerstaedte.geojson – the partner cities as open data (src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { getDataSet } from '../../lib/data-files.ts';
import { toGeoJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toGeoJson(await getDataSet(site)), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
