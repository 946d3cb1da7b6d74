#!/usr/bin/env bash
# Documents check (issue 4): converts the LKj of the three corrected seed offices to PDF with LibreOffice
# through `sakip report`, checks the PDF text for key figures, table captions, words split by narrow columns and the
# page count, and keeps page images in ci-artifacts/ for a person to look at. Installs LibreOffice and poppler-utils when missing.
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
artifacts="$root/ci-artifacts/documents"
mkdir -p "$artifacts"

if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer libreoffice-calc poppler-utils >/dev/null
fi

if ! swift build --product sakip > "$artifacts/build.log" 2>&1; then
    grep -E "error" "$artifacts/build.log" | head -20
    echo "documents: 0 passed, 1 failed (build)"
    exit 1
fi
sakip="$(swift build --show-bin-path)/sakip"

failed=0
passed=0
# seed | key figures the PDF must state (|-separated) | minimum pages
checks=(
    "asahan-2024-corrected|91,37 %|99,65 %|83.098.081.692|83.389.671.000"
    "pagaralam-2024-corrected|BAB IV PENUTUP"
    "pematangsiantar-2024-corrected|BAB IV PENUTUP"
)
# seed -> a table caption the PDF must print (extended regex: the table's number depends on the tables before it).
# Pagar Alam's file carries an election, so BAB III prints its DPT recap (issue 6).
declare -A captions=(
    ["pagaralam-2024-corrected"]='Tabel +3\.[0-9]+ +Rekapitulasi +Daftar +Pemilih +Tetap +\(DPT\)'
)
for check in "${checks[@]}"; do
    IFS='|' read -r -a parts <<< "$check"
    seed=${parts[0]}
    pdf="$artifacts/lkj-$seed.pdf"
    if ! "$sakip" report lkj "Tests/Fixtures/seeds/$seed.json" -o "$artifacts/lkj-$seed.docx" >/dev/null \
        || ! "$sakip" report lkj "Tests/Fixtures/seeds/$seed.json" --format pdf -o "$pdf"; then
        echo "FAIL $seed: document generation or PDF conversion failed"
        failed=$((failed + 1))
        continue
    fi
    text=$(pdftotext -layout "$pdf" -)
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    ok=1
    for figure in "${parts[@]:1}" "DAFTAR ISI" "KATA PENGANTAR" "BAB I PENDAHULUAN" "BAB III AKUNTABILITAS KINERJA" "LAMPIRAN"; do
        if ! grep -qF -- "$figure" <<< "$text"; then
            echo "FAIL $seed: the PDF does not state \"$figure\""
            ok=0
        fi
    done
    if [ -n "${captions[$seed]:-}" ] && ! grep -qE -- "${captions[$seed]}" <<< "$text"; then
        echo "FAIL $seed: the PDF does not print the caption /${captions[$seed]}/"
        ok=0
    fi
    if [ "${pages:-0}" -lt 12 ]; then
        echo "FAIL $seed: only ${pages:-0} pages"
        ok=0
    fi
    # Narrow table columns must not split a word, a code or a figure (issue 16): "N|o", "Lapora|n", "076.01.C|Q",
    # "95,20|%", "Rp|1.000". pdftotext writes the no-break space as a space.
    plain=$(pdftotext "$pdf" -)
    for broken in '(^|\n)N\no(\n|$)' '[0-9],[0-9]{2} *\n%' 'Rp *\n[0-9]' '076\.01\.C *\nQ' '076\.01\. *\nCQ' 'Lapora *\nn' 'Lapor *\nan'; do
        if grep -qzP -- "$broken" <<< "$plain"; then
            echo "FAIL $seed: a table splits a word across lines (/$broken/)"
            ok=0
        fi
    done
    for word in "076.01.CQ" "No"; do
        if ! grep -qF -- "$word" <<< "$plain"; then
            echo "FAIL $seed: the PDF does not show \"$word\" whole"
            ok=0
        fi
    done
    # The table of contents must carry page numbers (a dotted line ending in a number).
    if ! grep -qE "BAB I PENDAHULUAN.*[0-9]+ *$" <<< "$text"; then
        echo "FAIL $seed: the table of contents has no page number for BAB I"
        ok=0
    fi
    pdftoppm -png -r 60 -f 1 -l 3 "$pdf" "$artifacts/lkj-$seed-page" >/dev/null 2>&1 || true
    if [ $ok = 1 ]; then
        echo "ok   $seed: $pages pages"
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done
"$sakip" report pk Tests/Fixtures/seeds/asahan-2024-corrected.json --level sekretaris --format pdf -o "$artifacts/pk-sekretaris-asahan.pdf" >/dev/null \
    && pdftoppm -png -r 60 -f 1 -l 1 "$artifacts/pk-sekretaris-asahan.pdf" "$artifacts/pk-sekretaris-asahan-page" \
    && passed=$((passed + 1)) || { echo "FAIL PK sekretaris Asahan to PDF"; failed=$((failed + 1)); }

echo "documents: $passed passed, $failed failed"
[ "$failed" = 0 ]
