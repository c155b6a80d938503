#!/bin/sh
# Writes a pack's zips.csv from the Census ZCTA-to-county file (columns zip,state,fips,county,
# as in shared/data/zcta-counties.csv), keeping zip,state,county and sorting the rows by
# ZIP code, state and county, so that a newer Census file gives a readable diff:
#
#   content/make-zips.sh zcta-counties.csv > content/default/zips.csv
#
# Then run `letter-kiosk check-content content/default`: it reports any county spelled
# differently from states.yaml.
set -eu

if [ $# -ne 1 ] || [ ! -r "$1" ]; then
  echo "usage: $0 ZCTA-COUNTIES.CSV > zips.csv" >&2
  exit 2
fi
if [ "$(head -n 1 "$1" | tr -d '\r')" != "zip,state,fips,county" ]; then
  echo "$0: $1 does not start with the line zip,state,fips,county" >&2
  exit 1
fi
# The Census names have no commas or quotes; a file that has some needs a real CSV tool.
if grep -q '"' "$1" || ! awk -F, 'NF != 4 { exit 1 }' "$1"; then
  echo "$0: $1 has quoted values or lines without exactly four values, which this script does not read" >&2
  exit 1
fi

echo "zip,state,county"
tail -n +2 "$1" | tr -d '\r' | awk -F, '{ print $1 "," $2 "," $4 }' | LC_ALL=C sort -t, -k1,1 -k2,2 -k3,3
