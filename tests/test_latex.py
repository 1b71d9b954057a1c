"""Every LaTeX string of the registry renders: statements (display math) and the inline math of
titles, checked by KaTeX (strict mode, errors raised) running in QuickJS."""
import re
from functools import lru_cache
from pathlib import Path

import pytest
import quickjs

from corrcheck.registry import registry

KATEX = Path(__file__).parent / "vendor" / "katex" / "katex.min.js"
INLINE = re.compile(r"(?<!\\)\$(.+?)(?<!\\)\$")


@lru_cache(maxsize=None)
def render():
    ctx = quickjs.Context()
    ctx.eval("var self = this; var window = this;")
    ctx.eval(KATEX.read_text())
    return ctx.eval("(function (s, display) { try { katex.renderToString(s, {displayMode: display,"
                    " throwOnError: true, strict: 'error'}); return ''; }"
                    " catch (e) { return String(e.message); } })")


def latex_error(text, display=True):
    """KaTeX's error message for ``text``, or '' if it renders."""
    return render()(text, display)


def test_katex_catches_the_corruptions_it_is_for():
    assert latex_error(r"\frac{a}{b}") == ""
    assert latex_error("\x0crac{a}{b}")  # r-prefix missing: "\f" became a form feed
    assert latex_error(r"\frac{a}{b")
    assert latex_error(r"\notacommand x")


@pytest.mark.parametrize("paper", sorted({c.paper for c in registry()}))
def test_registry_latex_renders(paper):
    bad = []
    for c in registry(paper):
        err = latex_error(c.statement)
        if err:
            bad.append(f"{c.id} statement: {err}")
        for m in INLINE.finditer(c.title):
            err = latex_error(m.group(1), display=False)
            if err:
                bad.append(f"{c.id} title: {err}")
    assert not bad, "\n".join(bad)
