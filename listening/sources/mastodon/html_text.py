"""Mastodon's status HTML as the text a reader sees."""

from __future__ import annotations

from html.parser import HTMLParser


class _HtmlText(HTMLParser):
    """Mastodon's status HTML as the text a reader sees: paragraphs and line breaks kept,
    tags dropped, entities unescaped (convert_charrefs), links to outside noted."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.has_link = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p" and self.parts:
            self.parts.append("\n\n")
        elif tag == "a":
            attributes = dict(attrs)
            classes = (attributes.get("class") or "").split()
            # Mentions and hashtags are links too, to profiles and tag pages of the instance.
            if attributes.get("href") and "mention" not in classes and "hashtag" not in classes:
                self.has_link = True

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(content: str) -> tuple[str, bool]:
    """The text of a status's HTML, and whether it links to somewhere outside the instance."""
    parser = _HtmlText()
    parser.feed(content)
    parser.close()
    lines = "".join(parser.parts).split("\n")
    return "\n".join(line.strip() for line in lines).strip(), parser.has_link
