@IRM:5.19.22.2.4(8)
Feature: IRM 5.19.22.2.4 BMF Correspondence Overview
  "Employees must use all digital tools and systems available to review and respond to taxpayers
  ... Employees must offer and encourage taxpayers and Powers of Attorney (POA) use digital tools
  such as the Document Upload Tool (DUT) to submit documentation. It is not mandatory for taxpayers
  to communicate using digital tools; however, paper correspondence should be the last resort
  option, only after all available digital communication options have been offered, declined, and
  exhausted."

  Background:
    Given an employee requests information from the taxpayer under IRM 5.19.22.2.4(8) on 2026-03-02
    And the digital tools available are the Document Upload Tool (DUT) and TDC Secure Messaging

  Scenario: the paragraph names the DUT as a tool the employee must offer
    Then the tools IRM 5.19.22.2.4(8) names as "must offer" are the Document Upload Tool (DUT)

  Scenario: the DUT is offered to the taxpayer
    Then the employee offers the Document Upload Tool (DUT) next
    And the reason for offering the digital tools cites "IRM 5.19.22.2.4(8)"

  Scenario: a Power of Attorney who will not use the DUT is offered secure messaging before paper
    Given the employee is speaking with the taxpayer's Power of Attorney (POA)
    When the employee offers the Document Upload Tool (DUT) and the representative will not use it
    Then the employee offers TDC Secure Messaging next
    And postal mail may not be offered yet
    And the reason for holding back postal mail cites "IRM 5.19.22.2.4(8)"

  Scenario Outline: the DUT answered "<dut>", secure messaging "<messaging>": postal mail <verdict>
    When the employee offers the Document Upload Tool (DUT) and <dut>
    And the employee offers TDC Secure Messaging and <messaging>
    Then postal mail <verdict>

    Examples:
      | dut                            | messaging                    | verdict                |
      | the taxpayer cannot use it     | the taxpayer will not use it | may be offered         |
      | it turns out to be unavailable | it is exhausted              | may be offered         |
      | the taxpayer will not use it   | the taxpayer accepts it      | may not be offered yet |

  Scenario: it is not mandatory for taxpayers to communicate using digital tools
    When the employee offers each available digital tool and the taxpayer will not use any of them
    Then postal mail may be offered
    And the reason for not requiring digital tools cites "IRM 5.19.22.2.4(8)"

  Scenario: the employee reviews and responds with every tool available
    Then the employee reviews and responds using the Document Upload Tool (DUT) and TDC Secure Messaging
    And the reason cites "IRM 5.19.22.2.4(8)"
