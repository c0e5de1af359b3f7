"""Radicale's UID check, alone: the work that makes a first publish to Radicale O(n²).

For every new event Radicale checks its UID against every event already in the calendar
(storage has_uid → get_all). This times that check over a calendar of ``--events`` events, in
process CPU time, with Radicale's defaults and with the storage setting README recommends
(use_mtime_and_size_for_item_cache), alternating the two so both see the same machine load.
Radicale's own storage API builds the calendar in a temporary folder; no server, no network.

    .venv-test/bin/python benchmarks/radicale_uid_check.py [--events 500] [--calls 150] [--rounds 4]
"""

import argparse
import os
import statistics
import tempfile
import time

EVENT = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//internapp//internapp calendar export//EN\r\n"
         "BEGIN:VEVENT\r\nUID:deadline-{n}@internapp\r\nDTSTAMP:20261130T120000Z\r\n"
         "DTSTART;VALUE=DATE:20261203\r\nDTEND;VALUE=DATE:20261204\r\n"
         "SUMMARY:Deadline: Role {n} (Org {n})\r\nCATEGORIES:deadline\r\nTRANSP:TRANSPARENT\r\n"
         "END:VEVENT\r\nEND:VCALENDAR\r\n")


def check_times(events: int, calls: int, recommended: bool) -> list[float]:
    """CPU seconds of ``calls`` UID checks (for a UID not there) over ``events`` events."""
    import vobject
    from radicale import config, storage
    from radicale import item as radicale_item

    with tempfile.TemporaryDirectory() as folder:
        configuration = config.load()
        configuration.update({"storage": {
            "filesystem_folder": folder,
            "use_mtime_and_size_for_item_cache": str(recommended)}}, "benchmark")
        configuration.update({"storage": {"_filesystem_fsync": "False"}}, "benchmark",
                             privileged=True)
        store = storage.load(configuration)
        with store.acquire_lock("w"):
            calendar = store.create_collection("/ana/calendar/", props={"tag": "VCALENDAR"})[0]
            for n in range(events):
                calendar.upload(f"event-{n}.ics", radicale_item.Item(
                    collection=calendar, vobject_item=vobject.readOne(EVENT.format(n=n))))
            times = []
            for _ in range(calls):
                began = time.process_time()
                assert not calendar.has_uid("not-there@internapp")
                times.append(time.process_time() - began)
    return sorted(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--calls", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    import logging

    logging.getLogger("radicale").setLevel(logging.ERROR)
    medians: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(args.rounds):
        for recommended in (False, True):
            times = check_times(args.events, args.calls, recommended)
            medians[recommended].append(statistics.median(times))
            label = "the recommended setting" if recommended else "its defaults"
            print(f"Radicale, {label}: the UID check over {args.events} events "
                  f"{statistics.median(times) * 1000:.1f} ms CPU (median of {args.calls}; fastest "
                  f"{times[0] * 1000:.1f} ms; load average {os.getloadavg()[0]:.1f})", flush=True)
    before, after = (statistics.median(medians[k]) for k in (False, True))
    print(f"median of the rounds: {before * 1000:.1f} ms with Radicale's defaults, "
          f"{after * 1000:.1f} ms with the recommended setting ({(1 - after / before):.0%} less); "
          f"a first publish of {args.events} events makes {args.events * (args.events - 1) // 2:,} "
          "such item reads")


if __name__ == "__main__":
    main()
