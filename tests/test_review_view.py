"""One way to read and score a response, whatever the route: the app and the CLI give the same score for the
same text, pasted as Markdown, copied from a rendered page, or given as a file."""

from __future__ import annotations

import json
import re

import pytest

from assistant.app import UI
from assistant.draft_files import write_draft_files
from assistant.review_view import response_text, score_line
from assistant.tasks.draft import DraftRequest
from assistant.tasks.questions import Contract

CONTRACT = ["--service", "hospital cleaning services", "--value", "2.4m", "--months", "36", "--area", "Liverpool"]


@pytest.fixture(scope="module")
def drafted(shipped, tmp_path_factory):
    request = DraftRequest("Describe the social value you will deliver.",
                           Contract("hospital cleaning services", 2_400_000, 36, "Liverpool"),
                           ["Recruit 6 FTE long-term unemployed Liverpool residents as cleaners",
                            "300 staff volunteering hours a year with local food banks",
                            "We will clean the wards daily"]).validate()
    data = shipped.draft(request).as_dict()
    return data, write_draft_files(data, tmp_path_factory.mktemp("drafted"))


def _app_score(ui, text=None, file=None) -> float:
    head, *_ = ui.review(text or "", file, "", "hospital cleaning services", "2.4m", 36, "Liverpool")
    return float(re.search(r"([\d.]+)/100", head).group(1))


def _cli_score(shipped_dir, monkeypatch, capsys, response: str) -> float:
    from assistant.cli import main

    monkeypatch.setenv("SVA_DATA_DIR", str(shipped_dir))
    assert main(["review", response, *CONTRACT, "--json"]) == 0
    return json.loads(capsys.readouterr().out)["score"]


def test_the_same_response_scores_the_same_in_the_app_and_the_cli(shipped, shipped_dir, drafted, monkeypatch, capsys):
    data, paths = drafted
    markdown = paths[1].read_text(encoding="utf-8")
    copied = re.sub(r"^#+\s*", "", markdown, flags=re.MULTILINE)  # copied from the rendered page: no '#'
    ui = UI(shipped)
    scores = {
        "app, file": _app_score(ui, file=str(paths[1])),
        "app, pasted markdown": _app_score(ui, text=markdown),
        "app, copied from the page": _app_score(ui, text=copied),
        "cli, file": _cli_score(shipped_dir, monkeypatch, capsys, str(paths[1])),
        "cli, pasted markdown": _cli_score(shipped_dir, monkeypatch, capsys, markdown),
    }
    assert len(set(scores.values())) == 1, scores


def test_headings_are_not_read_as_sentences():
    text = "Our social value offer\nWe will recruit 6 FTE long-term unemployed residents.\n\nReporting\nWe report quarterly."
    read = response_text(text)
    assert "Our social value offer" not in read and "We report quarterly." in read
    plain = "We will recruit 6 FTE long-term unemployed residents. We report quarterly."
    assert response_text(plain) == plain


def test_score_line_is_shared():
    data = {"score": 84.0, "band": "strong", "qualitative": {"points": 46}, "quantitative": {"points": 40},
            "penalty": 2, "split": "60:40"}
    assert score_line(data) == "84.0/100 — strong: qualitative 46/60, quantitative 40/40, penalty −2 for flags (60:40)."
