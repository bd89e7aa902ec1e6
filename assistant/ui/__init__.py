"""The Gradio app's parts: one module a tab, each with a ``build_<tab>`` function and the actions it calls.

``assistant.app`` puts them together (``make_app``, ``launch``); shared helpers live in ``ui/common.py``.
"""
