/**
 * Decodes photos with sharp, as the build will: `node decode-images.ts <file>…`
 * prints a JSON object { file: German message } for every file sharp cannot read
 * completely. Its own process, so that the content check (synchronous, see
 * node.ts) can ask sharp, whose API is asynchronous.
 */
import sharp from 'sharp';
import { MAX_IMAGE_MEGAPIXELS } from './images.ts';

const failures: Record<string, string> = {};
for (const file of process.argv.slice(2)) {
  try {
    // failOn 'truncated': a photo cut off in the middle is an error, not a grey half.
    // The pixel limit is a second guard behind the header check (images.ts).
    await sharp(file, { failOn: 'truncated', limitInputPixels: MAX_IMAGE_MEGAPIXELS * 1e6 })
      .resize(64, 64, { fit: 'inside' })
      .raw()
      .toBuffer();
  } catch (e) {
    failures[file] = (e as Error).message.split('\n')[0]!.slice(0, 200);
  }
}
process.stdout.write(JSON.stringify(failures));
