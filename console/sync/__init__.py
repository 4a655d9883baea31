"""Pull (API -> cache) for one tenant; later also push (outbox -> API)."""
