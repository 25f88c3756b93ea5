"""Hearing requests: how a CDP or equivalent hearing is requested, perfected and signed.

Collection Appeal Rights, IRM 5.19.8.4. The memorandum changes eight paragraphs here, and in
three of them the **struck words change the answer**; the model follows the current text:

* IRM 5.19.8.4.2(7): the sentence letting the taxpayer ask the toll-free lines for a fax number
  to fax a CDP hearing request is struck. The toll-free lines now give the mailing address only,
  and faxing to such a number is no longer a listed channel
  ([`ChannelStanding.STRUCK`][irm_model.hearings.channels.ChannelStanding.STRUCK]). DUT and Eefax
  are acceptable under (5).
* IRM 5.19.8.4.3(9): "~~Eefax or~~ Document Upload Tool (DUT)": an equivalent hearing request can
  be submitted via the DUT; Eefax is no longer listed.
* IRM 5.19.8.4.2.2(10), 5.19.8.4.3.2(4), 5.19.8.4.7.3(1), 5.19.8.4.7.4(1): "~~if available~~": the
  offer of EEFax and the DUT to a taxpayer who has the information during the call is no longer
  conditional. Decisions carry the reason ``offer_not_conditional``.

The package has three parts:

* [irm_model.hearings.channels][]: the channels of a hearing request and where to send it
  (IRM 5.19.8.4.2(5), (7), 5.19.8.4.3(9));
* [irm_model.hearings.phone][]: information requested by phone, perfecting or other
  (IRM 5.19.8.4.2.2(10), 5.19.8.4.3.2(4), 5.19.8.4.7.3(1), 5.19.8.4.7.5(7));
* [irm_model.hearings.signatures][]: signatures and affirmations (IRM 5.19.8.4.7.4(1)).

Channels are the model's one vocabulary, [`Channel`][irm_model.tools.Channel]: postal mail, fax,
EEFax and the DUT.

Periods are counted in calendar days as [irm_model.days][] explains: day 1 is the day after the
request, day 15 is on time, day 16 is late. Each period is a constant next to its paragraph.

Where the text is silent, this package decides:

* A request is "perfected late" only if perfecting information arrives after the period; a
  request for which nothing arrives (``perfected_on=None``) was not perfected.
* The unsigned-request procedure of 5.19.8.4.7.4(1) speaks of a CDP hearing request; since
  5.19.8.4.7.3(1) sends both CDP and equivalent hearing requests through perfection, the model
  applies it to both, but only a late-perfected **CDP** request "may qualify for an equivalent
  hearing"; a late-perfected equivalent hearing request is not processable.
* "Allow additional time ... extenuating circumstances" closes the bullet about affirmations and
  joint requests, so it applies to affirmations (the only period that bullet sets).
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["HearingKind"]


class HearingKind(StrEnum):
    """The two hearings a taxpayer can request on Form 12153."""

    CDP = "CDP hearing"
    """A Collection Due Process hearing."""
    EQUIVALENT = "equivalent hearing"
    """An equivalent hearing (EH)."""
