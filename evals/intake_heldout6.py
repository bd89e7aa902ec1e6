"""A sixth held-out set for the tender intake, written by a separate writer and committed before the extractor was
tuned on it, in the way council and NHS ITTs are issued: a pack split over an instructions PDF, a Word service
specification (with a KPI table and net zero requirements that are not questions) and a Word response template
whose table reads "Ref | Question | Max words | Weighting"; social value asked under "Community Wealth Building",
"Local Benefit", "Social Value" or only a TOMs reference ("TOMs NT1 and NT18"); decoys on mobilisation, safeguarding,
"engaging with service users" and "sustainability of the service model"; page limits ("No more than 2 sides of
A4") and character limits ("1,500 characters including spaces"); weightings written "10% (of which Quality 6%,
Quantitative 4%)", "a 60:40 quality:price basis" (not a social value split) and "15% of the quality marks,
equivalent to 9% of the overall score"; extensions "up to a further 24 months", "2+1+1 years" and "3 years plus 1
year plus 1 year"; deadlines "12:00 midday on Friday 14th July 2028", "06/09/2028 at 14:00" and "02.10.2028";
values "£2,400,000 over the initial term", "£1.44m for the initial 2 year period" and "£600k per annum" (an annual
figure only, so no value); frameworks PPN 06/20, the National TOMs, the Cheshire and Merseyside TOMs, PPN 002, a
council's own strategy (bespoke) and none; and a pack that states no social value weighting. Same shape as
evals/intake_dev.py; a question's ``page_limit`` is scored where given. Its first-run numbers are the unseen
estimate.
"""

PACKS = [
    {
        "name": "held6-three-files-nhs-response-template-ppn0620",
        "files": [
            {"name": "01 ITT - Instructions to Bidders.pdf", "pages": [
                [("h", "Invitation to Tender: Tier 2 Adult Weight Management Service"),
                 ("p", "Contracting Authority: NHS Derby and Derbyshire Integrated Care Board (the ICB)"),
                 ("p", "Procurement reference: DDICB-2028-017"),
                 ("p", "The ICB wishes to commission a Tier 2 behavioural weight management service for adults living "
                       "in Derby and Derbyshire."),
                 ("p", "Contract value: £2,400,000 over the initial term (excluding VAT)."),
                 ("p", "Contract term: 3 years, commencing 1 April 2029, with the option to extend for up to a further "
                       "24 months."),
                 ("p", "Tender responses must be uploaded to the e-tendering portal by 12:00 midday on Friday 14th July "
                       "2028. Late responses will not be accepted.")],
                [("h", "Section 5: Evaluation Methodology"),
                 ("t", [["Evaluation area", "Weighting"],
                        ["Quality", "50%"],
                        ["Price", "40%"],
                        ["Social Value", "10% (of which Quality 6%, Quantitative 4%)"]]),
                 ("p", "Social value will be evaluated in line with Procurement Policy Note PPN 06/20 and the Social "
                       "Value Model. The quantitative element is assessed from the commitments entered in Schedule 4 "
                       "(Social Value Commitments) and is not a written question."),
                 ("p", "Each written response will be scored 0 (Unacceptable), 1 (Poor), 2 (Satisfactory), 3 (Good) or "
                       "4 (Excellent)."),
                 ("p", "The questions, word limits and weightings are set out in Document 03 (Response Template).")],
            ]},
            {"name": "02 Service Specification.docx", "pages": [
                [("h", "Service Specification: Tier 2 Adult Weight Management Service"),
                 ("p", "1. Purpose"),
                 ("p", "The service will provide 12-week group and digital weight management programmes for adults aged "
                       "18 and over with a BMI of 25 or more (23 or more for people from Black, Asian and other minority "
                       "ethnic groups) who are registered with a GP practice in Derby or Derbyshire."),
                 ("p", "2. Outcomes"),
                 ("b", "at least 60% of people who start a programme complete it"),
                 ("b", "at least 30% of completers lose 5% or more of their starting weight"),
                 ("b", "uptake from the most deprived 20% of neighbourhoods is in proportion to need")],
                [("h", "3. Performance and Sustainability Requirements"),
                 ("t", [["KPI", "Measure", "Target"],
                        ["KPI1", "Percentage of referrals contacted within 10 working days", "95%"],
                        ["KPI2", "Percentage of starters completing the 12-week programme", "60%"],
                        ["KPI3", "Percentage of completers achieving 5% weight loss", "30%"]]),
                 ("p", "The provider must comply with the NHS Net Zero Supplier Roadmap, including publishing a Carbon "
                       "Reduction Plan covering its Scope 1 and 2 emissions.")],
            ]},
            {"name": "03 Response Template.docx", "pages": [
                [("h", "Document 03: Tender Response Template"),
                 ("p", "Bidders must answer every question in the space provided. Text beyond the word limit will not "
                       "be evaluated."),
                 ("t", [["Ref", "Question", "Max words", "Weighting"],
                        ["M1", "Describe your mobilisation plan to ensure the service is fully operational from 1 April "
                               "2029, including recruitment, TUPE and IT set-up.", "750", "10%"],
                        ["Q1", "Describe your proposed service model, including how you will deliver group and digital "
                               "programmes across urban and rural Derbyshire.", "1,000", "25%"],
                        ["Q2", "How will you engage with service users, including men and people from the most deprived "
                               "communities, to design and improve the programme?", "500", "15%"],
                        ["SV1", "Social Value - Tackling economic inequality: describe how you will create employment, "
                                "training and volunteering opportunities for people in Derby and Derbyshire who face "
                                "barriers to work, through the delivery of this contract.", "750", "6%"]])],
            ]},
        ],
        "tender": {
            "title": (["Tier 2 Adult Weight Management Service",
                       "Invitation to Tender: Tier 2 Adult Weight Management Service"],
                      "01 ITT - Instructions to Bidders.pdf", 1),
            "buyer": ("NHS Derby and Derbyshire Integrated Care Board", "01 ITT - Instructions to Bidders.pdf", 1),
            "service": (["Tier 2 Adult Weight Management Service", "Tier 2 behavioural weight management service",
                         "a Tier 2 behavioural weight management service for adults",
                         "Tier 2 behavioural weight management service for adults living in Derby and Derbyshire",
                         "adult weight management"],
                        "01 ITT - Instructions to Bidders.pdf", 1),
            "area": ("Derby and Derbyshire", "01 ITT - Instructions to Bidders.pdf", 1),
            "value_gbp": (2400000, "01 ITT - Instructions to Bidders.pdf", 1),
            "months": (36, "01 ITT - Instructions to Bidders.pdf", 1),
            "extension_months": (24, "01 ITT - Instructions to Bidders.pdf", 1),
            "deadline": ("2028-07-14", "01 ITT - Instructions to Bidders.pdf", 1),
            "social_value_weighting_percent": (10, "01 ITT - Instructions to Bidders.pdf", 2),
            # "of which Quality 6%, Quantitative 4%" are shares of the total score, not a stated split of the social
            # value marks; labelled None as evals/intake_heldout.py labels its "Qualitative 6% / Quantitative 4%" rows.
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-4", "01 ITT - Instructions to Bidders.pdf", 2),
            "framework": ("ppn-06-20", "01 ITT - Instructions to Bidders.pdf", 2),
        },
        "questions": [
            {"id": "M1", "text": "Describe your mobilisation plan to ensure the service is fully operational from 1 April "
                                 "2029, including recruitment, TUPE and IT set-up.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": "03 Response Template.docx", "page": 1, "sub_criteria": []},
            {"id": "Q1", "text": "Describe your proposed service model, including how you will deliver group and digital "
                                 "programmes across urban and rural Derbyshire.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 25, "social_value": False,
             "source": "03 Response Template.docx", "page": 1, "sub_criteria": []},
            {"id": "Q2", "text": "How will you engage with service users, including men and people from the most "
                                 "deprived communities, to design and improve the programme?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": "03 Response Template.docx", "page": 1, "sub_criteria": []},
            {"id": "SV1", "text": ["Social Value - Tackling economic inequality: describe how you will create "
                                   "employment, training and volunteering opportunities for people in Derby and "
                                   "Derbyshire who face barriers to work, through the delivery of this contract.",
                                   "describe how you will create employment, training and volunteering opportunities "
                                   "for people in Derby and Derbyshire who face barriers to work, through the delivery "
                                   "of this contract."],
             "word_limit": 750, "char_limit": None, "weighting_percent": 6, "social_value": True,
             "source": "03 Response Template.docx", "page": 1, "sub_criteria": []},
        ],
    },
    {
        "name": "held6-docx-community-wealth-building-page-limits-bespoke",
        "files": [{"name": "Preston CC - ITT Corporate Buildings Cleaning.docx", "pages": [
            [("h", "Invitation to Tender - Cleaning of Corporate Buildings"),
             ("t", [["Contracting authority", "Preston City Council"],
                    ["Reference", "PCC/FM/2028/04"],
                    ["Contract duration", "2+1+1 years"],
                    ["Estimated contract value", "£1.44m for the initial 2 year period"],
                    ["Closing date for tenders", "06/09/2028 at 14:00"]]),
             ("p", "Preston City Council requires a contractor to provide daily cleaning, window cleaning and washroom "
                   "services at the Town Hall, the Harris Museum and eleven other corporate buildings in Preston.")],
            [("h", "4. Evaluation"),
             ("p", "The contract will be awarded to the most advantageous tender on a 60:40 quality:price basis."),
             ("p", "Of the 60% available for quality, 10% of the total marks are allocated to Community Wealth Building, "
                   "which is how the Council evaluates social value. Community Wealth Building responses will be "
                   "assessed against the five pillars of the Council's Community Wealth Building Strategy 2026-2030."),
             ("p", "Each question will be scored on a 0-5 scale, where 0 is no response and 5 is excellent.")],
            [("h", "5. Method Statements"),
             ("p", "Responses must be typed in Arial 11 point. Text beyond the page limit will not be evaluated."),
             ("p", "MS1 Service Delivery (20%)"),
             ("p", "Describe how you will deliver the cleaning specification across all thirteen buildings, including "
                   "your approach to quality monitoring and out-of-hours cleaning."),
             ("p", "No more than 3 sides of A4."),
             ("p", "MS2 Mobilisation (10%)"),
             ("p", "Set out your mobilisation plan for the first eight weeks of the contract, including the TUPE "
                   "transfer of existing staff."),
             ("p", "No more than 2 sides of A4."),
             ("p", "MS3 Sustainability of the Service Model (10%)"),
             ("p", "Explain how your staffing structure and pricing will remain sustainable over the full term of the "
                   "contract, including how you will manage staff turnover, absence and rising wage costs."),
             ("p", "No more than 2 sides of A4."),
             ("p", "MS4 Health and Safety (10%)"),
             ("p", "Describe how you will manage COSHH, lone working and the safe use of equipment on council "
                   "premises."),
             ("p", "No more than 1 side of A4.")],
            [("h", "6. Community Wealth Building"),
             ("p", "CWB1 Community Wealth Building (10%)"),
             ("p", "Tell us what you will do through this contract to support the Council's Community Wealth Building "
                   "Strategy."),
             ("p", "Your response should address:"),
             ("b", "fair employment and just labour markets, including payment of the Real Living Wage"),
             ("b", "recruitment of Preston residents, including people who are long-term unemployed"),
             ("b", "progressive procurement of goods and services from Preston-based suppliers, co-operatives and "
                   "social enterprises"),
             ("p", "Your response should be no more than 2 sides of A4.")],
        ]}],
        "tender": {
            "title": (["Cleaning of Corporate Buildings", "Invitation to Tender - Cleaning of Corporate Buildings"],
                      "Preston CC - ITT Corporate Buildings Cleaning.docx", 1),
            "buyer": ("Preston City Council", "Preston CC - ITT Corporate Buildings Cleaning.docx", 1),
            "service": (["Cleaning of Corporate Buildings", "cleaning of corporate buildings",
                         "daily cleaning, window cleaning and washroom services",
                         "daily cleaning, window cleaning and washroom services at the Town Hall, the Harris Museum "
                         "and eleven other corporate buildings in Preston"],
                        "Preston CC - ITT Corporate Buildings Cleaning.docx", 1),
            "area": ("Preston", "Preston CC - ITT Corporate Buildings Cleaning.docx", [1, 4]),
            "value_gbp": (1440000, "Preston CC - ITT Corporate Buildings Cleaning.docx", 1),
            "months": (24, "Preston CC - ITT Corporate Buildings Cleaning.docx", 1),
            "extension_months": (24, "Preston CC - ITT Corporate Buildings Cleaning.docx", 1),
            "deadline": ("2028-09-06", "Preston CC - ITT Corporate Buildings Cleaning.docx", 1),
            "social_value_weighting_percent": (10, "Preston CC - ITT Corporate Buildings Cleaning.docx", 2),
            # "60:40 quality:price" is the award split, not a qualitative:quantitative social value split.
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", "Preston CC - ITT Corporate Buildings Cleaning.docx", 2),
            "framework": ("bespoke", "Preston CC - ITT Corporate Buildings Cleaning.docx", 2),
        },
        "questions": [
            {"id": "MS1", "text": "Describe how you will deliver the cleaning specification across all thirteen "
                                  "buildings, including your approach to quality monitoring and out-of-hours cleaning.",
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 20, "social_value": False,
             "source": "Preston CC - ITT Corporate Buildings Cleaning.docx", "page": 3, "sub_criteria": []},
            {"id": "MS2", "text": "Set out your mobilisation plan for the first eight weeks of the contract, including "
                                  "the TUPE transfer of existing staff.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 10, "social_value": False,
             "source": "Preston CC - ITT Corporate Buildings Cleaning.docx", "page": 3, "sub_criteria": []},
            {"id": "MS3", "text": "Explain how your staffing structure and pricing will remain sustainable over the full "
                                  "term of the contract, including how you will manage staff turnover, absence and "
                                  "rising wage costs.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 10, "social_value": False,
             "source": "Preston CC - ITT Corporate Buildings Cleaning.docx", "page": 3, "sub_criteria": []},
            {"id": "MS4", "text": "Describe how you will manage COSHH, lone working and the safe use of equipment on "
                                  "council premises.",
             "word_limit": None, "char_limit": None, "page_limit": 1, "weighting_percent": 10, "social_value": False,
             "source": "Preston CC - ITT Corporate Buildings Cleaning.docx", "page": 3, "sub_criteria": []},
            {"id": "CWB1", "text": ["Tell us what you will do through this contract to support the Council's Community "
                                    "Wealth Building Strategy.",
                                    "Tell us what you will do through this contract to support the Council's Community "
                                    "Wealth Building Strategy. Your response should address:"],
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 10, "social_value": True,
             "source": "Preston CC - ITT Corporate Buildings Cleaning.docx", "page": 4,
             "sub_criteria": ["fair employment and just labour markets, including payment of the Real Living Wage",
                              "recruitment of Preston residents, including people who are long-term unemployed",
                              "progressive procurement of goods and services from Preston-based suppliers, "
                              "co-operatives and social enterprises"]},
        ],
    },
    {
        "name": "held6-pdf-toms-reference-only-character-table-national-toms",
        "files": [{"name": "NCC-Winter-Fleet-ITT.pdf", "pages": [
            [("h", "Winter Gritting Fleet Hire and Maintenance"),
             ("p", "Invitation to Tender issued by Northumberland County Council"),
             ("p", "Ref: NCC-HWY-0931"),
             ("p", "Northumberland County Council is seeking a supplier to provide, maintain and repair a fleet of 28 "
                   "gritting vehicles for the treatment of the county road network in Northumberland."),
             ("t", [["Contract value", "£3.6m (total, excluding VAT)"],
                    ["Contract length", "Five years"],
                    ["Closing date", "Thursday, 30 November 2028 at 12 noon"]])],
            [("h", "Award Criteria"),
             ("p", "Price 60% / Quality 30% / Social Value 10%"),
             ("p", "Social value will be measured using the National Themes, Outcomes and Measures (TOMs). The social "
                   "value score is split 50:50 between the written response to Question 5 and the quantitative "
                   "commitments entered in the TOMs calculator."),
             ("p", "Written responses are scored from 0 to 10 using the scoring matrix at Appendix 2.")],
            [("h", "Tender Questions"),
             ("p", "Answers must not exceed the character limit shown, including spaces. Characters beyond the limit "
                   "will be disregarded."),
             ("t", [["No.", "Theme", "Question", "Character limit", "Weighting"],
                    ["Q1", "Fleet availability", "Describe your maintenance regime and how you will guarantee that at "
                     "least 26 of the 28 vehicles are available every day between 1 October and 30 April.",
                     "3,000", "10%"],
                    ["Q2", "Resilience", "Explain your arrangements for breakdown recovery and vehicle replacement "
                     "during severe weather, including response times.", "3,000", "8%"],
                    ["Q3", "Workforce", "Describe how you will ensure that drivers and fitters supplied under the "
                     "contract are trained, licensed and fit to work.", "2,000", "7%"],
                    ["Q4", "Contract management", "Describe how you will manage contract performance and report to the "
                     "Council, including the key performance indicators you propose.", "1,500", "5%"],
                    ["Q5", "TOMs NT1 and NT18", "Describe how you will recruit Northumberland residents to work on "
                     "this contract and increase spend with Northumberland-based suppliers, SMEs and VCSEs over the "
                     "life of the contract.", "1,500", "5%"]])],
        ]}],
        "tender": {
            "title": ("Winter Gritting Fleet Hire and Maintenance", "NCC-Winter-Fleet-ITT.pdf", 1),
            "buyer": ("Northumberland County Council", "NCC-Winter-Fleet-ITT.pdf", 1),
            "service": (["Winter Gritting Fleet Hire and Maintenance", "winter gritting fleet hire and maintenance",
                         "provide, maintain and repair a fleet of 28 gritting vehicles",
                         "provide, maintain and repair a fleet of 28 gritting vehicles for the treatment of the county "
                         "road network in Northumberland"], "NCC-Winter-Fleet-ITT.pdf", 1),
            "area": ("Northumberland", "NCC-Winter-Fleet-ITT.pdf", [1, 3]),
            "value_gbp": (3600000, "NCC-Winter-Fleet-ITT.pdf", 1),
            "months": (60, "NCC-Winter-Fleet-ITT.pdf", 1),
            "extension_months": None,
            "deadline": ("2028-11-30", "NCC-Winter-Fleet-ITT.pdf", 1),
            "social_value_weighting_percent": (10, "NCC-Winter-Fleet-ITT.pdf", 2),
            "qualitative_percent": (50, "NCC-Winter-Fleet-ITT.pdf", 2),
            "quantitative_percent": (50, "NCC-Winter-Fleet-ITT.pdf", 2),
            "scoring_scale": ("0-10", "NCC-Winter-Fleet-ITT.pdf", 2),
            "framework": ("national-toms", "NCC-Winter-Fleet-ITT.pdf", 2),
        },
        "questions": [
            {"id": "Q1", "text": "Describe your maintenance regime and how you will guarantee that at least 26 of the 28 "
                                 "vehicles are available every day between 1 October and 30 April.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 10, "social_value": False,
             "source": "NCC-Winter-Fleet-ITT.pdf", "page": 3, "sub_criteria": []},
            {"id": "Q2", "text": "Explain your arrangements for breakdown recovery and vehicle replacement during severe "
                                 "weather, including response times.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 8, "social_value": False,
             "source": "NCC-Winter-Fleet-ITT.pdf", "page": 3, "sub_criteria": []},
            {"id": "Q3", "text": "Describe how you will ensure that drivers and fitters supplied under the contract are "
                                 "trained, licensed and fit to work.",
             "word_limit": None, "char_limit": 2000, "weighting_percent": 7, "social_value": False,
             "source": "NCC-Winter-Fleet-ITT.pdf", "page": 3, "sub_criteria": []},
            {"id": "Q4", "text": "Describe how you will manage contract performance and report to the Council, including "
                                 "the key performance indicators you propose.",
             "word_limit": None, "char_limit": 1500, "weighting_percent": 5, "social_value": False,
             "source": "NCC-Winter-Fleet-ITT.pdf", "page": 3, "sub_criteria": []},
            {"id": "Q5", "text": "Describe how you will recruit Northumberland residents to work on this contract and "
                                 "increase spend with Northumberland-based suppliers, SMEs and VCSEs over the life of "
                                 "the contract.",
             "word_limit": None, "char_limit": 1500, "weighting_percent": 5, "social_value": True,
             "source": "NCC-Winter-Fleet-ITT.pdf", "page": 3, "sub_criteria": []},
        ],
    },
    {
        "name": "held6-docx-annual-value-only-no-weighting-no-framework",
        "files": [{"name": "LBL Young Carers Service - ITT.docx", "pages": [
            [("h", "Young Carers Support Service"),
             ("p", "Invitation to Tender"),
             ("p", "The London Borough of Lewisham (the Council) invites tenders from suitably experienced organisations "
                   "to provide an assessment, respite and support service for young carers aged 5 to 18 living in "
                   "Lewisham."),
             ("t", [["Annual contract value", "£600k per annum"],
                    ["Contract term", "Three years, extendable by up to two further periods of 12 months each"],
                    ["Deadline", "No later than 5.00pm on Monday 9th October 2028"]])],
            [("h", "Part C: Quality Questions"),
             ("p", "Tenders will be evaluated in accordance with the Evaluation Guidance issued with this ITT. Each "
                   "response will be scored 0-3: 0 = fail, 1 = weak, 2 = acceptable, 3 = strong."),
             ("p", "C1 Engaging with service users"),
             ("p", "How will you engage with young carers and their families to shape the support they receive and to "
                   "improve the service over time?"),
             ("p", "(maximum 800 words)"),
             ("p", "C2 Safeguarding"),
             ("p", "Describe your safeguarding policies and procedures, including how you will work with Lewisham's "
                   "children's social care teams and the Lewisham Safeguarding Children Partnership."),
             ("p", "(maximum 800 words)"),
             ("p", "C3 Outcomes and performance"),
             ("p", "How will you measure the difference the service makes to young carers' wellbeing and education, "
                   "and report this to the Council?"),
             ("p", "(maximum 600 words)")],
            [("h", "Part D: Social Value"),
             ("p", "D1 Social Value"),
             ("p", "Describe the additional social, economic and environmental benefits your organisation will deliver "
                   "in Lewisham over the life of the contract, over and above the core service requirements. Include "
                   "any commitments to employ local residents, to use local suppliers and to reduce your environmental "
                   "impact."),
             ("p", "(maximum 600 words)")],
        ]}],
        "tender": {
            "title": ("Young Carers Support Service", "LBL Young Carers Service - ITT.docx", 1),
            "buyer": (["London Borough of Lewisham", "The London Borough of Lewisham"],
                      "LBL Young Carers Service - ITT.docx", 1),
            "service": (["Young Carers Support Service", "young carers support",
                         "an assessment, respite and support service for young carers",
                         "assessment, respite and support service for young carers aged 5 to 18 living in Lewisham"],
                        "LBL Young Carers Service - ITT.docx", 1),
            "area": ("Lewisham", "LBL Young Carers Service - ITT.docx", [1, 3]),
            # Only an annual figure is stated; no total contract value.
            "value_gbp": None,
            "months": (36, "LBL Young Carers Service - ITT.docx", 1),
            "extension_months": (24, "LBL Young Carers Service - ITT.docx", 1),
            "deadline": ("2028-10-09", "LBL Young Carers Service - ITT.docx", 1),
            "social_value_weighting_percent": None,
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-3", "LBL Young Carers Service - ITT.docx", 2),
            "framework": None,
        },
        "questions": [
            {"id": "C1", "text": "How will you engage with young carers and their families to shape the support they "
                                 "receive and to improve the service over time?",
             "word_limit": 800, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": "LBL Young Carers Service - ITT.docx", "page": 2, "sub_criteria": []},
            {"id": "C2", "text": "Describe your safeguarding policies and procedures, including how you will work with "
                                 "Lewisham's children's social care teams and the Lewisham Safeguarding Children "
                                 "Partnership.",
             "word_limit": 800, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": "LBL Young Carers Service - ITT.docx", "page": 2, "sub_criteria": []},
            {"id": "C3", "text": "How will you measure the difference the service makes to young carers' wellbeing and "
                                 "education, and report this to the Council?",
             "word_limit": 600, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": "LBL Young Carers Service - ITT.docx", "page": 2, "sub_criteria": []},
            {"id": "D1", "text": "Describe the additional social, economic and environmental benefits your organisation "
                                 "will deliver in Lewisham over the life of the contract, over and above the core "
                                 "service requirements. Include any commitments to employ local residents, to use local "
                                 "suppliers and to reduce your environmental impact.",
             "word_limit": 600, "char_limit": None, "weighting_percent": None, "social_value": True,
             "source": "LBL Young Carers Service - ITT.docx", "page": 3, "sub_criteria": []},
        ],
    },
    {
        "name": "held6-pdf-local-benefit-share-of-quality-ppn002",
        "files": [{"name": "cornwall-ices-itt.pdf", "pages": [
            [("h", "Integrated Community Equipment Service"),
             ("p", "Cornwall Council - Invitation to Tender"),
             ("p", "Cornwall Council is procuring an integrated community equipment service to deliver, install, "
                   "collect, clean and recycle daily living aids and equipment for residents of Cornwall and the Isles "
                   "of Scilly."),
             ("p", "Estimated whole-life value: £5,200,000, including the extension option."),
             ("p", "Initial term of 4 years with an option to extend for one further year."),
             ("p", "Tender return: 12.00 hrs on 23.06.2028")],
            [("h", "2. Evaluation"),
             ("p", "Tenders will be evaluated on a Quality 60 : Price 40 basis."),
             ("p", "Local Benefit is worth 15% of the quality marks, equivalent to 9% of the overall score. Local "
                   "Benefit is Cornwall Council's name for social value and is assessed in line with PPN 002 "
                   "(Taking account of social value in the award of contracts)."),
             ("t", [["Question", "Weighting (% of total score)"],
                    ["3.1", "21%"],
                    ["3.2", "18%"],
                    ["3.3", "12%"],
                    ["4.1", "9%"]])],
            [("h", "3. Quality"),
             ("p", "3.1 Describe how you will deliver, install and collect equipment within the response times in the "
                   "specification, including in rural areas and on the Isles of Scilly. Maximum 1,200 words."),
             ("p", "3.2 Describe your decontamination process and how you will ensure that all returned equipment is "
                   "cleaned, tested and safe to reissue. Maximum 1,000 words."),
             ("p", "3.3 Describe how you will mobilise the service and manage exit at the end of the contract, including "
                   "the transfer of stock and records. Maximum 800 words."),
             ("h", "4. Local Benefit"),
             ("p", "4.1 Describe how you will maximise local benefit for Cornwall, including jobs and apprenticeships for "
                   "Cornwall residents, use of Cornish suppliers and social enterprises, and reducing the carbon "
                   "footprint of your delivery fleet beyond the requirements of the specification. Maximum 1,000 "
                   "words.")],
        ]}],
        "tender": {
            "title": ("Integrated Community Equipment Service", "cornwall-ices-itt.pdf", 1),
            "buyer": ("Cornwall Council", "cornwall-ices-itt.pdf", 1),
            "service": (["Integrated Community Equipment Service", "integrated community equipment service",
                         "an integrated community equipment service",
                         "deliver, install, collect, clean and recycle daily living aids and equipment"],
                        "cornwall-ices-itt.pdf", 1),
            "area": (["Cornwall and the Isles of Scilly", "Cornwall"], "cornwall-ices-itt.pdf", [1, 3]),
            "value_gbp": (5200000, "cornwall-ices-itt.pdf", 1),
            "months": (48, "cornwall-ices-itt.pdf", 1),
            "extension_months": (12, "cornwall-ices-itt.pdf", 1),
            "deadline": ("2028-06-23", "cornwall-ices-itt.pdf", 1),
            "social_value_weighting_percent": (9, "cornwall-ices-itt.pdf", 2),
            # "Quality 60 : Price 40" is the award split, not a qualitative:quantitative social value split.
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": None,
            "framework": ("ppn-002", "cornwall-ices-itt.pdf", 2),
        },
        "questions": [
            {"id": "3.1", "text": "Describe how you will deliver, install and collect equipment within the response "
                                  "times in the specification, including in rural areas and on the Isles of Scilly.",
             "word_limit": 1200, "char_limit": None, "weighting_percent": 21, "social_value": False,
             "source": "cornwall-ices-itt.pdf", "page": 3, "sub_criteria": []},
            {"id": "3.2", "text": "Describe your decontamination process and how you will ensure that all returned "
                                  "equipment is cleaned, tested and safe to reissue.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 18, "social_value": False,
             "source": "cornwall-ices-itt.pdf", "page": 3, "sub_criteria": []},
            {"id": "3.3", "text": "Describe how you will mobilise the service and manage exit at the end of the "
                                  "contract, including the transfer of stock and records.",
             "word_limit": 800, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": "cornwall-ices-itt.pdf", "page": 3, "sub_criteria": []},
            {"id": "4.1", "text": "Describe how you will maximise local benefit for Cornwall, including jobs and "
                                  "apprenticeships for Cornwall residents, use of Cornish suppliers and social "
                                  "enterprises, and reducing the carbon footprint of your delivery fleet beyond the "
                                  "requirements of the specification.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 9, "social_value": True,
             "source": "cornwall-ices-itt.pdf", "page": 3, "sub_criteria": []},
        ],
    },
    {
        "name": "held6-docx-itt-and-pdf-template-cm-toms-carbon-sv2",
        "files": [
            {"name": "ITT - Laundry and Linen Services.docx", "pages": [
                [("h", "Laundry and Linen Services - Invitation to Tender"),
                 ("p", "Mersey Care NHS Foundation Trust (the Trust) invites tenders for the collection, laundering and "
                       "delivery of linen, patient clothing and staff uniforms for its inpatient sites across "
                       "Merseyside."),
                 ("t", [["Estimated total value", "£1.75m, including the optional extension years"],
                        ["Term", "3 years plus 1 year plus 1 year"],
                        ["Tender submission deadline", "02.10.2028 at 12:00"],
                        ["e-Tendering portal", "Atamis"]])],
                [("h", "Evaluation"),
                 ("p", "Tenders will be evaluated as Quality 45%, Social Value 15% and Price 40%."),
                 ("p", "Social value will be assessed using the Cheshire and Merseyside Themes, Outcomes and Measures "
                       "(TOMs). The social value marks are split 60% qualitative (questions SV1 and SV2) and 40% "
                       "quantitative (commitments entered in the Social Value Portal)."),
                 ("p", "Responses are scored 0-5 using the descriptors in Annex B."),
                 ("p", "All questions are set out in Document 2 (Response Template).")],
            ]},
            {"name": "Document 2 - Response Template.pdf", "pages": [
                [("h", "Document 2: Response Template"),
                 ("p", "Please keep to the stated limits. Limits are in characters including spaces unless stated "
                       "otherwise."),
                 ("t", [["Ref", "Question", "Limit", "Weighting"],
                        ["QA1", "Describe how you will achieve infection control standards in line with HTM 01-04 "
                                "throughout collection, processing and delivery.", "4,000 characters", "15%"],
                        ["QA2", "Describe your contingency arrangements to maintain linen supply if your main "
                                "processing plant is unavailable.", "3,000 characters", "10%"],
                        ["QA3", "How will you mobilise the contract, including the transfer of stock and any staff, "
                                "without interrupting supply to wards?", "3,000 characters", "10%"],
                        ["QA4", "How will you engage with ward staff and patients to improve the service, including "
                                "the return of patients' personal clothing?", "2,000 characters", "10%"],
                        ["SV1", "How will you create jobs and training opportunities for Merseyside residents who face "
                                "barriers to employment, including people with lived experience of mental ill health?",
                         "1,500 characters including spaces", "5%"],
                        ["SV2", "Beyond the requirements of this contract, what will your organisation do to reduce "
                                "its carbon emissions and support the NHS commitment to reach net zero?",
                         "1,500 characters including spaces", "4%"]])],
            ]},
        ],
        "tender": {
            "title": (["Laundry and Linen Services", "Laundry and Linen Services - Invitation to Tender"],
                      "ITT - Laundry and Linen Services.docx", 1),
            "buyer": ("Mersey Care NHS Foundation Trust", "ITT - Laundry and Linen Services.docx", 1),
            "service": (["Laundry and Linen Services", "laundry and linen services",
                         "the collection, laundering and delivery of linen, patient clothing and staff uniforms",
                         "collection, laundering and delivery of linen, patient clothing and staff uniforms for its "
                         "inpatient sites across Merseyside"],
                        "ITT - Laundry and Linen Services.docx", 1),
            "area": ("Merseyside", "ITT - Laundry and Linen Services.docx", 1),
            "value_gbp": (1750000, "ITT - Laundry and Linen Services.docx", 1),
            "months": (36, "ITT - Laundry and Linen Services.docx", 1),
            "extension_months": (24, "ITT - Laundry and Linen Services.docx", 1),
            "deadline": ("2028-10-02", "ITT - Laundry and Linen Services.docx", 1),
            "social_value_weighting_percent": (15, "ITT - Laundry and Linen Services.docx", 2),
            "qualitative_percent": (60, "ITT - Laundry and Linen Services.docx", 2),
            "quantitative_percent": (40, "ITT - Laundry and Linen Services.docx", 2),
            "scoring_scale": ("0-5", "ITT - Laundry and Linen Services.docx", 2),
            "framework": ("cm-toms", "ITT - Laundry and Linen Services.docx", 2),
        },
        "questions": [
            {"id": "QA1", "text": "Describe how you will achieve infection control standards in line with HTM 01-04 "
                                  "throughout collection, processing and delivery.",
             "word_limit": None, "char_limit": 4000, "weighting_percent": 15, "social_value": False,
             "source": "Document 2 - Response Template.pdf", "page": 1, "sub_criteria": []},
            {"id": "QA2", "text": "Describe your contingency arrangements to maintain linen supply if your main "
                                  "processing plant is unavailable.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 10, "social_value": False,
             "source": "Document 2 - Response Template.pdf", "page": 1, "sub_criteria": []},
            {"id": "QA3", "text": "How will you mobilise the contract, including the transfer of stock and any staff, "
                                  "without interrupting supply to wards?",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 10, "social_value": False,
             "source": "Document 2 - Response Template.pdf", "page": 1, "sub_criteria": []},
            {"id": "QA4", "text": "How will you engage with ward staff and patients to improve the service, including "
                                  "the return of patients' personal clothing?",
             "word_limit": None, "char_limit": 2000, "weighting_percent": 10, "social_value": False,
             "source": "Document 2 - Response Template.pdf", "page": 1, "sub_criteria": []},
            {"id": "SV1", "text": "How will you create jobs and training opportunities for Merseyside residents who face "
                                  "barriers to employment, including people with lived experience of mental ill health?",
             "word_limit": None, "char_limit": 1500, "weighting_percent": 5, "social_value": True,
             "source": "Document 2 - Response Template.pdf", "page": 1, "sub_criteria": []},
            {"id": "SV2", "text": "Beyond the requirements of this contract, what will your organisation do to reduce "
                                  "its carbon emissions and support the NHS commitment to reach net zero?",
             "word_limit": None, "char_limit": 1500, "weighting_percent": 4, "social_value": True,
             "source": "Document 2 - Response Template.pdf", "page": 1, "sub_criteria": []},
        ],
    },
]
