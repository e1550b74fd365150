"""Site search: one results page per language, and a PostgreSQL search
backend that stems each page with its own language's dictionary."""
