"""A small iCalendar (RFC 5545) writer: just what an events feed needs.

Text values are escaped (§3.3.11), lines folded at 75 octets without
splitting a UTF-8 character (§3.1), lines end in CRLF, and times are written
in UTC ("Z"), which every client converts to the reader's own zone."""

from datetime import UTC

CRLF = "\r\n"
MAX_OCTETS = 75


def escape_text(value):
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def format_utc(value):
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    """Split a content line into chunks of at most 75 octets; continuation
    lines start with one space (which counts towards their 75)."""
    chunks, current, size, limit = [], [], 0, MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            chunks.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1
        current.append(char)
        size += width
    chunks.append("".join(current))
    return (CRLF + " ").join(chunks)


def calendar(properties, events):
    """`properties`: [(name, value)] already formatted; `events`: a list of
    such lists, one per VEVENT."""
    lines = ["BEGIN:VCALENDAR", *(f"{name}:{value}" for name, value in properties)]
    for event in events:
        lines.append("BEGIN:VEVENT")
        lines.extend(f"{name}:{value}" for name, value in event)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(line) for line in lines) + CRLF
