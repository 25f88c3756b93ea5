@IRM:5.19.11.1.5(1)
Feature: IRM 5.19.11.1.5 Program Controls
  "When requesting information, employees must offer, and encourage taxpayers and their
  representatives to use, available digital communication tools for customer assistance, including
  the Document Upload Tool (DUT), WHC Self Help Portal, or live chatbot ..., prioritizing the
  taxpayers preferred digital communication method." Paper correspondence only after they are
  offered and declined; postal mail only for taxpayers who cannot or will not use them. Tax
  returns follow current guidance where digital signatures are not acceptable.

  Background:
    Given an employee requests information from the taxpayer under IRM 5.19.11.1.5(1) on 2026-03-02
    And the digital tools available are the Document Upload Tool (DUT), WHC Self Help Portal and live chatbot

  Scenario: the paragraph names three tools the employee must offer
    Then the tools IRM 5.19.11.1.5(1) names as "must offer" are the Document Upload Tool (DUT), WHC Self Help Portal or live chatbot

  Scenario: with no preference stated, the employee offers an available digital tool
    Then the next step is to offer one of the available digital tools
    And the reason for offering the digital tools cites "IRM 5.19.11.1.5(1)"

  Scenario: the preferred live chatbot is offered first
    Given the taxpayer prefers live chatbot
    Then the employee offers live chatbot next
    And the reason for prioritizing the preferred method cites "IRM 5.19.11.1.5(1)"

  Scenario: a taxpayer who cannot use the DUT is offered the WHC Self Help Portal
    When the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
    Then the employee offers WHC Self Help Portal next
    And postal mail may not be offered yet

  Scenario: a taxpayer who cannot use the DUT or the portal is still offered the chatbot before paper
    When the employee offers the Document Upload Tool (DUT) and the taxpayer cannot use it
    And the employee offers WHC Self Help Portal and the taxpayer cannot use it
    Then the employee offers live chatbot next
    And postal mail may not be offered yet
    And the reason for holding back postal mail cites "IRM 5.19.11.1.5(1)"

  Scenario Outline: the live chatbot answered "<chatbot>" after the others were declined: postal mail <verdict>
    When the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
    And the employee offers WHC Self Help Portal and it is exhausted
    And the employee offers live chatbot and <chatbot>
    Then postal mail <verdict>
    And the reason cites "IRM 5.19.11.1.5(1)"

    Examples:
      | chatbot                        | verdict                |
      | the taxpayer will not use it   | may be offered         |
      | it turns out to be unavailable | may be offered         |
      | the taxpayer accepts it        | may not be offered yet |

  Scenario: a representative is offered the digital tools too
    Given the employee is speaking with the taxpayer's representative
    Then the employee offers the Document Upload Tool (DUT) next

  Scenario: a taxpayer who will not use any digital tool is not required to: postal mail may be offered

    When the employee offers each available digital tool and the taxpayer will not use any of them

    Then postal mail may be offered
    And the reason for not requiring digital tools cites "IRM 5.19.11.1.5(1)"

  Scenario: a tax return follows current guidance where digital signatures are not acceptable
    Given an employee is securing a tax return from the taxpayer under IRM 5.19.11.1.5(1) on 2026-03-02
    And digital signatures are not acceptable for the return
    Then the mandate gives way to current guidance for securing the return
    And the reason for the tax return cites "IRM 5.19.11.1.5(1)"

  Scenario: the employee reviews and responds with every tool available
    Then the employee reviews and responds using the Document Upload Tool (DUT), WHC Self Help Portal and live chatbot
    And the reason cites "IRM 5.19.11.1.5(1)"
