#!/usr/bin/env bash
# Start-up of a fresh `ruleskit evaluate` as a user gets it, timed from outside: packs the tool, installs it from
# that folder feed (`dotnet tool install`, the platform's ReadyToRun package), then runs `ruleskit evaluate REPORT`
# N times with its catalog cache (filled by a first run before anything is timed), taking turns with the same
# command without the cache (RULESKIT_CACHE set empty: as after an upgrade, minus writing the cache) and with
# `ruleskit --version` (the runtime's and the command line's own start: the floor under any command), and prints
# each one's quartiles in milliseconds. Taking turns matters on a noisy host: all three see the same spells.
#
#   benchmarks/startup.sh [N=20] [REPORT=rules/examples/hazchem-c07-unresolved-hazard.false.yaml]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
report=$(realpath "${2:-rules/examples/hazchem-c07-unresolved-hazard.false.yaml}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RULESKIT_CACHE="$work/cache"
dotnet pack src/RulesKit.Cli -c Release -o "$work/feed" > /dev/null
(cd "$work" && dotnet new nugetconfig > /dev/null && dotnet nuget add source "$work/feed" --name ruleskit > /dev/null \
  && NUGET_PACKAGES="$work/packages" dotnet tool install RulesKit.Tool --version "$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$OLDPWD/Directory.Build.props")" --tool-path "$work/tools" > /dev/null)
tool="$work/tools/ruleskit"
"$tool" evaluate "$report" > /dev/null # the verdict must come out, and the cache be filled, before anything is timed

time_once() { # tenths of a millisecond
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 100000 ))
}

evaluate=() uncached=() version=()
for _ in $(seq "$runs"); do
    evaluate+=("$(time_once "$tool" evaluate "$report")")
    uncached+=("$(RULESKIT_CACHE= time_once "$tool" evaluate "$report")")
    version+=("$(time_once "$tool" --version)")
done

quartiles() { # label, then tenths of a millisecond
    local label=$1
    shift
    printf '%s\n' "$@" | sort -n | awk -v label="$label" '{ v[NR] = $1 } END {
        printf "%-28s min %.1f  q1 %.1f  median %.1f  q3 %.1f  max %.1f ms  (%d runs)\n", label,
            v[1] / 10, v[int((NR + 3) / 4)] / 10, v[int((NR + 1) / 2)] / 10, v[int((3 * NR + 3) / 4)] / 10, v[NR] / 10, NR }'
}
quartiles "ruleskit evaluate" "${evaluate[@]}"
quartiles "ruleskit evaluate, no cache" "${uncached[@]}"
quartiles "ruleskit --version" "${version[@]}"
