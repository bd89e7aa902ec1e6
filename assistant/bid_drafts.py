"""A draft and its bid: the bidder's evidence for its track record, its compliance check, and saving it as a version.

Shared by `sva draft` and the app's Draft tab, so both quote the same evidence, run the same check and save the
same record. A draft saved to a new bid creates the bid and its first version in one transaction.
"""

from __future__ import annotations

from typing import Any, Iterable

from assistant.bids import BidError, BidWorkspace


def evidence_for(assistant: Any, organisation: str | None) -> list:
    """The organisation's evidence-library records; none without an organisation or records."""
    name = " ".join((organisation or "").split())
    return assistant.evidence.records(name) if name else []


def draft_checks(data: dict[str, Any], request: Any, sub_criteria: Iterable[str] = ()) -> dict[str, Any]:
    """The compliance check of a finished draft: sub-criteria, word and character limits, commitments, figures."""
    from assistant.compliance import check_compliance

    return check_compliance(data["response_markdown"], sub_criteria=list(sub_criteria), word_limit=request.words,
                            char_limit=request.characters, commitments=data["commitments"], evidence=request.evidence,
                            citations=data["citations"], stated=[request.contract.value, request.contract.months])


def sub_criteria_of(intake: dict[str, Any] | None) -> list[str]:
    """The sub-criteria of the tender pack's social value question (none without a pack or such a question)."""
    question = next((q for q in (intake or {}).get("questions", []) if q.get("social_value")), None)
    return list(question["sub_criteria"]) if question else []


def save_draft(workspace: BidWorkspace, draft: dict[str, Any], bid_id: str | None = None,
               new_name: str | None = None, intake: dict[str, Any] | None = None) -> tuple[str, int]:
    """Save ``draft`` (with its checks) as the next version of ``bid_id``, or as version 1 of a new bid named
    ``new_name`` holding the pack's ``intake``; returns (bid id, version)."""
    if draft is None or "response_markdown" not in draft:
        raise BidError("draft a response first, then save it")
    if bid_id:
        return bid_id, workspace.add_draft(bid_id, draft)
    name = " ".join((new_name or "").split()) or ((intake or {}).get("tender", {}).get("title") or {}).get("value")
    if not name:
        raise BidError("choose a saved bid, or give a name for a new one")
    return workspace.new(name, intake, first_draft=draft), 1
