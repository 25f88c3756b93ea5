Feature: IRM 5.19.8.4.3.2 Perfection of Timely Equivalent Hearing Requests
  If the taxpayer is reached by phone and is able to provide information during the call, offer
  them the options to submit it by Eefax or the Document Upload Tool (DUT). The memorandum struck
  "if available" from this paragraph.

  @IRM:5.19.8.4.3.2(4)
  Scenario Outline: a taxpayer who <has> the information for an equivalent hearing is offered <offered>
    Given perfecting information is needed for a timely equivalent hearing request
    When the employee calls on 2026-03-02 and the taxpayer <has> the information at hand
    Then the taxpayer is offered <offered> to submit it during the call

    Examples:
      | has           | offered           |
      | has           | "EEFax" and "DUT" |
      | does not have | nothing           |

  @IRM:5.19.8.4.3.2(4)
  Scenario: the offer of Eefax and the DUT for an equivalent hearing follows this paragraph
    Given perfecting information is needed for a timely equivalent hearing request
    When the employee calls on 2026-03-02 and the taxpayer has the information at hand
    Then the reason for offering EEFax and the DUT during the call cites only "IRM 5.19.8.4.3.2(4)"
