"""Run the evals and benchmarks: ``python -m evals [retrieval|mapping|questions|draft|review|intake|evidence|answers|embeddings|index|reingest|all] [--json] [--check]``.

``--check`` exits 1 when a target is missed (recall@4 >= 0.90 and hybrid > vector-only on
MRR; mapping top-1 >= 0.92 and top-3 >= 0.98 on the dev set, 0.1 above plain embeddings; tender questions
with policy figures always right, measure precision >= 0.7 and counts never falling as value grows; drafts with every relevant/proportionate/additional flag right and codes right >= 90%; tender intake fields right >= 0.90 with no wrong value asserted and the social value question found verbatim with its limit and page in every pack, dev and held-out; query embedding >= 10x and document embedding >= 5x on sentences; chunk-length gain is reported against its padding bound; re-ingesting a 300-page PDF with one page corrected <= 0.2 of its full ingest).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys

TARGETS = {"recall@4": 0.90, "query_ratio": 10.0, "document_ratio": 5.0, "map_top1": 0.92, "map_top3": 0.98, "questions_precision": 0.7, "draft_codes": 0.9, "map_published_top1": 0.9, "draft_units": 0.95, "intake_fields": 0.90}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals")
    parser.add_argument("which", nargs="?", default="all", choices=["retrieval", "mapping", "questions", "draft", "review", "intake", "evidence", "load", "scale", "reliability", "answers", "embeddings", "index", "reingest", "all"])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--no-model", action="store_true", help="answers: skip the plain chain (no local model)")
    parser.add_argument("--write", action="store_true", help="answers: also score the local model writing (slow)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

    from evals import answer_eval, bench_embeddings, bench_index, bench_reingest, bench_load, bench_scale, reliability, draft_eval, review_eval, mapping_eval, questions_eval, retrieval_eval
    from evals.common import scratch_assistant

    results: dict = {}
    failures: list[str] = []
    if args.which in ("index", "all"):
        results["index"] = bench_index.run()
        if not args.json:
            print(bench_index.render(results["index"]) + "\n")
    if args.which == "reingest":  # half a minute to minutes (a 300-page PDF embedded once): run on its own
        results["reingest"] = bench_reingest.run()
        if not args.json:
            print(bench_reingest.render(results["reingest"]) + "\n")
        if not bench_reingest.meets_target(results["reingest"]):
            failures.append(f"reingest: a corrected page costs {results['reingest']['ratio']:.2f} of a full ingest "
                            f"(target <= {bench_reingest.TARGET_RATIO})")
    if args.which in ("retrieval", "all"):
        results["retrieval"] = retrieval_eval.run(scratch_assistant())
        if not args.json:
            print(retrieval_eval.render(results["retrieval"]) + "\n")
        modes = results["retrieval"]["modes"]
        if modes["hybrid"]["recall@4"] < TARGETS["recall@4"]:
            failures.append(f"hybrid recall@4 {modes['hybrid']['recall@4']:.3f} < {TARGETS['recall@4']}")
        if modes["hybrid"]["mrr@10"] <= modes["vector"]["mrr@10"]:
            failures.append("hybrid does not beat vector-only on MRR@10")
    if args.which in ("mapping", "all"):
        mapper = scratch_assistant().mapper
        results["mapping"] = mapping_eval.run(mapper)
        results["mapping_held_out"] = mapping_eval.run(mapper, mapping_eval.HELD_OUT)
        results["mapping_published"] = mapping_eval.run(mapper, mapping_eval.PUBLISHED)
        results["mapping_published_held_out"] = mapping_eval.run(mapper, mapping_eval.PUBLISHED_HELD_OUT)
        results["mapping_published_held_out_2"] = mapping_eval.run(mapper, mapping_eval.PUBLISHED_HELD_OUT_2)
        results["mapping_published_held_out_3"] = mapping_eval.run(mapper, mapping_eval.PUBLISHED_HELD_OUT_3)
        results["mapping_published_held_out_4"] = mapping_eval.run(mapper, mapping_eval.PUBLISHED_HELD_OUT_4)
        results["mapping_published_held_out_5"] = mapping_eval.run(mapper, mapping_eval.PUBLISHED_HELD_OUT_5)
        results["mapping_published_held_out_6"] = mapping_eval.run(mapper, mapping_eval.PUBLISHED_HELD_OUT_6)
        results["mapping_published_held_out_7"] = mapping_eval.run(mapper, mapping_eval.PUBLISHED_HELD_OUT_7)
        results["mapping_published_held_out_8"] = mapping_eval.run(mapper, mapping_eval.PUBLISHED_HELD_OUT_8)
        results["mapping_published_held_out_9"] = mapping_eval.run(mapper, mapping_eval.PUBLISHED_HELD_OUT_9)
        results["mapping_published_held_out_10"] = mapping_eval.run(mapper, mapping_eval.PUBLISHED_HELD_OUT_10)
        results["mapping_published_held_out_11"] = mapping_eval.run(mapper, mapping_eval.PUBLISHED_HELD_OUT_11)
        results["mapping_published_held_out_12"] = mapping_eval.run(mapper, mapping_eval.PUBLISHED_HELD_OUT_12)
        results["mapping_published_held_out_13"] = mapping_eval.run(mapper, mapping_eval.PUBLISHED_HELD_OUT_13)
        if not args.json:
            for key in ("mapping", "mapping_held_out", "mapping_published", "mapping_published_held_out",
                        "mapping_published_held_out_2", "mapping_published_held_out_3", "mapping_published_held_out_4",
                        "mapping_published_held_out_5", "mapping_published_held_out_6",
                        "mapping_published_held_out_7", "mapping_published_held_out_8",
                        "mapping_published_held_out_9", "mapping_published_held_out_10",
                        "mapping_published_held_out_11", "mapping_published_held_out_12",
                        "mapping_published_held_out_13"):
                print(mapping_eval.render(results[key]) + "\n")
        dev = results["mapping"]
        if dev["ours"]["top1"] < TARGETS["map_top1"] or dev["ours"]["top3"] < TARGETS["map_top3"]:
            failures.append(f"mapping top-1 {dev['ours']['top1']:.3f} / top-3 {dev['ours']['top3']:.3f} below target")
        if dev["ours"]["top1"] < dev["baseline"]["top1"] + 0.1:
            failures.append("mapping does not clearly beat plain embedding similarity")
        from evals import nofit_eval

        results["mapping_no_fit"] = nofit_eval.run(mapper)
        if not args.json:
            print(nofit_eval.render(results["mapping_no_fit"]) + "\n")
        if results["mapping_no_fit"]["dev"]["junk_refused"] < 0.9:
            failures.append("'no measure fits' refuses under 90% of gibberish and off-topic text (dev)")
        published = results["mapping_published"]["ours"]["top1"]
        if published < TARGETS["map_published_top1"]:
            failures.append(f"published commitments top-1 {published:.3f} < {TARGETS['map_published_top1']}")
    if args.which in ("questions", "all"):
        results["questions"] = questions_eval.run(scratch_assistant())
        if not args.json:
            print(questions_eval.render(results["questions"]) + "\n")
        q = results["questions"]
        if q["policy_errors"] or q["monotonic_errors"] or q["precision"] < TARGETS["questions_precision"]:
            failures.append(f"tender questions: precision {q['precision']:.3f}, policy errors {len(q['policy_errors'])}, "
                            f"count falls with value {len(q['monotonic_errors'])}")
    if args.which in ("draft", "all"):
        drafting = scratch_assistant(llm_provider="none")  # checks and codes, not wording
        results["draft"] = draft_eval.run(drafting)
        results["draft_held_out"] = draft_eval.run(drafting, draft_eval.HELD_OUT)  # reported, not a gate
        results["draft_held_out_2"] = draft_eval.run(drafting, draft_eval.HELD_OUT_2)  # reported, not a gate
        results["draft_held_out_3"] = draft_eval.run(drafting, draft_eval.HELD_OUT_3)  # reported, not a gate
        results["draft_held_out_4"] = draft_eval.run(drafting, draft_eval.HELD_OUT_4)  # reported, not a gate
        results["draft_held_out_5"] = draft_eval.run(drafting, draft_eval.HELD_OUT_5)  # reported, not a gate (spent)
        results["draft_held_out_6"] = draft_eval.run(drafting, draft_eval.HELD_OUT_6)  # reported, not a gate (spent)
        results["draft_held_out_7"] = draft_eval.run(drafting, draft_eval.HELD_OUT_7)  # reported, not a gate (spent)
        results["draft_held_out_8"] = draft_eval.run(drafting, draft_eval.HELD_OUT_8)  # reported, not a gate (spent)
        results["draft_held_out_9"] = draft_eval.run(drafting, draft_eval.HELD_OUT_9)  # reported, not a gate (spent)
        results["draft_held_out_10"] = draft_eval.run(drafting, draft_eval.HELD_OUT_10)  # reported, not a gate (spent)
        results["draft_held_out_11"] = draft_eval.run(drafting, draft_eval.HELD_OUT_11)  # reported, not a gate
        results["draft_held_out_12"] = draft_eval.run(drafting, draft_eval.HELD_OUT_12)  # reported, not a gate
        results["draft_held_out_13"] = draft_eval.run(drafting, draft_eval.HELD_OUT_13)  # reported, not a gate
        if not args.json:
            for key in ("draft", "draft_held_out", "draft_held_out_2", "draft_held_out_3", "draft_held_out_4",
                        "draft_held_out_5", "draft_held_out_6",
                        "draft_held_out_7", "draft_held_out_8", "draft_held_out_9",
                        "draft_held_out_10", "draft_held_out_11", "draft_held_out_12",
                        "draft_held_out_13"):
                print(draft_eval.render(results[key]) + "\n")
        d = results["draft"]
        if d["flags_right"] < 1.0 or d["codes_right"] < TARGETS["draft_codes"] or d["units_right"] < TARGETS["draft_units"]:
            failures.append(f"drafts: flags right {d['flags_right']:.3f}, codes right {d['codes_right']:.3f}, "
                            f"quantities in unit {d['units_right']:.3f}")
    if args.which in ("review", "all"):
        results["review"] = review_eval.run(scratch_assistant(llm_provider="none"))
        if not args.json:
            print(review_eval.render(results["review"]) + "\n")
        rv = results["review"]
        if rv["pairwise_order"] < 1.0 or rv["faults_flagged"] < 1.0 or rv["unplanted_flags"] or rv["padding_raised"]:
            failures.append(f"review: order {rv['pairwise_order']:.3f}, faults flagged {rv['faults_flagged']:.3f}, "
                            f"unplanted flags {len(rv['unplanted_flags'])}, padding raised {len(rv['padding_raised'])}")
    if args.which in ("intake", "all"):  # a few seconds: packs written as PDF, DOCX, MD and TXT, then read back
        from evals import intake_eval
        from evals.intake_heldout import PACKS as HELD_OUT_PACKS
        from evals.intake_heldout2 import PACKS as HELD_OUT_2_PACKS
        from evals.intake_heldout3 import PACKS as HELD_OUT_3_PACKS
        from evals.intake_heldout4 import PACKS as HELD_OUT_4_PACKS
        from evals.intake_heldout5 import PACKS as HELD_OUT_5_PACKS
        from evals.intake_heldout6 import PACKS as HELD_OUT_6_PACKS
        from evals.intake_heldout7 import PACKS as HELD_OUT_7_PACKS
        from evals.intake_heldout8 import PACKS as HELD_OUT_8_PACKS
        from evals.intake_heldout9 import PACKS as HELD_OUT_9_PACKS
        from evals.intake_heldout10 import PACKS as HELD_OUT_10_PACKS
        from evals.intake_heldout11 import PACKS as HELD_OUT_11_PACKS
        from evals.intake_heldout12 import PACKS as HELD_OUT_12_PACKS
        from evals.intake_heldout13 import PACKS as HELD_OUT_13_PACKS
        from evals.intake_heldout14 import PACKS as HELD_OUT_14_PACKS
        from evals.intake_heldout15 import PACKS as HELD_OUT_15_PACKS
        from evals.intake_heldout16 import PACKS as HELD_OUT_16_PACKS

        results["intake"] = intake_eval.run()
        results["intake_held_out"] = intake_eval.run(HELD_OUT_PACKS)
        results["intake_held_out_2"] = intake_eval.run(HELD_OUT_2_PACKS)
        results["intake_held_out_3"] = intake_eval.run(HELD_OUT_3_PACKS)
        results["intake_held_out_4"] = intake_eval.run(HELD_OUT_4_PACKS)
        results["intake_held_out_5"] = intake_eval.run(HELD_OUT_5_PACKS)
        results["intake_held_out_6"] = intake_eval.run(HELD_OUT_6_PACKS)
        results["intake_held_out_7"] = intake_eval.run(HELD_OUT_7_PACKS)
        results["intake_held_out_8"] = intake_eval.run(HELD_OUT_8_PACKS)
        results["intake_held_out_9"] = intake_eval.run(HELD_OUT_9_PACKS)
        results["intake_held_out_10"] = intake_eval.run(HELD_OUT_10_PACKS)
        results["intake_held_out_11"] = intake_eval.run(HELD_OUT_11_PACKS)
        results["intake_held_out_12"] = intake_eval.run(HELD_OUT_12_PACKS)
        results["intake_held_out_13"] = intake_eval.run(HELD_OUT_13_PACKS)
        results["intake_held_out_14"] = intake_eval.run(HELD_OUT_14_PACKS)
        results["intake_held_out_15"] = intake_eval.run(HELD_OUT_15_PACKS)
        results["intake_held_out_16"] = intake_eval.run(HELD_OUT_16_PACKS)
        if not args.json:
            print(intake_eval.render(results["intake"], "Tender intake (dev)") + "\n")
            print(intake_eval.render(results["intake_held_out"], "Tender intake (held-out)") + "\n")
            print(intake_eval.render(results["intake_held_out_2"], "Tender intake (second held-out)") + "\n")
            print(intake_eval.render(results["intake_held_out_3"], "Tender intake (third held-out)") + "\n")
            print(intake_eval.render(results["intake_held_out_4"], "Tender intake (fourth held-out)") + "\n")
            print(intake_eval.render(results["intake_held_out_5"], "Tender intake (fifth held-out)") + "\n")
            print(intake_eval.render(results["intake_held_out_6"], "Tender intake (sixth held-out)") + "\n")
            print(intake_eval.render(results["intake_held_out_7"], "Tender intake (seventh held-out)") + "\n")
            print(intake_eval.render(results["intake_held_out_8"], "Tender intake (eighth held-out)") + "\n")
            print(intake_eval.render(results["intake_held_out_9"], "Tender intake (ninth held-out)") + "\n")
            print(intake_eval.render(results["intake_held_out_10"], "Tender intake (tenth held-out)") + "\n")
            print(intake_eval.render(results["intake_held_out_11"], "Tender intake (eleventh held-out)") + "\n")
            print(intake_eval.render(results["intake_held_out_12"], "Tender intake (twelfth held-out)") + "\n")
            print(intake_eval.render(results["intake_held_out_13"], "Tender intake (thirteenth held-out)") + "\n")
            print(intake_eval.render(results["intake_held_out_14"], "Tender intake (fourteenth held-out)") + "\n")
            print(intake_eval.render(results["intake_held_out_15"], "Tender intake (fifteenth held-out, first run "
                                     "on af1475d 0.869 / 6 / 5 of 6)") + "\n")
            print(intake_eval.render(results["intake_held_out_16"], "Tender intake (sixteenth held-out, first run "
                                     "on 88ea4cc 0.902 / 4 / 6 of 6)") + "\n")
        # every held-out set so far is spent (the sixth to sixteenth, each by a separate writer, were first run unseen
        # at 0.866 fields / 4 wrong values / SV question 4 of 6, 0.947 / 5 / 5 of 6, 0.949 / 4 / 6 of 6, 0.888 / 9 /
        # 5 of 6, 0.820 / 17 / 5 of 6, 0.891 / 7 / 5 of 6, 0.816 / 10 / 5 of 6, 0.836 / 5 / 6 of 6, 0.878 / 2 /
        # 5 of 6, 0.869 / 6 / 5 of 6 and 0.902 / 4 / 6 of 6; their failures were then looked at and their mechanisms
        # fixed, issue #19), so each is gated like dev: a later change must not break what they cover. A seventeenth
        # unseen set is needed for an honest estimate.
        for name in ("intake", "intake_held_out", "intake_held_out_2", "intake_held_out_3", "intake_held_out_4",
                     "intake_held_out_5", "intake_held_out_6", "intake_held_out_7", "intake_held_out_8",
                     "intake_held_out_9", "intake_held_out_10", "intake_held_out_11", "intake_held_out_12",
                     "intake_held_out_13", "intake_held_out_14", "intake_held_out_15", "intake_held_out_16"):
            r = results[name]
            if r["fields_right"] < TARGETS["intake_fields"] or r["wrong_values"] or r["sv_question_found"] < 1.0:
                failures.append(f"{name}: fields right {r['fields_right']:.3f}, wrong values {r['wrong_values']}, "
                                f"social value question found {r['sv_question_found']:.3f}")
    if args.which in ("evidence", "all"):  # a second: the bidder's documents written, then read back
        from evals import evidence_eval

        results["evidence"] = evidence_eval.run()
        if not args.json:
            print(evidence_eval.render(results["evidence"]) + "\n")
        ev = results["evidence"]
        if ev["figures_right"] < 0.9 or ev["wrong_figures"] or ev["extra_case_studies"]:
            failures.append(f"evidence: figures right {ev['figures_right']:.3f}, wrong figures {ev['wrong_figures']}, "
                            f"extra case studies {ev['extra_case_studies']}")
    if args.which == "load":  # a minute of load on loopback: run on its own, not in "all"
        results["load"] = bench_load.run()
        if not args.json:
            print(bench_load.render(results["load"]) + "\n")
        if any(level["errors"] for level in results["load"]["levels"].values()):
            failures.append("load: errors under load")
    if args.which == "scale":  # several minutes: run on its own, not in "all"
        results["scale"] = bench_scale.run()
        if not args.json:
            print(bench_scale.render(results["scale"]) + "\n")
        if results["scale"]["retrieval"]["p50_s"][1] >= 1.0:
            failures.append("scale: retrieval on the large store is not under a second")
    if args.which == "reliability":  # a minute or two: run on its own
        results["reliability"] = reliability.run()
        if not args.json:
            print(reliability.render(results["reliability"]) + "\n")
        if results["reliability"]["survived"] < results["reliability"]["total"]:
            failures.append("reliability: a fault or bad input was not handled")
    if args.which == "answers":  # minutes with the local model (the plain chain baseline): run on its own
        results["answers"] = answer_eval.run(scratch_assistant(llm_provider="local"), plain=not args.no_model,
                                             write=args.write)
        if not args.json:
            print(answer_eval.render(results["answers"]) + "\n")
        failures.extend(answer_eval.failures(results["answers"]))
    if args.which in ("embeddings", "all"):
        results["embeddings"] = bench_embeddings.run()
        if not args.json:
            print(bench_embeddings.render(results["embeddings"]) + "\n")
        if results["embeddings"]["query_per_s"]["ratio"] < TARGETS["query_ratio"]:
            failures.append(f"query embedding only {results['embeddings']['query_per_s']['ratio']:.1f}x stock")
        emb = results["embeddings"]
        if emb["sentence_per_s"]["ratio"] < TARGETS["document_ratio"]:
            failures.append(f"sentence embedding only {emb['sentence_per_s']['ratio']:.1f}x stock")
        # Cost is linear in tokens for both, so on chunks the gain is bounded by the padding saved (256 / mean).
        bound = 256 / emb["mean_tokens"]["documents"]
        if not args.json:
            print(f"chunks: {emb['document_per_s']['ratio']:.1f}x stock; the padding bound is {bound:.1f}x "
                  f"(stock pads each chunk to 256 tokens, the mean chunk has {emb['mean_tokens']['documents']:.0f})\n")
    results["failures"] = failures
    if args.json:
        print(json.dumps(results, default=str))
    else:
        print("targets: " + ("all met" if not failures else "MISSED: " + "; ".join(failures)))
    return 1 if (args.check and failures) else 0


if __name__ == "__main__":
    sys.exit(main())
