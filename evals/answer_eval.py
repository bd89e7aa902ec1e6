"""Answers on the dev set and the held-out set: key facts, the first cited passage, declines, fragments, latency.

Systems, each question through all of them in one run:
- **ours**: ``ask`` as shipped on the offline defaults (routing, reranked retrieval, a composed quoted answer);
- **quote-v3**: the previous default (fused hybrid top-4, the one best sentence by embedding, no reranker);
- **plain**: a plain LangChain chain (top-4 chunks of 1,000 characters stuffed into the local model), on the
  held-out set only (it takes seconds a question) unless ``plain_on_dev``;
- **ours-write** (``write=True``): the local model writes and code checks, only when asked (minutes).

Judged independently of our own checker: an answer is right when it holds one of the question's key strings and,
for lists, one of each group of ``key_all``; the first citation is right when its passage holds the evidence or a
key; a fragment is an answer point of under six words, or a question, or a line with no verb-bearing sentence.
"""

from __future__ import annotations

import re
import statistics
import time
from typing import Any

from evals.common import load_jsonl, normalise, table

DEV, HELD_OUT = "answers_dev.jsonl", "answers_heldout.jsonl"
# Every held-out set, by its key in the results: (file, where it came from). Each was written by a separate writer who
# never read the product code, committed and first run unseen before anything was changed for it; then spent.
HELD_OUT_SETS: dict[str, tuple[str, str]] = {
    "held_out": (HELD_OUT, "written before the answers work was tuned; the plain chain runs on it"),
    "held_out_2": ("answers_heldout2.jsonl", "60 questions written by a separate helper before session 5's tuning"),
    "held_out_3": ("answers_heldout3.jsonl",
                   "60 more, written before session 6's tuning (held-out 2 was then looked at)"),
    "held_out_4": ("answers_heldout4.jsonl",
                   "60 more by a separate writer, before session 7's tuning (spent in session 8)"),
    "held_out_5": ("answers_heldout5.jsonl",
                   "60 more by a separate writer at session 8's start (spent in its second round)"),
    "held_out_6": ("answers_heldout6.jsonl",
                   "60 more by a separate writer during session 8's second round (spent in session 9)"),
    "held_out_7": ("answers_heldout7.jsonl",
                   "60 more by a separate writer at session 9's start (spent in its second round)"),
    "held_out_8": ("answers_heldout8.jsonl", "60 more by a separate writer at session 9's start (spent in session 10)"),
    "held_out_9": ("answers_heldout9.jsonl", "60 more by a separate writer at session 10's start (spent at its end)"),
    "held_out_10": ("answers_heldout10.jsonl",
                    "60 more by a separate writer in session 10 (first run 0.673, spent in session 11)"),
    "held_out_11": ("answers_heldout11.jsonl",
                    "60 more by a separate writer at session 11's start (first run 0.612, spent)"),
    "held_out_12": ("answers_heldout12.jsonl",
                    "60 more by a separate writer in session 11, first run after its fixes (0.571)"),
    "held_out_13": ("answers_heldout13.jsonl",
                    "60 more by a separate writer at session 12's start (first run on af1475d 0.653, spent)"),
    "held_out_14": ("answers_heldout14.jsonl",
                    "60 more by another, first run after session 12's fixes (c2b3977: 0.653)"),
    "held_out_15": ("answers_heldout15.jsonl",
                    "60 more by a separate writer in session 12, first run unseen on fbb4d51 (0.673), spent in 13"),
    "held_out_16": ("answers_heldout16.jsonl",
                    "60 more by another, first run unseen after held-out 15's fixes (5374333: 0.653), spent in 13"),
    "held_out_17": ("answers_heldout17.jsonl",
                    "60 more by a separate writer in session 13, first run unseen on 78afd8d (0.714), spent in 14"),
    "held_out_18": ("answers_heldout18.jsonl",
                    "60 more by another, first run unseen after held-out 17's fixes (8a90a51: 0.694), spent in 15"),
    "held_out_19": ("answers_heldout19.jsonl",
                    "60 more by a separate writer in session 15, first run unseen after held-out 18's fixes (e7368a1: "
                    "0.714), spent"),
}
PLAIN_PROMPT = (
    "Answer the question using the context. Cite the numbered context passages you use like [1].\n\n"
    "Context:\n{context}\n\nQuestion: {question}\nAnswer:"
)
_MARK = re.compile(r"\s*\[\d+\]")
_DECLINED = re.compile(r"(sources do not say|do(es)? not|don't|cannot|no information|not (mention|provide))", re.I)


def plain_chain(assistant, model):
    """The baseline: 1,000-character chunks, vector top-4, stuffed into a plain prompt (LCEL)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.prompts import PromptTemplate
    from langchain_core.runnables import RunnableLambda, RunnablePassthrough
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from assistant.documents.loaders import load_file
    from assistant.ingest.shipped import read_manifest

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=100)
    docs = []
    for path, info in read_manifest(assistant.settings.knowledge_dir):
        for doc in splitter.split_documents(load_file(path, max_bytes=10**9, max_pages=10**6)):
            doc.metadata["source"] = info.source
            docs.append(doc)
    client = chromadb.EphemeralClient(ChromaSettings(anonymized_telemetry=False))
    store = Chroma(client=client, collection_name="plain-baseline", embedding_function=assistant.embedder)
    store.add_documents(docs)
    retriever = store.as_retriever(search_kwargs={"k": 4})
    retrieved: dict[str, list] = {}

    def keep(inputs):
        found = retriever.invoke(inputs)
        retrieved["last"] = found
        return "\n\n".join(f"[{i}] {d.page_content}" for i, d in enumerate(found, start=1))

    chain = (
        {"context": RunnableLambda(keep), "question": RunnablePassthrough()}
        | PromptTemplate.from_template(PLAIN_PROMPT)
        | model.bind(max_tokens=assistant.settings.llm_max_tokens)
        | StrOutputParser()
    )
    return chain, retrieved


def is_right(item: dict[str, Any], answer: str) -> bool:
    text = normalise(answer)
    any_key = not item.get("key") or any(normalise(k) in text for k in item["key"])
    all_keys = all(any(normalise(k) in text for k in group) for group in item.get("key_all") or [])
    return any_key and all_keys


def first_cited_right(item: dict[str, Any], cited_texts: list[str]) -> bool:
    if not cited_texts:
        return False
    first = normalise(cited_texts[0])
    wanted = [normalise(e) for e in item.get("evidence", []) + item.get("key", [])]
    wanted += [normalise(k) for group in item.get("key_all") or [] for k in group]
    return any(w and w in first for w in wanted)


def fragments(answer: str) -> list[str]:
    """Answer points that are not answers: under six words, questions, headings without a sentence."""
    points = [p.strip() for p in re.split(r"\s*\[\d+\](?:\[\d+\])*\s*", answer) if p.strip()]
    return [p for p in points if len(re.findall(r"[A-Za-z0-9£%]+", p)) < 6 or p.rstrip(". ").endswith("?")]


def _history(item: dict[str, Any]) -> list[tuple[str, str]] | None:
    return [tuple(turn) for turn in item["history"]] if item.get("history") else None


def quote_v3(assistant):
    """The previous default: fused hybrid top-k, best sentence by embedding similarity, no routing, no reranker."""
    from assistant.retrieval import HybridRetriever
    from assistant.tasks.ask import AskTask

    retriever = HybridRetriever(assistant.store, assistant.embedder, assistant.settings, reranker=None)
    return AskTask(retriever, assistant.extractive)


def _chunk_text(assistant, chunk_id: str | None) -> str:
    if not chunk_id:
        return ""
    got = assistant.store.collection.get(ids=[chunk_id], include=["documents"])
    return (got["documents"] or [""])[0] or ""


def run_split(assistant, name: str, plain: bool = False, write: bool = False) -> dict[str, Any]:
    items = load_jsonl(name)
    old = quote_v3(assistant)
    systems: dict[str, Any] = {
        "ours": lambda q, area, hist: assistant.ask(q, area=area, history=hist),
        "quote-v3": lambda q, area, hist: old(q, area=area, history=hist),
    }
    if write:
        systems["ours-write"] = lambda q, area, hist: assistant.ask(q, area=area, history=hist, write=True)
    chain = retrieved = None
    if plain:
        chain, retrieved = plain_chain(assistant, assistant.ask_task.generator.model)
    rows = {s: {"t": [], "ok": [], "first": [], "decl": [], "wrong_decl": [], "frag": [], "misses": []}
            for s in [*systems, *(["plain"] if plain else [])]}
    for item in items:
        area = item.get("area")
        hist = _history(item)
        outputs: dict[str, tuple[str, list[str], bool]] = {}
        for system, call in systems.items():
            start = time.perf_counter()
            answer = call(item["question"], area, hist)
            rows[system]["t"].append(time.perf_counter() - start)
            outputs[system] = (answer.answer, [_chunk_text(assistant, c.chunk_id) for c in answer.citations],
                               not answer.grounded)
        if plain:
            question = " ".join([t[0] for t in hist or []] + [item["question"]])
            start = time.perf_counter()
            text = chain.invoke(question)
            rows["plain"]["t"].append(time.perf_counter() - start)
            found = retrieved.get("last", [])
            cited = [int(n) for n in re.findall(r"\[(\d+)\]", text) if 0 < int(n) <= len(found)]
            outputs["plain"] = (text, [found[n - 1].page_content for n in dict.fromkeys(cited)],
                                bool(_DECLINED.search(text)))
        for system, (text, cited, declined) in outputs.items():
            r = rows[system]
            if item.get("unanswerable"):
                r["decl"].append(declined)
                continue
            r["wrong_decl"].append(declined)
            ok = not declined and is_right(item, text)
            r["ok"].append(ok)
            r["first"].append(not declined and first_cited_right(item, cited))
            if system != "plain" and not declined:
                r["frag"].extend(fragments(text))
            if not ok:
                r["misses"].append(item["id"])
    return {system: _summary(r) for system, r in rows.items()} | {
        "questions": sum(1 for i in items if not i.get("unanswerable")),
        "unanswerable": sum(1 for i in items if i.get("unanswerable")),
    }


def _summary(r: dict[str, list]) -> dict[str, Any]:
    times = sorted(r["t"])
    return {
        "key_facts": sum(r["ok"]) / max(1, len(r["ok"])),
        "first_citation": sum(r["first"]) / max(1, len(r["first"])),
        "declined_unanswerable": sum(r["decl"]) / max(1, len(r["decl"])),
        "wrongly_declined": sum(r["wrong_decl"]) / max(1, len(r["wrong_decl"])),
        "fragments": len(r["frag"]),
        "fragment_examples": r["frag"][:5],
        "p50_s": statistics.median(times) if times else 0.0,
        "p95_s": times[min(len(times) - 1, int(0.95 * len(times)))] if times else 0.0,
        "misses": r["misses"],
    }


def routing_cost(assistant) -> dict[str, Any]:
    """What deciding the route costs per message (the rule-based router), and where the dev messages went."""
    from collections import Counter

    from assistant.tasks.route import route

    questions = [i["question"] for name in (DEV, *(f for f, _ in HELD_OUT_SETS.values())) for i in load_jsonl(name)]
    groups = assistant.chat.groups
    start = time.perf_counter()
    kinds = Counter(route(q, groups).kind for q in questions)
    return {"per_message_ms": 1000 * (time.perf_counter() - start) / len(questions), "routes": dict(kinds)}


def run(assistant, plain: bool = True, write: bool = False) -> dict[str, Any]:
    """Dev and held-out sets; the plain chain (local model) on the held-out set only."""
    assistant.ask("warm-up: what is social value?")  # load the reranker and BM25 before timing
    assistant.mapper  # built once per process (it embeds the measure guidance)
    results = {"dev": run_split(assistant, DEV, write=write)}
    for split, (name, _) in HELD_OUT_SETS.items():
        results[split] = run_split(assistant, name, plain and split == "held_out", write)
    return results | {"routing": routing_cost(assistant)}


TARGETS = {"key_facts": 0.90, "first_citation": 0.93, "declined_unanswerable": 0.95, "wrongly_declined": 0.05,
           "fragments": 0, "p95_s": 1.0}


def failures(results: dict[str, Any]) -> list[str]:
    """CI gate: on the first held-out set, ours is no worse than the previous default on key facts, first citation and
    declines (within about one question); no held-out answer quotes a fragment; ours answers faster than the plain
    chain. The second held-out set is reported only (session 5 saw that ours trails the previous default there on
    the first citation, 0.604 against 0.646, and chose not to move a gate after seeing the numbers)."""
    out = []
    for split in HELD_OUT_SETS:
        held = results.get(split)
        if held is None:
            continue
        ours, old = held["ours"], held["quote-v3"]
        slack = 1.5 / max(1, held["questions"])  # about one question: same-run scores can move by one on a rerun
        for metric in ("key_facts", "first_citation", "declined_unanswerable") if split == "held_out" else ():
            if ours[metric] < old[metric] - slack:
                out.append(f"answers: {split} {metric} {ours[metric]:.3f} < previous default {old[metric]:.3f}")
        if ours["fragments"]:
            out.append(f"answers: {ours['fragments']} fragment answer point(s) on the {split} set")
    held = results["held_out"]
    if "plain" in held and held["ours"]["p50_s"] >= held["plain"]["p50_s"]:
        out.append("answers: not faster than the plain chain")
    return out


def render(results: dict[str, Any]) -> str:
    out = []
    for split in ("dev", *HELD_OUT_SETS):
        res = results.get(split)
        if res is None:
            continue
        systems = [s for s in ("ours", "quote-v3", "ours-write", "plain") if s in res]
        rows = [[s, res[s]["key_facts"], res[s]["first_citation"], res[s]["declined_unanswerable"],
                 res[s]["wrongly_declined"], res[s]["fragments"], res[s]["p50_s"], res[s]["p95_s"]] for s in systems]
        out.append(f"Answers, {split.replace('_', '-')} set: {res['questions']} answerable + {res['unanswerable']} "
                   "unanswerable\n" + table(["system", "key facts", "1st citation", "declined", "wrongly declined",
                                             "fragments", "p50 s", "p95 s"], rows))
        out.append(f"misses (ours): {', '.join(res['ours']['misses']) or 'none'}")
        ratio = res["quote-v3"]["p95_s"] and res["ours"]["p95_s"] / res["quote-v3"]["p95_s"]
        out.append(f"ours p95 is {ratio:.1f}x the previous default's (same run); targets on held-out: "
                   + ", ".join(f"{k} {'<=' if k in ('wrongly_declined', 'fragments', 'p95_s') else '>='} {v}"
                               for k, v in TARGETS.items()))
    routing = results.get("routing")
    if routing:
        out.append(f"routing: {routing['per_message_ms']:.2f} ms a message; routes taken: {routing['routes']}")
    return "\n".join(out)
