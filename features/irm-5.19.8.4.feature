@IRM:5.19.8.4(4)
Feature: IRM 5.19.8.4 Collection Appeal Rights Program
  Employees must offer and encourage taxpayers and Powers of Attorney (POA) to use digital tools
  such as Eefax and the Document Upload Tool (DUT); paper correspondence is the last resort, only after all available digital
  communication options have been offered, declined, and exhausted.

  Background:
    Given a request for information worked under IRM 5.19.8.4(4)
    And the digital tools available are Eefax and the Document Upload Tool (DUT)

  Scenario: the digital tools are offered to the taxpayer
    Then the employee offers Eefax next
    And the decision cites IRM 5.19.8.4(4)

  Scenario: a Power of Attorney is offered the digital tools as the taxpayer would be
    Given the employee is speaking with the taxpayer's representative
    Then the employee offers Eefax next
    And postal mail may not be offered yet

  Scenario: paper before the digital tools is too early
    Then postal mail may not be offered yet
    And the reason is "digital_not_yet_offered"

  Scenario: it is not mandatory for taxpayers to communicate using digital tools
    Then the taxpayer is not required to use a digital tool

  Scenario: a POA who cannot use Eefax is offered the DUT before paper
    Given the employee is speaking with the taxpayer's representative
    When the employee offers Eefax and the taxpayer cannot use it
    Then the employee offers the Document Upload Tool (DUT) next

  Scenario: paper once Eefax and the DUT were offered, declined and exhausted
    When the employee offers Eefax and the taxpayer will not use it
    And the employee offers the Document Upload Tool (DUT) and it is exhausted
    Then postal mail may be offered
    And the decision cites IRM 5.19.8.4(4)
