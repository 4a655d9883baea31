"""The quick tour: the real window dimmed, one widget at a time lit, with a short callout.

    from console.ui.tour import start_tour
    tour = start_tour(window)      # a Tour; tour.finished when it ends
    tour.next(); tour.back(); tour.skip()

The steps (`TOUR_STEPS`) are data: each names its targets by objectName and opens the
page, pane or menu they live in; the window is put back as it was when the tour ends.
"""

from console.ui.tour.steps import TOUR_STEPS, Stage, TourStep
from console.ui.tour.targets import Spot, Target
from console.ui.tour.tour import Tour, start_tour

__all__ = ["TOUR_STEPS", "Spot", "Stage", "Target", "Tour", "TourStep", "start_tour"]
