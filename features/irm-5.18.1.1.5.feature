@IRM:5.18.1.1.5(2)
Feature: IRM 5.18.1.1.5 Program Controls
  "When requesting information, employees must offer, and encourage taxpayers and their
  representatives to use, available digital communication tools for customer assistance, including
  the Document Upload Tool (DUT) ..., prioritizing the taxpayers preferred digital communication
  method. It is not mandatory for taxpayers to communicate using digital tools, but they must be
  offered and declined before paper correspondence is used."

  Background:
    Given an employee requests information from the taxpayer under IRM 5.18.1.1.5(2) on 2026-03-02
    And the digital tools available are the Document Upload Tool (DUT) and TDC Secure Messaging

  Scenario: the paragraph names the DUT as a tool the employee must offer
    Then the tools IRM 5.18.1.1.5(2) names as "must offer" are the Document Upload Tool (DUT)

  Scenario: with no preference stated, the employee offers an available digital tool
    Then the next step is to offer one of the available digital tools
    And the reason for offering the digital tools cites "IRM 5.18.1.1.5(2)"

  Scenario: a preferred tool the paragraph does not name is still offered first
    Given the taxpayer prefers TDC Secure Messaging
    Then the employee offers TDC Secure Messaging next
    And the reason for prioritizing the preferred method cites "IRM 5.18.1.1.5(2)"

  Scenario: postal mail before the digital tools were offered and declined is too early
    When the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
    Then postal mail may not be offered yet
    And the reason for holding back postal mail cites "IRM 5.18.1.1.5(2)"

  Scenario Outline: the DUT answered "<dut>", TDC Secure Messaging "<messaging>": postal mail <verdict>
    When the employee offers the Document Upload Tool (DUT) and the taxpayer <dut>
    And the employee offers TDC Secure Messaging and the taxpayer <messaging>
    Then postal mail <verdict>
    And the reason cites "IRM 5.18.1.1.5(2)"

    Examples:
      | dut             | messaging       | verdict                |
      | cannot use it   | will not use it | may be offered         |
      | will not use it | will not use it | may be offered         |
      | cannot use it   | accepts it      | may not be offered yet |

  Scenario: a representative is offered the digital tools too
    Given the employee is speaking with the taxpayer's representative
    Then the employee offers the Document Upload Tool (DUT) next
    And postal mail may not be offered yet

  Scenario: a taxpayer who will not use any digital tool is not required to: postal mail may be offered

    When the employee offers each available digital tool and the taxpayer will not use any of them

    Then postal mail may be offered
    And the reason for not requiring digital tools cites "IRM 5.18.1.1.5(2)"

  Scenario: the employee reviews and responds with all the digital tools available
    Then the employee reviews and responds using the Document Upload Tool (DUT) and TDC Secure Messaging
    And the reason cites "IRM 5.18.1.1.5(2)"
