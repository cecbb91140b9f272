#!/bin/sh
# Installs the Debian packages the build and the tests need, if any is missing.
set -e
need=""
command -v cmake >/dev/null 2>&1 || need="$need cmake"
command -v ninja >/dev/null 2>&1 || need="$need ninja-build"
command -v g++ >/dev/null 2>&1 || need="$need g++"
[ -e /usr/include/gmp.h ] || [ -e /usr/include/x86_64-linux-gnu/gmp.h ] || need="$need libgmp-dev"
[ -e /usr/include/gtest/gtest.h ] || need="$need libgtest-dev"
[ -e /usr/include/mimalloc.h ] || need="$need libmimalloc-dev"
[ -e /usr/include/zlib.h ] || need="$need zlib1g-dev"
if [ -n "$need" ]; then
  echo "installing:$need"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need
fi
