"""The Partner VCFSE tab: an organisation's record as an editable table, its chart, summary and suggestions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from assistant.inputs import BadInput, read_text_file, tracker_entries
from assistant.render import commitment_markdown
from assistant.ui.common import ALL_AREAS, AREA_CHOICES, area_value, chart_html, export_dir, form_words

TRACKER_HEADERS = ["Code", "Year", "Kind", "Value", "Note", "Evidence"]


def add_row(table) -> list[list[Any]]:
    """The record with an empty row at the end to fill in (the table's own '+' hides once it has rows)."""
    rows = table.values.tolist() if hasattr(table, "values") else [list(r) for r in (table or [])]
    rows = [r for r in rows if any(str(c).strip() for c in r if c is not None)]
    return rows + [["", None, "", None, "", ""]]


def _tracker_rows(entries) -> list[list[Any]]:
    return [[e.code, e.year, e.kind, e.value, e.note, e.evidence] for e in entries]


class PartnerActions:
    """Reading and changing the Partner VCFSE record."""

    def organisations(self, selected: str | None = None):
        names = [o["name"] for o in self.a.tracker.organisations()]
        return gr.update(choices=names, value=selected if selected in names else (names[0] if names else None))

    def add_organisation(self, name, sector, area):
        from assistant.tracker import TrackerError

        try:
            org = self.a.tracker.add_organisation(name or "", sector or "", area_value(area))
        except TrackerError as exc:
            gr.Warning(form_words(str(exc)))
            return gr.skip()
        return self.organisations(org["name"])

    def show_record(self, organisation):
        from assistant.charts import progress_chart
        from assistant.tracker import TrackerError

        if not organisation:  # no empty chart or file panels: they appear with a record
            return ([], "Add your organisation to start its Partner VCFSE record.", gr.update(value=None, visible=False),
                    gr.update(value=None, visible=False))
        try:
            tracker = self.a.tracker
            report = self.a.commitment_report(organisation)
        except TrackerError as exc:
            gr.Warning(form_words(str(exc)))
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        folder = export_dir()
        chart = progress_chart(tracker.progress(organisation), folder / "partner-vcfse.png", organisation)
        csv_path = folder / "partner-vcfse.csv"
        csv_path.write_text(tracker.export_csv(organisation), encoding="utf-8")
        alt = f"Chart of baseline, targets and actuals for {organisation}. " + " ".join(report["summary"])
        return (_tracker_rows(tracker.entries(organisation)), commitment_markdown(report),
                gr.update(value=chart_html(Path(chart), alt), visible=True),
                gr.update(value=str(csv_path), visible=True))

    def save_record(self, organisation, table):
        from assistant.tracker import TrackerError

        if not organisation:
            gr.Warning("Choose an organisation in “Organisation”, or add one, first.")
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        rows = table.values.tolist() if hasattr(table, "values") else list(table or [])
        try:
            self.a.tracker.replace_entries(organisation, tracker_entries(organisation, rows))
        except (BadInput, TrackerError) as exc:
            gr.Warning(f"Nothing was saved: {exc}")
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return self.show_record(organisation)

    def percent_target(self, organisation, code, year, percent):
        from assistant.tracker import TrackerError

        try:
            self.a.tracker.set_target(organisation or "", code or "", int(year or 0), percent=float(percent or 0))
        except (TrackerError, ValueError) as exc:
            gr.Warning(form_words(str(exc)))
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return self.show_record(organisation)

    def import_record(self, file, organisation):
        from assistant.tracker import TrackerError

        if not file:
            gr.Warning("Choose a CSV file to import under “Import CSV”.")
            return gr.skip()
        try:
            path = Path(file if isinstance(file, str) else file.name)
            text = read_text_file(path, path.name)
            self.a.tracker.import_csv(text)
        except (TrackerError, BadInput) as exc:
            gr.Warning(f"Nothing was imported: {exc}")
            return gr.skip()
        names = [o["name"] for o in self.a.tracker.organisations()]
        return gr.update(choices=names, value=organisation if organisation in names else (names[0] if names else None))


def build_partner(ui: Any) -> gr.Dropdown:
    """The Partner VCFSE tab; returns the organisation choice, filled when the app loads."""
    with gr.Tab("Partner VCFSE", id="partner"):
        gr.Markdown("The roadmap asks every organisation to **Partner VCFSE**: baseline its collaboration with "
                    "the VCFSE sector, then set and track year-on-year targets (public bodies and VCFSEs: "
                    f"{', '.join(ui.a.tracker.sector_codes('public'))}; private companies: "
                    f"{', '.join(ui.a.tracker.sector_codes('private'))}).")
        with gr.Row():
            with gr.Column(scale=2):
                p_org = gr.Dropdown(label="Organisation", choices=[], elem_id="p-org")
                with gr.Accordion("Add an organisation", open=False):
                    p_name = gr.Textbox(label="Name", elem_id="p-name")
                    p_sector = gr.Radio(["public", "private", "vcfse"], value="private", label="Sector")
                    p_area = gr.Dropdown(AREA_CHOICES, value=ALL_AREAS, label="Area")
                    p_add = gr.Button("Add", elem_id="p-add")
                p_table = gr.Dataframe(headers=TRACKER_HEADERS, datatype=["str", "number", "str", "number", "str", "str"],
                                       column_count=(6, "fixed"), interactive=True, wrap=True,
                                       column_widths=["14%", "14%", "18%", "14%", "20%", "20%"], label="Record (kind: baseline, "
                                       "target or actual; edit, add rows, then save)", elem_id="p-table")
                with gr.Row():
                    p_row = gr.Button("Add a row", size="sm", elem_id="p-add-row")
                    p_save = gr.Button("Save the record", variant="primary", elem_id="p-save")
                with gr.Row():
                    p_codes = ui.a.tracker.codes()  # the framework's Partner VCFSE measures
                    p_code = gr.Dropdown(p_codes, value=p_codes[0] if p_codes else None, label="Measure")
                    p_year = gr.Number(label="Target year", precision=0, value=2026)
                    p_percent = gr.Number(label="% increase on the year before", value=10)
                p_target = gr.Button("Set a % target")
                with gr.Row():
                    p_import = gr.File(label="Import CSV", file_types=[".csv"], elem_id="p-import")
                    p_csv = gr.File(label="Export CSV", visible=False)
            with gr.Column(scale=3):
                p_chart = gr.HTML(elem_id="p-chart", visible=False)
                p_report = gr.Markdown(elem_id="p-report")
        record_outputs = [p_table, p_report, p_chart, p_csv]
        p_add.click(ui.add_organisation, [p_name, p_sector, p_area], p_org)
        p_org.change(ui.show_record, p_org, record_outputs)
        p_save.click(ui.save_record, [p_org, p_table], record_outputs)
        p_row.click(add_row, p_table, p_table)
        p_target.click(ui.percent_target, [p_org, p_code, p_year, p_percent], record_outputs)
        p_import.upload(ui.import_record, [p_import, p_org], p_org)
    return p_org
