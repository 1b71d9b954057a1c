"""Deterministic figures: the Agg backend, fixed size and resolution, no metadata timestamps.

matplotlib is imported on first use, so loading the registry does not pay for it.
"""


def _pyplot():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def figure(nrows=1, ncols=1, width=6.4, height=4.0):
    """A new figure and its axes (a 2-D array)."""
    return _pyplot().subplots(nrows, ncols, figsize=(width, height), squeeze=False)


def save(fig, path):
    """Write ``fig`` as PNG to ``path`` (same bytes for the same data and library versions)."""
    fig.savefig(path, format="png", dpi=100, metadata={"Software": None})
    _pyplot().close(fig)
