"""A fourth held-out set for the tender intake (issue #19), written and committed before the extractor was run on
it, in layouts the earlier sets do not cover: a Word table nested in a table, a PDF whose social value question
runs over a page break, a pack with two lots, weighting given only as points out of 100, limits in pages, and
an ITT naming the National TOMs. Same shape as evals/intake_dev.py; a question's ``page_limit`` is scored where
given. Its first-run numbers are the unseen estimate.
"""

PACKS = [
    {
        "name": "held4-docx-nested-table",
        "files": [{"name": "ITT Street Lighting.docx", "pages": [
            [("h", "Street Lighting Maintenance"),
             ("nt", [["Part A - Contract details", [["Contracting Authority", "Wirral Council"],
                                                     ["Estimated Contract Value", "£1,350,000"],
                                                     ["Contract Duration", "48 months"],
                                                     ["Deadline for Tenders", "14 April 2028"]]]])],
            [("h", "Part B - Quality questions"),
             ("nt", [["Question", [["Ref", "Question", "Word limit"],
                                   ["SV1", "Describe the social value you will deliver in Wirral through this "
                                           "contract, including local jobs and apprenticeships.", "750 words"]]]])],
        ]}],
        "tender": {
            "title": ("Street Lighting Maintenance", "ITT Street Lighting.docx", 1),
            "buyer": ("Wirral Council", "ITT Street Lighting.docx", 1),
            "service": (["Street Lighting Maintenance", "street lighting maintenance"], "ITT Street Lighting.docx", 1),
            "area": ("Wirral", "ITT Street Lighting.docx", [1, 2]),
            "value_gbp": (1350000, "ITT Street Lighting.docx", 1),
            "months": (48, "ITT Street Lighting.docx", 1),
            "extension_months": None,
            "deadline": ("2028-04-14", "ITT Street Lighting.docx", 1),
            "social_value_weighting_percent": None,
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": None,
            "framework": None,
        },
        "questions": [
            {"id": "SV1", "text": "Describe the social value you will deliver in Wirral through this contract, including "
                                  "local jobs and apprenticeships.",
             "word_limit": 750, "char_limit": None, "weighting_percent": None, "social_value": True,
             "source": "ITT Street Lighting.docx", "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held4-pdf-question-over-page-break",
        "files": [{"name": "itt-supported-housing.pdf", "pages": [
            [("h", "Supported Housing Floating Support Service"),
             ("p", "Buyer: Cheshire East Council"),
             ("p", "Contract value: £2,100,000"),
             ("p", "Contract period: 3 years with the option to extend for a further 2 years"),
             ("p", "Closing date for tenders: 9 October 2027"),
             ("p", "Social value is weighted at 10% of the total score."),
             ("p", "SV1 Please describe how you will work with voluntary, community, faith and social enterprise "
                   "organisations in Cheshire East to")],
            [("p", "improve outcomes for the people you support, and how you will measure and report this."),
             ("p", "Maximum 1,000 words.")],
        ]}],
        "tender": {
            "title": ("Supported Housing Floating Support Service", "itt-supported-housing.pdf", 1),
            "buyer": ("Cheshire East Council", "itt-supported-housing.pdf", 1),
            "service": (["Supported Housing Floating Support Service", "supported housing floating support"],
                        "itt-supported-housing.pdf", 1),
            "area": ("Cheshire East", "itt-supported-housing.pdf", 1),
            "value_gbp": (2100000, "itt-supported-housing.pdf", 1),
            "months": (36, "itt-supported-housing.pdf", 1),
            "extension_months": (24, "itt-supported-housing.pdf", 1),
            "deadline": ("2027-10-09", "itt-supported-housing.pdf", 1),
            "social_value_weighting_percent": (10, "itt-supported-housing.pdf", 1),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": None,
            "framework": None,
        },
        "questions": [
            {"id": "SV1", "text": "Please describe how you will work with voluntary, community, faith and social "
                                  "enterprise organisations in Cheshire East to improve outcomes for the people you "
                                  "support, and how you will measure and report this.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": None, "social_value": True,
             "source": "itt-supported-housing.pdf", "page": 1, "sub_criteria": []},
        ],
    },
    {
        "name": "held4-markdown-two-lots",
        "files": [{"name": "itt-home-care-lots.md", "pages": [
            [("h", "Home Care Framework"),
             ("p", "Commissioner: Knowsley Council"),
             ("p", "The Council is procuring home care in Knowsley in two lots."),
             ("t", [["Lot", "Description", "Estimated value"],
                    ["Lot 1", "Home care for adults", "£3,000,000"],
                    ["Lot 2", "Home care for children with disabilities", "£900,000"]]),
             ("p", "Total estimated value across both lots: £3,900,000"),
             ("p", "Term: 4 years"),
             ("p", "Submission deadline: 3 May 2028")],
            [("h", "Award criteria"),
             ("p", "The same award criteria apply to both lots: quality 60%, price 30%, social value 10%."),
             ("p", "Q4 Describe how you will support your care workers' health and wellbeing. (500 words)"),
             ("p", "Q5 Describe the social value you will deliver to Knowsley residents across the lots you bid "
                   "for. (500 words)")],
        ]}],
        "tender": {
            "title": ("Home Care Framework", "itt-home-care-lots.md", 1),
            "buyer": ("Knowsley Council", "itt-home-care-lots.md", 1),
            "service": (["home care", "Home Care Framework", "home care in Knowsley"], "itt-home-care-lots.md", 1),
            "area": ("Knowsley", "itt-home-care-lots.md", 1),
            "value_gbp": (3900000, "itt-home-care-lots.md", 1),
            "months": (48, "itt-home-care-lots.md", 1),
            "extension_months": None,
            "deadline": ("2028-05-03", "itt-home-care-lots.md", 1),
            "social_value_weighting_percent": (10, "itt-home-care-lots.md", 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": None,
            "framework": None,
        },
        "questions": [
            {"id": "Q4", "text": "Describe how you will support your care workers' health and wellbeing.",
             "word_limit": 500, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": "itt-home-care-lots.md", "page": 2, "sub_criteria": []},
            {"id": "Q5", "text": "Describe the social value you will deliver to Knowsley residents across the lots you "
                                 "bid for.",
             "word_limit": 500, "char_limit": None, "weighting_percent": None, "social_value": True,
             "source": "itt-home-care-lots.md", "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held4-txt-points-and-pages-national-toms",
        "files": [{"name": "ground-maintenance-rft.txt", "pages": [
            [("h", "Request for Tender: Cemetery Grounds Maintenance"),
             ("p", "Issued by: Halton Borough Council"),
             ("p", "Value: £480,000"),
             ("p", "Duration: 24 months"),
             ("p", "Return by: 20/01/2028")],
            [("h", "Evaluation"),
             ("t", [["Criterion", "Points"], ["Price", "50"], ["Quality", "35"], ["Social Value", "15"],
                    ["Total", "100"]]),
             ("p", "Social value will be measured using the National TOMs."),
             ("p", "SV1 Set out the social value commitments you will make for Halton residents over the contract."),
             ("p", "Your response must not exceed 2 pages of A4.")],
        ]}],
        "tender": {
            "title": ("Cemetery Grounds Maintenance", "ground-maintenance-rft.txt", 1),
            "buyer": ("Halton Borough Council", "ground-maintenance-rft.txt", 1),
            "service": (["Cemetery Grounds Maintenance", "cemetery grounds maintenance"], "ground-maintenance-rft.txt", 1),
            "area": ("Halton", "ground-maintenance-rft.txt", [1, 2]),
            "value_gbp": (480000, "ground-maintenance-rft.txt", 1),
            "months": (24, "ground-maintenance-rft.txt", 1),
            "extension_months": None,
            "deadline": ("2028-01-20", "ground-maintenance-rft.txt", 1),
            "social_value_weighting_percent": (15, "ground-maintenance-rft.txt", 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": None,
            "framework": ("national-toms", "ground-maintenance-rft.txt", 2),
        },
        "questions": [
            {"id": "SV1", "text": "Set out the social value commitments you will make for Halton residents over the "
                                  "contract.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": None, "social_value": True,
             "source": "ground-maintenance-rft.txt", "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held4-docx-ppn002-points-out-of-100",
        "files": [{"name": "Invitation to Tender - Library IT.docx", "pages": [
            [("h", "Invitation to Tender: Library Public Computer Service"),
             ("p", "Liverpool City Council invites tenders for the supply and support of public computers in "
                   "Liverpool libraries."),
             ("p", "The estimated value of the contract is £620,000 over 36 months."),
             ("p", "Tenders must be received by 5pm on 28 February 2028.")],
            [("h", "Scoring"),
             ("p", "Tenders will be scored out of 100 points: 60 points for price, 30 points for quality and 10 points "
                   "for social value. Social value questions follow PPN 002."),
             ("p", "Question 7: How will you help Liverpool residents gain digital skills through this contract? "
                   "(maximum 3 pages)")],
        ]}],
        "tender": {
            "title": ("Library Public Computer Service", "Invitation to Tender - Library IT.docx", 1),
            "buyer": ("Liverpool City Council", "Invitation to Tender - Library IT.docx", 1),
            "service": (["supply and support of public computers in Liverpool libraries",
                         "Library Public Computer Service", "supply and support of public computers"],
                        "Invitation to Tender - Library IT.docx", 1),
            "area": ("Liverpool", "Invitation to Tender - Library IT.docx", 1),
            "value_gbp": (620000, "Invitation to Tender - Library IT.docx", 1),
            "months": (36, "Invitation to Tender - Library IT.docx", 1),
            "extension_months": None,
            "deadline": ("2028-02-28", "Invitation to Tender - Library IT.docx", 1),
            "social_value_weighting_percent": (10, "Invitation to Tender - Library IT.docx", 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": None,
            "framework": ("ppn-002", "Invitation to Tender - Library IT.docx", 2),
        },
        "questions": [
            {"id": ["7", "Question 7"], "text": "How will you help Liverpool residents gain digital skills through this "
                                                "contract?",
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": None, "social_value": True,
             "source": "Invitation to Tender - Library IT.docx", "page": 2, "sub_criteria": []},
        ],
    },
]
