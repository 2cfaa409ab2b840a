# Shared by backup.sh and restore.sh: the database they talk to, from the environment, and a client
# option file that keeps the password out of the process list.
#   SALA_DB_HOST (127.0.0.1), SALA_DB_PORT (3306), SALA_DB_NAME (sala), SALA_DB_USER (sala),
#   SALA_DB_PASSWORD, SALA_MEDIA_DIRECTORY (the folder Sala's sala.media.directory names)
SALA_DB_HOST=${SALA_DB_HOST:-127.0.0.1}
SALA_DB_PORT=${SALA_DB_PORT:-3306}
SALA_DB_NAME=${SALA_DB_NAME:-sala}
SALA_DB_USER=${SALA_DB_USER:-sala}
: "${SALA_DB_PASSWORD:?set SALA_DB_PASSWORD to the database user's password}"
: "${SALA_MEDIA_DIRECTORY:?set SALA_MEDIA_DIRECTORY to Sala's media folder}"
SALA_DB_OPTIONS=$(mktemp)
trap 'rm -f "$SALA_DB_OPTIONS"' EXIT
chmod 600 "$SALA_DB_OPTIONS"
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\ndefault-character-set=utf8mb4\n' \
  "$SALA_DB_HOST" "$SALA_DB_PORT" "$SALA_DB_USER" "$SALA_DB_PASSWORD" > "$SALA_DB_OPTIONS"
