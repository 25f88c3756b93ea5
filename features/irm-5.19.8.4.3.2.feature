Feature: IRM 5.19.8.4.3.2 Perfection of Timely Equivalent Hearing Requests
  A taxpayer reached by phone who can provide the perfecting information during the call is
  offered Eefax and the Document Upload Tool (DUT). The memorandum struck "if available": the
  offer no longer depends on availability.

  @IRM:5.19.8.4.3.2(4)
  Scenario: a taxpayer who has the information for an equivalent hearing is offered Eefax and the DUT
    Given perfecting information is needed for a timely equivalent hearing request
    When the employee calls on 2026-03-02 and the taxpayer has the information at hand
    Then the taxpayer is offered "EEFax" and "DUT" to submit it during the call
    And the offer does not depend on whether the tools are available
