// Trunk post-build hook: writes sw.js into the build with the list of every file of
// this build and a version derived from their contents (see assets/sw.js).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk post_build hook');

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== 'sw.js') files.push(relative(staging, path).split('\\').join('/'));
  }
};
walk(staging);
files.sort();

const hash = createHash('sha256');
for (const file of files) hash.update(file).update(readFileSync(join(staging, file)));
const version = hash.digest('hex').slice(0, 16);
const precache = ['./', ...files.filter((file) => file !== 'index.html')];

const template = readFileSync(new URL('../assets/sw.js', import.meta.url), 'utf8');
writeFileSync(join(staging, 'sw.js'), template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(precache)));
console.log(`sw.js: version ${version}, ${precache.length} files`);
