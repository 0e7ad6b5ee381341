#!/usr/bin/env python3
"""Linli (邻里): `python run_bot.py serve | check-config | classify | replay` (see --help)."""
import sys

from bot.cli import main

if __name__ == "__main__":
    sys.exit(main())
