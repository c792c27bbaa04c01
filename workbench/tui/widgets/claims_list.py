"""The claims list: an OptionList, because one widget per row does not scale."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import OptionDoesNotExist


class ClaimsList(OptionList):
    """Rows are `Content` built by `render.claim_row`; option ids are claim ids."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", id="claims.down", show=False),
        Binding("up,k", "cursor_up", "Up", id="claims.up", show=False),
        Binding("home,g", "first", "First", id="claims.first", show=False),
        Binding("end,G", "last", "Last", id="claims.last", show=False),
    ]

    def shows(self, claim_id: str) -> bool:
        """Whether the (filtered) list holds this claim."""
        try:
            self.get_option_index(claim_id)
        except OptionDoesNotExist:
            return False
        return True

    @property
    def highlighted_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None
