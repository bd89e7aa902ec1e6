"""A short bounded load on loopback through the app's HTTP API: no errors, the queue holds (the full run is
`python -m evals load`)."""


def test_concurrent_users_get_cited_answers_without_errors():
    from evals.bench_load import run

    results = run(levels=(1, 4), seconds=4)
    for users, level in results["levels"].items():
        assert level["errors"] == 0, (users, level["error_kinds"])
        assert level["requests"] >= users
    assert results["levels"][4]["p95_s"] < 30
