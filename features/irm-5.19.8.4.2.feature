Feature: IRM 5.19.8.4.2 Collection Due Process (CDP) Hearing Requests
  The taxpayer requests the appeal on Form 12153; DUT and Eefax are acceptable, and the request
  may be mailed to the address on the lien or levy notice. The memorandum struck the sentence that
  let the taxpayer ask the toll-free lines for a fax number, so faxing to such a number is no
  longer listed and the toll-free lines give the mailing address only.

  @IRM:5.19.8.4.2(5)
  Scenario: the taxpayer is advised to request the appeal on Form 12153
    When the employee advises a taxpayer who wants to appeal
    Then the taxpayer is advised to use "Form 12153, Request for Collection Due Process or Equivalent Hearing"
    And the acceptable digital channels named are "DUT" and "EEFax"

  @IRM:5.19.8.4.2(5)
  Scenario Outline: a CDP hearing request sent by <channel> is <standing>
    Given a CDP hearing request
    When the taxpayer sends the request by "<channel>"
    Then the current text calls that channel "<standing>"

    Examples:
      | channel | standing   |
      | DUT     | acceptable |
      | EEFax   | acceptable |

  @IRM:5.19.8.4.2(7)
  Scenario Outline: a CDP hearing request sent by <channel> is <standing> since the fax sentence was struck
    Given a CDP hearing request
    When the taxpayer sends the request by "<channel>"
    Then the current text calls that channel "<standing>"

    Examples:
      | channel | standing         | meaning                                                     |
      | mail    | acceptable       | mailed to the address shown on the lien or levy notice      |
      | fax     | no longer listed | faxed to an office's fax number from the toll-free lines |

  @IRM:5.19.8.4.2(7)
  Scenario: the request is mailed to the address shown on the lien or levy notice
    Given the CDP notice shows the address of the office
    When the taxpayer asks where to send the CDP hearing request
    Then the taxpayer mails it to the address shown on the lien or levy notice
    And the toll-free lines give no fax number for the request

  @IRM:5.19.8.4.2(7)
  Scenario: without an address on the notice, the taxpayer calls for it, and gets no fax number
    Given the CDP notice does not show the address of the office
    When the taxpayer asks where to send the CDP hearing request
    Then the taxpayer is told to call "the toll-free number on the notice" or "1-800-829-1040"
    And the taxpayer provides their "TIN", "EIN" or "ITIN" on the call
    And the toll-free lines give no fax number for the request
