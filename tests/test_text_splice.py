"""``codegen.text_splice.splice``: the changed content, with the file's own lines wherever the content is unchanged."""

from __future__ import annotations

from codegen.text_splice import splice

BASE = "a: 1\nlong: one two three four\nb: 2\nc: 3\n"  # the tree as read, dumped at one width


def test_unchanged_lines_keep_their_own_wrapping() -> None:
    ours = "a: 1\nlong: one two\n  three four\nb: 2\nc: 3\n"  # a human wrapped `long`
    theirs = BASE.replace("b: 2", "b: 20")
    assert splice(ours, BASE, theirs) == "a: 1\nlong: one two\n  three four\nb: 20\nc: 3\n"


def test_a_changed_wrapped_line_is_written_as_the_dump_writes_it() -> None:
    ours = "a: 1\nlong: one two\n  three four\nb: 2\nc: 3\n"
    theirs = BASE.replace("three four", "three five")
    assert splice(ours, BASE, theirs) == theirs


def test_additions_and_removals_at_either_end() -> None:
    ours = "# a comment the dump keeps\n" + BASE
    base = ours
    theirs = base.replace("a: 1\n", "") + "d: 4\n"
    assert splice(ours, base, theirs) == "# a comment the dump keeps\nlong: one two three four\nb: 2\nc: 3\nd: 4\n"


def test_no_change_is_the_file_itself() -> None:
    ours = "a:   1\nlong: one two\n  three four\nb: 2\nc: 3\n"
    assert splice(ours, BASE, BASE) == ours
