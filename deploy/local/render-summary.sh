#!/usr/bin/env bash
# Downloads the provincial summary of a round as Word (as reviewer bob) from the running suite and
# renders its first page to PNG with LibreOffice, the way docs/images/summary-docx-page1.png is made:
#   deploy/local/up.sh && deploy/local/demo.sh && deploy/local/render-summary.sh [ROUND] [OUT_DIR]
# Needs LibreOffice and poppler-utils: apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation
set -euo pipefail
source "$(dirname "$0")/common.sh"

ROUND=${1:-DVCQ-2021}
OUT=${2:-$ROOT/docs/images}
command -v soffice >/dev/null || fail "LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui"
command -v pdftoppm >/dev/null || fail "pdftoppm is needed: apt-get install poppler-utils"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
status=$(curl -sS -o "$WORK/summary.docx" -w '%{http_code}' -H "Authorization: Bearer $(token bob)" \
  "http://127.0.0.1:$AGGREGATION_PORT/api/v1/rounds/$ROUND/summary.docx")
[ "$status" = 200 ] || fail "summary.docx of $ROUND answered HTTP $status: $(cat "$WORK/summary.docx")"
(cd "$WORK" && soffice --headless --convert-to pdf summary.docx >/dev/null 2>&1) || fail "LibreOffice could not convert the document"
mkdir -p "$OUT"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$WORK/summary.pdf" "$OUT/summary-docx-page1"
cp "$WORK/summary.docx" "$OUT/summary-$ROUND.docx"
say "Wrote $OUT/summary-docx-page1.png and $OUT/summary-$ROUND.docx"
