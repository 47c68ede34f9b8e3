"""python -m bench.load [--officers N] [--seconds S] [--warm-up S] [--posts-per-second R]

The load benchmark with other numbers, for try-outs and the tests, on the city DATABASE_URL
names (built by python -m bench.make_city; a copy is used). Prints the result as JSON.
`python -m bench run load` runs it at the registry's size, with the table and docs."""

from __future__ import annotations

import argparse
import json
import sys

from bench.load import OFFICERS, POSTS_PER_SECOND, REFERENCE_ROUNDS, WARM_UP_SECONDS, load_run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load")
    parser.add_argument("--officers", type=int, default=OFFICERS)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--warm-up", type=float, default=WARM_UP_SECONDS)
    parser.add_argument("--posts-per-second", type=float, default=POSTS_PER_SECOND)
    parser.add_argument("--reference-rounds", type=int, default=REFERENCE_ROUNDS)
    args = parser.parse_args(argv)
    from bench.database import setup_django

    setup_django()
    result = load_run(
        officers=args.officers,
        seconds=args.seconds,
        warm_up=args.warm_up,
        posts_per_second=args.posts_per_second,
        reference_rounds=args.reference_rounds,
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
