"""Is a planned commitment relevant, proportionate and additional? Each check gives a reason a person can act on.

- additional: not what the contract already pays for. It fails when the activity is close in meaning to the
  contracted service and carries no social value signal (a beneficiary group, a partner, a measure's own
  words), or when it names a legal or contractual duty (minimum wage, compliance, meeting the specification).
- proportionate: the commitment's rough cost, as a share of the contract value, within limits that are
  settings: money as stated; hours, days, sessions and weeks at an assumed hourly staff cost; jobs at an
  assumed yearly cost. Extras the bidder funds (donations, volunteering, advice) may cost up to 10 % of the
  contract; what is delivered through the contract's own spend (jobs, supply-chain spend) up to all of it;
  on contracts of £1m or more a commitment under 0.1 % is token. Every reason states the rule and figures used.
- relevant: it matches a TOMs measure, its benefit stays in Cheshire and Merseyside, and it benefits the
  community rather than the bidder; the reason names its links to the contract and the area's local needs.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from assistant.additionality import ContractScope, Repeat, service_and_venue, shared_service_words, venue_only
from assistant.mapping import Mapping
from assistant.measures import Measure
from assistant.quantities import PERIOD_MONTHS, Quantity, length_each_months, own_duration, rate
from assistant.settings import Settings

# Social value signals: words naming who benefits or who partners, beyond delivering the service itself.
_SIGNAL = re.compile(
    r"\b(unemploy\w*|long[- ]term|care leavers?|NEETs?|ex-offenders?|disabled|disabilit\w*|apprentic\w*|trainees?|"
    r"placements?|internships?|work experience|volunteer\w*|charit\w*|VCSEs?|VCFSEs?|voluntary|community|"
    r"social enterprises?|careers? talks?|school visits?|mentor\w*|local (people|residents|suppliers|firms|businesses|"
    r"SMEs|MSMEs|supply chain)|donat\w*|pro bono|homeless\w*|rough sleep\w*|food banks?|carbon|emissions?|"
    r"recycl\w*|biodiversity|real living wage|green|wellbeing programme)\b",
    re.IGNORECASE,
)
# Who benefits beyond the contract: a beneficiary group, a partner, a place of learning (not environmental words,
# which a contract's own footprint management also uses).
_BENEFICIARY = re.compile(
    r"\b(unemploy\w*|long[- ]term|out of work|care leavers?|NEETs?|not in education, employment or training|ex-offenders?|disabled|disabilit\w*|apprentic\w*|"
    # people leaving prison named without the word "ex-offender" ("released from HMP Altcourse", "prison leavers")
    r"released from (HMP|HMYOI|prison|custody|jail)|prison leavers?|(former|reformed) offenders?|on probation|"
    r"trainees?|placements?|internships?|interns?|work experience|volunteer\w*|charit\w*|VCSEs?|VCFSEs?|voluntary|"
    r"community|social enterprises?|careers? talks?|school visits?|schools?|pupils?|colleges?|students?|mentor\w*|"
    # schools named by their kind ("4 Cheshire East secondaries", "six primaries", "a sixth form")
    r"secondar(y|ies)|primar(y|ies)|sixth[- ]forms?|academ(y|ies)|nurser(y|ies)|"
    r"local (people|residents|suppliers|firms|businesses|SMEs|MSMEs|supply chain|producers|farms)|"
    # small firms named with their place or trade ("small St Helens trades firms")
    r"small ([\w&'-]+ ){0,3}?(firms|businesses|traders|contractors)|"
    # small firms named as independent ("independent shops in Prescot", "independent retailers")
    r"independent ([\w&'-]+ ){0,2}?(shops|retailers|traders|businesses|firms|cafes|caf\u00e9s)|"
    # firms named by their size or age ("ten new Halton micro-businesses", "local start-ups"): small firms that gain
    r"micro[- ]?(businesses|enterprises|firms)|start[- ]?ups|"
    # the people of other organisations the bidder works with ("60 staff at our subcontractors")
    r"(staff|employees|workers|people|colleagues) (at|of|in|across) (our |the |their )?(sub-?contractors?|suppliers?|supply chain)|"
    # named by their trade, with the firms named by how the bidder uses them ("the drivers of the taxi firms we
    # subcontract", "operatives from our subcontractors")
    r"(staff|employees|workers|drivers|operatives|engineers|fitters|cleaners|carers|crews?) (at|of|in|from|across) "
    r"(our |the |their )?([\w-]+ ){0,2}?(sub-?contractors?|suppliers?|(firms|companies|operators|businesses) (that )?we "
    r"(sub-?contract|use|hire|buy from))|"
    r"SMEs|MSMEs|donat\w*|pro bono|homeless\w*|rough sleep\w*|food banks?|real living wage|families|low incomes?|"
    r"isolated|lonely|loneliness|befriend\w*|jobseekers?|residents|(tenants|residents)'?\s+(and residents'?\s+)?associations?|"
    # voluntary groups named by their kind ("the Runcorn scouts", "a boxing club", "a hospice"): a group that gains
    r"scouts?|guides|brownies|cubs|beavers|youth (clubs?|groups?)|(sports|football|boxing|rugby|cricket|netball|"
    r"running|swimming|cycling|bowls|community|junior|youth) clubs?|hospices?|churches|"
    r"faith groups?|men'?s sheds?|food pantr(y|ies)|community (larders?|fridges?)|"
    # a home whose residents gain, and a raffle held to raise money for someone
    r"care homes?|raffles?|"
    # an accredited qualification the contract does not pay for: the people who gain it gain beyond the service
    r"Level [2-7](\s+\w+){0,4}\s+(qualifications?|diplomas?|certificates?|courses?)|NVQs?|BTECs?|City (&|and) Guilds|"
    r"HNCs?|HNDs?)\b",
    re.IGNORECASE,
)
# Beneficiary words that name a service's own users as much as anyone beyond it: an activity close in meaning to
# the service ("provide residents with an interpreter at their appointments") is still the service.
_SERVICE_USERS = frozenset({"residents", "resident", "families"})
# A service that names its users as a kind the public are not (a hospital's patients, a school's pupils, a prison's
# inmates) serves them, not residents or families as such: for it, those words name people beyond it
_OTHER_USERS = re.compile(r"\b(patients?|pupils?|inmates?|prisoners?)\b", re.IGNORECASE)
# A duty turned into a benefit for others: "give free health and safety advice to local charities".
_BEYOND = re.compile(r"\b(advice|training|mentor\w*|support|donat\w*|giv(e|en|es|ing)|gave|free)\b.*\b(to|for|with)\b",
                     re.IGNORECASE)
# An accredited qualification given to people ("an NVQ for 6 of our operatives", "we fund diplomas") goes beyond the
# training a duty requires, unless it is said to be required; one staff must hold is the requirement itself
_QUALIFICATION = re.compile(
    r"\b(NVQs?|BTECs?|qualifications?|diplomas?)\b[^.]*?\bfor\s+(\d+|\w+ of|all|our|each|every)\b"
    r"|\b(fund\w*|pay\w* for|put\w* \w+ through|sponsor\w*)\b[^.]*\b(NVQs?|BTECs?|qualifications?|diplomas?)\b",
    re.IGNORECASE,
)
_SAID_REQUIRED = re.compile(r"\b(required|requires?|mandatory|compulsory|statutory)\b", re.IGNORECASE)
# Things the law or the contract already require (the plain rule, used without a ContractScope).
_DUTY = re.compile(
    r"\b((national )?minimum wage|comply|complian\w*|statutory|legal(ly)? (requirement|obligation|duty)|"
    r"(required|set out|specified) (by|in) (law|the contract|the specification)|contractual (obligation|requirement|dut\w+)|"
    r"meet (the|all) (KPIs?|service levels?|specification|contract requirements)|health and safety (law|regulations))\b",
    re.IGNORECASE,
)
# Benefits that go to the bidder or its staff, not the community.
_SELF = re.compile(
    r"\b(marketing|advertis\w*|brand(?![- ]new)\w*|corporate hospitality|staff (party|parties|bonus\w*|away days?|social)|"
    r"christmas party|golf days?|our (company |firm's )?(logo|branding)|(with|bearing|showing|carrying|displaying) our (company )?name|gala dinners?|race days?|hospitality box\w*|(for|with) our (clients|customers|shareholders)|"
    r"executive|"
    # the family of the bidder's own people named by their role ("the MD's son", "our CEO's daughter")
    r"(the |our )?(MD|CEO|CFO|COO|chair(man|woman|person)?|directors?|owners?|founders?|boss|partners?)'s\s+"
    r"(sons?|daughters?|wife|husband|partner|famil(y|ies)|children|kids|nephews?|nieces?|grandchildren)|"
    # the bidder's own premises, kit or fleet ("for our own offices in Reading", "at our own depot")
    r"(for|in|at|to|across) our own (\w+ )?(offices?|premises|sites?|depots?|buildings?|head ?office|HQ|fleet|vans?|"
    r"vehicles?|warehouses?|yards?)|"
    # the bidder's head office is its own whether or not 'own' is said ("a raffle at our head office")
    # also named with its town ("in the reception of our Leeds HQ")
    r"(for|in|at|to|across) (the [\w-]+ of )?our ([A-Z][\w-]+ )?(head ?office|HQ|headquarters|registered office))\b",
    re.IGNORECASE,
)
# The bidder's own people as the ones who receive (taken, treated, rewarded, invited): with a treat and no one
# else named, the benefit stays in-house.
_OWN_PEOPLE = re.compile(
    r"\b(tak\w*|treat\w*|reward\w*|send\w*|fly\w*|invit\w*|entertain\w*|buy\w*|giv\w*|offer\w*|for|to)\s+"
    r"(our |the |all our |all the |our own |all our own |(any|each|every|all) of our (own )?)?(directors?|board|executives?|senior (staff|managers?|team)|managers?|"
    r"management team|shareholders|staff|employees|team|people|workforce|colleagues|clients|customers|"
    # the bidder's own trades and roles ("for all our engineers", "our drivers")
    r"engineers|drivers|operatives|officers|carers|cleaners|advisers|nurses|technicians|crews?|fitters|"
    r"installers|surveyors|consultants|chefs|porters|guards)\b"
    # a trade of the bidder's own named with what they do ("for our gritter drivers", "our site engineers")
    r"|\b(tak\w*|treat\w*|reward\w*|send\w*|invit\w*|entertain\w*|for)\s+(all )?our (own )?(?:[\w-]+\s+){1,3}?"
    r"(engineers|drivers|operatives|officers|carers|cleaners|advisers|nurses|technicians|crews?|fitters|installers|"
    r"surveyors|consultants|chefs|porters|guards|"
    # their managers named by where or what they work at ("for our control room managers"); not "our contract
    # staff", whom a green travel scheme's saved miles are counted through
    r"managers|directors|supervisors)\b"
    # the bidder's own people naming the event itself ("an annual staff awards night", "a company Christmas party")
    r"|\b(staff|employees?|company|team)[- ](awards?|part(y|ies)|nights? out|christmas|summer|away[- ]?days?|socials?)\b"
    # the bidder's own people named by how long they have worked for it ("after ten years with us", "drivers who
    # have been with us since 2015"), whatever their trade
    r"|\b(years?|months?|service) (with|at|working for) us\b|\b(been|worked|working|served|serving|stayed) (with|for) us\b"
    # the buyer's own people ("for the council's commissioning officers", "the trust's procurement team"): a treat
    # for them is hospitality for the customer, not a benefit to the community
    r"|\b(tak\w*|treat\w*|invit\w*|entertain\w*|for|to)\s+(the |its |their )?(council|client|buyer|authority|trust|"
    r"commissioner|customer)'s\s+(?:[\w-]+\s+){0,3}?(officers|staff|team|managers|commissioners|officials|"
    r"directors|leads|buyers)\b",
    re.IGNORECASE,
)
_TREAT = re.compile(
    r"\b(match(es)?|games?|tickets?|box|trips?|outings?|days? out|part(y|ies)|dinners?|meals? out|drinks|golf|spa|"
    r"weekends? away|holidays?|hospitality|concerts?|shows?|races|rewards?|treat\w*|celebrat\w*|incentives?|"
    r"fun days?|family days?|theme parks?|bonus(es)?|awards? nights?|(free |open )bar|memberships?|"
    # food laid on as an occasion ("a summer barbecue", "a picnic", "a buffet lunch")
    r"barbecues?|BBQs?|picnics?|buffets?|lunch(es)?(?![- ]?(and|&) learn|[- ]?times?)|hotels?|"
    # what an employer gives its people for staying ("long-service vouchers", "a gift card after five years")
    r"vouchers?|gift cards?|long[- ]service|"
    r"discount\w*|perks?|(staff |employee )?benefits? schemes?|"
    # something given free to the bidder's own people is a perk ("a free annual boiler service for our engineers")
    r"free)\b",
    re.IGNORECASE,
)
# Buying for the business on price alone ("our stationery from the cheapest online retailer"): the saving is the
# bidder's; with no one named who gains, it is not social value whatever measure its words come close to.
_PURCHASE = re.compile(r"\b(buy\w*|bought|order\w*|purchas\w*|sourc\w*|procur\w*)\b", re.IGNORECASE)
_PRICE_ONLY = re.compile(r"\b(cheapest|lowest[- ]pric\w*|lowest[- ]cost|best[- ]priced?|discount\w*)\b", re.IGNORECASE)
# Places outside Cheshire and Merseyside that people name when a benefit goes elsewhere.
_ELSEWHERE = re.compile(
    r"\b(overseas|abroad|international\w*|London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Cardiff|Bristol|"
    r"Newcastle|Sheffield|Nottingham|Leicester|Scotland|Wales|Ireland|Europe|Africa|Asia|America|India|Kenya|"
    r"Spain|France|Brazil|"
    # places named by their adjective or region rather than a city ("the Scottish Highlands", "the Lake District")
    r"Scottish|Highlands|Lake District|Cumbria|Cornwall|Devon|Yorkshire|Kent|"
    # other countries a gift or trip is sent to (the places aid, kit and volunteering trips usually go)
    r"Malawi|Uganda|Tanzania|Zambia|Zimbabwe|Ghana|Nigeria|Ethiopia|Rwanda|Sierra Leone|Gambia|Sudan|Somalia|"
    r"Mozambique|South Africa|Nepal|Bangladesh|Pakistan|Sri Lanka|Philippines|Vietnam|Cambodia|China|Ukraine|"
    r"Poland|Romania|Germany|Italy|Portugal|Greece|Turkey|Syria|Gaza|Haiti|Peru|Mexico|Canada|Australia|"
    # English counties and towns outside the region that a bidder's head office or other sites sit in
    r"Buckinghamshire|Berkshire|Oxfordshire|Hertfordshire|Bedfordshire|Essex|Surrey|Sussex|Hampshire|Dorset|"
    r"Somerset|Wiltshire|Gloucestershire|Norfolk|Suffolk|Cambridgeshire|Lincolnshire|Northamptonshire|"
    r"Warwickshire|Worcestershire|Herefordshire|Shropshire|Staffordshire|Derbyshire|Leicestershire|"
    r"Nottinghamshire|Lancashire|Northumberland|Milton Keynes|Oxford|Cambridge|Coventry|Stoke-on-Trent|"
    r"Southampton|Portsmouth|Plymouth|Exeter|(?<!New )Brighton|Norwich|Sunderland|Middlesbrough|Swansea|Belfast|Dublin|"
    r"Aberdeen|Dundee|Wolverhampton|Bradford|Wakefield|Preston|Blackpool|Wigan|Bolton|Stockport|Salford|Oldham|"
    r"Rochdale|Derby|Blackburn|Burnley|Accrington|Chorley|Leyland|Barrow|"
    # the other cities and university towns of Great Britain, where a bursary, a trip or a head office goes
    r"Bath|Canterbury|Chichester|Durham|Ely|Gloucester|Hereford|Lancaster|Lichfield|Lincoln|Peterborough|Ripon|"
    r"Salisbury|St Albans|Truro|Winchester|Worcester|York|Carlisle|Kendal|Chelmsford|Colchester|Doncaster|Hull|"
    r"Luton|Ipswich|Huddersfield|Loughborough|Guildford|Bournemouth|Swindon|Warwick|Leamington|Stirling|"
    r"Inverness|Perth|St Andrews|Newport|Bangor|Wrexham|Lisburn|Derry|Armagh|Newry)\b"
    # a town's name that is part of a local place's own name ("Friends of Derby Park", "Preston Road") is that place
    r"(?!\s+(Park|Road|Street|Lane|Square|Way|Avenue|Close|Drive|Hall|House|Place|Gardens?|Terrace|Crescent|Rec|Green)\b)",
)
# Units a reduction or diversion is measured in
_MEASURED = frozenset({"tonnes", "tonnes CO2e", "miles", "%"})
# Words saying an amount is saved, cut or kept out of the environment (used without a ContractScope)
_SAVING = re.compile(r"\b(sav\w*|cut\w*|reduc\w*|avoid\w*|divert\w*|offset\w*|lower\w*|fewer|less)\b", re.IGNORECASE)
# A sponsorship, or money said to be paid on top of the price ("paid by us on top of our tendered price", "over and
# above the contract sum"), is funded on top of the contract whatever the measure its words come near (supply-chain
# spend): it is a gift, weighed as an extra
_ON_TOP = re.compile(r"\bsponsor(s|ed|ing|ship|ships)?\b|\b(on top of|over and above|in addition to|outside|separate "
                     r"from|not (included |charged )?in|not out of)\s+(our|the) (\w+ ){0,2}?(price|bid|tender|"
                     r"contract (price|sum|value)|fee)s?\b", re.IGNORECASE)
# Something the bidder buys and gives away ("buy a minibus and give it to a Bootle special school"): a gift funded on
# top of the contract, whatever the supply-chain measure its words come near
_BOUGHT_AND_GIVEN = re.compile(r"\b(buy|buys|bought|purchas\w*)\b[^.;]{0,100}?\band\s+(give|gift|donate|hand)\w*\s+"
                               r"(it|them)?\s*(over\s+)?to\b", re.IGNORECASE)
# Closeness in meaning to a measure's own wording at or above which an activity far in meaning from delivering the
# service does that measure's work, even when it names the service's things ("modern slavery clauses in 100% of our
# PV module and battery supply contracts"); one close to delivering it too and naming its things still restates it
_MEASURE_OWN_MEANING = 0.5
# An FTE measure counting people whose pay is raised ("pay raise to Real living wage"), not posts created
_PAY_RAISE = re.compile(r"\bpay (raise|rise|increase)s?\b", re.IGNORECASE)
# Codes delivered through the contract's own spend: jobs, pay, supply-chain spend.
DELIVERY_CODES = frozenset(
    "NT1 NT1b NT2 NT3 NT3d NT4 NT4a NT76 NT5 NT6 NT9 NT10 NT80 NT13 NT13a NT14 NT18 NT19 NT41 NT42 NT58".split()
)


@dataclass
class Check:
    ok: bool
    why: str
    repeats: str | None = None  # additionality: the part of the contract it repeats (service, duty, footprint)
    requirement: str | None = None  # additionality: the specification's sentence it repeats
    scale: str | None = None  # proportionality: "token" (too small) or "over" (too large) when it fails

    def as_dict(self) -> dict[str, Any]:
        return {key: value for key, value in asdict(self).items() if value is not None}


@dataclass
class Cost:
    pounds: float
    basis: str


class CommitmentChecks:
    """The three checks for one activity on one contract; thresholds come from settings."""

    def __init__(self, settings: Settings, scope: ContractScope | None = None) -> None:
        self.s = settings
        self.scope = scope  # what the contract pays for; without it, the plain similarity rule is used

    # --- additional -------------------------------------------------------------------
    def repeats(self, activity: str, mapping: Mapping, service: str, specification: str = "",
                vector: np.ndarray | None = None) -> Repeat | None:
        """What the contract already pays for that ``activity`` repeats (service, duty or footprint), or None."""
        if self.scope is None:
            return None
        if vector is None:
            vector = self.scope.embedder.embed([activity])[0]
        signal = beyond_service(activity, service)
        users_only = signal is not None and beyond_service(activity, service, users=False) is None
        wider = others_gain(activity)
        if wider:  # jobs for a group, or a benefit opened to people beyond the service's own users: not the service
            signal, users_only = wider, False
        if specification:
            required = self.scope.required(activity, vector, specification)
            if required:
                return required
        duty = self.scope.duty(activity, vector, mapping.measures[0].evidence.get("meaning", 0.0))
        beyond = _BEYOND.search(activity) or (_QUALIFICATION.search(activity) and not _SAID_REQUIRED.search(activity))
        if duty and not (signal and duty.name != "the contract's own requirements" and beyond):
            return duty
        if signal and not users_only:
            return None
        quantity_unit = mapping.quantity.unit if mapping.quantity else None
        if signal:  # only the service's own users named: a restatement of the service, or its own footprint, still is
            return (self._restates(vector, mapping, service, specification,
                                   f" ('{signal}' are the people the service is for)")
                    or self._footprint_named(activity, vector, mapping, quantity_unit))
        footprint = self.scope.footprint_repeat(activity, vector, quantity_unit, mapping.measures[0].measure.unit,
                                                mapping.measures[0].evidence.get("meaning", 0.0))
        if footprint:
            return footprint
        # "4,000 t re-used on the council's schemes instead of going to tip": material kept from disposal is a waste
        # outcome beyond the work; a carbon saving on the buyer's own things ("convert the council's lanterns to LED,
        # saving 1,100 tCO2e") is the work's own outcome
        diverted = self.scope.reduction.search(activity) and quantity_unit == "tonnes"
        buyer = None if diverted else self.scope.buyer_work(activity)
        if buyer:
            return buyer
        if paid_by_bidder(activity):
            return None  # money the bidder gives or spends of its own beyond the price is not what the price buys
        return (self._restates(vector, mapping, service, specification)
                or self._names_the_service(activity, service, vector, mapping, specification))

    def _footprint_named(self, activity: str, vector: np.ndarray, mapping: Mapping, quantity_unit: str | None) -> Repeat | None:
        """The contract's own footprint named in its words (not by meaning alone): with only the service's users
        named, keeping them informed of the works ("a newsletter for residents") manages its disruption."""
        found = self.scope.footprint_repeat(activity, vector, quantity_unit, mapping.measures[0].measure.unit, 1.0)
        return found if found is not None and "close in meaning" not in found.why else None

    def _names_the_service(self, activity: str, service: str, vector: np.ndarray | None = None,
                           mapping: Mapping | None = None, specification: str = "") -> Repeat | None:
        """The service told in its own words: an activity naming no one beyond the contract that uses several of the
        service's own words ("Cyclic cleanse of all the gullies" on a gully cleaning contract, a carbon saving
        "across the 400 homes" a retrofit contract pays for) describes the contract's work or its outcome, however
        terse the note (a short note is far in meaning from any full sentence about delivering the service)."""
        if _ELSEWHERE.search(activity):
            return None  # the service is delivered in the contract's area; what happens elsewhere is not it
        # the workforce named by the service's trade ("all 4 post room and print staff") names who gains, not the work
        shared = shared_service_words(_WORKFORCE.sub(" ", activity), service)
        if len(shared) < self.s.additional_shared_service_words or venue_only(shared, service):
            return None  # too few, or only where the service is delivered: the same place is not the same work
        if self.scope.reduction.search(activity) and not any(word[0].isdigit() for word in shared):
            return None  # a measured reduction is additional unless measured over the very things the service counts
        if vector is not None and mapping is not None:
            meaning = mapping.closest_meaning or mapping.measures[0].evidence.get("meaning", 0.0)
            delivery = self.scope.closest_delivery(vector, service, specification)[0]
            if meaning >= _MEASURE_OWN_MEANING and delivery < self.s.additional_similarity:
                return None  # it does a measure's own work and is not close to delivering the service ("modern
                # slavery clauses in our battery supply contracts"): the service's words only name what it concerns
        words = ", ".join(f"'{w}'" for w in shared)
        return Repeat("service", service, f"it restates the contracted service: it names the service's own work or "
                                          f"things ({words} of '{service}'), which the contract already pays for, "
                                          "and names no one who benefits beyond it; say who gains (local hires, "
                                          "VCFSEs, trainees, pupils) or drop it")

    def _restates(self, vector: np.ndarray, mapping: Mapping, service: str, specification: str,
                  users: str = "") -> Repeat | None:
        if _ELSEWHERE.search(mapping.activity):
            return None  # the service is delivered in the contract's area; what happens elsewhere is not it
        quantity = mapping.quantity
        if self.scope.reduction.search(mapping.activity) and quantity is not None and quantity.unit in _MEASURED:
            return None  # a measured reduction or diversion ("6 t a year kept out of landfill") is an outcome beyond it
        similarity, closest = self.scope.closest_delivery(vector, service, specification)
        measure_meaning = mapping.closest_meaning or mapping.measures[0].evidence.get("meaning", 0.0)
        # closer to what the contract pays for than to any measure's own wording and examples
        if similarity >= self.s.additional_similarity and similarity > measure_meaning:
            return Repeat("service", closest, f"it restates the contracted service: it is close in meaning "
                                              f"({similarity:.2f}) to '{closest}', which the contract already pays "
                                              f"for, and names no one who benefits beyond it{users}; say who gains "
                                              "(local hires, VCFSEs, trainees, pupils) or drop it", similarity)
        return None

    def additional(self, activity: str, mapping: Mapping, similarity_to_service: float, service: str,
                   specification: str = "", vector: np.ndarray | None = None) -> Check:
        selfish = self_benefit(activity, service) or price_only(activity)
        if selfish:  # for the bidder itself: not what the contract pays for; relevance says why it is not social value
            return Check(True, f"not what the contract pays for: '{selfish}' is for your own organisation (see relevance)")
        if self.scope is not None:
            repeat = self.repeats(activity, mapping, service, specification, vector)
            if repeat is not None:
                return Check(False, repeat.why, repeat.part, repeat.requirement)
            match = _BENEFICIARY.search(activity) or _SIGNAL.search(activity)
            if match:
                return Check(True, f"goes beyond the service, its duties and its own footprint ('{match.group(0)}')")
            return Check(True, "repeats neither the contracted service, a duty any supplier must meet, nor the "
                               "management of the contract's own footprint")
        duty = _DUTY.search(activity)
        if duty:
            return Check(False, f"'{duty.group(0)}' is a legal or contractual duty, not additional social value: "
                                "commit to something beyond what the law and the contract require", "duty")
        match = _SIGNAL.search(activity)
        words = mapping.measures[0].evidence.get("words") if mapping.measures else []
        signal = f"'{match.group(0)}'" if match else (", ".join(f"'{w}'" for w in words) if words else "")
        if similarity_to_service >= self.s.additional_similarity_plain and not signal:
            return Check(False, f"it restates the contracted service ('{service}', similarity "
                                f"{similarity_to_service:.2f}) and names no one who benefits beyond it: this is what "
                                "the contract already pays for; say who gains (local hires, VCFSEs, trainees) or drop it",
                         "service")
        if signal:
            return Check(True, f"goes beyond delivering the service ({signal})")
        return Check(True, f"not part of the contracted service (similarity {similarity_to_service:.2f})")

    # --- proportionate ----------------------------------------------------------------
    def cost(self, activity: str, mapping: Mapping, months: int) -> Cost | None:
        q = mapping.quantity
        measure = mapping.measures[0].measure
        converted = mapping.measures[0].in_unit
        if converted is not None and converted.missing and converted.unit != "yes/no":
            return None  # not in the measure's unit: its scale is judged once it is restated (the reason says how)
        if converted is not None and converted.ok:
            q = Quantity(converted.value, converted.unit, converted.how or (q.text if q else f"{converted.value:g} {converted.unit}"))
        if q is None:
            return None
        value, basis = q.value, f"{q.text}"
        stated = mapping.quantity.text if mapping.quantity else None
        per = rate(activity, stated)
        own = own_duration(activity, months) if per else None
        if per and (q.unit in ("FTE", "people") or (own and stated and stated in own[1])):
            per = None  # a headcount is not a flow ("4 hires, each on 30 hours a week"), and a quantity read as
            # the duration itself ("2 apprentices every year for all 7 years") already spans it
        if per:
            phrase, period = per
            # over the activity's own stated duration when it gives one ("£50 a month for the 3 years"), else the term
            length = (own or (months, ""))[0]
            times = round(length / PERIOD_MONTHS[period], 6)
            value, basis = value * times, f"{q.text} {phrase} × {times:g} over {length:g} months"
        h = self.s.proportion_hour_cost
        if q.unit == "£":
            return Cost(value, basis)
        if q.unit == "hours":
            return Cost(value * h, f"{basis} at £{h:g} an hour")
        if q.unit == "days":
            return Cost(value * 7.5 * h, f"{basis} at 7.5 hours a day, £{h:g} an hour")
        if q.unit == "sessions":
            return Cost(value * 3 * h, f"{basis} at 3 hours a session, £{h:g} an hour")
        if q.unit == "weeks":
            return Cost(value * 37.5 * h, f"{basis} at 37.5 hours a week, £{h:g} an hour")
        if q.unit in ("FTE", "people") and measure.unit == "FTE" and _PAY_RAISE.search(measure.measure):
            return None  # a pay rise costs the rise, not the posts' whole salaries: the evaluator checks its scale
        if q.unit in ("FTE", "people") and measure.unit == "FTE":
            years = max(months / 12, 1 / 12)
            f = self.s.proportion_fte_year_cost
            return Cost(value * f * years, f"{basis} at £{f:,.0f} a year for {months} months")
        return None

    def proportionate(self, activity: str, mapping: Mapping, value: float, months: int) -> Check:
        measure: Measure = mapping.measures[0].measure
        q = mapping.quantity
        if q is not None and q.unit == "%":
            if not 0 < q.value <= 100:
                return Check(False, f"{q.text} is not a possible percentage")
            return Check(True, f"a share ({q.text}) is in proportion to any contract size")
        cost = self.cost(activity, mapping, months)
        converted = mapping.measures[0].in_unit
        if cost is None:
            if converted is not None and converted.missing:
                return Check(True, f"scale cannot be judged yet: {converted.missing}")
            if q is None:
                return Check(True, f"no quantity given, so scale cannot be judged: state one in {measure.unit} "
                                   "so the commitment can be scored and checked")
            return Check(True, f"'{q.text}' is not put on a £ scale; the evaluator checks it against the benchmark")
        share = cost.pounds / value
        delivery = measure.code in DELIVERY_CODES and not (_ON_TOP.search(activity) or _BOUGHT_AND_GIVEN.search(activity))
        kind = "delivered through the contract's spend" if delivery else "funded on top of the contract"
        each = length_each_months(activity) if delivery and months and measure.unit == "weeks" else None
        if each is not None and each > months:
            # "twelve apprentices, three years each" on an 18-month contract: each outlasts the contract, so the
            # contract's spend cannot carry it and it is held to the cap for extras
            delivery = False
            kind = (f"funded on top of the contract (each runs {each:g} months, longer than the {months}-month "
                    "contract, so its spend cannot carry them)")
        limit = self.s.proportion_delivery_max_share if delivery else self.s.proportion_extra_max_share
        figures = f"about £{cost.pounds:,.0f} ({cost.basis}) is {share:.2%} of the £{value:,.0f} contract"
        if share > limit:
            return Check(False, f"out of proportion: {figures}; commitments {kind} should stay within {limit:.0%} "
                                "of the contract value: scale it down or explain how it is funded", scale="over")
        token = self.s.proportion_token_share
        if value >= self.s.proportion_token_min_value and share < token:
            return Check(False, f"token: {figures}, under {token:.1%} on a contract of £"
                                f"{self.s.proportion_token_min_value:,.0f} or more: scale it up to match the contract",
                         scale="token")
        return Check(True, f"in proportion: {figures} (limit {limit:.0%} for commitments {kind})")

    @staticmethod
    def benefits_self(activity: str, service: str = "") -> bool:
        """Whether the activity's benefit goes to the bidder, its staff or its clients rather than the community."""
        return self_benefit(activity, service) is not None

    # --- relevant ---------------------------------------------------------------------
    def environmental_saving(self, activity: str, mapping: Mapping) -> bool:
        """Whether the activity states a saving in its environmental measure's own unit ("saving about 900 tCO2e
        against our 2023 baseline", "40,000 fewer van miles"): that amount is the environmental outcome, whoever
        gains from it, however far its wording is from the measure's."""
        best = mapping.measures[0]
        converted = best.in_unit
        saving = _SAVING.search(activity) or (self.scope is not None and self.scope.reduction.search(activity))
        stated = mapping.quantity  # a tonnage the activity itself states saved or kept from disposal, whatever the
        # measure its words come near ("4,000 tonnes re-used instead of going to tip" near a miles measure)
        return bool(saving) and ((best.measure.theme == "Environment" and best.measure.unit in _MEASURED - {"%"}
                                  and converted is not None and converted.ok)
                                 or (stated is not None and stated.unit in ("tonnes", "tonnes CO2e")))

    def relevant(self, activity: str, mapping: Mapping, similarity_to_service: float,
                 in_profile: bool, need_reasons: list[str], service: str = "") -> Check:
        best = mapping.measures[0]
        selfish = self_benefit(activity, service)
        if selfish:
            return Check(False, f"'{selfish}' benefits your organisation or staff, not the community: "
                                "it is not social value")
        price = price_only(activity)
        if price:
            return Check(False, f"buying for your own business on price ('{price}') names no one who gains "
                                "beyond your organisation: the saving is yours, not social value; say who benefits "
                                "(local or small suppliers, VCFSEs) or drop it")
        away = _ELSEWHERE.search(activity)
        if away:
            return Check(False, f"the benefit goes to '{away.group(0)}', outside Cheshire and Merseyside: "
                                "social value on this contract must reach the local area")
        no_fit = self.s.map_no_fit_below
        if no_fit is not None and best.score < no_fit and not (_BENEFICIARY.search(activity) or _SIGNAL.search(activity)
                                                               or _PUBLIC_PLACE.search(activity)
                                                               or self.environmental_saving(activity, mapping)):
            return Check(False, f"it names no one who gains beyond your organisation (no local people, group, partner "
                                f"or environmental outcome) and fits no TOMs measure (best {best.measure.code} at "
                                f"{best.score:.2f}, under the {no_fit:.2f} a measure needs): running or supplying your "
                                "own business is not social value; say who benefits, and how, or drop it")
        if best.score < self.s.relevance_min_score:
            return Check(False, f"it matches no TOMs measure closely (best {best.measure.code}, score "
                                f"{best.score:.2f}): an evaluator cannot score it; rephrase it as a measurable "
                                "commitment or drop it")
        links = []
        if in_profile:
            links.append(f"{best.measure.code} is commonly relevant to this kind of contract")
        elif similarity_to_service >= 0.3:
            links.append(f"related to the contract's subject (similarity {similarity_to_service:.2f})")
        links.extend(need_reasons)
        if not links:
            links.append(f"fits {best.measure.code}, but not linked to the contract's subject or the area's "
                         "recorded needs: explain why it matters here")
        return Check(True, "; ".join(links))


# Giving something away ("give charities free advertising space", "donate towards the tenants' association
# Christmas party"): the marketing or the party named is the recipient's, so its benefit leaves the bidder, unless
# the bidder's own people or clients are the ones it is for ("sponsor a charity golf day for our clients").
_GIFT = re.compile(r"\b(donat\w*|giv(e|es|ing)|gave|gift\w*|free|towards)\b", re.IGNORECASE)
_FOR_OWN = re.compile(r"\b(for|with) (our|the council's|the client's) (own )?(\w+ )?(clients|customers|shareholders|staff|"
                      r"team|directors|employees|managers|executives|people|workforce|colleagues)\b", re.IGNORECASE)


# The bidder's workforce named by its trade ("all 4 post room and print staff", "our catering team"): the trade's words
# say who the people are, not what work is done
_WORKFORCE = re.compile(r"\b(?:[\w-]+\s+(?:and\s+|&\s+)?){1,4}(?:staff|workers|teams?|employees|workforce)\b",
                        re.IGNORECASE)


# Workers named by a trade with the contracted service's own work ("for the grounds crews" on a grounds maintenance
# contract, "kitchen assistants" on a school meals one) are the workforce delivering it, the bidder's own people; a
# trade the service does not name ("the lifeboat crews") is someone else's
_TRADE_WORKERS = re.compile(
    r"\b(?:for|to|treat\w*|reward\w*|tak\w*|send\w*|invit\w*)\s+(?:all\s+)?(?:the\s+)?(?P<trade>(?:[\w-]+\s+){1,2}?)"
    r"(?:crews?|operatives|assistants|engineers|drivers|officers|carers|cleaners|technicians|fitters|installers|"
    r"gardeners|cooks|chefs|porters|guards|interpreters|operators|"
    # the workforce named by the service's trade with a general word ("for catering staff", "to the cleaning team")
    r"staff|workers|team|teams|employees)\b", re.IGNORECASE)


def service_workers(activity: str, service: str) -> str | None:
    """The words naming the contract's own workforce by its trade ("the grounds crews"), or None."""
    for found in _TRADE_WORKERS.finditer(activity):
        shared = shared_service_words(found.group("trade"), service) if service else []
        if shared and not venue_only(shared, service):
            return found.group(0)
    return None


_OWN_FAMILIES = re.compile(r"(?:\b(?:and|with|plus)|[+&])\s+(their|his|her)\s+(famil(y|ies)|partners?|kids|children)\b",
                           re.IGNORECASE)


# A public place the bidder restores, builds or improves ("the bandstand and lake in Victoria Park", "a village green",
# "the play area on Mill Lane"): the public who use it gain, though no group is named
_PUBLIC_PLACE = re.compile(
    r"\b(?:restor\w*|renovat\w*|refurbish\w*|rebuild\w*|improv\w*|build\w*|creat\w*|upgrad\w*|landscap\w*|re-?open\w*)\b"
    r"[^.;]{0,80}?\b(?:(?:public|community|village)\s+(?:parks?|gardens?|squares?|spaces?|greens?|places?)|(?<!car )(?<!business )parks?|"
    r"playgrounds?|play (?:areas?|parks?)|green spaces?|bandstands?|village greens?|nature reserves?|promenades?|"
    r"(?:public\s+)?footpaths?|war memorials?)\b", re.IGNORECASE)


def _given_away(activity: str) -> bool:
    """Whether the activity gives its marketing or party to someone it names beyond the bidder's own people."""
    return bool(_GIFT.search(activity) and _BENEFICIARY.search(activity) and not _FOR_OWN.search(activity))


def price_only(activity: str) -> str | None:
    """The words saying the bidder buys for its own business on price alone, naming no one who gains, or None."""
    price = _PRICE_ONLY.search(activity)
    if price and _PURCHASE.search(activity) and not (_BENEFICIARY.search(activity) or _SIGNAL.search(activity)):
        return price.group(0)
    return None


def self_benefit(activity: str, service: str = "") -> str | None:
    """The words saying the benefit stays with the bidder (its marketing, or a treat for its own people), or None;
    with ``service``, workers named by its own trade count as the bidder's people."""
    selfish = _SELF.search(activity)
    if selfish and not _given_away(activity):
        return selfish.group(0)
    found = _OWN_PEOPLE.search(activity)
    own, treat = (found.group(0) if found else service_workers(activity, service)), _TREAT.search(activity)
    # the families of the bidder's own people ("our drivers and their families") are theirs, not the community
    others = _OWN_FAMILIES.sub("", activity) if own else activity
    if own and treat and not _BENEFICIARY.search(others):
        return f"{own} … {treat.group(0)}"
    return None


# A beneficiary word naming a place the work is done ("community centres", "school halls"), not someone who gains.
_VENUE = re.compile(r"\s+(centres?|centers?|halls?|venues?|buildings?|rooms?|hubs?|spaces?|premises|libraries|"
                    r"facilities|sites?|cafes?|caf\u00e9s?)\b", re.IGNORECASE)


# Money put into a place ("a £75k fund for a new charity hub", "£5k towards a community centre"): the place, and
# whoever runs it, gains; it is not where the work is done.
_FUNDED = re.compile(r"\b(fund(s|ed|ing)?|donat\w*|grants?|towards|sponsor\w*)\b", re.IGNORECASE)
# A beneficiary word naming whom the works are explained to ("community liaison", "community newsletter"): telling
# neighbours about the contract's own work manages its disruption, no one gains beyond it.
_LIAISON = re.compile(r"\s+(liaison|relations|newsletters?|notices?|letters?|briefings?|consultation)\b", re.IGNORECASE)


def beyond_service(activity: str, service: str, users: bool = True) -> str | None:
    """A word in ``activity`` naming someone who benefits beyond the contract's own users, or None.

    A beneficiary word the service itself names ("school" in a school meals contract) is its own users; with
    ``users=False`` the words naming any service's users ("residents", "families") do not count either."""
    # "… outside Wirral primary schools": the schools are where the service is delivered, not whom it serves
    own = service_and_venue(service)[0].lower()
    for match in _BENEFICIARY.finditer(activity):
        if (_VENUE.match(activity, match.end()) and not _FUNDED.search(activity, 0, match.start())) \
                or _LIAISON.match(activity, match.end()):
            continue  # "in community centres", "at the college hall": where the work happens, not who gains
        word = match.group(0).lower()
        if word[:5] not in own and (users or word not in _SERVICE_USERS or _OTHER_USERS.search(service)):
            return match.group(0)
    return None


# Hiring a group ("employ 3 autistic adults as paid testers", "take on 5 care leavers"): the jobs are a benefit the
# contract does not pay for, even when the group hired is the one the service supports
_HIRE = re.compile(r"\b(employ\w*|hir(e|es|ed|ing)|recruit\w*|tak(e|es|ing|en) on|took on|paid (jobs?|roles?|posts?|work) "
                   r"for)\s+(?:(?!(to|for|who|that|so|at|in)\b)[\w'-]+\s+){0,5}?", re.IGNORECASE)
_HIRED_GROUP = re.compile(_HIRE.pattern + "(?P<group>" + _BENEFICIARY.pattern + ")", re.IGNORECASE)
# A benefit opened to people beyond the contract's own users ("open to any carer in Halton", "not only our
# residents", "as well as our clients")
_OPENED = re.compile(
    r"\b(open to (any|all|every|anyone|everyone|other)\b|(not (just|only)|as well as|beyond|besides|and not just) "
    r"(for )?(our|the contract's|the service's|its|their) (own )?(\w+ )?(tenants|residents|clients|service users|users|"
    r"customers|patients|pupils|members|families|participants)\b)", re.IGNORECASE)


# Staff time given to someone ("will each give 3 days a year to a community allotment", "donate 20 hours to the
# Runcorn food bank"): volunteering, whose gain is the body or place given to, whatever work it is
_TIME_GIVEN = re.compile(
    r"\b(?:giv(?:e|es|ing)|gave|donat(?:e|es|ed|ing)|volunteer(?:s|ed|ing)?|spen(?:d|ds|ding|t))\s+"
    r"(?:(?:up\s+)?(?:their|our|his|her)\s+)?"
    r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half\s+an?)\s+(?:paid\s+)?"
    # a day named by its length ("a full day (7.5 hrs)", "one working day")
    r"(?:(?:full|whole|working)\s+)?"
    r"(?:hours?|hrs?|days?|half[- ]days?|weeks?)\b(?:\s*\([^)]{0,30}\))?"
    r"(?:\s+(?:a|per|each|every)\s+(?:year|month|week|fortnight|quarter|term))?"
    r"(?:\s+each)?\s+(?:to|at|with|for)\s+(?:a|an|the|local|(?-i:[A-Z])[\w'-]*)\b", re.IGNORECASE)


def others_gain(activity: str) -> str | None:
    """Words saying people beyond the contract's own users gain: a group hired into jobs the contract does not pay
    for, a benefit opened to anyone beyond the service's users, or staff time given to someone; or None."""
    opened = _OPENED.search(activity) or _TIME_GIVEN.search(activity)
    if opened:
        return opened.group(0)
    for hire in _HIRED_GROUP.finditer(activity):
        if not _VENUE.match(activity, hire.end("group")):
            return hire.group("group")
    return None


# Money the bidder gives to another body ("£2,000 a year to a Crewe food bank", "£500 towards each of three
# clubs") or pays of its own beyond the price ("at our own cost", "funded by us", "on top of our price"): whatever
# it pays for, the contract does not pay for it, so it cannot restate the service (a duty or the contract's own
# footprint still can)
_PAID_BY_BIDDER = re.compile(
    r"£\s?\d[\d,.]*\s?(?:k|m|bn)?\b(?:\s+(?:a|an|per|each|every)\s+(?:year|yr|month|week|session|term|half-term))?"
    r"\s+(?:to|towards|for)\s+(?:each\s+of\s+)?(?:a|an|the|every|each|our local|local|\w+)\s+(?:[\w'&-]+\s+){0,4}?"
    r"(?:charit\w*|centres?|clubs?|groups?|trusts?|foundations?|projects?|appeals?|banks?|hospices?|associations?|"
    r"societ(?:y|ies)|organisations?|networks?|funds?|schemes?|partnerships?|enterprises?)\b"
    r"|\b(?:at|from) our own (?:cost|expense)\b|\bat (?:a |no )?cost to us\b|\b(?:paid|funded|met) (?:for )?by us\b",
    re.IGNORECASE)


def paid_by_bidder(activity: str) -> str | None:
    """The words saying the bidder gives or pays for this itself, beyond the price, or None."""
    found = _PAID_BY_BIDDER.search(activity) or _ON_TOP.search(activity) or _BOUGHT_AND_GIVEN.search(activity)
    return found.group(0) if found else None


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-12))
