"""The sign-in's reasons and the connection test's steps, in the analyst's language.

`console.auth` marks its texts with QT_TRANSLATE_NOOP (contexts "SignIn" and
"TestConnection"); they are translated here, where Qt is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.auth.connection import STEPS, StepResult
from console.auth.errors import MESSAGES, SignInError, SignInReason
from console.ui.network_texts import network_problem_text


def reason_text(reason: SignInReason) -> str:
    return QCoreApplication.translate("SignIn", MESSAGES[reason])


def _sentence(clause: str) -> str:
    return clause[:1].upper() + clause[1:]  # the reasons are clauses; here it is a sentence


def error_text(error: SignInError) -> str:
    """The reason in the analyst's language, then the service's own detail (token-free);
    a refused certificate or proxy worded from its fields instead."""
    refused = network_problem_text(error.network)
    if refused is not None:
        return _sentence(refused)
    text = _sentence(reason_text(error.reason))
    return f"{text} ({error.detail})" if error.detail else text


def step_text(step: StepResult) -> str:
    """One line per step of "Test connection": its name, then OK or why it failed."""
    name = QCoreApplication.translate("TestConnection", STEPS[step.step])
    if step.ok:
        return QCoreApplication.translate("SignIn", "✓ %1: OK").replace("%1", name)
    why = step.message
    refused = network_problem_text(step.network)
    if refused is not None:
        why = refused
    elif step.reason is not None:
        # The message is the reason's English text and the detail: keep only the detail.
        english = MESSAGES[step.reason]
        detail = step.message.removeprefix(english).strip() if step.message else ""
        why = f"{reason_text(step.reason)} {detail}".strip()
    return QCoreApplication.translate("SignIn", "✗ %1: %2").replace("%1", name).replace("%2", why)
