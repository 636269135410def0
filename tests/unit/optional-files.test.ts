/**
 * optionalFiles (src/loaders/optional-files.ts): a collection that may be empty (translations,
 * events) loads without Astro's two "nothing here" warnings; every other warning of the
 * wrapped loader still reaches the log.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Loader, LoaderContext } from 'astro/loaders';
import { optionalFiles } from '../../src/loaders/optional-files.ts';

test('die Warnungen zu leeren oder fehlenden Ordnern entfallen, alle anderen bleiben', async () => {
  const logged: string[] = [];
  const logger = {
    label: 'glob-loader',
    warn: (m: string) => logged.push(`warn: ${m}`),
    info: (m: string) => logged.push(`info: ${m}`),
    error: (m: string) => logged.push(`error: ${m}`),
  };
  let received: LoaderContext | undefined;
  const inner: Loader = {
    name: 'glob-loader',
    load: async (context) => {
      received = context;
      context.logger.warn('No files found matching "*/*.mdx" in directory "content/aktuelles"');
      context.logger.warn('The base directory "/tmp/x/content/termine/" does not exist.');
      context.logger.warn('No entry type found for content/staedte/en/stryj.txt');
      context.logger.warn('Duplicate id "en/stryj" found in content/staedte/en/stryj.mdx.');
      context.logger.info('Reloaded data from content/staedte/en/stryj.mdx');
      context.logger.error('Error reading content/staedte/en/stryj.mdx: EACCES');
    },
  };
  const loader = optionalFiles(inner);
  assert.equal(loader.name, 'glob-loader');
  await loader.load({ logger, collection: 'uebersetzungenStaedte' } as unknown as LoaderContext);
  assert.deepEqual(logged, [
    'warn: No entry type found for content/staedte/en/stryj.txt',
    'warn: Duplicate id "en/stryj" found in content/staedte/en/stryj.mdx.',
    'info: Reloaded data from content/staedte/en/stryj.mdx',
    'error: Error reading content/staedte/en/stryj.mdx: EACCES',
  ]);
  assert.equal(received!.collection, 'uebersetzungenStaedte');
  assert.equal((received!.logger as unknown as { label: string }).label, 'glob-loader');
});
