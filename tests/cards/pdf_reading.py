"""Reading printed cards back: pages, page sizes, text and QR codes, as a person or a scanner would."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument


def open_pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    error = document.load(str(path))
    assert error == QPdfDocument.Error.None_, f"{path} does not open: {error}"
    return document


def page_sizes(path: Path) -> list[tuple[int, int]]:
    """Each page's size in points, rounded."""
    document = open_pdf(path)
    return [
        (round(document.pagePointSize(page).width()), round(document.pagePointSize(page).height()))
        for page in range(document.pageCount())
    ]


def page_text(path: Path, page: int = 0) -> str:
    return open_pdf(path).getAllText(page).text()


def contains_text(extracted: str, expected: str) -> bool:
    """Whether `expected` is in the text, ignoring line breaks and spacing.

    Fonts share one glyph between a CJK ideograph and its radical (门 and ⻔), and the PDF's text
    layer may name either, so a CJK character also matches a radical there.
    """
    flat = re.sub(r"\s+", "", unicodedata.normalize("NFKC", extracted))
    pattern = ""
    for character in re.sub(r"\s+", "", unicodedata.normalize("NFKC", expected)):
        if "\u4e00" <= character <= "\u9fff":
            pattern += f"(?:{re.escape(character)}|[\u2e80-\u2fdf])"
        else:
            pattern += re.escape(character)
    return re.search(pattern, flat) is not None


def render_page(path: Path, page: int = 0, dpi: int = 150) -> QImage:
    document = open_pdf(path)
    size = document.pagePointSize(page)
    return document.render(page, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))


def qr_codes(path: Path, page: int = 0) -> list[str]:
    """The text of every QR code a phone would read from the printed page."""
    import zxingcpp

    image = render_page(path, page).convertToFormat(QImage.Format.Format_Grayscale8)
    return [barcode.text for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def qr_code_sides(path: Path, page: int = 0) -> list[tuple[str, str]]:
    """Each QR code's text and the half of the page ("left" or "right") it is printed on."""
    import zxingcpp

    image = render_page(path, page).convertToFormat(QImage.Format.Format_Grayscale8)
    found = []
    for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        corners = barcode.position
        centre = (corners.top_left.x + corners.bottom_right.x) / 2
        found.append((barcode.text, "left" if centre < image.width() / 2 else "right"))
    return found


def word_boxes(path: Path, page: int, text: str) -> list[tuple[float, float, float, float]]:
    """Where `text` is drawn on a page (x, y, width, height in points), from the text layer."""
    document = open_pdf(path)
    boxes = []
    for result in _search(document, page, text):
        for rect in result.rectangles():
            boxes.append((rect.x(), rect.y(), rect.width(), rect.height()))
    return boxes


def horizontal_span(path: Path, page: int, text: str) -> tuple[float, float]:
    """The leftmost and rightmost x (points) at which `text` is drawn on a page."""
    boxes = word_boxes(path, page, text)
    assert boxes, f"{text!r} is not on page {page + 1} of {path.name}"
    return min(x for x, _y, _w, _h in boxes), max(x + w for x, _y, w, _h in boxes)


def _search(document: QPdfDocument, page: int, text: str):
    from PySide6.QtPdf import QPdfSearchModel

    model = QPdfSearchModel()
    model.setDocument(document)
    model.setSearchString(text)
    return [link for link in model.resultsOnPage(page)]
