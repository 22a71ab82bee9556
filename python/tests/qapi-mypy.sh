#!/bin/sh -e
# SPDX-License-Identifier: GPL-2.0-or-later

python3 -m mypy ../scripts/qapi
