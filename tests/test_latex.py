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


# ------------------------------------------------------------------ what the reports emit

DISPLAY = re.compile(r"^\$\$\n(.*?)\n\$\$$", re.S | re.M)
CODE = re.compile(r"^```.*?^```$|`[^`\n]*`|^    .*$", re.S | re.M)


def page_math(text):
    """(LaTeX, display?) of every formula of a Markdown page: display blocks, then inline math
    outside code (a table cell's math as GitHub passes it on: '\\|' is '|')."""
    out = [(m.group(1), True) for m in DISPLAY.finditer(text)]
    rest = CODE.sub("", DISPLAY.sub("", text))
    for line in rest.splitlines():
        cell = line.startswith("|")
        for m in INLINE.finditer(line):
            out.append((m.group(1).replace(r"\|", "|") if cell else m.group(1), False))
    return out


def _placeholder_results(paper):
    from corrcheck.verdict import Result
    return [Result(c.id, "UNDECIDED", c.expected, "") for c in paper.claims]


@pytest.mark.parametrize("paper", sorted({c.paper for c in registry()}))
def test_report_latex_renders(paper):
    """Every formula of the paper's report pages (statements, "Checked as", dynamics,
    definitions, errata forms, titles): the declarations' LaTeX, without verifying anything."""
    from corrcheck.registry import paper as registered
    from corrcheck.report import SETTINGS, pages
    p = registered(paper)
    found = {}
    for rel, text in pages([p], {paper: _placeholder_results(p)}, SETTINGS).items():
        for formula in page_math(text):
            found.setdefault(formula, rel)
    bad = [f"{rel}: {latex_error(*f)} in {f[0][:200]!r}" for f, rel in found.items()
           if latex_error(*f)]
    assert not bad, "\n".join(bad[:30])


def test_results_latex_renders():
    """The formulas made from results: counterexample bindings (matrices, parameters), tightest
    margins, errata forms and evidence, on a paper with errata."""
    from .test_reports import demo
    found = [(rel, tex, d) for rel, text in demo()[2].items() for tex, d in page_math(text)]
    assert any(r"\begin{pmatrix}" in tex for _, tex, _ in found)
    bad = [f"{rel}: {latex_error(tex, d)} in {tex!r}" for rel, tex, d in found
           if latex_error(tex, d)]
    assert not bad, "\n".join(bad)


def test_page_math_finds_what_github_renders():
    text = "# $a$ title\n\n$$\n\\frac{1}{2}\n$$\n\n| $|x|$ | `$not$` |\n\n    $code$\n"
    assert page_math(text) == [(r"\frac{1}{2}", True), ("a", False), ("|x|", False)]
