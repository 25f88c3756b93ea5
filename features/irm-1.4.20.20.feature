@IRM:1.4.20.20(1)
Feature: IRM 1.4.20.20 Employee Work Reviews
  Reminder: "Employees are required to offer the use of available digital communication tools to
  taxpayers or their representatives to secure necessary information or documents. Employees must
  use, offer, and encourage available digital tools for taxpayer assistance." A work review of a
  completed contact checks that they did.

  Background:
    Given an employee requests information from the taxpayer under IRM 5.19.1.2(13) on 2026-03-02
    And the digital tools available are the Document Upload Tool (DUT) and EEFax

  Scenario: a contact that offered the digital tools before anything else meets the guidance
    When the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
    And the employee offers EEFax and the taxpayer accepts it
    And the employee documents the taxpayer's choice
    Then the work review finds nothing to correct
    And the reason cites "IRM 1.4.20.20(1)"

  Scenario: a contact that offered no digital tool is found in review
    When the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds that no digital tool was offered
    And the reason cites "IRM 1.4.20.20(1)"
    And the reason cites "SBSE-05-0126-0020(1)"

  Scenario Outline: postal mail offered after the DUT <dut> and EEFax <eefax>: the review <result>
    When the employee offers the Document Upload Tool (DUT) and <dut>
    And the employee offers EEFax and <eefax>
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review <result>

    Examples:
      | dut                          | eefax                          | result                                       |
      | the taxpayer will not use it | the taxpayer cannot use it     | finds nothing to correct                     |
      | it is exhausted              | it turns out to be unavailable | finds nothing to correct                     |
      | the taxpayer cannot use it   | the taxpayer accepts it        | finds that postal mail was offered too early |

  Scenario: postal mail after one of two tools could not be used is found in review
    When the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds that postal mail was offered too early
    And the work review finds that no alternative digital tool was offered before paper

  Scenario: the preferred method not offered first is found in review
    Given the taxpayer prefers EEFax
    When the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
    And the employee documents the taxpayer's choice
    Then the work review finds that the preferred method was not offered first

  Scenario: a choice left undocumented is found in review
    When the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
    Then the work review finds that the choice was not documented

  Scenario: a representative's contact is reviewed the same way
    Given the employee is speaking with the taxpayer's representative
    When the employee offers the Document Upload Tool (DUT) and the representative will not use it
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds that postal mail was offered too early

  Scenario: a contact before January 26, 2026 is not reviewed against the interim guidance
    Given the contact takes place on 2026-01-23
    When the employee offers postal mail
    Then the work review does not apply the interim guidance
    And the reason cites "SBSE-05-0126-0020(1)"
