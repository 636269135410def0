/**
 * Events for fixture builds, dated relative to the day of the test run (in Düren),
 * so the upcoming ones stay upcoming and the past one past: one upcoming with a
 * time (in summer time), one upcoming over several days, one upcoming with a time
 * (in winter time) but cancelled, one past.
 */
import { mkdirSync } from 'node:fs';
import type { Fixture } from './fixture.ts';

/** "2026-12-06" in Düren, `days` from now. */
export function berlinDay(days: number, now = new Date()): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The next 15 July (or other day) after tomorrow in Düren: "2027-07-15". */
export function nextDay(month: number, day: number, now = new Date()): string {
  const tomorrow = berlinDay(1, now);
  const year = Number(tomorrow.slice(0, 4));
  const candidate = (y: number) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return candidate(year) > tomorrow ? candidate(year) : candidate(year + 1);
}

export interface FixtureEvent {
  id: string;
  titel: string;
  beginn: string;
  ende?: string;
  ort: string;
  staedte: string[];
  abgesagt?: boolean;
  upcoming: boolean;
}

export function fixtureEvents(now = new Date()): FixtureEvent[] {
  return [
    // Summer time (+02:00) and winter time (+01:00), whatever the day of the test run.
    { id: 'empfang-valenciennes', titel: 'Empfang der Delegation aus Valenciennes', beginn: `${nextDay(7, 15, now)}T18:00`, ende: `${nextDay(7, 15, now)}T20:30`, ort: 'Rathaus Düren, Kaiserplatz 2–4', staedte: ['valenciennes'], upcoming: true },
    { id: 'buergerreise-stryj', titel: 'Bürgerreise nach Stryj und Gradačac', beginn: berlinDay(40, now), ende: berlinDay(42, now), ort: 'Stryj (Ukraine)', staedte: ['stryj', 'gradacac'], upcoming: true },
    { id: 'konzert-altmuenster', titel: 'Konzert mit der Musikkapelle Altmünster', beginn: `${nextDay(1, 15, now)}T10:00`, ort: 'Annakirmesplatz, Düren', staedte: ['altmuenster'], abgesagt: true, upcoming: true },
    { id: 'besuch-jinhua', titel: 'Besuch aus Jinhua', beginn: berlinDay(-60, now), ort: 'Düren', staedte: ['jinhua'], upcoming: false },
  ];
}

/** The file as an editor writes it. */
export function eventFile(e: FixtureEvent): string {
  return `---
titel: ${e.titel}
beschreibung: "${e.titel}: ein Termin der Städtepartnerschaften der Stadt Düren, mit Ort und Zeit."
beginn: "${e.beginn}"
${e.ende ? `ende: "${e.ende}"\n` : ''}ort: ${e.ort}
staedte: [${e.staedte.join(', ')}]
${e.abgesagt ? 'abgesagt: true\n' : ''}---

Alle Bürgerinnen und Bürger sind herzlich eingeladen.
`;
}

/** Writes the events into the fixture's content/termine/. */
export function writeEvents(f: Fixture, events = fixtureEvents()): FixtureEvent[] {
  mkdirSync(f.file('content/termine'), { recursive: true });
  for (const e of events) f.write(`content/termine/${e.id}.mdx`, eventFile(e));
  return events;
}
