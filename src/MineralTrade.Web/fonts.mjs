// Copies the fonts a language needs from npm (node_modules/@fontsource, OFL-1.1) into wwwroot/lib/fonts/<code>/, with
// a stylesheet per language that the page links only in that language (App.razor, decision 0111). Run by the build
// after npm ci (MineralTrade.Web.csproj); node only, no dependency.
// Only the script's own faces are kept (Latin text and digits stay in the system font the English pages use), in
// woff2 only (every browser that runs the dashboard reads it), at the two weights the pages use: 400 and 700.
// Chinese keeps only the CJK part of each slice's unicode-range (from U+2E80: radicals, CJK punctuation, ideographs,
// full-width forms): its family comes before the system font in the page's list (app.css), and must not take the
// letters, digits and punctuation that the system font draws on the English pages.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const languages = [
    // Nastaliq for Urdu: its Arabic-script faces only.
    { code: 'ur', package: '@fontsource/noto-nastaliq-urdu', keep: name => name.includes('-arabic-') },
    // Noto Sans SC in the numbered slices (unicode-range): the browser fetches only the slices of the characters shown.
    { code: 'zh-hans', package: '@fontsource/noto-sans-sc', keep: name => /-\[\d+\]-/.test(name), from: 0x2E80 },
];

/** The part of a unicode-range (`U+4e00-4e3f,U+4e48`) from the code point `from` on; empty if none. */
function rangeFrom(range, from) {
    return range.split(',').flatMap(part => {
        const [low, high = low] = part.trim().replace(/^U\+/i, '').split('-').map(hex => parseInt(hex, 16));
        if (high < from) return [];
        const start = Math.max(low, from);
        return [start === high ? `U+${start.toString(16)}` : `U+${start.toString(16)}-${high.toString(16)}`];
    }).join(',');
}

for (const language of languages) {
    const source = join(here, 'node_modules', language.package);
    const target = join(here, 'wwwroot', 'lib', 'fonts', language.code);
    // Written over, never emptied: the build globbed wwwroot/** before this ran, and a file removed now would still be
    // one of its static assets (the csproj's Content Remove in a target only sees files on disk), failing that build.
    mkdirSync(target, { recursive: true });
    const faces = [];
    for (const weight of [400, 700]) {
        const css = readFileSync(join(source, `${weight}.css`), 'utf8');
        for (const [, name, body] of css.matchAll(/\/\* (\S+) \*\/\s*@font-face \{([^}]*)\}/g)) {
            if (!language.keep(name)) continue;
            let face = body;
            if (language.from !== undefined) {
                const range = rangeFrom(/unicode-range:\s*([^;]+);/.exec(body)[1], language.from);
                if (range === '') continue;
                face = body.replace(/unicode-range:[^;]+;/, `unicode-range: ${range};`);
            }
            const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
            if (!file) throw new Error(`${language.package} ${weight}.css: no woff2 for ${name}`);
            copyFileSync(join(source, 'files', file), join(target, file));
            const src = `  src: url(${language.code}/${file}) format('woff2');`;
            faces.push(`@font-face {${face.replace(/^\s*src:.*$/m, src)}}`);
        }
    }
    if (faces.length === 0) throw new Error(`${language.package}: no font face kept`);
    copyFileSync(join(source, 'LICENSE'), join(target, 'LICENSE'));
    writeFileSync(join(target, '..', `${language.code}.css`),
        `/* ${language.package} (SIL Open Font License 1.1: ${language.code}/LICENSE), copied by fonts.mjs */\n${faces.join('\n')}\n`);
}
