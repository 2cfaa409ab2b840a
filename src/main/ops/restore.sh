#!/usr/bin/env bash
# Restores a backup made by backup.sh into an empty database and an empty media folder (named as in
# sala-db.sh); start Sala on them afterwards. It refuses to write over anything.
# Usage: restore.sh <backup folder>
set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
backup=${1:?usage: restore.sh <backup folder>}
source "$here/sala-db.sh"
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || { echo "The backup in $backup is damaged or incomplete" >&2; exit 1; }
client=$(command -v mariadb || command -v mysql)
tables=$("$client" --defaults-extra-file="$SALA_DB_OPTIONS" -N -B -e \
  "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$SALA_DB_NAME'")
[ "$tables" = 0 ] || { echo "Database $SALA_DB_NAME has $tables tables; restore into an empty one" >&2; exit 1; }
mkdir -p "$SALA_MEDIA_DIRECTORY"
[ -z "$(ls -A "$SALA_MEDIA_DIRECTORY")" ] || { echo "$SALA_MEDIA_DIRECTORY is not empty; restore into an empty folder" >&2; exit 1; }
"$client" --defaults-extra-file="$SALA_DB_OPTIONS" "$SALA_DB_NAME" < "$backup/sala.sql"
tar -C "$SALA_MEDIA_DIRECTORY" -xf "$backup/media.tar"
echo "Restored database $SALA_DB_NAME and $(find "$SALA_MEDIA_DIRECTORY" -type f | wc -l) media files from $backup"
