"""Hunting Console: a desktop console for Microsoft Defender Experts for Hunting."""

__version__ = "0.1.0"
