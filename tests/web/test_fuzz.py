"""Property-based fuzz of the REST API (driven by its own OpenAPI schema) and of the pages:
any parameter values, never a 5xx."""
from __future__ import annotations

from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PAGES = ["/events", "/quotes", "/dyads", "/actors", "/articles", "/clusters", "/contradictions", "/runs", "/"]
PAGE_PATHS = ["/articles/{}", "/actors/{}", "/dyads/{}/{}", "/dyads/USA/{}"]
PAGE_PARAMS = ["actor", "recipient", "country", "type", "quad", "factuality", "date_from", "date_to", "page",
               "per_page", "speaker", "search", "kind", "speaker_country", "min_articles"]

values = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="'\";-%_\\/*()=<>$?:,.\x00 ORANDSELECTUNION1", max_size=30),
    st.integers(min_value=-10**12, max_value=10**12).map(str),
    st.dates().map(str), st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True),
    st.sampled_from(["ASSAULT", "assault", "USA", "IRN", "asserted", "direct", "4", "0", "-1", "1e9", "NaN",
                     "inf", "", "2020-02-30", "9999-12-31", "0001-01-01", "x" * 201]),
)
FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _operations(client) -> list[tuple[str, list[dict]]]:
    spec = client.get("/api/v1/openapi.json").json()
    return sorted((path, op["get"].get("parameters", [])) for path, op in spec["paths"].items())


def test_schema_has_every_api_route(client):
    assert len(_operations(client)) >= 15


@FUZZ
@given(data=st.data())
def test_api_parameters_from_the_openapi_schema_never_cause_5xx(client, data):
    path, params = data.draw(st.sampled_from(_operations(client)))
    query = {}
    for p in params:
        value = data.draw(values)
        if p["in"] == "path":
            path = path.replace("{" + p["name"] + "}", quote(value, safe="") or "x")
        elif data.draw(st.booleans()):
            query[p["name"]] = value
    r = client.get(path, params=query)
    assert r.status_code < 500, (path, query, r.text[:300])


@FUZZ
@given(route=st.sampled_from(PAGES), params=st.dictionaries(st.sampled_from(PAGE_PARAMS), values, max_size=6))
def test_page_parameters_never_cause_5xx(client, route, params):
    r = client.get(route, params=params)
    assert r.status_code < 500, (route, params, r.text[:300])


@FUZZ
@given(route=st.sampled_from(PAGE_PATHS), a=values, b=values)
def test_page_path_parameters_never_cause_5xx(client, route, a, b):
    parts = [quote(a, safe="") or "x", quote(b, safe="") or "x"][:route.count("{}")]
    r = client.get(route.format(*parts))
    assert r.status_code < 500, (route, parts, r.text[:300])
