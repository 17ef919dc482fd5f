#!/usr/bin/env bash
# Installs and starts what the test suite needs beyond Python (nothing yet).
set -euo pipefail
