"""Hearing requests: how a CDP or equivalent hearing is requested, perfected and signed.

Collection Appeal Rights, IRM 5.19.8.4. The memorandum changes eight paragraphs here, and in
several of them it strikes words; the model follows the current text and says what each strike
removed, no more:

* IRM 5.19.8.4.2(7): the sentence "If the taxpayer wishes to fax the CDP hearing request, the
  taxpayer may request the fax number of the appropriate office from one of these toll-free
  numbers" is struck. The paragraph no longer tells the taxpayer they may ask those numbers for a
  fax number, and no longer speaks of faxing the request
  ([`ChannelStanding.STRUCK`][irm_model.hearings.channels.ChannelStanding.STRUCK]). DUT and Eefax
  "are acceptable" under (5).
* IRM 5.19.8.4.3(9): "~~Eefax or~~ Document Upload Tool (DUT)": an equivalent hearing request "can
  be submitted via" the DUT; Eefax is no longer listed.
* IRM 5.19.8.4.2.2(10), 5.19.8.4.3.2(4), 5.19.8.4.7.3(1), 5.19.8.4.7.4(1): "~~if available~~" is
  struck after the offer of EEFax and the DUT. Decisions carry the reason
  ``offer_if_available_struck``; what the strike changes is a reading,
  [`Readings.if_available_struck`][irm_model.readings.Readings.if_available_struck], which the
  reason names.

The package has three parts:

* [irm_model.hearings.channels][]: the channels of a hearing request and where to send it
  (IRM 5.19.8.4.2(5), (7), 5.19.8.4.3(9));
* [irm_model.hearings.phone][]: information requested by phone, perfecting or other
  (IRM 5.19.8.4.2.2(10), 5.19.8.4.3.2(4), 5.19.8.4.7.3(1), 5.19.8.4.7.5(7));
* [irm_model.hearings.signatures][]: signatures and affirmations (IRM 5.19.8.4.7.4(1)).

Channels are the model's one vocabulary, [`Channel`][irm_model.tools.Channel]: postal mail, fax,
EEFax and the DUT.

Periods are counted in calendar days as [irm_model.days][] explains, on the act each paragraph
names: information "sent" within 15 calendar days (IRM 5.19.8.4.7.3(1), 5.19.8.4.7.5(7)), an
affirmation "filed" and a request perfected within them (IRM 5.19.8.4.7.4(1)). Each period is a
constant next to its paragraph. Where the text is silent (day 0, weekends, which date proves
"sent" or "filed", the unsigned-request procedure for equivalent hearings, what extenuating
circumstances extend), the value comes from the register, [irm_model.readings][], and the
reasons name the reading.
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
