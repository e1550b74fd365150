"""Demo documents made at load time, so no binary file sits in git."""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4, in points
LINE_WIDTH = 80  # characters per line at 11 pt


def _pdf_string(text):
    """A PDF literal string in WinAnsiEncoding (Latin letters with accents)."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("cp1252", errors="replace") + b")"


def demo_pdf(title, text):
    """A small valid one-page PDF showing `title` and `text` (wrapped)."""
    lines = [(18, title)] + [
        (11, line) for paragraph in text.split("\n") for line in textwrap.wrap(paragraph, LINE_WIDTH) or [""]
    ]
    content = [b"BT", b"/F1 18 Tf", b"56 780 Td", b"16 TL"]
    for size, line in lines:
        content += [f"/F1 {size} Tf".encode(), _pdf_string(line) + b" Tj", b"T*"]
    content.append(b"ET")
    stream = b"\n".join(content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        pdf += f"{offset:010d} 00000 n \n".encode()
    pdf += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(pdf)
