/** The open data set of the built site, read from the collections (for the data files and page). */
import { getCities, getEvents } from './content.ts';
import { dataSet, eventDataSet, type DataSet, type EventDataSet } from './open-data.ts';
import { eventPath } from './events.ts';
import { absoluteUrl } from './urls.ts';
import { t } from '../i18n/index.ts';

/** The files under /partnerstaedte/daten/, with their media types. */
export const DATA_FILES = [
  { file: 'partnerstaedte.json', type: 'application/json', format: 'JSON' },
  { file: 'partnerstaedte.csv', type: 'text/csv', format: 'CSV' },
  { file: 'partnerstaedte.geojson', type: 'application/geo+json', format: 'GeoJSON' },
] as const;

export async function getDataSet(site: URL | undefined): Promise<DataSet> {
  const cities = (await getCities()).map((c) => ({ id: c.id, ...c.data }));
  return dataSet(cities, (id) => absoluteUrl(id, site), {
    titel: t('data.title'),
    herausgeber: t('site.publisher'),
    quelle: absoluteUrl('daten', site),
  });
}

/** The events' files under /partnerstaedte/daten/, once there are events. */
export const EVENT_DATA_FILES = [
  { file: 'termine.json', type: 'application/json', format: 'JSON' },
  { file: 'termine.csv', type: 'text/csv', format: 'CSV' },
] as const;

export async function getEventDataSet(site: URL | undefined): Promise<EventDataSet> {
  const events = (await getEvents()).map((e) => ({ id: e.id, ...e.data }));
  return eventDataSet(events, (id) => absoluteUrl(eventPath(id), site), {
    titel: t('data.eventsTitle'),
    herausgeber: t('site.publisher'),
    quelle: absoluteUrl('daten', site),
  });
}
