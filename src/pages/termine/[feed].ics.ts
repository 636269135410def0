/** Calendar feeds: /termine/termine.ics (all events) and /termine/<city>.ics (one partner city's). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { BUILD_NOW, getCities, getEvents } from '../../lib/content.ts';
import { eventPath, eventsFor, EVENTS_PATH } from '../../lib/events.ts';
import { icalFeed } from '../../lib/ical.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { t } from '../../i18n/index.ts';

export const getStaticPaths = (async () => {
  const [events, cities] = await Promise.all([getEvents(), getCities()]);
  if (events.length === 0) return [];
  return [
    { params: { feed: 'termine' }, props: { cityId: undefined, name: t('site.title') } },
    ...cities.filter((c) => eventsFor(events, c.id).length > 0).map((c) => ({ params: { feed: c.id }, props: { cityId: c.id, name: c.data.name } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ cityId: string | undefined; name: string }> = async ({ props: { cityId, name }, site }) => {
  const all = await getEvents();
  const events = cityId ? eventsFor(all, cityId) : all;
  const page = absoluteUrl(cityId ?? EVENTS_PATH, site);
  const body = icalFeed({
    name: cityId ? `${t('events.cityHeading', { city: name })} – ${t('site.title')}` : `${t('nav.events')} – ${t('site.title')}`,
    description: t('events.description'),
    url: page,
    host: new URL(page).host,
    stamp: BUILD_NOW,
    events: events.map((e) => ({ id: e.id, ...e.data, url: absoluteUrl(eventPath(e.id), site) })),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
