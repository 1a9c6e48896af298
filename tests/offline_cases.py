"""Problem descriptions of our own for the offline provider, with the facts a reader would extract."""

CASES = [
    dict(id="support-escalation", text=open("examples/support-escalation-notes.txt", encoding="utf-8").read(),
         role="tier-1 support agent", headcount=12, consumer="finance", numbers=["40%"], kind="upskilling", impact="customer"),
    dict(id="warehouse-wms", text=open("examples/warehouse-picking-errors.txt", encoding="utf-8").read(),
         role="picker", headcount=30, numbers=["3 in 100"], kind="upskilling", triggers=["new_system"], impact="cost"),
    dict(id="claims-onboarding", text=open("examples/new-hire-onboarding.txt", encoding="utf-8").read(),
         role="claims handler", headcount=6, kind="onboarding", triggers=["new_hire"]),
    dict(id="warehouse-reskill", text=open("examples/reskilling-analysts.txt", encoding="utf-8").read(),
         role="warehouse associate", headcount=15, kind="reskilling", triggers=["redundancy"], consumer="site manager"),
    dict(id="thin", text="communication is bad in my team", role=None, kind="upskilling", thin=True),
    dict(id="nurses-handover",
         text="The 8 night nurses on ward 4 write handover notes that the day nurses rely on. Twice last month a "
              "medication change was missed at handover, and the ward audit found 1 in 5 handovers without the pending actions.",
         role="night nurse", headcount=8, consumer="day nurse", numbers=["1 in 5"], kind="upskilling", impact="compliance"),
    dict(id="sales-crm",
         text="We rolled out Salesforce in March. Our 9 account executives still log calls days later or not at all, so "
              "sales managers can't forecast: only about half of opportunities have a next step recorded.",
         role="account executive", headcount=9, consumer="sales manager", kind="upskilling", triggers=["new_system"]),
    dict(id="finance-recon",
         text="Our accounts payable clerks reconcile supplier invoices against purchase orders. About 15% of invoices "
              "get posted with the wrong cost centre, and the controller spends two days every month-end fixing them.",
         role="accounts payable clerk", numbers=["15%"], kind="upskilling", consumer="controller"),
    dict(id="eng-prs",
         text="our backend developers open huge pull requests with no description, reviewers take 3 days on average "
              "to approve, and 2 of the last 10 releases were rolled back.",
         role="backend developer", numbers=["3 days", "2 of the last 10"], kind="upskilling"),
    dict(id="retail-returns",
         text="We changed the returns policy last month. The 20 sales associates at our Leeds store keep refunding items "
              "outside the 30-day window, roughly 1 in 10 refunds breaks the new rules.",
         role="sales associate", headcount=20, kind="upskilling", triggers=["process_change"], numbers=["1 in 10"]),
    dict(id="public-permits",
         text="The permit caseworkers in our council's planning office take around six weeks to decide simple "
              "applications; the target is four weeks. Applicants complain they never hear what is missing.",
         role="permit caseworker", kind="upskilling", impact="customer"),
    dict(id="manufacturing-changeover",
         text="Line operators on the night shift skip steps of the changeover checklist. Scrap after changeovers is "
              "about 4% of output versus 1% on days, costing roughly $5,000 a week.",
         role="line operator", numbers=["4%", "$5,000"], kind="upskilling", impact="cost"),
    dict(id="logistics-drivers",
         text="a dozen new delivery drivers join next month; our current drivers take about two weeks before they can "
              "run a route alone and dispatchers get lots of calls from lost drivers.",
         role="delivery driver", headcount=12, kind="onboarding", triggers=["new_hire"]),
    dict(id="promotion-leads",
         text="We promoted 5 senior agents to team leads in the contact centre. Their 1:1s with agents are unstructured "
              "and attrition in their teams went up from 20% to 30% this year.",
         role="team lead", headcount=5, kind="upskilling", triggers=["promotion"], numbers=["20%", "30%"]),
    dict(id="healthcare-pharmacy",
         text="Pharmacy technicians at our two clinics dispense refills before the pharmacist has checked them in about "
              "3% of cases, which the last inspection flagged as a compliance finding.",
         role="pharmacy technician", numbers=["3%"], kind="upskilling", impact="compliance"),
    dict(id="german", text="Unsere Servicemitarbeiter schreiben unklare Eskalationsnotizen und die Buchhaltung muss bei "
                           "fast der Hälfte der Fälle nachfragen.", language="de"),
    dict(id="french", text="Nos agents du support rédigent des notes d'escalade vagues et la comptabilité doit poser des questions dans la moitié des cas.",
         language="fr"),
]
