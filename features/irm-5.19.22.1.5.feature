@IRM:5.19.22.1.5(2)
Feature: IRM 5.19.22.1.5 Program Controls
  "When requesting information, employees must offer, and encourage taxpayers and their
  representatives to use, available digital communication tools for customer assistance, including
  the Enterprise e-Fax system (EEFax) system and Document Upload Tool (DUT) ..., prioritizing the
  taxpayers preferred digital communication method." Paper only after they are offered and
  declined; postal mail only for taxpayers who cannot or will not use them. Tax returns follow
  current guidance where digital signatures are not acceptable.

  Background:
    Given an employee requests information from the taxpayer under IRM 5.19.22.1.5(2) on 2026-03-02
    And the digital tools available are EEFax and the Document Upload Tool (DUT)

  Scenario: the paragraph names EEFax and the DUT as tools the employee must offer
    Then the tools IRM 5.19.22.1.5(2) names as "must offer" are EEFax and the Document Upload Tool (DUT)

  Scenario: with no preference stated, the employee offers an available digital tool
    Then the next step is to offer one of the available digital tools
    And the reason for offering the digital tools cites "IRM 5.19.22.1.5(2)"

  Scenario: the preferred DUT is offered before EEFax
    Given the taxpayer prefers the Document Upload Tool (DUT)
    Then the employee offers the Document Upload Tool (DUT) next
    And the reason for prioritizing the preferred method cites "IRM 5.19.22.1.5(2)"

  Scenario: a preferred DUT the taxpayer cannot use gives way to EEFax, not paper
    Given the taxpayer prefers the Document Upload Tool (DUT)
    When the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
    Then the employee offers EEFax next
    And postal mail may not be offered yet
    And the reason for holding back postal mail cites "IRM 5.19.22.1.5(2)"

  Scenario Outline: EEFax answered "<eefax>", the DUT "<dut>": postal mail <verdict>
    When the employee offers EEFax and <eefax>
    And the employee offers the Document Upload Tool (DUT) and <dut>
    Then postal mail <verdict>
    And the reason cites "IRM 5.19.22.1.5(2)"

    Examples:
      | eefax                          | dut                          | verdict                |
      | the taxpayer will not use it   | the taxpayer cannot use it   | may be offered         |
      | it turns out to be unavailable | it is exhausted              | may be offered         |
      | the taxpayer cannot use it     | the taxpayer accepts it      | may not be offered yet |

  Scenario: a representative is offered EEFax and the DUT too
    Given the employee is speaking with the taxpayer's representative
    Then the employee offers EEFax next

  Scenario: a taxpayer who will not use any digital tool is not required to: postal mail may be offered

    When the employee offers each available digital tool and the taxpayer will not use any of them

    Then postal mail may be offered
    And the reason for not requiring digital tools cites "IRM 5.19.22.1.5(2)"

  Scenario: a tax return follows current guidance where digital signatures are not acceptable
    Given an employee is securing a tax return from the taxpayer under IRM 5.19.22.1.5(2) on 2026-03-02
    And digital signatures are not acceptable for the return
    Then the mandate gives way to current guidance for securing the return
    And the reason for the tax return cites "IRM 5.19.22.1.5(2)"
    And the digital-first rule does not decide whether postal mail may be offered

  Scenario: the employee reviews and responds with EEFax and the DUT
    Then the employee reviews and responds using EEFax and the Document Upload Tool (DUT)
    And the reason cites "IRM 5.19.22.1.5(2)"
