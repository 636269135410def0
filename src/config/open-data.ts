/**
 * The licence of the open data files (/partnerstaedte/daten/). The city decides
 * which licence applies; change it here and the files, the data page and its
 * JSON-LD follow.
 */
export const DATA_LICENSE = {
  name: 'Datenlizenz Deutschland – Zero – Version 2.0',
  url: 'https://www.govdata.de/dl-de/zero-2-0',
} as const;
