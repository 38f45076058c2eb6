# The packaged application with the demo plant on a throwaway embedded database, for benchmarks that measure it end
# to end over HTTP. Sourced by a bench script from the repository's root; it sets:
#   work  a temporary folder, removed on exit     http, pg  the application's and its database's ports
#   cp    the runtime class path (for the bench's own Java client)          jar  the packaged application
# and defines start_app LOG [ARGS...] (starts it, the demo's signals, MQTT broker and listener off, and waits until
# it is healthy) and stop_app. The wait: until /actuator/health answers UP, which it does once the demo plant is
# generated; a plant built record by record on a loaded machine takes many minutes, so it waits up to WAIT seconds
# (1800 unless WAIT says otherwise), saying every minute how long it has waited, the load, and the demo's last step.
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
    local started=$SECONDS limit=${WAIT:-1800} said=0
    echo "waiting up to $limit s (WAIT) for the application on port $http to answer UP on /actuator/health (log: $log)"
    until curl -fs "http://127.0.0.1:$http/actuator/health" 2>/dev/null | grep -q UP; do
        kill -0 "$app" 2>/dev/null || { echo "the application stopped before it was healthy:"; tail -40 "$log"; exit 1; }
        local waited=$((SECONDS - started))
        if [ "$waited" -ge "$limit" ]; then
            # an application that failed to start may linger without answering
            echo "not healthy after $waited s (WAIT=$limit), load $(cut -d' ' -f1-3 /proc/loadavg):"
            tail -40 "$log"
            exit 1
        fi
        if [ $((waited / 60)) -gt "$said" ]; then
            said=$((waited / 60))
            echo "  $waited s, load $(cut -d' ' -f1-3 /proc/loadavg); last step: $(grep -o 'Demo mode: .\{0,120\}' "$log" | tail -1)"
        fi
        sleep 2
    done
    echo "healthy after $((SECONDS - started)) s"
}
stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; app=; }
