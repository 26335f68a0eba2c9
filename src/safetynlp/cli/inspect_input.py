"""``safetynlp inspect``: show how an input will be read -- the detected format, which source
field feeds each post field, and the first N posts as they will be scored.

Output goes to stdout; exit 2 when the input cannot be read or its format not detected.
"""

from __future__ import annotations

import itertools
from typing import Any

import orjson
import typer

from safetynlp.errors import BadRecordError, SafetyNLPError
from safetynlp.io import read_posts
from safetynlp.types import Post


def _post_dict(post: Post) -> dict[str, Any]:
    return {
        "id": post.id,
        "platform": post.platform,
        "created_at": post.created_at,
        "author": post.author,
        "lang": post.lang,
        "url": post.url,
        "metrics": post.metrics,
        "text": post.text,
    }


def register(app: typer.Typer) -> None:
    @app.command("inspect")
    def inspect_cmd(
        input_path: str = typer.Argument(..., metavar="INPUT", help="post dump; - = stdin"),
        format: str | None = typer.Option(
            None, "--format", help="input format (detected when left out)"
        ),
        n: int = typer.Option(5, "-n", "--n", min=0, help="how many mapped posts to show"),
        text_key: str | None = typer.Option(None, "--text-key", help="generic input: text field"),
        id_key: str | None = typer.Option(None, "--id-key", help="generic input: id field"),
        date_key: str | None = typer.Option(None, "--date-key", help="generic input: date field"),
        author_key: str | None = typer.Option(
            None, "--author-key", help="generic input: author field"
        ),
        encoding: str | None = typer.Option(
            None,
            "--encoding",
            help="input encoding, e.g. cp1252 (default: UTF-8; UTF-16 by its byte-order mark; "
            "a CSV/TSV file that is not UTF-8 is read as cp1252, with a note)",
        ),
    ) -> None:
        """Print the detected format, the field mapping and the first N mapped posts."""
        errors: list[BadRecordError] = []
        try:
            posts, fmt = read_posts(
                input_path,
                format=format,
                text_key=text_key,
                id_key=id_key,
                date_key=date_key,
                author_key=author_key,
                on_error=errors.append,
                encoding=encoding,
            )
            with posts:
                shown = list(itertools.islice(posts, n))
        except SafetyNLPError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        except OSError as exc:
            typer.echo(f"error: {exc.filename or input_path}: {exc.strerror or exc}", err=True)
            raise typer.Exit(2) from None
        typer.echo(f"format: {fmt} (container: {posts.container})")
        if posts.encoding != "utf-8":
            guessed = " (guessed: the file is not UTF-8; --encoding sets it)"
            typer.echo(f"encoding: {posts.encoding}{guessed if posts.encoding_guessed else ''}")
        typer.echo("fields:")
        for name, source in posts.fields.items():
            typer.echo(f"  {name:<11} <- {source}")
        st = posts.stats
        typer.echo(
            f"looked at {st.records} record(s): {st.read} post(s), "
            f"{st.skipped_non_posts} not posts, {st.bad} bad"
        )
        for reason, count in st.skip_reasons.most_common():
            typer.echo(f"  skipped {count} x {reason}")
        for err in errors[:10]:
            typer.echo(f"  bad: {err}")
        for i, post in enumerate(shown, 1):
            typer.echo(f"--- post {i}")
            typer.echo(orjson.dumps(_post_dict(post), option=orjson.OPT_INDENT_2).decode())
