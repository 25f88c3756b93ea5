@IRM:5.19.16.8(4)
Feature: IRM 5.19.16.8 Document Upload Tool (DUT) and Digital Inventory Management (DIM) Receipts
  Employees must offer and encourage taxpayers and Powers of Attorney (POA) to use digital tools
  such as the Document Upload Tool (DUT); paper correspondence is the last resort, only after all available digital
  communication options have been offered, declined, and exhausted.

  Background:
    Given a request for information worked under IRM 5.19.16.8(4)
    And the digital tools available are the Document Upload Tool (DUT)

  Scenario: the digital tools are offered to the taxpayer
    Then the employee offers the Document Upload Tool (DUT) next
    And the decision cites IRM 5.19.16.8(4)

  Scenario: a Power of Attorney is offered the digital tools as the taxpayer would be
    Given the employee is speaking with the taxpayer's representative
    Then the employee offers the Document Upload Tool (DUT) next
    And postal mail may not be offered yet

  Scenario: paper before the digital tools is too early
    Then postal mail may not be offered yet
    And the reason is "digital_not_yet_offered"

  Scenario: it is not mandatory for taxpayers to communicate using digital tools
    Then the taxpayer is not required to use a digital tool

  Scenario: paper once the DUT was offered and declined
    When the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
    Then postal mail may be offered
