@IRM:25.12.1.1.5(5)
Feature: IRM 25.12.1.1.5 Program Controls
  "When requesting information, employees must offer, and encourage taxpayers and their
  representatives to use, available digital communication tools for customer assistance, including
  the Document Upload Tool (DUT), ..., prioritizing the taxpayers preferred digital communication
  method. It is not mandatory for taxpayers to communicate using digital tools, but they must be
  offered and declined before paper correspondence is used. Postal mail as a response option should
  only be offered to taxpayers who cannot or will not use digital communication tools."

  Background:
    Given an employee requests information from the taxpayer under IRM 25.12.1.1.5(5) on 2026-03-02
    And the digital tools available are the Document Upload Tool (DUT) and EEFax

  Scenario: the paragraph names the DUT as a tool the employee must offer
    Then the tools IRM 25.12.1.1.5(5) names as "must offer" are the Document Upload Tool (DUT)

  Scenario: with no preference stated, the employee offers an available digital tool
    Then the next step is to offer one of the available digital tools
    And the reason for offering the digital tools cites "IRM 25.12.1.1.5(5)"

  Scenario: the preferred EEFax is offered before the DUT
    Given the taxpayer prefers EEFax
    Then the employee offers EEFax next
    And the reason for prioritizing the preferred method cites "IRM 25.12.1.1.5(5)"

  Scenario: postal mail before the digital tools were offered and declined is too early
    When the employee offers postal mail
    Then postal mail may not be offered yet
    And the reason for holding back postal mail cites "IRM 25.12.1.1.5(5)"
    And the employee offers the Document Upload Tool (DUT) next

  Scenario Outline: the DUT answered "<dut>", EEFax "<eefax>": postal mail <verdict>
    When the employee offers the Document Upload Tool (DUT) and <dut>
    And the employee offers EEFax and <eefax>
    Then postal mail <verdict>
    And the reason cites "IRM 25.12.1.1.5(5)"

    Examples:
      | dut                          | eefax                        | verdict                |
      | the taxpayer cannot use it   | the taxpayer will not use it | may be offered         |
      | the taxpayer will not use it | the taxpayer will not use it | may be offered         |
      | it is exhausted              | the taxpayer accepts it      | may not be offered yet |

  Scenario: a representative is offered the digital tools too
    Given the employee is speaking with the taxpayer's representative
    Then the employee offers the Document Upload Tool (DUT) next
    And the reason cites "IRM 25.12.1.1.5(5)"

  Scenario: a taxpayer who will not use any digital tool is not required to: postal mail may be offered

    When the employee offers each available digital tool and the taxpayer will not use any of them

    Then postal mail may be offered
    And the reason for not requiring digital tools cites "IRM 25.12.1.1.5(5)"

  Scenario: the employee reviews and responds with the DUT and EEFax
    Then the employee reviews and responds using the Document Upload Tool (DUT) and EEFax
    And the reason cites "IRM 25.12.1.1.5(5)"
