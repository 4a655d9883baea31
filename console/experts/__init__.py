"""Ask Defender Experts: catalogue, context, requests, channels and the allowance. No Qt."""

from console.experts import catalogue, context
from console.experts.allowance import AllowanceExhausted
from console.experts.delivery import SendReport
from console.experts.handoff import Handoff
from console.experts.service import ExpertsService

__all__ = ["AllowanceExhausted", "ExpertsService", "Handoff", "SendReport", "catalogue", "context"]
