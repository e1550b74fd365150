"""CSV files that spreadsheet programs open as data, never as formulas: the
proposal exports (admin) and the HUB directory's open data export."""

import re

# CSV injection: spreadsheet programs run a cell starting with = + - @ (or a
# tab or carriage return before one) as a formula. A cell can start at the
# start of a value, but also after any comma, semicolon or tab in it (a
# spreadsheet importing with another delimiter than the file's splits
# there: semicolon in Spanish and French ones) and after a line break,
# possibly behind spaces or a double quote. Each such start gets a leading
# apostrophe, which makes the cell text.
_FORMULA_CELL_START = re.compile(r'(^|[,;\t\r\n])([ "]*)(?=[=+\-@\t\r])')


def neutralise_formulas(value):
    return _FORMULA_CELL_START.sub(r"\1\2'", value)
