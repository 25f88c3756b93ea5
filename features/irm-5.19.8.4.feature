@IRM:5.19.8.4(4)
Feature: IRM 5.19.8.4 Collection Appeal Rights Program
  "Employees must offer and encourage taxpayers and Powers of Attorney (POA) use digital tools such
  as Eefax and the Document Upload Tool (DUT). It is not mandatory for taxpayers to communicate
  using digital tools; however, paper correspondence should be the last resort option, only after
  all available digital communication options have been offered, declined, and exhausted."
  Postal mail only for taxpayers who cannot or will not use them. The hearing paragraphs of IRM
  5.19.8.4 refer to this one "for further guidance".

  Background:
    Given an employee requests information from the taxpayer under IRM 5.19.8.4(4) on 2026-03-02
    And the digital tools available are Eefax and the Document Upload Tool (DUT)

  Scenario: the paragraph names Eefax and the DUT as tools the employee must offer
    Then the tools IRM 5.19.8.4(4) names as "must offer" are Eefax and the Document Upload Tool (DUT)

  Scenario: the digital tools are offered to the taxpayer
    Then the employee offers Eefax next
    And the reason for offering the digital tools cites "IRM 5.19.8.4(4)"

  Scenario: a Power of Attorney is offered the digital tools as the taxpayer would be
    Given the employee is speaking with the taxpayer's Power of Attorney (POA)
    Then the employee offers Eefax next
    And the reason cites "IRM 5.19.8.4(4)"
    And postal mail may not be offered yet

  Scenario: a POA who cannot use Eefax is offered the DUT before paper
    Given the employee is speaking with the taxpayer's Power of Attorney (POA)
    When the employee offers Eefax and the representative cannot use it
    Then the employee offers the Document Upload Tool (DUT) next

  Scenario: paper before the digital tools is too early
    Then postal mail may not be offered yet
    And the reason for holding back postal mail cites "IRM 5.19.8.4(4)"

  Scenario Outline: Eefax answered "<eefax>", the DUT "<dut>": postal mail <verdict>
    When the employee offers Eefax and <eefax>
    And the employee offers the Document Upload Tool (DUT) and <dut>
    Then postal mail <verdict>
    And the reason cites "IRM 5.19.8.4(4)"

    Examples:
      | eefax                        | dut                            | verdict                |
      | the taxpayer will not use it | it is exhausted                | may be offered         |
      | the taxpayer cannot use it   | it turns out to be unavailable | may be offered         |
      | it is exhausted              | the taxpayer accepts it        | may not be offered yet |

  Scenario: it is not mandatory for taxpayers to communicate using digital tools
    When the employee offers each available digital tool and the taxpayer will not use any of them
    Then postal mail may be offered
    And the reason for not requiring digital tools cites "IRM 5.19.8.4(4)"

  Scenario: a preferred DUT comes first on the strength of the Procedural Change alone
    Given the taxpayer prefers the Document Upload Tool (DUT)
    Then the employee offers the Document Upload Tool (DUT) next
    And the reason for prioritizing the preferred method cites only "SBSE-05-0126-0020(4)"

  Scenario: a hearing paragraph that refers here for further guidance follows this paragraph on paper
    Given an employee requests information from the taxpayer under IRM 5.19.8.4.7.5(7) on 2026-03-02
    And the digital tools available are EEFax and the Document Upload Tool (DUT)
    When the employee offers EEFax and the taxpayer will not use it
    Then postal mail may not be offered yet
    And the reason for holding back postal mail cites "IRM 5.19.8.4(4)"
