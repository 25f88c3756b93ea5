@IRM:5.19.22.1.5(2)
Feature: IRM 5.19.22.1.5 Program Controls
  When requesting information, employees must offer, and encourage taxpayers and their
  representatives to use, the available digital tools, the taxpayer's preferred one first; digital
  tools must be offered and declined before paper correspondence is used.

  Background:
    Given a request for information worked under IRM 5.19.22.1.5(2)
    And the digital tools available are EEFax and the Document Upload Tool (DUT)

  Scenario: the employee offers the digital tools the paragraph names
    Then the employee offers EEFax next
    And the decision cites IRM 5.19.22.1.5(2)

  Scenario: the taxpayer's preferred digital method comes first
    Given the taxpayer prefers the Document Upload Tool (DUT)
    Then the employee offers the Document Upload Tool (DUT) next
    And the reason is "preferred_first"

  Scenario: postal mail before the digital tools were offered and declined is too early
    Then postal mail may not be offered yet
    And the decision cites IRM 5.19.22.1.5(2)

  Scenario: postal mail for a taxpayer who will not use the digital tools
    When the employee offers EEFax and the taxpayer will not use it
    When the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
    Then postal mail may be offered
    And the decision cites IRM 5.19.22.1.5(2)

  Scenario: a representative is offered the digital tools too
    Given the employee is speaking with the taxpayer's representative
    When the employee offers EEFax and the taxpayer cannot use it
    Then postal mail may not be offered yet

  Scenario: the taxpayer is not required to communicate digitally
    Then the taxpayer is not required to use a digital tool

  Scenario: a tax return is secured through authorized means
    Then a digital tool does not replace the authorized means of filing the tax return
    And the reason is "tax_return_note"
    And the decision cites IRM 5.19.22.1.5(2)
