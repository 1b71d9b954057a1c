"""A folder written whole or not at all, and files written atomically.

A report set is written into a temporary folder beside its target and swapped in at the end
(:func:`staged`): the previous set stays intact until then, and a run that dies leaves only a
hidden temporary folder, which the next run removes (:func:`clean`).  Light on purpose: the
command line checks a target (:func:`check_target`) before it loads anything heavy.
"""
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path


def write_atomic(path, data):
    """Write ``data`` (str or bytes) to ``path`` via a temporary file and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode() if isinstance(data, str) else data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


_TMP, _OLD = ".tmp-", ".old-"


def check_target(out_dir):
    """Raise ``ValueError`` (a message for the user) unless a report set can be written to
    ``out_dir``: its folder can be created, written and renamed in, and it holds nothing but a
    report set (Markdown pages, ``results.json``, ``figures/*.png``, ``claims/`` and ``errata/``
    holding Markdown pages only) that may be replaced.
    Cheap: run it before any work."""
    out = Path(out_dir).absolute()
    parent = out.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise ValueError(f"cannot write reports to {out_dir}: {parent} is not a writable folder")
    if out.exists():
        if not out.is_dir():
            raise ValueError(f"cannot write reports to {out_dir}: it is a file")
        foreign = [p.name for p in out.iterdir() if not _ours(p)]
        if foreign:
            raise ValueError(f"{out_dir} holds files a report does not write ("
                             f"{', '.join(sorted(foreign)[:5])}); give an empty folder or a "
                             "previous report folder, which is replaced whole")
        if not os.access(out.parent, os.W_OK | os.X_OK):
            raise ValueError(f"cannot replace {out_dir}: {out.parent} is not writable")


_FOLDERS = {"figures": ".png", "claims": ".md", "errata": ".md"}  # what each folder may hold


def _ours(path):
    if path.is_dir():
        kind = _FOLDERS.get(path.name)
        return kind is not None and all(p.is_dir() or p.suffix == kind for p in path.rglob("*"))
    return path.suffix == ".md" or path.name == "results.json"


def _leftovers(out):
    return sorted(out.parent.glob(f".{out.name}{_TMP}*")), sorted(out.parent.glob(f".{out.name}{_OLD}*"))


def clean(out_dir):
    """Remove what a run that died left beside ``out_dir``; if it died between the two renames
    of the swap, the previous set is put back first."""
    out = Path(out_dir).absolute()
    tmps, olds = _leftovers(out)
    for old in olds:
        if not out.exists() and (old / "set").is_dir():
            os.rename(old / "set", out)
    for p in tmps + olds:
        shutil.rmtree(p, ignore_errors=True)


@contextmanager
def staged(out_dir):
    """Yield a temporary folder beside ``out_dir``; when the block ends normally it replaces
    ``out_dir`` (previous set intact until then), otherwise it is removed."""
    out = Path(out_dir).absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    clean(out)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}{_TMP}"))
    try:
        os.chmod(tmp, 0o755)
        yield tmp
        if out.exists():
            old = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}{_OLD}"))
            os.rename(out, old / "set")
            os.rename(tmp, out)
            shutil.rmtree(old)
        else:
            os.rename(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
