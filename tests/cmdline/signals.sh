#!/usr/bin/env bash
# Signals sent to the process reach the program as in CPython: SIGINT raises KeyboardInterrupt (status 130)
# even in the middle of a sleep, Python handlers run promptly, and SIG_DFL lets a signal kill the process.
# Every check must also pass with CPython 3.12 as "$1".
set -u
# Job control: background programs get the default SIGINT, not the ignored one of a script's jobs.
set -m
interpreter="$1"
failed=0
# run SIGNAL PROGRAM EXPECTED_STATUS EXPECTED_LAST_STDERR_LINE EXPECTED_STDOUT: the signal is sent 0.5 s
# after the start; the program must end within 10 s.
run() {
    local signal="$1" program="$2" want_status="$3" want_err="$4" want_out="$5"
    local dir out err status
    dir=$(mktemp -d)
    "$interpreter" -c "$program" >"$dir/out" 2>"$dir/err" &
    local pid=$!
    sleep 0.5
    kill -s "$signal" "$pid"
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -s KILL "$pid"
        echo "FAIL $signal: still running 10 s later: ${program//$'\n'/; }"
        failed=1
    fi
    wait "$pid"
    status=$?
    out=$(cat "$dir/out")
    err=$(grep -v '^[[:space:]]*$' "$dir/err" | tail -n 1)
    rm -rf "$dir"
    if [[ $status -ne $want_status || "$err" != "$want_err" || "$out" != "$want_out" ]]; then
        echo "FAIL $signal: status $status (want $want_status), stderr '$err' (want '$want_err'), stdout '$out' (want '$want_out'): ${program//$'\n'/; }"
        failed=1
    else
        echo "ok   $signal: ${program//$'\n'/; }"
    fi
}
run INT $'import time\nprint("sleeping", flush=True)\ntime.sleep(30)' 130 "KeyboardInterrupt" "sleeping"
run INT $'print("looping", flush=True)\nwhile True:\n    pass' 130 "KeyboardInterrupt" "looping"
run TERM $'import _signal, sys, time\ndef stop(signum, frame):\n    print("handler", signum)\n    sys.exit(3)\n_signal.signal(_signal.SIGTERM, stop)\ntime.sleep(30)' 3 "" "handler 15"
run USR1 $'import _signal, time\n_signal.signal(_signal.SIGUSR1, lambda s, f: print("got", s))\ntime.sleep(2)\nprint("slept")' 0 "" $'got 10\nslept'
run TERM $'import time\ntime.sleep(30)' 143 "" ""
run INT $'import _signal, time\n_signal.signal(_signal.SIGINT, _signal.SIG_IGN)\ntime.sleep(1)\nprint("ignored")' 0 "" "ignored"
# Without job control, a background job starts with SIGINT ignored, and the interpreter leaves it so.
set +m
run INT $'import _signal, time\nprint(_signal.getsignal(_signal.SIGINT))\ntime.sleep(1)\nprint("still here")' 0 "" $'1\nstill here'
exit $failed
