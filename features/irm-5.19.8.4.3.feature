Feature: IRM 5.19.8.4.3 Equivalent Hearing (EH) Requests and timeliness of EH Requests
  A taxpayer's request for an equivalent hearing can be submitted via the Document Upload Tool
  (DUT). The memorandum struck "Eefax or", so Eefax is no longer listed. The transmission date will
  be the received date, and the transmittal sheet is retained along with the hearing request.

  @IRM:5.19.8.4.3(9)
  Scenario Outline: an equivalent hearing request sent by <channel> is <standing>
    Given an equivalent hearing request
    When the taxpayer sends the request by "<channel>"
    Then the current text calls that channel "<standing>"

    Examples:
      | channel | standing         |
      | DUT     | acceptable       |
      | EEFax   | no longer listed |
      | mail    | not listed       |

  @IRM:5.19.8.4.3(9)
  Scenario Outline: a request transmitted on <transmitted> and dated on <dated> has the received date <received>
    Given an equivalent hearing request transmitted by the DUT on <transmitted>
    When the employee dates the equivalent hearing request on <dated>
    Then its received date is <received>

    Examples:
      | transmitted | dated      | received   |
      | 2026-03-06  | 2026-03-06 | 2026-03-06 |
      | 2026-03-06  | 2026-03-09 | 2026-03-06 |
