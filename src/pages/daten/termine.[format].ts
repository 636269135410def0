/** /partnerstaedte/daten/termine.json and termine.csv – the events as open data (src/lib/open-data.ts), once there are events. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEvents } from '../../lib/content.ts';
import { getEventDataSet } from '../../lib/data-files.ts';
import { toEventCsv, toEventJson } from '../../lib/open-data.ts';

export const getStaticPaths = (async () =>
  (await getEvents()).length === 0 ? [] : [{ params: { format: 'json' } }, { params: { format: 'csv' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const set = await getEventDataSet(site);
  return params.format === 'csv'
    ? new Response(toEventCsv(set), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(toEventJson(set), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
