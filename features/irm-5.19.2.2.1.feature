@IRM:5.19.2.2.1(1)
Feature: IRM 5.19.2.2.1 Return Delinquency Overview
  Employees are required to offer and encourage digital communication tools: Eefax, DUT, DIM,
  Interactive Tax Assistant (ITA), IRS Online Accounts, Voice bots and DMAF Mobile-friendly forms;
  paper correspondence is the last resort. Tax returns are filed through authorized means only.

  Background:
    Given a request for information worked under IRM 5.19.2.2.1(1)
    And the digital tools available are Eefax, DUT, DIM, Interactive Tax Assistant (ITA), IRS Online Accounts, Voice bots and DMAF Mobile-friendly forms

  Scenario: Eefax is offered first when the taxpayer has no preference
    Then the employee offers Eefax next
    And the decision cites IRM 5.19.2.2.1(1)

  Scenario: a preferred IRS Online Account is offered first
    Given the taxpayer prefers IRS Online Accounts
    Then the employee offers IRS Online Accounts next

  Scenario: paper is the last resort, after all seven digital tools
    When the employee offers Eefax and the taxpayer cannot use it
    And the employee offers DUT and the taxpayer cannot use it
    And the employee offers DIM and the taxpayer will not use it
    And the employee offers ITA and the taxpayer will not use it
    And the employee offers IRS Online Accounts and the taxpayer cannot use it
    And the employee offers Voice bots and it is exhausted
    Then postal mail may not be offered yet
    And the employee offers DMAF Mobile-friendly forms next

  Scenario: every tool offered, declined and exhausted: paper may be offered
    When the employee offers Eefax and the taxpayer cannot use it
    And the employee offers DUT and the taxpayer cannot use it
    And the employee offers DIM and the taxpayer will not use it
    And the employee offers ITA and the taxpayer will not use it
    And the employee offers IRS Online Accounts and the taxpayer cannot use it
    And the employee offers Voice bots and it is exhausted
    And the employee offers DMAF Mobile-friendly forms and the taxpayer will not use it
    Then postal mail may be offered

  Scenario: a delinquent return is filed through authorized means only
    Then a digital tool does not replace the authorized means of filing the tax return
    And the decision cites IRM 5.19.2.2.1(1)
