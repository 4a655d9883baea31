"""When the welcome wizard opens by itself: a user's first run, unless IT skips it.

No Qt here: `console.app` asks at start, and a test simulates the next start with the
same question. The wizard itself is `console.ui.onboarding`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from console.settings import WELCOME_DONE, Settings

if TYPE_CHECKING:
    from console.auth.policy import Policy
    from console.launch import Launch


def should_show_welcome(settings: Settings, policy: Policy | None) -> bool:
    """True until the analyst has finished or closed the wizard once (Help brings it back),
    and never on a desk whose policy file says `skip_welcome_wizard` (IT set it up)."""
    if settings.get(WELCOME_DONE):
        return False
    return not (policy is not None and policy.skip_welcome_wizard)


def welcome_at_start(settings: Settings, launch: Launch, policy: Policy | None) -> bool:
    """The plain start (no --demo, no cache named) opened `launch`: does the wizard open
    over it? Not over a tenant profile: whoever signs in already needs no welcome."""
    return launch.sign_in is None and should_show_welcome(settings, policy)


def mark_welcome_done(settings: Settings) -> None:
    settings.set(WELCOME_DONE, True)
