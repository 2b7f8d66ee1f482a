#!/usr/bin/env bash
# Opens the command line's CSV in LibreOffice Calc (headless) with "evaluate formulas" switched
# on, the most dangerous import setting, and fails if any cell became a formula or if the text
# of a formula-like note, Cyrillic or Polish letters did not survive. Needs LibreOffice
# (Debian: apt-get install libreoffice-calc-nogui); not part of `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/board.json" <<'JSON'
[
 {"type":"frame","id":"1","x":1000,"y":1000,"width":2000,"height":2000,"title":"Before purchase"},
 {"type":"shape","id":"2","x":1000,"y":1000,"width":1800,"height":1800,"content":"<p>Сайт, \"главная\"</p>"},
 {"type":"sticky_note","id":"3","x":500,"y":500,"content":"<p>=1+1</p>","style":{"fillColor":"green"}},
 {"type":"sticky_note","id":"4","x":600,"y":500,"content":"<p>+SUM(1,2)</p>","style":{"fillColor":"green"}},
 {"type":"sticky_note","id":"5","x":700,"y":500,"content":"<p>-slow delivery</p>","style":{"fillColor":"red"}},
 {"type":"sticky_note","id":"6","x":800,"y":500,"content":"<p>@SUM(A1)</p>","style":{"fillColor":"gray"}},
 {"type":"sticky_note","id":"7","x":900,"y":500,"content":"<p>Zażółć gęślą jaźń; \"quoted\", comma</p>","style":{"fillColor":"green"}},
 {"type":"sticky_note","id":"8","x":1000,"y":500,"content":"<p>=HYPERLINK(\"http://x\",\"y\")</p>","style":{"fillColor":"red"}}
]
JSON
npm run --silent build:cli > /dev/null
for delimiter in comma semicolon tab; do
  case $delimiter in comma) flag=','; code=44 ;; semicolon) flag=';'; code=59 ;; tab) flag='tab'; code=9 ;; esac
  for table in summary notes; do
    name="$table-$delimiter"
    node bin/touchpoint-tally.mjs score "$work/board.json" --format csv --table "$table" --delimiter "$flag" > "$work/$name.csv"
    # Separator, quote, UTF-8, from line 1, ..., token 13: evaluate formulas.
    (cd "$work" && soffice --headless --infilter="CSV:$code,34,76,1,,,false,true,,,,,true" --convert-to ods "$name.csv" > /dev/null 2>&1)
    unzip -p "$work/$name.ods" content.xml > "$work/$name.xml"
    if grep -q 'table:formula=' "$work/$name.xml"; then
      echo "FAIL $name: LibreOffice made a formula of a cell"; exit 1
    fi
  done
done
for text in "Сайт, &quot;главная&quot;" "Zażółć gęślą jaźń" "&apos;=1+1" "&apos;-slow delivery"; do
  grep -q "$text" "$work/notes-comma.xml" || { echo "FAIL: \"$text\" is not in the sheet"; exit 1; }
done
echo "LibreOffice $(soffice --version | cut -d' ' -f2): 6 files opened, no formula cell, letters and note text intact."
