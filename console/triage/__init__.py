"""Triage from the console: changes to incidents and alerts, sent from the outbox in order,
judged field by field against the item as the service has it (console.domain.triage)."""
