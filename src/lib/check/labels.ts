/**
 * Field names as an editor knows them: `meilensteine.1.datum` → "2. Meilenstein, Datum".
 * List positions count from 1.
 */

/** German names of the frontmatter keys. */
const LABELS: Record<string, string> = {
  name: 'Name',
  eigenname: 'Name in Landessprache',
  sprache: 'Sprache',
  land: 'Land',
  kontinent: 'Kontinent',
  lage: 'Lage',
  einwohner: 'Einwohnerzahl',
  zahl: 'Zahl',
  ca: 'ca.',
  zusatz: 'Zusatz',
  entfernungKm: 'Entfernung von Düren (km)',
  buergermeister: 'Bürgermeister',
  amt: 'Amt',
  partnerschaftSeit: 'Partnerschaft seit',
  datum: 'Datum',
  jahreszeit: 'Jahreszeit',
  meilensteine: 'Meilensteine',
  text: 'Text',
  kontakt: 'Ansprechperson',
  bezeichnung: 'Bezeichnung',
  telefon: 'Telefon',
  email: 'E-Mail',
  website: 'Website',
  koordinaten: 'Koordinaten',
  breite: 'Breitengrad',
  laenge: 'Längengrad',
  stand: 'Stand',
  suchbegriffe: 'Suchbegriffe',
  beschreibung: 'Beschreibung',
  bilder: 'Fotos',
  datei: 'Bilddatei',
  alt: 'Alternativtext',
  bildunterschrift: 'Bildunterschrift',
  bildnachweis: 'Bildnachweis',
  titel: 'Titel',
  herausgeber: 'Herausgeber',
  staedte: 'Partnerstädte',
  quelle: 'Quelle',
  url: 'Webadresse',
  autor: 'Autor',
  kurztitel: 'Kurztitel',
  ueberschrift: 'Überschrift',
  beginn: 'Beginn',
  ende: 'Ende',
  ort: 'Ort',
  link: 'Webadresse',
  bild: 'Foto',
  abgesagt: 'Abgesagt',
  wiederkehrend: 'Wiederkehrend',
  uebersetzung: 'Stand der Übersetzung',
  vorlage: 'Prüfsummen',
};

/** What one item of a list is called: "2. Meilenstein". */
const ITEMS: Record<string, string> = {
  meilensteine: 'Meilenstein',
  lage: 'Zeile der Lage',
  suchbegriffe: 'Suchbegriff',
  bilder: 'Foto',
  staedte: 'Partnerstadt',
};

/** "2. Meilenstein, Datum" for ['meilensteine', 1, 'datum']; "Ansprechperson, E-Mail" for ['kontakt', 'email']. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  path.forEach((seg, i) => {
    const prev = path[i - 1];
    if (typeof seg === 'number') {
      const item = typeof prev === 'string' ? ITEMS[prev] : undefined;
      const label = `${seg + 1}. ${item ?? 'Eintrag'}`;
      // "2. Meilenstein" replaces "Meilensteine".
      if (item && parts.length > 0) parts[parts.length - 1] = label;
      else parts.push(label);
    } else {
      const key = String(seg);
      parts.push(LABELS[key] ?? key);
    }
  });
  return parts.join(', ') || 'Kopfbereich';
}

/** The raw key path: "meilensteine.1.datum". */
export function keyPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Names of the translatable fields (`TRANSLATABLE`, src/schemas/translation.ts): "text" is the body. */
const TRANSLATABLE_NAMES: Record<string, string> = {
  text: 'Text',
  begegnungen: 'Begegnungen',
  'einwohner.zusatz': 'Zusatz zur Einwohnerzahl',
  'quelle.name': 'Name der Quelle',
};

/** "beschreibung" → "Beschreibung", "text" → "Text", "einwohner.zusatz" → "Zusatz zur Einwohnerzahl". */
export function translatableFieldName(field: string): string {
  return TRANSLATABLE_NAMES[field] ?? fieldLabel(field.split('.'));
}
