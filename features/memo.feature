Feature: SBSE-05-0126-0020 Procedural Changes
  The memorandum's own six Procedural Changes: offer digital tools first, paper last, never in
  place of the authorized means of filing tax returns, the taxpayer's preferred method first, an
  alternative when one tool cannot be used, and TDC Secure Messaging cases closed so they purge.

  Background:
    Given a request for information worked under IRM 5.19.1.2(13)
    And the digital tools available are the Document Upload Tool (DUT) and EEFax

  @SBSE-05-0126-0020(1)
  Scenario: the employee offers the available digital tools
    Then the employee offers the Document Upload Tool (DUT) next
    And the reason is "offer_digital_tools"

  @SBSE-05-0126-0020(1)
  Scenario: a representative is offered the digital tools as the taxpayer would be
    Given the employee is speaking with the taxpayer's representative
    Then the employee offers the Document Upload Tool (DUT) next
    And postal mail may not be offered yet

  @SBSE-05-0126-0020(2)
  Scenario: paper offered before every digital tool was offered is too early
    When the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
    Then postal mail may not be offered yet
    And the reason is "digital_not_yet_offered"
    And the decision cites SBSE-05-0126-0020(2)

  @SBSE-05-0126-0020(2)
  Scenario: postal mail once every digital option was declined or exhausted
    When the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
    And the employee offers EEFax and it is exhausted
    Then postal mail may be offered
    And the reason is "all_digital_declined"

  @SBSE-05-0126-0020(2)
  Scenario: taxpayers are never required to use digital tools
    Then the taxpayer is not required to use a digital tool
    And the reason is "digital_not_mandatory"

  @SBSE-05-0126-0020(3)
  Scenario: a tax return is filed through authorized means, not a digital tool
    Then a digital tool does not replace the authorized means of filing the tax return
    And the decision cites SBSE-05-0126-0020(3)

  @SBSE-05-0126-0020(4)
  Scenario: the taxpayer cannot use one tool, so the employee offers an alternative before paper
    When the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
    Then the employee offers EEFax next
    And the reason is "alternative_before_paper"
    And postal mail may not be offered yet

  @SBSE-05-0126-0020(4)
  Scenario: the taxpayer's preferred digital method is offered first
    Given the taxpayer prefers EEFax
    Then the employee offers EEFax next
    And the reason is "preferred_first"

  @SBSE-05-0126-0020(4)
  Scenario: the preferred tool is not available, so an available one is offered
    Given the digital tools available are the Document Upload Tool (DUT)
    And the taxpayer prefers Live Assistance (Text Chat)
    Then the employee offers the Document Upload Tool (DUT) next
    And the reason is "preferred_unavailable"

  @SBSE-05-0126-0020(4)
  Scenario: the taxpayer's choice is documented and help explained when needed
    When the taxpayer needs help using the digital tools
    And the employee explains how to use them
    And the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
    And the employee documents the taxpayer's choice
    Then no further offer is needed: the taxpayer's choice is to be documented
    And the work review finds nothing to correct

  @SBSE-05-0126-0020(4)
  Scenario: help needed but not explained, choice not documented
    When the taxpayer needs help using the digital tools
    And the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
    Then the work review finds "help_not_explained"
    And the work review finds "choice_not_documented"

  @SBSE-05-0126-0020(5)
  Scenario: the employee reviews and responds with the digital tools available
    Then the employee reviews and responds using the Document Upload Tool (DUT) and EEFax
    And the decision cites SBSE-05-0126-0020(5)

  @SBSE-05-0126-0020(6)
  Scenario Outline: a TDC Secure Messaging case is closed, and purged, only once everything is handled
    Given a TDC Secure Messaging case whose responses are processed: <processed>, documented: <documented>, attachments handled: <handled>
    Then the case <may> be marked Closed/Complete
    And the reason is "<reason>"

    Examples:
      | processed | documented | handled | may     | reason                           |
      | yes       | yes        | yes     | may     | secure_messaging_close_and_purge |
      | no        | yes        | yes     | may not | secure_messaging_not_ready       |
      | yes       | no         | yes     | may not | secure_messaging_not_ready       |
      | yes       | yes        | no      | may not | secure_messaging_not_ready       |

  @SBSE-05-0126-0020(1)
  Scenario Outline: the interim rule governs contacts from its effective date until it expires
    Given the contact takes place on <day>
    Then the interim rule <applies>

    Examples:
      | day        | applies       |
      | 2026-01-25 | does not apply |
      | 2026-01-26 | applies       |
      | 2028-01-25 | applies       |

  @SBSE-05-0126-0020(1)
  Scenario: on its expiration date the interim guidance has expired
    Given the contact takes place on 2028-01-26
    Then the employee is told the interim guidance has expired
