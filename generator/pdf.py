"""Catalog → print HTML (site_templates/print) → WeasyPrint PDFs: one per brief, and the dossier."""
from __future__ import annotations

from .config import Settings
from .model import Catalog


def render_pdfs(catalog: Catalog, settings: Settings) -> dict[str, bytes]:
    """{docs-relative path: PDF bytes}: pdf/<brief slug>.pdf for each brief and pdf/dossier.pdf."""
    return {}
