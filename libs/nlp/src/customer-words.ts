/**
 * The everyday words customers use for what a shop's documents name in their own terms: "money
 * back" for a refund, "money off" for a discount, "uni" for being a student, "postage" for
 * shipping costs, "promo mails" for the newsletter. WordNet relates single words by sense
 * ("guarantee" ~ "warranty") but not these phrases, and word vectors place "money back" near
 * "money", not near "refund".
 *
 * A table of e-commerce customer-service language (orders, payment, delivery, returns, refunds,
 * discounts, warranty, membership, contact, the business itself), written from how customers
 * phrase such requests in general — not from any one shop's documents or questions. Each entry
 * is a pattern over lower-case text and the shop's words it means; a question's terms are read
 * with those words in place of the phrase (questionTerms), the phrase's own words counting a
 * little (customerPhraseTerms), so both the retriever and the answerer look for what the customer
 * means.
 *
 * The patterns are alternations of fixed words at word boundaries, over text whose runs of white
 * space are one space: each gap costs a constant, and the time is linear in the text's length.
 */
const TABLE: ReadonlyArray<readonly [RegExp, string]> = [
  // a shop's words in the languages customers mix into their English ("my soldi back", "the TVA",
  // "numéro de suivi"): German, French, Spanish, Italian, Portuguese and Dutch
  [/\b(?:soldi|geld|argent|dinero|dinheiro|denaro)\b/g, 'money'],
  [/\b(?:rückerstattung|erstattung|remboursement|reembolso|rimborso|terugbetaling)\b/g, 'refund'],
  [/\b(?:rechnung|facture|factura|fattura|fatura|factuur)\b/g, 'invoice'],
  [/\b(?:tva|mwst|iva)\b/g, 'vat'],
  // a business's tax number is its VAT number
  [/\btax\s+(?:id|identification(?:\s+number)?|registration(?:\s+number)?|number)\b/g, 'vat'],
  // a parcel's code or number is the carrier's tracking number
  [
    /\b(?:parcel|package|shipment|delivery)\s+(?:code|id|no|nr|number|reference)\b/g,
    'tracking number',
  ],
  [
    /\b(?:num[ée]ro\s+de\s+suivi|sendungsnummer|n[úu]mero\s+de\s+(?:seguimiento|rastreio)|numero\s+di\s+tracciamento|trackingnummer|track\s*(?:&|and)\s*trace(?:\s*code)?)\b/g,
    'tracking number',
  ],
  [
    /\b(?:carte\s+(?:de\s+cr[ée]dit|bancaire)|kreditkarte|tarjeta(?:\s+de\s+cr[ée]dito)?|cart[ãa]o(?:\s+de\s+cr[ée]dito)?|carta\s+di\s+credito)\b/g,
    'card',
  ],
  [/\b(?:lieferung|livraison|env[íi]o|entrega|spedizione)\b/g, 'delivery'],
  [/\b(?:garantie|garant[íi]a|garanzia)\b/g, 'warranty'],
  [/\b(?:adresse|direcci[óo]n|indirizzo|endere[çc]o|adres)\b/g, 'address'],
  // refunds
  [
    /\b(?:(?:get|getting|got|want|become|obtain)\s+(?:my|the|our|your|all\s+my|all\s+the)\s+money\s+back|(?:get|want|become|obtain)\s+(?:my|the)\s+money\s+(?:returned|refunded)|see\s+(?:my|the)\s+money\s+(?=on\b|in\b|back\b)|money\s+back|(?:the|my|our)\s+(?:cash|dosh)\s+back|pay\s+me\s+back|paid\s+back|repaid|repay|repayment|(?:pays?|paid|paying)\s+out\s+(?:the\s+|my\s+|our\s+)?(?:money|refund|amount|sum)|reimburs\w*)\b|(?:the|my|our)\s+[$€£]\s+back\b|\b(?:the|my|our)\s+(?:quid|bucks|cash|dosh)\s+back\b/g,
    'refund',
  ],
  // "how does the money come back to her": money coming back is a refund
  [
    /\b(?:the|my|our|her|his|their)\s+money\s+(?:come|comes|coming|came|get|gets)\s+back\b|\b(?:the|my|our)\s+money(?:['’]s|\s+is)\s+back\b/g,
    'refund',
  ],
  // "can I get the 29 EUR back": an amount wanted back is a refund
  [
    /\b(?:get|want|have|claim)\s+(?:the|my|our|those|these)\s+(?:[$€£]\s?)?\d+(?:[.,]\d+)?\s*(?:eur|euros?|usd|dollars?|gbp|pounds?|chf|francs?)?\s+back\b/g,
    'refund',
  ],
  // "when do I get my money", "give me my money": the money a customer is owed is a refund
  // (not the shop getting a payment: "did you get my money?")
  [
    /(?<=\b(?:when|how\s+(?:soon|long|quickly)|where|will\s+i|do\s+i|can\s+i|and|to)\b[^.?!]{0,40}?)(?<!\b(?:you|u)\s+(?:\w+\s+)?)\b(?:get|getting)\s+(?:my|our|the)\s+money\b(?!['’]s|\s+ready)/g,
    'refund',
  ],
  [
    /(?<=\b(?:i|we)\s+(?:\w+\s+){0,2})(?:get|getting|receive|receiving|see|seeing)\s+(?:my|our|the)\s+money\b|\b(?:give\s+(?:me|us)\s+(?:my|our|the)\s+money|for\s+(?:my|our|the)\s+money(?:\s+back)?|(?:my|our|the)\s+money\s+(?:go|goes|went|sent|paid)\s+(?:back|to)|where\s+(?:does|did|will)\s+(?:my|our|the)\s+money\s+go)\b/g,
    'refund',
  ],
  // a cost one wants back ("get the delivery charge back") is a refund of it
  [
    /\b(?:get|getting|have|want|claim)\s+(?:the|my|our|your)\s+(?:\w+\s+)?(?:cost|costs|charge|charges|fee|fees|postage|shipping)\s+back\b/g,
    'refund',
  ],
  [
    /\b(?:show|shows|showing|appear|appears|hit|hits|land|lands)\s+(?:up\s+)?on\s+(?=(?:my|the)\s+(?:statement|card|bank|account|credit\s+card))/g,
    'statement',
  ],
  [
    /\b(?:on|to|in)\s+my\s+(?:bank|card|credit\s+card|debit\s+card|bank\s+account|visa|mastercard|amex|account)(?:\s+(?:card|statement|account))?\b/g,
    'card statement',
  ],
  // a lower price somewhere else: price matching ("cheaper on a German webshop", "a cheaper offer
  // from a US web shop", "way cheaper on <a named site>, will you do the same price?")
  [
    /\b(?:cheaper\s+(?:(?:offer|price|deal|listing)\s+)?(?:at|elsewhere|somewhere|in\s+(?:another|a\s+\w+)|from\s+(?:another|an?\s+\w+)|online|on\s+(?:another|an?\s+(?:[\w'’-]+\s+){0,3}?(?:site|shop|store|website|webshop|webstore|marketplace)|(?:[\w'’-]+\s+){0,3}?(?:site|website|shop|store|webshop|webstore|marketplace)|(?!(?:the\s+|an?\s+)?(?:sale|sales|express|standard|delivery|shipping|postage|orders?|average|paper|membership|club)\b)[a-z][\w'’-]*(?=\s*(?:[.,;:!?]|$|and\b|but\b|so\b|will\b|would\b|can\b|could\b|do\b))))|(?:do|give|offer)\s+(?:me\s+|us\s+)?(?:the\s+)?same\s+price|(?:will|would|do|can|could)\s+you\s+(?:price\s+)?match\s+(?:that|this|it|them)\b|(?:give|pay|refund)\s+(?:me\s+|us\s+)?the\s+difference|price\s+(?:difference|guarantee)|(?:match|beat)\s+(?:the|a|their|that|this|those)\s+(?:\w+\s+)?prices?|(?:same|identical)\s+(?:\w+\s+){0,3}?for\s+less)\b/g,
    'price match lower price',
  ],
  // discounts
  [
    /\b(?:money\s+off|how\s+much\s+off|(?:a|any|some)\s+(?:price\s+)?reductions?|price\s+reductions?|reduced\s+price|(?<=\b(?:student|special|good|any|of)\s+)deals?|knock\w*\s+(?:something\s+)?off|\d+\s*%\s+off|percent\s+off|coupon|promo\s+code|discount\s+code|cheaper\s+for|special\s+price|a\s+deal\s+for|any\s+deals?|(?<=\b(?:you|u|ya)\s+(?:guys\s+|ever\s+)?(?:cut|give)\s+(?:\w+\s+){0,3}?)(?:a|any)\s+(?:kind\s+of\s+)?break)\b/g,
    'discount',
  ],
  [
    /\b(?:uni|(?:at|go\s+to|attend|study\s+at|studying\s+at|enrolled\s+at)\s+(?:university|college)|student\s+(?:card|id)|college\s+(?:kids?|students?)|(?:a\s+)?(?:sophomore|freshman|undergrad(?:uate)?)s?)\b/g,
    'student',
  ],
  // "first dibs" is the first claim on something: on a sale, early access to it; goods marked
  // down ("when stuff goes on markdown") are on sale
  [/\b(?:first\s+dibs|dibs)\b/g, 'early access'],
  [/\b(?:mark[\s-]?downs?|marked\s+down)\b/g, 'sales'],
  // hearing of a sale first is early access to it
  [
    /(?<=\b(?:hear|know|learn|told|notified|informed|access|sales?|offers?|deals?)\b[^.?!]{0,60}?)\b(?:before\s+(?:everyone|everybody|anyone|others)(?:\s+else)?|ahead\s+of\s+(?:everyone|others|the\s+crowd))\b|\bfirst\s+to\s+(?:know|hear)\b/g,
    'early access',
  ],
  // a "mail address", as many write an e-mail address (not a "mailing address")
  [/\bmail\s+add?ress(?:es)?\b/g, 'email address'],
  // the newsletter and e-mails
  [
    /\b(?:promo(?:tional)?\s+e?-?(?:mails?|emails?|messages?)|marketing\s+e?-?(?:mails?|emails?)|mailing\s+list|sales\s+e?-?mails?|(?:e-?mails?|mails?)\s+from\s+you|spamming\s+me)\b/g,
    'newsletter email',
  ],
  // "what can I pay with", "how else can I pay": the means of payment accepted
  [
    /\b(?:what|which|how)\s+(?:\w+\s+){0,3}?(?:pay|paying)\s+with\b(?!\s+(?:a|my|the|this|that)\b)|\bhow\s+else\s+(?:can|could|do|may)\s+(?:i|we)\s+pay\b/g,
    'payment methods accept',
  ],
  // "where are you sending the parcels from": where the shop ships from
  [
    /\bwhere\s+from\s+(?:are|do|does|is)\s+(?:you|u|they|the\s+(?:parcels?|orders?|packages?|goods|stuff|boxes))\s+(?:actually\s+|usually\s+|normally\s+)?(?:send|sending|ship|shipping|post|posting|sent|shipped)\b|\bwhere\s+(?:are|do|does|is)\s+(?:you|u|they|the\s+(?:parcels?|orders?|packages?|goods|stuff|boxes))\s+(?:actually\s+|usually\s+|normally\s+)?(?:send|sending|ship|shipping|post|posting|sent|shipped)(?!\s+(?:the\s+|your\s+|my\s+)?(?:e-?mails?|invoices?|receipts?|messages?|letters?|newsletters?)\b)\s+(?:\w+\s+){0,3}?from\b/g,
    'ship from warehouse',
  ],
  // "it said no going back on the sale": a final sale
  [
    /\bno\s+(?:going\s+back|returns?|refunds?|take[\s-]?backs?)\s+on\s+(?:the\s+|this\s+|that\s+)?(?:sale|clearance|offer)\b|\b(?:in|on|from)\s+(?:the\s+|your\s+)?clearance(?:\s+(?:sale|section|rack|aisle))?\b(?!\s+(?:at|of|height|under|limit))|\bclearance\s+(?:sale|section|rack|items?|prices?)\b/g,
    'final sale',
  ],
  // "signing up to your emails": the newsletter
  [
    /\b(?:sign(?:ing|ed)?\s+up|subscrib\w*|register\w*)\s+(?:to|for)\s+(?:your|the)\s+(?:e-?mails?|mails?|mailing\s+list|emailing\s+list)\b/g,
    'newsletter',
  ],
  // "I want out", "make it stop" after the mails they are about
  [
    /(?<=\b(?:newsletters?|e-?mails?|mails?|messages|inbox)\b[^.?!]{0,80}?)\b(?:want\s+out|stop\s+(?:it|them|this|these)|make\s+(?:it|them)\s+stop|get\s+rid\s+of\s+(?:it|them))\b|(?<=\b(?:newsletters?|e-?mails?|mails?|inbox)\b.{0,100}?)\bmake\s+(?:it|them)\s+stop\b/g,
    'unsubscribe',
  ],
  [
    /\b(?:opt\s+out|stop\s+(?:getting|receiving|sending)|no\s+longer\s+(?:get|receive)|get\s+off|take\s+me\s+off|remove\s+me|get\s+(?:myself|me)\s+off)\b/g,
    'unsubscribe',
  ],
  // the postage for sending something back is a return's
  [
    /\breturns?\s+(?:postage|shipping(?:\s+costs?)?)\b|\b(?:postage|shipping)\s+(?:costs?\s+)?(?:for|of)\s+(?:the|a|my)\s+return\b|\bpostage\b(?=[^.?!]{0,40}?\bback\b)|(?<=\b(?:send|sending|post|posting|ship|shipping|return|returning)\s+(?:[\w'-]+\s+){0,4}back\b.{0,60}?)\bpostage\b|(?<=\b(?:send|sending|post|posting|ship|shipping)\s+(?:a|the|my|this|that|your)\s+return\b[^.?!]{0,60}?)\bpostage\b/g,
    'return label shipping cost',
  ],
  // delivery and its cost
  [
    /\b(?:postage|p\s*&\s*p|delivery\s+(?:charge|fee|cost)s?|shipping\s+(?:charge|fee)s?|charged?\s+(?:\w+\s+){0,2}for\s+(?:the\s+)?(?:delivery|shipping)|(?<!(?:n['’]?t|\bnot|\bnever|\bno|\bnobody)\b[^.?!]{0,30})pa(?:y|id)\s+(?:anything\s+|something\s+|extra\s+|money\s+)?for\s+(?:the\s+)?(?:delivery|shipping)(?!\s+(?:with|by|using|via|but)\b))\b/g,
    'shipping cost',
  ],
  // what arrives is an order, not a refund ("when will my money arrive" is about a refund)
  [
    /(?<=\b(?:order|parcel|package|stuff|items?|things?)(?: [\p{L}\d'-]+){0,3}? )(?:arrive|arrives|arriving|get here|gets here|turn up|turns up|reach me|show up|(?:land|lands|come|comes)(?=\s*(?:[?.!,;]|$|\s+(?:by|on|before|yet|soon|today|tomorrow|this|next|here|at\s+(?:my|the|our)|to\s+me)\b)))\b/gu,
    'delivery',
  ],
  [/\b(?:delivery|arrival)\s+date\b/g, 'delivery'],
  [/(?<=\bwhen\s+(?:it|they)\s+)(?:arrived|came|was\s+delivered|were\s+delivered)\b/g, 'delivery'],
  [/\b(?:would|will|should)\s+be\s+here\b/g, 'delivery'],
  [
    /\b(?:promised|promise|quoted|estimated)(?=\s+(?:me|us|dates?|days?|delivery|arrival)\b)/g,
    'expected',
  ],
  // "when should my jacket and socks turn up": what is asked to arrive is a delivery, unless it
  // is money
  [
    /(?<=\b(?:when|will|should|would)\b(?:(?!money|refund|credit|payment|reimburse)[^.?!]){0,40}?\s)(?:arrive|turn\s+up|show\s+up|get\s+here)\b(?!\s+(?:(?:on|to|in)\s+(?:my|the)\s+(?:statement|card|account|bank)|card\s+statement))/g,
    'delivery',
  ],
  // "when should it show up", "will they get here by Friday": what is coming is the order
  [
    /(?:(?<=\b(?:it|they|mine)\s+(?:\w+\s+)?)(?:arrive|get\s+here|turn\s+up|show\s+up|be\s+delivered)|(?<=\b(?:it|they)\s+(?:was|were)\s+(?:actually\s+|originally\s+)?(?:meant|supposed|due|expected)\s+to\s+)(?:arrive|get\s+here|come|be\s+delivered)|(?<=\b(?:after|since|once)\s+(?:it|they)\s+)(?:arrived|came|got\s+here|turned\s+up|showed\s+up|was\s+delivered|were\s+delivered))\b(?!\s+(?:(?:on|to|in)\s+(?:my|the)\s+(?:statement|card|account|bank)|card\s+statement))/g,
    'delivery',
  ],
  // "how long to reach me": a delivery
  [
    /\b(?:reach|reached|reaches|get\s+to|got\s+to|gets\s+to)\s+(?:me|us)\b(?!\s+(?:by|on|at|via)\b)/g,
    'delivery',
  ],
  // "land on my doorstep", "take to get to Madrid": delivery
  [
    /\b(?:land|lands|arrive|arrives|turn\s+up|show\s+up)\s+(?:on|at)\s+(?:my|the|our)\s+(?:doorstep|door|house|home|place)\b|\b(?:take|takes|taking)\s+to\s+(?:get|arrive)\s+(?=(?:to|in|at)\b)/g,
    'delivery takes',
  ],
  // the ordinary service is the standard one
  [
    /\b(?:regular|normal|ordinary|basic|usual|cheapest)\s+(?=(?:delivery|shipping|post|postage|parcel|package|option)\b)/g,
    'standard',
  ],
  // the British "post" for sending goods: "post out the new one", "do you post to Canada" (the
  // shop's word is to ship; "post it back" is a return, above)
  [
    /\b(?:post|posts|posted|posting|mail|mails|mailed)\s+out\b|(?<=\b(?:you|u)\s+(?:\w+\s+)?)(?:post|mail)(?=\s+(?:to|abroad|overseas|internationally|outside|worldwide)\b)/g,
    'ship',
  ],
  // "the States" (after "to", "in", "from") is the United States, not states in general
  [
    /(?<=\b(?:to|in|from|into|across|over\s+to)\s+)the\s+states\b(?!\s+(?:of|that|which|where|in|on)\b)/g,
    'the united states',
  ],
  // sending a parcel is shipping it
  [/\b(?:to\s+)?post\s+(?:a|the|my|your|an)\s+(?:\w+\s+)?(?:parcel|package|order)\b/g, 'shipping'],
  // how a customer learns that an order is under way: an e-mail ("how will I know when my things
  // are on the way": what was ordered, named by any word for it)
  [
    /\b(?:find\s+out|know|be\s+told|be\s+notified|be\s+informed|hear|get\s+notified)\s+(?:(?:that|when|if|whether|once)\s+)?(?:(?:my|the|our)\s+(?:order|parcel|package|stuff|goods|things|items|shipment|purchases?)\b|(?:they|it)\s+(?:are|is|'re|'s|have|has)\s+(?:been\s+)?(?=sent|shipped|dispatched|on\s+(?:their|its)\s+way))/g,
    'receive email when parcel',
  ],
  // the steps an order goes through are its status updates ("the steps my purchase goes
  // through", "what stages will I see as my shipment makes its way to me")
  [
    /\b(?:stages|steps|statuses)\b(?=[^.?!]{0,60}?\b(?:an|my|the|your|our)\s+(?:orders?|parcels?|packages?|purchases?|shipments?)\s+(?:passes|goes|go|pass|moves?|travels?|progresses|makes?\s+(?:its|their)\s+way)\b)/g,
    'status updates',
  ],
  // where a parcel is, once it has left
  [
    /\b(?:know|see|check|find\s+out|tell)\s+where\s+(?:my|the|our)\s+(?:package|parcel|order|shipment|stuff)\s+is\b/g,
    'tracking',
  ],
  [
    /\b(?:once|when|after|as\s+soon\s+as)\s+(?:it|they|my\s+\w+)\s+(?:(?:leaves|leave|left|has\s+left)\s+(?:you|your\s+warehouse|the\s+warehouse|your\s+place)|(?:is|'s|has|'s\s+been|has\s+been)\s+(?:sent|shipped|on\s+its\s+way))\b/g,
    'when parcel ships',
  ],
  // where orders leave from is where the shop ships from
  [
    /\b(?:(?<=\b(?:orders?|parcels?|packages?|items?|goods|stuff|it|they)\s+(?:\w+\s+){0,2})(?:sent|shipped|posted|dispatched|mailed)\s+(?:out\s+)?from|(?:do|does)\s+(?:you|it|they|(?:my|your|the)\s+\w+)\s+(?:ship|come|send)\s+(?:out\s+)?from)\b/g,
    'ship from warehouse',
  ],
  [
    /\bsend\s+(?:the\s+)?(?:parcels?|orders?|packages?|goods|them)\s+(?:out\s+)?from\b/g,
    'ship from warehouse',
  ],
  // "trail runners": trail shoes
  [
    /(?<=\b(?:pair\s+of|pairs\s+of|my|these|those|new|buying|bought|buy|order|ordered|some|your)\s+)trail[\s-]+runners\b(?!\s+(?:in|at|of|from|who|club|group))/g,
    'trail shoes',
  ],
  // a thing the customer changed themselves is altered by its owner
  [
    /\b(?:shortened|altered|modified|hemmed|dyed|cut\s+down|taken\s+in|took\s+(?:up|in)|taken\s+up|re-?sewed|re-?stitched|customi[sz]ed)\s+(?:it|them|(?:the|my)\s+[\w-]+(?:\s+[\w-]+)?(?:\s+on\s+(?:my|the)\s+[\w-]+)?)?\s*(?:myself|ourselves|at\s+home)\b/g,
    'altered by the owner',
  ],
  // "I took the sleeves of my jacket up myself": the particle after what was altered
  [
    /\b(?:took|taken|take)\s+(?:it|them|(?:the|my|our)\s+(?:[\w'’-]+\s+){1,5}?)(?:up|in)\s+(?:myself|ourselves|at\s+home)\b/g,
    'altered by the owner',
  ],
  // "how long will it be on the way": the delivery's time
  [/\b(?:be|is|are|stay|spend)\s+on\s+the\s+way\b/g, 'delivery takes'],
  // the last moment to order for a same-day dispatch
  [
    /\b(?:cut[\s-]?off\s+(?:time|point|hour)s?|(?:the|your)\s+cut[\s-]?off(?!\s+(?:the|my|me))|cutoff|order\s+by\s+when|latest\s+(?:time\s+)?(?:to|i\s+can)\s+order)\b/g,
    'order placed before time',
  ],
  [
    /\bfrom\s+(?:which|what)\s+(?:town|city|country|place|warehouse)[^.?!]{0,60}?\b(?:parcels?|orders?|packages?|goods|it|they)\s+(?:are\s+|is\s+|get\s+|gets\s+)?(?:sent|shipped|dispatched|posted|mailed)\b/g,
    'ship from warehouse',
  ],
  [
    /\b(?:dispatch|dispatches|dispatching|sent\s+off|send\s+(?:it\s+)?off)\b/g,
    'ship leave warehouse',
  ],
  // the shop sending goods to the customer is shipping them ("when do you send my exchanged
  // item", "will you post me the parcel"; not a document — "can you send me the invoice" — nor a
  // new one for a broken one, a replacement below)
  [
    /(?<=\b(?:you|u)\s+(?:\w+\s+)?)(?:send|post|mail)(?=\s+(?:me\s+|us\s+)?(?:my|the|our|a|an)\s+(?:[\w-]+\s+)?(?:orders?|parcels?|packages?|items?|goods|stuff)\b)/g,
    'ship',
  ],
  [/\b(?:(?:that|the)\s+(?:very\s+)?same\s+day|that\s+very\s+day)\b/g, 'same day'],
  // paying the courier to be handed a parcel ("they want 30 CHF before they hand it over", "had
  // to pay to get my package"): what the customer pays on delivery, customs duties
  [
    /\b(?:before|until|or)\s+(?:they|he|she|the\s+(?:courier|driver|postman|carrier))\s+(?:will\s+|can\s+|would\s+)?(?:hand(?:s|ed)?\s+(?:it\s+|them\s+)?over|release|give\s+(?:me|us)\s+(?:the|my|our))\b|\b(?:pay|paid|paying)\s+(?:[\w$€£.,]+\s+){0,3}?(?:to|before\s+(?:i|we)\s+(?:can|could))\s+(?:get|receive|collect|pick\s+up)\s+(?:my|the|our)\s+(?:parcel|package|box)\b(?!\s+(?:sooner|faster|quicker|earlier|tomorrow|today))/g,
    'customs duties paid by the customer on delivery',
  ],
  // the firm that brings a parcel
  [
    /\b(?:(?:which|what)\s+(?:couriers?|carriers?|delivery\s+(?:company|companies|service|services|firm|partner)|parcel\s+service|postal\s+service)|who\s+(?:delivers|will\s+deliver|brings)|(?:couriers?|carriers?)\s+(?:do|will|does)\s+you\s+use|(?:which|what)\s+(?:company|companies|firm)\s+(?:bring|brings|deliver|delivers|ship|ships)\b(?=[^.?!]{0,30}\b(?:package|parcel|order|it|them|stuff|boots|to\s+(?:me|[A-Z]\w+))))\b/g,
    'carrier parcel sent with',
  ],
  // "so I don't pay anything for delivery": a free delivery
  [
    /\b(?:don'?t|do\s+not|won'?t|will\s+not)\s+(?:have\s+to\s+)?pay\s+(?:anything\s+|nothing\s+)?for\s+(?:the\s+)?(?:delivery|shipping|postage)\b/g,
    'free delivery',
  ],
  // a delivery that costs nothing is free
  [
    /\b(?:stops?\s+costing(?:\s+(?:anything|money|extra))?|costs?\s+nothing|(?:doesn'?t|does\s+not|don'?t|do\s+not|won'?t|will\s+not)\s+cost\s+(?:anything|a\s+thing|me\s+anything|extra)|without\s+paying(?:\s+for)?)\b/g,
    'free',
  ],
  [
    /\b(?:(?:in|within)\s+(?:a|one)\s+day\s+or\s+two|next[\s-]day\s+(?:delivery|shipping)|(?:fastest|quickest|speediest)\s+(?:delivery|shipping|option|way|service|method)|(?:fastest|quickest|soonest)\s+(?:you\s+(?:can|could)\s+(?:get|send|ship|deliver)(?=\s+(?:it|them|my\s+\w+|the\s+(?:order|parcel|package|boots))\b)|possible\s+(?:delivery|shipping))|super\s+fast|(?:quick(?:er)?|fast(?:er)?|speedy|speedier|rapid)\s+(?:delivery|shipping|courier|post|postage|service|option)|rush(?:ed)?\s+(?:delivery|shipping|order))\b/g,
    'express delivery',
  ],
  // what has left the warehouse has shipped
  [
    /\b(?:(?:left|leaves|leaving|out\s+of)\s+(?:the|your)\s+warehouse|(?<=\b(?:it|they|order|parcel|package|boots|items?)\s+(?:[\w-]+\s+){0,2}?(?:has\s+|have\s+|had\s+)?(?:already\s+)?)left\s+your\s+place|(?<=\b(?:it|they|order|parcel|package)\s+(?:has|have|had)\s+(?:already\s+)?)left\b(?=\s*(?:[.?!,;]|$))|dispatched|(?:already|been)\s+(?:got\s+|gotten\s+)?(?:sent|posted)(?:\s+out)?|on\s+its\s+way|in\s+transit)\b/g,
    'shipped',
  ],
  [
    /\b(?:where(?:'s|\s+is)\s+my\s+(?:order|parcel|package)|where\s+(?:my|the|our)\s+(?:order|parcel|package|shipment|delivery)\s+(?:is|are|has\s+got\s+to)|(?<=\b(?:see|find\s+out|know|check|follow|tell\s+me|track)\s+)where\s+(?:(?:my|the|our|your)\s+(?:box|boxes|stuff|things|gear|goods|items?|order|parcel|package|shipment|delivery)|it|they)\s+(?:is|are)\b|(?:(?:track|tracking|trace|tracing)(?:\s+(?:my|the|our|this|that|its))?\s+(?:order|parcel|package|shipment|delivery)|(?:follow|following)(?:\s+(?:my|the|our|this|that|its))?\s+(?:parcel|package|shipment|delivery)))\b/g,
    'tracking',
  ],
  [
    /\b(?:abroad|overseas|internationally|international\s+(?:shipping|delivery|orders?)|(?:outside|apart\s+from|besides|other\s+than|except(?:\s+for)?|beyond)\s+(?:of\s+)?(?:the\s+)?(?:europe|eu|european\s+union)(?:\s+countries)?|non-?\s?eu(?:\s+countries)?)\b/g,
    'outside eu other countries',
  ],
  [/\b(?:import\s+(?:fees?|charges?|duty|duties|tax(?:es)?)|duties)\b/g, 'customs duties'],
  // a return the shop has received: "once you've got them back", "when you have it"
  [
    /\b(?:once|when|after|as\s+soon\s+as)\s+(?:you(?:'ve|\s+have)?|you\s+guys|your\s+warehouse)\s+(?:(?:got|get|gotten|has|have|had)\s+(?:it|them|(?:my|the|our)\s+[\p{L}-]+)\s+back(?!\s+in\s+stock)|(?:receive|received)\s+(?:it|them|(?:my|the|our)\s+[\p{L}-]+))\b/gu,
    'returned item arrives',
  ],
  // "what condition does it need to be in": the state a returned item must be in
  [
    /\b(?=[^.?!]{0,120}\b(?:return|send\s+(?:it|them)\s+back|refund|money\s+back|exchange|back\s+to\s+you)\b)(?:(?:what|which)\s+(?:condition|state)\s+(?:does|do|should|must|has|have|would)\s+(?:it|they|(?:the|my|an?|our)\s+[\w-]+)\s+(?:need\s+to\s+|have\s+to\s+|got\s+to\s+)?be\s+in|in\s+(?:what|which)\s+(?:condition|state)\s+(?:does|do|should|must|can|has|have)\s+(?:it|they|(?:the|my|an?|our)\s+[\w-]+)\s+(?:need\s+to\s+|have\s+to\s+)?be)\b/g,
    'condition unworn unwashed original packaging tags',
  ],
  // the shop's receipt of a parcel told as a fact ("it was delivered to you on Wednesday", "your
  // people received it on the 3rd", "it arrived at your warehouse"): the returned item has arrived
  [
    /\b(?:(?:was|were|got|been)\s+delivered\s+to\s+(?:you(?:\s+guys)?|your\s+(?:warehouse|place|end|side|team))|(?:arrived|landed)\s+(?:back\s+)?(?:at|with)\s+(?:you(?:\s+guys)?|your\s+(?:warehouse|place|end|side))|(?:you(?:\s+guys)?|your\s+(?:people|team|staff|warehouse|colleagues))\s+(?:have\s+|had\s+)?(?:received|signed\s+for)\s+(?:it|them|(?:my|the|our)\s+[\p{L}-]+))\b/gu,
    'returned item arrives',
  ],
  // money owed that has not come ("still no money", "the money still isn't on my statement", "no
  // money yet"): a refund being waited for (where it is not yet, a statement, is read as well)
  [
    /\b(?:(?:still|yet)\s+no\s+money|no\s+money\s+(?:yet|so\s+far|back)|(?:the|my|our)\s+money\s+(?:still\s+)?(?:isn['’]t|is\s+not|hasn['’]t|has\s+not|wasn['’]t|didn['’]t)(?=\s+(?:yet\s+|still\s+)?(?:on|in|here|there|through|back|card\s+statement|arrived|come|shown|appeared|landed|been\s+(?:paid|refunded|returned))\b))/g,
    'refund',
  ],
  // "once you lot have it in hand": the returned item has arrived
  [
    /\b(?:once|when|after)\s+you(?:\s+lot|\s+guys|\s+folks)?\s+(?:have|has|get|got)\s+(?:it|them)\s+in\s+(?:hand|your\s+hands)\b/g,
    'returned item arrives',
  ],
  // "once my parcel is back at your place": the returned item has arrived
  [
    /\b(?:is|are|gets?|got)\s+back\s+(?:at|with)\s+(?:your\s+(?:place|end|warehouse|side)|you(?:\s+guys)?)\b/g,
    'returned item arrives',
  ],
  // "what kind of faults do you repair": what the warranty covers
  [
    /\b(?:what|which)\s+(?:kinds?|sorts?|types?)\s+of\s+(?:faults?|defects?)\b(?![^.?!]*\b(?:excluded|not\s+covered|left\s+out)\b)/g,
    'warranty cover defect',
  ],
  // "coming back to the membership: …", "going back to my order": a topic taken up again, no return
  [
    /(?<=^|[.!?:;]\s)(?:so\s+|ok\s+|okay\s+|and\s+)?(?:coming|going|getting)\s+back\s+to(?=\s+(?:the|my|your|our|this|that)\b)/g,
    'about',
  ],
  // returns and exchanges
  [
    /\b(?:(?<=\b(?:if|when|once|after)\s+)(?:it|they)\s+(?:go|goes|went)\s+back(?!\s+(?:on|to|in|up|down)\b)|send(?:ing)?\s+(?:it|them|something|stuff|things?|this|that|an?\s+item|items?)?\s*back|send(?:ing)?\s+(?:(?!money\b|refund\b|me\b|number\b|e-?mail\b|details\b|form\b|message\b|photos?\b|code\b|link\b|label\b|receipt\b|reply\b|answer\b)[\w'-]+\s+){1,4}?back(?!\s+(?:to\s+me|my\s+money))|post(?:ing)?\s+(?:it|them|something)?\s*back|ship(?:ping)?\s+(?:it|them|something)?\s*back|take\s+(?:it|them)?\s*back|give\s+(?:it|them|(?:the|my|this|that)\s+\w+)?\s*back)\b/g,
    'return',
  ],
  [
    /\b(?:swap|swapping|swapped|switch\s+(?:it|them)?\s*for|trade\s+(?:it|them)?\s*(?:in\s+)?for)\b/g,
    'exchange',
  ],
  [
    /(?<=\b(?:membership|subscription|plan|club|contract|account|order)\b[^.?!]{0,60}?)\b(?:(?:bring|brought|bringing)\s+to\s+an\s+end|terminat(?:e|ed|ing|ion))\b|\b(?:terminat(?:e|ion\s+of)|put\s+an\s+end\s+to)\s+(?:my|the|our)\s+(?:[\w-]+\s+){0,2}?(?:membership|subscription|plan|contract|account|order)\b|\b(?:call\s+off|call\s+(?:it|the\s+(?:whole\s+)?(?:thing|order|purchase)|everything|my\s+order)\s+off|don'?t\s+want\s+(?:it|them)\s+any\s*more|back(?:ing)?\s+out(?=\s+(?:of\b|and\b|now\b|still\b|$)|\s*[,.?!])|pull(?:ing)?\s+out\s+of\s+(?:the|my|your)\s+(?:club|membership|plan|subscription|order))\b/g,
    'cancel',
  ],
  // where a parcel goes in: a drop-off point
  [
    /\b(?:hand(?:ing)?\s+(?:in(?:\s+(?:the|a|my|this|our)\s+(?:parcel|package|box|return))?|(?:it|them|(?:the|a|my|this|our)\s+(?:parcel|package|box|return))\s+in)|drop(?:ping)?\s+(?:off(?:\s+(?:the|a|my|this|our)\s+(?:parcel|package|box|return))?|(?:it|them|(?:the|a|my|this|our)\s+(?:parcel|package|box|return))\s+off)|(?:take|bring)\s+(?:the|a|my|this|our)\s+(?:parcel|package|box|return)\s+to|(?<=\bwhere\s+(?:\w+\s+){0,3})(?:bring|take)\s+(?:the|a|my|this|our)\s+(?:parcel|package|box|return)\b)\b/g,
    'drop parcel point',
  ],
  // a product cut to the customer's length is custom-cut
  [
    /\b(?:cut\s+to\s+(?:the\s+)?(?:lengths?|sizes?|measure|order)|made\s+to\s+measure|custom[\s-]made)\b/g,
    'custom-cut',
  ],
  // a change to another size is an exchange
  [
    /\b(?:change|switch|swap|exchange)\s+(?:it|them|my\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:to|for)\s+(?:a|an|the)?\s*(?:size\s+\d{1,3}|\d{2}(?:[.,]5)?(?=\s*(?:$|[,.?!;]|\s(?:but|and|if|instead|please)\b))|(?:size\s+)?(?:xx?s|xx?l|s|m|l)|smaller|bigger|larger|(?:one|a|half\s+a)\s+size\s+(?:bigger|smaller|larger|up|down))(?![\w-])/g,
    'exchange size',
  ],
  // … and a change for another colour, size or model ("change it for other colour", "change them
  // for a different size")
  [
    /\b(?:change|changing|changed)\s+(?:it|them|this|that|my\s+[\w-]+)\s+(?:for|to|into)\s+(?:an?other|other|a\s+different|the\s+other|a\s+new)\s+(?:colou?r|size|model|style|one)s?\b/g,
    'exchange',
  ],
  // camping gas: fuel canisters, and a part-used one is opened
  [
    /\b(?:(?:gas|fuel|butane|propane|stove|camping\s+gas)\s+(?:cartridges?|canisters?|cans?|bottles?)|gas\s+for\s+(?:the|my)\s+stoves?)\b/g,
    'fuel canisters',
  ],
  [/\b(?:half[\s-]used|partly\s+used|part[\s-]used|half[\s-]empty|used\s+up)\b/g, 'opened'],
  // what the shop has none of is out of stock
  [
    /\b(?:(?:no|none|not\s+any)\s+(?!one\b|body\b)(?:of\s+(?:that|this|the|those|these|my|his|her|their|our|your)\s+)?(?:\w+\s+)?(?:left|remaining|available)(?:\s+any\s*more)?|sold\s+out|(?:ran|run|runs|running)\s+out\s+of|no\s+longer\s+(?:be\s+)?(?:available|in\s+stock)|(?:do\s+not|don'?t|doesn'?t|does\s+not)\s+have\s+(?:it|them|one|any|(?:that|this|the|my|his|her|their|our|your)\s+(?:size|colou?r|model)|(?:a\s+|size\s+|an?\s+)?\d{1,3}|(?:an?\s+)?(?:xx?s|xx?l|s|m|l))\s+(?:left|any\s*more|in\s+stock)|not\s+in\s+stock)\b/g,
    'out of stock',
  ],
  // "what if you don't have the large anymore": a size the shop has none of (the shop's, not the
  // customer's "I don't have the box anymore")
  [
    /(?<=\b(?:you|u|they|you\s+guys|the\s+(?:shop|store|warehouse))\s+(?:still\s+|then\s+|just\s+)?)(?:do\s+not|don'?t|doesn'?t|does\s+not|no\s+longer)\s+have\s+(?:the|that|this|a|an|my|any)\s+(?:[\w-]+\s+){0,3}?(?:left|any\s*more|in\s+stock)\b/g,
    'out of stock',
  ],
  [/\b(?:an?|size|in)\s+(?:xx?s|xx?l|m|l)\b(?!['’])/g, 'a size'],
  // sizes named by their letters: a choice between sizes
  [
    /\b(?:between|either)\s+(?:size\s+)?(?:xx?s|s|m|l|xx?l|small|medium|large)\s+(?:and|or)\s+(?:xx?s|s|m|l|xx?l|small|medium|large)\b|\bwhich\s+(?:size|one)\s+(?:should|do|would|must)\s+(?:i|we)\s+(?:take|get|order|pick|choose|buy|go\s+for)\b|\b(?:which|what)\s+(?:one|size)\s+(?:(?:do|would|can)\s+)?you\s+(?:recommend|suggest|advise)\b/g,
    'between sizes choose',
  ],
  [
    /\b(?:fleeces?|jumpers?|sweaters?|hoodies?|pullovers?|cardigans?|thermals?|base\s*layers?|mid\s*layers?|jerseys?)\s+(?:under|underneath|beneath)\b/g,
    'layers underneath',
  ],
  // warranty and damage
  [/\b(?:pictures?|pics?|images?|screenshots?)\b/g, 'photo'],
  // what goes with a claim or a letter
  [/\b(?:enclose|enclosed)\b/g, 'send'],
  // labels (not a return or postage label) that must still be on the goods: tags attached ("do the
  // labels need to stay on", "labels still on the clothes")
  [
    /(?<!\b(?:return|returns|shipping|postage|address|delivery|prepaid|pre-paid|free|printed|print)\s)\blabels?\s+(?:(?:need|needs|have|has)\s+to\s+|must\s+|should\s+)?(?:still\s+)?(?:be\s+|stay\s+|remain\s+)?(?:still\s+)?(?:on|attached)\b/g,
    'tags attached',
  ],
  // labels cut off are tags no longer attached
  [
    /\b(?:take|took|taken|cut|ripped|pulled|removed?)\s+(?:off\s+)?(?:one\s+of\s+|some\s+of\s+)?(?:the|all\s+the|its|their|a)\s+(?:labels?|tags?|price\s+tags?)(?:\s+off)?\b/g,
    'tags attached removed',
  ],
  // a table of body measures is the size guide
  [
    /\b(?:size\s+(?:chart|table|calculator)|sizing\s+(?:chart|table|info(?:rmation)?))\b|\b(?:actual\s+|body\s+)?measurements?\b(?=[^.?!]{0,60}?\b(?:size|sizes|sizing|fit|check\s+against)\b)|(?<=\b(?:size|sizes|sizing|fit|fits|grow)\b[^.?!]{0,60}?)\b(?:actual\s+|body\s+)?measurements?\b|(?<=\b(?:see|find|check|get|look\s+at)\s+(?:the\s+)?)(?:actual\s+|body\s+)?measurements\b(?=[^.?!]{0,30}?\b(?:before|buy|order)\b)/g,
    'size guide',
  ],
  [
    /\b(?:fell\s+apart|falling\s+apart|came\s+apart|gave\s+out|gave\s+way|packed\s+up|stopped\s+working|busted|bust)\b/g,
    'defect broken',
  ],
  // what came broken was damaged in delivery, or defective
  [
    /\b(?:arrived|arrives|came|delivered|turned\s+up|showed\s+up)\s+(?:with\s+(?:a|an|the|one)\s+|\w+\s+)?(?:broken|smashed|cracked|snapped|torn|ripped|dented|bent|scratched|faulty|damaged|defective|in\s+pieces)\b/g,
    'damaged defective',
  ],
  // … or came with a defect named as a thing: "arrived with a big crack in it", "a tear in the
  // flysheet"
  [
    /\b(?:arrived|arrives|came|turned\s+up|showed\s+up|(?:was|were|got)\s+delivered)\s+with\s+(?:a|an|one)\s+(?:(?:big|huge|large|small|little|long|deep|massive|nasty|visible|clear|proper)\s+)?(?:crack|tear|rip|hole|dent|gash|split|chip|scratch|break)s?\b/g,
    'damaged defective',
  ],
  [/\b(?:guarantees?)\b/g, 'warranty'],
  // "the clock starts": a period's start
  [/\b(?:the\s+)?clock\s+(?:start|starts|begin|begins|run|runs|tick|ticks)\b/g, 'starting'],
  // a repair that cannot be done
  [
    /\b(?:impossible|can(?:no|'?)t\s+be\s+(?:repaired|fixed|mended)|(?:can(?:no|'?)t|unable\s+to|(?:are|is)\s+not\s+able\s+to|won'?t\s+be\s+able\s+to)\s+(?:repair|fix|mend)|not\s+(?:repairable|fixable)|beyond\s+repair)\b/g,
    'repair not possible',
  ],
  // from which day a period counts is when it starts
  [
    /(?<=\b(?:does|do|will)\s+(?:(?:the|my|your)\s+\w+|it)\s+)(?:count(?:\s+from)?|(?:run|start|begin)\s+from)\b|\b(?:counts?|runs?)\s+from\b/g,
    'starting',
  ],
  // what a customer wants for a faulty thing: mended, a new one, or the money
  [
    /\b(?:(?:give|send|get)\s+(?:me|us)?\s*(?:a\s+)?(?:new|brand\s+new|another)\s+(?:one|item|unit|product)|a\s+new\s+one|swap\s+(?:it|them)\s+for\s+a\s+new\s+one)\b/g,
    'replace',
  ],
  [/\b(?:mend|mended|fix\s+(?:it|them)|get\s+(?:it|them)\s+fixed)\b/g, 'repair'],
  [
    /\b(?:get|have)\s+(?:this|it|that)\s+(?:sorted(?:\s+out)?|seen\s+to|looked\s+at|dealt\s+with)\b/g,
    'claim repair',
  ],
  [
    /\b(?:(?:doesn'?t|does\s+not|don'?t|do\s+not|won'?t|will\s+not|didn'?t|did\s+not|isn'?t|is\s+not)\s+(?:work|working|turn\s+on|switch\s+on|start|function|light|close|zip)|(?:not|no\s+longer)\s+working|dead\s+on\s+arrival)\b/g,
    'defective',
  ],
  [/\b(?:dented|cracked|smashed|scratched|crushed|squashed|torn|ripped)\b/g, 'damaged'],
  // what a pet, a fire or a fall did to a thing is damage ("our puppy chewed through the strap",
  // "a spark burnt a hole in it")
  [/\b(?:chewed|chewing|gnawed|gnawing|bitten|burnt|burned|scorched|singed|melted)\b/g, 'damage'],
  // telling the shop about a problem is reporting it
  [
    /\b(?:tell|telling|told|let|inform|informing|notify|notifying)\s+(?:you|the\s+shop|your\s+team|customer\s+service)(?:\s+know)?(?:\s+about\s+(?:it|this|that|the\s+\w+))?\b/g,
    'report',
  ],
  // what the warranty "takes care of", "pays for" or "sorts out" is what it covers
  [
    /\b(?:takes?|taking)\s+care\s+of\b|(?<=\b(?:warranty|guarantee)\s+(?:\w+\s+)?)(?:pays?\s+for|sorts?\s+(?:that|this|it|them)\s+out)\b/g,
    'cover',
  ],
  // "excluded from getting money back": what cannot be refunded
  [
    /\b(?:excluded|exempt)\s+from\s+(?:getting\s+|being\s+)?(?:a\s+|the\s+|my\s+|your\s+)?(?:refunds?|refunded|money\s+back|returns?|returned)\b/g,
    'refund',
  ],
  // "what exactly is left out" (of a warranty, a plan): what it does not cover
  [
    /\b(?:excluded|exclusions?|not\s+covered|(?<=\b(?:what|which|anything|something|things?|stuff|is\s+there)\b[^.?!]{0,40}?)(?:don'?t|do\s+not|doesn'?t|does\s+not|won'?t|wouldn'?t)\s+cover|(?:is|are|gets?|get)\s+left\s+out|(?:isn'?t|aren'?t|is\s+not|are\s+not)\s+included)\b/g,
    'not cover',
  ],
  // a membrane that peels or bubbles is delaminated; a patch is a repair
  [
    /\b(?:peeling|peels|peeled|bubbling|bubbles|bubbled|coming\s+(?:apart|unstuck|away)|delaminat\w*)\b/g,
    'delaminated',
  ],
  // a new one in place of a broken one is a replacement ("I just want a new one", "do I get a new
  // pair?", "I would prefer a brand-new jacket to a patched one")
  [
    /\b(?:(?<=\b(?:get|getting|got|want|wanted|wants|prefer|preferred|rather\s+have|send\s+me|give\s+me|receive)\s+(?:me\s+)?(?:just\s+)?)(?:a|an)\s+(?:brand[\s-]?new|new)\s+(?:one|pair|piece)|brand[\s-]?new\s+(?:one|pair|piece|[\p{L}-]+)(?=\s+(?:instead|(?:to|than)\s+(?:a|an|the)\s+(?:patched|repaired|repair|mended|fixed)|rather\s+than)\b))\b/gu,
    'replacement',
  ],
  [/\b(?:patch(?:ed|ing)?\s+(?:it\s+|them\s+)?up|patched|patch\s+(?:it|them))\b/g, 'repair'],
  // "how many years is that kind covered for?", "the cover on the Summit tents": a warranty's cover
  [
    /\b(?:(?:is|are|am|be|was|were|stay|stays)\s+(?:\w+\s+){0,3}?covered\s+(?:for|under)|(?:the\s+)?cover\s+on\s+(?=(?:the|my|your|a|an|our|these|those|this|that)\b))/g,
    'warranty cover',
  ],
  // "am I still covered?" asks what the warranty covers
  [
    /\b(?:am\s+i|is\s+(?:it|that|this)|are\s+(?:they|these|those)|(?:it|that|this)\s+is|(?:they|these|those)\s+are)\s+(?:still\s+)?covered\b/g,
    'warranty cover',
  ],
  // rain that gets in is a question of how waterproof a thing is
  [
    /\b(?:leak|leaks|leaking|leaky|let\s+(?:the\s+)?(?:water|rain)\s+in|keep\s+(?:the\s+)?(?:rain|water)\s+out|downpours?)\b/g,
    'waterproof',
  ],
  [/\b(?:coat|raincoat|anorak|rain\s+jacket)\b/g, 'jacket'],
  // how many a tent holds is how many it sleeps
  [
    /\bhow\s+many\s+(?:people|persons|adults|of\s+us)\s+(?:fit|sleep|can\s+sleep|go)\b/g,
    'how many sleeps',
  ],
  // a tent is put up by pitching it
  [
    /\b(?:put|putting|set|setting)\s+up\s+(?:a|the|my|your|our|this|that)\s+(?:\w+\s+)?tent\b|(?<=\btents?\b[^.?!]{0,100}?)\b(?:put|putting|set|setting)\s+(?:it\s+|them\s+)?up\b|\b(?:put|putting|set|setting)\s+(?:it\s+|them\s+)?up\b(?=[^.?!]{0,100}?\btents?\b)/g,
    'pitch tent',
  ],
  // a price per piece is what each costs
  [/\b(?:per\s+(?:pair|piece|item|unit)|apiece|a\s+pair)\b/g, 'each'],
  // "keep taking money every year": a plan that renews
  [
    /\b(?:keep|keeps|keeping)\s+(?:taking|charging|billing)(?:\s+(?:money|me|us))*(?:\s+from\s+(?:me|us))?\s+(?:every|each)\s+(?:year|month)\b|\bone[\s-](?:time|off)\s+(?:charge|payment|fee)\b/g,
    'renews automatically',
  ],
  // a fee kept back from a refund
  [/\bre-?stock(?:ing)?(?:\s+fees?)?\b/g, 'restocking fee'],
  [
    /\b(?:(?<=\b(?:you|u|they|shops?)\s+(?:\w+\s+)?)(?:take|keep|charge)\s+a\s+cut|(?<=\b(?:you|u|they)\s+(?:\w+\s+)?)keep\s+back\s+(?:some\s+|any\s+|a\s+bit\s+of\s+)?(?:cash|money)|for\s+handling\s+(?:the\s+|a\s+|my\s+)?returns?|keep\s+(?:a\s+)?(?:part|some|a\s+bit)\s+of\s+(?:the|my)\s+(?:refund|money)|(?:handling|admin|administration|processing)\s+(?:fee|charge|cost)s?|deduct\w*)\b/g,
    'fee',
  ],
  // "how much do you take off the money", "some shops keep like 15%": a fee kept back
  [
    /(?<=\b(?:you|u|they|shops?|stores?)\s+(?:\w+\s+)?)(?:(?:take|knock)\s+off\s+(?:of\s+)?(?:(?:the|my|our|your)\s+)?(?:money|refund)\b|keep\s+(?:like\s+|about\s+|around\s+|up\s+to\s+)?\d+(?:[.,]\d+)?\s*(?:%|percent\b|per\s+cent\b))/g,
    'fee',
  ],
  [/\b(?:keep\s+(?:me|you|us|things?|my\s+\w+)\s+dry|rain\s*proof|water\s*tight)\b/g, 'waterproof'],
  // how much water a fabric holds back, in the words of outdoor gear: its waterproof rating
  [
    /\b(?:water\s*columns?|hydrostatic(?:\s+(?:head|rating|pressure))?|(?:waterproof(?:ing|ness)?|mm)\s+(?:rating|number|value|figure)|water\s+pressure)\b/g,
    'waterproof',
  ],
  [/\b(?:(?:gift\s+)?vouchers?|gift\s+cert(?:ificate)?s?)\b/g, 'gift card'],
  [/\b(?:settled|settle|settlement)\b/g, 'paid'],
  [/\b(?:carriage|freight)\b/g, 'shipping'],
  [
    /\b(?:amount|total|price|sum|cost)\s+(?:before|without|excluding|excl\.?)\s+(?:the\s+)?(?:shipping|carriage|freight|delivery|postage|tax|vat)\b/g,
    'subtotal',
  ],
  // who "foots the bill" or "picks up the tab" is who pays (not an invoice)
  [
    /\b(?:foots?|footing|footed|picks?\s+up|picking\s+up|picked\s+up)\s+(?:the|that|this)\s+(?:bill|tab|cost|costs)\b/g,
    'pays cost',
  ],
  // the paper for a purchase, as customers name it: a receipt, a billing document (a receipt the
  // customer reads from — "the name on the receipt", "receipt INV-…" — not proof sent with a claim)
  [
    /\bbilling\s+(?:documents?|statements?|papers?)\b|(?<=\b(?:on|in|from|of)\s+(?:the|my|this|that|your)\s+(?:[\w-]+\s+)?)receipts?\b(?!\s+(?:as|for\s+(?:the|a|my)\s+(?:claim|warranty|repair)))|\breceipts?(?=\s+(?:[a-z]{2,5}-\d[\d-]*|number|no)\b)/g,
    'invoice',
  ],
  [
    /\b(?:grand\s+total|final\s+total|(?:amount|sum|balance)\s+(?:due|owed|owing|payable))\b/g,
    'total due',
  ],
  // a purchase's reference is its order number; a purchase named by its id is the order
  [
    /\b(?:purchase|order)\s+(?:reference|ref)(?:\s+(?:number|no|code))?\b|\bpurchase\s+(?:number|no|id)\b|\bpurchase(?=\s+[a-z]{1,5}-\d)/g,
    'order number',
  ],
  // what is in an order is its items ("what exactly is in my purchase?", "what was in parcel X")
  [
    /\bwhat\s+(?:exactly\s+)?(?:is|was|are|were|'s)\s+(?:exactly\s+)?(?:in|inside)\s+(?:(?:my|the|this|that|your|our)\s+)?(?:order|purchase|parcel|package|box|shipment)\b/g,
    'what items order',
  ],
  // invoices and payment: a customer's bill is the shop's invoice
  [/\b(?<=(?:my|the|this|that|your|our)\s+)bill\b(?!\s+(?:to|me|us|my)\b)/g, 'invoice'],
  [/\b(?:sales\s+tax|value[\s-]+added\s+tax|tax(?:es)?)\b/g, 'vat tax'],
  // the card paid with: its brand
  [/\b(?:which|what)\s+(?:credit\s+|debit\s+|bank\s+)?card\b/g, 'which card visa mastercard'],
  [
    /\b(?:inside|included\s+in|part\s+of|built\s+into)\s+the\s+(?:price|total|amount)\b/g,
    'included',
  ],
  [
    /\b(?:pay\s+(?:with|by|using|via)|payment\s+(?:options?|methods?)|(?:other\s+)?ways\s+to\s+pay|(?:other\s+)?ways\s+(?:i|we)\s+(?:can|could|may)\s+pay|(?:forms?|methods?|means|modes?)\s+of\s+payment|(?:other\s+)?ways\s+(?:can|could|do|may)\s+(?:i|we)\s+pay(?:\s+you)?|(?:use|using)\s+to\s+pay|how\s+(?:can|do|could|may)\s+(?:i|we)\s+pay(?:\s+(?:you|for\s+(?:it|my\s+order|an\s+order)))?)\b/g,
    'accept pay',
  ],
  // the business itself ("since when exist company": the verb before its subject, as some
  // non-native customers write it, is the same question)
  [
    /\b(?:(?:start|started|starting|set\s+up|establish|established)\s+(?:the|your|this)\s+(?:company|business|shop|store|firm)|(?:the|your|this)\s+(?:company|business|shop|store|firm)\s+(?:start|started|begin|began|get\s+started|got\s+started|come\s+about)|(?:when|how\s+long\s+ago)\s+did\s+(?:you|you\s+guys|they)\s+(?:start|begin|get\s+started|set\s+up)(?=\s*(?:[?.!,]|$))|in\s+business|how\s+long\s+(?:has|have)\s+(?:[\w&'-]+\s+){1,4}?been\s+(?:around|going|trading|in\s+business)|where\s+did\s+(?:it|you|the\s+(?:company|shop|business))\s+(?:all\s+)?(?:start|begin)|who\s+(?:actually\s+|really\s+|originally\s+)?(?:started|founded|set\s+up|began)\s+(?:it|this|the\s+(?:shop|company|business|store)|your\s+(?:shop|company|business|store))|who\s+(?:actually\s+)?(?:runs|owns|is\s+behind)\s+(?:this|the|your)\s+(?:shop|company|business|store)|(?:since\s+when|how\s+long)\s+(?:(?:does|has|have|did)\s+)?(?:it|you|the\s+(?:company|shop|business|store))\s+(?:exist(?:s|ed)?|been\s+around)|(?<=\bsince\s+when\s+(?:it|you)\s+)exists?|since\s+when\s+(?:(?:does|do|has)\s+)?exist(?:s|ed)?\s+(?:(?:the|your|this)\s+)?(?:company|business|shop|store|firm)|(?:have\s+you|has\s+(?:the|your|this)\s+(?:company|business|shop|store))\s+been\s+(?:around|(?:going|trading|in\s+business|operating)(?=\s*(?:[?.!,]|$|for\b|since\b)))|how\s+old\s+is\s+(?:the|your|this)\s+(?:company|business|shop|store|firm))\b/g,
    'founded',
  ],
  // where the business has its seat ("your head office", "HQ", "where is the company based"): a
  // shop tells it with where it was founded
  [
    /\b(?:head\s*offices?|headquarters|head\s+quarters|hq|main\s+office)\b|\bwhere\s+(?:are|is)\s+(?:you|you\s+guys|(?:your|the)\s+(?:company|business|shop|firm|store))\s+(?:based|located|headquartered)\b/g,
    'founded based',
  ],
  // when someone is there to help is when customer service is open
  [
    /\b(?:(?:anybody|anyone|someone|somebody|people|staff)\s+(?:there|around|available|working)(?:\s+to\s+help)?\s*(?=on\b|at\b|in\b|during\b|after\b|before\b|over\b|this\b|today\b|tomorrow\b|late\b|early\b|\?|$)|(?:opening|business|office|support|service|customer\s+service|phone)\s+(?:hours|times)|(?:are\s+you|is\s+(?:support|customer\s+service))\s+(?:guys\s+|folks\s+|people\s+)?(?:open|around|available))\b/g,
    'customer service open',
  ],
  // someone there to answer: customer service, open at the weekend or not
  [
    /\b(?:reach|get\s+hold\s+of|get\s+through\s+to|talk\s+to|speak\s+to)\s+(?:someone|somebody|anyone|anybody|a\s+person|a\s+human)\b/g,
    'customer service open',
  ],
  [/\b(?:at|on|over|during)\s+(?:the\s+)?weekends?\b/g, 'saturday sunday weekend'],
  // the team that helps customers is customer service
  [
    /\b(?:(?:your|customer)\s+support(?:\s+(?:team|staff|desk|line|people))?|support\s+(?:team|staff|desk|line|people)|help\s*desk|service\s+desk|customer\s+care|(?:customer\s+)?service\s+team|care\s+team)\b/g,
    'customer service',
  ],
  [
    /\b(?:(?:can|could|should|do|may)\s+(?:i|we)\s+(?:call|ring|phone|dial)\b(?!\s+(?:off|back))|(?:talk|speak|chat)\s+(?:to|with)\s+(?:a\s+)?(?:human|person|someone|somebody|real\s+person|agent)|(?:to|i|we|can|could)\s+(?:call|ring|phone)\s+(?:you|someone|support))\b/g,
    'phone',
  ],
  // "how much is the membership": what it costs
  [
    /\b(?:how\s+much\s+(?:is|are|was|for)|how\s+expensive\s+(?:is|are))(?=\s+(?:the|a|an|your|it|this|that|one|membership|shipping|delivery|postage|express)\b(?!\s+(?:refund|discount|vat|tax|deposit)))/g,
    'cost',
  ],
  // what a member gets
  [
    /(?<=\b(?:membership|members?|club|plan|subscription|loyalty|join\w*)\b[^.?!]{0,60}?)\b(?:perks?|benefits?|advantages?)\b|\b(?:perks?|benefits?|advantages?)\b(?=[^.?!]{0,60}?\b(?:membership|members?|club|plan|subscription|join\w*)\b)/g,
    'members get',
  ],
  // "I'm not a member of anything", "no membership", "not in any club": a customer saying what
  // they are not asks about the ordinary case — the plan they name is no topic of the question
  [
    /\b(?:(?:i\s*['’]?m|i\s+am|we\s+are|we\s*['’]re)\s+(?:not|no\s+longer)\s+(?:a\s+|an\s+|in\s+(?:a\s+|any\s+|the\s+|your\s+)?|part\s+of\s+(?:a\s+|any\s+|the\s+|your\s+)?|(?:signed\s+up|subscribed|registered|enrolled)\s+(?:to|for|in)\s+(?:a\s+|any\s+|the\s+|your\s+)?)(?:[\w-]+\s+){0,2}?(?:members?|membership|club|plan|subscription|loyalty\s+(?:program(?:me)?|scheme))(?:\s+(?:members?|of\s+(?:anything|any\s+(?:club|plan|scheme|programme|program)|the\s+[\w-]+\s+(?:club|plan))))?|(?:i|we)\s+(?:do\s*n['’]?o?t|don['’]?t|never)\s+(?:have|hold|own)\s+(?:a\s+|an\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:membership|subscription|plan)|(?:with\s+)?no\s+(?:[\w-]+\s+)?membership|non-?\s?members?|without\s+(?:a\s+|any\s+)?(?:[\w-]+\s+){0,2}?membership)\b/g,
    '',
  ],
  [/\b(?:loyalty\s+(?:program(?:me)?|scheme|club)|members?\s+club|paid\s+plan)\b/g, 'membership'],
  // a plan that goes on "by itself" renews automatically; one that "stops" ends or renews
  [
    /(?<=\b(?:membership|subscription|plan|club|sign\s+up|join\w*|(?:once\s+)?(?:a|per|every)\s+year|yearly|annual(?:ly)?)\b[^.?!]{0,80}?)\b(?:by\s+itself|on\s+its\s+own|without\s+me\s+doing\s+anything)\b/g,
    'automatically',
  ],
  [
    /\b(?:(?:pay|paying|pays|charge|charging|charges|bill|billing|bills)\s+(?:itself|automatically|me)\s+again|(?<=\b(?:it|you|they|membership|subscription|plan|club)\b[^.?!]{0,30}?)keeps?\s+(?:on\s+)?(?:charging|billing|taking\s+(?:money|payment))(?=\s+(?:me|us|my|our)\b)|(?:again|automatically)\s+every\s+year|every\s+year\s+again)\b/g,
    'renews automatically',
  ],
  [
    /(?<=\b(?:membership|subscription|plan|club)\b.{0,80}?)\b(?:how|where)\s+(?:do\s+|can\s+|could\s+)?(?:i|we)\s+(?:can\s+|could\s+)?stop\s+(?:it|paying)\b/g,
    'how i cancel',
  ],
  [
    /\bstop\s+(?:my|the)\s+(?:[\w-]+\s+){0,2}?(?:membership|subscription|plan)\b/g,
    'cancel membership',
  ],
  [
    /(?<=\b(?:membership|subscription|plan|club|sign\s+up|join\w*)\b[^.?!]{0,80}?)\b(?:(?:does|do|will|would)\s+(?:it|that)\s+(?:stop|end|expire|run\s+out|lapse|keep\s+going|continue|carry\s+on))\b|\b(?:does|do|will|would)\s+(?:the|my)\s+(?:membership|subscription|plan|club)\s+(?:stop|end|expire|run\s+out|lapse|keep\s+going|continue|carry\s+on)\b/g,
    'renew cancel',
  ],
];

const DAYS: Record<string, string> = {
  mon: 'monday',
  tue: 'tuesday',
  tues: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  thur: 'thursday',
  thurs: 'thursday',
  fri: 'friday',
  sat: 'saturday',
  sun: 'sunday',
};
const DAY = '(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)';
/** Day abbreviations that are English words as well. */
const COMMON_DAYS = new Set(['sat', 'sun', 'wed']);
const DAY_RANGE = new RegExp(
  String.raw`\b${DAY}\.?\s*(-|–|to|till|until|thru|through)\s*${DAY}\b\.?`,
  'g',
);

/**
 * The text in lower case with each customer's phrase for a shop's term replaced by that term
 * ("can I get my money back" → "can i refund", "any money off" → "any discount").
 */
export function inShopTerms(text: string): string {
  // runs of white space read as one space: the patterns' gaps then cost a constant each, and a
  // 100,000-character run cannot make one rescan from every position
  let out = text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    // text-speak: "r u", "ur", "w/"
    .replace(/\br\s+u\b/g, 'are you')
    .replace(/\bu\b(?![-.'’])/g, 'you')
    .replace(/\bur\b/g, 'your')
    .replace(/\bw\/(?=\s)/g, 'with')
    // text-speak "4" for "for" between words ("how many days 4 money back"), not a count
    .replace(
      /(?<=\b(?!(?:size|sizes|number|no|nr|model|version|type|page|step|to|or|and|of|x|the|a|about|only|just|over|under|than)\b)[a-z]{3,} )4(?= (?:money|refund|return|returns|delivery|shipping|free|me|you|u|the|a|my)\b)/g,
      'for',
    )
    // a range of days as written in a hurry ("mon-fri", "sat to sun"): the days' names
    .replace(DAY_RANGE, (range: string, from: string, by: string, to: string) =>
      // "sat through sun" is sitting in the sun: two days that are words too need a dash
      /^[-–]$/.test(by) || !(COMMON_DAYS.has(from) && COMMON_DAYS.has(to))
        ? `${DAYS[from]} to ${DAYS[to]}`
        : range,
    );
  for (const [pattern, means] of TABLE) out = out.replace(pattern, (m) => spaced(m, means));
  return out;
}

/** The shop's term in place of a phrase, kept apart from the words around it. */
function spaced(phrase: string, means: string): string {
  return `${/^\s/.test(phrase) ? ' ' : ''}${means}${/\s$/.test(phrase) ? ' ' : ''}`;
}
