# Django's English DATE_FORMAT abbreviates the month ("Nov. 24, 2026"); the
# site writes it in full, like its Spanish and French ("24 de noviembre de
# 2026", "24 novembre 2026"). Other formats stay Django's.
DATE_FORMAT = "F j, Y"
DATETIME_FORMAT = "F j, Y, P"
