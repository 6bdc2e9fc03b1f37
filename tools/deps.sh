#!/bin/sh
# Installs what the build needs on Debian/Ubuntu when run as root; otherwise
# prints the exact command and stops.  Quiet when everything is present.
missing=""
command -v bison >/dev/null 2>&1 || missing="$missing bison"
command -v re2c >/dev/null 2>&1 || missing="$missing re2c"
[ -f /usr/include/readline/readline.h ] || missing="$missing libreadline-dev"
[ -f /usr/include/pcre2.h ] || missing="$missing libpcre2-dev"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "pith: installing build dependencies:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq $missing >/dev/null || exit 1
else
    echo "pith: missing build dependencies. Run:" >&2
    echo "    sudo apt-get install -y$missing" >&2
    exit 1
fi
