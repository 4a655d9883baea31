"""The Defender Experts for Hunting report: its page, charts, PDF and CSV files (issue 20)."""
