#!/usr/bin/env bash
# Stores the settings of a properties file as system properties of the running Payara Server domain.
# Usage: set-properties.sh FILE [asadmin options, e.g. --port 4848]
# ASADMIN names the asadmin to use (default: asadmin on the PATH).
set -euo pipefail
file=${1:?usage: set-properties.sh FILE [asadmin options]}
shift
asadmin=${ASADMIN:-asadmin}

# asadmin separates properties with ':' and reads '=' and '\' specially inside values: escape them.
properties=""
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ''|'#'*) continue ;; esac
    name=${line%%=*}
    value=${line#*=}
    value=$(printf '%s' "$value" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g')
    properties="${properties:+$properties:}${name}=${value}"
done < "$file"

"$asadmin" "$@" create-system-properties "$properties"
