# The packaged application with the demo plant on a throwaway embedded database, for benchmarks that measure it end
# to end over HTTP. Sourced by a bench script from the repository's root; it sets:
#   work  a temporary folder, removed on exit     http, pg  the application's and its database's ports
#   cp    the runtime class path (for the bench's own Java client)          jar  the packaged application
# and defines start_app LOG [ARGS...] (starts and waits until healthy; the demo's signals, MQTT broker and listener
# off) and stop_app.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
work=$(mktemp -d)
http=$(free_port)
pg=$(free_port)
app=
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

mvn -B -q -o -DskipTests package
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=runtime >/dev/null
cp=$(cat "$work/cp.txt")
jar=$(ls target/tandem-*.jar | grep -v plain | head -1)

start_app() {
    local log=$1
    shift
    java -Xmx2g -jar "$jar" --spring.profiles.active=demo --tandem.demo.signals.enabled=false \
        --server.port="$http" --tandem.database.embedded.directory="$work/data" --tandem.database.embedded.port="$pg" \
        --tandem.signal.broker.enabled=false --tandem.signal.mqtt.enabled=false "$@" >> "$log" 2>&1 &
    app=$!
    local waited=0
    until curl -fs "http://127.0.0.1:$http/actuator/health" 2>/dev/null | grep -q UP; do
        kill -0 "$app" 2>/dev/null || { tail -40 "$log"; exit 1; }
        # an application that failed to start may linger without answering
        waited=$((waited + 2))
        [ "$waited" -lt 600 ] || { tail -40 "$log"; exit 1; }
        sleep 2
    done
}
stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; app=; }
