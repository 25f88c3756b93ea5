@IRM:1.4.20.20(1)
Feature: IRM 1.4.20.20 Employee Work Reviews
  Reminder: "Employees are required to offer the use of available digital communication tools to
  taxpayers or their representatives to secure necessary information or documents. Employees must
  use, offer, and encourage available digital tools for taxpayer assistance." A work review of a
  completed contact checks that they did. A departure from a "must" or "are required to" is a
  violation, from a "should" alone a deviation; where the cited paragraphs differ, the stronger
  word decides (a reading in the register).

  Background:
    Given an employee requests information from the taxpayer under IRM 5.19.1.2(13) on 2026-03-02
    And the digital tools available are the Document Upload Tool (DUT) and EEFax

  Scenario: a contact that offered and encouraged the digital tools before anything else meets the guidance
    When the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
    And the employee encourages the taxpayer to use the digital tools
    And the employee offers EEFax and the taxpayer accepts it
    And the employee documents the taxpayer's choice
    Then the work review finds nothing to correct
    And the reason cites "IRM 1.4.20.20(1)"

  Scenario: a contact that offered no digital tool is a violation
    When the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds that no digital tool was offered, a violation
    And the reason cites "IRM 1.4.20.20(1)"
    And the reason cites "SBSE-05-0126-0020(1)"

  Scenario: tools offered but not encouraged, where the paragraph says "must offer, and encourage", is a violation
    When the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
    And the employee documents the taxpayer's choice
    Then the work review finds that the tools were not encouraged, a violation
    And the reason cites "IRM 5.19.1.2(13)"

  Scenario Outline: postal mail offered after the DUT <dut> and EEFax <eefax>: the review <result>
    When the employee encourages the taxpayer to use the digital tools
    And the employee offers the Document Upload Tool (DUT) and <dut>
    And the employee offers EEFax and <eefax>
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review <result>

    Examples:
      | dut                          | eefax                          | result                                                                     |
      | the taxpayer will not use it | the taxpayer cannot use it     | finds nothing to correct                                                   |
      | it is exhausted              | it turns out to be unavailable | finds nothing to correct                                                   |
      | the taxpayer cannot use it   | the taxpayer accepts it        | finds that postal mail was offered after a tool was accepted, a deviation |

  Scenario: postal mail after one of two tools could not be used is a violation
    When the employee encourages the taxpayer to use the digital tools
    And the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds that postal mail was offered too early, a violation
    And the work review finds that no alternative digital tool was offered before paper, a violation

  Scenario: postal mail while an offered tool is still unanswered is a violation under a "must"
    When the employee encourages the taxpayer to use the digital tools
    And the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
    And the employee offers EEFax
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds that postal mail was offered before the tools were declined, a violation
    And the reason cites "IRM 5.19.1.2(13)"
    And the reason cites "SBSE-05-0126-0020(2)"

  Scenario: the same under IRM 5.19.8.4(4), which says "should be the last resort", is a deviation
    Given an employee requests information from the taxpayer under IRM 5.19.8.4(4) on 2026-03-02
    And the digital tools available are the Document Upload Tool (DUT) and EEFax
    When the employee encourages the taxpayer to use the digital tools
    And the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
    And the employee offers EEFax
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds that postal mail was offered before the tools were declined, a deviation

  Scenario: the preferred method not offered first is a violation
    Given the taxpayer prefers EEFax
    When the employee encourages the taxpayer to use the digital tools
    And the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
    And the employee documents the taxpayer's choice
    Then the work review finds that the preferred method was not offered first, a violation

  Scenario: a choice left undocumented is a violation
    When the employee encourages the taxpayer to use the digital tools
    And the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
    Then the work review finds that the choice was not documented, a violation

  Scenario: a representative's contact is reviewed the same way
    Given the employee is speaking with the taxpayer's representative
    When the employee encourages the taxpayer to use the digital tools
    And the employee offers the Document Upload Tool (DUT) and the representative will not use it
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds that postal mail was offered too early, a violation

  Scenario: a tool available but not appropriate for the request is not owed
    Given EEFax is available but not appropriate for this request
    When the employee encourages the taxpayer to use the digital tools
    And the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds nothing to correct

  Scenario: a contact before January 26, 2026 is not reviewed against the interim guidance
    Given the contact takes place on 2026-01-23
    When the employee offers postal mail
    Then the work review does not apply the interim guidance
    And the reason cites "SBSE-05-0126-0020(1)"
