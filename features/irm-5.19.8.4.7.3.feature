Feature: IRM 5.19.8.4.7.3 Perfection
  A timely CDP or equivalent hearing request that needs perfecting: make one phone call attempt and
  request the information be sent within 15 calendar days. The period counts the day the
  information is sent, not the day it is received: sent on day 15 is on time even if it arrives on
  day 19; sent on day 16 is late. Day 1 is the day after the call; weekends and holidays count and
  do not extend the period. A taxpayer who has the information during the call is offered EEFax or
  the DUT; the memorandum struck "if available" after that offer.

  @IRM:5.19.8.4.7.3(1)
  Scenario Outline: perfecting information asked for on <asked> is to be sent by <due>
    Given perfecting information is needed for a timely CDP hearing request
    When the employee calls on <asked> and the taxpayer does not have the information at hand
    Then the information is to be sent by <due>

    Examples:
      | asked      | due        |
      | 2026-03-02 | 2026-03-17 |
      | 2026-03-06 | 2026-03-21 |
      | 2026-12-20 | 2027-01-04 |

  @IRM:5.19.8.4.7.3(1)
  Scenario Outline: perfecting information asked for on <asked>, sent on <sent> and received on <received> is <verdict>
    Given perfecting information is needed for a timely equivalent hearing request
    When the employee calls on <asked> and the taxpayer does not have the information at hand
    And the taxpayer sends the information on <sent> and it is received on <received>
    Then the day it was sent is day <day> of the period
    And the response is "<verdict>"

    Examples:
      | asked      | sent       | received   | day | verdict |
      | 2026-03-02 | 2026-03-02 | 2026-03-02 | 0   | on time |
      | 2026-03-02 | 2026-03-16 | 2026-03-16 | 14  | on time |
      | 2026-03-02 | 2026-03-17 | 2026-03-17 | 15  | on time |
      | 2026-03-02 | 2026-03-17 | 2026-03-21 | 15  | on time |
      | 2026-03-02 | 2026-03-18 | 2026-03-18 | 16  | late    |
      | 2026-03-02 | 2026-03-18 | 2026-03-21 | 16  | late    |
      | 2026-03-06 | 2026-03-21 | 2026-03-25 | 15  | on time |
      | 2026-03-06 | 2026-03-23 | 2026-03-23 | 17  | late    |
      | 2026-12-20 | 2027-01-04 | 2027-01-08 | 15  | on time |
      | 2026-12-20 | 2027-01-05 | 2027-01-05 | 16  | late    |

  @IRM:5.19.8.4.7.3(1)
  Scenario Outline: a taxpayer who <has> the perfecting information during the call is offered <offered>
    Given perfecting information is needed for a timely CDP hearing request
    When the employee calls on 2026-03-02 and the taxpayer <has> the information at hand
    Then the taxpayer is offered <offered> to submit it during the call

    Examples:
      | has           | offered           |
      | has           | "EEFax" and "DUT" |
      | does not have | nothing           |
