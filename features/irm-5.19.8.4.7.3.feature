Feature: IRM 5.19.8.4.7.3 Perfection
  A timely CDP or equivalent hearing request that needs perfecting: one phone call attempt, and the
  information is to be sent within 15 calendar days. Day 1 is the day after the call; a response
  on day 15 is on time, one on day 16 is late. Weekends and holidays count and do not extend the
  period. A taxpayer who has the information during the call is offered EEFax or the DUT, no longer
  "if available".

  @IRM:5.19.8.4.7.3(1)
  Scenario: one phone call attempt, and the information is due within 15 calendar days
    Given perfecting information is needed for a timely CDP hearing request
    When the employee calls on 2026-03-02 and the taxpayer does not have the information at hand
    Then the employee makes 1 phone call attempt
    And the information is due by 2026-03-17

  @IRM:5.19.8.4.7.3(1)
  Scenario Outline: perfecting information asked for on <asked> and received on <received> is <verdict>
    Given perfecting information is needed for a timely equivalent hearing request
    When the employee calls on <asked> and the taxpayer does not have the information at hand
    And the information arrives on <received>
    Then it arrived on day <day> of the period
    And the response is "<verdict>"

    Examples:
      | asked      | received   | day | verdict |
      | 2026-03-02 | 2026-03-02 | 0   | on time |
      | 2026-03-02 | 2026-03-16 | 14  | on time |
      | 2026-03-02 | 2026-03-17 | 15  | on time |
      | 2026-03-02 | 2026-03-18 | 16  | late    |
      | 2026-03-06 | 2026-03-21 | 15  | on time |
      | 2026-03-06 | 2026-03-23 | 17  | late    |
      | 2026-12-20 | 2027-01-04 | 15  | on time |
      | 2026-12-20 | 2027-01-05 | 16  | late    |

  @IRM:5.19.8.4.7.3(1)
  Scenario: a taxpayer who has the perfecting information during the call is offered EEFax or the DUT
    Given perfecting information is needed for a timely CDP hearing request
    When the employee calls on 2026-03-02 and the taxpayer has the information at hand
    Then the taxpayer is offered "EEFax" and "DUT" to submit it during the call
    And the offer does not depend on whether the tools are available
    And the information is due by 2026-03-17
