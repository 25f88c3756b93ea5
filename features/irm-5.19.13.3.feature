@IRM:5.19.13.3(6)
Feature: IRM 5.19.13.3 Securing Financial Information
  Reminder: "When requesting information, employees must offer, and encourage taxpayers and their
  representatives to use, available digital communication tools for customer assistance, including
  the Document Upload Tool (DUT), ..., prioritizing the taxpayers preferred digital communication
  method. It is not mandatory for taxpayers to communicate using digital tools, but they must be
  offered and declined before paper correspondence is used."

  Background:
    Given an employee requests information from the taxpayer under IRM 5.19.13.3(6) on 2026-03-02
    And the digital tools available are the Document Upload Tool (DUT) and Enterprise e-Fax system (EEFax)

  Scenario: the paragraph names the DUT as a tool the employee must offer
    Then the tools IRM 5.19.13.3(6) names as "must offer" are the Document Upload Tool (DUT)

  Scenario: with no preference stated, the employee offers an available digital tool
    Then the next step is to offer one of the available digital tools
    And the reason for offering the digital tools cites "IRM 5.19.13.3(6)"

  Scenario: a preferred tool that is not available gives way to an available one
    Given the taxpayer prefers TDC Secure Messaging
    Then the next step is to offer one of the available digital tools
    And the reason cites "IRM 5.19.13.3(6)"

  Scenario: financial information asked for on paper before any offer is too early
    Then postal mail may not be offered yet
    And the reason for holding back postal mail cites "IRM 5.19.13.3(6)"

  Scenario Outline: the DUT answered "<dut>", EEFax "<eefax>": postal mail <verdict>
    When the employee offers the Document Upload Tool (DUT) and <dut>
    And the employee offers EEFax and <eefax>
    Then postal mail <verdict>
    And the reason cites "IRM 5.19.13.3(6)"

    Examples:
      | dut                          | eefax                        | verdict                |
      | the taxpayer cannot use it   | the taxpayer cannot use it   | may be offered         |
      | the taxpayer will not use it | it is exhausted              | may be offered         |
      | the taxpayer accepts it      | the taxpayer will not use it | may not be offered yet |

  Scenario: with no digital tool available, postal mail may be offered
    Given no digital tool is available
    Then postal mail may be offered

  Scenario: a representative's choice of the DUT is documented
    Given the employee is speaking with the taxpayer's representative
    When the employee offers the Document Upload Tool (DUT) and the representative accepts it
    Then the employee documents the taxpayer's choice of the Document Upload Tool (DUT) next

  Scenario: a taxpayer who will not use any digital tool is not required to: postal mail may be offered

    When the employee offers each available digital tool and the taxpayer will not use any of them

    Then postal mail may be offered
    And the reason for not requiring digital tools cites "IRM 5.19.13.3(6)"
