"""The distribution: one top-level import package, ``corrcheck``; its entry points."""
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_installs_exactly_one_import_package(tmp_path):
    # built from a copy: an in-place build rewrites the checkout's egg-info, which other tests
    # running meanwhile read as installed metadata
    src = shutil.copytree(ROOT, tmp_path / "src", ignore=shutil.ignore_patterns(
        ".*", "build", "*.egg-info", "reports", "__pycache__"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path), str(src)], check=True, capture_output=True)
    [wheel] = tmp_path.glob("corrcheck-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    assert {n.split("/")[0] for n in names} == {"corrcheck", info}
    top = zipfile.ZipFile(wheel).read(f"{info}/top_level.txt").decode().split()
    assert top == ["corrcheck"]
    for sub in ("numeric", "symbolic", "derivations"):
        assert f"corrcheck/{sub}/__init__.py" in names
    eps = zipfile.ZipFile(wheel).read(f"{info}/entry_points.txt").decode()
    assert "corrcheck = corrcheck.cli:main" in eps and "corrcheck = corrcheck.plugin" in eps
    meta = zipfile.ZipFile(wheel).read(f"{info}/METADATA").decode()
    assert "Provides-Extra: figures" in meta and "Provides-Extra: dask" in meta
    assert not any(line.startswith("Requires-Dist: matplotlib") and "extra" not in line
                   for line in meta.splitlines())  # figures are an extra


def test_public_names_resolve():
    import corrcheck
    for name in corrcheck.__all__:
        assert getattr(corrcheck, name) is not None, name
    assert not hasattr(corrcheck, "registry") or corrcheck.registry.__name__ == "corrcheck.registry"
