"""Demo data of the HUB directory: taxonomy snippets, HUBs and their images.
Loaded by hub_pages/demo_content.py."""
