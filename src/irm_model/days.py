"""Calendar-day periods: "send the information within 15 calendar days".

The memorandum gives several periods in **calendar days** (IRM 5.19.8.4.7.3(1),
5.19.8.4.7.4(1), 5.19.8.4.7.5(7)). Each period is a
[`CalendarDayPeriod`][irm_model.days.CalendarDayPeriod] that carries the paragraph it comes
from; the constants themselves live next to their rules (for example
[`PERFECTION_REQUEST`][irm_model.hearings.phone.PERFECTION_REQUEST]).

How the days are counted (the memorandum does not say, so this module decides once, for all):

* **Day 1 is the day after the request.** The day of the request is day 0, as in the usual
  rule for computing periods (the day of the triggering event is excluded).
* **The last day counts.** A response received on day 15 of a 15-day period is on time; one
  received on day 16 is late. So the due date is the request date plus 15 days.
* **Calendar days, not business days.** Weekends and holidays count, and a period ending on a
  Saturday, Sunday or holiday is *not* extended: the memorandum says "calendar days".
"""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import BaseModel, ConfigDict, PositiveInt

from irm_model.errors import IrmError
from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Catalogue, Decision, ReasonSpec

__all__ = ["CalendarDayPeriod", "DayCountError", "Timeliness"]


class DayCountError(IrmError):
    """Raised when a response is dated before the request it answers: ``received_before_request``."""

    def __init__(self, start: date, received_on: date) -> None:
        self.start = start
        """The day of the request (day 0)."""
        self.received_on = received_on
        """The date given for the response, earlier than ``start``."""
        super().__init__(
            "received_before_request", f"a response received on {received_on} cannot answer a request made on {start}"
        )


class Timeliness(BaseModel):
    """Whether a response arrived within its period, and on which day of it."""

    model_config = ConfigDict(frozen=True)

    day: int
    """The day of the period the response arrived on: 0 is the day of the request, 1 the day after."""
    due_date: date
    """The last day on which a response is on time (the period's last day)."""
    timely: bool
    """Whether the response arrived on or before ``due_date``."""


_PERIODS = (
    "IRM 5.19.8.4.7.3(1)",
    "IRM 5.19.8.4.7.4(1)",
    "IRM 5.19.8.4.7.5(7)",
)


class Why(Catalogue):
    """The reasons of a period's count; each cites the paragraph that sets the period."""

    received_within_period = ReasonSpec(
        _PERIODS[0],
        "Received on day {day} of the {days} calendar days allowed (due {due})",
        also_in=_PERIODS[1:],
    )
    received_after_period = ReasonSpec(
        _PERIODS[0],
        "Received on day {day}, after the {days} calendar days allowed ended on {due}",
        also_in=_PERIODS[1:],
    )


class CalendarDayPeriod(BaseModel):
    """A number of calendar days to respond, and the paragraph that sets it.

    Example:
        A 15-day period starting on Monday 2 March 2026 ends on Tuesday 17 March 2026:
        a response on the 17th (day 15) is on time, one on the 18th (day 16) is late.
    """

    model_config = ConfigDict(frozen=True)

    days: PositiveInt
    """How many calendar days the taxpayer has, counted from the day after the request."""
    paragraph: ParagraphId
    """The paragraph that sets the period, for example ``IRM 5.19.8.4.7.3(1)``."""

    def due_date(self, start: date) -> date:
        """The last day of the period that starts with a request made on ``start``.

        Args:
            start: The day of the request (day 0).

        Returns:
            ``start`` plus ``days`` calendar days, whatever day of the week that is.
        """
        return start + timedelta(days=self.days)

    def day_of(self, start: date, received_on: date) -> int:
        """The day of the period a response received on ``received_on`` arrived on.

        Args:
            start: The day of the request (day 0).
            received_on: The day the response was received.

        Returns:
            0 for the day of the request, 1 for the day after, and so on.

        Raises:
            DayCountError: ``received_on`` is before ``start``.
        """
        if received_on < start:
            raise DayCountError(start, received_on)
        return (received_on - start).days

    def judge(self, start: date, received_on: date) -> Decision[Timeliness]:
        """Whether a response received on ``received_on`` answers a request of ``start`` in time.

        Args:
            start: The day of the request (day 0).
            received_on: The day the response was received.

        Returns:
            The day number, the due date, and whether the response is on time, with the reason.

        Raises:
            DayCountError: ``received_on`` is before ``start``.
        """
        day = self.day_of(start, received_on)
        due = self.due_date(start)
        timely = day <= self.days
        why = Why.received_within_period if timely else Why.received_after_period
        return Decision(
            outcome=Timeliness(day=day, due_date=due, timely=timely),
            reasons=(why(self.paragraph, day=day, days=self.days, due=due.isoformat()),),
        )
