Feature: SBSE-05-0126-0020 Procedural Changes
  The memorandum's own six Procedural Changes: "Employees are required to offer the use of
  available and appropriate, IT-approved, digital communication tools to taxpayers or their
  representatives"; digital tools are not mandatory and paper correspondence is the last resort;
  the mandate does not supersede the guidance on securing tax returns; an alternative tool before
  paper, the preferred method first, help explained and the choice documented; employees review
  and respond with the tools available; TDC Secure Messaging cases are closed, and so purged, once
  handled. The interim guidance is effective January 26, 2026 and expires January 26, 2028.

  @SBSE-05-0126-0020(1)
  Rule: (1) employees are required to offer the available digital tools to taxpayers or their representatives

    Background:
      Given an employee requests information from the taxpayer under IRM 5.19.1.2(13) on 2026-03-02
      And the digital tools available are the Document Upload Tool (DUT) and EEFax

    Scenario: the employee offers the first available digital tool
      Then the employee offers the Document Upload Tool (DUT) next
      And the reason for offering the digital tools cites "SBSE-05-0126-0020(1)"

    Scenario: a representative is offered the digital tools as the taxpayer would be
      Given the employee is speaking with the taxpayer's representative
      Then the employee offers the Document Upload Tool (DUT) next
      And the reason cites "SBSE-05-0126-0020(1)"

    Scenario: every available tool is offered, one after another
      When the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
      Then the employee offers EEFax next

    Scenario: a tool the memo names only in its Purpose is offered when it is available
      Given the digital tools available are Live Assistance (Text Chat)
      Then the employee offers Live Assistance (Text Chat) next

  @SBSE-05-0126-0020(2)
  Rule: (2) digital tools are not mandatory, and paper correspondence is the last resort

    Background:
      Given an employee requests information from the taxpayer under IRM 5.19.1.2(13) on 2026-03-02
      And the digital tools available are the Document Upload Tool (DUT) and EEFax

    Scenario: the taxpayer is never required to use a digital tool
      When the employee offers each available digital tool and the taxpayer will not use any of them
      Then postal mail may be offered
      And the reason cites "SBSE-05-0126-0020(2)"

    Scenario: postal mail before any digital tool was offered is too early
      Then postal mail may not be offered yet
      And the reason for holding back postal mail cites "SBSE-05-0126-0020(2)"

    Scenario: a taxpayer who will not use one tool is still offered the others before paper
      When the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
      Then postal mail may not be offered yet
      And the employee offers EEFax next

    Scenario Outline: the DUT <dut> and EEFax <eefax>: postal mail <verdict>
      When the employee offers the Document Upload Tool (DUT) and <dut>
      And the employee offers EEFax and <eefax>
      Then postal mail <verdict>
      And the reason cites "SBSE-05-0126-0020(2)"

      Examples:
        | dut                            | eefax                        | verdict                |
        | the taxpayer cannot use it     | the taxpayer will not use it | may be offered         |
        | the taxpayer will not use it   | it is exhausted              | may be offered         |
        | it turns out to be unavailable | the taxpayer cannot use it   | may be offered         |
        | the taxpayer will not use it   | the taxpayer accepts it      | may not be offered yet |

    Scenario: once every digital option is declined, postal mail is offered next
      When the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
      And the employee offers EEFax and the taxpayer will not use it
      Then the employee offers postal mail next
      And the reason for allowing postal mail cites "SBSE-05-0126-0020(2)"

    Scenario: with no digital tool available, postal mail may be offered
      Given no digital tool is available
      Then postal mail may be offered

  @SBSE-05-0126-0020(3)
  Rule: (3) where digital tools are not authorized to secure tax returns, current guidance is followed

    Background:
      Given an employee is securing a tax return from the taxpayer under IRM 5.19.1.2(13) on 2026-03-02
      And the digital tools available are the Document Upload Tool (DUT) and EEFax

    Scenario Outline: a return for which digital means <are>: the mandate <outcome>
      Given digital tools are authorized and signatures are <are> for the return
      Then the mandate <outcome>
      And the reason cites "SBSE-05-0126-0020(3)"

      Examples:
        | are            | outcome                                                 |
        | not acceptable | gives way to current guidance for securing the return    |
        | acceptable     | to offer digital tools applies to the return             |

    Scenario: a return for which digital means are not acceptable is filed through authorized means
      Given digital tools are authorized and signatures are not acceptable for the return
      Then the employee encourages the taxpayer to file the return through authorized means
      And the digital-first rule does not decide whether postal mail may be offered
      And the reason for the tax return cites "SBSE-05-0126-0020(3)"

    Scenario: asking for a return is not in itself an exemption: the digital tools are offered
      Given digital tools are authorized and signatures are acceptable for the return
      Then the next step is to offer one of the available digital tools
      And postal mail may not be offered yet

    Scenario Outline: a work review of a return secured by postal mail, digital means <are>: the review <result>
      Given digital tools are authorized and signatures are <are> for the return
      When the employee offers postal mail
      And the employee documents the taxpayer's choice
      Then the work review <result>

      Examples:
        | are            | result                                              |
        | not acceptable | finds nothing to correct                            |
        | acceptable     | finds that no digital tool was offered, a violation |

  @SBSE-05-0126-0020(4)
  Rule: (4) an alternative before paper, the preferred method first, help explained, the choice documented

    Background:
      Given an employee requests information from the taxpayer under IRM 5.19.1.2(13) on 2026-03-02
      And the digital tools available are the Document Upload Tool (DUT) and EEFax

    Scenario: a taxpayer who cannot use the DUT is offered EEFax before paper
      When the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
      Then the employee offers EEFax next
      And the reason cites "SBSE-05-0126-0020(4)"
      And postal mail may not be offered yet

    Scenario: the taxpayer's preferred digital method is offered first
      Given the taxpayer prefers EEFax
      Then the employee offers EEFax next
      And the reason for prioritizing the preferred method cites "SBSE-05-0126-0020(4)"

    Scenario: a preferred tool that is not available gives way to an available one
      Given the taxpayer prefers Live Assistance (Text Chat)
      Then the employee offers the Document Upload Tool (DUT) next
      And the reason cites "SBSE-05-0126-0020(4)"

    Scenario: a preferred tool the taxpayer cannot use gives way to the alternative
      Given the taxpayer prefers EEFax
      When the employee offers EEFax and the taxpayer cannot use it
      Then the employee offers the Document Upload Tool (DUT) next

    Scenario: a taxpayer who needs help has it explained before anything else
      When the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
      And the taxpayer needs help using EEFax
      Then the employee explains how to use EEFax next
      And the reason cites "SBSE-05-0126-0020(4)"

    Scenario: once the tool is explained, the offers go on
      When the taxpayer needs help using the Document Upload Tool (DUT)
      And the employee explains how to use the Document Upload Tool (DUT)
      Then the employee offers the Document Upload Tool (DUT) next

    Scenario: the taxpayer's choice of a tool is documented
      When the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
      Then the employee documents the taxpayer's choice of the Document Upload Tool (DUT) next
      And the reason cites "SBSE-05-0126-0020(4)"

    Scenario: once documented, the information is secured through the chosen tool
      When the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
      And the employee documents the taxpayer's choice
      Then the information is secured through the Document Upload Tool (DUT)

    Scenario: a taxpayer who cannot or will not use any tool chooses postal mail, which is documented too
      When the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
      And the employee offers EEFax and the taxpayer cannot use it
      And the employee offers postal mail
      Then the employee documents the taxpayer's choice of postal mail next

    Scenario: help needed but not explained, and a choice not documented, are found in review
      When the taxpayer needs help using the digital tools
      And the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
      Then the work review finds that help was not explained
      And the work review finds that the choice was not documented
      And the reason cites "SBSE-05-0126-0020(4)"

  @SBSE-05-0126-0020(5)
  Rule: (5) employees use the digital tools available to them to review and respond

    Scenario: the employee reviews and responds with every digital tool available
      Given an employee requests information from the taxpayer under IRM 5.19.1.2(13) on 2026-03-02
      And the digital tools available are the Document Upload Tool (DUT), EEFax and TDC Secure Messaging
      Then the employee reviews and responds using the Document Upload Tool (DUT), EEFax and TDC Secure Messaging
      And the reason cites "SBSE-05-0126-0020(5)"

  @SBSE-05-0126-0020(6)
  Rule: (6) TDC Secure Messaging cases are marked Closed/Complete once handled, which marks them to be purged

    Background:
      Given a TDC Secure Messaging case

    Scenario Outline: responses <processed> been processed, <documented> been documented, attachments <handled> been handled
      Given the taxpayer responses <processed> been processed
      And the taxpayer responses <documented> been documented
      And all attachments <handled> been properly handled
      Then Case Status and IRS Case Status <are> to be marked Closed/Complete
      And the reason cites "SBSE-05-0126-0020(6)"

      Examples:
        | processed | documented | handled  | are         |
        | have      | have       | have     | are         |
        | have not  | have       | have     | are not yet |
        | have      | have not   | have     | are not yet |
        | have      | have       | have not | are not yet |

    Scenario: closing a handled case marks its messages and attachments to be purged
      Given the taxpayer responses have been processed
      And the taxpayer responses have been documented
      And all attachments have been properly handled
      When the employee marks Case Status and IRS Case Status Closed/Complete
      Then the messages and attachments are marked to be purged

    Scenario: a case whose attachments are not yet handled stays open and is not purged
      Given the taxpayer responses have been processed
      And the taxpayer responses have been documented
      When the employee marks Case Status and IRS Case Status Closed/Complete
      Then the case stays open and nothing is marked to be purged

    Scenario: a case fully handled but left open is a work-review finding: it is not long-term storage
      Given the taxpayer responses have been processed
      And the taxpayer responses have been documented
      And all attachments have been properly handled
      And the case is still open
      Then the work review of the case finds that the handled case was left open, a violation
      And the reason cites "SBSE-05-0126-0020(6)"

    Scenario: a handled case marked Closed/Complete meets the guidance
      Given the taxpayer responses have been processed
      And the taxpayer responses have been documented
      And all attachments have been properly handled
      When the employee marks Case Status and IRS Case Status Closed/Complete
      Then the work review of the case finds nothing to correct

  @SBSE-05-0126-0020(1)
  Rule: the interim guidance governs contacts from January 26, 2026 until it expires on January 26, 2028

    Scenario Outline: on <day> the interim guidance is <state>
      Given an employee requests information from the taxpayer under IRM 5.19.1.2(13) on <day>
      Then the interim guidance is "<state>" on the day of the contact
      And the reason cites "SBSE-05-0126-0020(1)"

      Examples:
        | day        | state             |
        | 2026-01-25 | not yet effective |
        | 2026-01-26 | in force          |
        | 2028-01-25 | in force          |
        | 2028-01-26 | expired           |

    Scenario: a contact the day before the effective date is not governed by the interim rule
      Given an employee requests information from the taxpayer under IRM 5.19.1.2(13) on 2026-01-25
      And the digital tools available are the Document Upload Tool (DUT)
      Then the interim rule does not apply to the contact yet
      And the digital-first rule does not decide whether postal mail may be offered

    Scenario: a contact on the effective date is governed by the interim rule
      Given an employee requests information from the taxpayer under IRM 5.19.1.2(13) on 2026-01-26
      And the digital tools available are the Document Upload Tool (DUT)
      Then the interim rule applies to the contact
      And the employee offers the Document Upload Tool (DUT) next

    Scenario: a contact the day before the expiration date is still governed by the interim rule
      Given an employee requests information from the taxpayer under IRM 5.19.1.2(13) on 2028-01-25
      And the digital tools available are the Document Upload Tool (DUT)
      Then the interim rule applies to the contact
      And postal mail may not be offered yet

    Scenario: a contact on the expiration date is told the interim guidance has expired
      Given an employee requests information from the taxpayer under IRM 5.19.1.2(13) on 2028-01-26
      And the digital tools available are the Document Upload Tool (DUT)
      Then the employee is told the interim guidance has expired
      And the digital-first rule does not decide whether postal mail may be offered
