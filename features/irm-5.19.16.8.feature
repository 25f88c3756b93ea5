@IRM:5.19.16.8(4)
Feature: IRM 5.19.16.8 Document Upload Tool (DUT) and Digital Inventory Management (DIM) Receipts
  Note: "Employees must offer and encourage taxpayers and Powers of Attorney (POA) use digital
  tools such as the Document Upload Tool (DUT) to submit documentation. It is not mandatory for
  taxpayers to communicate using digital tools; however, paper correspondence should be the last
  resort option, only after all available digital communication options have been offered,
  declined, and exhausted."

  Background:
    Given an employee requests information from the taxpayer under IRM 5.19.16.8(4) on 2026-03-02
    And the digital tools available are the Document Upload Tool (DUT) and EEFax

  Scenario: the paragraph names the DUT as a tool the employee must offer
    Then the tools IRM 5.19.16.8(4) names as "must offer" are the Document Upload Tool (DUT)

  Scenario: the digital tools are offered to the taxpayer
    Then the employee offers the Document Upload Tool (DUT) next
    And the reason for offering the digital tools cites "IRM 5.19.16.8(4)"

  Scenario: a Power of Attorney is offered the digital tools as the taxpayer would be
    Given the employee is speaking with the taxpayer's Power of Attorney (POA)
    Then the employee offers the Document Upload Tool (DUT) next
    And the reason cites "IRM 5.19.16.8(4)"

  Scenario: paper while a digital option remains is too early
    When the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
    Then postal mail may not be offered yet
    And the reason for holding back postal mail cites "IRM 5.19.16.8(4)"

  Scenario Outline: the DUT answered "<dut>", EEFax "<eefax>": postal mail <verdict>
    When the employee offers the Document Upload Tool (DUT) and <dut>
    And the employee offers EEFax and <eefax>
    Then postal mail <verdict>

    Examples:
      | dut                          | eefax                          | verdict                |
      | the taxpayer will not use it | the taxpayer cannot use it     | may be offered         |
      | it is exhausted              | it turns out to be unavailable | may be offered         |
      | the taxpayer cannot use it   | the taxpayer accepts it        | may not be offered yet |

  Scenario: it is not mandatory for taxpayers to communicate using digital tools
    When the employee offers each available digital tool and the taxpayer will not use any of them
    Then postal mail may be offered
    And the reason for not requiring digital tools cites "IRM 5.19.16.8(4)"

  Scenario: the preferred method comes first on the strength of the Procedural Change alone
    Given the taxpayer prefers EEFax
    Then the employee offers EEFax next
    And the reason for prioritizing the preferred method cites only "SBSE-05-0126-0020(4)"
