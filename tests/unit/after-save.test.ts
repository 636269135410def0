import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AFTER_SAVE_TEXT, AFTER_SAVE_TEXT_LOCAL, afterSaveText } from '../../src/admin/after-save.ts';

/** Sveltia's localStorage entry of the signed-in user, as it writes it. */
const storage = (value: string | null) => ({ getItem: (key: string) => (key === 'sveltia-cms.user' ? value : null) });

test('published editor (GitLab, GitHub): the save is a proposal that someone reviews', () => {
  for (const backend of ['gitlab', 'github']) {
    const text = afterSaveText(storage(JSON.stringify({ backendName: backend, login: 'redaktion' })));
    assert.equal(text, AFTER_SAVE_TEXT);
    assert.match(text, /als Vorschlag.*prüft.*gibt ihn frei.*neu gebaut/s);
  }
});

test('local mode: the save went into the file on this computer; no proposal, no review', () => {
  const text = afterSaveText(storage(JSON.stringify({ backendName: 'local' })));
  assert.equal(text, AFTER_SAVE_TEXT_LOCAL);
  assert.match(text, /direkt in der Datei/);
  assert.doesNotMatch(text, /als Vorschlag|prüft den/);
});

test('nothing or something unreadable stored: the published text (never claims a save went online)', () => {
  for (const value of [null, '', 'kein JSON', '{}']) {
    const text = afterSaveText(storage(value));
    assert.equal(text, AFTER_SAVE_TEXT);
    assert.match(text, /Online ist die Änderung noch nicht/);
  }
});
