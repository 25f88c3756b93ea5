Feature: IRM 5.19.8.4.3 Equivalent Hearing (EH) Requests and timeliness of EH Requests
  An equivalent hearing request can be submitted via the Document Upload Tool (DUT). The memorandum
  struck "Eefax or", so Eefax is no longer listed. The transmission date is the received date, and
  the transmittal sheet is kept with the request.

  @IRM:5.19.8.4.3(9)
  Scenario Outline: an equivalent hearing request sent by <channel> is <standing>
    Given an equivalent hearing request
    When the taxpayer sends the request by "<channel>"
    Then the current text calls that channel "<standing>"

    Examples:
      | channel | standing         |
      | DUT     | acceptable       |
      | EEFax   | no longer listed |

  @IRM:5.19.8.4.3(9)
  Scenario: the transmission date is the received date and the transmittal sheet is retained
    Given an equivalent hearing request transmitted by the DUT on 2026-03-06
    When the employee dates the equivalent hearing request
    Then its received date is 2026-03-06
    And the transmittal sheet is retained along with the hearing request
