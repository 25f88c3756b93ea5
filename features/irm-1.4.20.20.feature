@IRM:1.4.20.20(1)
Feature: IRM 1.4.20.20 Employee Work Reviews
  Reminder: employees are required to offer the use of available digital communication tools to
  taxpayers or their representatives; a work review checks that they did.

  Background:
    Given a request for information worked under IRM 5.19.1.2(13)
    And the digital tools available are the Document Upload Tool (DUT) and EEFax

  Scenario: a contact that offered the digital tools first meets the guidance
    When the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
    And the employee offers EEFax and the taxpayer accepts it
    And the employee documents the taxpayer's choice
    Then the work review finds nothing to correct

  Scenario: offering postal mail before the digital tools is found in review
    When the employee offers postal mail
    Then the work review finds "postal_mail_too_early"
    And the decision cites IRM 1.4.20.20(1)

  Scenario: postal mail after only one of two tools was declined is still too early
    When the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
    And the employee offers postal mail
    Then the work review finds "postal_mail_too_early"

  Scenario: postal mail after every digital tool was declined is not a finding
    When the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
    And the employee offers EEFax and the taxpayer cannot use it
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds nothing to correct

  Scenario: the preferred method not offered first is found in review
    Given the taxpayer prefers EEFax
    When the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
    And the employee documents the taxpayer's choice
    Then the work review finds "preferred_not_first"

  Scenario: a contact that never offered a digital tool is found in review
    When the employee documents the taxpayer's choice
    Then the work review finds "no_digital_offered"
    And the decision cites IRM 1.4.20.20(1)
