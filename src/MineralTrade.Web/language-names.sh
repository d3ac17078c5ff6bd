#!/bin/sh
# Makes wwwroot/fonts/language-names/: the language switch's names of the other languages (Language.NativeName:
# 简体中文, اردو) in their own fonts, a face of those few glyphs each (about 1 KB), so that every page shows them
# without the whole language font (decision 0111). Run again, and commit the files, when a native name changes
# (LanguageTests.LanguageNames_AreDrawnInAFaceOfTheirScript fails until then).
# Needs node_modules (npm ci, as the build runs it) and fontTools with brotli (Debian: apt-get install
# python3-fonttools python3-brotli).
set -eu
cd "$(dirname "$0")"
python=${PYTHON:-/usr/bin/python3}
fonts=node_modules/@fontsource
out=wwwroot/fonts/language-names
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# Chinese: Noto Sans SC comes in numbered slices; take the name's glyphs from each slice that holds one, then merge.
# Both weights: the name is bold where it is the current language (the Chinese pages).
zh=简体中文
for weight in 400 700; do
    : > "$work/zh-parts"
    for slice in $fonts/noto-sans-sc/files/noto-sans-sc-[0-9]*-$weight-normal.woff2; do
        name=$(basename "$slice" .woff2)
        "$python" -m fontTools.subset "$slice" --text="$zh" --output-file="$work/$name.ttf" 2>/dev/null
        if "$python" -c "import sys; from fontTools.ttLib import TTFont; sys.exit(0 if TTFont(sys.argv[1]).getBestCmap() else 1)" "$work/$name.ttf"; then
            echo "$work/$name.ttf" >> "$work/zh-parts"
        fi
    done
    "$python" -m fontTools.merge $(cat "$work/zh-parts") --output-file="$work/zh-$weight.ttf"
    "$python" -m fontTools.subset "$work/zh-$weight.ttf" --text="$zh" --flavor=woff2 --output-file="$out/zh-hans-$weight.woff2"
done
cp $fonts/noto-sans-sc/LICENSE "$out/zh-hans.LICENSE"

# Urdu: Nastaliq's joining and positioning rules kept (layout features), so the word is written as in the Urdu pages.
"$python" -m fontTools.subset $fonts/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2 \
    --text="اردو" --layout-features='*' --flavor=woff2 --output-file="$out/ur-400.woff2"
cp $fonts/noto-nastaliq-urdu/LICENSE "$out/ur.LICENSE"

ls -l "$out"
