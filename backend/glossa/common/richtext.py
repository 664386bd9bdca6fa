"""Render authored text to HTML that is safe to insert into a page.

Every HTML that reaches a browser goes through :func:`sanitize_html`; Markdown is rendered
first with raw HTML allowed, then sanitised, so authors can use inline tags that survive
sanitising (``<sup>``, ``<mark>``) while scripts, handlers and unsafe URLs never do.
"""

import html

import nh3
from markdown_it import MarkdownIt

_markdown = (
    MarkdownIt("commonmark", {"html": True, "linkify": False, "breaks": False})
    .enable("table")
    .enable("strikethrough")
)

_TAGS = {
    "a",
    "abbr",
    "audio",
    "b",
    "blockquote",
    "br",
    "code",
    "del",
    "div",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "rp",
    "rt",
    "ruby",
    "s",
    "small",
    "source",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "audio": {"src", "controls"},
    "img": {"src", "alt", "title", "width", "height"},
    "source": {"src", "type"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "*": {"lang", "dir"},
}


def sanitize_html(source: str) -> str:
    return nh3.clean(
        source,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


def render_markdown(source: str) -> str:
    return sanitize_html(_markdown.render(source))


def render_plain(source: str) -> str:
    """Escape plain text and keep its line breaks."""
    paragraphs = [p for p in source.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )


def render(source: str, text_format: str) -> str:
    """Render text in one of the formats quiz files use: html, markdown, plain, moodle."""
    if text_format == "html":
        return sanitize_html(source)
    if text_format == "markdown":
        return render_markdown(source)
    # Moodle's "auto-format" keeps the author's line breaks and allows inline HTML.
    if text_format == "moodle":
        return sanitize_html(source.replace("\r\n", "\n").replace("\n", "<br>"))
    return render_plain(source)
