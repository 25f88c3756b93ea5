Feature: IRM 5.19.8.4.2.2 Perfection of Timely CDP Hearing Requests
  A taxpayer reached by phone who can provide the perfecting information during the call is
  offered Eefax and the Document Upload Tool (DUT). The memorandum struck "if available": the
  offer no longer depends on availability.

  @IRM:5.19.8.4.2.2(10)
  Scenario: a taxpayer who has the information during the call is offered Eefax and the DUT
    Given perfecting information is needed for a timely CDP hearing request
    When the employee calls on 2026-03-02 and the taxpayer has the information at hand
    Then the taxpayer is offered "EEFax" and "DUT" to submit it during the call
    And the offer does not depend on whether the tools are available

  @IRM:5.19.8.4.2.2(10)
  Scenario: a taxpayer who does not have the information during the call has nothing to submit yet
    Given perfecting information is needed for a timely CDP hearing request
    When the employee calls on 2026-03-02 and the taxpayer does not have the information at hand
    Then nothing is offered for submitting it during the call
    And the information is due by 2026-03-17
