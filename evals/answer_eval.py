"""Answers on the local model: correctness, citation precision, declines and latency of ``ask`` as shipped,
of ``ask`` with the model writing, and of a plain LangChain chain (top-4 chunks of 1,000 characters stuffed into
the same model), in one run.

Judged independently of our own checker: an answer is correct when it holds one of the question's key
facts; a citation is precise when the cited passage holds the question's evidence or a key fact.
"""

from __future__ import annotations

import re
import statistics
import time
from typing import Any

from evals.common import load_jsonl, normalise, table

DATASET = "answer_questions.jsonl"
PLAIN_PROMPT = (
    "Answer the question using the context. Cite the numbered context passages you use like [1].\n\n"
    "Context:\n{context}\n\nQuestion: {question}\nAnswer:"
)


def plain_chain(assistant, model):
    """The baseline: 1,000-character chunks, vector top-4, stuffed into a plain prompt (LCEL)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.prompts import PromptTemplate
    from langchain_core.runnables import RunnableLambda, RunnablePassthrough
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from ingest.loaders import load_file
    from ingest.shipped import read_manifest

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


def _judge(item: dict[str, Any], answer: str, cited_texts: list[str]) -> tuple[bool, float | None]:
    text = normalise(answer)
    correct = any(normalise(k) in text for k in item["key"])
    wanted = [normalise(e) for e in item["evidence"] + item["key"]]
    if not cited_texts:
        return correct, None
    precise = sum(any(w in normalise(t) for w in wanted) for t in cited_texts) / len(cited_texts)
    return correct, precise


SYSTEMS = ("ours", "ours-write", "plain")


def run(assistant) -> dict[str, Any]:
    """ours: ``ask`` as shipped on the local model (it quotes: answer_style auto); ours-write: ``ask`` with the
    model writing and code checking; plain: the LangChain baseline. Each question goes through all three in turn."""
    items = load_jsonl(DATASET)
    chain, retrieved = plain_chain(assistant, assistant.ask_task.generator.model)
    rows = {name: {"t": [], "ok": [], "prec": [], "decl": [], "gen": []} for name in SYSTEMS}
    for item in items:
        answers: dict[str, tuple[str, list[str], bool]] = {}
        for name in ("ours", "ours-write"):
            start = time.perf_counter()
            answer = assistant.ask(item["question"], write=name == "ours-write")
            rows[name]["t"].append(time.perf_counter() - start)
            rows[name]["gen"].append(answer.mode == "generated")
            answers[name] = (answer.answer, [_chunk_text(assistant, c.chunk_id) for c in answer.citations],
                             not answer.grounded)
        start = time.perf_counter()
        plain = chain.invoke(item["question"])
        rows["plain"]["t"].append(time.perf_counter() - start)
        rows["plain"]["gen"].append(True)
        found = retrieved.get("last", [])
        cited = sorted({int(n) for n in re.findall(r"\[(\d+)\]", plain) if 0 < int(n) <= len(found)})
        declined = bool(re.search(r"(do(es)? not|don't|cannot|no information|not (mention|provide))", plain, re.I))
        answers["plain"] = (plain, [found[n - 1].page_content for n in cited], declined)
        for name, (text, cited_texts, declined) in answers.items():
            if item.get("unanswerable"):
                rows[name]["decl"].append(declined)
                continue
            ok, prec = _judge(item, text, cited_texts)
            rows[name]["ok"].append(ok)
            if prec is not None:
                rows[name]["prec"].append(prec)
    summary: dict[str, Any] = {}
    for name, r in rows.items():
        summary[name] = {
            "correct": sum(r["ok"]) / len(r["ok"]),
            "citation_precision": sum(r["prec"]) / len(r["prec"]) if r["prec"] else 0.0,
            "answers_with_citations": len(r["prec"]) / len(r["ok"]),
            "declined_unanswerable": sum(r["decl"]) / len(r["decl"]),
            "median_s": statistics.median(r["t"]),
            "generated_share": sum(r["gen"]) / len(r["gen"]),
        }
    summary["speedup"] = summary["plain"]["median_s"] / summary["ours"]["median_s"]
    summary["write_speedup"] = summary["plain"]["median_s"] / summary["ours-write"]["median_s"]
    summary["questions"] = sum(1 for i in items if not i.get("unanswerable"))
    summary["unanswerable"] = sum(1 for i in items if i.get("unanswerable"))
    return summary


def meets_target(results: dict[str, Any]) -> bool:
    """At least 2x faster median latency with equal or better correctness and citation precision."""
    ours, plain = results["ours"], results["plain"]
    return (results["speedup"] >= 2 and ours["correct"] >= plain["correct"]
            and ours["citation_precision"] >= plain["citation_precision"])


def _chunk_text(assistant, chunk_id: str | None) -> str:
    if not chunk_id:
        return ""
    got = assistant.store.collection.get(ids=[chunk_id], include=["documents"])
    return (got["documents"] or [""])[0] or ""


def render(results: dict[str, Any]) -> str:
    rows = [
        [name, r["correct"], r["citation_precision"], r["answers_with_citations"], r["declined_unanswerable"],
         r["generated_share"], r["median_s"]]
        for name, r in ((n, results[n]) for n in SYSTEMS)
    ]
    return (
        f"Answers on the local model, {results['questions']} questions + {results['unanswerable']} unanswerable\n"
        + table(["system", "correct", "citation precision", "cited", "declined", "model wrote", "median s"], rows)
        + f"\nours (ask as shipped: quoted) is {results['speedup']:.1f}x faster than the plain chain; "
        f"ours-write (the model writes, code checks) {results['write_speedup']:.1f}x"
    )
