// Trunk post-build hook (Trunk.toml), run in the staging directory of every build:
// 0. moves trunk's inline loader script into a file and adds the Content-Security-Policy,
//    so that the page runs no inline script and loads nothing from another origin;
// 1. writes each language but Dutch (which is compiled into the app) as one file of its
//    messages, locales-<tag>-<hash>.json, and names them in the page for the app to fetch
//    when the language is chosen (src/i18n.rs);
// 2. builds the JavaScript API (crates/wasm: the calculation without the app) into api/
//    under stable names, with the same wasm-bindgen and wasm-opt as trunk;
// 3. writes sw.js with the list of every file of this build and a version derived
//    from their contents (see assets/sw.js).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk post_build hook');

// 0. No inline script; a strict policy.
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
const indexPath = join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const loader = index.match(inline);
if (!loader) throw new Error('trunk\'s loader script was not found in index.html');
const loaderName = `init-${createHash('sha256').update(loader[1]).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, loaderName), loader[1].trim() + '\n');
index = index.replace(inline, `<script type="module" src="./${loaderName}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(index)) throw new Error('index.html still has an inline script');
index = index.replace('<meta charset="utf-8">', `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">`);

// 1. The languages fetched on demand: {"language", "core": {file: text}, "app": {file: text}},
//    the core's messages (crates/core/locales/<tag>/) and the app's (locales/<tag>/).
const root = fileURLToPath(new URL('..', import.meta.url));
const COMPILED_IN = 'nl-BE';
const coreLocales = join(root, 'crates', 'core', 'locales');
// Without their comment lines (`#` at the start of a line), which are for translators.
const withoutComments = (text) => text.split('\n').filter((line) => !line.startsWith('#')).join('\n');
const messages = (dir) => Object.fromEntries(readdirSync(dir).filter((name) => name.endsWith('.ftl')).sort()
  .map((name) => [name, withoutComments(readFileSync(join(dir, name), 'utf8'))]));
const languages = readdirSync(coreLocales)
  .filter((tag) => tag !== COMPILED_IN && statSync(join(coreLocales, tag)).isDirectory()).sort()
  .map((tag) => {
    const body = JSON.stringify({ language: tag, core: messages(join(coreLocales, tag)), app: messages(join(root, 'locales', tag)) });
    const file = `locales-${tag}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.json`;
    writeFileSync(join(staging, file), body);
    return { tag, file };
  });
const appMeta = '<meta name="studierekenaar-app" content="app">';
if (!index.includes(appMeta)) throw new Error(`index.html lacks ${appMeta}`);
index = index.replace(appMeta, `${appMeta}<meta name="studierekenaar-languages" content="${languages.map(({ tag, file }) => `${tag}=./${file}`).join(' ')}">`);
writeFileSync(indexPath, index);

// 2. The API module, built from its own crate so that it ships no Yew.
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
run('cargo', ['build', '--release', '--offline', '--locked', '--target', 'wasm32-unknown-unknown', '-p', 'studierekenaar-wasm']);
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
const apiDir = join(staging, 'api');
mkdirSync(apiDir, { recursive: true });
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', apiDir, '--out-name', 'studierekenaar',
  join(targetDir, 'wasm32-unknown-unknown', 'release', 'studierekenaar_wasm.wasm')]);
const apiWasm = join(apiDir, 'studierekenaar_bg.wasm');
run('wasm-opt', ['-Oz', '--enable-reference-types', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', apiWasm, '-o', apiWasm]);

// 3. The service worker.
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
// The API copies are for other sites, not for the offline app; a language file is kept
// once the person has chosen that language (see assets/sw.js), not downloaded in advance.
const languageFiles = languages.map(({ file }) => file);
const precache = ['./', ...files.filter((file) => file !== 'index.html' && !file.startsWith('api/') && !languageFiles.includes(file))];
const template = readFileSync(new URL('../assets/sw.js', import.meta.url), 'utf8');
writeFileSync(join(staging, 'sw.js'), template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(precache))
  .replace('__LANGUAGES__', JSON.stringify(languageFiles)));
console.log(`post-build: ${languageFiles.join(', ')}; api/studierekenaar.js (${statSync(apiWasm).size} bytes of wasm); sw.js version ${version}, ${precache.length} files`);
