Feature: IRM 5.18.2.1.5 Program Controls
  Employees must offer the Enterprise e-Fax system (EEFax) or the Document Upload Tool (DUT),
  prioritizing the taxpayer's preferred method, before paper correspondence; the DUT must be used
  wherever fax is referenced in IRM 5.18.2.

  @IRM:5.18.2.1.5(5)
  Rule: digital tools are offered and declined before paper correspondence

    Background:
      Given a request for information worked under IRM 5.18.2.1.5(5)
      And the digital tools available are EEFax and the Document Upload Tool (DUT)

    Scenario: EEFax or the DUT is offered when requesting information
      Then the employee offers EEFax next
      And the decision cites IRM 5.18.2.1.5(5)

    Scenario: the preferred DUT is offered before EEFax
      Given the taxpayer prefers the Document Upload Tool (DUT)
      Then the employee offers the Document Upload Tool (DUT) next

    Scenario: a taxpayer who cannot use EEFax is offered the DUT, not paper
      When the employee offers EEFax and the taxpayer cannot use it
      Then the employee offers the Document Upload Tool (DUT) next
      And postal mail may not be offered yet

    Scenario: postal mail only for a taxpayer who cannot or will not use either
      When the employee offers EEFax and the taxpayer cannot use it
      And the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
      Then postal mail may be offered
      And the decision cites IRM 5.18.2.1.5(5)

    Scenario: a tax return follows current guidance where digital signatures are not acceptable
      Then a digital tool does not replace the authorized means of filing the tax return
      And the reason is "tax_return_note"
