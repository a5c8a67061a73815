"""Writing the outputs: the briefing in each format as one set, and one article's text.

Every output is written atomically (temporary file in the same folder, then rename), so
an interrupted run never leaves half a PDF behind.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.atomic import OutputSet
from briefing.data import ArticleReport, Briefing, TranslationInfo
from briefing.errors import OutputError
from briefing.render.html import briefing_html, briefing_markdown
from briefing.render.jsonout import article_to_json, briefing_to_json, translation_to_json
from briefing.render.pdf import fitted_front, html_to_pdf

if TYPE_CHECKING:
    from briefing.render.pdfcache import PdfCache

FORMATS = ("pdf", "html", "json", "md")


def write_briefing(b: Briefing, out_dir: Path, formats: list[str],
                   pdf_cache: PdfCache | None = None) -> list[Path]:
    """Write ``briefing-YYYY-MM-DD.<fmt>`` for each format; returns the paths."""
    # one front page for every format: fitted to two PDF pages when a PDF is made
    front = fitted_front(b, pdf_cache) if "pdf" in formats else None
    try:
        with OutputSet(out_dir) as outputs:
            for fmt in formats:
                outputs.add(f"briefing-{b.date.isoformat()}.{fmt}",
                            _render(b, fmt, front, pdf_cache))
            return outputs.commit()
    except OSError as exc:
        raise OutputError(f"cannot write to {out_dir}: {exc.strerror or exc}; the previous "
                          "outputs are left as they were") from None


def _render(b: Briefing, fmt: str, front, pdf_cache: PdfCache | None) -> bytes | str:
    if fmt == "json":
        return json.dumps(briefing_to_json(b), ensure_ascii=False, indent=2)
    if fmt == "md":
        return briefing_markdown(b, front)
    if fmt == "html":
        return briefing_html(b, front)
    if fmt == "pdf":
        return html_to_pdf(briefing_html(b, front), pdf_cache)
    raise ValueError(f"unknown format {fmt!r}")


def article_text(r: ArticleReport, fmt: str, translation: TranslationInfo | None = None) -> str:
    """The English article for ``briefing translate``."""
    a = r.article
    if fmt == "json":
        data = {**article_to_json(r), "translation": translation_to_json(translation)}
        return json.dumps(data, ensure_ascii=False, indent=2)
    lines = []
    title = a.title_en or ""
    meta = " · ".join(x for x in (a.outlet, a.date.isoformat() if a.date else "undated",
                                  a.author) if x)
    if fmt == "md":
        if title:
            lines.append(f"# {title}\n")
        lines.append(f"*{meta}*\n")
        for p in a.paragraphs:
            lines.append((f"## {p.en}" if p.heading else p.en) + "\n")
        if translation:
            lines.append(f"*Translated by {translation.label}.*\n")
    else:
        if title:
            lines.append(title + "\n")
        lines.append(meta + "\n")
        lines.extend(p.en + "\n" for p in a.paragraphs)
        if translation:
            lines.append(f"[Translated by {translation.label}.]\n")
    return "\n".join(lines).rstrip() + "\n"
