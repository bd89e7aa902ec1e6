"""Start the Social Value Assistant's app on the offline defaults: ``python app.py``.

``gradio app.py`` does the same and reloads the app when a file changes (Gradio's convention: a module-level
``demo``). ``sva app`` and ``make run`` start the same app. Settings come from ``SVA_*`` variables
(assistant/settings.py); the first start indexes the shipped knowledge.
"""

from assistant.app import launch, make_app
from assistant.assistant import build
from assistant.settings import Settings

settings = Settings()
demo = make_app(build(settings))

if __name__ == "__main__":
    launch(settings, app=demo)
