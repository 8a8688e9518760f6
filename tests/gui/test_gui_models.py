"""The Qt models adapt the core's collections: topics, a briefing's outline, charts, sources."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from briefkit.compose import compose_briefing
from briefkit.gui.briefing_models import (
    KIND,
    ChartsModel,
    OutlineModel,
    SourcesModel,
    disagreements,
)
from briefkit.gui.models import DESCRIPTION, PERIOD, TOPIC_ID, TopicFilterModel, TopicListModel


def test_topic_model_lists_title_period_description_and_checks(catalog: Any) -> None:
    model = TopicListModel()
    model.set_catalog(catalog, checked=["aktobe-2016", "no-such-topic"])
    assert model.rowCount() == len(catalog.topics) == 5
    row = model.row_of("aktobe-2016")
    index = model.index(row)
    assert index.data() == "The Aktobe attacks of June 2016"
    assert index.data(PERIOD) == "May 2011 – Dec 2017"
    assert index.data(DESCRIPTION) == catalog.topics["aktobe-2016"].description
    assert index.data(TOPIC_ID) == "aktobe-2016"
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.checked_ids() == ("aktobe-2016",)

    other = model.index(model.row_of("legal-reforms"))
    assert model.setData(other, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert set(model.checked_ids()) == {"aktobe-2016", "legal-reforms"}
    assert model.flags(other) & Qt.ItemFlag.ItemIsUserCheckable


def test_filter_needs_every_word(catalog: Any) -> None:
    model = TopicListModel()
    model.set_catalog(catalog)
    proxy = TopicFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text("AKTOBE 2016")
    shown = [proxy.index(r, 0).data(TOPIC_ID) for r in range(proxy.rowCount())]
    assert "aktobe-2016" in shown and "wave-2011-2012" not in shown
    proxy.set_filter_text("aktobe attacks june")
    shown = [proxy.index(r, 0).data(TOPIC_ID) for r in range(proxy.rowCount())]
    assert shown == ["aktobe-2016"]
    proxy.set_filter_text("jund")  # in descriptions or keywords, not only titles
    assert proxy.rowCount() >= 1
    proxy.set_filter_text("no such words here")
    assert proxy.rowCount() == 0
    proxy.set_filter_text("")
    assert proxy.rowCount() == 5


def test_outline_has_summary_sections_in_order_and_sources(catalog: Any) -> None:
    briefing = compose_briefing(catalog, "aktobe-2016")
    model = OutlineModel()
    model.set_briefing(briefing)
    titles = [s.title for s in briefing.sections]
    assert model.section_titles() == [f"{n}. {t}" for n, t in enumerate(titles, 1)]
    assert model.item(0).data(KIND) == "summary"
    assert model.item(model.rowCount() - 1).data(KIND) == "sources"
    last = model.item(len(titles))  # the section with the disagreements
    kinds = [last.child(r).data(KIND) for r in range(last.rowCount())]
    # nine, plus the civilians among the Taraz dead and the gap before Aktobe
    assert kinds.count("disagreement") == 11
    assert "11 disagreements" in model.item(len(titles), 1).text()


def test_sources_flag_the_disagreements_they_take_part_in(catalog: Any) -> None:
    briefing = compose_briefing(catalog, "aktobe-2016")
    found = disagreements(briefing)
    assert len(found) == 11
    model = SourcesModel()
    model.set_briefing(briefing)
    assert model.rowCount() == len(briefing.sources)
    cited = {n for d in found for n in d.sources}
    assert set(model.flagged) == cited
    for row in range(model.rowCount()):
        number = int(model.item(row, 0).text())
        flag = model.item(row, 2).text()
        if number in cited:
            assert flag.startswith("In ") and "disagreement" in flag
            assert model.item(row, 0).rowCount() == model.flagged[number]
        else:
            assert flag == "—"


def test_charts_model_shows_placeholders_until_thumbnails_arrive(catalog: Any) -> None:
    briefing = compose_briefing(catalog, "wave-2011-2012")
    model = ChartsModel()
    model.set_charts(briefing.charts)
    assert model.rowCount() == len(briefing.charts) == 4
    first = briefing.charts[0]
    assert not model.has_thumbnail(first.id)
    placeholder = model.index(0).data(Qt.ItemDataRole.DecorationRole)
    image = QImage(512, 288, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    model.set_thumbnail(first.id, image, "alt text", 2.0)
    assert model.has_thumbnail(first.id)
    assert model.index(0).data(Qt.ItemDataRole.DecorationRole) is not placeholder
    assert model.index(0).data(Qt.ItemDataRole.AccessibleTextRole) == "alt text"
    model.set_failed(briefing.charts[1].id, "No browser.")
    assert "No browser." in model.index(1).data(Qt.ItemDataRole.ToolTipRole)
