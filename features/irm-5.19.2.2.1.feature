@IRM:5.19.2.2.1(1)
Feature: IRM 5.19.2.2.1 Return Delinquency Overview
  Reminder: "Employees are required to offer and encourage the use of digital communication tools
  to taxpayers and their representatives ... Available Digital Tools include, but are not limited
  to, Eefax, DUT, DIM, Interactive Tax Assistant (ITA), IRS Online Accounts, Voice bots and DMAF
  Mobile-friendly forms." Paper correspondence is the last resort, after all available digital
  options have been offered, declined, and exhausted. Tax returns are filed through authorized
  means only.

  Background:
    Given an employee requests information from the taxpayer under IRM 5.19.2.2.1(1) on 2026-03-02
    And the digital tools available are Eefax, DUT, DIM, Interactive Tax Assistant (ITA), IRS Online Accounts, Voice bots and DMAF Mobile-friendly forms

  Scenario: the paragraph names seven digital tools employees are required to offer and encourage
    Then the tools IRM 5.19.2.2.1(1) names as "must offer" are Eefax, DUT, DIM, ITA, IRS Online Accounts, Voice bots and DMAF

  Scenario: with no preference stated, the employee offers an available digital tool
    Then the next step is to offer one of the available digital tools
    And the reason for offering the digital tools cites "IRM 5.19.2.2.1(1)"

  Scenario: a preferred IRS Online Account is offered first, on the strength of the Procedural Change alone
    Given the taxpayer prefers IRS Online Accounts
    Then the employee offers IRS Online Accounts next
    And the reason for prioritizing the preferred method cites only "SBSE-05-0126-0020(4)"

  Scenario: paper is not offered while one of the seven tools remains
    When the employee offers Eefax and the taxpayer cannot use it
    And the employee offers DUT and the taxpayer cannot use it
    And the employee offers DIM and the taxpayer will not use it
    And the employee offers ITA and the taxpayer will not use it
    And the employee offers IRS Online Accounts and the taxpayer cannot use it
    And the employee offers Voice bots and it is exhausted
    Then postal mail may not be offered yet
    And the reason for holding back postal mail cites "IRM 5.19.2.2.1(1)"
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
    And the reason for allowing postal mail cites "IRM 5.19.2.2.1(1)"

  Scenario Outline: with only <tool> available, a taxpayer who <answer>: postal mail <verdict>
    Given the digital tools available are <tool>
    When the employee offers <tool> and the taxpayer <answer>
    Then postal mail <verdict>

    Examples:
      | tool                            | answer          | verdict                |
      | DIM                             | cannot use it   | may be offered         |
      | Interactive Tax Assistant (ITA) | will not use it | may be offered         |
      | Voice bots                      | accepts it      | may not be offered yet |

  Scenario: a representative is offered the digital tools too
    Given the employee is speaking with the taxpayer's representative
    Then the employee offers Eefax next
    And the reason cites "IRM 5.19.2.2.1(1)"

  Scenario: a taxpayer who will not use any digital tool is not required to: postal mail may be offered

    When the employee offers each available digital tool and the taxpayer will not use any of them

    Then postal mail may be offered
    And the reason for not requiring digital tools cites "IRM 5.19.2.2.1(1)"

  Scenario: a delinquent return is filed through authorized means only
    Given an employee is securing a tax return from the taxpayer under IRM 5.19.2.2.1(1) on 2026-03-02
    And digital signatures are not acceptable for the return
    Then the mandate gives way to current guidance for securing the return
    And the reason for the tax return cites "IRM 5.19.2.2.1(1)"
    And the employee encourages the taxpayer to file the return through authorized means
