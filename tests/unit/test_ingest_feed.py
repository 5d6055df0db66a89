"""RSS/Atom reader: one article per item with title, link, date, author, feed title as publisher."""
from __future__ import annotations

from eventwire.ingest import Unreadable, detect_format, read_sources, sniff
from eventwire.ingest.feed import html_to_text
from eventwire.records import Article

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>https://wire.example.org</link><description>news</description>
<item><title>Iraq votes to expel U.S. troops</title><link>https://wire.example.org/a</link>
<guid>wire-a</guid><pubDate>Sun, 05 Jan 2020 18:30:00 GMT</pubDate><author>desk@example.org (Desk)</author>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>The Iraqi parliament voted on Sunday to expel U.S. troops.</p><p>Trump threatened sanctions &amp; more.</p>]]></content:encoded>
</item>
<item><title>Oil rises</title><link>https://wire.example.org/b</link><pubDate>Mon, 06 Jan 2020 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Oil prices rose on Monday.&lt;/p&gt;</description></item>
</channel></rss>"""  # noqa: E501 - feed markup as published

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2020-01-07T00:00:00Z</updated>
<entry><title>Missiles hit bases</title><id>urn:x:1</id><link href="https://atom.example.net/1"/>
<updated>2020-01-08T02:00:00Z</updated><author><name>Jane Roe</name></author>
<content type="html">&lt;p&gt;Iran fired missiles at two bases in Iraq.&lt;/p&gt;</content></entry></feed>"""


def _read(tmp_path, name, data, **kw):
    path = tmp_path / name
    path.write_text(data, encoding="utf8")
    return list(read_sources([str(path)], **kw))


def test_rss_items_become_articles(tmp_path):
    a, b = _read(tmp_path, "wire.rss", RSS)
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.text == "The Iraqi parliament voted on Sunday to expel U.S. troops.\nTrump threatened sanctions & more."
    assert (a.title, a.url, a.published, a.publisher) == ("Iraq votes to expel U.S. troops",
                                                          "https://wire.example.org/a", "2020-01-05", "Example Wire")
    assert a.id.endswith("#wire-a") and b.text == "Oil prices rose on Monday." and b.published == "2020-01-06"


def test_atom_entries_become_articles(tmp_path):
    [e] = _read(tmp_path, "news.atom", ATOM)
    assert e.text == "Iran fired missiles at two bases in Iraq."
    assert (e.published, e.author, e.publisher, e.url) == ("2020-01-08", "Jane Roe", "Atom News",
                                                           "https://atom.example.net/1")


def test_feed_without_items_is_a_problem(tmp_path):
    [item] = _read(tmp_path, "bad.xml", "<rss><channel><title>x</title></channel></rss>")
    assert isinstance(item, Unreadable) and item.problem.code == "E_FEED"


def test_detection():
    assert detect_format("a.rss", b"") == "feed" and detect_format("x.atom", b"") == "feed"
    assert sniff(RSS.encode()) == "feed" and sniff(ATOM.encode()) == "feed"


def test_html_to_text_keeps_paragraphs():
    assert html_to_text("<p>One&nbsp;two</p><p>Three<br>four</p>") == "One\xa0two\nThree\nfour"

