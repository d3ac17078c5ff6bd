// Copies the fonts a language needs from npm (node_modules/@fontsource, OFL-1.1) into wwwroot/lib/fonts/<code>/, with
// a stylesheet per language that the page links only in that language (App.razor, decision 0111). Run by the build
// after npm ci (MineralTrade.Web.csproj); node only, no dependency.
// Only the script's own faces are kept (Latin text and digits stay in the system font the English pages use), in
// woff2 only (every browser that runs the dashboard reads it), at the two weights the pages use: 400 and 700.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const languages = [
    // Nastaliq for Urdu: its Arabic-script faces only.
    { code: 'ur', package: '@fontsource/noto-nastaliq-urdu', keep: name => name.includes('-arabic-') },
    // Noto Sans SC in the numbered slices (unicode-range): the browser fetches only the slices of the characters shown.
    { code: 'zh-hans', package: '@fontsource/noto-sans-sc', keep: name => /-\[\d+\]-/.test(name) },
];

for (const language of languages) {
    const source = join(here, 'node_modules', language.package);
    const target = join(here, 'wwwroot', 'lib', 'fonts', language.code);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    const faces = [];
    for (const weight of [400, 700]) {
        const css = readFileSync(join(source, `${weight}.css`), 'utf8');
        for (const [, name, body] of css.matchAll(/\/\* (\S+) \*\/\s*@font-face \{([^}]*)\}/g)) {
            if (!language.keep(name)) continue;
            const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
            if (!file) throw new Error(`${language.package} ${weight}.css: no woff2 for ${name}`);
            copyFileSync(join(source, 'files', file), join(target, file));
            const src = `  src: url(${language.code}/${file}) format('woff2');`;
            faces.push(`@font-face {${body.replace(/^\s*src:.*$/m, src)}}`);
        }
    }
    if (faces.length === 0) throw new Error(`${language.package}: no font face kept`);
    copyFileSync(join(source, 'LICENSE'), join(target, 'LICENSE'));
    writeFileSync(join(target, '..', `${language.code}.css`),
        `/* ${language.package} (SIL Open Font License 1.1: ${language.code}/LICENSE), copied by fonts.mjs */\n${faces.join('\n')}\n`);
}
