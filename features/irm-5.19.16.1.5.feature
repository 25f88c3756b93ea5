@IRM:5.19.16.1.5(2)
Feature: IRM 5.19.16.1.5 Program Controls
  "Employees must use all digital tools and systems available to review and respond to taxpayers
  ... When requesting information, employees must offer, and encourage taxpayers and their
  representatives to use, available digital communication tools for customer assistance, including
  the Document Upload Tool (DUT), ..., prioritizing the taxpayers preferred digital communication
  method." Paper only after they are offered and declined; postal mail only for taxpayers who
  cannot or will not use them. Tax returns follow current guidance where digital signatures are
  not acceptable.

  Background:
    Given an employee requests information from the taxpayer under IRM 5.19.16.1.5(2) on 2026-03-02
    And the digital tools available are the Document Upload Tool (DUT) and Live Assistance (Text Chat)

  Scenario: the paragraph names the DUT as a tool the employee must offer
    Then the tools IRM 5.19.16.1.5(2) names as "must offer" are the Document Upload Tool (DUT)

  Scenario: with no preference stated, the employee offers an available digital tool
    Then the next step is to offer one of the available digital tools
    And the reason for offering the digital tools cites "IRM 5.19.16.1.5(2)"

  Scenario: the preferred text chat is offered before the DUT
    Given the taxpayer prefers Live Assistance (Text Chat)
    Then the employee offers Live Assistance (Text Chat) next
    And the reason for prioritizing the preferred method cites "IRM 5.19.16.1.5(2)"

  Scenario: a taxpayer who cannot use the DUT and needs help with text chat has it explained
    When the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
    And the taxpayer needs help using Live Assistance (Text Chat)
    Then the employee explains how to use Live Assistance (Text Chat) next
    And postal mail may not be offered yet

  Scenario Outline: the DUT answered "<dut>", text chat "<chat>": postal mail <verdict>
    When the employee offers the Document Upload Tool (DUT) and <dut>
    And the employee offers Live Assistance (Text Chat) and <chat>
    Then postal mail <verdict>
    And the reason cites "IRM 5.19.16.1.5(2)"

    Examples:
      | dut                            | chat                         | verdict                |
      | the taxpayer will not use it   | the taxpayer cannot use it   | may be offered         |
      | it turns out to be unavailable | the taxpayer will not use it | may be offered         |
      | the taxpayer cannot use it     | the taxpayer accepts it      | may not be offered yet |

  Scenario: a representative is offered the digital tools too
    Given the employee is speaking with the taxpayer's representative
    Then the employee offers the Document Upload Tool (DUT) next
    And postal mail may not be offered yet

  Scenario: a taxpayer who will not use any digital tool is not required to: postal mail may be offered

    When the employee offers each available digital tool and the taxpayer will not use any of them

    Then postal mail may be offered
    And the reason for not requiring digital tools cites "IRM 5.19.16.1.5(2)"

  Scenario: a tax return follows current guidance where digital signatures are not acceptable
    Given an employee is securing a tax return from the taxpayer under IRM 5.19.16.1.5(2) on 2026-03-02
    And digital signatures are not acceptable for the return
    Then the employee encourages the taxpayer to file the return through authorized means
    And the reason for the tax return cites "IRM 5.19.16.1.5(2)"

  Scenario: the employee reviews and responds with every tool available
    Then the employee reviews and responds using the Document Upload Tool (DUT) and Live Assistance (Text Chat)
    And the reason cites "IRM 5.19.16.1.5(2)"
