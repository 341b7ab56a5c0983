"""Which clipboard tool is used, and what the user is told (no terminal needed)."""

from __future__ import annotations

from adviseur.tui.clipboard import SENT, SENT_WEB, clipboard_tool, copy_text

ALL = {"wl-copy": "/usr/bin/wl-copy", "xclip": "/usr/bin/xclip", "xsel": "/usr/bin/xsel", "pbcopy": "/usr/bin/pbcopy"}


def which(available: dict[str, str]):
    return lambda name: available.get(name)


def test_a_tool_is_chosen_only_for_a_display_this_session_has() -> None:
    assert clipboard_tool({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, which(ALL)) == ["/usr/bin/wl-copy"]
    assert clipboard_tool({"DISPLAY": ":0"}, which(ALL))[0] == "/usr/bin/xclip"  # type: ignore[index]
    assert clipboard_tool({"DISPLAY": ":0"}, which({"xsel": "/bin/xsel"})) == ["/bin/xsel", "--clipboard", "--input"]
    assert clipboard_tool({}, which({"xclip": "/usr/bin/xclip"})) is None  # no display: xclip cannot help
    assert clipboard_tool({}, which({"pbcopy": "/usr/bin/pbcopy"})) == ["/usr/bin/pbcopy"]
    # over ssh pbcopy would fill the remote machine's clipboard, not the user's
    assert clipboard_tool({"SSH_CONNECTION": "1.2.3.4 5 6.7.8.9 22"}, which(ALL)) is None
    assert clipboard_tool({}, which({})) is None


def test_a_tool_that_works_is_named_and_nothing_is_sent_to_the_terminal() -> None:
    sent: list[str] = []
    result = copy_text("tekst", sent.append, tool=["/usr/bin/xclip", "-selection", "clipboard"], run=lambda c, t: True)
    assert result.confirmed and "xclip" in result.message and sent == []


def test_without_a_working_tool_the_text_is_sent_and_the_message_says_only_that() -> None:
    sent: list[str] = []
    failed = copy_text("tekst", sent.append, tool=["/usr/bin/xclip"], run=lambda c, t: False)
    assert not failed.confirmed and failed.message == SENT and sent == ["tekst"]
    assert "gestuurd" in SENT and "Niet elke terminal" in SENT and "druk op e" in SENT
    web = copy_text("tekst", sent.append, web=True, tool=["/usr/bin/xclip"], run=lambda c, t: True)
    assert not web.confirmed and web.message == SENT_WEB  # the server's clipboard is the wrong one
