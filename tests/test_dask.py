"""Scale out: claims decided on a Dask cluster give the serial run's JSON, byte for byte."""
from pathlib import Path

import pytest

from corrcheck.cli import main

distributed = pytest.importorskip("distributed")
MYPAPER = Path(__file__).parent / "data" / "mypaper.py"


def test_a_dask_cluster_gives_the_serial_json(tmp_path, monkeypatch):
    monkeypatch.setenv("CORRCHECK_CACHE", str(tmp_path / "cache"))
    common = ["verify", str(MYPAPER), "--no-cache", "--samples", "3", "--quiet"]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        assert main(common + ["--executor", "dask", "--scheduler", cluster.scheduler_address,
                              "--json", str(tmp_path / "dask.json")]) == 0
    assert main(common + ["--workers", "1", "--json", str(tmp_path / "serial.json")]) == 0
    assert (tmp_path / "dask.json").read_bytes() == (tmp_path / "serial.json").read_bytes()


def test_multithreaded_workers_are_refused_before_any_work(tmp_path, capsys):
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        assert main(["verify", str(MYPAPER), "--executor", "dask", "--scheduler",
                     cluster.scheduler_address]) == 2
    assert "--nthreads 1" in capsys.readouterr().err


def test_an_unreachable_scheduler_is_a_usage_error(capsys, monkeypatch):
    import corrcheck.cli
    monkeypatch.setattr(corrcheck.cli, "CONNECT_TIMEOUT", 1)
    assert main(["verify", str(MYPAPER), "--executor", "dask", "--scheduler",
                 "tcp://127.0.0.1:9"]) == 2
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err
