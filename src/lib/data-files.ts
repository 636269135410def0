/** The open data set of the built site, read from the collections (for the data files and page). */
import { getCities } from './content.ts';
import { dataSet, type DataSet } from './open-data.ts';
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
