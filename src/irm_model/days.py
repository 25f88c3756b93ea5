"""Calendar-day periods: "request the information be sent within 15 calendar days".

The memorandum gives several periods in **calendar days**, and each paragraph names the act that
is to happen within it:

* IRM 5.19.8.4.7.3(1): the perfecting information is to "be sent within 15 calendar days";
* IRM 5.19.8.4.7.5(7): "ask taxpayer to send requested information within 15 calendar days";
* IRM 5.19.8.4.7.4(1): the affirmation is to be "filed within 15 calendar days", and an unsigned
  request perfected "within this time period".

Each period is a [`CalendarDayPeriod`][irm_model.days.CalendarDayPeriod] that carries its
paragraph and its act ([`PeriodAct`][irm_model.days.PeriodAct]); the constants themselves live
next to their rules (for example [`PERFECTION_REQUEST`][irm_model.hearings.phone.PERFECTION_REQUEST]).
A period is judged on the date of its act: asked for both the day a response was sent and the day
it was received, it counts the one its paragraph names, and its reason says which ("Sent on day
15 ..."). So information sent on day 15 and received on day 19 is on time under IRM 5.19.8.4.7.3(1).

Where the text is silent, the values come from the register ([irm_model.readings][]), read each
time a period is counted, and the period's reasons name them:

* **Which date proves the act.** "Sent": the day the taxpayer sent it
  ([`Readings.sent_evidence`][irm_model.readings.Readings.sent_evidence]). "Filed": the day the
  IRS received it ([`Readings.filed_means`][irm_model.readings.Readings.filed_means]).
* **Day 0.** The day of the request is day 0 and day 1 the day after
  ([`Readings.day_zero`][irm_model.readings.Readings.day_zero]), so day 15 is on time and day 16
  late: the due date is the request date plus 15 days.
* **Weekends and holidays.** A period ending on a Saturday, Sunday or holiday is not extended
  ([`Readings.weekend_extends`][irm_model.readings.Readings.weekend_extends]). Were it extended,
  the period would run to the next day that is neither a Saturday, a Sunday nor a legal public
  holiday of 5 U.S.C. 6103(a) on the day federal employees observe it.
* **A period that runs past the Expiration Date.** The day the period starts decides whether the
  interim guidance governs it ([`Readings.period_past_expiration`][irm_model.readings.Readings.period_past_expiration]):
  the rules that judge a period take their day from its start ([`period_rule_day`][irm_model.days.period_rule_day]).
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, PositiveInt

from irm_model.errors import IrmError
from irm_model.paragraphs import ParagraphId
from irm_model.readings import Reading, Readings
from irm_model.reasons import Catalogue, Decision, ReasonSpec

__all__ = [
    "CalendarDayPeriod",
    "DayCountError",
    "PeriodAct",
    "ResponseDate",
    "Timeliness",
    "legal_public_holidays",
    "period_rule_day",
]


class DayCountError(IrmError):
    """Dates that cannot be counted.

    Codes: ``dated_before_request`` (a response sent or received before the request it answers),
    ``sent_after_received`` (a response received before it was sent), and ``date_of_act_missing``
    (the date the period counts was not given).
    """


class PeriodAct(StrEnum):
    """The act a paragraph says is to happen within its period."""

    SENT = "sent"
    """IRM 5.19.8.4.7.3(1) "be sent within", IRM 5.19.8.4.7.5(7) "send ... within"."""
    FILED = "filed"
    """IRM 5.19.8.4.7.4(1) "filed within", and a request perfected "within this time period"."""


class ResponseDate(StrEnum):
    """Which date of a response a period counts."""

    SENT = "sent"
    """The day the taxpayer sent it."""
    RECEIVED = "received"
    """The day the IRS received it."""


class Timeliness(BaseModel):
    """Whether a response came within its period, on which day of it, and by which date."""

    model_config = ConfigDict(frozen=True)

    counted: ResponseDate
    """The date counted: the day the response was sent, or the day it was received."""
    day: int
    """The day of the period that date falls on (the day of the request is day 0, see ``Readings.day_zero``)."""
    due_date: date
    """The last day of the period."""
    timely: bool
    """Whether the date counted is on or before ``due_date``."""


_SENT_PERIODS = ("IRM 5.19.8.4.7.3(1)", "IRM 5.19.8.4.7.5(7)")
_FILED_PERIOD = "IRM 5.19.8.4.7.4(1)"
_COUNTING = (Readings.day_zero, Readings.weekend_extends, Readings.period_past_expiration)


class Why(Catalogue):
    """The reasons of a period's count; each cites the paragraph that sets the period and says which date it counted.

    A count states a fact, so these reasons carry no word of force; they name the readings the count rests on.
    """

    sent_within_period = ReasonSpec(
        _SENT_PERIODS[0],
        "{dated} on day {day} of the {days} calendar days allowed (due {due})",
        also_in=_SENT_PERIODS[1:],
        readings=(Readings.sent_evidence, *_COUNTING),
    )
    sent_after_period = ReasonSpec(
        _SENT_PERIODS[0],
        "{dated} on day {day}, after the {days} calendar days allowed ended on {due}",
        also_in=_SENT_PERIODS[1:],
        readings=(Readings.sent_evidence, *_COUNTING),
    )
    filed_within_period = ReasonSpec(
        _FILED_PERIOD,
        "{dated} on day {day} of the {days} calendar days allowed (due {due})",
        readings=(Readings.filed_means, *_COUNTING),
    )
    filed_after_period = ReasonSpec(
        _FILED_PERIOD,
        "{dated} on day {day}, after the {days} calendar days allowed ended on {due}",
        readings=(Readings.filed_means, *_COUNTING),
    )


_WITHIN: dict[PeriodAct, ReasonSpec] = {
    PeriodAct.SENT: Why.sent_within_period,
    PeriodAct.FILED: Why.filed_within_period,
}
_AFTER: dict[PeriodAct, ReasonSpec] = {PeriodAct.SENT: Why.sent_after_period, PeriodAct.FILED: Why.filed_after_period}
_PROOF: dict[PeriodAct, Reading[str]] = {PeriodAct.SENT: Readings.sent_evidence, PeriodAct.FILED: Readings.filed_means}
"""The reading that says which date proves each act."""


# --- Holidays (used only if Readings.weekend_extends is changed to extend periods) -----------


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_monday_of_may(year: int) -> date:
    last = date(year, 5, 31)
    return last - timedelta(days=last.weekday())


def _observed(holiday: date) -> date:
    shift = {5: -1, 6: 1}.get(holiday.weekday(), 0)
    return holiday + timedelta(days=shift)


def legal_public_holidays(year: int) -> frozenset[date]:
    """The legal public holidays of 5 U.S.C. 6103(a) in ``year``, on the day federal employees observe them.

    A holiday on a Saturday is observed the Friday before, one on a Sunday the Monday after
    (so New Year's Day of the next year may be observed on 31 December of this one: ask for both years).
    """
    fixed = (date(year, 1, 1), date(year, 6, 19), date(year, 7, 4), date(year, 11, 11), date(year, 12, 25))
    return frozenset(
        {
            *(_observed(holiday) for holiday in fixed),
            _nth_weekday(year, 1, 0, 3),  # Birthday of Martin Luther King, Jr.
            _nth_weekday(year, 2, 0, 3),  # Washington's Birthday
            _last_monday_of_may(year),  # Memorial Day
            _nth_weekday(year, 9, 0, 1),  # Labor Day
            _nth_weekday(year, 10, 0, 2),  # Columbus Day
            _nth_weekday(year, 11, 3, 4),  # Thanksgiving Day
        }
    )


def _closed(day: date) -> bool:
    return day.weekday() >= 5 or day in legal_public_holidays(day.year) | legal_public_holidays(day.year + 1)


def period_rule_day(start: str) -> str:
    """The parameter a rule that judges a period takes its day from, per ``Readings.period_past_expiration``.

    Under the reading taken (``"start"``), the day the period starts decides whether the interim
    guidance governs it, so a period that starts in force runs to its end even past the
    Expiration Date.

    Args:
        start: The rule's parameter that holds the period's start (``"returned_on"``).

    Returns:
        ``start``.

    Raises:
        ValueError: the reading names another day, which the rules do not model.
    """
    if Readings.period_past_expiration.value != "start":
        raise ValueError(
            f"Readings.period_past_expiration is {Readings.period_past_expiration.value!r}: the rules judge a period "
            "by the day it starts; another reading needs the rules that judge periods to be changed"
        )
    return start


class CalendarDayPeriod(BaseModel):
    """A number of calendar days, the act that is to happen within them, and the paragraph that sets them.

    Example:
        A 15-day period starting on Monday 2 March 2026 ends on Tuesday 17 March 2026: an act on the
        17th (day 15) is on time, one on the 18th (day 16) is late.
    """

    model_config = ConfigDict(frozen=True)

    days: PositiveInt
    """How many calendar days the taxpayer has."""
    paragraph: ParagraphId
    """The paragraph that sets the period, for example ``IRM 5.19.8.4.7.3(1)``."""
    act: PeriodAct
    """What the paragraph says is to happen within the period: information sent, or a document filed."""

    @property
    def counts(self) -> ResponseDate:
        """Which date of a response the period counts, per the reading for its act.

        ``Readings.sent_evidence`` for "sent", ``Readings.filed_means`` for "filed"; read each time.
        """
        return ResponseDate(_PROOF[self.act].value)

    def due_date(self, start: date) -> date:
        """The last day of the period that starts with a request made on ``start``.

        Args:
            start: The day of the request.

        Returns:
            The day numbered ``days`` (``Readings.day_zero`` numbers the day of the request), moved
            past Saturdays, Sundays and holidays only if ``Readings.weekend_extends`` says so.
        """
        due = start + timedelta(days=self.days - Readings.day_zero.value)
        while Readings.weekend_extends.value and _closed(due):
            due += timedelta(days=1)
        return due

    def day_of(self, start: date, on: date) -> int:
        """The day of the period ``on`` falls on: the day of the request is day ``Readings.day_zero`` (0).

        Args:
            start: The day of the request.
            on: The day to number.

        Raises:
            DayCountError: ``on`` is before ``start`` (``dated_before_request``).
        """
        if on < start:
            raise DayCountError(
                "dated_before_request", f"a response dated {on} cannot answer a request made on {start}"
            )
        return (on - start).days + Readings.day_zero.value

    def counted_date(self, start: date, *, sent_on: date | None, received_on: date | None) -> date | None:
        """The date of a response that the period counts, or ``None`` if the act it counts has not happened.

        Args:
            start: The day of the request.
            sent_on: The day the taxpayer sent the response, if known.
            received_on: The day the IRS received it, if it has.

        Returns:
            ``sent_on`` or ``received_on``, whichever [`counts`][irm_model.days.CalendarDayPeriod.counts]
            names; ``None`` when that act has not happened (nothing sent or received, or, counting the
            day received, a response sent but not received).

        Raises:
            DayCountError: a response dated before the request (``dated_before_request``) or received
                before it was sent (``sent_after_received``); or, counting the day sent, a response
                received whose sending date is not given (``date_of_act_missing``).
        """
        for dated, on in (("sent", sent_on), ("received", received_on)):
            if on is not None and on < start:
                raise DayCountError(
                    "dated_before_request", f"a response {dated} on {on} cannot answer a request made on {start}"
                )
        if sent_on is not None and received_on is not None and received_on < sent_on:
            raise DayCountError(
                "sent_after_received", f"a response sent on {sent_on} cannot be received on {received_on}"
            )
        if self.counts is ResponseDate.RECEIVED:
            return received_on
        if sent_on is None and received_on is not None:
            raise DayCountError(
                "date_of_act_missing",
                f"{self.paragraph} counts the day the response was sent (Readings.sent_evidence): give the day it was "
                f"sent, not only the day it was received ({received_on})",
            )
        return sent_on

    def judge(
        self, start: date, *, sent_on: date | None = None, received_on: date | None = None
    ) -> Decision[Timeliness]:
        """Whether a response to a request of ``start`` came within the period, on the date the period counts.

        Args:
            start: The day of the request.
            sent_on: The day the taxpayer sent the response, if known.
            received_on: The day the IRS received it, if it has.

        Returns:
            The date counted, its day of the period, the due date and whether it is on time, with the
            reason that says which date was counted ("Sent on day 15 ...").

        Raises:
            DayCountError: the date the period counts is not given (``date_of_act_missing``), a
                response dated before the request or received before it was sent.
        """
        on = self.counted_date(start, sent_on=sent_on, received_on=received_on)
        if on is None:
            raise DayCountError(
                "date_of_act_missing", f"{self.paragraph} counts the day the response was {self.counts}: give that day"
            )
        counted, day, due = self.counts, self.day_of(start, on), self.due_date(start)
        timely = on <= due
        why = (_WITHIN if timely else _AFTER)[self.act]
        return Decision(
            outcome=Timeliness(counted=counted, day=day, due_date=due, timely=timely),
            reasons=(why(self.paragraph, dated=counted.capitalize(), day=day, days=self.days, due=due.isoformat()),),
        )
