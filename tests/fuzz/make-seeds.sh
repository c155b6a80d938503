#!/usr/bin/env bash
# Writes the fuzzers' seed corpora (tests/fuzz/<fuzzer>/) from the default pack, in
# the input formats of pack_files.h, letter_choices.h and fuzz_input.h. Run it again
# when the default pack changes; findings kept as seeds (regression-*) are left alone.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pack="$here/../../content/default"

# bytes N...: the bytes with these values.
bytes() { local n; for n in "$@"; do printf '%b' "\\0$(printf '%03o' "$n")"; done; }
u32le() { bytes $(($1 & 255)) $(($1 >> 8 & 255)) $(($1 >> 16 & 255)) $(($1 >> 24 & 255)); }
# pack_file NAME: one file of the default pack as pack_files.h reads it.
pack_file() { bytes "${#1}"; printf '%s' "$1"; u32le "$(stat -c %s "$pack/$1")"; cat "$pack/$1"; }
# choices RECIPIENT STATE COUNTY REASONS LANGUAGE FLAGS: letter_choices.h's ten bytes
# (indexes in the default pack's order; REASONS a bit per ground then condition).
choices() { bytes "$1" "$2" "$3" $(($4 & 255)) $(($4 >> 8 & 255)) $(($4 >> 16 & 255)) "$5" "$6" 10 25; }
# fields TEXT...: NUL-separated text fields.
fields() { local first=1 text; for text in "$@"; do ((first)) || bytes 0; first=0; printf '%s' "$text"; done; }

seeds() { rm -f "$here/$1"/seed-*; mkdir -p "$here/$1"; }

seeds pack
(cd "$pack" && find . -type f -printf '%P\n' | LC_ALL=C sort) | while read -r name; do pack_file "$name"; done \
  >"$here/pack/seed-default-pack"
pack_file pack.yaml >"$here/pack/seed-pack-yaml-only"

seeds yaml_file
for name in pack.yaml states.yaml recipients.yaml reasons.yaml strings/en.yaml strings/es.yaml; do
  cp "$pack/$name" "$here/yaml_file/seed-${name//\//-}"
done

seeds zips_csv
head -n 40 "$pack/zips.csv" >"$here/zips_csv/seed-first-rows"
{ head -n 1 "$pack/zips.csv"; grep '^65201,' "$pack/zips.csv"; } >"$here/zips_csv/seed-zip-in-two-counties"

# contacts_csv: a level byte (0 national, 1 state, 2 county), then the file as a spreadsheet saves it.
seeds contacts_csv
columns="state,county,office,name,surname,address_1,address_2,address_3,source,verified_on,term_ends"
{ bytes 2 239 187 191; printf '%s\r\n' "State,County,Office,Name,Surname,Address_1,Address_2,Address_3,Source,Verified_on,Term_ends" \
    "MO,Boone County,Boone County Sheriff's Office,Jane Doe,Doe,2121 County Drive,,\"Columbia, MO 65202\",\"county site, \"\"Contact\"\" page\",2026-11-20,2028-12" \
    "KS,Doniphan County,Doniphan County Sheriff,,,,,,,,"; } >"$here/contacts_csv/seed-excel-sheriffs"
{ bytes 1; printf '%s\n' "office,state,name,surname,address_1,address_3" \
    "Governor of Kansas,KS,Pat Example,Example,\"State Capitol, 300 SW 10th Ave.\",\"Topeka, KS 66612\""; } \
  >"$here/contacts_csv/seed-libreoffice-governors"
{ bytes 2; printf '%s\n' "$columns" "MO,Boone Cuonty,Sheriff,Jane Doe,,\"2121 County Drive" "Columbia\",,,,11/20/2026,Jan"; } \
  >"$here/contacts_csv/seed-broken-rows"

# Recipients, states and languages in the default pack's order.
recipients=(president governor prosecutor sheriff local-official)
languages=(en es)
seeds template
for r in "${!recipients[@]}"; do
  for l in "${!languages[@]}"; do
    template="$pack/templates/${recipients[r]}.${languages[l]}.mustache"
    { choices "$r" 0 1 $((1 | 1 << 6 | 1 << 9)) "$l" 2; fields "Ana María Núñez" "Columbia" "$(cat "$template")"; } \
      >"$here/template/seed-${recipients[r]}-${languages[l]}"
  done
done

seeds letter_layout
{ choices 1 0 0 $((1 << 6 | 1 << 8 | 1 << 16)) 0 2; fields "José Núñez-Ødegård" "Columbia" "12 Elm Street" "Columbia, MO 65201"; } \
  >"$here/letter_layout/seed-governor-latin"
{ choices 3 3 5 $((1 << 5)) 1 3; fields "王小明 (Wáng Xiǎomíng)" "Little Rock" "Calle Ñandú 7, Apto. 3º" "Little Rock, AR 72201"; } \
  >"$here/letter_layout/seed-sheriff-cjk-a4"
{ choices 0 0 0 $(((1 << 17) - 1)) 0 6; fields "محمد الأحمد" "Omaha" "١٢ شارع النخيل" "Ωmega ✉ 🙂 Straße"; } \
  >"$here/letter_layout/seed-president-no-state-rtl"
{ choices 4 1 20 0 1 2; fields "$(printf 'Bartholomew-Maximilian %.0s' {1..12})" "" "$(printf 'Apartment %.0s' {1..30})"; } \
  >"$here/letter_layout/seed-local-official-long-lines"
{ choices 2 2 10 3 0 0; fields "" ""; } >"$here/letter_layout/seed-prosecutor-nothing-typed"

# archive: the pack's small files as a zip and as a tar.gz inside a folder, and the
# hostile shapes the unpacker refuses (python3's zipfile and tarfile write them).
seeds archive
python3 - "$pack" "$here/archive" <<'PYTHON'
import io, os, sys, tarfile, zipfile
pack, out = sys.argv[1], sys.argv[2]
names = ["pack.yaml", "reasons.yaml", "strings/en.yaml", "templates/governor.en.mustache"]
with zipfile.ZipFile(os.path.join(out, "seed-pack.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    for name in names:
        z.write(os.path.join(pack, name), name)
    z.writestr("__MACOSX/._pack.yaml", b"mac")
with tarfile.open(os.path.join(out, "seed-pack-in-folder.tar.gz"), "w:gz") as t:
    for name in names:
        t.add(os.path.join(pack, name), "my-campaign/" + name)
def member(name, kind=tarfile.REGTYPE, data=b"x", link=""):
    info = tarfile.TarInfo(name)
    info.type, info.linkname, info.size = kind, link, len(data) if kind == tarfile.REGTYPE else 0
    return info, io.BytesIO(data) if kind == tarfile.REGTYPE else None
with tarfile.open(os.path.join(out, "seed-hostile.tar.gz"), "w:gz") as t:
    for info, data in [member("../escaped.yaml"), member("/absolute.yaml"), member("link", tarfile.SYMTYPE, link="/etc/passwd"),
                       member("hard", tarfile.LNKTYPE, link="pack.yaml"), member("a/b/c/d/e/f/g/h/i/deep.yaml")]:
        t.addfile(info, data)
PYTHON
