"""Production logging: one JSON object per line on stderr, one line per event
(a request, an error with its traceback in `exc_info`).

No Django imports: settings/production.py calls this while settings load."""


def json_lines_logging(level):
    """A LOGGING setting: every logger's records as JSON lines on stderr."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json_lines": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(levelname)s %(name)s %(message)s %(process)d",
                "rename_fields": {"levelname": "level", "name": "logger", "process": "pid"},
                "timestamp": "time",
            }
        },
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json_lines"}},
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {
            # Django's own request logger repeats every 4xx as a warning; the
            # request line already has the status. Errors (5xx) stay.
            "django.request": {"level": "ERROR"},
        },
    }
