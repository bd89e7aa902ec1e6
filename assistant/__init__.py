"""Social Value Assistant: cited answers, measure mapping, bid drafts and tender questions."""

import os as _os

# onnxruntime (1.32 on Linux) records usage events in ~/.cache/Microsoft/DeveloperTools/.onnxruntime/ as soon
# as it is imported; its switch is read at import, so it is set here, before any module can import it.
# (assistant/offline.py lists it with the other privacy settings; the embedder also calls
# onnxruntime.disable_telemetry_events().)
_os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

__version__ = "0.2.0"
