Feature: IRM 5.19.8.4.7.5 Initial Actions
  Information other than for perfection: one phone call attempt, and the taxpayer is asked to send
  it within 15 calendar days (day 15 on time, day 16 late). A taxpayer who has it during the call
  is offered EEFax or the Document Upload Tool (DUT).

  @IRM:5.19.8.4.7.5(7)
  Scenario: one phone call attempt and EEFax or the DUT for information at hand
    Given information other than for perfection is needed from the taxpayer
    When the employee calls on 2026-03-02 and the taxpayer has the information at hand
    Then the employee makes 1 phone call attempt
    And the taxpayer is offered "EEFax" and "DUT" to submit it during the call
    And the information is due by 2026-03-17

  @IRM:5.19.8.4.7.5(7)
  Scenario Outline: requested information received on <received> is <verdict>
    Given information other than for perfection is needed from the taxpayer
    When the employee calls on 2026-03-02 and the taxpayer does not have the information at hand
    And the information arrives on <received>
    Then it arrived on day <day> of the period
    And the response is "<verdict>"

    Examples:
      | received   | day | verdict |
      | 2026-03-17 | 15  | on time |
      | 2026-03-18 | 16  | late    |
