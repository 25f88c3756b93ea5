Feature: IRM 5.19.1.2 Balance Due Overview
  When requesting information, employees must offer EEFax and the Document Upload Tool (DUT),
  prioritizing the taxpayer's preferred method; the DUT is also acceptable wherever EEFax is.

  @IRM:5.19.1.2(13)
  Rule: EEFax and the DUT are offered and declined before paper correspondence

    Background:
      Given a request for information worked under IRM 5.19.1.2(13)
      And the digital tools available are EEFax and the Document Upload Tool (DUT)

    Scenario: EEFax and the DUT are offered when requesting information
      Then the employee offers EEFax next
      And the decision cites IRM 5.19.1.2(13)

    Scenario: a taxpayer who will not use EEFax is offered the DUT before paper
      When the employee offers EEFax and the taxpayer will not use it
      Then the employee offers the Document Upload Tool (DUT) next
      And postal mail may not be offered yet
      And the decision cites IRM 5.19.1.2(13)

    Scenario: a taxpayer who accepts the DUT is not offered paper
      When the employee offers EEFax and the taxpayer cannot use it
      And the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
      Then postal mail may not be offered yet
      And the reason is "digital_tool_accepted"

    Scenario: postal mail once both were offered and declined
      When the employee offers EEFax and the taxpayer cannot use it
      And the employee offers the Document Upload Tool (DUT) and it is exhausted
      Then postal mail may be offered
