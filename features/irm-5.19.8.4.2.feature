Feature: IRM 5.19.8.4.2 Collection Due Process (CDP) Hearing Requests
  The taxpayer is advised to use Form 12153; DUT and Eefax are acceptable. The taxpayer must send
  mail the request to the address shown on the lien or levy notice, and should obtain the address
  by calling the toll-free lines if the notice does not show it. The memorandum struck the sentence
  that let the taxpayer request the fax number of the appropriate office from those toll-free
  numbers: the paragraph no longer tells the taxpayer they may, and no longer lists fax.

  @IRM:5.19.8.4.2(5)
  Scenario Outline: a CDP hearing request sent by <channel> is <standing>
    Given a CDP hearing request
    When the taxpayer sends the request by "<channel>"
    Then the current text calls that channel "<standing>"
    And the reason cites "IRM 5.19.8.4.2(5)"

    Examples:
      | channel      | standing   |
      | DUT          | acceptable |
      | EEFax        | acceptable |
      | live chatbot | not listed |

  @IRM:5.19.8.4.2(7)
  Scenario Outline: a CDP hearing request sent by <channel> is <standing> since the fax sentence was struck
    Given a CDP hearing request
    When the taxpayer sends the request by "<channel>"
    Then the current text calls that channel "<standing>"
    And the reason cites "IRM 5.19.8.4.2(7)"

    Examples:
      | channel | standing         | meaning                                                  |
      | mail    | acceptable       | mailed to the address shown on the lien or levy notice   |
      | fax     | no longer listed | faxed to an office's fax number from the toll-free lines |

  @IRM:5.19.8.4.2(7)
  Scenario: the request is mailed to the address shown on the lien or levy notice
    Given the CDP notice shows the address of the office
    When the taxpayer asks where to send the CDP hearing request
    Then the taxpayer mails it to the address shown on the lien or levy notice

  @IRM:5.19.8.4.2(7)
  Scenario: without an address on the notice, the taxpayer should obtain it by calling the toll-free lines
    Given the CDP notice does not show the address of the office
    When the taxpayer asks where to send the CDP hearing request
    Then the taxpayer is told to call "the toll-free number on the notice" or "1-800-829-1040"
    And the taxpayer provides their "TIN", "EIN" or "ITIN" on the call
