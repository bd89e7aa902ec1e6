"""The Map activities tab: one activity a line -> its measure code, quantity and reason; a CSV to download."""

from __future__ import annotations

import csv
from typing import Any

import gradio as gr

from assistant import render
from assistant.csv_safety import safe_row
from assistant.export import table_html
from assistant.inputs import item_lines as lines
from assistant.models import MapResult
from assistant.ui.common import FormProblem, export_dir, problem as _problem, required
from assistant.ui.feedback import feedback_row


class MapActions:
    """Mapping pasted activities to measure codes."""

    MAP_HEADER = ["Code", "Measure", "Quantity", "Unit", "Activity", "Also consider", "Why"]

    def map_rows(self, text: str) -> list[list[Any]]:
        """One row per activity, key columns first; an activity no measure fits says so instead of a code."""
        activities = lines(text)
        if not activities:
            raise FormProblem("Paste at least one activity, one per line, in “Activities”.")
        return [render.map_row(activity, MapResult.of(self.a.map_activity(activity))) for activity in activities]

    def map_activities(self, text: str):
        try:
            rows = self.map_rows(text)
        except FormProblem as exc:
            return _problem(str(exc), 3)
        path = export_dir() / "activity-measures.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(self.MAP_HEADER)
            writer.writerows(safe_row(row) for row in rows)  # no cell runs as a spreadsheet formula
        rated = [{"activity": row[4], "code": None if row[0] == "none" else row[0], "measure": row[1]} for row in rows]
        return table_html(self.MAP_HEADER, rows, label="Measure codes", css_class="map"), str(path), rated, ""


def build_map(ui: Any) -> None:
    """The Map activities tab."""
    with gr.Tab("Map activities", id="map"):
        gr.Markdown("Paste what your organisation does or plans to do, **one activity per line**. "
                    "Each gets the TOMs measure code it counts towards, with the reason.")
        activities = gr.Textbox(lines=6, label=required("Activities"), elem_id="map-activities",
                                placeholder="Our staff volunteer 200 hours a year at the food bank\n"
                                            "We buy £20,000 of catering from a local social enterprise")
        map_button = gr.Button("Find measure codes", variant="primary", elem_id="map-button")
        map_problem = gr.HTML(elem_id="map-problem")
        map_table = gr.HTML(elem_id="map-table")
        map_csv = gr.File(label="Download as CSV", elem_id="map-csv")
        map_rated = gr.State(None)
        map_feedback = feedback_row(ui, "mapping", map_rated, "map")
        map_button.click(ui.map_activities, activities, [map_table, map_csv, map_rated, map_problem])
