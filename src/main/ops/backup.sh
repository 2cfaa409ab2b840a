#!/usr/bin/env bash
# Backs up a whole Sala site into a new folder, while Sala keeps running:
#   sala.sql         the database, one consistent snapshot (mariadb-dump --single-transaction)
#   media.tar        the uploaded files
#   SHA256SUMS       what restore.sh checks before it changes anything
# Usage: backup.sh <new folder>, with the database and media folder named as in sala-db.sh.
# The dump comes first: a file uploaded while the media folder is copied is then only extra.
set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
target=${1:?usage: backup.sh <new folder>}
source "$here/sala-db.sh"
[ ! -e "$target" ] || { echo "$target exists already; name a new folder" >&2; exit 1; }
[ -d "$SALA_MEDIA_DIRECTORY" ] || { echo "No media folder at $SALA_MEDIA_DIRECTORY" >&2; exit 1; }
mkdir -p "$target"
dump=$(command -v mariadb-dump || command -v mysqldump)
"$dump" --defaults-extra-file="$SALA_DB_OPTIONS" --single-transaction --quick --hex-blob \
  --triggers --no-tablespaces "$SALA_DB_NAME" > "$target/sala.sql"
tar -C "$SALA_MEDIA_DIRECTORY" -cf "$target/media.tar" .
(cd "$target" && sha256sum sala.sql media.tar > SHA256SUMS)
echo "Backed up database $SALA_DB_NAME ($(wc -c < "$target/sala.sql") bytes) and $(tar -tf "$target/media.tar" | grep -vc '/$') media files into $target"
