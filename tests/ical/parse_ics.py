#!/usr/bin/env python3
"""Reads .ics files with two independent iCalendar parsers, `icalendar` and `vobject`.

The end-to-end tests (muster-e2e, `tests/src/ical_parsers.rs`) run this script to read
Muster's feeds back the way calendar clients would, and compare what they read with the
database. Install the parsers with ./scripts/test (it builds target/ical-venv from
requirements.txt beside this file).

Usage:
    python parse_ics.py FILE [FILE...]   prints ONE JSON array, one entry per file, in order:
                                         {"icalendar": CAL, "vobject": CAL}
    python parse_ics.py --self-test      parses a small calendar and checks the UTC times

CAL is either {"error": "<message>"} (the parser raised, or icalendar recorded a broken
line that it skipped) or:
    {"props": {NAME: value, ...},       only the calendar properties in PROPS that are present
     "timezones": [TZID, ...],          the TZIDs of the VTIMEZONE components, in order
     "events": [EVENT, ...]}            the VEVENTs, in order
EVENT:
    uid, summary, description, location, url, status, organizer, organizer_cn:
        strings exactly as the parser returns them (TEXT unescaped by the parser itself),
        null when the property (or the CN parameter) is absent
    sequence: int or null
    start_utc, end_utc, last_modified, dtstamp:
        "YYYY-MM-DDTHH:MM:SSZ" computed with the parser's own time-zone handling; a DATE value
        (all-day) is given as "YYYY-MM-DD"; a floating time is read as UTC; end_utc falls back
        to DTSTART + DURATION when there is no DTEND; null when absent
    start_tzid: the TZID parameter of DTSTART, or null
    geo: [lat, lon] or null
    alarms: the number of VALARM sub-components

Durations (REFRESH-INTERVAL, X-PUBLISHED-TTL) are given as a whole number of seconds in a
string ("3600") when the parser's own duration reader accepts the value, else as read.

Time zones: icalendar is left to its default behaviour (a TZID that names an IANA zone is
resolved with zoneinfo, an unknown one from the file's VTIMEZONE). vobject uses the
VTIMEZONE definitions inside each file: its process-wide TZID registry, where the first
definition seen for a TZID would otherwise win for every later file, is emptied before each
file.
"""

import datetime
import json
import os
import sys
import tempfile
import traceback

PROPS = (
    "VERSION",
    "PRODID",
    "METHOD",
    "CALSCALE",
    "X-WR-CALNAME",
    "X-WR-TIMEZONE",
    "REFRESH-INTERVAL",
    "X-PUBLISHED-TTL",
)
DURATION_PROPS = ("REFRESH-INTERVAL", "X-PUBLISHED-TTL")


# --- shared helpers ----------------------------------------------------------------------------


def utc_string(value):
    """A date or datetime as the harness's ISO string (see the module docstring)."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            value = value.replace(tzinfo=datetime.timezone.utc)  # floating: read as UTC
        value = value.astimezone(datetime.timezone.utc)
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"expected a date or datetime, got {type(value).__name__}: {value!r}")


def seconds_string(delta):
    total = delta.days * 86400 + delta.seconds
    if delta.microseconds:
        return str(delta.total_seconds())
    return str(total)


def add_duration(start, duration):
    if start is None or duration is None:
        return None
    return start + duration


def error_entry(exc):
    message = f"{type(exc).__name__}: {exc}"
    return {"error": message}


# --- icalendar ---------------------------------------------------------------------------------


def event_record(
    text, *, sequence, start, end, tzid, geo, organizer, organizer_cn, last_modified, dtstamp,
    alarms,
):
    """One VEVENT as both readers report it; `text(name)` reads one of its TEXT properties."""
    return {
        "uid": text("UID"),
        "summary": text("SUMMARY"),
        "description": text("DESCRIPTION"),
        "location": text("LOCATION"),
        "url": text("URL"),
        "status": text("STATUS"),
        "sequence": None if sequence is None else int(sequence),
        "start_utc": utc_string(start),
        "end_utc": utc_string(end),
        "start_tzid": None if tzid is None else str(tzid),
        "geo": geo,
        "organizer": None if organizer is None else str(organizer),
        "organizer_cn": None if organizer_cn is None else str(organizer_cn),
        "last_modified": utc_string(last_modified),
        "dtstamp": utc_string(dtstamp),
        "alarms": alarms,
    }


def read_with_icalendar(data):
    import icalendar
    from icalendar.prop import vDuration

    cal = icalendar.Calendar.from_ical(data)
    errors = []
    for component in cal.walk():
        for prop, message in getattr(component, "errors", []):
            errors.append(f"{component.name} {prop or '(line)'}: {message}")
    if errors:
        raise ValueError("icalendar skipped broken lines: " + "; ".join(errors))

    def unescape_text(raw):
        """RFC 5545 §3.3.11, left to right."""
        out, i = [], 0
        while i < len(raw):
            c = raw[i]
            if c == "\\" and i + 1 < len(raw) and raw[i + 1] in "nN\\;,":
                out.append("\n" if raw[i + 1] in "nN" else raw[i + 1])
                i += 2
            else:
                out.append(c)
                i += 1
        return "".join(out)

    def first(component, name):
        value = component.get(name)
        if isinstance(value, list):
            raise ValueError(f"{component.name} has {len(value)} {name} properties")
        return value

    def text(component, name):
        value = first(component, name)
        return None if value is None else str(value)

    def when(component, name):
        value = first(component, name)
        return None if value is None else value.dt

    props = {}
    for name in PROPS:
        value = first(cal, name)
        if value is None:
            continue
        if name in DURATION_PROPS:
            dt = getattr(value, "dt", None)
            if isinstance(dt, datetime.timedelta):
                props[name] = seconds_string(dt)
                continue
            try:
                props[name] = seconds_string(vDuration.from_ical(str(value)))
            except ValueError:
                props[name] = str(value)
        elif name in ("X-WR-CALNAME", "X-WR-CALDESC"):
            # icalendar 7 keeps unknown X- properties raw; they are TEXT by convention.
            props[name] = unescape_text(str(value))
        else:
            props[name] = str(value)

    timezones = [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")]

    events = []
    for ev in cal.walk("VEVENT"):
        start = when(ev, "DTSTART")
        end = when(ev, "DTEND")
        if end is None and first(ev, "DURATION") is not None:
            end = add_duration(start, when(ev, "DURATION"))
        dtstart = first(ev, "DTSTART")
        tzid = dtstart.params.get("TZID") if dtstart is not None else None
        geo = first(ev, "GEO")
        organizer = first(ev, "ORGANIZER")
        cn = organizer.params.get("CN") if organizer is not None else None
        events.append(
            event_record(
                lambda name, ev=ev: text(ev, name),
                sequence=first(ev, "SEQUENCE"),
                start=start,
                end=end,
                tzid=tzid,
                geo=None if geo is None else [float(geo.latitude), float(geo.longitude)],
                organizer=organizer,
                organizer_cn=cn,
                last_modified=when(ev, "LAST-MODIFIED"),
                dtstamp=when(ev, "DTSTAMP"),
                alarms=sum(1 for c in ev.subcomponents if c.name == "VALARM"),
            )
        )
    return {"props": props, "timezones": timezones, "events": events}


# --- vobject -----------------------------------------------------------------------------------


def forget_vobject_timezones():
    """Empties vobject's process-wide TZID -> tzinfo registry (keeping its built-in UTC).

    vobject registers each VTIMEZONE it reads there but never replaces an entry, so without
    this the first file's definition of a TZID would be used for every later file.
    """
    import vobject.icalendar as vical

    registry = vars(vical)["__tzidMap"]
    registry.clear()
    vical.registerTzid("UTC", vical.utc)


def read_with_vobject(text_value):
    import vobject
    from vobject.icalendar import stringToDurations

    forget_vobject_timezones()
    cal = vobject.readOne(text_value)
    if cal.name != "VCALENDAR":
        raise ValueError(f"the file's top component is {cal.name}, not VCALENDAR")

    def line(component, name):
        lines = component.contents.get(name.lower())
        if not lines:
            return None
        if len(lines) > 1:
            raise ValueError(f"{component.name} has {len(lines)} {name} properties")
        return lines[0]

    def value(component, name):
        found = line(component, name)
        return None if found is None else found.value

    def text(component, name):
        found = value(component, name)
        return None if found is None else str(found)

    def param(contentline, name):
        values = contentline.params.get(name)
        while isinstance(values, list):
            if not values:
                return None
            values = values[0]
        return values

    def duration(component, name):
        found = value(component, name)
        if found is None or isinstance(found, datetime.timedelta):
            return found
        return stringToDurations(found)[0]

    props = {}
    for name in PROPS:
        found = value(cal, name)
        if found is None:
            continue
        if name in DURATION_PROPS and not isinstance(found, datetime.timedelta):
            try:
                found = stringToDurations(found)[0]
            except Exception:  # vobject raises ParseError / ValueError on a non-duration
                props[name] = str(found)
                continue
        props[name] = seconds_string(found) if isinstance(found, datetime.timedelta) else str(found)

    timezones = [str(tz.tzid.value) for tz in cal.contents.get("vtimezone", [])]

    events = []
    for ev in cal.contents.get("vevent", []):
        dtstart = line(ev, "DTSTART")
        start = None if dtstart is None else dtstart.value
        end = value(ev, "DTEND")
        if end is None and line(ev, "DURATION") is not None:
            end = add_duration(start, duration(ev, "DURATION"))
        tzid = None
        if dtstart is not None:
            # vobject moves TZID to X-VOBJ-ORIGINAL-TZID when it converts the value.
            tzid = param(dtstart, "X-VOBJ-ORIGINAL-TZID") or param(dtstart, "TZID")
        geo = value(ev, "GEO")
        if geo is not None:
            lat, lon = str(geo).split(";")
            geo = [float(lat), float(lon)]
        organizer = line(ev, "ORGANIZER")
        cn = None if organizer is None else param(organizer, "CN")
        events.append(
            event_record(
                lambda name, ev=ev: text(ev, name),
                sequence=value(ev, "SEQUENCE"),
                start=start,
                end=end,
                tzid=tzid,
                geo=geo,
                organizer=None if organizer is None else organizer.value,
                organizer_cn=cn,
                last_modified=value(ev, "LAST-MODIFIED"),
                dtstamp=value(ev, "DTSTAMP"),
                alarms=len(ev.contents.get("valarm", [])),
            )
        )
    return {"props": props, "timezones": timezones, "events": events}


# --- driver ------------------------------------------------------------------------------------


def parse_file(path):
    with open(path, "rb") as f:
        data = f.read()
    entry = {}
    try:
        entry["icalendar"] = read_with_icalendar(data)
    except Exception as exc:  # one parser's failure is a result, not a crash
        entry["icalendar"] = error_entry(exc)
    try:
        entry["vobject"] = read_with_vobject(data.decode("utf-8"))
    except Exception as exc:
        entry["vobject"] = error_entry(exc)
    return entry


SELF_TEST_CALENDAR = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Muster//parse_ics self-test//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Self-test\\, with a comma",
        "X-WR-TIMEZONE:Europe/Berlin",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Berlin",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:20260329T020000",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:20261025T030000",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:summer@self-test.invalid",
        "DTSTAMP:20260101T120000Z",
        "DTSTART;TZID=Europe/Berlin:20261024T190000",
        "DTEND;TZID=Europe/Berlin:20261024T210000",
        "SUMMARY:Before the change\\; CEST",
        "DESCRIPTION:Line one\\nLine two\\, still \u00e4 two",
        "GEO:52.52;13.405",
        "ORGANIZER;CN=\"Ada, Org\":mailto:ada@example.invalid",
        "SEQUENCE:2",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "TRIGGER:-PT1H",
        "END:VALARM",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:winter@self-test.invalid",
        "DTSTAMP:20260101T120000Z",
        "DTSTART;TZID=Europe/Berlin:20261031T190000",
        "DURATION:PT2H",
        "SUMMARY:After the change",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)


def self_test():
    fd, path = tempfile.mkstemp(suffix=".ics")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(SELF_TEST_CALENDAR)
        entry = parse_file(path)
    finally:
        os.unlink(path)
    for parser in ("icalendar", "vobject"):
        cal = entry[parser]
        assert "error" not in cal, f"{parser} failed: {cal['error']}"
        assert cal["timezones"] == ["Europe/Berlin"], (parser, cal["timezones"])
        assert cal["props"]["REFRESH-INTERVAL"] == "3600", (parser, cal["props"])
        assert cal["props"]["X-PUBLISHED-TTL"] == "3600", (parser, cal["props"])
        summer, winter = cal["events"]
        got = (summer["start_utc"], summer["end_utc"], winter["start_utc"], winter["end_utc"])
        want = (
            "2026-10-24T17:00:00Z",  # 19:00 CEST (+02:00)
            "2026-10-24T19:00:00Z",
            "2026-10-31T18:00:00Z",  # 19:00 CET (+01:00), after the change on Oct 25
            "2026-10-31T20:00:00Z",
        )
        assert got == want, f"{parser}: UTC times {got}, expected {want}"
        assert summer["start_tzid"] == "Europe/Berlin", (parser, summer["start_tzid"])
        assert summer["summary"] == "Before the change; CEST", (parser, summer["summary"])
        assert summer["description"] == "Line one\nLine two, still \u00e4 two", (
            parser,
            summer["description"],
        )
        assert summer["geo"] == [52.52, 13.405], (parser, summer["geo"])
        assert summer["organizer"] == "mailto:ada@example.invalid", (parser, summer["organizer"])
        assert summer["organizer_cn"] == "Ada, Org", (parser, summer["organizer_cn"])
        assert summer["sequence"] == 2 and summer["alarms"] == 1, (parser, summer)
        assert summer["dtstamp"] == "2026-01-01T12:00:00Z", (parser, summer["dtstamp"])
        assert winter["location"] is None and winter["alarms"] == 0, (parser, winter)
    print("parse_ics.py self-test passed (icalendar and vobject)")


def main(argv):
    if argv == ["--self-test"]:
        try:
            self_test()
        except Exception:
            traceback.print_exc()
            print("parse_ics.py self-test FAILED", file=sys.stderr)
            return 1
        return 0
    if not argv or any(a.startswith("-") for a in argv):
        print("usage: parse_ics.py FILE [FILE...] | parse_ics.py --self-test", file=sys.stderr)
        return 2
    results = [parse_file(path) for path in argv]
    sys.stdout.write(json.dumps(results))
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
