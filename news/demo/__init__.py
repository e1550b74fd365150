"""Demo news, city stories and events (loaded by news/demo_content.py)."""
