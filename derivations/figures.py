"""Deterministic figures: the Agg backend, fixed size and resolution, no metadata timestamps."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def figure(nrows=1, ncols=1, width=6.4, height=4.0):
    """A new figure and its axes."""
    return plt.subplots(nrows, ncols, figsize=(width, height), squeeze=False)


def save(fig, path):
    """Write ``fig`` as PNG to ``path`` (same bytes for the same data and library versions)."""
    fig.savefig(path, format="png", dpi=100, metadata={"Software": None})
    plt.close(fig)
