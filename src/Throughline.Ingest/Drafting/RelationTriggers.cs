using System.Text.RegularExpressions;
using Throughline.Core.Model;
using static Throughline.Core.Model.RelationType;

namespace Throughline.Ingest.Drafting;

/// <summary>
/// The phrasings that state each relation type, written from the relation catalogue's descriptions and ordinary news
/// phrasing (verbs, their tenses and the nouns made of them), never from the sentences of any one article. Kinds still
/// decide: a phrasing only proposes its type when the catalogue allows the two ends' kinds.
/// </summary>
public static class RelationTriggers
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public static IReadOnlyList<RelationTrigger> All { get; } =
    [
        // OWNS: "owns 49% of", "holds a stake in", "majority owner of", "is owned by"
        T("owns", Owns, @"\b(?:owns?|owned|owning|holds?|held|retains?|retained|keeps?|kept)\b(?:\s+(?:a|an|the|its|their|about|around|roughly|some|nearly|almost|more\s+than))?(?:\s+[\d.,]+\s*(?:%|percent|per\s+cent))?(?:\s+(?:of|in))?", 0.7),
        T("stake-in", Owns, @"\b(?:stake|shareholding|equity\s+interest|ownership\s+interest|holding)s?\s+in\b", 0.7),
        T("owner-of", Owns, @"\b(?:(?:majority|minority|non-controlling|controlling|largest|part)[\s-]+)?(?:owner|shareholder|stakeholder)\s+(?:of|in)\b", 0.75),
        T("owned-by", Owns, @"\b(?:is|are|was|were|being|partly|partially|majority|wholly|jointly|state)?[\s-]*owned\s+by\b", 0.8, reversed: true),
        T("acquired", Owns, @"\b(?:acquired|acquires|acquire|bought|buys|buy|took\s+over|takes\s+over|purchased\s+a\s+(?:[\d.,]+\s*(?:%|percent)\s+)?stake\s+in)\b", 0.6),
        T("acquired-by", Owns, @"\b(?:acquired|bought|taken\s+over)\s+by\b", 0.7, reversed: true),

        // PARENT_OF: "a subsidiary of", "parent company", "investment arm of", "unit of"
        T("subsidiary-of", ParentOf, @"\b(?:(?:a|an|the)\s+)?(?:wholly[\s-]owned\s+)?(?:subsidiary|unit|division|arm|affiliate|spin-?off|offshoot)\s+of\b", 0.8, reversed: true),
        T("its-subsidiary", ParentOf, @"\b(?:its|their)\s+(?:wholly[\s-]owned\s+)?(?:subsidiary|unit|division|(?:venture|investment|venture\s+capital)\s+arm)\b", 0.75),
        T("parent-of", ParentOf, @"\bparent(?:\s+company)?\s+(?:of|to)\b", 0.8),
        T("arm", ParentOf, @"['’]s\s+(?:venture(?:\s+capital)?|investment|research|chip|cloud)\s+(?:arm|unit|division)\b", 0.75),

        // INVESTED_IN: "invested in", "an investor in", "backed by funding from", "led a funding round"
        T("invested-in", InvestedIn, @"\b(?:invest(?:s|ed|ing)?|put|poured|pumped)\b[^.;]{0,40}?\bin(?:to)?\b", 0.8),
        T("investor-in", InvestedIn, @"\b(?:investors?|backers?|financiers?)\s+(?:in|of)\b", 0.75),
        T("investment-in", InvestedIn, @"\binvestments?\s+in\b", 0.7),
        T("funding-round", InvestedIn, @"\b(?:led|joined|participated\s+in)\s+(?:a|an|the|its)?\s*(?:[\w$.-]+\s+){0,3}(?:funding|financing|investment|series\s+[a-e])\s+round\b", 0.7),
        T("invested-by", InvestedIn, @"\b(?:funded|financed|invested\s+in|bankrolled)\s+by\b", 0.7, reversed: true),

        // SUPPLIES: "supplies X to", "sells to", "a supplier of/to", "uses A's chips" (customer first)
        T("supplies", Supplies, @"\b(?:suppl(?:y|ies|ied|ying)|sells?|sold|selling|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|furnish(?:es|ed)?|exports?(?:ed)?)\b", 0.65),
        T("supplier-of", Supplies, @"\b(?:suppliers?|vendors?|providers?|sellers?)\s+(?:of|to|for)\b", 0.7),
        T("supplied-by", Supplies, @"\b(?:supplied|provided|sold|made|powered|delivered)\s+(?:to\s+\w+\s+)?by\b", 0.65, reversed: true),
        T("uses", Supplies, @"\b(?:uses?|used|using|relies\s+on|relied\s+on|buys?|bought|purchas(?:e|es|ed|ing)|sources?|sourced|incorporat(?:e|es|ed|ing)|integrat(?:e|es|ed|ing)|buil(?:t|ds?)\s+(?:with|on))\b", 0.55, reversed: true),
        T("customer-of", Supplies, @"\b(?:customers?|clients?|buyers?)\s+(?:of|for)\b", 0.65, reversed: true),

        // MANUFACTURES: "makes", "maker of", "produces", "manufacturer of"
        T("makes", Manufactures, @"\b(?:mak(?:e|es|ing)|made|manufactur(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|develop(?:s|ed|ing)?|build(?:s|ing)?|built|design(?:s|ed|ing)?)\b", 0.6),
        T("maker-of", Manufactures, @"\b(?:maker|manufacturer|producer|developer|designer)s?\s+of\b", 0.75),

        // CONTRACTOR_FOR: "won a contract for", "built / runs the project", "contractor for"
        T("contract-for", ContractorFor, @"\b(?:won|awarded|secured|landed|signed|received)\b[^.;]{0,30}?\b(?:contracts?|tenders?|bids?|deals?)\b", 0.7),
        T("contractor-for", ContractorFor, @"\b(?:contractors?|integrators?|builders?|operators?)\s+(?:for|of|on)\b", 0.75),
        T("builds-runs", ContractorFor, @"\b(?:buil(?:t|ds?|ding)|construct(?:s|ed|ing)?|runs?|ran|operat(?:e|es|ed|ing)|install(?:s|ed|ing)?|implement(?:s|ed|ing)?)\b", 0.5),

        // COMMISSIONED: "commissioned", "ordered", "procured", "tendered", "paid for"
        T("commissioned", Commissioned, @"\b(?:commission(?:s|ed|ing)?|order(?:s|ed)|procur(?:e|es|ed|ing)|tender(?:s|ed)|paid\s+for|pays\s+for|fund(?:s|ed)|launched)\b", 0.6),
        T("commissioned-by", Commissioned, @"\b(?:commissioned|ordered|procured|tendered|paid\s+for|funded|launched)\s+by\b", 0.7, reversed: true),

        // OPERATES_IN: "operates in", "has offices in", "does business in", "expanded into"
        T("operates-in", OperatesIn, @"\b(?:operat(?:e|es|ed|ing)|do(?:es)?\s+business|ha(?:s|ve|d)\s+(?:offices?|operations|a\s+presence|factories|plants)|expand(?:s|ed|ing)?|present|active|based|headquartered|sells?)\s+(?:in|into|across|throughout)\b", 0.7),

        // DEPLOYED_IN: "deployed in", "installed in", "used in", "rolled out in"
        T("deployed-in", DeployedIn, @"\b(?:deployed|installed|used|rolled\s+out|in\s+use|set\s+up|operating|found)\s+(?:in|at|across|throughout|by)\b", 0.7),

        // LOCATED_IN: "in", "located in", "based in" between a project/place and a place
        T("located-in", LocatedIn, @"\b(?:located|situated|sited|based|built)?\s*(?:in|at)\b", 0.5),

        // PARTNERED_WITH: "partnered with", "a partnership with", "teamed up with", "joint venture with"
        T("partnered", PartneredWith, @"\b(?:partner(?:s|ed|ing)?|team(?:s|ed)?\s+up|allied|cooperat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing)|work(?:s|ed|ing)?)\s+(?:closely\s+)?with\b", 0.7),
        T("partnership", PartneredWith, @"\b(?:partnership|joint\s+venture|alliance|cooperation\s+agreement|strategic\s+agreement|tie-?up)s?\b(?:\s+(?:with|between))?", 0.7),
        T("partner-of", PartneredWith, @"\b(?:partners?\s+(?:of|to)|partners?)\b", 0.55),

        // SPONSORED: "sponsored", "sponsor of", "funded the"
        T("sponsored", Sponsored, @"\b(?:sponsor(?:s|ed|ing)?|sponsors?\s+of|underwrote|underwrites)\b", 0.75),
        T("sponsored-by", Sponsored, @"\b(?:sponsored|underwritten)\s+by\b", 0.8, reversed: true),

        // RESEARCH_COLLABORATION: "research partnership", "jointly researched", "joint lab", "co-authored"
        T("research", ResearchCollaboration, @"\b(?:research(?:ed)?|stud(?:y|ies|ied)|lab(?:oratory)?|papers?|co-?authored|scientists|academic)\b[^.;]{0,40}?\b(?:with|between|and|alongside)\b", 0.6),
        T("research-collab", ResearchCollaboration, @"\b(?:research|academic|scientific)\s+(?:collaboration|partnership|cooperation|ties|project)s?\b", 0.75),

        // LISTED_ON: "added to the Entity List", "blacklisted", "sanctioned"
        T("listed-on", ListedOn, @"\b(?:add(?:s|ed|ing)?|plac(?:e|es|ed|ing)|put|named|included|listed)\b[^.;]{0,30}?\b(?:to|on|in)\b", 0.65),
        T("blacklisted", ListedOn, @"\b(?:blacklist(?:s|ed|ing)?|sanction(?:s|ed|ing)?|designat(?:e|es|ed|ing))\b", 0.6),

        // AFFILIATED_WITH: "X's Y" (org's person), "Y, the chief executive of X", "works for", "spokeswoman for"
        T("role-of", AffiliatedWith, @"\b(?:chief\s+executive|ceo|cto|cfo|founder|co-?founder|chairman|chairwoman|chair|president|director|head|fellow|researcher|professor|analyst|spokes(?:wo)?man|spokesperson|executive|official|employee|engineer|scientist|member|partner|vice\s+president|general\s+counsel|lawyer|economist|manager)\s+(?:at|of|for|with)\b", 0.8),
        T("works-for", AffiliatedWith, @"\b(?:works?|worked|working)\s+(?:for|at)\b|\b(?:joined|leads|led|heads|headed|founded|co-?founded|chairs|runs)\b", 0.6),
        T("org-possessive-person", AffiliatedWith, @"^['’]s$", 0.65, reversed: true),

        // PARTICIPATED_IN: "took part in", "exhibited at", "attended"
        T("participated", ParticipatedIn, @"\b(?:took\s+part|takes\s+part|participat(?:e|es|ed|ing)|exhibit(?:s|ed|ing)?|attend(?:s|ed|ing)?|present(?:s|ed)\s+at|spoke\s+at|showcased?\s+(?:\w+\s+){0,3}at|joined)\b", 0.7),

        // ORGANIZED: "organised", "hosted", "held"
        T("organized", Organized, @"\b(?:organi[sz](?:e|es|ed|ing)|host(?:s|ed|ing)?|convened?|staged?|held|holds)\b", 0.7),
        T("organized-by", Organized, @"\b(?:organi[sz]ed|hosted|convened|staged|held)\s+by\b", 0.8, reversed: true),

        // RECOGNIZED: "awarded", "named X a", "honoured", "ranked"
        T("recognized", Recognized, @"\b(?:award(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|recogni[sz](?:e|es|ed|ing)|nam(?:e|es|ed)\b[^.;]{0,30}?\b(?:best|top|winner|partner of the year)|rank(?:s|ed)|certif(?:y|ies|ied)|endors(?:e|es|ed))\b", 0.65),
        T("recognized-by", Recognized, @"\b(?:awarded|honou?red|recogni[sz]ed|certified|endorsed)\s+by\b", 0.75, reversed: true),

        // BACKS: "state-backed", "backed by", "supported by the government"
        T("backed-by", Backs, @"\b(?:backed|supported|controlled|subsidi[sz]ed)\s+by\b", 0.7, reversed: true),
        T("backs", Backs, @"\b(?:backs|backed|supports|supported|subsidi[sz](?:es|ed))\b", 0.55),

        // PART_OF: "part of", "a component of", "under the umbrella of"
        T("part-of", PartOf, @"\b(?:part|component|phase|element|pillar)\s+of\b|\bunder\s+the\s+(?:umbrella\s+of)?\b", 0.75),

        // ADMINISTERS: "maintains the list", "the X's Entity List", "administered by"
        T("administers", Administers, @"\b(?:maintain(?:s|ed)?|administer(?:s|ed)?|keep(?:s)?|run(?:s)?|publish(?:es|ed)?)\b|^['’]s$", 0.6),
        T("administered-by", Administers, @"\b(?:maintained|administered|kept|run|published)\s+by\b", 0.75, reversed: true),
    ];

    private static RelationTrigger T(string name, RelationType type, string pattern, double confidence, bool reversed = false) =>
        new(name, type, new Regex(pattern, Options), confidence, reversed);
}
