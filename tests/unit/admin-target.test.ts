/** REDAKTION_URL: where the editor is published (src/integrations/admin.ts, adminTarget). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { adminTarget } from '../../src/integrations/admin.ts';

const site = { base: '/partnerstaedte/', origin: 'https://www.dueren.de' };

describe('adminTarget', () => {
  it('without REDAKTION_URL the editor is part of the site (admin/)', () => {
    assert.deepEqual(adminTarget({}, site), { inSite: true, base: '/partnerstaedte/' });
  });

  it('on the site’s own origin it stays part of the site', () => {
    assert.deepEqual(adminTarget({ REDAKTION_URL: 'https://www.dueren.de/partnerstaedte/admin/' }, site), { inSite: true, base: '/partnerstaedte/' });
  });

  it('on a host of its own it leaves the site, at the path the address names', () => {
    assert.deepEqual(adminTarget({ REDAKTION_URL: 'https://redaktion.dueren.de/partnerstaedte/admin/' }, site), {
      inSite: false,
      base: '/partnerstaedte/',
      url: 'https://redaktion.dueren.de/partnerstaedte/admin/',
    });
    assert.deepEqual(adminTarget({ REDAKTION_URL: 'https://redaktion.dueren.de/admin' }, site), {
      inSite: false,
      base: '/',
      url: 'https://redaktion.dueren.de/admin/',
    });
  });

  it('refuses an address without https or not ending in /admin/, in German', () => {
    assert.throws(() => adminTarget({ REDAKTION_URL: 'http://redaktion.dueren.de/admin/' }, site), /muss mit https:\/\/ beginnen/);
    assert.throws(() => adminTarget({ REDAKTION_URL: 'https://redaktion.dueren.de/cms/' }, site), /muss auf \/admin\/ enden/);
  });
});
