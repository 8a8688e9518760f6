"""Qt models over the parts of a composed Briefing, for the preview.

- ``OutlineModel``: the executive summary, the sections in order with their blocks, the sources.
- ``ChartsModel``: the charts, with thumbnails filled in as they are drawn.
- ``SourcesModel``: the numbered sources, each flagged with the disagreements it takes part in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QImage,
    QPainter,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)

from briefkit.palette import MUTED, TINT, css

if TYPE_CHECKING:
    from briefkit.compose.model import Block, Briefing, ChartSpec

Index = QModelIndex | QPersistentModelIndex

KIND = Qt.ItemDataRole.UserRole + 5
"""What a row of the outline or sources shows: summary, section, chart, disagreement, ..."""

DISAGREEMENT_COLOUR = QColor("#9a4a00")  # amber ink, readable on light and mid backgrounds


@dataclass(frozen=True)
class Disagreement:
    """A "Sources disagree" box of a briefing and the source numbers it cites."""

    title: str
    summary: str
    sources: tuple[int, ...]


def disagreements(briefing: Briefing) -> list[Disagreement]:
    """Every "Sources disagree" box in the briefing, in order."""
    from briefkit.compose.model import Callout

    found = []
    for section in briefing.sections:
        for block in section.blocks:
            if isinstance(block, Callout) and block.kind == "disagreement":
                numbers: dict[int, None] = {}
                for paragraph in block.paragraphs:
                    numbers.update(dict.fromkeys(paragraph.citations))
                label = briefing.language.w("sources_disagree")
                title = block.title.removeprefix(label).lstrip(": ")
                summary = block.paragraphs[0].plain if block.paragraphs else ""
                found.append(Disagreement(title or block.title, summary, tuple(numbers)))
    return found


def _shorten(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _item(text: str, tooltip: str = "", kind: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if tooltip:
        item.setToolTip(tooltip)
    if kind:
        item.setData(kind, KIND)
    return item


class OutlineModel(QStandardItemModel):
    """The briefing as its reader meets it: summary, sections (with their blocks), sources.

    Two columns: the part, and what it holds. Section rows have one child per block.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        """The column titles in the interface language (the rows follow with the briefing)."""
        self.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Contains")])

    def set_briefing(self, briefing: Briefing | None) -> None:
        """Show this briefing's outline (None: empty)."""
        self.removeRows(0, self.rowCount())
        if briefing is None:
            return
        root = self.invisibleRootItem()
        summary = _item(briefing.language.w("executive_summary"), kind="summary")
        paragraphs, figures = len(briefing.summary), len(briefing.key_figures)
        holds = self.tr("%n paragraph(s)", "", paragraphs) + ", "
        holds += self.tr("%n key figure(s)", "", figures)
        root.appendRow([summary, _item(holds)])
        for paragraph in briefing.summary:
            summary.appendRow([_item(_shorten(paragraph.plain), paragraph.cited), _item("")])
        for number, section in enumerate(briefing.sections, 1):
            row = _item(f"{number}. {section.title}", kind="section")
            root.appendRow([row, _item(self._section_contents(section.blocks))])
            for block in section.blocks:
                row.appendRow(self._block_row(block))
        sources = _item(briefing.language.w("sources"), kind="sources")
        count = len(briefing.sources)
        root.appendRow([sources, _item(self.tr("%n source(s)", "", count))])
        for entry in briefing.sources:
            sources.appendRow([_item(f"[{entry.number}] {entry.reference}", entry.note), _item("")])

    def section_titles(self) -> list[str]:
        """The section rows' texts, in order (for tests and accessibility)."""
        rows = (self.item(r) for r in range(self.rowCount()))
        return [i.text() for i in rows if i is not None and i.data(KIND) == "section"]

    def _section_contents(self, blocks: tuple[Block, ...]) -> str:
        from briefkit.compose.model import Callout, ChartBlock, Paragraph, TableBlock, TimelineBlock

        def count(kind: type, callout: str = "") -> int:
            return sum(
                isinstance(b, kind) and (not callout or getattr(b, "kind", "") == callout)
                for b in blocks
            )

        paragraphs, figures, tables = count(Paragraph), count(ChartBlock), count(TableBlock)
        timelines, notes = count(TimelineBlock), count(Callout, "note")
        disputes = count(Callout, "disagreement")
        parts = [
            self.tr("%n paragraph(s)", "", paragraphs) if paragraphs else "",
            self.tr("%n figure(s)", "", figures) if figures else "",
            self.tr("%n table(s)", "", tables) if tables else "",
            self.tr("%n timeline(s)", "", timelines) if timelines else "",
            self.tr("%n note(s)", "", notes) if notes else "",
            self.tr("%n disagreement(s)", "", disputes) if disputes else "",
        ]
        return ", ".join(p for p in parts if p)

    def _block_row(self, block: Block) -> list[QStandardItem]:
        from briefkit.compose.model import Callout, ChartBlock, Paragraph, TableBlock, TimelineBlock

        if isinstance(block, Paragraph):
            return [_item(_shorten(block.plain), block.cited, "paragraph"), _item(self.tr("Text"))]
        if isinstance(block, ChartBlock):
            chart = block.chart
            text = self.tr("Figure {number}: {title}").format(
                number=block.number, title=chart.title
            )
            return [_item(text, chart.headline, "chart"), _item(self.tr("Chart"))]
        if isinstance(block, TableBlock):
            text = self.tr("Table {number}: {title}").format(number=block.number, title=block.title)
            count = len(block.rows)
            rows = self.tr("%n row(s)", "", count)
            return [_item(text, ", ".join(block.columns), "table"), _item(rows)]
        if isinstance(block, TimelineBlock):
            count = len(block.entries)
            entries = self.tr("%n entry(s)", "", count)
            return [_item(block.title, "", "timeline"), _item(entries)]
        assert isinstance(block, Callout)
        tooltip = "\n".join(p.cited for p in block.paragraphs)
        if block.kind == "disagreement":
            item = _item(block.title, tooltip, "disagreement")
            item.setForeground(QBrush(DISAGREEMENT_COLOUR))
            label = _item(self.tr("Sources disagree"))
            label.setForeground(QBrush(DISAGREEMENT_COLOUR))
            return [item, label]
        text = block.paragraphs[0].plain if block.paragraphs else block.title
        return [_item(_shorten(text), tooltip, "note"), _item(self.tr("Note"))]


class ChartsModel(QAbstractListModel):
    """A briefing's charts; the picture is a placeholder until its thumbnail arrives."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._specs: list[ChartSpec] = []
        self._thumbs: dict[str, QIcon] = {}
        self._alt: dict[str, str] = {}
        self._failed: dict[str, str] = {}
        self._paths: dict[str, Path] = {}
        self.icon_size = QSize(256, 144)
        self._placeholder = QIcon()
        self._broken = QIcon()

    def set_charts(self, specs: Iterable[ChartSpec]) -> None:
        """Show these charts, all waiting for their pictures."""
        self.beginResetModel()
        self._specs = list(specs)
        self._thumbs.clear()
        self._alt.clear()
        self._failed.clear()
        self._paths.clear()
        self._draw_placeholders()
        self.endResetModel()

    def _draw_placeholders(self) -> None:
        self._placeholder = _placeholder(self.icon_size, self.tr("Drawing…"))
        self._broken = _placeholder(self.icon_size, self.tr("Not drawn"))

    def retranslate(self) -> None:
        """The placeholders and tips in the interface language."""
        self._draw_placeholders()
        if self._specs:
            self.dataChanged.emit(self.index(0), self.index(len(self._specs) - 1))

    def spec_ids(self) -> list[str]:
        """The chart ids, in order."""
        return [s.id for s in self._specs]

    def has_thumbnail(self, spec_id: str) -> bool:
        """True once the chart's picture has arrived."""
        return spec_id in self._thumbs

    def picture(self, row: int) -> Path | None:
        """The full-size picture of the chart in ``row``, once drawn."""
        spec_id = self._specs[row].id if 0 <= row < len(self._specs) else ""
        return self._paths.get(spec_id)

    def set_thumbnail(
        self, spec_id: str, image: QImage, alt_text: str, ratio: float, path: Path | None = None
    ) -> None:
        """The drawn picture of one chart (``ratio``: device pixels per logical pixel)."""
        if path is not None:
            self._paths[spec_id] = path
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self._thumbs[spec_id] = QIcon(pixmap)
        self._alt[spec_id] = alt_text
        self._changed(spec_id)

    def set_failed(self, spec_id: str, message: str) -> None:
        """The chart could not be drawn; ``message`` says why."""
        self._failed[spec_id] = message
        self._changed(spec_id)

    def _changed(self, spec_id: str) -> None:
        row = self.spec_ids().index(spec_id) if spec_id in self.spec_ids() else -1
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._specs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._specs):
            return None
        spec = self._specs[index.row()]
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return spec.title
            case Qt.ItemDataRole.DecorationRole:
                if spec.id in self._thumbs:
                    return self._thumbs[spec.id]
                return self._broken if spec.id in self._failed else self._placeholder
            case Qt.ItemDataRole.ToolTipRole:
                why = self._failed.get(spec.id, "")
                alt = self._alt.get(spec.id, "")
                hint = self.tr("Double-click to open the full picture.") if alt else ""
                hint = f"<i>{hint}</i>" if hint else ""
                parts = [f"<b>{spec.headline}</b>", spec.caption, alt, why, hint]
                return "<p>" + "</p><p>".join(p for p in parts if p) + "</p>"
            case Qt.ItemDataRole.AccessibleTextRole:
                return self._alt.get(spec.id) or spec.title
        return None


def _placeholder(size: QSize, text: str) -> QIcon:
    pixmap = QPixmap(size)
    pixmap.fill(QColor(css(TINT)))
    painter = QPainter(pixmap)
    painter.setPen(QColor(css(MUTED)))
    painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class SourcesModel(QStandardItemModel):
    """The numbered sources; a source taking part in a disagreement is flagged, with children
    naming each disagreement it gives a version in."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flagged: dict[int, int] = {}
        self.retranslate()

    def retranslate(self) -> None:
        """The column titles in the interface language (the rows follow with the briefing)."""
        self.setHorizontalHeaderLabels(["#", self.tr("Source"), self.tr("Disagreements")])

    def set_briefing(self, briefing: Briefing | None, flag: QIcon | None = None) -> None:
        """Show this briefing's sources (None: empty); ``flag`` marks disputed sources."""
        self.removeRows(0, self.rowCount())
        self.flagged = {}
        if briefing is None:
            return
        found = disagreements(briefing)
        for entry in briefing.sources:
            involved = [d for d in found if entry.number in d.sources]
            number = _item(str(entry.number))
            number.setData(int(Qt.AlignmentFlag.AlignRight), Qt.ItemDataRole.TextAlignmentRole)
            reference = _item(entry.reference, f"{entry.reference}\n\n{entry.note}".strip())
            if involved:
                self.flagged[entry.number] = len(involved)
                count = len(involved)
                flagged = _item(self.tr("In %n disagreement(s)", "", count), kind="flag")
                flagged.setForeground(QBrush(DISAGREEMENT_COLOUR))
                flagged.setToolTip("<br>".join(d.title for d in involved))
                if flag is not None:
                    flagged.setIcon(flag)
                for d in involved:
                    child = _item(d.title, d.summary, "disagreement")
                    child.setForeground(QBrush(DISAGREEMENT_COLOUR))
                    number.appendRow([_item(""), child, _item("")])
            else:
                flagged = _item("—", self.tr("This source takes part in no disagreement here"))
            self.invisibleRootItem().appendRow([number, reference, flagged])
