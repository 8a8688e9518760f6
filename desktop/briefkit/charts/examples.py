"""Example chart specs, one per kind, for previews, benchmarks and tests.

The records are illustrative: shaped like the 2011-2012 events in the bundled data, but not
the catalog's facts. They include unknown counts, an incident abroad and Kazakh letters. The
specs take their language and the labels of their codes from a catalog (``example_specs``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefkit.catalog.catalog import Catalog
from briefkit.catalog.records import Incident, Indicator, Measure
from briefkit.compose.model import ChartSpec

__all__ = ["example_incidents", "example_indicators", "example_measures", "example_specs"]

_PLACES = {
    "Aktobe": ("Aktobe Region", 50.28, 57.17),
    "Astana": ("Astana", 51.17, 71.45),
    "Atyrau": ("Atyrau Region", 47.11, 51.92),
    "Taraz": ("Jambyl Region", 42.90, 71.37),
    "Shubarshi": ("Aktobe Region", 48.59, 57.19),
    "Boralday": ("Almaty Region", 43.35, 76.85),
    "Almaty": ("Almaty", 43.24, 76.89),
    "Tausamaly": ("Almaty Region", 43.21, 76.75),
    "Kulsary": ("Atyrau Region", 46.95, 54.01),
    "Karaganda": ("Karaganda Region", 49.80, 73.10),
    "Kyzylorda": ("Kyzylorda Region", 44.85, 65.51),
    "Oral": ("West Kazakhstan Region", 51.23, 51.37),
}


def _incident(
    n: int,
    day: str,
    place: str,
    event_type: str,
    *,
    killed: int | None = None,
    wounded: int | None = None,
    precision: str = "day",
    **counts: Any,
) -> Incident:
    region, lat, lon = _PLACES.get(place, ("", 0.0, 0.0))
    country = counts.pop("country", "Kazakhstan")
    if country != "Kazakhstan":
        region, lat, lon = counts.pop("region", ""), counts.pop("lat"), counts.pop("lon")
    return Incident(
        id=f"ex-{n:02d}",
        date=dt.date.fromisoformat(day),
        date_precision=precision,
        country=country,
        region=region,
        place=place,
        latitude=lat,
        longitude=lon,
        geo_precision="town",
        event_type=event_type,
        target_type="security-forces",
        killed=killed,
        wounded=wounded,
        summary=f"Example incident {n} at {place}.",
        sources=("example-source",),
        **counts,
    )


def example_incidents() -> tuple[Incident, ...]:
    """Nineteen incidents, May 2011 to December 2012, one of them abroad, some counts unknown."""
    i = _incident
    return (
        i(1, "2011-05-17", "Aktobe", "suicide-bombing", killed=1, wounded=2, killed_perpetrators=1),
        i(2, "2011-05-24", "Astana", "bombing", killed=2, wounded=0, killed_perpetrators=2),
        i(3, "2011-07-01", "Shubarshi", "armed-assault", killed=2, killed_security=2),
        i(4, "2011-07-11", "Shubarshi", "ct-operation", killed=11, wounded=None),
        i(5, "2011-09-14", "Karaganda", "arrest", arrested=7),
        i(6, "2011-10-31", "Atyrau", "bombing", killed=1, wounded=0, killed_perpetrators=1),
        i(
            7,
            "2011-11-12",
            "Taraz",
            "armed-assault",
            killed=8,
            wounded=3,
            killed_security=5,
            killed_civilians=2,
            killed_perpetrators=1,
        ),
        i(8, "2011-11-20", "Almaty", "foiled-plot", arrested=4),
        i(
            9,
            "2011-12-03",
            "Boralday",
            "ct-operation",
            killed=7,
            killed_security=2,
            killed_perpetrators=5,
        ),
        i(10, "2011-12-20", "Kulsary", "arrest", arrested=3),
        i(11, "2012-02-15", "Oral", "accidental-blast", killed=None, wounded=1),
        i(12, "2012-04-10", "Almaty", "arrest", arrested=5),
        i(13, "2012-07-11", "Tausamaly", "accidental-blast", killed=8, wounded=None),
        i(14, "2012-08-17", "Tausamaly", "ct-operation", killed=9, killed_perpetrators=9),
        i(15, "2012-09-05", "Atyrau", "ct-operation", killed=5, killed_perpetrators=5),
        i(16, "2012-10-02", "Kyzylorda", "foiled-plot", arrested=2),
        i(17, "2012-11-15", "Almaty", "arrest", arrested=None),
        i(18, "2012-12-10", "Aktobe", "armed-assault", killed=None, wounded=None),
        i(
            19,
            "2012-06-01",
            "Homs",
            "armed-assault",
            killed=3,
            country="Syria",
            lat=34.73,
            lon=36.71,
            precision="month",
        ),
    )


def example_indicators() -> tuple[Indicator, ...]:
    """Two measured things over two or three periods, one value stated as "almost"."""

    def ind(n: int, key: str, label: str, period: str, value: float | None, **kw: Any) -> Indicator:
        return Indicator(
            id=f"ex-ind-{n}",
            indicator=key,
            label=label,
            period=period,
            value=value,
            unit=kw.pop("unit", "persons"),
            place="Kazakhstan",
            source="example-source",
            **kw,
        )

    return (
        ind(1, "terror-convictions", "Convicted of terrorism offences", "2008", 27),
        ind(2, "terror-convictions", "Convicted of terrorism offences", "2012", 171),
        ind(3, "extremism-convictions", "Convicted of extremism offences", "2008", 49),
        ind(
            4,
            "extremism-convictions",
            "Convicted of extremism offences",
            "2012",
            170,
            qualifier="almost",
        ),
        ind(
            5,
            "ct-trained",
            "Officers trained in counter-terrorism",
            "2011/2012",
            950,
            qualifier="more_than",
        ),
        ind(6, "ct-trained", "Officers trained in counter-terrorism", "2008", None),
    )


def example_measures() -> tuple[Measure, ...]:
    """Nine laws, bodies and programmes from 1999 to 2013."""

    def m(n: int, day: str, kind: str, title: str, status: str = "adopted") -> Measure:
        return Measure(
            id=f"ex-m-{n}",
            date=dt.date.fromisoformat(day),
            date_precision="day",
            kind=kind,
            title=title,
            summary=f"Example measure {n}.",
            status=status,
            sources=("example-source",),
        )

    return (
        m(1, "1999-07-13", "law", "Law on Countering Terrorism"),
        m(2, "2005-02-18", "law", "Law on Countering Extremism"),
        m(3, "2008-01-10", "institution", "Anti-Terrorism Centre set up"),
        m(4, "2011-10-11", "law", "Law on Religious Activity and Religious Associations"),
        m(5, "2012-01-08", "law", "Amendments on countering terrorism financing"),
        m(6, "2012-11-20", "institution", "Counter-terrorism operations headquarters"),
        m(7, "2013-02-15", "programme", "State Programme against religious extremism 2013-2017"),
        m(8, "2013-09-24", "strategy", "Concept on countering terrorism (draft)", "proposed"),
        m(9, "2013-12-01", "decree", "Decree on the National Security Committee", "planned"),
    )


def example_specs(catalog: Catalog) -> tuple[ChartSpec, ...]:
    """One spec of each chart kind, drawn from the example records, in the catalog's language
    and with its vocabulary's labels."""
    incidents = example_incidents()
    violent = tuple(x for x in incidents if x.event_type not in ("arrest", "foiled-plot"))
    common: dict[str, Any] = {
        "labels": catalog.vocabulary.chart_labels,
        "citations": (1,),
        "language": catalog.language,
    }
    return (
        ChartSpec(
            id="over-time",
            kind="incidents-over-time",
            title="Incidents per quarter, 2011-2012",
            headline="Attacks peaked in the last quarter of 2011",
            caption="Incidents per quarter by type.",
            incidents=incidents,
            **common,
        ),
        ChartSpec(
            id="by-region",
            kind="casualties-by-region",
            title="Killed and wounded by region",
            headline="Aktobe and Almaty regions bore the brunt",
            caption="People killed and wounded per region.",
            incidents=violent,
            **common,
        ),
        ChartSpec(
            id="by-category",
            kind="casualties-by-category",
            title="Who was killed",
            headline="Most of the dead were the attackers themselves",
            caption="People killed by category.",
            incidents=violent,
            **common,
        ),
        ChartSpec(
            id="map",
            kind="incidents-map",
            title="Where the incidents happened",
            headline="The west and the south-east bore the brunt",
            caption="Incidents by place; marker area shows people killed.",
            incidents=incidents,
            **common,
        ),
        ChartSpec(
            id="indicators",
            kind="indicator-comparison",
            title="Convictions for terrorism and extremism, 2008 and 2012",
            headline="Convictions rose sixfold in four years",
            caption="People convicted, as the sources state the figures.",
            indicators=example_indicators(),
            **common,
        ),
        ChartSpec(
            id="measures",
            kind="measures-timeline",
            title="Laws, bodies and programmes, 1999-2013",
            headline="The legal response accelerated after 2011",
            caption="Measures by date and kind.",
            measures=example_measures(),
            **common,
        ),
    )
