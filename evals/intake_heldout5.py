"""A fifth held-out set for the tender intake (issue #19), written and committed before the extractor was changed,
in the way council ITTs are laid out: questions in a PDF table with character limits "including spaces", weightings
in an evaluation matrix, the social value question under a heading that does not say "social value" ("Added
Value", "Local Benefit", a response table with no heading at all), decoys about safeguarding and "community
engagement in the service", an extension written "(+12 months)", a pack with no weighting, deadlines in words
("Noon on the 3rd of April 2028") and values written "£1.2m", "1,200,000" and "£950k". Same shape as
evals/intake_dev.py. Its first-run numbers are the unseen estimate.
"""

PACKS = [
    {
        "name": "held5-pdf-matrix-and-question-table-characters",
        "files": [{"name": "ITT-Responsive-Repairs.pdf", "pages": [
            [("h", "Invitation to Tender: Responsive Repairs and Void Works"),
             ("p", "Contracting Authority: St Helens Borough Council"),
             ("p", "Procurement reference: SHBC/HSG/0412"),
             ("p", "Estimated total contract value: £1.2m excluding VAT"),
             ("p", "Contract term: 3 years (+12 months)"),
             ("p", "Deadline for receipt of tenders: 12:00 noon, Thursday 2nd March 2028"),
             ("p", "The Council requires a contractor to carry out responsive repairs and void property works to "
                   "council-owned homes across St Helens.")],
            [("h", "Evaluation Matrix"),
             ("t", [["Criterion", "Sub-criterion", "Weighting"],
                    ["Price", "Total price", "40%"],
                    ["Quality", "Q1 Service delivery", "25%"],
                    ["Quality", "Q2 Safeguarding", "15%"],
                    ["Social Value", "Q3 Community benefits", "20%"]]),
             ("p", "Each quality and social value response will be scored on a scale of 0-10.")],
            [("h", "Tender Questions"),
             ("t", [["Ref", "Question", "Maximum characters (including spaces)"],
                    ["Q1", "Describe how you will manage and deliver responsive repairs within the response times set "
                           "out in the specification.", "4,000"],
                    ["Q2", "Explain how you will safeguard vulnerable tenants, including children and adults at risk, "
                           "when working in occupied homes.", "3,000"],
                    ["Q3", "Describe how you will create employment and training opportunities for St Helens residents "
                           "and support local voluntary, community and faith sector organisations during the "
                           "contract.", "3,000"]])],
        ]}],
        "tender": {
            "title": ("Responsive Repairs and Void Works", "ITT-Responsive-Repairs.pdf", 1),
            "buyer": ("St Helens Borough Council", "ITT-Responsive-Repairs.pdf", 1),
            "service": (["Responsive Repairs and Void Works", "responsive repairs and void property works",
                         "responsive repairs and void property works to council-owned homes across St Helens"],
                        "ITT-Responsive-Repairs.pdf", 1),
            "area": ("St Helens", "ITT-Responsive-Repairs.pdf", [1, 3]),
            "value_gbp": (1200000, "ITT-Responsive-Repairs.pdf", 1),
            "months": (36, "ITT-Responsive-Repairs.pdf", 1),
            "extension_months": (12, "ITT-Responsive-Repairs.pdf", 1),
            "deadline": ("2028-03-02", "ITT-Responsive-Repairs.pdf", 1),
            "social_value_weighting_percent": (20, "ITT-Responsive-Repairs.pdf", 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-10", "ITT-Responsive-Repairs.pdf", 2),
            "framework": None,
        },
        "questions": [
            {"id": "Q1", "text": "Describe how you will manage and deliver responsive repairs within the response times "
                                 "set out in the specification.",
             "word_limit": None, "char_limit": 4000, "weighting_percent": 25, "social_value": False,
             "source": "ITT-Responsive-Repairs.pdf", "page": 3, "sub_criteria": []},
            {"id": "Q2", "text": "Explain how you will safeguard vulnerable tenants, including children and adults at "
                                 "risk, when working in occupied homes.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 15, "social_value": False,
             "source": "ITT-Responsive-Repairs.pdf", "page": 3, "sub_criteria": []},
            {"id": "Q3", "text": "Describe how you will create employment and training opportunities for St Helens "
                                 "residents and support local voluntary, community and faith sector organisations "
                                 "during the contract.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 20, "social_value": True,
             "source": "ITT-Responsive-Repairs.pdf", "page": 3, "sub_criteria": []},
        ],
    },
    {
        "name": "held5-docx-added-value-section-no-weighting",
        "files": [{"name": "Tender - Adult Day Opportunities.docx", "pages": [
            [("h", "Adult Day Opportunities Service"),
             ("p", "Invitation to Tender"),
             ("t", [["Commissioning body", "Cheshire West and Chester Council"],
                    ["Estimated contract value (£)", "1,200,000"],
                    ["Initial contract period", "Two years"],
                    ["Extension option", "A further 12 months at the Council's discretion"],
                    ["Tender return deadline", "Noon on the 3rd of April 2028"]]),
             ("p", "The Council wishes to commission day opportunities for adults with learning disabilities living "
                   "in Cheshire West and Chester.")],
            [("h", "Section 5: Method Statements"),
             ("p", "5.1 Describe how you will support people with learning disabilities to take part in activities in "
                   "their own communities."),
             ("p", "Maximum 1,000 words."),
             ("p", "5.2 Describe how you will involve people who use the service, their families and the local "
                   "community in the design and running of the service."),
             ("p", "Maximum 500 words.")],
            [("h", "Section 6: Added Value"),
             ("p", "6.1 Set out what you will do, beyond the core service, to create local jobs, volunteering "
                   "opportunities and spend with local VCFSE organisations in Cheshire West and Chester."),
             ("p", "Your response should cover:"),
             ("b", "the outcomes you will commit to"),
             ("b", "how you will measure them"),
             ("b", "how you will report progress to the Council"),
             ("p", "Maximum 750 words.")],
        ]}],
        "tender": {
            "title": ("Adult Day Opportunities Service", "Tender - Adult Day Opportunities.docx", 1),
            "buyer": ("Cheshire West and Chester Council", "Tender - Adult Day Opportunities.docx", 1),
            "service": (["Adult Day Opportunities Service", "adult day opportunities",
                         "day opportunities for adults with learning disabilities",
                         "day opportunities for adults with learning disabilities living in Cheshire West and Chester"],
                        "Tender - Adult Day Opportunities.docx", 1),
            "area": ("Cheshire West and Chester", "Tender - Adult Day Opportunities.docx", [1, 3]),
            "value_gbp": (1200000, "Tender - Adult Day Opportunities.docx", 1),
            "months": (24, "Tender - Adult Day Opportunities.docx", 1),
            "extension_months": (12, "Tender - Adult Day Opportunities.docx", 1),
            "deadline": ("2028-04-03", "Tender - Adult Day Opportunities.docx", 1),
            "social_value_weighting_percent": None,
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": None,
            "framework": None,
        },
        "questions": [
            {"id": "5.1", "text": "Describe how you will support people with learning disabilities to take part in "
                                  "activities in their own communities.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": "Tender - Adult Day Opportunities.docx", "page": 2, "sub_criteria": []},
            {"id": "5.2", "text": "Describe how you will involve people who use the service, their families and the "
                                  "local community in the design and running of the service.",
             "word_limit": 500, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": "Tender - Adult Day Opportunities.docx", "page": 2, "sub_criteria": []},
            {"id": "6.1", "text": ["Set out what you will do, beyond the core service, to create local jobs, "
                                   "volunteering opportunities and spend with local VCFSE organisations in Cheshire "
                                   "West and Chester.",
                                   "Set out what you will do, beyond the core service, to create local jobs, "
                                   "volunteering opportunities and spend with local VCFSE organisations in Cheshire "
                                   "West and Chester. Your response should cover:"],
             "word_limit": 750, "char_limit": None, "weighting_percent": None, "social_value": True,
             "source": "Tender - Adult Day Opportunities.docx", "page": 3,
             "sub_criteria": ["the outcomes you will commit to", "how you will measure them",
                              "how you will report progress to the Council"]},
        ],
    },
    {
        "name": "held5-pdf-added-value-heading-environment",
        "files": [{"name": "rft-tree-works.pdf", "pages": [
            [("h", "Request for Tender: Tree Surgery and Arboricultural Services"),
             ("p", "Issued by: Halton Borough Council"),
             ("p", "Estimated value: £850,000 over the full term"),
             ("p", "Contract period: 36 months, with the option to extend for a further 12 months"),
             ("p", "Tenders must be received by 5pm on 19 January 2028."),
             ("p", "The Council requires tree surgery, inspection and emergency call-out services for trees on council "
                   "land in Halton.")],
            [("h", "Award Criteria"),
             ("p", "Tenders will be evaluated on price (50%), quality (40%) and added value (10%). Quality and added "
                   "value responses are marked on a 0-5 scale.")],
            [("h", "Quality Questions"),
             ("p", "Q1 Describe your approach to health and safety when working at height near roads and footpaths. "
                   "(Weighting 20%, maximum 750 words)"),
             ("p", "Q2 Describe how you will respond to emergency call-outs within two hours, day and night. "
                   "(Weighting 20%, maximum 750 words)"),
             ("h", "Added Value"),
             ("p", "Q3 How will you reduce the carbon emissions of your vehicles and equipment and improve biodiversity "
                   "in Halton's parks and green spaces during the contract? (Weighting 10%, maximum 500 words)")],
        ]}],
        "tender": {
            "title": ("Tree Surgery and Arboricultural Services", "rft-tree-works.pdf", 1),
            "buyer": ("Halton Borough Council", "rft-tree-works.pdf", 1),
            "service": (["Tree Surgery and Arboricultural Services", "tree surgery and arboricultural services",
                         "tree surgery, inspection and emergency call-out services",
                         "tree surgery, inspection and emergency call-out services for trees on council land in Halton"],
                        "rft-tree-works.pdf", 1),
            "area": ("Halton", "rft-tree-works.pdf", [1, 3]),
            "value_gbp": (850000, "rft-tree-works.pdf", 1),
            "months": (36, "rft-tree-works.pdf", 1),
            "extension_months": (12, "rft-tree-works.pdf", 1),
            "deadline": ("2028-01-19", "rft-tree-works.pdf", 1),
            "social_value_weighting_percent": (10, "rft-tree-works.pdf", 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", "rft-tree-works.pdf", 2),
            "framework": None,
        },
        "questions": [
            {"id": "Q1", "text": "Describe your approach to health and safety when working at height near roads and "
                                 "footpaths.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": "rft-tree-works.pdf", "page": 3, "sub_criteria": []},
            {"id": "Q2", "text": "Describe how you will respond to emergency call-outs within two hours, day and night.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": "rft-tree-works.pdf", "page": 3, "sub_criteria": []},
            {"id": "Q3", "text": "How will you reduce the carbon emissions of your vehicles and equipment and improve "
                                 "biodiversity in Halton's parks and green spaces during the contract?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": "rft-tree-works.pdf", "page": 3, "sub_criteria": []},
        ],
    },
    {
        "name": "held5-docx-toms-codes-community-engagement-decoy",
        "files": [{"name": "Knowsley DA Support ITT.docx", "pages": [
            [("h", "Domestic Abuse Support Service - Invitation to Tender"),
             ("p", "Knowsley Metropolitan Borough Council (the Council) is seeking a provider to deliver "
                   "community-based domestic abuse support in Knowsley."),
             ("p", "The total contract value is £1.2 million."),
             ("p", "The contract will run for 4 years with an option to extend for up to 2 further years."),
             ("p", "Tenders must be submitted no later than 23:59 on 31st January 2028.")],
            [("h", "Evaluation"),
             ("p", "Tenders will be evaluated as follows: Quality 60%, Price 30%, Social Value 10%."),
             ("p", "Social value will be assessed using the National TOMs; 60% of the social value marks are for the "
                   "qualitative response and 40% for the quantitative commitments.")],
            [("h", "Tender Questions"),
             ("p", "Question 1: Service Delivery"),
             ("p", "Describe how you will deliver safe, trauma-informed support to survivors of domestic abuse in "
                   "Knowsley."),
             ("p", "Weighting: 35%"),
             ("p", "Character limit: 5,000 characters including spaces"),
             ("p", "Question 2: Community Engagement"),
             ("p", "Explain how you will engage with survivors, local community groups and partner agencies to shape "
                   "and improve the service."),
             ("p", "Weighting: 25%"),
             ("p", "Character limit: 3,000 characters including spaces"),
             ("p", "Question 3: Local Economy and Environment"),
             ("p", "Using the National TOMs measures (for example NT1, NT3 and NT18), set out the commitments you will "
                   "make to employ local people, spend with Knowsley suppliers and reduce carbon emissions over the "
                   "life of the contract."),
             ("p", "Weighting: 10%"),
             ("p", "Character limit: 3,000 characters including spaces")],
        ]}],
        "tender": {
            "title": ("Domestic Abuse Support Service", "Knowsley DA Support ITT.docx", 1),
            "buyer": ("Knowsley Metropolitan Borough Council", "Knowsley DA Support ITT.docx", 1),
            "service": (["Domestic Abuse Support Service", "domestic abuse support",
                         "community-based domestic abuse support",
                         "community-based domestic abuse support in Knowsley"], "Knowsley DA Support ITT.docx", 1),
            "area": ("Knowsley", "Knowsley DA Support ITT.docx", 1),
            "value_gbp": (1200000, "Knowsley DA Support ITT.docx", 1),
            "months": (48, "Knowsley DA Support ITT.docx", 1),
            "extension_months": (24, "Knowsley DA Support ITT.docx", 1),
            "deadline": ("2028-01-31", "Knowsley DA Support ITT.docx", 1),
            "social_value_weighting_percent": (10, "Knowsley DA Support ITT.docx", 2),
            "qualitative_percent": (60, "Knowsley DA Support ITT.docx", 2),
            "quantitative_percent": (40, "Knowsley DA Support ITT.docx", 2),
            "scoring_scale": None,
            "framework": ("national-toms", "Knowsley DA Support ITT.docx", 2),
        },
        "questions": [
            {"id": ["Question 1", "1"], "text": "Describe how you will deliver safe, trauma-informed support to "
                                                "survivors of domestic abuse in Knowsley.",
             "word_limit": None, "char_limit": 5000, "weighting_percent": 35, "social_value": False,
             "source": "Knowsley DA Support ITT.docx", "page": 3, "sub_criteria": []},
            {"id": ["Question 2", "2"], "text": "Explain how you will engage with survivors, local community groups "
                                                "and partner agencies to shape and improve the service.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 25, "social_value": False,
             "source": "Knowsley DA Support ITT.docx", "page": 3, "sub_criteria": []},
            {"id": ["Question 3", "3"], "text": "Using the National TOMs measures (for example NT1, NT3 and NT18), set "
                                                "out the commitments you will make to employ local people, spend with "
                                                "Knowsley suppliers and reduce carbon emissions over the life of the "
                                                "contract.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 10, "social_value": True,
             "source": "Knowsley DA Support ITT.docx", "page": 3, "sub_criteria": []},
        ],
    },
    {
        "name": "held5-pdf-and-docx-response-table-guidance",
        "files": [
            {"name": "Specification and Instructions.pdf", "pages": [
                [("h", "Housing Related Support for Young People"),
                 ("p", "Contracting Authority: Sefton Council"),
                 ("p", "Sefton Council is re-commissioning housing related support for young people aged 16 to 24 who "
                       "are homeless or at risk of homelessness in Sefton."),
                 ("p", "Budget: £400,000 per annum (£1,200,000 over the three-year term)."),
                 ("p", "Contract term: three years from 1 July 2028."),
                 ("p", "The deadline for tenders is midday on Wednesday the 5th of April 2028.")],
                [("h", "Evaluation"),
                 ("t", [["Criterion", "Weighting"], ["Price", "30%"], ["Quality", "55%"], ["Social Value", "15%"]]),
                 ("p", "Responses will be scored 0, 1, 2, 3 or 4 against the descriptors in Appendix C.")],
            ]},
            {"name": "Tender Response Document.docx", "pages": [
                [("h", "Tender Response Document"),
                 ("p", "Please answer each question in the table below. Word limits are strict; text beyond the limit "
                       "will not be read."),
                 ("t", [["No.", "Question", "What evaluators are looking for", "Word limit"],
                        ["1", "How will you help young people to find and keep a safe home?",
                         "Move-on planning; Tenancy sustainment; Partnership with landlords", "800"],
                        ["2", "How will you keep young people safe from exploitation and respond to safeguarding "
                              "concerns?", "Risk assessment; Multi-agency working", "600"],
                        ["3", "What will you do for Sefton's communities beyond the service itself, for example "
                              "training, jobs or volunteering for local young people, or support for local charities?",
                         "Measurable commitments; Local employment and skills; Support for the VCFSE sector", "600"]])],
            ]},
        ],
        "tender": {
            "title": ("Housing Related Support for Young People", "Specification and Instructions.pdf", 1),
            "buyer": ("Sefton Council", "Specification and Instructions.pdf", 1),
            "service": (["Housing Related Support for Young People", "housing related support for young people",
                         "housing related support for young people aged 16 to 24 who are homeless or at risk of "
                         "homelessness in Sefton"], "Specification and Instructions.pdf", 1),
            "area": ("Sefton", "Specification and Instructions.pdf", 1),
            "value_gbp": (1200000, "Specification and Instructions.pdf", 1),
            "months": (36, "Specification and Instructions.pdf", 1),
            "extension_months": None,
            "deadline": ("2028-04-05", "Specification and Instructions.pdf", 1),
            "social_value_weighting_percent": (15, "Specification and Instructions.pdf", 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-4", "Specification and Instructions.pdf", 2),
            "framework": None,
        },
        "questions": [
            {"id": "1", "text": "How will you help young people to find and keep a safe home?",
             "word_limit": 800, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": "Tender Response Document.docx", "page": 1,
             "sub_criteria": ["Move-on planning", "Tenancy sustainment", "Partnership with landlords"]},
            {"id": "2", "text": "How will you keep young people safe from exploitation and respond to safeguarding "
                                "concerns?",
             "word_limit": 600, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": "Tender Response Document.docx", "page": 1,
             "sub_criteria": ["Risk assessment", "Multi-agency working"]},
            {"id": "3", "text": "What will you do for Sefton's communities beyond the service itself, for example "
                                "training, jobs or volunteering for local young people, or support for local charities?",
             "word_limit": 600, "char_limit": None, "weighting_percent": None, "social_value": True,
             "source": "Tender Response Document.docx", "page": 1,
             "sub_criteria": ["Measurable commitments", "Local employment and skills", "Support for the VCFSE sector"]},
        ],
    },
    {
        "name": "held5-pdf-local-benefit-section-weighting-table",
        "files": [{"name": "Wirral-Home-Adaptations-ITT.pdf", "pages": [
            [("h", "Home Adaptations Installation Service"),
             ("p", "Buyer: Wirral Council"),
             ("p", "Value: £950k (whole life, excluding VAT)"),
             ("p", "Term: 24 months (+12 months)"),
             ("p", "Return date: 2 May 2028, 12:00"),
             ("p", "The Council needs a contractor to install stairlifts, ramps, level-access showers and other "
                   "adaptations in the homes of disabled residents of Wirral.")],
            [("h", "Section 6: Quality"),
             ("p", "6.1 Describe your quality assurance process for adaptations, including post-installation checks."),
             ("p", "Maximum 600 words."),
             ("p", "6.2 Explain how you will communicate with residents, many of whom are older or disabled, before, "
                   "during and after each installation."),
             ("p", "Maximum 600 words."),
             ("h", "Section 7: Local Benefit"),
             ("p", "7.1 Describe how you will recruit and train Wirral residents, including at least two apprentices, "
                   "and pay all staff working on the contract at least the Real Living Wage."),
             ("p", "Maximum 600 words."),
             ("h", "Weightings"),
             ("t", [["Section", "Question", "Weighting"],
                    ["Quality", "6.1", "15%"],
                    ["Quality", "6.2", "15%"],
                    ["Social Value", "7.1", "10%"],
                    ["Price", "-", "60%"]])],
        ]}],
        "tender": {
            "title": ("Home Adaptations Installation Service", "Wirral-Home-Adaptations-ITT.pdf", 1),
            "buyer": ("Wirral Council", "Wirral-Home-Adaptations-ITT.pdf", 1),
            "service": (["Home Adaptations Installation Service", "home adaptations installation",
                         "install stairlifts, ramps, level-access showers and other adaptations in the homes of "
                         "disabled residents of Wirral"], "Wirral-Home-Adaptations-ITT.pdf", 1),
            "area": ("Wirral", "Wirral-Home-Adaptations-ITT.pdf", [1, 2]),
            "value_gbp": (950000, "Wirral-Home-Adaptations-ITT.pdf", 1),
            "months": (24, "Wirral-Home-Adaptations-ITT.pdf", 1),
            "extension_months": (12, "Wirral-Home-Adaptations-ITT.pdf", 1),
            "deadline": ("2028-05-02", "Wirral-Home-Adaptations-ITT.pdf", 1),
            "social_value_weighting_percent": (10, "Wirral-Home-Adaptations-ITT.pdf", 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": None,
            "framework": None,
        },
        "questions": [
            {"id": "6.1", "text": "Describe your quality assurance process for adaptations, including post-installation "
                                  "checks.",
             "word_limit": 600, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": "Wirral-Home-Adaptations-ITT.pdf", "page": 2, "sub_criteria": []},
            {"id": "6.2", "text": "Explain how you will communicate with residents, many of whom are older or disabled, "
                                  "before, during and after each installation.",
             "word_limit": 600, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": "Wirral-Home-Adaptations-ITT.pdf", "page": 2, "sub_criteria": []},
            {"id": "7.1", "text": "Describe how you will recruit and train Wirral residents, including at least two "
                                  "apprentices, and pay all staff working on the contract at least the Real Living Wage.",
             "word_limit": 600, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": "Wirral-Home-Adaptations-ITT.pdf", "page": 2, "sub_criteria": []},
        ],
    },
]
