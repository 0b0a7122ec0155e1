"""Rendering the press text templates for a ceremony into blocks.

The bundled templates live in ``templates/press/``; staff copies in
``BuildOptions.user_template_dir/press/`` win.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ceremonykit.documents.press.blocks import Block, parse_blocks
from ceremonykit.documents.press.facts import press_facts
from ceremonykit.domain.model import Ceremony
from ceremonykit.german.templating import TemplateProblem, TextTemplates

ARTICLE_TEMPLATE = "press/newsroom.txt.j2"


@lru_cache(maxsize=8)
def text_templates(user_dir: Path | None) -> TextTemplates:
    """One environment per template folder: compiled templates are reused, and Jinja's
    auto-reload still picks up a file staff changed in the meantime."""
    return TextTemplates(user_dir)


def render_text(ceremony: Ceremony, template: str, user_dir: Path | None) -> list[Block]:
    """Render a press text template for the ceremony and split it into blocks."""
    facts = press_facts(ceremony)
    return parse_blocks(text_templates(user_dir).render(template, facts.context))


PRESS_TEMPLATES = ("press/medieninformation.txt.j2", ARTICLE_TEMPLATE)


def template_problems(ceremony: Ceremony, user_dir: Path | None = None) -> list[str]:
    """German messages for every press template that would fail (unknown placeholders,
    syntax, missing values) – for the check before export; empty when all render."""
    facts = press_facts(ceremony)
    problems = []
    for name in PRESS_TEMPLATES:
        try:
            text_templates(user_dir).render(name, facts.context)
        except TemplateProblem as exc:
            problems.append(str(exc))
    return problems
