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
from briefing.render.html import article_markdown, briefing_html, briefing_markdown
from briefing.render.jsonout import article_to_json, briefing_to_json, translation_to_json
from briefing.render.pdf import ProgressFactory, briefing_pdf, fitted_front
from briefing.render.words import clean

if TYPE_CHECKING:
    from briefing.render.pdfcache import PdfCache

FORMATS = ("pdf", "html", "json", "md")


def output_stem(b: Briefing) -> str:
    """``briefing-2025-W36`` for a --week briefing, else ``briefing-2025-09-05``."""
    return f"briefing-{b.week or b.date.isoformat()}"


def write_briefing(b: Briefing, out_dir: Path, formats: list[str],
                   pdf_cache: PdfCache | None = None, *,
                   progress: ProgressFactory | None = None,
                   pdf_variant: str | None = None) -> list[Path]:
    """Write ``briefing-<date or week>.<fmt>`` for each format, as one set; returns the
    paths. ``progress(label, length)`` follows the PDF's layout; ``pdf_variant`` (e.g.
    "pdf/a-3a", "pdf/ua-1") makes an archival or accessible PDF."""
    # one front page for every format: fitted to two PDF pages when a PDF is made
    front = fitted_front(b, pdf_cache, progress) if "pdf" in formats else None
    try:
        with OutputSet(out_dir) as outputs:
            for fmt in formats:
                outputs.add(f"{output_stem(b)}.{fmt}",
                            _render(b, fmt, front, pdf_cache, progress, pdf_variant))
            return outputs.commit()
    except OSError as exc:
        raise OutputError(f"cannot write to {out_dir}: {exc.strerror or exc}; the previous "
                          "outputs are left as they were") from None


def _render(b: Briefing, fmt: str, front, pdf_cache: PdfCache | None,
            progress: ProgressFactory | None, pdf_variant: str | None) -> bytes | str:
    if fmt == "json":
        return json.dumps(briefing_to_json(b, front), ensure_ascii=False, indent=2)
    if fmt == "md":
        return briefing_markdown(b, front)
    if fmt == "html":
        return briefing_html(b, front)
    if fmt == "pdf":
        return briefing_pdf(b, front, pdf_cache, progress=progress, pdf_variant=pdf_variant)
    raise ValueError(f"unknown format {fmt!r}")


def article_text(r: ArticleReport, fmt: str, translation: TranslationInfo | None = None) -> str:
    """The English article for ``briefing translate``: Markdown escaped like every other
    Markdown output (article markup stays text), plain text cleaned of control and bidi
    characters."""
    a = r.article
    if fmt == "json":
        data = {**article_to_json(r), "translation": translation_to_json(translation)}
        return json.dumps(data, ensure_ascii=False, indent=2)
    if fmt == "md":
        return article_markdown(r, translation).strip() + "\n"
    meta = " · ".join(x for x in (a.outlet, a.date.isoformat() if a.date else "undated",
                                  a.author) if x)
    lines = [a.title_en] if a.title_en else []
    lines += [meta, *(p.en for p in a.paragraphs)]
    if translation:
        lines.append(f"[Translated by {translation.label}.]")
    return "\n\n".join(clean(x) for x in lines).rstrip() + "\n"
