"""Choose the case's agenda from the built-in and custom ones, and see what it will be.

Below the list: how the chosen agenda runs at the case's meeting length (the steps scale
with it), where custom agendas live, and a sentence for each custom file that could not
be loaded — so a chair who wrote one sees at once why it is not in the list.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Select, Static

from agenda.template_files import TemplateCatalogue
from tui.context import literal, vapp


class TemplatePicker(Vertical):
    def __init__(self, catalogue: TemplateCatalogue, template_id: str, *, id: str) -> None:
        super().__init__(id=id)
        self.catalogue = catalogue
        self.template_id = template_id
        self.minutes: int | None = None

    def compose(self) -> ComposeResult:
        t = vapp(self).t
        chosen = self.template_id
        options = [
            (literal(tpl.display_title(t)), tpl.id) for tpl in self.catalogue.templates.values()
        ]
        if self.catalogue.get(chosen) is None:
            options.append((literal(t("case.template.missing", id=chosen)), chosen))
        yield Select(options, allow_blank=False, value=self.template_id, id="template")
        yield Static("", id="template-preview", classes="hint", markup=False)
        problems = [problem.explain(t) for problem in self.catalogue.problems]
        folder = t("case.template.folder", path=str(vapp(self).locations.agendas_dir))
        yield Static(literal(folder), classes="hint")
        yield Static(literal("\n".join(problems)), id="template-problems", classes="problems")

    @property
    def value(self) -> str:
        chosen = self.query_one("#template", Select).value
        return chosen if isinstance(chosen, str) else self.template_id

    def on_select_changed(self, event: Select.Changed) -> None:
        self.template_id = self.value
        self._preview()

    def show_minutes(self, minutes: int | None) -> None:
        """The case's meeting length changed (None while it is not a number)."""
        self.minutes = minutes
        self._preview()

    def _preview(self) -> None:
        t = vapp(self).t
        template = self.catalogue.get(self.template_id)
        preview = self.query_one("#template-preview", Static)
        if template is None:
            preview.update("")
            return
        minutes = self.minutes if self.minutes and self.minutes >= 10 else template.minutes
        steps = template.for_meeting(t, minutes)
        listed = " · ".join(
            t("case.template.step", title=step.title, minutes=step.minutes) for step in steps
        )
        preview.update(literal(t("case.template.preview", minutes=minutes, steps=listed)))
