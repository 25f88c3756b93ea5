"""The channels of a hearing request, and where to send it: IRM 5.19.8.4.2(5), (7) and 5.19.8.4.3(9).

* A CDP hearing request (IRM 5.19.8.4.2): "Advise the taxpayer to use Form 12153"; "DUT and
  Eefax are acceptable" (5); the taxpayer "must send mail" the request to the address on the lien
  or levy notice, and if the notice does not show it "should obtain" it by calling the toll-free
  lines (7). The memorandum struck the sentence that let the taxpayer request the fax number of
  the appropriate office from those lines: the paragraph no longer tells the taxpayer they may,
  and no longer speaks of faxing the request.
* An equivalent hearing request (IRM 5.19.8.4.3(9)): it "can be submitted via" the DUT ("~~Eefax
  or~~" is struck); "The transmission date will be the received date"; "Retain the transmittal
  sheet along with the hearing request".

Each reason carries the word of force of the paragraph it cites, quoted ("must send mail",
"should obtain", "are acceptable"); a reason that states what the text lists or struck carries none.

A channel the changed paragraphs do not speak of (for a CDP request: anything but postal mail,
the DUT, EEFax and fax; for an equivalent hearing request: anything but the DUT and EEFax) is
[`NOT_LISTED`][irm_model.hearings.channels.ChannelStanding.NOT_LISTED].
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from irm_model.hearings import HearingKind
from irm_model.reasons import Catalogue, Decision, ReasonSpec
from irm_model.rules import Rule
from irm_model.tools import Channel, channel_name

__all__ = [
    "HEARING_REQUEST_FORM",
    "TAXPAYER_IDENTIFIERS",
    "TOLL_FREE_NUMBER",
    "ChannelStanding",
    "HearingRequestAdvice",
    "MailingInstruction",
    "ReceivedDate",
    "advise_hearing_request",
    "equivalent_hearing_received_date",
    "hearing_request_channel",
    "mailing_instruction",
]

_CDP_FORM = "IRM 5.19.8.4.2(5)"
_CDP_MAIL = "IRM 5.19.8.4.2(7)"
_EH_CHANNELS = "IRM 5.19.8.4.3(9)"

# --- Constants, each next to its paragraph --------------------------------------------------

HEARING_REQUEST_FORM = "Form 12153, Request for Collection Due Process or Equivalent Hearing"
"""The form the taxpayer is advised to use to request the appeal: IRM 5.19.8.4.2(5)."""

TOLL_FREE_NUMBER = "1-800-829-1040"
"""The toll-free number that gives the address to send a CDP hearing request to, when the
notice does not show it: IRM 5.19.8.4.2(7)."""

TAXPAYER_IDENTIFIERS: tuple[str, ...] = ("TIN", "EIN", "ITIN")
"""The identification numbers the taxpayer provides when calling for the address: IRM 5.19.8.4.2(7)."""


class Why(Catalogue):
    """The reasons about the channels of a hearing request and where to send it."""

    use_form_12153 = ReasonSpec(
        _CDP_FORM, f"Advise the taxpayer to use {HEARING_REQUEST_FORM}, to request the appeal", force="Advise"
    )
    cdp_dut_eefax_acceptable = ReasonSpec(
        _CDP_FORM, "DUT and Eefax are acceptable for requesting the appeal; see IRM 5.19.8.4(4)", force="are acceptable"
    )
    cdp_mail_to_notice_address = ReasonSpec(
        _CDP_MAIL,
        "The taxpayer must send mail the request for the CDP hearing to the address shown on the lien or levy notice",
        force="must send mail",
    )
    cdp_address_by_toll_free_call = ReasonSpec(
        _CDP_MAIL,
        "The address is not on the notice: the taxpayer should obtain it by calling the toll-free number on the notice "
        f"or {TOLL_FREE_NUMBER}, providing the TIN, EIN, or ITIN",
        force="should obtain",
    )
    cdp_fax_number_struck = ReasonSpec(
        _CDP_MAIL,
        "The sentence that let the taxpayer request the fax number of the appropriate office from these toll-free "
        "numbers is struck: the paragraph no longer tells the taxpayer they may",
    )
    cdp_channel_not_listed = ReasonSpec(
        _CDP_FORM,
        "The changed paragraphs list mail, the DUT and Eefax for a CDP hearing request, not {channel}",
        also_in=(_CDP_MAIL,),
    )
    eh_dut_acceptable = ReasonSpec(
        _EH_CHANNELS,
        "A request for an equivalent hearing can be submitted via Document Upload Tool (DUT)",
        force="can be submitted",
    )
    eh_eefax_struck = ReasonSpec(
        _EH_CHANNELS, "'Eefax or' is struck: Eefax is no longer listed for submitting an equivalent hearing request"
    )
    eh_channel_not_listed = ReasonSpec(
        _EH_CHANNELS, "The changed paragraph lists only the DUT for an equivalent hearing request, not {channel}"
    )
    transmission_date_is_received_date = ReasonSpec(
        _EH_CHANNELS, "The transmission date will be the received date", force="will be the received date"
    )
    retain_transmittal_sheet = ReasonSpec(
        _EH_CHANNELS, "Retain the transmittal sheet along with the hearing request", force="Retain"
    )


# --- Channels -------------------------------------------------------------------------------


class ChannelStanding(StrEnum):
    """What the current text says about a channel for a hearing request."""

    ACCEPTABLE = "acceptable"
    """The current text lists the channel."""
    STRUCK = "no longer listed"
    """The memorandum struck the words that listed the channel."""
    NOT_LISTED = "not listed"
    """The changed paragraphs do not speak of the channel."""

    @property
    def acceptable(self) -> bool:
        """Whether the current text lists the channel."""
        return self is ChannelStanding.ACCEPTABLE


_LISTED: dict[tuple[HearingKind, Channel], tuple[ChannelStanding, ReasonSpec]] = {
    (HearingKind.CDP, Channel.POSTAL_MAIL): (ChannelStanding.ACCEPTABLE, Why.cdp_mail_to_notice_address),
    (HearingKind.CDP, Channel.DUT): (ChannelStanding.ACCEPTABLE, Why.cdp_dut_eefax_acceptable),
    (HearingKind.CDP, Channel.EEFAX): (ChannelStanding.ACCEPTABLE, Why.cdp_dut_eefax_acceptable),
    (HearingKind.CDP, Channel.FAX): (ChannelStanding.STRUCK, Why.cdp_fax_number_struck),
    (HearingKind.EQUIVALENT, Channel.DUT): (ChannelStanding.ACCEPTABLE, Why.eh_dut_acceptable),
    (HearingKind.EQUIVALENT, Channel.EEFAX): (ChannelStanding.STRUCK, Why.eh_eefax_struck),
}
"""What the current text says of each channel it speaks of, for each hearing: IRM 5.19.8.4.2(5), (7), 5.19.8.4.3(9)."""

_NOT_LISTED: dict[HearingKind, ReasonSpec] = {
    HearingKind.CDP: Why.cdp_channel_not_listed,
    HearingKind.EQUIVALENT: Why.eh_channel_not_listed,
}
"""The reason for a channel the changed paragraphs do not speak of, for each hearing."""


def _hearing_request_channel(kind: HearingKind, channel: Channel, *, on: date) -> Decision[ChannelStanding]:
    standing, why = _LISTED.get((kind, channel), (ChannelStanding.NOT_LISTED, _NOT_LISTED[kind]))
    return Decision(outcome=standing, reasons=(why(channel=channel_name(channel)),))


hearing_request_channel = Rule(_hearing_request_channel, implements=(_CDP_FORM, _CDP_MAIL, _EH_CHANNELS), day="on")
"""Whether a CDP or equivalent hearing request may be sent by ``channel``, per the current text.

* CDP (IRM 5.19.8.4.2): mail to the address on the lien or levy notice (7); DUT and Eefax (5).
  Fax: the sentence that let the taxpayer request a fax number is struck from (7), so the
  paragraph no longer lists it. Any other channel: not listed.
* Equivalent hearing (IRM 5.19.8.4.3(9)): the DUT. Eefax: struck. Any other channel (mail, fax
  included): the changed paragraph does not speak of it.

Args:
    kind: The hearing requested.
    channel: The channel the request is sent by.
    on: The day the request is sent.

Returns:
    Acceptable, struck (no longer listed), or not listed, with the one reason citing the paragraph.
"""


# --- Advice ---------------------------------------------------------------------------------


class HearingRequestAdvice(BaseModel):
    """What to advise a taxpayer who wants to appeal."""

    model_config = ConfigDict(frozen=True)

    form: str
    """[`HEARING_REQUEST_FORM`][irm_model.hearings.channels.HEARING_REQUEST_FORM]."""
    digital_channels: tuple[Channel, ...]
    """The digital channels the paragraph names as acceptable, offered before mail (IRM 5.19.8.4(4))."""


def _advise_hearing_request(*, on: date) -> Decision[HearingRequestAdvice]:
    return Decision(
        outcome=HearingRequestAdvice(form=HEARING_REQUEST_FORM, digital_channels=(Channel.DUT, Channel.EEFAX)),
        reasons=(Why.use_form_12153(), Why.cdp_dut_eefax_acceptable()),
    )


advise_hearing_request = Rule(_advise_hearing_request, implements=(_CDP_FORM,), day="on")
"""Advise the taxpayer to use Form 12153; DUT and Eefax are acceptable (IRM 5.19.8.4.2(5)).

Args:
    on: The day of the advice.

Returns:
    The form and the acceptable digital channels, in the text's order ("DUT and Eefax").
"""


# --- Where to mail a CDP hearing request ----------------------------------------------------


class MailingInstruction(BaseModel):
    """Where the taxpayer finds the address to mail a CDP hearing request to."""

    model_config = ConfigDict(frozen=True)

    use_notice_address: bool
    """Whether the address shown on the lien or levy notice is used."""
    call_numbers: tuple[str, ...]
    """If not, the toll-free numbers to call for the address: the one on the notice, or 1-800-829-1040."""
    identifiers: tuple[str, ...]
    """The identification numbers to provide on the call (TIN, EIN, or ITIN)."""


def _mailing_instruction(*, notice_shows_address: bool, on: date) -> Decision[MailingInstruction]:
    if notice_shows_address:
        return Decision(
            outcome=MailingInstruction(use_notice_address=True, call_numbers=(), identifiers=()),
            reasons=(Why.cdp_mail_to_notice_address(), Why.cdp_fax_number_struck()),
        )
    return Decision(
        outcome=MailingInstruction(
            use_notice_address=False,
            call_numbers=("the toll-free number on the notice", TOLL_FREE_NUMBER),
            identifiers=TAXPAYER_IDENTIFIERS,
        ),
        reasons=(Why.cdp_address_by_toll_free_call(), Why.cdp_fax_number_struck()),
    )


mailing_instruction = Rule(_mailing_instruction, implements=(_CDP_MAIL,), day="on")
"""Where to send a CDP hearing request by mail (IRM 5.19.8.4.2(7)).

Args:
    notice_shows_address: Whether the CDP notice shows the address of the office.
    on: The day the taxpayer asks.

Returns:
    The notice's address, or the toll-free numbers to call for it; the reasons add that the sentence
    letting the taxpayer request a fax number from those numbers is struck.
"""


# --- The received date of an equivalent hearing request -------------------------------------


class ReceivedDate(BaseModel):
    """The received date of an equivalent hearing request submitted electronically."""

    model_config = ConfigDict(frozen=True)

    received_on: date
    """The received date: the transmission date."""
    retain_transmittal_sheet: bool
    """Whether to retain the transmittal sheet along with the hearing request: always."""


def _equivalent_hearing_received_date(transmitted_on: date, *, dated_on: date) -> Decision[ReceivedDate]:
    return Decision(
        outcome=ReceivedDate(received_on=transmitted_on, retain_transmittal_sheet=True),
        reasons=(Why.transmission_date_is_received_date(), Why.retain_transmittal_sheet()),
    )


equivalent_hearing_received_date = Rule(
    _equivalent_hearing_received_date, implements=(_EH_CHANNELS,), day="transmitted_on"
)
"""The received date of an equivalent hearing request: its transmission date (IRM 5.19.8.4.3(9)).

"The transmission date will be the received date", not the day the request reaches the employee.

Args:
    transmitted_on: The day the request was transmitted.
    dated_on: The day the employee dates the request (the day it reaches them), which is not its
        received date.

Returns:
    The received date, and that the transmittal sheet is retained along with the request.
"""
