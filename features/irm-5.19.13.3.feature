@IRM:5.19.13.3(6)
Feature: IRM 5.19.13.3 Securing Financial Information
  When requesting information, employees must offer, and encourage taxpayers and their
  representatives to use, the available digital tools, the taxpayer's preferred one first; digital
  tools must be offered and declined before paper correspondence is used.

  Background:
    Given a request for information worked under IRM 5.19.13.3(6)
    And the digital tools available are the Document Upload Tool (DUT)

  Scenario: the employee offers the digital tools the paragraph names
    Then the employee offers the Document Upload Tool (DUT) next
    And the decision cites IRM 5.19.13.3(6)

  Scenario: the taxpayer's preferred digital method comes first
    Given the taxpayer prefers the Document Upload Tool (DUT)
    Then the employee offers the Document Upload Tool (DUT) next
    And the reason is "preferred_first"

  Scenario: postal mail before the digital tools were offered and declined is too early
    Then postal mail may not be offered yet
    And the decision cites IRM 5.19.13.3(6)

  Scenario: postal mail for a taxpayer who will not use the digital tools
    When the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
    Then postal mail may be offered
    And the decision cites IRM 5.19.13.3(6)

  Scenario: a representative is offered the digital tools too
    Given the employee is speaking with the taxpayer's representative
    When the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
    Then postal mail may be offered

  Scenario: the taxpayer is not required to communicate digitally
    Then the taxpayer is not required to use a digital tool
