"""The Audit page: every change made from this console, where it stands, and the held
changes (conflicts, refusals) the analyst decides; its words serve the Activity tabs too."""
