Feature: IRM 5.19.8.4.7.5 Initial Actions
  Information other than for perfection: make one phone call attempt and ask the taxpayer to send
  the requested information within 15 calendar days. The period counts the day the information is
  sent: sent on day 15 is on time even if it arrives on day 19; sent on day 16 is late. A taxpayer
  who has it during the call is offered EEFax or the Document Upload Tool (DUT).

  @IRM:5.19.8.4.7.5(7)
  Scenario Outline: a taxpayer called on <asked> who <has> the information is offered <offered>, to send it by <due>
    Given information other than for perfection is needed from the taxpayer
    When the employee calls on <asked> and the taxpayer <has> the information at hand
    Then the taxpayer is offered <offered> to submit it during the call
    And the information is to be sent by <due>

    Examples:
      | asked      | has           | offered           | due        |
      | 2026-03-02 | has           | "EEFax" and "DUT" | 2026-03-17 |
      | 2026-03-06 | does not have | nothing           | 2026-03-21 |

  @IRM:5.19.8.4.7.5(7)
  Scenario Outline: requested information sent on <sent> and received on <received> is <verdict>
    Given information other than for perfection is needed from the taxpayer
    When the employee calls on 2026-03-02 and the taxpayer does not have the information at hand
    And the taxpayer sends the information on <sent> and it is received on <received>
    Then the day it was sent is day <day> of the period
    And the response is "<verdict>"

    Examples:
      | sent       | received   | day | verdict |
      | 2026-03-17 | 2026-03-17 | 15  | on time |
      | 2026-03-17 | 2026-03-21 | 15  | on time |
      | 2026-03-18 | 2026-03-18 | 16  | late    |
      | 2026-03-18 | 2026-03-20 | 16  | late    |
