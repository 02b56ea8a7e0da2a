import { Lexicon, SpellChecker, phrasalVerbAt, splitSentences, tokenize } from '@switchyard/nlp';
import { ValidationErrorsIBAN, electronicFormatIBAN, validateIBAN } from 'ibantools';

/** Verbs (as lemmas) that move money or undo a purchase whatever their object. */
const MONEY_ACTIONS = new Set([
  'refund',
  // "kindly process a reversal of the amount debited"
  'reversal',
  'reimburse',
  // "please do the reimbursement now"
  'reimbursement',
  'compensate',
  'compensation',
  'chargeback',
  'waive',
  'void',
  'cancel',
  'cancellation',
  // the lexicon's lemma of "cancellation" is the American spelling
  'cancelation',
  'overcharge',
  // "the €30 I overpaid": money paid beyond what was owed, to be given back
  'overpay',
]);

/**
 * Refunds, cancellations, reversals and changes of bank or delivery details in the languages
 * customers most often write in besides English (German, French, Spanish, Italian, Dutch,
 * Portuguese, the Scandinavian languages, Polish), as word stems. The router's lexicon is
 * English, so it cannot tell a question about such a thing from a request for it: any mention
 * is a plausible request, and a person looks at it.
 */
const OTHER_LANGUAGES = new RegExp(
  [
    // money wished back onto a card or an account (German, Italian, French, Spanish, Dutch,
    // Portuguese: "dass das Geld wieder auf ihrer Karte landet", "che quei 40 € tornino sulla mia
    // carta", "que l'argent revienne sur ma carte", "het geld terug op mijn rekening")
    String.raw`(?:geld|betrag|summe)\s+(?:\p{L}+\s+){0,2}?(?:wieder|zurück)\s+auf\s+(?:mein|ihr|sein|unser|dies)\p{L}*\s+(?:\p{L}+\s+)?(?:karte|konto|kreditkarte|paypal)|(?:torn|rientr|riaccredit)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:sulla|sul|nella|nel)\s+(?:mia|mio|sua|suo|nostr[ao])\s+(?:carta|conto|paypal)|(?:revien|retourn|rembours)\p{L}*\s+(?:\p{L}+\s+){0,2}?sur\s+(?:ma|mon|sa|son|notre)\s+(?:carte|compte|paypal)|(?:vuelva|vuelvan|devuelv\p{L}*|reingres\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:a|en)\s+(?:mi|su|nuestra)\s+(?:tarjeta|cuenta|paypal)|geld\s+(?:\p{L}+\s+){0,2}?terug\s+(?:op|naar)\s+(?:mijn|haar|zijn|onze)\s+(?:kaart|rekening|creditcard|paypal)|(?:volte|voltem|devolv\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:para|no|na|ao)\s+(?:meu|minha|seu|sua)\s+(?:cart[aã]o|conta|paypal)`,
    // Hindi in Latin letters, a refund, a cancellation or money back asked done ("please mera refund
    // process kar do", "order cancel kar dijiye", "paise wapas chahiye"); not asked how ("refund
    // kaise milega")
    String.raw`(?<![\p{L}])(?:refund|cancel|paise\s+wapas|paisa\s+wapas|pese\s+wapas|wapas)\s+(?:(?!kaise|kab|kya|kitne)\p{L}+\s+){0,2}?(?:kar\s+do|kar\s+dijiye|kardo|kardijiye|kar\s+dena|karwa\s+do|kara\s+do|de\s+do|dedo|dijiye|chahiye)(?![\p{L}])`,
    // a price difference asked back, the pronoun joined on or not (Portuguese, Spanish, Italian,
    // French: "Conseguem devolver-me a diferença de 20€?", "¿me devolvéis la diferencia?",
    // "rimborsarmi la differenza", "me rembourser la différence")
    String.raw`(?<![\p{L}])(?:devolv|devuelv|reembols|rimbors|restitu|rembours|pag|ressarc)\p{L}*(?:-(?:me|nos|mi|moi))?\s+(?:\p{L}+\s+){0,2}?(?:la|a|o|el|il|le)\s+(?:diferen[cç]a|diferencia|differenza|diff[ée]rence)`,
    // German (a detail changed with words between: "die Lieferadresse noch auf die Packstation 112
    // ändern")
    'mein\\s+geld|neue\\s+(?:liefer)?adresse|(?:zurück|rück)?erstatt\\p{L}*|(?:zurück|rück)zahl\\p{L}*|storn(?:o(?![\\p{L}])|ier\\p{L}*)|kündig(?:en|t|te|ten|ung\\p{L}*|e\\s+(?:ich|hiermit|mein\\p{L}*|den|die|das))|geld\\s+zurück|(?:bankverbindung|kontonummer|iban|lieferadresse|zahlungsart|kreditkarte)\\p{L}*\\s+(?:[\\p{L}\\d.]+\\s+){0,6}?ändern|ändern\\s+(?:sie\\s+)?(?:(?:die|den|das|meine?n?)\\s+)?(?:bankverbindung|kontonummer|iban|lieferadresse|zahlungsart)',
    // German: deleting an account, ending a subscription, unsubscribing, debits, a move; a
    // participle's "ge-" ("gekündigt", "zurückgezahlt")
    // money to be paid into an account given ("das Geld … bitte auf dieses Konto überweisen")
    '(?:auf|an)\\s+(?:dieses|mein\\p{L}*|folgendes|das\\s+folgende|neue\\p{L}*|ein\\s+anderes)\\s+(?:neue\\p{L}*\\s+)?(?:bank)?konto\\s+(?:\\p{L}+\\s+){0,2}?(?:überweis\\p{L}*|zahl\\p{L}*|erstatt\\p{L}*|buch\\p{L}*|schick\\p{L}*|send\\p{L}*)',
    'lösch\\p{L}*|gelöscht|gekündig\\p{L}*|(?:zurück|rück)gezahlt|abbestell\\p{L}*|abgebucht|abbuch\\p{L}*|buch\\p{L}*\\s+(?:sie\\s+)?(?:bitte\\s+)?nichts\\s+mehr|umgezogen|umzug|neue\\s+anschrift|(?:abo|abonnement|mitgliedschaft|vertrag|konto|kundenkonto)\\s+(?:\\p{L}+\\s+)?(?:beenden|auflösen|schließen)|beend\\p{L}*\\s+(?:sie\\s+)?(?:(?:mein|meine|meinen|das|den|die)\\s+)?(?:abo|abonnement|mitgliedschaft|vertrag)',
    // French
    "rembours\\p{L}*|mon\\s+argent|nouvelle\\s+adresse|(?:mettre|changer|modifier)\\s+(?:le|son|mon|ma|sa|leur)\\s+(?:nom|téléphone|numéro|destinataire|adresse)|annul(?:er|ez|ons|é|ée|és|ées|ation|e)(?![\\p{L}])|résili(?:er|ez|é|ée|ation|ons)(?![\\p{L}])|récupérer\\s+(?:mon|mes)\\s+argent|(?:changer|modifier)\\s+(?:(?:mon|ma|mes|la|le|les)\\s+|l['’])?(?:iban|rib|adresse\\s+de\\s+livraison|coordonnées\\s+bancaires|carte|moyen\\s+de\\s+paiement)",
    'supprim\\p{L}*|désabonn\\p{L}*|désinscri\\p{L}*|déménag\\p{L}*|(?:fermer|clôturer)\\s+(?:mon|ma|le|la)\\s+(?:compte|abonnement)',
    // Spanish and Portuguese
    'reembols\\p{L}*|(?:quiero|quisiera|solicito|pido|necesito)\\s+(?:\\p{L}+\\s+){0,2}?devoluci[oó]n|(?:dinero|dinheiro)\\s+de\\s+volta|dinero\\s+de\\s+vuelta|(?:mi|o\\s+meu)\\s+(?:dinero|dinheiro)|(?:nueva|nova)\\s+direcci[oó]n|novo\\s+endere[cç]o|devuelv\\p{L}*\\s+(?:el\\s+|mi\\s+|lo\\s+)?(?:dinero|importe|pago|cobro)|dar(?:me)?\\s+de\\s+baja|(?:eliminar|borrar|cerrar)\\s+(?:mi\\s+)?cuenta|me\\s+mud[eé]|mudanza|excluir\\s+(?:a\\s+)?(?:minha\\s+)?conta|mudei\\s+de\\s+(?:casa|endere[cç]o)|devoluci[oó]n\\s+del?\\s+dinero|cancel(?:ar|en|e|o|a|ad|ación|amento)(?:lo|la|los|las|me|nos|le|les)?(?![\\p{L}])|canc[eé]l(?:a|e|en)(?:lo|la|los|las|me|nos)(?![\\p{L}])|anul(?:ar|en|e|a|ación|ação)(?![\\p{L}])|estorn\\p{L}*|devolu[cç][aã]o\\s+do\\s+dinheiro|cambiar\\s+(?:mi\\s+|la\\s+)?(?:dirección\\s+de\\s+entrega|cuenta\\s+bancaria|tarjeta|iban)',
    // Italian
    "rimbors\\p{L}*|(?:mi\\s+)?ridat[ei]\\p{L}*|ridatemi|(?:i\\s+)?(?:miei\\s+)?soldi\\s+indietro|rivoglio\\s+(?:i\\s+)?(?:miei\\s+)?soldi|nuovo\\s+indirizzo|annull(?:are|ate|a|i|amento)(?:lo|la|li|le|mi|ci)?(?![\\p{L}])|disdett\\p{L}*|disdire|(?:cambiare|modificare)\\s+(?:il\\s+|l['’]|la\\s+)?(?:iban|indirizzo\\s+di\\s+consegna|carta|metodo\\s+di\\s+pagamento)",
    'cancell(?:are|ate|a|i|o(?=\\s+(?:l[\\x27’]|il|la|i|le|lo|gli|mio|mia))|azione)(?:lo|la|li|le|mi|ci)?(?![\\p{L}])|eliminare\\s+(?:il\\s+mio\\s+)?account|disiscri\\p{L}*|(?:mi\\s+sono\\s+)?trasferit[oaie]|nuova\\s+residenza',
    // Dutch
    'terugbeta\\p{L}*|terugboek\\p{L}*|terug\\s+(?:te\\s+)?boeken|teruggeboekt|geld\\s+terug|(?:ge)?annule(?:er|ren|ert|erd|ring)\\p{L}*|opzeg\\p{L}*|restitutie|(?:wijzig|verander)\\p{L}*\\s+(?:mijn\\s+|het\\s+|de\\s+)?(?:iban|rekeningnummer|bezorgadres|afleveradres|betaalmethode)',
    'verwijder\\p{L}*\\s+(?:mijn\\s+)?(?:account|gegevens|profiel)|account\\s+verwijderen|(?:account|gegevens|profiel)\\s+(?:\\S+\\s+){0,6}?verwijder(?:t|en|d)(?![\\p{L}])|verhuisd|nieuw\\s+adres',
    // Scandinavian
    'återbetal\\p{L}*|pengarna\\s+tillbaka|(?:vil|vill|ønsker|onsker|önskar|onskar)\\s+at\\s+(?:dere|ni|i)\\s+(?:\\p{L}+\\s+)?(?:dekk|dæk|daek|täck|tack|betal|refunder|erstat|ersätt|ersatt)\\p{L}*|(?:vill|vil)\\s+(?:ha|have)\\s+(?:\\p{L}+\\s+){0,3}?(?:tillbaka|tilbake|tilbage)|(?:vill|vil)\\s+(?:ha|have)\\s+(?:tillbaka|tilbake|tilbage)\\s+\\p{L}+|avbeställ\\p{L}*|avbryt\\p{L}*\\s+(?:min|mitt|mina)\\s+(?:beställning|order|prenumeration)|makuler\\p{L}*|tilbagebetal\\p{L}*|penge(?:ne)?\\s+tilbage|refusjon|peng(?:er|ene|ane)(?:ne)?\\s+(?:\\p{L}+\\s+){0,2}?tilbake|kanseller\\p{L}*|annuller\\p{L}*',
    // undoing a purchase, stopping an order (Swedish, Danish, Norwegian: "ångra köpet", "stoppa ordern")
    'ångra\\s+(?:mitt\\s+|min\\s+)?(?:köp\\p{L}*|beställning\\p{L}*|order\\p{L}*)|stoppa\\s+(?:min\\s+|mitt\\s+)?(?:order\\p{L}*|beställning\\p{L}*|leverans\\p{L}*|köp\\p{L}*)|fortryd\\p{L}*\\s+(?:mit\\s+|min\\s+)?(?:køb\\p{L}*|ordre\\p{L}*|bestilling\\p{L}*)|angre\\s+(?:på\\s+)?(?:kjøp\\p{L}*|ordre\\p{L}*|bestilling\\p{L}*)',
    'ändra\\s+(?:\\p{L}+\\s+){0,2}?(?:leverans)?adress\\p{L}*|ändra\\s+(?:min\\s+|mitt\\s+)?(?:konto|kort|betal)\\p{L}*|avsluta\\s+(?:mitt|min)\\s+(?:konto|prenumeration|medlemskap)|säga\\s+upp|sägs?\\s+upp|flyttat|ny\\s+adress|opsig\\p{L}*|si\\s+opp|radera\\s+(?:mitt\\s+)?konto|slett\\p{L}*\\s+(?:min|mitt|kontoen)',
    // charged twice, debits stopped, a contract withdrawn from (German, French, Spanish, Italian,
    // Dutch)
    'widerruf\\p{L}*|zweimal\\s+(?:\\p{L}+\\s+)?(?:belastet|berechnet|abgebucht|abgezogen)|doppelt\\s+(?:belastet|berechnet|abgebucht)|lastschrift\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:stoppen|widerrufen|zurück\\p{L}*)|(?:débité|prélevé|facturé|payé|encaissé)\\p{L}*\\s+(?:deux|2)\\s*fois|arrêt\\p{L}*\\s+(?:les\\s+|mon\\s+|le\\s+|mes\\s+)?(?:prélèvements?|abonnement)|no\\s+me\\s+cobr\\p{L}*|cobr\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:dos|2)\\s*veces|dos\\s+cargos|cargo\\s+duplicado|doble\\s+cargo|(?<!cu[aá]ndo\\s+)me\\s+(?:l[oa]s?\\s+)?devolv(?:[aá]is|[eé]is|ais|eis|ierais|ieran)(?![\\p{L}])|cobro\\s+doble|addebit\\p{L}*\\s+(?:\\p{L}+\\s+)?due\\s+volte|doppio\\s+addebito|stopzet\\p{L}*|dubbel\\s+(?:afgeschreven|betaald|gerekend)',
    // away, or another person's home given for a delivery; an account or data not to be kept
    // (German, French, Spanish, Dutch, Italian)
    'wohnt\\s+(?:in\\s+der|im|am|an\\s+der|auf\\s+der)\\s+\\p{L}+|niemand\\s+(?:zu\\s+hause|daheim)|(?:kotona\\s+ei\\s+(?:ole|ole\\s+ketään|ketään)|ei\\s+ole\\s+ketään\\s+kotona)|ingen\\s+(?:hemma|hjemme)|nikogo\\s+(?:nie\\s+(?:będzie|ma)\\s+)?w\\s+domu|nessuno\\s+a\\s+casa|ningu[eé]m\\s+em\\s+casa|nikdo\\s+(?:nebude\\s+)?doma|senki\\s+(?:nem\\s+)?(?:lesz\\s+)?otthon|(?:an|zu)\\s+(?:meine[rn]?|meinem)\\s+(?:schwester|bruder|mutter|vater|nachbar\\p{L}*|freundin|freund|eltern)\\s+(?:\\p{L}+\\s+)?(?:liefern|schicken|senden|zustellen)|(?:kundenkonto|konto|(?:meine\\s+)?(?:persönlichen\\s+)?daten)\\s+(?:\\p{L}+\\s+){0,8}?(?:nicht\\s+mehr(?!\\s+(?:öffnen|offnen|aufrufen|laden|funktioniert|geht|einloggen|anmelden|erreichbar))|herumliegen|aufbewahr\\p{L}*|gespeichert)',
    'habite\\s+(?:au|à|a)\\s+\\d|chez\\s+(?:ma|mon)\\s+(?:sœur|soeur|frère|frere|mère|mere|père|pere|voisin\\p{L}*|amie?|fille|fils)|personne\\s+(?:à|a)\\s+la\\s+maison|livr\\p{L}*\\s+(?:à|a|chez)\\s+(?:une\\s+autre|ma|mon(?!\\s+(?:domicile|adresse)))\\b|(?:mon\\s+compte|mes\\s+données)\\s+(?:\\p{L}+\\s+){0,6}?(?:(?:ne\\s+)?(?:plus|pas)\\s+(?:conserv|gard)\\p{L}*|conserv\\p{L}*|gard\\p{L}*)',
    'vive\\s+en\\s+(?:la\\s+)?(?:calle|c/|avenida|avda)|no\\s+habrá\\s+nadie\\s+en\\s+casa|(?:en|a)\\s+casa\\s+de\\s+mi|woont\\s+(?:op|aan)\\s+(?:de\\s+|het\\s+)?\\p{L}+|niemand\\s+thuis|bezorg\\p{L}*\\s+bij\\s+(?:mijn|de\\s+buren)|abita\\s+in\\s+(?:via|piazza|corso)|nessuno\\s+a\\s+casa',
    // money wished back in German, French, Dutch, Italian, Spanish and Polish ("bekomme ich die
    // 89 € wieder?", "vous me rendez les 60 € ?", "mag ik het geld op mijn rekening?", "het geld
    // op mijn nieuwe rekening storten")
    "(?:wieder|zurück)bekomm\\p{L}*|krieg\\p{L}*\\s+(?:ich|wir)\\s+(?:\\p{L}+\\s+){0,3}?(?:wieder|zurück)|doit\\s+(?:aller|être\\s+livrée?)\\s+(?:au|à|a|chez)|pas\\s+(?:à|a)\\s+la\\s+maison|au\\s+lieu\\s+de|bekomm\\p{L}*\\s+(?:ich|wir)\\s+(?:\\p{L}+\\s+|\\d+[.,]?\\d*\\s*(?:€|euro)\\s+){0,4}?(?:wieder|zurück)|(?:vous\\s+)?me\\s+rend(?:ez|re|rez)|rendre\\s+(?:mon|mes|l['’]argent)|geld\\s+(?:\\p{L}+\\s+){0,3}?(?:op\\s+mijn\\s+(?:\\p{L}+\\s+)?rekening|terugkrijgen|terug)|in\\s+plaats\\s+van|(?<!(?:ho|abbiamo)\\s+(?:già\\s+|gia\\s+)?)restitui\\p{L}*|me\\s+devuelv\\p{L}*|devolverme|pieni[aą]dze",
    // a card on file expired ("la tarjeta que tengo guardada en mi cuenta ha caducado", "meine
    // Karte ist abgelaufen", "ma carte a expiré", "la mia carta è scaduta")
    // (not a gift, loyalty, member or warranty card: "carte cadeau", "tarjeta regalo", "carta fedeltà")
    // (a Portuguese "cartão de …" only of payment: not "cartão de cliente", "de estudante", "de
    // cidadão" or "de garantia", a card of something else)
    'tarjeta(?!\\s+(?:regalo|de\\s+(?:regalo|fidelizaci\\p{L}*|garant\\p{L}*|socio|miembro|puntos)))\\s+(?:\\p{L}+\\s+){0,6}?(?:ha\\s+)?(?:caducado|vencido|expirado|caducó|venció)|(?:kredit|bank|ec-?)?karte(?!\\s+vom\\s+treue)\\s+(?:\\p{L}+\\s+){0,6}?(?:ist\\s+)?abgelaufen|carte(?!\\s+(?:cadeau|de\\s+(?:fidélité|fidelite|membre|garantie)))\\s+(?:\\p{L}+\\s+){0,6}?(?:a\\s+|est\\s+)?expirée?|carta(?!\\s+(?:regalo|fedeltà|fedelta|socio))\\s+(?:\\p{L}+\\s+){0,6}?(?:è\\s+)?scaduta|(?:(?:bank|betaal|pin|credit)pas|(?:mijn|de|onze)\\s+pas)(?!\\s+van\\s+(?:de\\s+)?(?:club|klant))\\s+(?:\\p{L}+\\s+){0,6}?(?:is\\s+)?verlopen|cart[ãa]o(?!\\s+(?:(?:de\\s+)?(?:presente|oferta|fidelidade|s[óo]cio|membro)))(?!\\s+d[eoa]s?\\s+(?!cr[ée]dito|d[ée]bito|pagamento|banco|multibanco)\\p{L})\\s+(?:\\p{L}+\\s+){0,6}?(?:j[áa]\\s+)?(?:expirou|caducou|venceu|expirado|caducado|vencido)',
    // Spanish: money to be credited back ("prefiero que me abonen los 349 € en la tarjeta",
    // "abónenme el importe", "abonarme el importe", "abonar el dinero en mi cuenta") — not money
    // paid to one by someone else ("cuando me abonen la nómina"), a subscription ("que me abone a
    // la newsletter") or "abonar" as paying ("¿puedo abonar el importe en efectivo?", "el importe a
    // abonar es 49 €")
    String.raw`(?:me|nos)\s+abon(?:en|e|éis|eis|ar[aá]n|ar[aá]s|ar[ií]an)(?![\p{L}])(?!\s+(?:a|al)\s)(?!\s+(?:la\s+n[oó]mina|el\s+sueldo|el\s+salario|la\s+paga|la\s+pensi[oó]n|el\s+paro)\b)|ab[oó]n(?:en|ad)(?:me|nos)(?![\p{L}])|abonar(?:me|nos)\s+(?:\p{L}+\s+){0,2}?(?:el\s+importe|el\s+dinero|los\s+\d|\d)|abonar\s+(?:\p{L}+\s+){0,3}?en\s+(?:mi|nuestra)\s+(?:tarjeta|cuenta)`,
    // Finnish: ending a membership, cancelling, a refund, money back, deleting an account, a move
    // (money returned: "voisitteko palauttaa rahat toiselle kortille")
    'vaihtaisit\\p{L}*|vaihtakaa|lopett\\p{L}*|peruut\\p{L}*|peru(?:a|n|tta\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:tilaus\\p{L}*|jäsenyy\\p{L}*|tilau\\p{L}*)|hyvit\\p{L}*|rahat\\s+takaisin|palautta\\p{L}*\\s+(?:\\p{L}+\\s+)?rah(?:at|ani|amme)|poista\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:tili\\p{L}*|tietoni|tiedot\\p{L}*)|uusi\\s+osoite|muutin|muuttanut|muutimme',
    // new details given, data to be removed, points or credit moved (Spanish, Portuguese, the
    // Scandinavian languages: "me he cambiado de correo, el nuevo es …", "heter numera Lindqvist",
    // "nyt mobilnummer", "skal ud af min profil", "overføre dem til søsteren min")
    'me\\s+he\\s+cambiado\\s+de\\s+(?:correo|email|e-mail|tel[eé]fono|m[oó]vil|direcci[oó]n|nombre|apellido|cuenta)|(?:el|mi)\\s+nuevo\\s+(?:correo|email|e-mail|tel[eé]fono|m[oó]vil|n[uú]mero)|(?:o\\s+)?(?:meu\\s+)?novo\\s+(?:email|e-mail|telem[oó]vel|telefone|n[uú]mero|nome)|apag(?:ar|ue\\p{L}*|uem)\\s+(?:a\\s+)?(?:minha\\s+)?conta|(?:os\\s+)?meus\\s+dados\\s+pessoais|heter\\s+(?:numera|nu)\\b|(?:nytt?|nya|nyt)\\s+(?:e-?post\\p{L}*|mejl\\p{L}*|e-?mail\\p{L}*|mobilnummer|telefonnummer|namn|navn|efternamn|efternavn|kort\\p{L}*)|(?:skal|må)\\s+(?:ud|ut)\\s+af|overfør\\p{L}*|slet\\p{L}*\\s+(?:min|mit|mine|profil\\p{L}*|konto\\p{L}*)',
    // money or credit moved, details changed, a move (Swedish, Finnish, Portuguese, Spanish: "föra
    // över beloppet", "siirtää saldon", "alterar o e-mail da minha conta", "se acaba de mudar")
    'föra\\s+över|för\\s+över\\s+(?:\\p{L}+\\s+)?(?:pengarna|beloppet|saldot|saldo|poängen|krediten|summan|det|dem)|överför(?:a|s|t|ing\\p{L}*)|siirt\\p{L}*|alterar\\s+(?:\\p{L}+\\s+){0,3}?(?:e-?mail|morada|endere[cç]o|telefone|telem[oó]vel|nome|conta|cart[aã]o|iban|dados)|se\\s+(?:ha\\s+|acaba\\s+de\\s+)?mud(?:ar|ado|ó)|nos\\s+(?:hemos\\s+)?mud(?:ado|amos)|(?:env[ií]a|mand[ae])\\p{L}*\\s+a\\s+(?:la\\s+)?(?:calle|c/|avenida|avda|plaza|paseo)',
    // a chargeback or money put back (German, Dutch: "Rückbuchung des Betrags", "terugstorten")
    'rückbuch\\p{L}*|zurückbuch\\p{L}*|zurückgebucht|terugstort\\p{L}*|terug\\s+(?:te\\s+)?storten|teruggestort',
    // a customer's own details to be changed, the verb before or after them (German, Dutch,
    // Italian, Spanish, Portuguese, French: "den Namen in meinem Kundenkonto auf „M. Schneider“ zu
    // ändern", "mijn telefoonnummer in het account aanpassen naar …", "aggiornare il cognome sul
    // mio account", "actualizad mi correo", "mettre à jour mon adresse e-mail")
    '(?:namen?|nachnamen?|vornamen?|telefonnummer|handynummer|mobilnummer|e-?mail-?adresse|e-?mail|anschrift|adresse|kontaktdaten|daten)\\s+(?:\\S+\\s+){0,6}?(?:zu\\s+)?(?:ändern|aktualisieren|anpassen|korrigieren|berichtigen|umschreiben)(?![\\p{L}])|(?:ändern|aktualisieren|korrigieren)\\s+sie\\s+(?:bitte\\s+)?(?:mein\\p{L}*|den|die|das)\\s+(?:namen?|nachnamen?|telefonnummer|handynummer|e-?mail\\p{L}*|adresse|anschrift)',
    '(?:telefoonnummer|mobiele\\s+nummer|06-nummer|e-?mail(?:adres)?|naam|achternaam|voornaam|adres|gegevens)\\s+(?:\\S+\\s+){0,5}?(?:aan\\s+(?:te\\s+)?passen|aanpassen|wijzigen|te\\s+wijzigen|veranderen|bijwerken)(?![\\p{L}])|(?:wijzig|verander)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:mijn\\s+)?(?:telefoonnummer|e-?mail(?:adres)?|naam|achternaam|adres|gegevens)|pas\\s+(?:\\p{L}+\\s+){0,3}?(?:telefoonnummer|e-?mail(?:adres)?|naam|achternaam|adres|gegevens)\\s+aan(?![\\p{L}])',
    "(?:aggiorn|modific|cambi|corregg)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:il\\s+|la\\s+|l['’]|i\\s+|mio\\s+|mia\\s+|miei\\s+)*(?:cognome|nome|numero(?:\\s+di\\s+(?:telefono|cellulare))?(?!\\s+(?:de|di|delle|della|del|degli)\\s+(?:(?:las|los|la|el|le|mie|miei)\\s+)?(?:zapat|bot|scarp|stival|talla|taglia|calzado|pie))|telefono|cellulare|e-?mail|indirizzo|dati)|trasferi\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?(?:punti|credito|saldo|buono)",
    '(?:cambi|actualiz|modific|correg)\\p{L}*\\s+(?:(?:mi|el|la|los|mis|de)\\s+)*(?:n[uú]mero(?:\\s+de\\s+(?:tel[eé]fono|m[oó]vil))?(?!\\s+de\\s+(?:(?:las|los|la|el|mis|sus)\\s+)?(?:zapat|bot|zapatill|calzado|talla|pie))|tel[eé]fono|m[oó]vil|correo(?:\\s+electr[oó]nico)?|e-?mail|nombre|apellidos?|direcci[oó]n|datos)|(?:elimin|borr|cerr)(?:ar|ad|en|e|a|éis)\\s+(?:\\p{L}+\\s+){0,2}?(?:mi\\s+|la\\s+|su\\s+)?(?:cuenta|perfil|datos)|(?:atualiz|mud)\\p{L}*\\s+(?:(?:o|a|os|meu|minha|meus|de)\\s+)*(?:e-?mail|morada|endere[cç]o|telefone|telem[oó]vel|n[uú]mero|nome|apelido|dados)',
    "(?:mettre|mettez|mets)\\s+(?:\\S+\\s+){0,3}?à\\s+jour|(?:changer|changez|modifier|modifiez|corriger|corrigez)\\s+(?:\\p{L}+\\s+){0,2}?(?:mon|ma|mes|le|la|l['’])\\s*(?:e-?mail|courriel|adresse\\s+(?:e-?mail|électronique|mail)|prénom|nom(?:\\s+de\\s+famille)?|numéro(?:\\s+de\\s+téléphone)?|téléphone|portable)",
    // a delivery sent elsewhere, a new card, compensation, a double charge, an account closed or
    // unsubscribed, data forgotten (German, French, Spanish, Italian, Dutch, Swedish, Danish,
    // Polish, Portuguese: "an eine andere Adresse", "Lieferung umleiten", "nouvelle carte",
    // "Entschädigung", "twee keer afgeschreven", "chiudere il mio account", "afmelden",
    // "droit à l'oubli")
    '(?:an|zu)\\s+eine(?:r)?\\s+andere(?:n)?\\s+adresse|umleit\\p{L}*|umzuleit\\p{L}*|umgeleitet|(?:à|a)\\s+une\\s+autre\\s+adresse|(?:a|en)\\s+otra\\s+direcci[oó]n|(?:ad|a)\\s+un\\s+altro\\s+indirizzo|naar\\s+een\\s+ander\\s+adres|till\\s+en\\s+annan\\s+adress|til\\s+en\\s+anden\\s+adresse|pod\\s+inny\\s+adres|para\\s+outro\\s+endere[cç]o',
    'neue[rn]?\\s+(?:kredit|bank|ec-?)?karte|(?<!(?:welche[nrs]?|akzeptierte[n]?|m[öo]gliche[n]?)\\s)zahlungsmethode\\p{L}*|nouvelle\\s+carte(?!\\s+(?:cadeau|de\\s+fidélité|de\\s+membre))|nueva\\s+tarjeta(?!\\s+(?:regalo|de\\s+socio))|nuova\\s+carta(?!\\s+(?:regalo|fedeltà|socio))|nieuwe\\s+(?:kaart|bankpas|creditcard|betaalpas)|nowa\\s+karta|novo\\s+cart[aã]o',
    'entschädigung\\p{L}*|dédommag\\p{L}*|indemniz\\p{L}*|risarciment\\p{L}*|schadevergoeding\\p{L}*|twee\\s+keer\\s+(?:afgeschreven|betaald|gerekend|in\\s+rekening)|två\\s+gånger|(?:belast\\p{L}*|trukket|betalt|debiter\\p{L}*|trækk\\p{L}*|trekk\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?to\\s+gange(?:r)?(?![\\p{L}])|to\\s+gange(?:r)?\\s+(?:\\p{L}+\\s+){0,2}?(?:belast\\p{L}*|trukket|betalt|debiter\\p{L}*)|dwa\\s+razy|duas\\s+vezes',
    "chiud\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:account|conto|profilo|abbonamento|iscrizione)|(?:account|profiel|lidmaatschap|abonnement)\\s+(?:\\p{L}+\\s+){0,2}?(?:opheffen|sluiten|beëindigen|stopzetten)|encerr\\p{L}*\\s+(?:a\\s+)?(?:minha\\s+)?conta|afmeld\\p{L}*|uitschrijv\\p{L}*|avregistrer\\p{L}*|droit\\s+(?:à|a)\\s+l['’]oubli|derecho\\s+al\\s+olvido|diritto\\s+all['’]oblio",
    // the same requests in more of the words customers use (German, Spanish, Italian, Portuguese,
    // the Scandinavian languages, Polish, Finnish, Czech): a new e-mail address or number given,
    // money sent back, charged twice, a move, an account or data deleted, a membership given up
    // ("neue Mailadresse", "quiero que me devolváis el dinero",
    // "cobrada em dobro", "vi er lige flyttet", "Usuńcie moje konto", "zrezygnować z członkostwa")
    String.raw`neue[rn]?\s+(?:e-?mail-?|mail|liefer|handy|telefon|mobil|konto|haus|kunden|rechnungs|post)?(?:adresse|nummer|bankverbindung|iban|kontonummer|namen?)|eintrag\p{L}*|einzutragen`,
    // an invoice to be made out again to another name ("bitte auf unsere Firma umschreiben und neu
    // ausstellen")
    String.raw`(?:auf\s+(?:unsere|meine|die|den|das)\s+(?:\p{L}+\s+)?(?:firma|gesellschaft|namen?|verein|unternehmen)\s+(?:\p{L}+\s+){0,2}?umschreiben)|umschreiben\s+(?:und|&)\s+neu|neu\s+ausstellen`,
    String.raw`devolv\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:dinero|importe|pago|cobro)|pengarna\s+(?:\p{L}+\s+){0,2}?tillbaka|refunder\p{L}*|peníze\s+(?:\p{L}+\s+){0,4}?(?:zpět|zpátky)|(?:zpět|zpátky)\s+(?:\p{L}+\s+){0,3}?peníze|vrať\p{L}*|vráť\p{L}*|stornar\p{L}*|stornat\p{L}*`,
    String.raw`doppelte\s+(?:belastung|abbuchung|buchung)|zweimal\s+auf|due\s+addebiti|(?:em\s+dobro|duas\s+vezes|dois\s+d[eé]bitos)|kahdesti|kaksi\s+kertaa|dvakrát|dvojit\p{L}*\s+(?:platb\p{L}*|stržen\p{L}*)`,
    // no longer living at the address (Polish, German, French, Spanish, Italian, Dutch,
    // Portuguese, Swedish, Norwegian, Danish, Czech, Finnish: "od poniedziałku już tam nie
    // mieszkam", "ich wohne dort nicht mehr", "je n'habite plus là")
    String.raw`(?:już\s+|juz\s+)?(?:tam\s+)?nie\s+mieszkam|wohne\s+(?:(?:da|dort|hier|jetzt)\s+)?nicht\s+mehr|n['’]habite\s+plus|ya\s+no\s+vivo|non\s+(?:abito|vivo)\s+più|woon\s+(?:daar|er|hier|nu)\s+niet\s+meer|já\s+não\s+moro|não\s+moro\s+mais|bor\s+inte\s+(?:där\s+|kvar\s+)?(?:längre|kvar)|bor\s+(?:ikke\s+(?:der|her)\s+|der\s+ikke\s+)(?:lenger|længere|mere)|už\s+tam\s+nebydlím|en\s+asu\s+(?:siellä\s+)?enää`,
    String.raw`flyttet|flyttede|flytter\s+(?:til|på)|przeprowadzi\p{L}*|przeprowadzk\p{L}*|muutettiin|muuttaneet|muutto|přestěhova\p{L}*|stěhova\p{L}*|a\s+casa\s+d(?:ei|i|el(?:la)?)\s+(?:miei|mia|mio)|(?:mandat|spedit|inviat)\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:via|piazza|corso|viale)\s+\p{L}+`,
    String.raw`slet\p{L}*\s+(?:\p{L}+\s+)?(?:min|mit|mine|profil\p{L}*|konto\p{L}*)|usu[ńn]\p{L}*\s+(?:\p{L}+\s+)?(?:moje|mój|konto|dane)|poista\p{L}*\s+(?:\p{L}+\s+)?\p{L}*tili\p{L}*|smaž\p{L}*|vymaž\p{L}*|zrezygnow\p{L}*|rezygnuj\p{L}*|(?:nytt?|nya|nyt)\s+(?:konto|kontonummer|kontonr)`,
    // Romanian: money back, a cancellation, a detail changed, an account or data deleted,
    // unsubscribing, a new address ("vă rog să-mi returnați banii", "anulați comanda 7120",
    // "schimbați adresa de livrare", "ștergeți-mi contul")
    String.raw`rambursa\p{L}*|(?:returna|restitui|înapoia|inapoia)\p{L}*\s+(?:\p{L}+\s+){0,2}?banii|banii\s+(?:\p{L}+\s+){0,2}?(?:înapoi|inapoi)|anula\p{L}*|(?:schimba|modifica|actualiza)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:adres\p{L}*|e-?mail\p{L}*|num[aă]r\p{L}*|cont\p{L}*|nume\p{L}*|card\p{L}*|iban)|(?:ș|ş|s)terge\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:cont\p{L}*|date\p{L}*)|dezabona\p{L}*|adres[aă]\s+nou[aă]`,
    // Hungarian: a refund, money back, a cancellation or deletion, a change, unsubscribing, a new
    // detail, a delivery somewhere instead ("kérem a visszatérítést", "lemondom a rendelést" or
    // with its verb split, "mondják le", "vissza tudják utalni", "kérem a telephelyünkre szállítani
    // a lakcímem helyett")
    String.raw`visszatérít\p{L}*|visszautal\p{L}*|vissza\s+(?:\p{L}+\s+){0,2}?utal\p{L}*|pénz\p{L}*\s+(?:\p{L}+\s+){0,2}?vissza\p{L}*|visszakér\p{L}*|lemond\p{L}*|mond(?:j|d)\p{L}*\s+le|töröl(?:n[ie]|j\p{L}*|t\p{L}*)|törlés\p{L}*|sztornó\p{L}*|módosít\p{L}*|megváltoztat\p{L}*|leiratkoz\p{L}*|új\s+(?:cím\p{L}*|e-?mail\p{L}*|telefonszám\p{L}*|bankszáml\p{L}*)|szállít\p{L}*[^.?!\n]{0,60}?helyett|helyett[^.?!\n]{0,60}?szállít\p{L}*`,
    // Turkish: money back, a detail changed, an account deleted, unsubscribing ("paramı geri
    // istiyorum", "e-posta adresini değiştirmek istiyorum", "hesabımı silin")
    String.raw`para\s+iade\p{L}*|ücret\s+iade\p{L}*|paramı\s+(?:\p{L}+\s+)?(?:geri|iade)\p{L}*|geri\s+öde\p{L}*|(?:e-?posta|adres|telefon|numara|hesap|hesab|iban|kart)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:değiştir|güncelle)\p{L}*|(?:değiştir|güncelle)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:e-?posta|adres|telefon|numara|hesap|hesab|iban|kart)\p{L}*|hesab\p{L}*\s+(?:\p{L}+\s+)?sil\p{L}*|listeden\s+çıkar\p{L}*`,
    // a membership ended or money sent back with the verb first in Hungarian ("szüntessék meg és
    // utalják vissza a 29 eurót"), a card taken off an account in Romanian ("să-l scoateți din
    // cont și să puneți cardul nou"), a surname rewritten in Czech ("Šlo by to u vás přepsat?",
    // "staré příjmení"), a move and a new address in Greek ("μετακόμισα", "η καινούρια διεύθυνση"),
    // an account deleted in transliterated Russian ("udalite moy akkaunt")
    String.raw`utal\p{L}*\s+vissza|sz[üu]ntess\p{L}*\s+meg|megsz[üu]ntet\p{L}*|scoate\p{L}*\s+(?:\p{L}+\s+){0,3}?din\s+cont\p{L}*|pune\p{L}*\s+(?:\p{L}+\s+)?cardul\s+nou|cardul\s+nou|p[řr]epsat|p[řr]epi[šs]te|(?:star[ée]|nov[ée])\s+p[řr][íi]jmen[íi]|μετακόμισ\p{L}*|μετακομίσ\p{L}*|(?:καινούρι|καινούργι|νέ)\p{L}*\s+(?:μου\s+)?διε[υύ]θυνσ\p{L}*|(?:udalit\p{L}*|udalite)\s+(?:\p{L}+\s+){0,2}?(?:akkaunt|akaunt|profil|uchetn|dann)\p{L}*|otmenit\p{L}*|vernite\s+(?:\p{L}+\s+)?den\p{L}*`,
    // a cost the sender should not bear, said in another language ("Acho que não devia ser eu a
    // pagar isto", "no debería pagarlo yo", "ce n'est pas à moi de payer", "das sollte ich nicht
    // zahlen müssen", "non dovrei pagarlo io", "dat hoef ik toch niet te betalen"), a detail named
    // new ("las facturas las necesito con el nombre nuevo"), a double payment ("2x op betalen
    // gedrukt")
    String.raw`n[ãa]o\s+(?:devia|deveria|tenho\s+de|tenho\s+que)\s+(?:ser\s+eu\s+a\s+)?pagar|no\s+(?:deber[ií]a|tendr[ií]a\s+que|me\s+toca)\s+pagar(?:lo|la|los)?(?:\s+yo)?|(?:n['’]est|n['’]était)\s+pas\s+(?:à|a)\s+moi\s+de\s+(?:payer|régler)|(?:sollte|müsste|muss)\s+ich\s+(?:das\s+|den\s+betrag\s+)?(?:doch\s+|eigentlich\s+)?nicht\s+(?:selbst\s+|selber\s+)?(?:zahlen|bezahlen|tragen)|non\s+(?:dovrei|devo)\s+pagar\p{L}*(?:\s+io)?|(?:hoef|zou)\s+ik\s+(?:dat\s+|die\s+)?(?:toch\s+|eigenlijk\s+)?niet\s+(?:zelf\s+)?(?:te\s+)?betalen|(?:nombre|apellido|direcci[oó]n|correo|tel[eé]fono)\s+nuevo|actualic\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:correo|e-?mail|direcci[oó]n|tel[eé]fono|datos|tarjeta|nombre)|nuev[oa]\s+(?:nombre|apellido)|(?:2x|twee\s+keer|dubbel)\s+(?:op\s+)?(?:betal|besteld|afgerekend|betaald)\p{L}*`,
    // Greek, in its letters or in Latin ones: a cancellation, money back, an address changed or
    // new, a deletion ("thelo na akyrwsw tin paraggelia", "επιστροφή χρημάτων", "αλλαγή διεύθυνσης")
    String.raw`akyr[ow]\p{L}*|akir[ow]s\p{L}*|epistrof\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:xrimat|chrimat|lefta)\p{L}*|lefta\s+(?:mou\s+)?pisw|allag\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:dieu?th|diefth|dieyth)\p{L}*|nea\s+(?:dieu?th|diefth|dieyth)\p{L}*|ακυρ(?!ωσα(?![\p{L}])|ώσα(?![\p{L}])|ωθηκ|ώθηκ)\p{L}*|επιστροφ\p{L}*\s+(?:\p{L}+\s+){0,2}?χρημ\p{L}*|αλλαγ\p{L}*\s+(?:\p{L}+\s+){0,2}?διε[υύ]θυνσ\p{L}*|νέα\s+διε[υύ]θυνσ\p{L}*|διαγρ\p{L}*`,
    // an order kept back, data taken out, a charge not to be taken again, a delivery to go to
    // another place, credit to go to someone (French, Italian, Spanish, Swedish, Danish,
    // Norwegian: "ne pas garder la commande", "pas la peine de l'expédier", "togliere tutti i miei
    // dati", "tiene que llegar a mi oficina y no a casa", "årsavgiften ska inte dras igen")
    String.raw`ne\s+(?:pas|plus)\s+garder\s+(?:la|ma|cette)\s+commande|pas\s+la\s+peine\s+de\s+l['’]?(?:exp[ée]dier|envoyer)|ne\s+l['’]?(?:exp[ée]diez|envoyez)\s+pas|togli\p{L}*\s+(?:\p{L}+\s+){0,3}?dati|(?:llegar|ir|entregarse|enviarse|mandarse)\s+a\s+(?:mi|la)\s+\p{L}+\s+y\s+no\s+a\s+(?:mi\s+)?(?:casa|domicilio)|(?:ska|skall|skal|må)\s+(?:inte|ikke)\s+(?:\p{L}+\s+)?(?:dras|debiteras|trækkes|trekkes)|vill\s+inte\s+vara\s+(?:med|medlem)`,
    // Spanish: an order sent to a relative's or another place of the sender's, a move ("¿Podéis
    // mandar el pedido al piso de mi madre?", "me he ido a vivir a Valencia")
    String.raw`(?:mand|envi|entreg)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:a|al|a\s+la)\s+(?:casa|piso|oficina|trabajo|direcci[oó]n)\s+(?:nueva\s+)?de\s+(?:mi|mis)(?![\p{L}])|(?:me|nos)\s+(?:he|hemos)\s+ido\s+a\s+vivir`,
    // an invoice to be made out again to a company or another name, in French, Spanish, Italian,
    // Dutch, Portuguese and German ("la fattura … mi serve intestata alla ditta", "la factura a
    // nombre de mi empresa", "refaire la facture au nom de la société", "de factuur op naam van ons
    // bedrijf", "a fatura em nome da empresa", "die Rechnung auf den Namen meiner Firma")
    String.raw`(?:fattur\p{L}*|ricevut\p{L}*)\s+(?:[\p{L}\d-]+\s+){0,10}?intestat\p{L}*|intestat\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:ditta|societ[àa]|azienda|impresa|srl|s\.r\.l)|rifa(?:re|te|tela|temela|rla)\s+(?:\p{L}+\s+){0,2}?fattura|factura\s+(?:[\p{L}\d.,-]+\s+){0,16}?a\s+nombre\s+de|(?:rehac|reemit|volver\s+a\s+(?:hacer|emitir)|emitir\s+de\s+nuevo)\p{L}*\s+(?:\p{L}+\s+){0,2}?factura|facture\s+(?:[\p{L}\d-]+\s+){0,8}?au\s+nom\s+d|(?:refaire|r[ée][ée]diter|r[ée][ée]mettre|refai(?:tes|re))\s+(?:\p{L}+\s+){0,2}?facture|factuur\s+(?:[\p{L}\d-]+\s+){0,8}?op\s+(?:naam\s+van|de\s+naam|onze\s+(?:firma|zaak|bedrijfsnaam)|ons\s+bedrijf|mijn\s+bedrijf)|factuur\s+(?:\p{L}+\s+){0,4}?opnieuw|fatura\s+(?:[\p{L}\d-]+\s+){0,8}?(?:em|no)\s+nome\s+d|(?:refazer|reemitir|emitir\s+de\s+novo)\s+(?:\p{L}+\s+){0,2}?fatura|rechnung\s+(?:[\p{L}\d-]+\s+){0,8}?auf\s+(?:den\s+namen|unsere\s+firma|meine\s+firma|die\s+firma)`,
    // money or a price difference wished back, said plainly (German, Austrian, Spanish,
    // Portuguese, French, Italian, Dutch: "Gebt's ma bitte die 30 Euro Differenz retour", "Quiero
    // esos 4,95 de vuelta", "la différence me revient", "je veux récupérer le 2ème", "la
    // differenza indietro", "het verschil terug")
    String.raw`(?:differenz|unterschied|geld|euro|betrag)\s+(?:\p{L}+\s+)?retour|differenz\s+(?:\p{L}+\s+){0,3}?(?:zurück|erstatt\p{L}*|gutschreib\p{L}*|gutgeschrieben)|(?:quiero|queremos|quisiera|quisiéramos|quero|queria|queremos)\s+(?:[\p{L}\d.,€]+\s+){0,4}?de\s+(?:vuelta|volta)|diferen(?:cia|ça)\s+(?:\p{L}+\s+){0,3}?(?:de\s+(?:vuelta|volta)|devuelv\p{L}*|devolv\p{L}*|reembols\p{L}*|abon\p{L}*)|(?:devolv|devuelv|reembols|abon|devolver|restitu|rembours|erstatt|terugbeta|rimbors)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:la\s+|a\s+|die\s+|het\s+|le\s+)?(?:diferen(?:cia|ça)|différence|differenz|verschil|differenza)|différence\s+(?:\p{L}+\s+){0,2}?(?:me\s+revient|rembours\p{L}*|rend\p{L}*|récup\p{L}*)|récupérer\s+(?:le|la|les|mon|ma|mes|l['’])\s*(?:\p{L}+\s+)?(?:2\p{L}*|deuxi[èe]me|second\p{L}*|montant|somme|argent|différence|frais|\d)|(?:deux|2)\s+(?:prélèvements|débits|paiements|prélèvement)|differenza\s+(?:\p{L}+\s+){0,3}?(?:indietro|rimbors\p{L}*|restitu\p{L}*|accredit\p{L}*|ridat\p{L}*)|verschil\s+(?:\p{L}+\s+){0,3}?(?:terug|vergoed\p{L}*|uitbetal\p{L}*|teruggestort|terugstort\p{L}*)`,
    // an order to be stopped before it leaves, a membership no longer wanted or paid for, an
    // account unsubscribed from ("vous pouvez arrêter tout ça avant que ça parte", "denme de baja",
    // "no me interesa seguir pagando", "non voglio più pagare", "will das nicht mehr zahlen")
    String.raw`arrêt(?:er|ez)\s+(?:tout\s+(?:ça|ca)|la\s+commande|ma\s+commande|l['’]envoi|l['’]exp[ée]dition)|avant\s+que\s+(?:ça|ca|elle|il|le\s+colis|la\s+commande)\s+(?:ne\s+)?(?:parte|soit\s+(?:exp[ée]di|envoy|parti)\p{L}*)|(?:d[eé]n(?:me|nos)?|dame|danos|darme|darnos|darle|dese)\s+de\s+baja|no\s+(?:me\s+interesa|quiero)\s+seguir\s+pagando|non\s+voglio\s+(?:più\s+|piu\s+)?(?:continuare\s+a\s+)?pagare|ne\s+veux\s+plus\s+payer|(?:will|möchte|moechte)\s+(?:\p{L}+\s+){0,2}?nicht\s+mehr\s+(?:\p{L}+\s+)?(?:zahlen|bezahlen)|wil\s+(?:\p{L}+\s+){0,2}?niet\s+meer\s+(?:\p{L}+\s+)?(?:betalen|voor\s+betalen)|n[ãa]o\s+quero\s+(?:continuar\s+a\s+|mais\s+)?pagar`,
    // data to be wiped, a move told as no longer living somewhere, a delivery to a street given
    // instead (Dutch, German: "dat ge mijn account en al mijn gegevens wist", "wohne ich nicht
    // mehr in der Goethestraße 18", "liever dus bezorgen op Kerkpad 19")
    String.raw`(?:account|gegevens|profiel)\s+(?:\S+\s+){0,6}?(?:wist|wissen|gewist)(?![\p{L}])|wis\s+(?:mijn\s+|al\s+mijn\s+)?(?:account|gegevens|profiel)|wohn\p{L}*\s+(?:ich\s+|wir\s+)?(?:ab\s+\p{L}+\s+)?nicht\s+mehr|(?:liever|graag|beter)\s+(?:\p{L}+\s+){0,2}?(?:bezorgen|leveren|afleveren)\s+(?:op|aan|bij)\s|(?:liefer|adress|adräss|adrass)\p{L}*\s+(?:[\p{L}\d.,]+\s+){0,8}?(?:ändere|ändre|wechsle|umstelle)(?![\p{L}])`,
    // a new address or number given after its noun, or a detail to stand instead of the old one
    // (Spanish, Portuguese, Italian, French, German: "a la dirección nueva", "quede el +56 … en
    // vez del antiguo", "em vez do antigo", "invece di quello vecchio", "statt der alten")
    String.raw`direcci[oó]n\s+nueva|endere[cç]o\s+novo|morada\s+nova|indirizzo\s+nuovo|adresse\s+nouvelle|(?:en\s+vez|en\s+lugar)\s+del?\s+(?:antigu\p{L}*|viej\p{L}*|anterior)|(?:em\s+vez|ao\s+inv[ée]s)\s+d[oa]\s+(?:antig\p{L}*|velh\p{L}*|anterior)|invece\s+d(?:i|el|ella)\s+(?:quell[oa]\s+)?(?:vecchi\p{L}*|precedente)|(?:an)?statt\s+(?:der|die|dem|des)\s+alt\p{L}*`,
    // an order held back, an account to disappear, a payment switched to another way, a parcel to
    // arrive at another street, no longer living there (Dutch, German, French, Spanish, Italian:
    // "kunnen jullie die nog tegenhouden", "dat mijn account helemaal verdwijnt", "passer de
    // PayPal à ma Visa", "vorrei che il pacco arrivasse in via dei Mille 23", "nn ci abito più")
    String.raw`tegenhoud\p{L}*|tegen\s+(?:te\s+)?houden|tegengehouden|(?:account|profiel|gegevens|konto|kundenkonto|daten)\s+(?:\S+\s+){0,4}?(?:verdwijn\p{L}*|verschwind\p{L}*|verschwunden)|(?:pass|pay|régl|regl|zahl|umstell|betal|pag|cambi|wechsel|switch)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:de|von|van|da)\s+(?:paypal|visa|mastercard|ideal|amex|klarna|la\s+carte|ma\s+carte|kreditkarte|creditcard|tarjeta|carta|bizum|mbway|blik)\s+(?:[àa]|auf|zu|naar|op|a|para|con|per|pa|på)\s|arriv\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:in|a)\s+(?:via|piazza|corso|viale|vicolo)\s+\p{L}+|(?:non|nn)\s+ci\s+abit\p{L}*\s+pi[uù]|ya\s+no\s+vivo\s+(?:en|ah[ií])|n[ãa]o\s+moro\s+mais|je\s+n['’]?habite\s+plus|j['’]habite\s+plus|ik\s+woon\s+(?:daar\s+|er\s+)?niet\s+meer`,
    // a password reset by staff, a temporary one sent (Italian, Spanish, French, Dutch, German:
    // "potete resettarla voi e mandarmi una password temporanea")
    String.raw`resett\p{L}*|password\s+temporane\p{L}*|contraseña\s+temporal|mot\s+de\s+passe\s+temporaire|tijdelijk\s+wachtwoord|tempor[äa]re[sn]?\s+passwort`,
    // a password reset asked of staff (Norwegian, Danish, Swedish: "kan dere nullstille det for
    // meg?"), a delivery put back or sent to a parcel locker (Polish: "da się przesunąć dostawę na
    // przyszły tydzień albo wysłać do paczkomatu"), money or a difference sent back to a card
    // (Finnish, Turkish: "palauttakaa se 40 € erotus kortille", "farkı kartıma iade edersiniz")
    String.raw`(?:kan|kunne|kunde)\s+(?:dere|du|ni|I)\s+(?:\p{L}+\s+){0,2}?(?:nullstill|nulstil|tilbakestill|återställ)\p{L}*|przesun\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:dostaw|doręcz|wysyłk|przesyłk|paczk)\p{L}*|(?:wysła|wyśl|dostarcz|przekier)\p{L}*\s+(?:\p{L}+\s+){0,3}?do\s+(?:paczkomat|punkt|innego|mojej\s+prac|biura)\p{L}*|palauttakaa\s+(?:\p{L}+\s+){0,2}?(?:\d+\s*(?:€|e(?![\p{L}])|euro)|erotu|rah|summ|maksu|hinta)|erotu\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:kortille|tilille)|(?:fark|tutar|ücret|bedel)\p{L}*\s+(?:\p{L}+\s+){0,2}?iade\p{L}*|(?:kart|hesab)\p{L}*\s+iade\p{L}*`,
    // a charge to go to another card (Spanish: "lo suyo sería q el cargo fuera a mi tarjeta
    // personal"), a name or detail on file that still shows the old one (Portuguese: "no cadastro
    // de vcs ainda tá Maria Eduarda Lima"), nobody home for a parcel (Italian, Spanish,
    // Portuguese: "in portineria non c'è nessuno", "no hay nadie en casa"; not "non sono a casa di
    // giorno", said of anything), a gift
    // card's credit given to someone else's account (Dutch: "ze wil het tegoed aan mij geven, kan
    // dat bij mij op het account komen?")
    String.raw`(?:cargo|cobro|pago|d[ée]bito|cobran[çc]a|addebito)\s+(?:\p{L}+\s+){0,2}?(?:a|en|na|no|sulla|sul)\s+(?:mi|otra|minha|outro|outra|mia|un[a']?\s*altra)\s+(?:\p{L}+\s+)?(?:tarjeta|cart[aã]o|carta|cuenta|conta)|cadastro\s+(?:\p{L}+\s+){0,3}?ainda\s+(?:t[aá]|est[aá]|aparece|consta)|non\s+c['’]è\s+nessuno|nessuno\s+(?:a|in)\s+casa|no\s+hay\s+nadie\s+en\s+casa|n[ãa]o\s+h[aá]\s+ningu[ée]m\s+em\s+casa|ningu[ée]m\s+em\s+casa|tegoed\s+(?:\p{L}+\s+){0,4}?(?:geven|overzetten|overdragen|overboeken|overmaken|zetten)|(?:bij\s+mij\s+)?op\s+(?:mijn|m['’]n)\s+account\s+(?:\p{L}+\s+)?(?:komen|zetten|krijgen)`,
    // a move and a delivery to the new place (Spanish: "me he mudado a Valencia … que me llegue
    // aquí"), a wrong to be made good (German: "ich erwarte, dass Sie das wiedergutmachen"), an
    // order placed twice by mistake (Dutch: "per ongeluk 2x op bestellen gedrukt … eentje mag
    // weg"), a phone number that no longer works (Polish: "mój stary numer już nie działa … teraz
    // jestem pod 512 …"), a delivery to a workplace instead (Hungarian: "ne a lakcímemre
    // küldjétek, hanem a munkahelyemre"), a name changed (French, Dutch, Italian: "je ne
    // m'appelle plus", "heet ik nu", "ora mi chiamo"), by marriage only with the name named after
    // it (Spanish, Portuguese, Italian: "me he casado y ahora uso el apellido …")
    String.raw`me\s+he\s+mudado|nos\s+hemos\s+mudado|que\s+me\s+llegue\s+(?:aqu[ií]|a\s+(?:la|mi|esta)\s)|wiedergutmach\p{L}*|wieder\s+gut\s*(?:zu\s+)?mach\p{L}*|per\s+ongeluk\s+(?:\p{L}+\s+){0,4}?(?:2x|twee\s*keer|dubbel)|(?:eentje|één)\s+mag\s+(?:dus\s+|er\s+)?(?:weg|af|vervallen)|(?:stary|poprzedni|dawny)\s+numer\s+(?:\p{L}+\s+){0,2}?(?:nie\s+działa|nieaktualny|przepad\p{L}*)|teraz\s+jestem\s+pod\s+(?:numerem\s+)?\+?\d|lakcímem\p{L}*\s+(?:\p{L}+\s+)?küld\p{L}*|hanem\s+a\s+munkahelyem\p{L}*|ne\s+m['’]appelle\s+plus|heet\s+ik\s+nu|ora\s+mi\s+chiamo|(?:me\s+he\s+casado|casei|me\s+cas[eé]|mi\s+sono\s+sposat\p{L}*)\s+(?:[\p{L},]+\s+){0,8}?(?:apellido|sobrenome|nombre|nome|cognome)(?![\p{L}])|(?:mi|meu|o\s+meu)\s+(?:nuevo\s+|novo\s+)?(?:apellido|sobrenome)\s+(?:\p{L}+\s+)?(?:es|é|e)(?![\p{L}])`,
    // a double charge (Polish: "widzę dwa obciążenia po 94,90 EUR"), a new number or address
    // (Turkish: "numaram değişti … Yeni numara 0176 …"), a delivery put off with nobody home
    // (Czech, Slovak: "poslat až po 20. červnu … doma nikdo není")
    String.raw`dwa\s+obciążeni\p{L}*|podwójn\p{L}*\s+(?:obciążeni|płatnoś|pobrani|opłat)\p{L}*|dwukrotnie\s+(?:\p{L}+\s+)?(?:obciąż|pobra|zapłac|ściągn)\p{L}*|dwa\s+razy\s+(?:\p{L}+\s+)?(?:obciąż|pobra|zapłac|ściągn)\p{L}*|numaram\s+değiş\p{L}*|yeni\s+(?:telefon\s+)?numara\p{L}*\s*:?\s*\+?\d|adresim\s+değiş\p{L}*|poslat\s+(?:\p{L}+\s+)?až\s+(?:po|od)|doručit\s+(?:\p{L}+\s+)?až\s+(?:po|od)`,
    // a new number given after a change of provider (Spanish: "me he cambiado de compañía y de
    // número (ahora es el 634 …)"), nobody left at home (Spanish: "en casa no queda nadie"), a
    // gift card's balance to become someone else's (Portuguese: "que o saldo passasse a ser
    // dela"), a discount applied after the purchase ("vous pouvez me l'appliquer après coup",
    // "nachträglich abziehen"), an e-mail address of one's own given (Québec French: "mon adresse
    // à moi c'est …"), a double charge in Swiss German ("zwei Mal CHF 214.90 … Bstellt han ich nur
    // eimal"), a work address given for a parcel (Dutch: "mijn werkadres is Stationsplein 8")
    String.raw`me\s+he\s+cambiado\s+de\s+(?:\p{L}+\s+){0,3}?(?:y\s+de\s+)?(?:n[uú]mero|m[oó]vil|tel[eé]fono|correo)|en\s+casa\s+no\s+(?:queda|hay|habr[aá]|va\s+a\s+haber)\s+nadie|no\s+(?:queda|habr[aá]|va\s+a\s+haber)\s+nadie\s+en\s+casa|saldo\s+(?:\p{L}+\s+){0,3}?(?:passasse|passar|transferi\p{L}*|fosse|ficasse)\s+(?:\p{L}+\s+){0,3}?(?:dela|dele|para\s+(?:a\s+|o\s+)?(?:minha|meu))|appliqu\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:apr[eè]s\s+coup|r[ée]troactivement|a\s+posteriori)|aplic\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:despu[eé]s\s+de\s+(?:la\s+)?compra|a\s+posteriori|retroactivamente)|applic\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:a\s+posteriori|retroattivamente)|nachträglich\s+(?:\p{L}+\s+){0,2}?(?:anwend|abzieh|abzug|gewähr|verrechn|berücksicht|einlös)\p{L}*|mon\s+adresse\s+(?:courriel\s+|e-?mail\s+|mail\s+)?(?:à\s+moi\s+)?c['’]est|zwei\s*mal\s+(?:chf|eur|fr\.?|€)\s*\d|(?:bestellt|bstellt)\s+(?:\p{L}+\s+){0,2}?nur\s+ei(?:n|nm)?mal|(?:mijn\s+)?werkadres\s+is|daar\s+zit\s+altijd\s+(?:wel\s+)?iemand`,
    // a name on file to be put right (German: "Steht im Kundenkonto genauso verkehrt … Bitte dort
    // korrigieren"), money to go to a new account (French: "faut le virer sur mon nouveau compte,
    // je peux vous envoyer mon RIB", "cette carte n'existe plus")
    String.raw`(?:bitte\s+)?(?:dort|da|das|es|ihn|den\s+namen|im\s+kundenkonto)\s+(?:\p{L}+\s+)?korrigier\p{L}*|steht\s+im\s+kundenkonto\s+(?:\p{L}+\s+){0,2}?(?:falsch|verkehrt)|vir(?:er|ez)\s+(?:\p{L}+\s+){0,2}?sur\s+(?:mon|ma|un)\s+(?:nouveau\s+|autre\s+)?compte|mon\s+nouveau\s+(?:compte|rib|iban)|(?:mon|un\s+nouveau)\s+rib|(?:cette|ma)\s+carte\s+n['’]existe\s+plus`,
    // Czech and Turkish
    'zruš\\p{L}*|vrácení\\s+peněz|vraťte|iptal\\p{L}*',
    // Turkish: money, a fee or a deduction to be given back ("bu kesintinin geri alınmasını rica
    // ediyorum", "ücreti iade eder misiniz", "para iadesi")
    String.raw`(?:para\p{L}*|ücret\p{L}*|kesinti\p{L}*|tutar\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:iade|geri)\p{L}*|geri\s+alınma\p{L}*|iade\s+(?:edin|ediniz|eder\s+misiniz|edebilir\s+misiniz|etmenizi)|para\s+iadesi`,
    // a price difference the sender will pay for a change (Swedish, German, Dutch, French, Spanish,
    // Italian, Danish, Norwegian, Polish: "Jag betalar gärna mellanskillnaden", "den Aufpreis
    // zahle ich", "ik betaal het verschil", "je paierai la différence", "dopłacę różnicę")
    String.raw`(?<!(?:muss|müssen|dois|devo|debo|moet|måste|skal)\s+(?:ich\s+|je\s+|ik\s+|jag\s+|jeg\s+)?(?:\p{L}+\s+){0,2})(?:betal\p{L}*|zahl\p{L}*|bezahl\p{L}*|pai\p{L}*|pag\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:mellanskillnad\p{L}*|differenz|aufpreis|mehrkosten|(?:het\s+)?verschil|meerprijs|(?:la\s+)?différence|(?:la\s+)?diferencia|(?:la\s+)?differenza|forskellen|differansen|mellemlægget|mellomlegget)|(?:mellanskillnad\p{L}*|aufpreis|mehrkosten|différence|diferencia|differenza|verschil|forskellen|differansen)\s+(?:\p{L}+\s+){0,2}?(?:betal\p{L}*|zahl\p{L}*|bezahl\p{L}*|pai\p{L}*|pag\p{L}*)|dopłac\p{L}*\s+(?:\p{L}+\s+)?różnic\p{L}*`,
    // Vietnamese, Tagalog, Maltese, Welsh, Galician: a refund, a cancellation, an address, a
    // payment method, a name or a password changed ("hoàn tiền vào tài khoản", "hủy đơn", "đổi
    // địa chỉ", "pwede po bang i-cancel", "tirrifondjaw il-karta", "tibdlu l-metodu tal-ħlas",
    // "newid yr enw ar fy nghyfrif", "podedes cambiarme vós o contrasinal"; Tagalog "paki cancel
    // na lang po", "palitan yung card", "balik sa PayPal ko")
    String.raw`hoàn\s+(?:lại\s+)?tiền|hoàn\s+lại|hủy\s+(?:đơn|đặt|giúp)|đổi\s+(?:\p{L}+\s+)?(?:địa\s+chỉ|số\s+điện\s+thoại|email|tên|thẻ)|(?:i|ipa|pa)-(?:cancel|refund|change|palit|balik)\p{L}*|paki[\s-]?(?:cancel|refund|palit|balik|change|update|delete|burahin)\p{L}*|palitan\s+(?:\p{L}+\s+){0,4}?(?:card|kard|address|email|pangalan|numero|number|password)|(?:i)?balik\s+(?:na\s+lang\s+)?(?:po\s+)?(?:sa|ang)\s+(?:\p{L}+\s+)?(?:paypal|card|account|pera|gcash)(?![\p{L}])|(?:ir|tir|nir|jir)rifond\p{L}*|rifużjoni|(?:ti|j)kkanċell\p{L}*|tibdlu\s+(?:\p{L}+\s+){0,2}?(?:l-indirizz|il-metodu|l-email|l-isem|in-numru)|newid\s+(?:yr\s+|fy\s+|y\s+)?(?:enw|cyfeiriad|e-?bost|rhif|cerdyn|manylion)|ad-dal\p{L}*|cansl(?:o|wch)|cambiar(?:me|nos)\s+(?:\p{L}+\s+){0,2}?(?:o\s+|el\s+|la\s+)?(?:contrasinal|contrase[nñ]a|clave)`,
    // Spanish plural imperatives, Czech, Romanian: money given back ("devolvedme el cargo
    // repetido", "Prosím o vrácení těch 46,80 CHF", "vă rog să-mi returnați diferența"); a
    // replacement or a cost borne by the shop ("en ny stång på er bekostnad", "auf Ihre Kosten",
    // "à vos frais", "a vuestra costa", "op jullie kosten", "a vostre spese", "na wasz koszt")
    String.raw`devolv(?:edme|ednos|edlo|edla|edles)|o\s+vrácení|vrátit\s+(?:\p{L}+\s+){0,2}?(?:peníze|částk\p{L}*|\d)|returna[tț]i\p{L}*|anula[tț]i|på\s+(?:er|eran|jeres|deres|dykkar)\s+(?:bekostnad|bekostning|regning)|auf\s+(?:ihre|eure|deren)\s+kosten|(?:à|a)\s+vos\s+frais|a\s+(?:vuestra|su)\s+costa|a\s+(?:vuestro|su)\s+cargo|op\s+(?:jullie|uw)\s+kosten|a\s+vostr[eo]\s+(?:spese|carico)|na\s+(?:wasz|państwa|panstwa)\s+koszt|(?:por\s+vossa\s+conta|(?:à|a)s\s+vossas\s+custas)`,
    // a password reset asked of us (Italian, German, French, Spanish, Galician, Dutch, Greek:
    // "Potete resettarmi la password?", "Können Sie mein Passwort zurücksetzen?", "Passwort
    // vergessen … kannst du das bitte manuell für mich zurücksetzen", "pouvez-vous
    // réinitialiser mon mot de passe", "¿Podéis cambiarme la contraseña?", "reset τον κωδικό")
    String.raw`potete\s+(?:\p{L}+\s+){0,2}?(?:resett|reimpost|cambi)\p{L}*\s+(?:\p{L}+\s+){0,2}?password|(?:passwort|kennwort)[\s\S]{0,200}?(?:kannst\s+du|könnt\s+ihr|könntet\s+ihr)\s+(?:\p{L}+\s+){0,6}?zurücksetzen|(?:können|könnten)\s+sie\s+(?:\p{L}+\s+){0,3}?passwort\s+(?:\p{L}+\s+)?(?:zurücksetzen|ändern)|pouvez-vous\s+(?:\p{L}+\s+){0,2}?(?:réinitialiser|changer)\s+(?:\p{L}+\s+){0,2}?mot\s+de\s+passe|pod(?:éis|eis|éis|rían|ría|eis|edes)\s+(?:\p{L}+\s+){0,2}?(?:restablecer|cambiar|resetear)(?:me|nos)?\s+(?:\p{L}+\s+){0,2}?(?:contraseña|contrasinal|clave)|kunnen\s+(?:jullie|u)\s+(?:\p{L}+\s+){0,3}?wachtwoord\s+(?:\p{L}+\s+)?(?:resetten|wijzigen|veranderen)|(?:reset|επαναφέρ\p{L}*)\s+(?:τον\s+|το\s+)?κωδικ\p{L}*`,
    // Malay and Indonesian: an account deleted, money paid back ("memohon supaya akaun saya
    // dipadamkan", "bayaran balik", "pulangkan wang saya"); Tagalog: charged twice ("Na-double
    // charge po ako", "dalawang beses"); Turkish: a refund asked another way ("İade tutarını
    // kartıma değil de hediye kartı olarak alabilir miyim?")
    String.raw`dipadam\p{L}*|padam(?:kan)?\s+(?:\p{L}+\s+)?akaun|(?:hapus|menghapus)\p{L}*\s+(?:\p{L}+\s+)?(?:akun|akaun)|(?:akun|akaun)\s+(?:\p{L}+\s+){0,4}?dihapus\p{L}*|bayaran\s+balik|pulangkan\s+(?:\p{L}+\s+)?(?:wang|duit|bayaran)|na-?double[\s-]charge\p{L}*|dalawang\s+beses|iade\s+tutar\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:olarak|yerine|değil)|(?:kartıma|karta|hesabıma)\s+değil`,
    // an order no longer needed or taken out (Dutch: "ik hoef hem niet meer, kan die bestelling
    // eruit?"), money asked back in Catalan ("que em reemborseu els 129 euros"), a German address
    // given to change to ("bitte ändern auf Hauptstraße 17")
    String.raw`hoef\s+(?:hem|het|ze|die|dat|deze)\s+niet\s+meer|bestelling\s+(?:\p{L}+\s+)?eruit|reembors\p{L}*|ändern\s+(?:auf|in|zu)\s+(?:[\p{L}.-]+\s+){1,3}\d`,
    // Arabic written in Latin letters and digits (Egyptian, Levantine, Gulf, Maghrebi "Arabizi"):
    // an account closed or data wiped, a cancellation, money given back ("3ayez a2fel el account",
    // "tems7o kol el data", "elghi el order", "rag3ouli flousi"), a card or detail changed ("bdi
    // t8ayyrouha la el card el jdide", "ghayyerli el email")
    String.raw`(?<![\p{L}\d])(?:(?:t|n|y)?(?:8|gh)a(?:yy(?:e|a)?|y(?:e|a))r(?:o|ou|u|i|e)?(?:ha|h|li|ly|lna|hom|o|ou)?|a2fel|a2fil|e2fel|2afel|2fel|tes2fel|te2fel|tems7(?:o|i|u|oh)|ams7|emsa7|em7i|elghi|elghu|elghoo|el8i|ul8i|2lghi|tel8i|tel8o|telghi|telghu|ragg?a3(?:o|u|oo)?(?:li|ly|lna)|rag3(?:o|u|oo)(?:li|ly|lna)|rajj?e3(?:o|u)?(?:li|ly)|flousi|floosi|flusi)(?![\p{L}\d])`,
    // Serbian in Cyrillic letters: a cancellation, money back, a change ("откажете чланство и
    // вратите ми 29 евра", "промените адресу")
    String.raw`откаж\p{L}*|отказати|вратите\s+(?:ми\s+)?(?:\p{L}+\s+){0,2}?(?:новац|паре|\d)|(?:промените|промијените)\s+(?:\p{L}+\s+){0,2}?(?:адрес\p{L}*|е-?мејл\p{L}*|број|име|картиц\p{L}*)|поништ\p{L}*`,
    // Greek: a detail changed, money or points moved or paid out, charged twice ("θα ήθελα να
    // αλλάξω το e-mail του λογαριασμού μου", "μεταφορά των πόντων", "χρεώθηκα δύο φορές", "να μου
    // καταβάλετε το υπόλοιπο στον τραπεζικό μου λογαριασμό")
    String.raw`αλλάξ\p{L}*|αλλαγ\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:e-?mail|email|τηλεφ\p{L}*|κάρτ\p{L}*|λογαριασμ\p{L}*|στοιχεί\p{L}*|ονόμ\p{L}*)|επιστροφ\p{L}*\s+(?:\p{L}+\s+){0,2}?ποσ\p{L}*|μεταφ\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:πόντ\p{L}*|πιστ\p{L}*|υπολοίπ\p{L}*)|δύο\s+φορές|(?:καταβάλ|καταθέσ|καταβολ)\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:υπόλοιπ|λογαριασμ|ποσ|χρήμα|χρηματ)\p{L}*`,
    // the twenty-first round: a password reset asked of us in Czech, Slovak and Polish ("Mohli
    // byste mi heslo resetovat vy", "zresetujcie mi hasło"); money paid out to a card in Russian
    // and Ukrainian ("выплатить оставшиеся 55 евро мне на карту"); what is left of a balance
    // passed to someone else's account in Portuguese and Spanish ("passar os 65 euros que sobram
    // para a conta dela", "pasar el saldo a la cuenta de mi hermana"); a detail switched over in
    // German ("die Adresse im Konto auf … umstellen")
    String.raw`heslo\s+(?:\p{L}+\s+){0,2}?(?:resetova\p{L}*|resetuj\p{L}*|obnovi\p{L}*|obnovte|zm[eě]ni\p{L}*|zmeňte)|(?:resetova\p{L}*|resetujte|obnovte|zresetuj\p{L}*|zresetowa\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:heslo|hasło|haslo)|hasło\s+(?:\p{L}+\s+){0,2}?(?:zresetuj\p{L}*|zresetowa\p{L}*|zmieni\p{L}*)|(?<![\p{L}])(?:выплатит\p{L}*|выплатить|виплатіть|виплатити)(?![\p{L}])|(?:passar|transferir|pasar|traspasar)\s+(?:[\p{L}\d€]+\s+){0,5}?(?:para|a)\s+(?:a\s+|la\s+)?(?:conta|cuenta)\s+(?:dela|dele|de\s+(?:la\s+|el\s+|o\s+|a\s+)?(?:mi|minha|meu)?\s*\p{L}+)|(?:adresse|e-?mail\p{L}*|mailadresse|telefonnummer|handynummer|rufnummer|zahlungsart|bankverbindung)\s+(?:\S+\s+){0,6}?umstell\p{L}*`,
    // Hungarian: a detail still shown as it was ("a fiókomban … még mindig Tóth Eszter
    // szerepel"); Vietnamese: a plan not needed ("Mình không cần gói này"); Turkish: a password
    // reset asked of us ("Siz oradan sıfırlayıp bana geçici bir şifre gönderebilir misiniz?", typed
    // on a phone without the dotless ı too: "sifirlayip")
    String.raw`(?<![\p{L}])még\s+mindig\s+(?:\p{L}+\s+){0,4}?szerepel\p{L}*|(?<![\p{L}])không\s+cần\s+(?:\p{L}+\s+)?(?:gói|đơn|thẻ|nữa)(?![\p{L}])|(?<![\p{L}])s[ıi]f[ıi]rla(?:y[ıi]p|yabilir|y[ıi]n|y[ıi]n[ıi]z|r\s+m[ıi]s[ıi]n[ıi]z)(?![\p{L}])`,
    // Swedish: a card, address or detail on the account swapped ("Kan ni byta kortet som är
    // sparat på mitt konto?"); Czech: credit moved ("chtěl bych ho převést sestře")
    String.raw`(?<![\p{L}])byt(?:a|er|)\s+(?:ut\s+)?(?:\p{L}+\s+){0,2}?(?:kort(?:et)?|betalkort\p{L}*|adress(?:en)?|leveransadress\p{L}*|e-?post\p{L}*|mejl\p{L}*|telefonnummer\p{L}*|efternamn\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:převést|převeďte|prevest|prevedte)(?![\p{L}])`,
    // Slovak: money back, a cancellation, a detail changed, an account deleted, unsubscribing,
    // credit moved, charged twice ("chcem peniaze späť na kartu", "zmeňte mi adresu", "vymažte môj
    // účet", "dvakrát strhnutá platba")
    String.raw`peniaze\s+(?:\p{L}+\s+){0,2}?späť|späť\s+(?:\p{L}+\s+){0,2}?peniaze|vráten\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:peňazí|platby|sumy)|vráťte|zrušiť|zrušenie|zmeňte|zmeniť\s+(?:\p{L}+\s+){0,2}?(?:adres\p{L}*|e-?mail\p{L}*|čísl\p{L}*|účet|kart\p{L}*|men\p{L}*)|vymaž\p{L}*|vymazať|odhlás\p{L}*|preveďte|previesť|presuňte|presunúť|dvakrát\s+(?:\p{L}+\s+)?(?:strhnut\p{L}*|zaplaten\p{L}*|zúčtovan\p{L}*|stiahnut\p{L}*)`,
    // Croatian, Serbian and Bosnian (Latin letters), Slovenian: money back, a cancellation, a detail
    // changed, an account deleted, unsubscribing, points or credit moved, charged twice ("povrat
    // novca", "vratite mi novac", "otkažite narudžbu", "promijenite adresu", "vrnite mi denar",
    // "prekličite naročilo", "spremenite naslov", "dvakrat zaračunano")
    String.raw`povrat\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:novca|novaca|iznosa|uplate|denarja|kupnine|zneska|plačila)|vračil\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:denarja|kupnine|zneska|plačila)|vratite\s+(?:mi\s+)?(?:\p{L}+\s+){0,2}?(?:novac|pare|iznos)|vrn(?:ite|ete)\s+(?:mi\s+)?(?:\p{L}+\s+){0,2}?(?:denar|znesek|kupnino)|(?:novac|denar)\s+(?:\p{L}+\s+){0,2}?(?:natrag|nazad|nazaj)|otkaž\p{L}*|otkazati|otkazivanj\p{L}*|poništi\p{L}*|prekliči\p{L}*|preklic\p{L}*|odpoved(?:ati|ujem|ite|al\p{L}*)|(?:promijeni|promeni|spremeni)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:adres\p{L}*|naslov\p{L}*|e-?mail\p{L}*|e-?pošt\p{L}*|broj\p{L}*|številk\p{L}*|kartic\p{L}*|ime|prezime|priimek)|(?:promjen|promen|sprememb)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:adres\p{L}*|naslov\p{L}*|e-?mail\p{L}*|broj\p{L}*|številk\p{L}*|kartic\p{L}*)|izbriši\p{L}*|obriši\p{L}*|izbrisati|obrisati|odjavi(?:te|ti|m)|(?:prenes|prenije|prebac|prebaci)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:bod\p{L}*|točk\p{L}*|kredit\p{L}*|iznos\p{L}*|znesek|dobroimetj\p{L}*)|dva\s+puta\s+(?:\p{L}+\s+)?(?:naplać\p{L}*|naplat\p{L}*|tereć\p{L}*|skinut\p{L}*|plaćen\p{L}*)|dvakrat\s+(?:\p{L}+\s+)?(?:zaračuna\p{L}*|bremenjen\p{L}*|plačan\p{L}*|odtegnjen\p{L}*)`,
    // Lithuanian, Latvian, Estonian: money back, a cancellation, a detail changed, an account
    // deleted, money or credit moved, charged twice ("grąžinkite pinigus", "atšaukite užsakymą",
    // "lūdzu, pārskaitiet manu kredītu", "atceliet pasūtījumu", "tühistage tellimus", "raha tagasi")
    String.raw`grąžin\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:pinig\p{L}*|sum\p{L}*|mokėjim\p{L}*)|pinig\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:grąžin\p{L}*|atgal)|atšauk\p{L}*|pakeis\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:adres\p{L}*|el\.\s*pašt\p{L}*|pašt\p{L}*|numer\p{L}*|kortel\p{L}*|vard\p{L}*|pavard\p{L}*)|ištrin\p{L}*|perveskite|pervesti|du\s+kartus\s+(?:\p{L}+\s+)?(?:nuskaič\p{L}*|nuskait\p{L}*|apmokėt\p{L}*|nurašyt\p{L}*)|atmaks\p{L}*|atgriez\p{L}*\s+(?:\p{L}+\s+){0,2}?naud\p{L}*|naud\p{L}*\s+(?:\p{L}+\s+){0,2}?atpakaļ|atcel(?:t|iet|šu|ām)|(?:no)?main(?:īt|iet|īšu|ām)\s+(?:\p{L}+\s+){0,2}?(?:adres\p{L}*|e-?pasta|e-?pastu|numur\p{L}*|kart\p{L}*|vārd\p{L}*|uzvārd\p{L}*)|dzēs\p{L}*|izdzēs\p{L}*|pārskait\p{L}*|pārcel\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:punkt\p{L}*|kredīt\p{L}*)|divreiz\s+(?:\p{L}+\s+)?(?:noņem\p{L}*|iekasē\p{L}*|norakst\p{L}*|samaksā\p{L}*)|raha\s+(?:\p{L}+\s+){0,2}?tagasi|tagasta\p{L}*\s+(?:\p{L}+\s+){0,2}?raha|tühist\p{L}*|muut(?:a|ke|ksin|ma)\s+(?:\p{L}+\s+){0,2}?(?:\p{L}*aadress\p{L}*|e-?post\p{L}*|meiliaadress\p{L}*|numbr\p{L}*|kaart\p{L}*|nime)|kustuta\p{L}*|üle\s+kan(?:d|n)\p{L}*|kan(?:d|n)\p{L}*\s+(?:\p{L}+\s+){0,2}?üle|kaks\s+korda\s+(?:\p{L}+\s+)?(?:maha\s+võetud|võetud|debiteeritud|tasutud|arveldatud)`,
    // Icelandic: money back, a cancellation, a detail changed on the account, an account deleted,
    // money moved, charged twice ("endurgreiðið mér", "afpantið pöntunina", "hætta við pöntun",
    // "segja upp áskriftinni", "breytt því á aðganginum mínum", "eyðið aðganginum")
    String.raw`endurgreið\p{L}*|endurgreitt|afpant\p{L}*|hætt\p{L}*\s+við\s+(?:\p{L}+\s+)?(?:pöntun\p{L}*|áskrift\p{L}*|aðild\p{L}*)|segj?\p{L}*\s+upp\s+(?:\p{L}+\s+)?(?:áskrift\p{L}*|aðild\p{L}*)|breyt\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:\p{L}*heimilisfang\p{L}*|netfang\p{L}*|símanúmer\p{L}*|kort\p{L}*|aðgang\p{L}*|nafn\p{L}*)|eyð(?:a|ið|ir)\s+(?:\p{L}+\s+)?aðgang\p{L}*|millifær\p{L}*|tvisvar\s+(?:\p{L}+\s+)?(?:rukka\p{L}*|skuldfær\p{L}*|dregi\p{L}*)`,
    // Polish
    'prosz[eę]\\s+o\\s+(?:\\p{L}+\\s+)?zwrot\\p{L}*|popraw\\p{L}*\\s+(?:\\p{L}+\\s+){0,6}?(?:w\\s+)?(?:moim\\s+|mojej\\s+)?(?:koncie|konto|danych|profilu|nazwisk\\p{L}*|adres\\p{L}*)|chc[eę]\\s+(?:\\p{L}+\\s+){0,3}?z\\s+powrotem|(?:pieni[aą]dze|kas[eę])\\s+(?:\\p{L}+\\s+){0,2}?z\\s+powrotem|nie\\s+(?:jest|s[aą])\\s+mi\\s+(?:ju[żz]\\s+)?(?:do\\s+niczego\\s+)?potrzebn\\p{L}*|(?:moich|moje)\\s+dan\\p{L}*\\s+(?:\\p{L}+\\s+){0,4}?nie\\s+(?:by[łl]o|by[łl]y)|wy[łl][aą]cz(?:cie|y[ćc]|enie)|nie\\s+chc[eę]\\s+(?:\\p{L}+\\s+)?ju[żz]|ju[żz]\\s+nie\\s+chc[eę]|moje\\s+pieni\\p{L}*|oddajcie|przeniesieni\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?(?:punkt\\p{L}*|środk\\p{L}*|kredyt\\p{L}*|salda|bonu)|przenie[śs]\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?(?:punkt\\p{L}*|środk\\p{L}*|kredyt\\p{L}*|saldo|bon)|przela\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?na\\s+(?:moje|mój|to|inne|nowe)\\s+(?:konto|rachunek)|nowy\\s+adres|zwrot\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:pieniędzy|środków|kosztów|kwot\\p{L}*|należności|płatności|nadpłat\\p{L}*)|(?:podwójn\\p{L}*|dwa\\s+razy|dwukrotnie)\\s+(?:\\p{L}+\\s+)?(?:pobran\\p{L}*|obciąż\\p{L}*|naliczon\\p{L}*|zapłac\\p{L}*|ściągnięt\\p{L}*)|zwró[cć]\\p{L}*(?![\\p{L}])(?!\\s+(?:uwag|si[eę]))|anuluj\\p{L}*|anulowa\\p{L}*|rezygnacj\\p{L}*|zmian\\p{L}*\\s+(?:numeru|adresu|danych|e-?maila|hasła|nazwiska|karty)|zmieni\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:numer\\p{L}*|adres\\p{L}*|dane|e-?mail\\p{L}*|nazwisk\\p{L}*|kart\\p{L}*)',
    // the seventeenth round: money to go back to a card or an account it names (German,
    // Portuguese, Italian, Hungarian, Norwegian: "überweist das Geld wieder auf meine Visa", "quero
    // o dinheiro, pode ser para o meu PayPal", "riavere i soldi sulla carta", "a pénzt … a
    // bankkártyámra szeretném kapni", "Pengene … til den nye kontoen min"; not an invoice's
    // "überweisen Sie den Betrag auf unser Konto"), credited back or
    // taken from another card (French: "que sa carte soit recréditée", "débité sur ma Mastercard")
    String.raw`(?:geld|betrag)\s+(?:\p{L}+\s+){0,2}?(?:wieder\s+)?(?:auf|an)\s+mein\p{L}*\s+(?:\p{L}+\s+)?(?:visa|mastercard|paypal|\p{L}*karte|\p{L}*konto)(?![\p{L}])|überweis\p{L}*\s+(?:sie\s+|ihr\s+)?(?:mir|uns)\s+(?:\p{L}+\s+){0,2}?(?:das|den|die)\s+(?:\p{L}+\s+)?(?:geld|betrag|summe|restbetrag|gesamtbetrag)|(?:quero|queria|quiero|quisiera)\s+(?:o\s+|el\s+|mi\s+|meu\s+)?(?:dinheiro|dinero)(?![\p{L}])|riav(?:ere|ete|erli|rei)\s+(?:\p{L}+\s+){0,2}?soldi|soldi\s+(?:\p{L}+\s+){0,2}?(?:sulla|sul)\s+(?:mia\s+|mio\s+)?(?:carta|conto)|pénz\p{L}*\s+(?:[\p{L},]+\s+){0,6}?\p{L}*(?:kártyám|számlám)\p{L}*|peng(?:ene|ane|arna)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:til|på|till)\s+(?:den\s+|det\s+|min\s+)?(?:nye?|nya|nyt)\s+(?:konto\p{L}*|kort\p{L}*)|recrédit\p{L}*|débit\p{L}*\s+sur\s+(?:ma|mon|une\s+autre|un\s+autre)\s+(?:\p{L}+\s+)?(?:carte|compte|visa|mastercard)`,
    // a plan not to be paid for again, goods not to be paid for (Dutch, Norwegian, Swedish,
    // Danish, Catalan, Spanish: "dat er volgend jaar niks meer van mijn rekening afgaat", "dat er
    // in mei niet weer 29 euro van mij wordt afgeschreven", "jeg vil ikke betale 29 euro igjen",
    // "no vull pagar per una cosa que ha arribat així", "no la vull reparada ni canviada")
    String.raw`(?:niks|niets)\s+meer\s+(?:\p{L}+\s+){0,4}?(?:afgaat|afgaan|afgeschreven|afschrijven|incasseren|geïncasseerd)|niet\s+(?:weer|opnieuw|nog\s+eens)\s+(?:[\p{L}\d.,€]+\s+){0,5}?(?:afgeschreven|afgaat|geïncasseerd|betalen|gerekend)(?![\p{L}])|(?:vil|vill)\s+(?:ikke|inte)\s+(?:\p{L}+\s+)?betal\p{L}*\s+(?:[\p{L}\d.,€]+\s+){0,3}?(?:igjen|igen|mer|mere|längre|lenger|længere)(?![\p{L}])|no\s+(?:vull|vol|quiero|quiere)\s+pagar\s+(?:per|por)\s+(?:una\s+cosa|algo|això|esto|eso)|no\s+(?:la|lo|les|los|las)\s+(?:vull|quiero)\s+(?:\p{L}+\s+)?(?:reparad\p{L}*|canviad\p{L}*|cambiad\p{L}*)`,
    // money that should go back to a means of the sender's (Portuguese, Spanish, Italian: "o valor
    // total, portes incluídos, deve voltar para o meu PayPal", "el importe debería volver a mi
    // tarjeta")
    String.raw`(?:valor|dinheiro|montante|importe|dinero|importo|soldi)\s+(?:[\p{L},]+\s+){0,5}?(?:deve(?:ria)?\s+|debe(?:r[ií]a)?\s+|dovrebbe\s+)?(?:voltar|regressar|volver|tornare)\s+(?:para|ao|à|a|al|alla|sul(?:la)?)\s+(?:o\s+|la\s+)?(?:meu|minha|mi|mia|mio)`,
    // an order no longer wanted or needed (Spanish, French, Portuguese, Italian, German, Dutch:
    // "ya no las quiero", "je n'en ai plus besoin", "já não a quero", "non mi serve più", "brauche
    // sie nicht mehr", "heb het niet meer nodig")
    String.raw`ya\s+no\s+(?:l[oa]s?\s+)?(?:quiero|necesito|queremos|necesitamos)(?![\p{L}])|n['’]en\s+(?:ai|avons)\s+plus\s+besoin|j['’]en\s+ai\s+plus\s+besoin|já\s+não\s+(?:[oa]s?\s+)?(?:quero|preciso)(?![\p{L}])|não\s+(?:[oa]s?\s+)?(?:quero|preciso)\s+mais|non\s+(?:mi|ci)\s+serv(?:e|ono)\s+più|brauch\p{L}*\s+(?:\p{L}+\s+){0,2}?nicht\s+mehr|niet\s+meer\s+nodig`,
    // a move (Swiss German, Romanian: "Mir sind im Februar zügelt", "ne-am mutat"), data to
    // disappear (Greek: "να εξαφανιστούν όλα μου τα στοιχεία"), a delivery changed to express with
    // the difference taken from a card (Turkish: "Ekspres kargoya çevirebilir misiniz? Farkı
    // kartımdan çekebilirsiniz")
    String.raw`zügl\p{L}*|zügelt|gezügelt|(?:ne|m|s)-am\s+mutat|ne\s+mutăm|εξαφαν\p{L}*\s+(?:\p{L}+\s+){0,3}?στοιχεί\p{L}*|kart\p{L}*dan\s+(?:\p{L}+\s+)?çek\p{L}*|ekspres\p{L}*\s+(?:\p{L}+\s+)?çevir\p{L}*`,
    // an item to be added to the sender's own order (German, French, Spanish, Italian, Dutch,
    // Swedish, Turkish: "zur Bestellung hinzufügen", "ajouter à ma commande", "eklemek
    // istiyorum"), a payment to be given back (Estonian: "tagastage üks 29-eurone makse"), a
    // voucher asked for an item sent back (Dutch, German, French: "er een tegoedbon voor krijgen")
    String.raw`hinzuf[üu]g\p{L}*|ajout(?:er|ez)\s+(?:\p{L}+\s+){0,3}?(?:à|a)\s+(?:ma|la)\s+commande|añad(?:ir|id|an|a)\s+(?:\p{L}+\s+){0,3}?(?:a|en)\s+(?:mi|el)\s+pedido|aggiung(?:ere|ete|a)\s+(?:\p{L}+\s+){0,3}?(?:al|nel)\s+(?:mio\s+)?ordine|toevoeg\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:aan|bij)\s+(?:mijn|de)\s+bestelling|(?:voeg|voegen)\s+(?:\p{L}+\s+){0,3}?toe\s+aan\s+(?:mijn|de)\s+bestelling|lägga\s+till\s+(?:\p{L}+\s+){0,3}?(?:i|på)\s+(?:min\s+)?beställning|ekle(?:mek|yebilir|yin|r\s+misiniz|nmesini)\p{L}*|tagasta\p{L}*\s+(?:[\p{L}\d-]+\s+){0,3}?(?:makse\p{L}*|summa\p{L}*|tasu\p{L}*)|tegoed(?:bon)?\s+(?:\p{L}+\s+){0,2}?(?:krijgen|ontvangen)|gutschein\s+(?:\p{L}+\s+){0,2}?(?:bekommen|erhalten)|(?:un\s+avoir|un\s+bon\s+d['’]achat)\s+(?:\p{L}+\s+){0,2}?(?:obtenir|recevoir|avoir)`,
    // Albanian: a cancellation, money back ("ju lutem anuloni porosinë", "kthejini paratë")
    String.raw`anulo(?:ni|j|jeni|het|ni\s+porosi\p{L}*)|kthe(?:ni|jini|ni\s+mi)\s+(?:\p{L}+\s+)?(?:parat\p{L}*|paratë)|rimburs\p{L}*`,
    // Basque and Indonesian: money or a fee back, a cancellation, a detail changed, a balance
    // moved ("kuota itzultzea nahiko nuke", "dirua itzul", "bertan behera utzi", "kembalikan
    // uang saya", "batalkan pesanan", "ubah alamat", "saldo … dipindahkan ke akun istri saya")
    String.raw`(?:diru\p{L}*|kuot\p{L}*|ordainket\p{L}*|zenbateko\p{L}*)\s+(?:\p{L}+\s+){0,2}?itzul\p{L}*|itzul(?:tzea|tzeko|iko|i)\s+(?:\p{L}+\s+){0,2}?(?:nahi|nahiko|mesedez|dirua)|bertan\s+behera\s+utzi\p{L}*|ezeztatu\p{L}*|kembalikan\s+(?:\p{L}+\s+)?(?:uang|dana|pembayaran)|pengembalian\s+dana|batalkan|pembatalan\s+pesanan|(?:ubah|ganti|mengubah|mengganti)\s+(?:\p{L}+\s+){0,2}?(?:alamat|email|nomor|kartu|rekening)|(?:di)?pindah\p{L}*\s+(?:\p{L}+\s+){0,3}?ke\s+(?:akun|rekening|kartu)|hapus\s+(?:\p{L}+\s+)?akun`,
    // Russian, Ukrainian and Bulgarian, in Cyrillic letters: money back, a cancellation, a detail
    // changed, an account deleted, charged twice, unsubscribing, money or points moved ("верните
    // деньги", "поверніть гроші", "върнете ми парите", "отмените заказ", "скасуйте
    // замовлення", "анулирайте поръчката", "измените адрес доставки", "змініть розмір", "поменяйте фамилию в аккаунте", "поправить в профиле",
    // "удалите мой аккаунт", "списали дважды", "переведите баланс")
    String.raw`перенес\p{L}*[\s,]+(?:\p{L}+[\s,]+){0,2}?(?:доставк\p{L}*|отправк\p{L}*|замовлен\p{L}*|заказ\p{L}*|поръчк\p{L}*)|(?:змініть|измените|смените|поменяйте|сменете|променете)[\s,]+(?:\p{L}+[\s,]+){0,3}?на(?![\p{L}])|переїха\p{L}*|переехал\p{L}*|преместих\p{L}*|(?:верн|поверн|върн)\p{L}*[\s,]+(?:\p{L}+[\s,]+){0,2}?(?:остат\p{L}*|разниц\p{L}*|різниц\p{L}*|деньг\p{L}*|денег|гроші|грошей|кошт\p{L}*|пари\p{L}*|оплат\p{L}*|сумм?\p{L}*)|(?:деньги|гроші|парите)[\s,]+(?:\p{L}+[\s,]+){0,2}?(?:обратно|назад)|(?:возврат|повернен|възстанов)\p{L}*[\s,]+(?:\p{L}+[\s,]+){0,2}?(?:денег|деньг\p{L}*|средств|кошт\p{L}*|гроші|грошей|пари\p{L}*|оплат\p{L}*)|отмен\p{L}*|скасу\p{L}*|скасов\p{L}*|анулир\p{L}*|анулю\p{L}*|(?:измен|смен|помен|змін|промін|промен|поправ|исправ|обнов|виправ|онов)\p{L}*[\s,]+(?:(?:\p{L}+[\s,]+){0,2}?(?:в|у)\s+(?:профил|аккаунт|акаунт|учетн|учётн|личн|особист)\p{L}*|(?:\p{L}+[\s,]+){0,3}?(?:фамили\p{L}*|прізвищ\p{L}*|адрес\p{L}*|данн\p{L}*|дані|даних|данни\p{L}*|карт\p{L}*|e-?mail|имейл\p{L}*|почт\p{L}*|пошт\p{L}*|телефон\p{L}*|номер\p{L}*|размер\p{L}*|розмір\p{L}*|ім['’]я|имя|име))|нов(?:ый|ий|ия|а|ая)\s+адрес\p{L}*|(?:удал|видал|изтри)\p{L}*[\s,]+(?:\p{L}+[\s,]+){0,3}?(?:аккаунт\p{L}*|акаунт\p{L}*|учетн\p{L}*|учётн\p{L}*|профил\p{L}*|данн\p{L}*|дані|даних|запис\p{L}*)|дважды|двічі|два\s+пъти|два\s+раза|не\s+продлева\p{L}*|не\s+подовжу\p{L}*|не\s+подновява\p{L}*|(?:требую|вимагаю|настоявам)\s+(?:\p{L}+\s+)?(?:возврат|вернуть|поверн\p{L}*|връщане)|отпиш\p{L}*|відпиш\p{L}*|(?:переве|перевед|переказ)\p{L}*[\s,]+(?:\p{L}+[\s,]+){0,3}?(?:деньг\p{L}*|гроші|кошт\p{L}*|баланс\p{L}*|бонус\p{L}*|бал(?:лы|и)|кредит\p{L}*)`,
    // a price difference to come back, a charge shown twice, a second debit to be returned
    // (Italian, Spanish, Portuguese: "che la differenza torni a me", "aparece dos veces el mismo
    // cargo", "devolvam o segundo débito")
    String.raw`differenza\s+(?:\p{L}+\s+)?(?:torn\p{L}*\s+a\s+me|indietro|a\s+me)|dos\s+veces\s+(?:\p{L}+\s+){0,3}?(?:cargo|cobro|importe|pago|débito)|(?:cargo|cobro|débito)\s+(?:\p{L}+\s+){0,3}?dos\s+veces|devolv\p{L}*\s+(?:o|a)\s+(?:segund[oa]\s+)?(?:débito|cobrança|valor|dinheiro|pagamento)`,
    // the less common languages of Europe and nearby (Faroese, Maltese, Irish, Basque,
    // Luxembourgish, Bosnian, Albanian, Armenian): money back, a cancellation, a detail changed, an
    // account deleted, credit moved ("geva mær pengarnar aftur", "siga limaskapin upp", "trodduli
    // lura d-differenza", "go scriosfaí mo chuntas", "helbide elektronikoa aldatu nahi nuke",
    // "d'Bezuelmethod a mengem Kont … änneren", "ukinete članstvo", "ta kaloni te motra ime",
    // "ուղղել իմ անունը")
    String.raw`peng\p{L}*\s+(?:\p{L}+\s+){0,2}?aftur|sig\p{L}*\s+(?:\p{L}+\s+){0,2}?upp(?![\p{L}])|broyt\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:\p{L}*adress\p{L}*|teldupost\p{L}*|telefonnummar\p{L}*|kort\p{L}*)|(?:rodd|trodd|irrodd)\p{L}*\s+(?:\p{L}+\s+){0,3}?lura|flus\p{L}*\s+(?:\p{L}+\s+){0,2}?lura|rifużjoni|rifuzjoni|ikkanċell\p{L}*|ikkancell\p{L}*|tikkanċell\p{L}*|tikkancell\p{L}*|scrios\p{L}*|aisíoc\p{L}*|aisioc\p{L}*|cealaigh|cealú|athraigh\s+(?:\p{L}+\s+){0,3}?(?:seoladh|ríomhphost|uimhir|cárta)|aldatu\s+(?:nahi|behar|dezakezue|ezazue)|(?:helbide|posta|txartel|telefono)\p{L}*\s+(?:\p{L}+\s+){0,2}?aldatu|dirua\s+(?:\p{L}+\s+)?itzul\p{L}*|itzul\p{L}*\s+(?:\p{L}+\s+)?dirua|ezeztatu|ezabatu|(?:kont|adress|bezuel|e-?mail|numm|kaart|telefon)\p{L}*\s+(?:[\p{L}'’.-]+\s+){0,6}?(?:änner|aenner)\p{L}*|(?:änner|aenner)\p{L}*\s+(?:[\p{L}'’]+\s+){0,3}?(?:kont|adress|bezuel|e-?mail|numm|kaart|telefon)\p{L}*|réckbezuel\p{L}*|zeréck\s*bezuel\p{L}*|annuléier\p{L}*|ukin(?:ite|ete|uti|ut|emo)(?![\p{L}])|anulo(?:ni|j|jeni)?(?![\p{L}])|rimburs\p{L}*|fshi(?:ni|j|ne)\s+(?:\p{L}+\s+){0,2}?llogari\p{L}*|ndrysho\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:adres\p{L}*|email\p{L}*|numr\p{L}*|kart\p{L}*|emr\p{L}*)|(?:kalo|kaloni|transfero\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:te|tek)\s+(?:\p{L}+\s+)?(?:motr\p{L}*|vëlla\p{L}*|vella\p{L}*|shoq\p{L}*|nën\p{L}*|bab\p{L}*|djal\p{L}*|vajz\p{L}*|burr\p{L}*|gru\p{L}*|llogari\p{L}*)|para\p{L}*\s+(?:\p{L}+\s+)?mbrapsht|(?:ուղղ|փոխ)(?:ել|եք|եցեք)\s+(?:\p{L}+\s+){0,2}?(?:անուն|հասցե|էլ|հեռախոս|քարտ|հաշ)\p{L}*|չեղարկ\p{L}*|գումար\p{L}*\s+(?:\p{L}+\s+)?վերադարձ\p{L}*|վերադարձ\p{L}*\s+(?:\p{L}+\s+)?գումար\p{L}*|ջնջ\p{L}*\s+(?:\p{L}+\s+)?հաշ\p{L}*`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '(?<![\\p{L}])(?:')
    .concat(')'),
  'iu',
);
/** A text without its accents ("Desinscrivez", "Zruste prosim", "dotarl"): customers often leave them out. */
const plain = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    // (letters with no accent to take off: "dotarł" typed "dotarl", "tøj" "toj")
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
/** OTHER_LANGUAGES read without accents, for a text typed without them. */
const OTHER_LANGUAGES_PLAIN = new RegExp(plain(OTHER_LANGUAGES.source), 'iu');
/**
 * Requests said by two words anywhere in a text of another language (read without accents): a
 * newsletter or mailing list and a word of leaving it ("Nehmt mich aus dem Newsletter raus",
 * "sacadme de la lista de correo", "meld meg av nyhetsbrevet", "Odhlaste mě z newsletteru");
 * points, credit or a gift card's balance and a word of moving it to someone ("meine Punkte auf
 * ihr Konto rüberschieben", "auf ihr Konto rüberbuchen", "le basculer sur le compte de mon fils",
 * "flytte saldoen", "převést zůstatek"); an account's detail and a word of changing it ("ändra det
 * på mitt konto", "trocar o e-mail da minha conta", "päivittää tiliini nimen", "zmente mi ho v
 * uctu", Turkish "telefon numarası yanlış … düzeltir misiniz").
 */
/**
 * Words of replacing one thing by another ("sostituire", "ersetzen", "vervangen", "remplacer"),
 * read without accents.
 */
const REPLACING = String.raw`sostitu\p{L}*|substitu\p{L}*|sustitu\p{L}*|ersetz\p{L}*|vervang\p{L}*|remplac\p{L}*|reemplaz\p{L}*`;
const OTHER_PAIRS: Array<[RegExp, RegExp]> = [
  [
    /(?<![\p{L}])(?:newsletter\p{L}*|nyhetsbrev\p{L}*|nyhedsbrev\p{L}*|nieuwsbrief\p{L}*|uutiskirje\p{L}*|postituslist\p{L}*|mailing\s*-?list\p{L}*|lista\s+de\s+(?:correo|e-?mails?)|mailinglijst|werbe-?mails?|mails?\s+promo\p{L}*|e-?mails?\s+(?:de\s+)?promo\p{L}*|e-?mail\s+pubblicitari\p{L}*|reklamni\s+e-?mail\p{L}*|lista\s+mailingow\p{L}*)/iu,
    /(?<![\p{L}])(?:abmeld\p{L}*|abbestell\p{L}*|raus\p{L}*|austrag\p{L}*|desinscri\p{L}*|desabonn\p{L}*|retir\p{L}*|sac\p{L}*|quit\p{L}*|borr\p{L}*|elimin\p{L}*|baja|togli\p{L}*|rimuov\p{L}*|disiscri\p{L}*|afmeld\p{L}*|uitschrijv\p{L}*|haal\s+\p{L}+\s+(?:uit|van|eraf|eruit)|eraf|eruit|geen\s+(?:\p{L}+\s+){0,2}?meer|sair|remov\p{L}*|parem|avregistr\p{L}*|avsluta|meld\s+(?:meg|mig)\s+(?:av|af|ut)|wypis\p{L}*|usun\p{L}*|poist\p{L}*|en\s+halua|odhl\p{L}*|nechci|keine|kein|ne\s+(?:veux|souhaite)\s+plus|no\s+quiero|non\s+voglio|nao\s+quero|niet\s+meer|inte\s+langre|ikke\s+(?:laengere|længere|lenger|mere|mer)|nie\s+chce)(?![\p{L}])/iu,
  ],
  [
    /(?<![\p{L}])(?:\p{L}*punkte|points|puntos|punti|punten|pontos|\p{L}*poang|poeng\p{L}*|solde|point|pisteet|pisteeni|pistett\p{L}*|punkty|punktow|body|bodu|avoir|saldo\p{L}*|\p{L}*guthaben|tegoed|credit|credito|kredyt\p{L}*|gavekort\p{L}*|presentkort\p{L}*|darkov\p{L}*|gutschein\p{L}*|carte\s+cadeau|tarjeta\s+regalo|buono|cadeaukaart|cadeaubon|zustat\p{L}*|likut\p{L}*|dovan\p{L}*\s+kortel\p{L}*|atlikum\p{L}*|davanu\s+kart\p{L}*|kinkekaar\p{L}*|jaak\p{L}*)(?![\p{L}])/iu,
    /(?<![\p{L}])(?:perkel\p{L}*|parskait\p{L}*|parcel\p{L}*|ule\s+kan\p{L}*|ubertrag\p{L}*|ruberschieb\p{L}*|rueberschieb\p{L}*|r(?:u|ue)berbuch\p{L}*|umbuch\p{L}*|uberschreib\p{L}*|transfer\p{L}*|bascul\p{L}*|pasar\p{L}*|pasarse\p{L}*|traspas\p{L}*|trasfer\p{L}*|passar\p{L}*|overzet\p{L}*|overdra\p{L}*|overmak\p{L}*|overfor\p{L}*|overf[oø]r\p{L}*|flytt\p{L}*|przekaz\p{L}*|przenie\p{L}*|preves\p{L}*|prevest|preved\p{L}*|siirt\p{L}*|give\s+videre|ge\s+bort|regal\p{L}*\s+a|mag\s+(?:\p{L}+\s+){0,4}?hebben|peu(?:t|vent)\s+l(?:es|e|a|['’])\s*avoir|soll\s+(?:\p{L}+\s+){0,4}?bekommen|zet\s+(?:\S+\s+){0,8}?over\s+naar|naar\s+(?:haar|zijn|mijn|hun)\s+(?:account|rekening|profiel)|pass\p{L}*\s+sur\s+(?:le|son|mon)\s+compte|sur\s+le\s+compte\s+d|over\s+(?:te\s+)?zetten\s+naar)(?![\p{L}])/iu,
  ],
  [
    /(?<![\p{L}])(?:e-?mail\p{L}*|mejl\p{L}*|e-?post\p{L}*|mailadress\p{L}*|mobilnummer\p{L}*|telefonnummer\p{L}*|(?<!(?:otro|outro|um|un|uno|altro|autre|mesmo|mismo|stesso)\s)numer\p{L}*(?!\p{L})(?!\s+(?:acima|abaixo|maior|menor|mais|menos|superior|inferior|arriba|abajo|mayor|grande|pequeno|piu|sopra|sotto|au-dessus|de\s+(?:calcado|calzado|sapato|zapato|bota|scarpa)))|cislo|nom|nombre|nome|navn\p{L}*|namn\p{L}*|efternavn\p{L}*|efternamn\p{L}*|nimi|nimen|nimeni|sahkoposti\p{L}*|puhelinnumero\p{L}*|osoite\p{L}*|adress\p{L}*|endereco|morada|kontonummer|kontonr|ucet|uctu|uct\p{L}*|jmeno|prijmeni|nazwisk\p{L}*|imie|numara\p{L}*|telefon\p{L}*|adresi\p{L}*|adresim\p{L}*|e-?posta\p{L}*|soyad\p{L}*|isim|ismim\p{L}*)(?![\p{L}])/iu,
    /(?<![\p{L}])(?:andr(?:a|ar|as|at|ade|ades|e|er|es|et|ing|ingen|ingar)|byt(?:a|e|er|es|(?=\s+(?:garna|till|ut|mejl|e-?post)))|aendr\p{L}*|ændr\p{L}*|endr\p{L}*|troc(?:ar|ou|aram|amos|arem|ando)(?![\p{L}])|troqu(?:e|em|ei)(?![\p{L}])|atualiz\p{L}*|paivit\p{L}*|vaihda\p{L}*|vaihta\p{L}*|muuta\p{L}*|zmen\p{L}*|zmien\p{L}*|opdater\p{L}*|oppdater\p{L}*|uppdater\p{L}*|aktualizuj\p{L}*|wijzig\p{L}*|aanpass\p{L}*|sistem\p{L}*|corrig\p{L}*|correg\p{L}*|verbeter\p{L}*|korrigier\p{L}*|berichtig\p{L}*|duzelt\p{L}*|degistir\p{L}*|guncelle\p{L}*)(?![\p{L}])/iu,
  ],
  // a card saved on the account and a word of removing or replacing it ("starou kartu z účtu
  // odstranit a nastavit místo ní tu novou", "die alte Karte aus dem Konto entfernen", "toglietela
  // dal mio account")
  [
    /(?<![\p{L}])(?:kart\p{L}*|card|cards|carte|cartes|tarjeta\p{L}*|cartao|cartoes|carta|karte|karten|kreditkart\p{L}*|kort\p{L}*|betaalkaart\p{L}*|bankkaart\p{L}*)(?![\p{L}])/iu,
    new RegExp(
      String.raw`(?<![\p{L}])(?:odstran\p{L}*|smaz\p{L}*|vymaz\p{L}*|usun\p{L}*|entfern\p{L}*|losch\p{L}*|loesch\p{L}*|supprim\p{L}*|retir\p{L}*|elimin\p{L}*|rimuov\p{L}*|toglie\p{L}*|verwijder\p{L}*|ta\s+bort|fjern\p{L}*|poist\p{L}*|${REPLACING}|nahrad\p{L}*|zastap\p{L}*|ersatt\p{L}*|erstatt(?=\s+(?:\p{L}+\s+){0,3}?(?:med|by))\p{L}*)(?![\p{L}])`,
      'iu',
    ),
  ],
  // an e-mail address written out and a word of it being wrong, to be put right or replaced ("ho
  // sbagliato la mail … me la sistemate voi? quella giusta è …", "me equivoqué de correo, el bueno
  // es …", "Vi chiedo di sostituirla con il mio indirizzo personale, marta@…")
  [
    /(?<![\w.+-])[\w.+-]+@[\w-]{2,}[\w.-]*/u,
    new RegExp(
      String.raw`(?<![\p{L}])(?:${REPLACING}|sistem\p{L}*|corrig\p{L}*|correg\p{L}*|verbeter\p{L}*|korrigier\p{L}*|berichtig\p{L}*|sbagliat\p{L}*|equivoc\p{L}*|equivoqu\p{L}*|tromp\p{L}*|vertypt|verkeerd\p{L}*|falsch\p{L}*|errad\p{L}*|al\s+(?:suo\s+)?posto|rein|stattdessen|anstatt|invece|en\s+su\s+lugar|a\s+la\s+place|in\s+plaats|i\s+stedet|i\s+stallet|zamiast|nicht\s+mehr|niet\s+meer|non\s+(?:la\s+|lo\s+)?(?:apro|uso)\s+piu|ya\s+no\s+(?:la\s+|lo\s+)?(?:uso|abro|existe)|nao\s+(?:uso|existe)\s+mais|n['’]existe\s+plus|ne\s+(?:l['’])?(?:utilise|consulte)\s+plus)(?![\p{L}])`,
      'iu',
    ),
  ],
];
/**
 * Two more pairs, read the same way: an invoice and whom it is to be made out to ("la facture …
 * Il faudrait la refaire au nom d'Atelier Brenne SARL", "Fakturaen … jeg skal have den på
 * firmaet"); a street with its number and a word of sending or arriving ("Stuur het pakje dus
 * liever naar Kerkstraat 41", "niech przyjdzie na ul. Lipową 7/3").
 */
OTHER_PAIRS.push(
  // an order by its number and a word of something else instead of what it holds or where it
  // goes (Polish, Czech, Slovak, Croatian, Slovenian, Greek, Turkish, Romanian, Catalan: "HP-119002
  // … czy mogę dostać 43,5 zamiast 43", "místo bundy M chci L, můžete to prohodit", "στο γραφείο
  // μου αντί για το σπίτι", "an meine Büroadresse … statt nach Hause"; not the Czech "místo
  // doručení", the place of delivery, nor the Norwegian "har stått", read without accents)
  [
    /(?<![\p{L}\d])(?:[a-z]{1,4}-\d{4,}|\d{5,})(?!\d)/iu,
    /(?<![\p{L}])(?:zamiast|misto(?!\s+(?:doruc|vydej|urcen|dodan))|namiesto|umjesto|umesto|namesto|αντι\s+για|anti\s+gia|yerine|in\s+loc\s+de|en\s+lloc\s+de|en\s+comptes\s+de|(?:an)?statt(?=\s+(?:nach|an|zu|zum|zur|der|die|das|dem|den|des|mein\p{L}*|in|ins|auf|bei|eine?[mnrs]?)\s)|au\s+lieu\s+d|en\s+(?:vez|lugar)\s+de|invece\s+d|al\s+posto\s+d|in\s+plaats\s+van|istallet\s+for|i\s+stedet\s+for|em\s+(?:vez|lugar)\s+de|ao\s+inves\s+de|prohod\p{L}*|podmien\p{L}*|zamien\p{L}*)(?![\p{L}])/iu,
  ],
  [
    /(?<![\p{L}])(?:factur\p{L}*|fattur\p{L}*|rechnung\p{L}*|factuur\p{L}*|fatura\p{L}*|faktur\p{L}*|ricevuta|quittung|kvitto|kvittering)(?![\p{L}])/iu,
    /(?<![\p{L}])(?:au\s+nom\s+d|a\s+nombre\s+d|op\s+naam\s+van|auf\s+(?:den\s+)?namen|auf\s+(?:unsere|meine|die)\s+firma|intestat\p{L}*|(?:em|no)\s+nome\s+d|pa\s+firma\p{L}*|pa\s+foretaget|na\s+firm\p{L}*|opnieuw\s+(?:wordt\s+|worden\s+)?(?:opgemaakt|maken|opmaken)|(?:ny|nya|nytt|nieuwe|nouvelle|nueva|nuova|neue|nova|nowa|nove)\s+(?:faktura|fakturan|factuur|facture|factura|fattura|rechnung|fatura))/iu,
  ],
  [
    /(?<![\p{L}])(?:\p{L}+(?:straat|strasse|weg|laan|plein|gracht|kade|dijk|singel|gasse|allee|platz|gatan|gata|gade|vej|vei|veien)|via|viale|piazza|corso|calle|avenida|rua|rue|avenue|ul\.|ulica|ulicy)\s+\p{L}*\s*\d{1,4}/iu,
    /(?<![\p{L}])(?:stuur\p{L}*|bezorg\p{L}*|lever\p{L}*|schick\p{L}*|liefer\p{L}*|envoy\p{L}*|livr\p{L}*|mand\p{L}*|envi\p{L}*|entreg\p{L}*|spedi\p{L}*|consegn\p{L}*|arriv\p{L}*|przyjd\p{L}*|dostarcz\p{L}*|wysl\p{L}*|wysy\p{L}*|skicka\p{L}*|send\p{L}*|zaslat|dorucit|poslat|moet\s+(?:\p{L}+\s+){0,2}?naar)(?![\p{L}])/iu,
  ],
);
/** Bank details given in a message that is no document ("Palautukset jatkossa tilille FI21 1234 …"). */
const IBAN_SHAPE =
  /(?<![\p{L}\d*])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![\p{L}\d])/u;
/**
 * What an IBAN typed by a customer may get wrong and still be one: its check digits, the bank's
 * own check digits (a digit mistyped is still bank details given, for a person to read).
 */
const IBAN_MISTYPED = new Set([
  ValidationErrorsIBAN.WrongIBANChecksum,
  ValidationErrorsIBAN.WrongAccountBankBranchChecksum,
]);
/**
 * The first IBAN in `text`: a country's letters, two check digits and groups of four, of its
 * country's length and format (ibantools) — not a card statement's merchant and town
 * ("HARBORPINE*HP121903 ROTTERDAM"), a VAT number ("NL123456789B01") nor a courier's tracking
 * number of that shape ("JD014600009911220034").
 */
function ibanGiven(text: string): RegExpExecArray | null {
  const found = IBAN_SHAPE.exec(text);
  return found &&
    validateIBAN(electronicFormatIBAN(found[0]) ?? '').errorCodes.every((e) => IBAN_MISTYPED.has(e))
    ? found
    : null;
}

/** The first of OTHER_PAIRS whose two words both stand in a text read without accents. */
function pairRead(unaccented: string): RegExpExecArray | null {
  for (const [topic, act] of OTHER_PAIRS) {
    const found = topic.test(unaccented) ? act.exec(unaccented) : null;
    if (found) return found;
  }
  return null;
}

/**
 * A line opened with a greeting, in English or another language ("Buongiorno, ho comprato …",
 * "Hola, mirad la factura: …", "Dzień dobry, na fakturze …"): a letter's, the sender's own,
 * never a pasted document's.
 */
const GREETED =
  /^\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|hallo|guten\s+(?:tag|morgen|abend)|moin|servus|grüezi|grüss\s+gott|grüß\s+gott|bonjour|bonsoir|salut|coucou|hola|buenas(?:\s+tardes)?|buenos\s+d[ií]as|buongiorno|buonasera|salve|ciao|goedemorgen|goedemiddag|goedenavond|hoi|hej|hejsan|hei|moi|terve|hyvää\s+päivää|ol[aá]|bom\s+dia|boa\s+tarde|dzie[nń]\s+dobry|witam|dobr[yý]\s+den|ahoj|szia|jó\s+napot|bun[aă]\s+ziua|здравствуйте|добрый\s+день|добрий\s+день|привет|привіт|γεια\s+σας|καλημέρα|merhaba|iyi\s+günler|bon\s+dia|kaixo|zdravo|dobar\s+dan|labas|tere|sveiki)(?![\p{L}])/iu;
/**
 * A line in the first person or asking, in the languages of OTHER_LANGUAGES ("ich", "mein",
 * "bitte", "je", "mon", "mi", "ik", "mijn", "jag", "mitt", "proszę"; Finnish "minun", "haluan",
 * and a plea in the plural, "Vaihtakaa toimitusosoite …"): the sender's own, never a document's
 * field or footer.
 */
const OTHER_FIRST_PERSON =
  /(?<![\p{L}])(?:ich|mein\p{L}*|mir|mich|je|j['’]|mon|mes|moi|yo|io|ik|mijn|jag|mitt|mina|mig|jeg|mój|moja|moje|mnie|eu|meu|minha|bitte|proszę|prosze|prosím|ako|po|saya|voldria|vull|si\s+us\s+plau|prosim|jsem|můj|v[aă]\s+rog|s[aă]-mi|tôi|mình|ạ|porfa|lütfen|lutfen|kérem|kerem|θέλω|παρακαλώ|graag|tack|merci|gracias|grazie|danke|obrigad[oa]|por\s+favor|per\s+favore|s['’]il\s+vous\s+pla[iî]t|quiero|quisiera|necesito|solicito|vorrei|voglio|quero|queria|preciso|voudrais|souhaite|minä|minun|minulle|mulle|haluan|haluaisin|voisitteko|voitteko|\p{L}{3,}(?:kaa|kää))(?![\p{L}])/iu;
/**
 * A question asked of anyone in another language: "can one", "how long does it take" ("se puede",
 * "est-ce qu'on peut", "kann man", "wie lange dauert", "combien de temps", "si può", "kan je",
 * "hur lång tid", "czy można", "é possível"), or asked of someone ("si alguien", "wenn jemand",
 * "jeśli ktoś", "nëse dikush", "ef maður"; Maltese "jekk", if — not "jekk jogħġbok", please) or how it works ("hvernig virkar", "faint o amser",
 * "canto tempo").
 */
const IMPERSONAL_QUESTION =
  /(?<![\p{L}])(?:se\s+puede|¿se\s+puede|est-ce\s+qu['’]on\s+peut|peut-on|on\s+peut|kann\s+man|darf\s+man|muss\s+man|wie\s+lange\s+dauert|combien\s+de\s+temps|cu[aá]nto\s+(?:tiempo\s+)?tarda|si\s+pu[oò]|quanto\s+tempo|k[au]n\s+je\s+(?:\p{L}+\s+){0,2}?een|hoe\s+lang\s+duurt|kan\s+man|hur\s+l[aå]ng\s+tid|hvor\s+lang\s+tid|czy\s+mo[żz]na|jak\s+d[łl]ugo|[ée]\s+poss[ií]vel|pode-se|quanto\s+tempo\s+demora|(?:do\s+kiedy|kiedy|jak|gdzie)\s+mo[żz]na|bis\s+wann\s+kann\s+man|jusqu['’]à\s+quand\s+(?:peut-on|on\s+peut)|hvernig\s+virkar|ef\s+maður|faint\s+o\s+amser|canto\s+tempo|pyetje\s+e\s+p[ëe]rgjithshme|n[ëe]se\s+dikush|si\s+alguien|wenn\s+jemand|si\s+quelqu['’]un|se\s+qualcuno|als\s+iemand|je[śs]li\s+kto[śs]|om\s+n[aå]gon|hvis\s+(?:nogen|noen)|jos\s+joku|dac[ăa]\s+cineva|ha\s+valaki|ako\s+netko|pokud\s+n[ěe]kdo|jekk(?!\s+jo\p{L}*))(?![\p{L}])/iu;
/**
 * What is the sender's own in another language: "my", "I want", "I would like" ("mein",
 * "je veux", "quiero", "vorrei", "ik wil", "jag vill", "chcę", "quero").
 */
const OWN_IN_OTHER_LANGUAGES =
  /(?<![\p{L}])(?:mein\p{L}*|ich\s+(?:möchte|will|hätte)|mon|ma|mes|je\s+(?:veux|voudrais|souhaite)|mi|mis|quiero|quisiera|mio|mia|miei|mie|vorrei|voglio|mijn|ik\s+(?:wil|zou)|min|mitt|mina|jag\s+vill|jeg\s+vil|mój|moja|moje|chcę|chciał\p{L}*|meu|minha|meus|minhas|quero|queria)(?![\p{L}])/iu;
/**
 * What a sender of another language says they do not ask for, or had already ("Je ne demande pas
 * encore de remboursement", "ich will keine Rückerstattung", "no quiero cancelar nada", "die
 * Rückerstattung kam super schnell, danke"): not a request, unless the clause doubts it ("kam nur
 * zur Hälfte", "est arrivé mais il manque 20 €").
 */
const OTHER_DISCLAIMED = new RegExp(
  [
    // a question about one, to be asked ("J'ai une question sur une annulation et je préfère
    // appeler", "eine Frage zur Rückerstattung")
    String.raw`(?:(?:question|frage|pregunta|domanda|vraag|fråga)\s+(?:sur|à\s+propos\s+d['’]?|concernant|zu[rm]?|wegen|sobre|su(?:l|lla|llo)?|riguardo|over)|fråga\s+om)\s+(?:(?:une|un|la|le|l['’]|mon|ma|einer|einem|der|dem|meine[rm]?|una|un|el|la|mi|il|lo|mio|mia|een|de|het|mijn|en|ett|min|mitt)\s*)?\p{L}+`,
    // not asked (French, German, Spanish, Italian, Dutch): a refund, money back or a cancellation
    // only ("ich will keine E-Mails mehr" asks to unsubscribe and stays a request)
    String.raw`ne\s+(?:demande|veux|souhaite|réclame)\s+pas\s+(?:encore\s+)?(?:de\s+|d['’]|le\s+|la\s+|un\s+|une\s+|mon\s+|ma\s+)?(?:rembours\p{L}*|annul\p{L}*|argent)`,
    String.raw`(?:will|möchte|brauche|verlange)\s+(?:noch\s+)?(?:kein\p{L}*\s+(?:rückerstattung|erstattung|geld|stornierung|gutschrift|entschädigung)|nichts\s+(?:stornieren|erstattet|zurück)\p{L}*)`,
    String.raw`no\s+(?:quiero|pido|necesito|solicito|busco)\s+(?:todav[ií]a\s+|a[uú]n\s+)?(?:un\s+|una\s+|el\s+|la\s+|ning[uú]n\s+|nada\s+)?(?:reembolso|devoluci[oó]n|dinero|cancelar|anular)(?:\s+nada)?`,
    String.raw`non\s+(?:voglio|chiedo|sto\s+chiedendo|richiedo)\s+(?:ancora\s+)?(?:un\s+|il\s+|la\s+|nessun\p{L}*\s+|di\s+)?(?:rimbors\p{L}*|annull\p{L}*|cancell\p{L}*|soldi)`,
    String.raw`(?:wil|vraag|hoef)\s+(?:nog\s+)?geen\s+(?:terugbetaling|restitutie|geld|annulering|vergoeding)(?:\s+terug)?|(?:wil|ga)\s+(?:\p{L}+\s+)?niet\s+(?:annuleren|opzeggen|retourneren)`,
    // thanks for a refund (Norwegian, Swedish, Danish, German, French, Spanish, Italian, Dutch,
    // Portuguese, Polish, Czech, Finnish: "takk for refusjonen på HP-114980, kjempefornøyd!",
    // "merci pour le remboursement"), unless a doubt follows ("men", "aber", "mais")
    String.raw`(?:takk|tack|tak|danke|dank|merci|gracias|grazie|bedankt|obrigad[oa]|dziękuję|dziekuje|děkuji|dekuji|díky|diky|kiitos)\s+(?:\p{L}+\s+){0,2}?(?:for|för|für|fur|pour|por|per|voor|pelo|pela|za)\s+(?:\p{L}+\s+){0,2}?(?:refusjon\p{L}*|återbetalning\p{L}*|tilbagebetaling\p{L}*|rückerstattung|erstattung|remboursement|reembolso|rimborso|terugbetaling|restitutie|zwrot\p{L}*|vrácení\s+peněz|hyvity\p{L}*)(?![^.!?\n]{0,80}?(?:\bmen\b|aber|mais|pero|\bma\b|maar|\bmas\b|\bale\b|mutta|ale|fehlt|manque|falta|manca|mangler|saknas|ontbreekt|brakuje|chybí))`,
    // thanks for a change, cancellation or transfer done ("gracias por cambiarme el teléfono de la
    // cuenta", "dzięki za przeniesienie kredytu na konto córki", "merci d'avoir changé l'adresse" —
    // not "merci d'annuler …", French for "please cancel …",
    // "Спасибо, что поменяли адрес доставки!"), to the clause's end, unless a doubt follows
    String.raw`(?:takk|tack|tak|danke|dank|merci|gracias|grazie|bedankt|obrigad[oa]|dziękuję|dziekuje|dzięki|dzieki|děkuji|dekuji|díky|diky|kiitos)\s+(?:\p{L}+\s+){0,2}?(?:(?:for|för|für|fur|pour|por|per|voor|pelo|pela|za)\s*(?:(?:het|das|die|den|le|la|l['’]|el|il|lo|o|a)\s*)?(?:avoir\s+|aver\s+|ter\s+|haber(?:me|nos)?\s+)?|d['’]\s*avoir\s+)(?:cambi\p{L}*|cancel\p{L}*|anul\p{L}*|annul\p{L}*|modifi\p{L}*|chang\p{L}*|änder\p{L}*|storn\p{L}*|aanpass\p{L}*|wijzig\p{L}*|alter\p{L}*|przeniesieni\p{L}*|zmian\p{L}*|zmieni\p{L}*|anulowani\p{L}*|ändring\p{L}*|flytt\p{L}*|overfør\p{L}*|trasferi\p{L}*|transfer\p{L}*)(?![^.!?\n]{0,80}?(?:\bmen\b|aber|mais|pero|\bma\b|maar|\bmas\b|\bale\b|mutta|noch|encore|todav[ií]a|ancora|nog|jeszcze|\?))[^.!?\n]*`,
    String.raw`(?:спасибо|благодарю|дякую)[\s,]+(?:что|що|за\s+то,?\s+что)\s+(?:вы\s+|ви\s+)?(?:\p{L}+\s+)?(?:помен|измен|отмен|верну|перев|удал|змін|скасув|поверн)\p{L}*(?![^.!?\n]{0,80}?(?:но\s|але\s|однако|ещё|ще\s|\?))[^.!?\n]*|(?:спасибо|благодарю|дякую)\s+за\s+(?:возврат|замену|изменение|отмену|перевод|повернення|зміну|скасування)\p{L}*(?![^.!?\n]{0,80}?(?:но\s|але\s|однако|ещё|ще\s|\?))[^.!?\n]*`,
    // a refund that went through without trouble (Czech, Slovak, Polish, Norwegian, Swedish,
    // German: "Vrácení peněz za objednávku HP-116377 proběhlo bez problémů")
    String.raw`(?:vrácení\s+peněz|vrátenie\s+peňazí|zwrot\s+pieniędzy|refusjon\p{L}*|återbetalning\p{L}*|rückerstattung)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:proběhl\p{L}*|prebehl\p{L}*|przebiegł\p{L}*|gikk\s+(?:fint|greit|bra)|gick\s+bra|verlief\s+(?:problemlos|reibungslos|gut))(?![^.!?\n]{0,80}?(?:\bmen\b|aber|\bale\b|ale|chybí|brakuje|fehlt))`,
    // a newsletter left, which is no account or payment change, as in English ("Jak wypisać się z
    // newslettera?", "Hur avregistrerar jag mig från nyhetsbrevet?", "den Newsletter abbestellen")
    String.raw`(?:wypis\p{L}*|avregistr\p{L}*|avanmäl\p{L}*|abmeld\p{L}*|abbestell\p{L}*|kündig\p{L}*|désabonn\p{L}*|désinscri\p{L}*|(?:dar(?:me|se)|me\s+doy|doy)\s+de\s+baja|disiscriv\p{L}*|cancel\p{L}*|annul\p{L}*|afmeld\p{L}*|uitschrij\p{L}*|odhlás\p{L}*|odhlas\p{L}*|avslut\p{L}*|opsig\p{L}*|отпис\p{L}*|відпис\p{L}*)(?:\s+(?:(?!(?:und|et|en|and|y|e|i|och|og|oraz|a|plus)(?![\p{L}]))\p{L}+\s+){0,3}?|\s*)(?:newslett\p{L}*|nyhetsbrev\p{L}*|nyhedsbrev\p{L}*|nieuwsbrief\p{L}*|infolettre\p{L}*|рассылк\p{L}*|розсилк\p{L}*)|(?:newslett\p{L}*|nyhetsbrev\p{L}*|nyhedsbrev\p{L}*|nieuwsbrief\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:abbestell\p{L}*|abmeld\p{L}*|afmeld\p{L}*|opzeggen|annul\p{L}*|kündig\p{L}*)`,
    // … in Hungarian, its article between ("Hogyan tudok leiratkozni a hírlevélről"), and asked how
    // in Chinese, Japanese or Korean ("怎么取消订阅你们的新闻邮件？", "メルマガの配信停止はどうすればいいですか")
    String.raw`leiratkoz\p{L}*\s+(?:a\s+|az\s+)?h[ií]rlev[eé]l\p{L}*|h[ií]rlev[eé]l\p{L}*\s+(?:\p{L}+\s+)?leiratkoz\p{L}*`,
    String.raw`(?:怎么|怎麼|如何|怎样|怎樣|どうやって|どうすれば|どうしたら|어떻게)[^。？?！!\n]{0,20}?(?:新闻邮件|新聞郵件|新闻通讯|電子報|电子报|ニュースレター|メルマガ|メールマガジン|뉴스레터)[^。？?！!\n]*|(?:新闻邮件|新聞郵件|新闻通讯|電子報|电子报|ニュースレター|メルマガ|メールマガジン|뉴스레터)[^。？?！!\n]{0,20}?(?:怎么|怎麼|如何|怎样|怎樣|どうやって|どうすれば|どうしたら|어떻게)[^。？?！!\n]*`,
    // a refund or cancellation we confirmed or approved already, told in another language ("vous
    // m'avez confirmé mardi l'annulation de ma commande", "вы подтвердили возврат денег по заказу
    // HP-140588", "mi avete confermato il rimborso", "客服上周说已经批准退款了"), unless a doubt follows
    String.raw`(?:vous\s+(?:m['’]|nous\s+)?avez\s+(?:bien\s+)?(?:confirmé|validé|accepté)|(?:sie|ihr)\s+(?:haben|habt)\s+(?:mir\s+|uns\s+)?(?:\p{L}+\s+){0,3}?(?:bestätigt|genehmigt)|me\s+(?:confirmasteis|confirmaron|confirmó|aprobasteis|aprobaron)|mi\s+avete\s+(?:confermato|approvato)|(?:jullie|u)\s+(?:hebben|heeft)\s+(?:\p{L}+\s+){0,3}?(?:bevestigd|goedgekeurd)|вы\s+(?:мне\s+)?(?:подтвердили|одобрили)|(?:подтвердил|подтвердила|підтвердив|підтвердила)\p{L}*,?\s+(?:что|що)\s+(?:мне\s+|мені\s+)?|(?:disseram|falaram|dijeron|dijisteis|me\s+dijeron)\s+(?:q|que)\s+(?:iam|iriam|iban|ibais|ian)\s+|(?:وافقتم|وافقتوا|أكدتم|اكدتم)\s+(?:على\s+)?|ви\s+(?:мені\s+)?(?:підтвердили|схвалили)|potwierdzi\p{L}*\s+(?:mi\s+)?|已经?(?:批准|同意|处理|處理|确认|確認)了?)\s*(?:[\p{L}\d-]+(?:\s+|['’])){0,6}?(?:annulation|remboursement|stornierung|erstattung|rückerstattung|cancelación|reembolso|devolución|rimborso|annullamento|terugbetaling|annulering|возврат\p{L}*|верн\p{L}*|отмен\p{L}*|повернення|повернуть|скасування|devolver|reembolsar|estornar|zwrot\p{L}*|anulowani\p{L}*|استرداد|الاسترداد|إلغاء|الإلغاء|退款|取消)(?![^.!?。！？\n]{0,80}?(?:mais|aber|pero|però|tuttavia|maar|но\s|але\s|однако|ale\s|但|可是|还没|還沒))`,
    // a refund, cancellation or change said, noun first, to have been confirmed or done by us
    // (German, Spanish, Italian: "die Stornierung von HP-144418 wurde bestätigt", "el reembolso
    // que me confirmasteis", "il rimborso risulta 'elaborato'"; Hungarian "a rendelésemet
    // lemondtátok"), unless an amount is said to be short
    // … and in Dutch, Romanian, French, Spanish, Portuguese and Polish, the verb after the noun
    // ("dat mijn terugbetaling was goedgekeurd", "rambursarea a fost procesata", "le remboursement
    // a été validé", "el reembolso fue aprobado", "o reembolso foi processado", "zwrot został
    // zatwierdzony"): a look-up of it now, unless an amount is said to be short
    String.raw`(?:terugbetaling|restitutie|annulering|rambursar\p{L}*|anular\p{L}*|remboursement|annulation|reembolso|cancelaci[oó]n|cancelamento|zwrot\p{L}*|anulowani\p{L}*)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:was|is|werd|a\s+fost|au\s+fost|a\s+(?:bien\s+)?été|est|fue|ha\s+sido|foi|tem\s+sido|zosta[łl]\p{L}*|jest)\s+(?:\p{L}+\s+)?(?:goedgekeurd|bevestigd|verwerkt|aprobat\p{L}*|procesat\p{L}*|confirmat\p{L}*|aprobad[oa]|procesad[oa]|confirmad[oa]|aprovad[oa]|processad[oa]|valid[ée]e?|approuv[ée]e?|trait[ée]e?|confirm[ée]e?|accept[ée]e?|zatwierdzon\p{L}*|przetworzon\p{L}*|zaakceptowan\p{L}*|potwierdzon\p{L}*)(?![^.!?\n]{0,80}?(?:te\s+weinig|maar\s+de\s+helft|niet\s+volledig|doar\s+(?:jum|o\s+parte)|incomplet|lips|seulement\s+la\s+moiti|pas\s+le\s+bon\s+montant|s[oó]lo\s+la\s+mitad|incomplet|s[oó]\s+metade|tylko\s+po[łl]ow|za\s+ma[łl]o|brakuje))`,
    String.raw`(?:(?:stornierung|erstattung|rückerstattung|kündigung|rückzahlung|änderung)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:wurde|ist|wurden)\s+(?:\p{L}+\s+)?(?:bestätigt|genehmigt|veranlasst|freigegeben|bearbeitet|durchgeführt|storniert|erstattet)|(?:reembolso|cancelación|cancelacion|devolución|anulación)\s+(?:[\p{L}\d-]+\s+){0,4}?que\s+(?:ya\s+)?(?:me|nos)\s+(?:confirmasteis|confirmaron|aprobasteis|aprobaron|prometisteis)|(?:rimborso|annullamento|cancellazione)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:risulta|è\s+stato|e\s+stato)\s+['"‘’“”«]?\s*(?:elaborat|approvat|confermat|effettuat|emess|dispost|autorizzat)\p{L}*|(?<![\p{L}\d-])(?:[\p{L}\d-]+\s+){0,3}?(?:lemondt[aá]tok|jóváhagyt[aá]tok|visszautalt[aá]tok|megígért[eé]tek))(?![^.!?\n]{0,80}?(?:fehlt|nur\s+die\s+hälfte|zu\s+wenig|falsch|manca|solo\s+la\s+metà|sbagliat|falta|s[oó]lo\s+la\s+mitad|incorrect|hiányzik|kevesebb))`,
    // a refund said to have come, in Chinese, Japanese or Korean ("退款已经到账了", "返金、本日確認できました",
    // "환불 잘 받았습니다"), unless a doubt follows
    String.raw`(?:退款|退钱|返金|환불)[^。！!？?\n]{0,12}?(?:已经?到账|到账了|收到了|已收到|確認できました|確認しました|届きました|入金され|反映され|받았|들어왔|입금되었)(?![^。！!？?\n]{0,40}?(?:但|可是|还没|還沒|少了|不对|しかし|でも|足りな|一部|그런데|하지만|덜|일부))`,
    // a cancellation told as done (Greek: "Ακύρωσα την παραγγελία … πριν σταλεί"; Russian "я
    // отменил Trail Club"; Croatian "otkazala sam narudžbu")
    String.raw`(?<![\p{L}])(?:ακύρωσα|ακυρώσαμε|ακυρώθηκε|я\s+(?:уже\s+)?отменил[аи]?|sam\s+otkaza(?:la|o)|otkaza(?:la|o)\s+sam)(?![\p{L}])(?![^.!?\n]{0,80}?(?:но\s|однако|всё\s+равно|все\s+равно|списал|снял|верн|ali\s|ipak|vrati|naplat|skinul))`,
    // a refund or cancellation said to be confirmed or accepted, the noun first (Slovak, Czech,
    // Croatian, Russian: "refundáciu ste potvrdili", "otkazivanje prihvaćeno", "возврат одобрен")
    String.raw`(?<![\p{L}])(?:refundáci\p{L}*|refundaci\p{L}*|vrácení\s+peněz|vrátenie\s+peňazí|otkazivanje|povrat\s+novca|возврат\p{L}*|отмен[аук])\s+(?:\p{L}+\s+){0,3}?(?:ste\s+potvrdil\p{L}*|jste\s+potvrdil\p{L}*|potvrzen\p{L}*|prihvaćen\p{L}*|prihvacen\p{L}*|odobren\p{L}*|подтвержд\p{L}*|одобрен\p{L}*)`,
    // had already: a refund or cancellation arrived, and the sender is glad of it
    String.raw`(?:rückerstattung|erstattung|rückzahlung|stornierung|remboursement|annulation|reembolso|devoluci[oó]n|cancelaci[oó]n|rimborso|annullamento|terugbetaling|restitutie|annulering|återbetalning\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:kam|ist\s+(?:\p{L}+\s+)?(?:angekommen|eingegangen|da|durch)|est\s+(?:bien\s+)?arrivée?|a\s+été\s+(?:bien\s+)?(?:reçue?|effectuée?|versée?)|lleg[oó]|ha\s+llegado|fue\s+r[aá]pid[oa]|è\s+arrivat[oa]|è\s+stat[oa]\s+(?:\p{L}+\s+)?(?:veloce|rapid[oa])|is\s+(?:al\s+)?(?:binnen|ontvangen|aangekomen|gestort)|kwam|kom\s+snabbt|har\s+kommit)(?![^.!?\n]{0,80}?(?:nur|teilweise|aber|falsch|fehlt|nicht|seulement|partiel|mais|manque|\bpas\b|solo|parcial|pero|falta|\bno\b|soltanto|parziale|manca|\bnon\b|alleen|gedeeltelijk|maar|ontbreekt|niet|men\b|inte|\d))`,
  ].join('|'),
  'giu',
);
/**
 * Nothing bought yet, said in another language ("je n'ai pas encore commandé", "ich habe noch
 * nicht bestellt", "todavía no he pedido", "non ho ancora ordinato", "ik heb nog niet besteld"):
 * a question about how something would go, as PRE_PURCHASE in English.
 */
const OTHER_NOT_BOUGHT =
  /(?<![\p{L}])(?:n['’]ai\s+pas\s+(?:encore\s+)?(?:command|achet)\p{L}*|noch\s+nicht\s+(?:\p{L}+\s+)?(?:bestellt|gekauft)|(?:todav[ií]a|a[uú]n)\s+no\s+(?:he|hemos)\s+(?:pedido|comprado|hecho\s+el\s+pedido)|non\s+(?:ho|abbiamo)\s+ancora\s+(?:ordinato|comprato|acquistato)|nog\s+niet\s+(?:besteld|gekocht)|inte\s+(?:beställt|köpt)\s+(?:än|ännu)|ainda\s+n[aã]o\s+(?:encomendei|comprei)|(?:prima\s+di|avant\s+de|avant\s+d['’]|antes\s+de)\s*(?:ordinare|comprare|acquistare|commander|acheter|pedir|comprar|hacer\s+el\s+pedido|encomendar)|(?:bevor|voordat|innan|før|zanim)\s+(?:ich|ik|jag|jeg)?\s*(?:\p{L}+\s+)?(?:bestelle|kaufe|bestel|koop|beställer|köper|bestiller|kjøper|zamówię|kupię))(?![\p{L}])/iu;
/**
 * Whether something was done already, asked in another language ("il rimborso per l'ordine 39012
 * è già stato emesso?", "mon remboursement a-t-il été effectué ?", "Ist die Erstattung schon
 * überwiesen?"): a status look-up, as "has my refund been sent?" is in English. Each word is read
 * only where it says that something was done, never as a word of another language or of the
 * sender's own acts: German "schon" with "ist", "wurde" or "hat" and a participle ("Das Paket habe
 * ich schon zurückgeschickt, können Sie …?" asks), Dutch "al" after "is" or "werd" and before a
 * participle (Italian's and Spanish's "al" is "to the"), Spanish "ya" before "ha", "fue" or
 * "llegó" ("ya que" is "since"), Portuguese "já" before "foi" or a participle (Czech "já" is
 * "I"), Romanian "deja" after its auxiliary (Spanish "deja" is "lets"); Croatian "već", Czech and
 * Slovak "už", Polish "już", Lithuanian and Latvian "jau", Estonian "juba" ("je li povrat novca
 * već poslan?"; not Slovenian "že", which is Czech "that"); Finnish "jo", Swedish "än" ending a
 * question and "ännu", Norwegian and Danish "ennå", "endnu", "enda", and a Scandinavian participle
 * of something done after "er", "är", "blev" or "har" ("er refusjonen for ordre 39127 sendt ut?",
 * "Har återbetalningen skickats ut än?"; not "betalt", which a double charge asks about).
 */
const OTHER_ALREADY =
  /(?<![\p{L}])(?:est[aá]n?\s+(?:ya\s+)?(?:hech|procesad|tramitad|realizad|emitid|aprobad|confirmad|cancelad|anulad)\p{L}*|έγινε|ολοκληρώθηκε|πραγματοποιήθηκε|καταχωρήθηκε|εγκρίθηκε|(?:registrerats|registrert|genomförts|behandlats|gjorts)|(?:schon|bereits|inzwischen|mittlerweile)\s+(?:\p{L}+\s+){0,2}?(?:ge\p{L}+|\p{L}+ge\p{L}+[tn]|\p{L}+iert|bearbeitet|veranlasst|erstattet|überwiesen)\s+(?:wurde|wurden|worden|ist|sind|hat|haben)(?![\p{L}])|уже|вже|(?:est|sont)\s+(?:bien\s+)?partie?s?|(?:yapıldı|yapildi|gönderildi|gonderildi|işlendi|islendi|geldi|ulaştı|ulasti)\s+m[ıi](?![\p{L}])|(?:đã|da)\s+(?:\S+\s+){0,6}?(?:chưa|chua)(?![\p{L}])|(?:ist|sind|wurde|wurden|hat|haben|habt)\s+(?:\S+\s+){0,8}?(?:schon|bereits|inzwischen|mittlerweile)\s+(?:\p{L}+\s+){0,2}?(?:ge\p{L}+|bearbeitet|veranlasst|angewiesen|ausgezahlt|gutgeschrieben|\p{L}+iert|überwiesen|erstattet|zurückgezahlt|zurückgebucht|unterwegs|raus\p{L}*|da|erfolgt|passiert)|déjà|effectuée?s?|émis\p{L}*|versée?|ya\s+(?:se\s+|me\s+|lo\s+|la\s+|le\s+|os\s+|nos\s+)?(?:ha|han|hab[eé]is|est[aá]n?|fue|fueron|lleg\p{L}*|sali\p{L}*|enviad\p{L}*|procesad\p{L}*|realizad\p{L}*|hecho)|(?:ha|han|fue|sido)\s+realizad[oa]|già|emess[oa]|(?:è|e|sono|stato|stata)\s+effettuat[oa]|(?:is|zijn|werd|werden)\s+(?:\S+\s+){0,6}?(?:al|reeds)\s+(?:\p{L}+\s+){0,2}?(?:ge|ver|be|terug|uit|over)\p{L}+|overgemaakt|verwerkt|redan|já\s+(?:foi|foram|est[aá]|est[aã]o|chegou|saiu|(?:\p{L}+\s+)?(?:processad|efetuad|reembolsad|cancelad|enviad|feit)\p{L}*)|már|(?:a|au|s-a|am|ați|ati|este|fost)\s+deja|idi|ήδη|ακόμα|ακόμη|već|už|już|jau|juba|jo|än(?=\s*\?)|ännu|ennå|endnu|enda|(?:er|är|blev|ble|blitt|har)\s+(?:\S+\s+){0,5}?(?:sendt|skickad\p{L}*|skickats|utbetal\p{L}*|udbetal\p{L}*|overført|överförd\p{L}*|överförts|gjord|gjort|genomförd\p{L}*|behandlet|behandlad\p{L}*|registrert|registreret|registrerad\p{L}*|godkend\p{L}*|godkjent|godkänd\p{L}*|tilbakebetalt|tilbagebetalt|återbetalad\p{L}*|återbetalats)|уже|вже|вече|още\s+ли|еще)(?![\p{L}])/iu;
/**
 * What a question of another language asks about, read without accents: how a matter stands ("Wie
 * ist der Stand meiner Stornierung?", "em que estado está o pedido de cancelamento", "c'est pris
 * en compte ?", "Er min annullering gået igennem?"); whom to contact about it ("An wen wende ich
 * mich …?", "Via welk telefoonnummer …?", "Hvem kan jeg kontakte …?"); how it goes in general
 * ("Hoe lang duurt het …?", "Ile trwa …?", "Dá se objednávka zrušit …?"); or a condition ("si je
 * supprime mon compte, est-ce que …?", "Vad händer med mina poäng om jag raderar …?").
 */
const OTHER_STATUS =
  /(?<![\p{L}])(?:stand\s+(?:der|des|meiner|meines|von|bei)|en\s+que\s+punto|em\s+que\s+ponto|a\s+che\s+punto|status|statut|(?<!(?:mauvais|bon|parfait|piteux)\s)etat(?=\s+(?:de|du|d['’]))|(?<!(?:he|ha|has|hemos|han|habia|tenho|tem|temos|mal|buen|bom|mau|perfecto|perfeito)\s)estado(?=\s+(?:de|del|da|do|esta|está)\b)|(?<!(?:e|è|sono|sei|siamo|era|stata)\s)stato(?=\s+(?:del|della|dell['’]|di|dello)\b)|stav|stavu|tilanne|tilanteen|l[aä]get?\s+(?:med|for|för|på|pa)|ärende|arende|pris\s+en\s+compte|durchgegangen|gaet\s+igennem|gatt\s+igenom|gatt\s+gjennom|doorgegaan|consta\s+como|accettat[ao]|(?:ete|été|est)\s+acceptee?|akzeptiert|(?:stornierung|kündigung|kundigung|widerruf|antrag|rücksendung|rucksendung)\s+(?:\p{L}+\s+){0,3}?angenommen|bearbeitet|bearbeitung|verwerkt|behandlet|behandlad|kasitelty|zpracovan\p{L}*|przetworzon\p{L}*|zgloszeni\p{L}*|durum\p{L}*|allapot\p{L}*|stadiul|statusul|katastasi|s-a\s+procesat|trang\s+thai|tinh\s+trang|obraden\p{L}*|zaprimljen\p{L}*|procesiran\p{L}*|(?:toi|den|o)\s+dau(?:\s+roi)?|dau\s+roi|ja\s+(?:caiu|entrou|foi\s+feit[oa])|ya\s+(?:entro|cayo)|obdelan\p{L}*|(?:ze|uz|jiz|uz)\s+nakazan\p{L}*|(?:est|il\s+est|elle\s+est)\s+parti\p{L}*\s+ou\s+(?:pas|non)|parti\s+ou\s+pas(?:\s+encore)?)(?![\p{L}])/iu;
const OTHER_CONTACT =
  /(?<![\p{L}])(?:an\s+wen|wen\s+kann|wende\s+ich|kontaktier\p{L}*|kontakte\p{L}*|kontakta|contacter|contactar|contattare|(?:vous|comment\s+\p{L}*\s*|ou\s+)joindre|joindre\s+(?:le|votre)\s+(?:service|sav|support)|bereiken|(?:welk|welke|welche[rs]?|quel(?:le)?|(?<!(?:parce|dado|puisque|porque|ya|afin|pour|sans|bien|alors|tandis|lo|el|en)\s)que|qual|quale|vilken|vilket|hvilken|hvilket|jaki|jaky)\s+(?:\p{L}+\s+)?(?:telefonnummer|telefoonnummer|nummer|numero|mejladress|e-?mail\p{L}*|mailadres\p{L}*|adresse|adres|adress|correo|indirizzo|endereco|telefon)|numeroon|skriva\s+till|soittaa|obratit|zadzwonic|skontaktowac|ringe|ringa|a\s+quien|a\s+chi|a\s+qui|na\s+koho|hvem\s+kan|vem\s+kan|wie\s+kan|kto\s+moze|kehen)(?![\p{L}])/iu;
const OTHER_HOW =
  /(?<![\p{L}])(?:wie\s+lange|wie\s+funktioniert|was\s+passiert|combien\s+de\s+(?:temps|jours)|comment\s+(?:ca\s+)?(?:fonctionne|marche)|que\s+se\s+passe|cuanto\s+(?:tiempo|tarda)|como\s+funciona|que\s+pasa|quanto\s+tempo|quanti\s+giorni|entro\s+quanti|come\s+funziona|cosa\s+succede|hoe\s+lang|hoe\s+werkt|wat\s+gebeurt|qual\s+e\s+o\s+(?:prazo|processo)|o\s+que\s+acontece|hur\s+lang|hur\s+fungerar|vad\s+hander|hvor\s+lang|hvor\s+lenge|hvordan\s+fungerer|hvad\s+sker|hva\s+skjer|ile\s+trwa|jak\s+dlugo|jak\s+dziala|co\s+sie\s+dzieje|kuinka\s+kauan|miten|mita\s+\p{L}+\s+tapahtuu|jak\s+dlouho|jak\s+funguje|co\s+se\s+stane|mennyi\s+ido|mennyi\s+napon)(?![\p{L}])/iu;
/**
 * Whether it can be done at all, asked in another language ("Est-il possible d'annuler une
 * commande ?", "Is het mogelijk om …?"): a question about it in general — unless the sender names
 * their own order or a number ("Est-il possible d'annuler ma commande 55123 ?" asks it).
 */
const OTHER_POSSIBLE =
  /(?<![\p{L}])(?:da\s+se|lze|er\s+det\s+mulig\p{L}*|ar\s+det\s+mojligt|is\s+het\s+mogelijk|est-il\s+possible|es\s+posible|e\s+possibile|ist\s+es\s+moglich|czy\s+mozna|onko\s+mahdollista|je\s+mozne|daji\s+se|можно\s+ли|чи\s+можна|може\s+ли)(?![\p{L}])/iu;
/**
 * The occasion of a return, a refund or a cancellation in general, in another language (read
 * without accents): "bei einer Rücksendung", "en cas de retour", "en caso de devolución", "in caso
 * di reso", "bij een retour", "vid retur", "przy zwrocie", "při vrácení", "u slučaju povrata" —
 * a question about what happens then asks about the shop's rules, unless the sender's own order
 * or a number is in it.
 */
const OTHER_OCCASION =
  /(?<![\p{L}])(?:bei(?:m|\s+(?:einer|einem|der))?|en\s+cas\s+d['’]?(?:une?\s+)?|lors\s+d['’]?(?:une?\s+)?|en\s+caso\s+de(?:\s+una?)?|in\s+caso\s+di|em\s+caso\s+de|no\s+caso\s+de|bij\s+(?:een\s+)?|vid\s+(?:en\s+)?|ved\s+(?:en\s+)?|przy|pri|u\s+slucaju)\s*(?:\p{L}+\s+)?(?:rucksendung|retoure|ruckgabe|stornierung|erstattung|retour|remboursement|annulation|devolucion|reembolso|cancelacion|reso|rimborso|annullamento|devolucao|cancelamento|retourzending|terugbetaling|annulering|retur|returer|aterbetalning|refusjon|zwrocie|zwrotu|anulowaniu|vraceni|vrateni|povrata|povratu|otkazivanja)(?![\p{L}])/iu;
/**
 * What the shop does, asked of it as "you" in the plural or the polite form with a pronoun, a verb
 * put first (read without accents, after a greeting): "erstattet ihr auch die Versandkosten …",
 * "vergoeden jullie de retourkosten", "återbetalar ni frakten", "remboursez-vous les frais de
 * retour", "est-ce que vous remboursez …", "naplaćujete li …", "czy zwracacie koszty …", "вы
 * возвращаете деньги за …", "palautatteko …". A modal asks for something to be done ("könnt ihr",
 * "pouvez-vous", "možete li", "czy możecie"), and so does a word for the sender ("mir", "me",
 * "mi"), an order of theirs or a number: those are read as before. The forms here are questions
 * even typed without their mark (an imperative of these languages has no pronoun).
 */
const PRACTICE_WITH_PRONOUN = [
  // German
  String.raw`\p{L}{3,}t\s+ihr`,
  // Dutch
  String.raw`\p{L}{3,}en\s+jullie`,
  // Swedish, Norwegian, Danish
  String.raw`\p{L}{2,}r\s+(?:ni|dere)`,
  // French
  String.raw`\p{L}{3,}ez-vous|est-ce\s+que\s+vous\s+(?!(?:pouv|pourr|voul|voudr|av|aur)\p{L}*)\p{L}{3,}ez`,
  // Croatian, Serbian, Bosnian, Slovene
  String.raw`\p{L}{3,}(?:ate|ete|ite)\s+li|(?:da\s+li|ali)\s+(?!(?:moz|bist|hoc|zel)\p{L}*)\p{L}{3,}(?:ate|ete|ite)`,
  // Polish
  String.raw`czy\s+(?:\p{L}+\s+)?(?!(?:moz|mogl|chce)\p{L}*)\p{L}{3,}cie`,
  // Russian, Ukrainian
  String.raw`(?:вы|ви)\s+(?:\p{L}+\s+)?(?!(?:мож|могл|хоч|хот)\p{L}*)\p{L}{3,}(?:ете|ите|єте|їте)|\p{L}{3,}(?:ете|ите|єте|їте)\s+ли`,
  // Latvian, Lithuanian, Estonian
  String.raw`vai\s+jus\s+\p{L}{3,}(?:at|iet)|ar\s+jus\s+\p{L}{3,}(?:ate|ite)|kas\s+te\s+\p{L}{3,}te`,
  // Finnish (not the conditional, "vaihtaisitteko", which asks politely)
  String.raw`\p{L}{3,}(?<!isi)tteko`,
].join('|');
/**
 * The verbs of what a shop does with money, returns and deliveries, in the languages whose
 * questions of it carry no pronoun (read without accents): refunding, charging, paying, giving
 * back, accepting, sending, doing ("reembolsan", "cobráis", "devolvem", "rimborsate",
 * "addebitate", "accettate", "vracíte", "účtujete", "rambursați", "επιστρέφετε",
 * "visszatérítitek"); no other verb is read as one.
 */
const PRACTICE_STEM = String.raw`reembols|devolv|devuelv|cobr|pag|acept|envi|mand|hac|rimbors|addebit|restitu|ressarc|accett|spedi|fat(?=e)|aceit|faz|vrac|vrat|uctuj|uctov|proplac|prijim|posil|ramburs|returna|percep|accept|trimit|επιστρεφ|χρεων|δεχ|στελν|visszat|visszafiz|felszam|elfogad|vallal|fizet|kuld|cserel`;
/**
 * … and the forms that are questions only with their mark typed, as an imperative looks the same
 * ("Erstatten Sie …?", "Betaalt u …?", "Vous remboursez …?", "Rimborsate …?", "¿Reembolsan …?",
 * "Vocês reembolsam …?", "Vracíte …?", "Rambursați …?", "Επιστρέφετε …;", "visszatérítitek …?"):
 * none with a Germanic pronoun after it ("Willen jullie …" is Dutch), all read without accents.
 */
const PRACTICE_MARKED_ONLY = String.raw`(?:\p{L}{3,}en\s+sie|\p{L}{3,}t\s+u|vous\s+(?!(?:pouv|pourr|voul|voudr|av|aur)\p{L}*)\p{L}{3,}ez|(?:(?:voi|ustedes|vosotros|voces|εσεις)\s+)?(?:${PRACTICE_STEM})\p{L}*(?:ate|ete|ite|an|en|ais|eis|am|em|ujete|ati|eti|iti|ετε|ατε|ειτε)|(?:${PRACTICE_STEM})\p{L}*(?<!n[ae])(?:tok|tek))(?!\s+(?:jullie|ihr|sie|u|ni|dere|je|jij|wij|we|wir|du|ich|ik|jag|jeg)(?![\p{L}]))`;
/**
 * The verbs that ask for something to be done, or say what is, put first (read without accents):
 * "können", "würden", "wollen", "haben", "sind"; "kunnen", "willen", "zouden"; "kan", "vil",
 * "skal"; "pouvez", "voulez", "avez"; "možete", "biste"; "pueden", "podéis", "quieren", "tienen";
 * "podem", "querem"; "potete", "volete", "sapete"; "můžete", "máte"; "puteți", "vreți";
 * "μπορείτε"; "tudtok", "akartok" — they are no question of what the shop does.
 */
const ASKING_VERB = String.raw`(?:konn|koenn|kann|wurd|wuerd|mocht|moecht|durf|duerf|muss|muess|soll|woll|will|hab|hatt|haett|sind|seid|war|werd|kunn|zoud|zou|moet|hebb|zijn|gaan|kan|kunne|kunde|vil|ville|skal|ska|maste|har|hade|havde|hadde|pouv|pourr|voul|voudr|aur|avez|aviez|saur|devr|moz|bist|hoc|zel|kun|wil|zul|heef|heb|ben|pued|pod|quier|quer|van|vais|han|hab|tien|ten|sab|est(?!-ce)|son|sois|vao|tem|sao|pot|vol|vorr|sap|sie|dov|muz|mat|jst|bud|chc|dokaz|put|sunt|vre|dor|μπορ|θελ|εχ|ειστ|tud|akar|lesz|vagy|voi|mog|мож|могл|хоч|хот)\p{L}*[\s-]`;
/**
 * A word for the sender in another language, read without accents: "mir", "me", "moi", "mi",
 * "mij", "mnie".
 */
const OTHER_ME =
  /(?<![\p{L}])(?:mir|mich|uns|me|m['’]|moi|nous|mi|ci|mij|ons|mig|meg|oss|mnie|nam|nekem|nekunk|мне|нам|мені|μου|μας|bana|bize|minulle|meille|\p{L}+(?:ar|er|ir)(?:me|nos|mi|ci))(?![\p{L}])/iu;
const PRACTICE_OPENING = String.raw`^[\s¿¡"'«“]*(?:(?:als|wenn|falls|indien|si|se|om|hvis|jos|ako|jesli|kdyz)\s[^,;:]{1,80},\s*(?:dan\s+|dann\s+)?)?(?:(?:und|also|en|och|og|et|e|y|i|a)\s+)?`;
const OTHER_PRACTICE = new RegExp(
  `${PRACTICE_OPENING}(?!${ASKING_VERB})(?:${PRACTICE_WITH_PRONOUN}|${PRACTICE_MARKED_ONLY})(?![\\p{L}])(?!\\s*,)`,
  'iu',
);
/** The forms of OTHER_PRACTICE that ask even without their mark. */
const PRACTICE_ASKED_UNMARKED = new RegExp(
  `${PRACTICE_OPENING}(?!${ASKING_VERB})(?:${PRACTICE_WITH_PRONOUN})(?![\\p{L}])`,
  'iu',
);
/**
 * Whether a question of another language (its mark typed) asks what the shop does in general:
 * one of OTHER_PRACTICE's forms with nothing of the sender's in it — no "me", "my", "I want" nor
 * number.
 */
const asksWhatIsDone = (question: string): boolean => {
  const opening = plain(question.replace(GREETING_OPENING, ''));
  return (
    OTHER_PRACTICE.test(opening) &&
    !OTHER_ME.test(opening) &&
    !OWN_IN_OTHER_LANGUAGES.test(question) &&
    !/\d{3,}/.test(question)
  );
};
const OTHER_IF =
  /(?:(?<=^\s*|[.,;:¿¡!?\n]\s*)(?:wenn|falls|si|se|indien|hvis|jos|ha|ako|jesli|jezeli|pokud|kdyz|kdyby|(?<!(?:in|en|nel|no|neste|nesse|questo|este|ese|tal|cualquier|qualsiasi)\s)caso)|(?<![\p{L}])(?:(?:si|se)(?=\s+(?:eu|je|j['’]|yo|io|tu|vous|nous|on|alguien|qualcuno|alguem|alguém)\s|\s+\p{L}+o\s)|wenn|falls|indien|hvis|jos|jesli|jezeli|pokud|kdyz|kdyby|als(?=\s+(?:ik|je|jij|u|we|wij|men|iemand)\s)|om(?=\s+(?:jag|man|ni|vi|du)\s)))\s+(?:\p{L}+\s+){0,3}?(?:ich|je|j['’]|yo|eu|io|ik|jag|jeg|man|on|I|someone|quelqu['’]un|alguien|alguem|qualcuno|iemand|nagon|nogen|noen|ktos|joku|nekdo)?\s*(?:\p{L}+\s+){0,2}?\p{L}*(?:losch|supprim|cancel|annul|borr|elimin|exclu|cancell|verwijder|annuleer|radera|avbest|slett|slet|usun|poist|zrus|storn|kundig|resili|rembours|reembols|rimbors|terugbeta|aterbeta|tilbagebeta|refus|zwrot|zwroc|hyvit|vrat|lemond|visszakuld|renvo|retourn|devolv|restitu|zuruckschick|zurucksend|terugstuur|retourneer)\p{L}*/iu;
/**
 * A condition of another language opening a sentence and running to its comma, the act anywhere
 * in it (a German or Dutch clause ends on its verb: "Wenn ich den Trail Club nach einer Woche
 * wieder kündige, bekomme ich dann die 29 Euro zurück?", and a Polish one: "Jeśli zamówienie … je zwrócę, to dostanę pieniądze czy nową kartę?"; read without accents).
 */
const OTHER_IF_CLAUSE =
  /(?<=^\s*|[.;:¿¡!?\n]\s*)(?:wenn|falls|indien|als|jesli|jezeli|gdyby)\s[^,.;:?!\n]{0,80}?(?<![\p{L}])\p{L}*?(?:losch|kundig|storn|annul|rembours|erstatt|zuruckschick|zurucksend|terugstuur|retourneer|opzeg|zwroc|zwrot|rezygn)\p{L}*/iu;
/**
 * A question asking only to be told something, in another language, read without accents ("Pourriez-vous
 * me dire quand mon abonnement expire ?", "Können Sie mir sagen, …", "¿Me podéis decir …?").
 */
const OTHER_TELL_ME =
  /(?<![\p{L}])(?:(?:me|nous)\s+dire|dites-moi|(?:mir|uns)\s+(?:\p{L}+\s+)?sagen|sagen\s+sie\s+mir|decirme|dime|decidme|digame|dirmi|ditemi|mi\s+dica|dizer-me|me\s+dizer|diga-me|(?:mij|ons)\s+(?:\p{L}+\s+)?(?:vertellen|zeggen|laten\s+weten)|beratta|fortaelle|fortælle|fortelle|powiedziec|(?:mi|nam)\s+(?:\p{L}+\s+)?(?:rict|sdelit)|kertoa|kerro|(?:mi|nam)\s+javiti|javite\s+mi|javi\s+mi)(?![\p{L}])/iu;
/** Thanks in another language, and a refund or money that came (read without accents). */
const OTHER_THANKS =
  /(?<![\p{L}])(?:danke|vielen\s+dank|merci|gracias|grazie|bedankt|dank\s+je|dank\s+u|obrigad[oa]|tack|(?:mange|tusind|tusen)\s+tak|tak\s+(?:for|skal)|takk|tusen\s+takk|dziekuje|kiitos|dekuji|diky|koszonom|koszi|hvala|multumesc|tesekkur\p{L}*|gracies|eskerrik\s+asko|aitah|paldies|aciu|terima\s+kasih)(?![\p{L}])/iu;
const OTHER_ARRIVED =
  /(?<![\p{L}])(?:am\s+primit|eingegangen|angekommen|gekommen|kam|(?:est|suis|sont|bien)\s+(?:bien\s+)?arrivee?s?|recu[e]?|llegado|llego|ha\s+llegado|arrivat[oa]|ontvangen|(?:is|zijn)\s+(?:\p{L}+\s+){0,2}?binnen(?=\s*(?:[.!,]|$|gekomen))|aangekomen|chegou|recebi|arribat|kommit|kom|kommet|dotarl[ya]?|dotarly|otrzymal\p{L}*|tullut|tuli|prisl[ya]?|dorazil[ay]?|megerkezett|megjott|is\s+(?:weer\s+)?terug\s+op|staat\s+(?:weer\s+)?op|stigao|stigla|stiglo|sosit\p{L}*|ulasti|geldi|gelmis|saapui|on\s+tullut|получил\p{L}*|получих|пришл\p{L}*|пришли|отримал\p{L}*|надійшл\p{L}*|пристигна\p{L}*|дойдоха)(?![\p{L}])/iu;
/**
 * A question in the scripts of SCRIPT_REQUESTS that asks how a matter stands, whether it was done
 * already (Japanese asks it in the polite past, "返品は受け付けられましたか？"), how long it takes or what
 * happens if ("退款已经处理了吗？", "返金はもう済みましたか？", "환불 진행
 * 상태가 어떻게 되나요?", "如果取消订单，运费退吗？", "هل تم استرداد المبلغ؟", "האם הזיכוי כבר בוצע?"); and a plea in
 * them ("ください", "请", "주세요", "يرجى", "لطفا", "בבקשה"), which asks for something to be done (not "请问",
 * "may I ask", nor "教えてください", "please tell me": they ask to be told).
 */
const SCRIPT_ASKING_NOTHING =
  /ما\s+(?:هي|هو)\s+(?:حالة|وضع)|(?:ثبت|انجام|پردازش|واریز)\s?(?:شده|شد)|もう|既に|すでに|済み|状況|状態|どうなって|ましたか|ましたでしょうか|了吗|了嗎|已经|已經|进度|進度|状态|狀態|됐나요|되었나요|됐는지|되었는지|상태|진행|어떻게\s?되|如果|假如|要是|もし|場合|만약|경우|どのくらい|何日|多久|几天|幾天|얼마나|며칠|हो\s?गया|स्टेटस|कब\s?तक|कितने\s?दिन|هل\s+(?:تم|تمت|وصل|وصلت)|متى|كم\s+(?:يوم|من\s+الوقت)|كيف|إذا|(?<![\u0600-\u06ff])اذا|آیا|چند\s+روز|اگر|اگه|چطور|האם|כמה\s+זמן|מתי|איך|หรือยัง|กี่วัน|ถ้า/u;
const SCRIPT_PLEA =
  /(?<!教えて|知らせて)(?:ください|下さい)|お願い|(?<!教えて)(?:いただけ|頂け)|请(?!问)|請(?!問)|麻烦|麻煩|주세요|부탁|주시(?!나요|는지)|कृपया|दीजिए|يرجى|الرجاء|رجاء|أرجو|ارجو|من\s+فضلك|لو\s+سمحت|لطفا|لطفاً|בבקשה|براہ\s+کرم|مہربانی|ช่วย|กรุณา|ให้หน่อย/u;
/**
 * A condition in the scripts of SCRIPT_REQUESTS ("他のお店の方が安かった場合", "如果退货", "14일 안에 해지하면"),
 * and "if possible" ("可能なら", "如果可以", "가능하면"), which opens a polite request instead.
 */
const SCRIPT_CONDITION =
  /अगर|यदि|場合|(?<!か)もし|如果|假如|要是|만약|경우|(?<=[가-힣])면(?=\s|,|$)/u;
const SCRIPT_IF_POSSIBLE =
  /可能なら|可能であれば|できれば|できたら|如果可以|可以的话|可以的話|가능하면|가능하다면|될\s?수\s?있으면/u;
/**
 * Whether something can be done or is done in general, asked in Korean, Chinese or Japanese
 * ("세일 상품도 환불 되나요?", "打折商品也能退款吗？", "セール品も返品できますか？"): what the shop does,
 * unless the sender is named.
 */
const SCRIPT_PRACTICE =
  /هل\s+يمكن|되나요|가능한가요|가능하나요|받을\s?수\s?있나요|也能|也可以|能不能|可不可以|できますか|されますか|可能ですか|対象ですか|対象になりますか/u;
/** The sender named in those scripts: "I", "my", "me" ("我", "私", "제가", "저", "내"). */
const SCRIPT_SENDER = /我|私|僕|제가|제\s|저는|저의|저도|내가|내\s|طلبي|حسابي|بطاقتي|أنا|لي(?=\s)/u;
/**
 * A plea said outright in those scripts ("ください", "请", "帮我", "주세요"), not asked
 * ("いただけるのでしょうか", "주시나요").
 */
const SCRIPT_DIRECT_PLEA =
  /(?<!教えて|知らせて)(?:ください|下さい)|お願い|请(?!问)|請(?!問)|麻烦|麻煩|帮我|幫我|给我|給我|주세요|부탁/u;
/** The sender's own in those scripts: "my", an order number. */
const SCRIPT_OWN = /私の|僕の|我的|제\s|저의|내\s|나의|注文番号|订单号|訂單號|주문번호|HP-\d/u;
/**
 * Whether a question in those scripts asks what would be done if something happened, or what is
 * done, in general: a condition (or SCRIPT_PRACTICE without the sender), no plea said outright,
 * nothing of the sender's and no number ("Trail Club에 가입하고 14일 안에 해지하면 회비를 환불해
 * 주시나요?", "他のお店の方が安かった場合、差額を返していただけるのでしょうか").
 */
const asksWhatWouldBeDone = (question: string): boolean =>
  (SCRIPT_CONDITION.test(question) ||
    (SCRIPT_PRACTICE.test(question) && !SCRIPT_SENDER.test(question))) &&
  !SCRIPT_IF_POSSIBLE.test(question) &&
  !SCRIPT_DIRECT_PLEA.test(question) &&
  !SCRIPT_OWN.test(question) &&
  !/\d{3,}/.test(question);
/** A look-up asked in the scripts of SCRIPT_REQUESTS: "조회", "查一下", "查询", "追跡", "照会". */
const SCRIPT_LOOKUP = /조회|查一下|查询|查詢|帮我查|幫我查|追踪一下|追跡|照会/u;
/** Where it is, asked in the scripts of SCRIPT_REQUESTS ("到哪了", "どこ", "어디", "أين", "ถึงไหน"). */
const SCRIPT_WHERE =
  /状況|状態|ステータス|进度|進度|状态|狀態|상태|현황|到哪|在哪|哪里|哪裡|どこ|届いて|いつ届|发货了|發貨了|어디|언제\s?(?:와|오|도착)|أين|وين|کجا|איפה|ถึงไหน|หรือยัง/u;
/** The first person in the scripts of SCRIPT_REQUESTS ("我", "私", "저는", "أنا", "אני", "मेरा"). */
const SCRIPT_FIRST_PERSON = /我|私|僕|저는|제가|저희|내가|أنا|طلبي|من\s|אני|שלי|मैं|मेरा|मुझे/u;
/**
 * Thanks in Cyrillic and Greek letters and in the scripts of SCRIPT_REQUESTS ("спасибо", "ありがとう",
 * "谢谢", "감사합니다", "شكرا", "תודה", "धन्यवाद", "ขอบคุณ"), which words need no boundary in.
 */
const SCRIPT_THANKS =
  /спасиб|благодар|дякую|ευχαριστ|ありがと|感谢|感謝|谢谢|謝謝|多谢|多謝|감사|고맙|شكر|ممنون|מודה|תודה|धन्यवाद|शुक्रिया|ขอบคุณ/iu;
/** A plea in Cyrillic or Greek letters ("прошу", "пожалуйста", "будь ласка", "моля", "παρακαλώ"). */
const CYRILLIC_PLEA = /прошу|пожалуйста|будь\s+ласка|моля|παρακαλ/iu;
/**
 * A problem named in those scripts: broken, damaged, missing, too little, wrong, not arrived
 * ("壊れていました", "少了", "没收到", "파손", "안 왔", "не пришло").
 */
const SCRIPT_PROBLEM =
  /壊れ|破損|傷|届いていな|届かな|足りな|不足|間違|坏|破|少了|没收到|沒收到|未收到|错|錯|고장|파손|안\s?왔|부족|잘못|안\s?들어|сломан|поврежд|не\s+приш|не\s+получ|неправильн|пошкоджен|не\s+надійш|χαλασμ|σπασμ|λάθος|مكسور|تالف|لم\s+(?:يصل|تصل|أستلم)|שבור|פגום|לא\s+הגיע|टूट|खराब|नहीं\s+(?:मिला|आया)|เสีย|แตก|ไม่ได้รับ/iu;
/** A line of the sender's own in the scripts of SCRIPT_REQUESTS: the first person, or a plea. */
const scriptOwnLine = (line: string): boolean =>
  SCRIPT_FIRST_PERSON.test(line) || SCRIPT_PLEA.test(line);
/**
 * Feedback in another language that says it needs no answer ("gewoon feedback", "behöver inget
 * svar", "Non serve risposta, volevo solo dirlo", "keine Antwort nötig", "pas besoin de réponse"),
 * read without accents, as the English rule 'feedback-with-nothing-asked' reads "no reply needed".
 */
const OTHER_NO_REPLY =
  /(?<![\p{L}])(?:(?:gewoon|alleen|nur\s+als|juste\s+un|solo\s+un|apenas\s+um)\s+(?:feedback|retour|commentaire|comentario|comentário)|geen\s+(?:antwoord|reactie)\s+nodig|behover\s+(?:inget|ingen)\s+svar|bara\s+en\s+tanke|non\s+serve\s+(?:una\s+)?risposta|volevo\s+solo\s+dirlo|keine\s+antwort\s+(?:notig|erforderlich)|pas\s+besoin\s+de\s+(?:reponse|repondre)|no\s+hace\s+falta\s+(?:que\s+)?(?:respuesta|respond\p{L}*)|nao\s+precisa\s+(?:de\s+)?respo\p{L}*|(?:trenger|behover)\s+ikke\s+(?:noe\s+)?svar|nie\s+trzeba\s+odpowiada\p{L}*)(?![\p{L}])/iu;
/** Feedback that says it needs no answer, with no question or plea in it. */
const onlyFeedback = (text: string): boolean =>
  OTHER_NO_REPLY.test(plain(text)) && !/[?？]/u.test(text) && !OTHER_PLEA.test(text);
/** A plea in another language: a question that carries one asks for something to be done. */
const OTHER_PLEA =
  /(?<![\p{L}])(?:(?:vaihta|peruutta|palautta|poista|lähettä|muutta|korjat|hyvittä|siirtä|lopetta)(?:kaa|kää)|bitte|merci\s+de(?!\s+(?:votre|vos|ta|tes|l['’]aide|m['’]avoir))|veuillez|por\s+favor|per\s+favore|graag|proszę|quiero|je\s+veux|ich\s+möchte|vorrei|ik\s+wil|jag\s+vill|quero|v[aă]\s+rog|kérem|kérjük|lütfen|istiyorum|parakal[wo]|thelo|θέλω|παρακαλώ)(?![\p{L}])/iu;

/**
 * "When", asked of what is still to come, in Spanish, Portuguese and Italian ("cuándo me llega el
 * pedido", "quando chega", "quando arriva"): not "when" telling a story ("Cuando abrí el paquete
 * …"), which opens a sentence as often.
 */
const WHEN_ASKED = String.raw`(?:cuando|quando)\s+(?:(?:me|se|lo|la|le|nos|mi|ci|vi)\s+)?(?:llega|llegan|llegara|llegaran|recibo|recibire|sale|salen|saldra|envian|enviais|enviaran|mandan|mandais|van|vais|vai|vao|chega|chegam|chegara|recebo|receberei|sai|saem|enviam|arriva|arrivano|arrivera|ricevo|ricevero|spedite|spedirete|parte|partira|esce|tornano|devuelven|devolveis|devolvem|reembolsan|rimborsate)`;
/**
 * The ways a question typed on a phone without its mark opens, in another language (read without
 * accents, after a greeting): a question word, "can one", "can I", or a verb put first to ask, as
 * Germanic languages do, unless a particle of a statement follows it, "Ist ja noch nicht
 * verschickt" ("kann man eine Bestellung noch stornieren wenn …", "czy przy zwrocie …",
 * "da se objednávka zrušit …", "quanto tempo demora …", "ist die Stornierung von HP-… durchgegangen",
 * "har ni fått tillbaka tältet", "is HP-150318 al verzonden", "onko …"). Not "que" (Spanish "¡que me
 * devuelvan el dinero!" demands), nor "si"/"se"/"if", which open requests as often ("si pueden
 * cancelar mi pedido lo agradecería"); "como" only as "how" ("cómo puedo …"), not as "since"
 * ("Como todavía pone 'empaquetado', no quiero que salga").
 */
const OTHER_QUESTION_OPENER = new RegExp(
  String.raw`^(?:` +
    [
      // German
      String.raw`(?:kann|darf|muss|soll)\s+(?:man|ich)|kannst\s+du|konnt\s+ihr|konnen\s+sie|bekomm\p{L}*\s+(?:ich|man)|krieg\p{L}*\s+ich|gibt\s+es|ist\s+es\s+moglich|wie|wann|wo|warum|wieso|weshalb|wer|welche\p{L}*|(?:ist|sind|hat|habt|haben\s+sie|wurde|wird)(?!\s+(?:ja|doch|halt|eh)(?![\p{L}]))`,
      // Dutch
      String.raw`(?:kan|mag|moet|krijg|kun|kunnen|zou)\s+(?:ik|je|jij|u|jullie|men)|hoe|wanneer|waar|waarom|hoeveel|welk\p{L}*|is|zijn|heeft|hebben|hebt|wordt|werd`,
      // Swedish, Norwegian, Danish
      String.raw`(?:kan|far|ska|skal|maste|ma)\s+(?:man|jag|jeg|vi|ni|dere|i)|hur|hvordan|hvornar|nar|hvor|varfor|hvorfor|vad|hva|hvad|vem|hvem|har|ar|finns|fins|findes|gar\s+det|blir|bliver`,
      // French
      String.raw`est-ce|combien|comment|quand|pourquoi|peut-on|puis-je|pouvez-vous|y\s+a-t-il|quel\p{L}*|a-t-il|ai-je|avez-vous|dois-je|faut-il`,
      // Spanish, Portuguese and Italian "when"
      WHEN_ASKED,
      // Spanish
      String.raw`se\s+puede|puedo|podeis|pueden|cuant\p{L}*|como(?=\s+(?:puedo|hago|hacer|se|funciona|va|esta|anda|faco|fazer|posso|consigo|vai|fica))|donde|adonde|por\s+que|quien\p{L}*|cual\p{L}*|hay|es\s+posible|tengo\s+que`,
      // Italian
      String.raw`si\s+puo|posso|potete|quant\p{L}*|come|dove|perche|che|cosa|chi|qual\p{L}*|c['’]e|ci\s+sono|e\s+possibile|avete`,
      // Portuguese ("posso", "quanto", "por que" are Italian's and Spanish's above)
      String.raw`da\s+(?:para|pra)|podem|onde|porque|quem|tem\s+como|e\s+possivel`,
      // Polish
      String.raw`czy|jak|ile|kiedy|gdzie|dlaczego|czemu|kto|jaki\p{L}*|mozna|moge|da\s+sie`,
      // Czech and Slovak
      String.raw`da\s+se|lze|je\s+mozne|kolik|kdy|kde|proc|preco|kdo|muzu|mohu|mozem|musim`,
      // Finnish (a question's -ko, -kö on the first word)
      String.raw`onko|voiko|saako|voinko|voisinko|pitaako|tuleeko|meneeko|nakyyko|joko|kuinka|miten|milloin|missa|mihin|miksi|paljonko|mita|kuka`,
      // Romanian
      String.raw`cum|cand|unde|de\s+ce|cat|cate|pot|se\s+poate|este\s+posibil|exista`,
      // Hungarian
      String.raw`hogyan|mikor|hol|hova|miert|mennyi\p{L}*|lehet`,
      // Indonesian
      String.raw`apakah|bagaimana|kapan|berapa|bisakah|bisa|dimana|di\s+mana`,
    ].join('|') +
    String.raw`)(?![\p{L}-])`,
  'iu',
);
/**
 * A question told anywhere in a sentence without its mark: Turkish, with its particle or question
 * word ("para nereye geri gelir", "iade edebilir miyim"); Hungarian, with its -e ("visszakaphatom-e").
 */
const OTHER_QUESTION_WITHIN =
  /(?<![\p{L}])(?:m[iıuü](?:yim|yız|yiz|sin|sın|sun|sün|siniz|sınız|sunuz|sünüz|dir|dır|dur|dür)?(?=\s*$)|m[iıuü](?:yim|yız|yiz|siniz|sınız|sunuz|sünüz)|ne\s+zaman|nas[ıi]l|nereye|nerede|nereden|neden|niye|ka[çc]\s+g[üu]n|hangi|\p{L}{3,}-e)(?![\p{L}])/iu;
/**
 * A question ending in Korean, Chinese or Japanese, typed without its mark ("아직 발송 안 됐나요",
 * "还能退吗", "届きますか").
 */
const SCRIPT_QUESTION_END =
  /(?:나요|까요|습니까|인가요|는지요|吗|嗎|ですか|ますか|でしょうか)\s*$/u;
/**
 * "… or how does it work", closing a sentence typed without its mark ("me devolvéis el dinero a la
 * tarjeta o cómo funciona", "ou comment ça marche", "oder wie läuft das").
 */
const OR_HOW_IT_GOES =
  /(?<![\p{L}])(?:o|ou|oder|of|eller|czy|nebo)\s+(?:c[oó]mo|comment|wie|hoe|come|hur|hvordan|jak)\s+(?:(?:ça|ca|das|dat|det)\s+)?(?:funciona|va|fonctionne|marche|se\s+passe|funktioniert|läuft|lauft|werkt|gaat|funziona|fungerar|g[åa]r|fungerer|dzia[łl]a|funguje)\s*$/iu;
/** A greeting opening a sentence, and what follows it before the sentence proper ("hallo, ", "ciao "). */
const GREETING_OPENING = new RegExp(GREETED.source + String.raw`[\s,!:;.-]*`, 'iu');
/**
 * Another language's questions typed without their mark, given one: each sentence that does not
 * end in a mark and opens (after a greeting) as a question does, or asks as Turkish and Hungarian
 * do anywhere. A phone-typed question is then read as the same question typed with its mark.
 */
function markedQuestions(text: string): string {
  return text.replace(/(?<=^|[.!\n])[^.!?\n]+(?=[.!\n]|$)/gu, (sentence) => {
    const opening = plain(sentence.replace(GREETING_OPENING, '')).trimStart();
    return OTHER_QUESTION_OPENER.test(opening) ||
      PRACTICE_ASKED_UNMARKED.test(opening) ||
      SCRIPT_QUESTION_END.test(sentence) ||
      OR_HOW_IT_GOES.test(sentence) ||
      OTHER_QUESTION_WITHIN.test(sentence)
      ? `${sentence.trimEnd()}?`
      : sentence;
  });
}

/**
 * A text of another language without what asks nothing of us: a question about whether a refund or
 * the like was done already, how a matter stands, whom to contact, how it goes in general or what
 * happens if (unless a plea is in it); and a whole text of thanks for money that came.
 */
function withoutQuestionsAskingNothing(text: string): string {
  // (a Greek question ends with ";", the Greek question mark: "… ή όχι ακόμα;")
  // (and a Chinese, Japanese or Korean one with the full-width mark: "…了吗？")
  const marked = (/[\u0370-\u03ff]/u.test(text) ? text.replace(/[;\u037e](?=\s|$)/gu, '?') : text)
    .replace(/[？؟]/gu, '?')
    // (a Japanese question may end with its full stop: "…返していただけるのでしょうか。"; and a wish to
    // know is one: "返金の処理状況を知りたいです。", "我想知道退款的进度。", "처리 상태를 알고 싶어요")
    .replace(
      /(?<=(?:です|ます|でしょう|の)か|知りたい(?:です)?|알고\s?싶(?:습니다|어요))(?:[。.]|(?=\s|$))|。(?<=想知道[^。！？?!\n]*。)/gu,
      '?',
    );
  // (each sentence read once from its start: a text without marks is not scanned from every word)
  const questions = marked.replace(/(?<=^|[.!?\n])[^.!?\n]*\?/gu, (question) => {
    if (asksWhatWouldBeDone(question)) return ' ';
    if (OTHER_PLEA.test(question) || SCRIPT_PLEA.test(question)) return question;
    const plainQuestion = plain(question);
    if (SCRIPT_REQUESTS.test(question))
      return SCRIPT_ASKING_NOTHING.test(question) ? ' ' : question;
    // (whether or not a stem of a request is read in it: a word the typo reading would take for
    // one, "zrezygnuję" in "Jeśli zrezygnuję …, to dostanę zwrot składki?", is asked about too)
    return OTHER_ALREADY.test(question) ||
      OTHER_STATUS.test(plainQuestion) ||
      OTHER_CONTACT.test(plainQuestion) ||
      OTHER_HOW.test(plainQuestion) ||
      ((OTHER_POSSIBLE.test(plainQuestion) || OTHER_OCCASION.test(plainQuestion)) &&
        !OWN_IN_OTHER_LANGUAGES.test(question) &&
        !/\d{3,}/.test(question)) ||
      asksWhatIsDone(question) ||
      OTHER_IF.test(plainQuestion) ||
      OTHER_IF_CLAUSE.test(plainQuestion) ||
      OTHER_TELL_ME.test(plainQuestion)
      ? ' '
      : question;
  });
  // (thanks for a refund that came: "Obrigada, o reembolso chegou hoje", "Tusen takk, refusjonen
  // kom i dag!")
  const plainText = plain(questions);
  return OTHER_THANKS.test(plainText) &&
    OTHER_ARRIVED.test(plainText) &&
    !OTHER_PLEA.test(questions) &&
    !/\?|\d/.test(questions)
    ? ' '
    : questions;
}

/**
 * Said in another language not to be asked now ("je pose la question avant de commander", "por
 * agora não vou cancelar nada", "ich habe nicht vor zu kündigen") or asked only in general ("jen
 * obecně se ptám", "nur eine allgemeine Frage", "pytanie ogólne"; never a bare "just asking"):
 * beside a question with no number, nothing asked now.
 */
const OTHER_JUST_ASKING =
  /(?<![\p{L}])(?:je\s+pose\s+(?:juste\s+)?la\s+question\s+avant\s+de\s+commander|n[aã]o\s+vou\s+cancelar|ne\s+vais\s+rien\s+annuler|no\s+voy\s+a\s+cancelar|non\s+(?:ho\s+intenzione\s+di|voglio\s+ancora)\s+(?:annullare|cancellare|disdire)|habe\s+nicht\s+vor,?\s+(?:zu\s+)?(?:stornieren|kündigen)|ben\s+niet\s+van\s+plan\s+(?:om\s+)?(?:te\s+)?(?:annuleren|opzeggen)|(?:jen|len|iba)\s+(?:se\s+)?(?:obecn|v[sš]eobecn)\p{L}*\s+(?:se\s+)?(?:pt[aá]m|p[yý]tam)|(?:pt[aá]m|p[yý]tam)\s+sa?e?\s+(?:jen\s+|len\s+|iba\s+)?(?:obecn|v[sš]eobecn)\p{L}*|(?:obecn|v[sš]eobecn)(?:[aá]|y|[yý])\s+ot[aá]zka|nur\s+(?:eine\s+)?allgemeine\s+frage|ganz\s+allgemein\s+gefragt|frage\s+(?:nur\s+)?allgemein|question\s+g[ée]n[ée]rale|je\s+demande\s+(?:juste\s+)?en\s+g[ée]n[ée]ral|pregunta\s+general|pregunto\s+en\s+general|domanda\s+generale|chiedo\s+in\s+generale|algemene\s+vraag|in\s+het\s+algemeen\s+(?:gevraagd|vraag)|pytanie\s+og[oó]lne|pytam\s+og[oó]lnie|pergunta\s+geral|pergunto\s+em\s+geral|allm[äa]n\s+fr[åa]ga|generelt\s+sp[øo]rgsm[åa]l|generelt\s+sp[øo]rsm[åa]l|yleinen\s+kysymys|kysyn\s+(?:vain\s+)?yleisesti|mal\s+angenommen|(?:juste\s+|c['’]?\s*est\s+(?:juste\s+)?)?par\s+curiosit[ée]|por\s+curiosidad[e]?|per\s+curiosit[àa]|aus\s+neugier|uit\s+nieuwsgierigheid|av\s+nyfikenhet|af\s+nysgerrighed|av\s+nysgjerrighet|z\s+ciekawo[śs]ci|csak\s+k[ée]rdez\p{L}*|jen\s+ze\s+zv[ěe]davosti|rein\s+hypothetisch|hypothetisch\s+gefragt|(?:czysto\s+)?hipotetycznie|hipot[eé]ticamente|hypoth[eé]tiquement|ipoteticamente|puhtaasti\s+hypoteettisesti|hypoteettisesti)(?![\p{L}])/iu;
/**
 * What a situation told in another language is about: an order or a gift card by its number (in
 * groups of four too), an e-mail address, a phone number, an IBAN, an amount, or "my account",
 * "my card", "my order", "my statement" in that language (praise of a price or of an account
 * names them as often: SITUATION_CONTENT tells those apart).
 */
const SITUATION_REFERENCE =
  /(?<![\p{L}\d])(?:[a-z]{1,4}-\d{3,}(?:-\d+)*|\d{5,}|\d{4}(?:[ ]\d{4}){2,})(?!\d)|(?<![\w.+-])[\w.+-]+@[\w-]{2,}\.[\w.-]+|\+\d[\d ]{7,}\d|(?<![\p{L}\d])[A-Z]{2}\d{2}[ ]?\d{4}|[€£$]\s?\d|(?<![\p{L}\d.,])\d+(?:[.,]\d{1,3})*\s?(?:€|eur|euros?|ευρώ|kr|kronor|kroner|sek|nok|dkk|zł|złotych|zlotych|pln|czk|kč|huf|ft|ron|lei|chf|fr\.|franken|tl|try)(?![\p{L}])|(?<![\p{L}])(?:mein\p{L}*|mon|ma|mes|mi|mis|mio|mia|miei|mie|mijn|min|mitt|mina|moje|mój|moja|mojego|meu|minha|můj|mého|moj\p{L}*|minun|benim)\s+(?:\p{L}+\s+)?(?:konto|kundenkonto|account|compte|cuenta|conta|conto|rekening|karte|kreditkarte|carte|tarjeta|cartão|carta|kaart|kort|kortet|karta|kartu|kartę|bestellung|commande|pedido|encomenda|ordine|bestelling|beställning|bestilling|ordre|zamówieni\p{L}*|objednávk\p{L}*|lieferadresse|adresse|adres|dirección|indirizzo|endereço|e-?mail\p{L}*|mejl\p{L}*|telefonnummer|handynummer|numéro|número|numero|numer|mitgliedschaft|adhésion|membresía|abbonamento|lidmaatschap|medlemskap|członkostwo|členství|daten|données|datos|dati|gegevens|dane|údaje|afschrift|kontoauszug|relevé|extracto|estratto|extrato|wyciąg)(?![\p{L}])|(?<![\p{L}])(?:sul|sulla|sulle|nel|nella)\s+mi[oae]\s+\p{L}+/iu;
/**
 * Where, asked in another language without a question mark, opening a sentence ("dov'è finito",
 * "wo ist meine Bestellung"): a look-up. (Not a relative "where" inside a sentence, "hvor jeg kun
 * har bestilt én", nor "when", which stories open with: "Cuando abrí el paquete …".) Or asked
 * to be looked up, a verb of looking before it ("Μπορείτε να δείτε πού ακριβώς αφέθηκε;",
 * "können Sie nachsehen, wo das Paket ist").
 */
const OTHER_WHERE =
  /(?:^|[.!?\n…])\s*(?:\p{L}+\s+)?(?:wo|waar|où|donde|dónde|dove|dov['’]è|onde|gdzie|kde|missä|hol|nerede|unde|πού|που|gdje|hvor|var(?=\s+(?:är|er)\s))(?![\p{L}])|(?<![\p{L}])(?:δείτε|ελέγξετε|κοιτάξετε|nachsehen|nachschauen|schauen|sehen|prüfen|voir|vérifier|regarder|ver|mirar|comprobar|vedere|controllare|verificare|zien|kijken|sprawdzić|sprawdzic|zobaczyć|kolla|sjekke|tarkistaa|katsoa)[,\s]+(?:\p{L}+\s+)?(?:wo|où|dónde|donde|dove|waar|gdzie|var|hvor|missä|πού|που)(?![\p{L}])/iu;
/**
 * A wish to know, or nothing seen yet, said in another language (read without accents): "queria
 * saber quanto ainda tenho", "volevo sapere se il reso … è arrivato", "ik wil graag weten", "Na
 * koncie nadal nic nie widzę", "jag ser inget
 * på kortet", "toujours rien reçu", "mijn bestelnr 55810 is nog niet aangekomen", "on en est où", Turkish "nerede kaldı" (where has it
 * got to) — a look-up, not
 * a change (not "nog niet verzonden", which a wish to cancel tells).
 */
const OTHER_TO_KNOW =
  /(?<![\p{L}])(?:(?:queria|quisiera|quiero|gostaria\s+de|vorrei|voglio|volevo|volevamo|voudrais|aimerais|veux|voulais|voulions)\s+(?:saber|sapere|savoir)|(?:mochte|wusste|wurde|wollte)\s+(?:\p{L}+\s+)?(?:gern\p{L}*\s+)?wissen|(?:wil|wilde|zou)\s+(?:\p{L}+\s+){0,2}?weten|chcia\p{L}*\s+(?:\p{L}+\s+)?(?:wiedziec|zapytac)|vill\s+veta|vilja\s+veta|(?:gerne|gjerne)\s+(?:vide|vite)|haluaisin\s+tiet\p{L}*|chtel\p{L}*\s+(?:\p{L}+\s+)?vedet|szeretnem\s+tudni|nadal\s+(?:nic|nie)|wciaz\s+(?:nic|nie)|noch\s+immer\s+(?:nicht|nichts|kein)|immer\s+noch\s+(?:nicht|nichts|kein)|toujours\s+(?:pas|rien)|ancora\s+(?:niente|nulla)|nog\s+steeds\s+(?:niet|niks|geen)|fortfarande\s+(?:inte|inget|ingenting)|ser\s+(?:inget|ingenting|ingen)|nic\s+nie\s+widz\p{L}*|ainda\s+nao\s+(?:recebi|vi|chegou)|todavia\s+no\s+(?:me\s+)?(?:ha\s+llegado|veo|aparece)|stale\s+(?:nic|ne)\p{L}*|meg\s+mindig\s+nem|jak\s+to\s+vypada|jak\s+to\s+wyglada|wie\s+sieht\s+(?:es|das)\s+aus|hoe\s+staat\s+het|ou\s+en\s+est|on\s+en\s+est|ner(?:e)?de\s+kal\p{L}*|como\s+(?:va|anda)|come\s+(?:va|procede)|hur\s+gar\s+det|hvordan\s+gar\s+det|od\s+te\s+doby\s+nic|seitdem\s+nichts|depuis\s+rien|desde\s+entonces\s+nada|da\s+allora\s+niente|sindsdien\s+niets|sedan\s+dess\s+inget|siden\s+(?:da\s+)?(?:ingenting|intet)|nog\s+niet\s+(?:aangekomen|geleverd|bezorgd|ontvangen|binnen)|noch\s+nicht\s+(?:angekommen|geliefert|da|zugestellt|erhalten)|pas\s+encore\s+(?:arriv|recu|livr)\p{L}*|(?:todavia|aun)\s+no\s+(?:me\s+)?(?:ha\s+)?(?:llegado|llega|recibido)|(?:non\s+e\s+ancora|ancora\s+non\s+e)\s+arrivat\p{L}*|inte\s+(?:kommit|levererats|anlant)|ikke\s+(?:kommet|levert|ankommet)|nie\s+(?:dotar|doszl|przyszl)\p{L}*|nedorazil\p{L}*|neprisl\p{L}*|ei\s+ole\s+(?:tullut|saapunut)|nem\s+(?:jott|erkezett)\s+meg|nu\s+a\s+(?:ajuns|sosit)|gelmedi|nije\s+(?:stigl|dosl)\p{L}*)(?![\p{L}])/iu;
/**
 * Thanks in more languages than OTHER_THANKS, praise, or all being well: a harmless text, unless
 * a problem is named (SITUATION_PROBLEM) or the thanks are in advance ("Danke im Voraus", "Merci
 * d'avance"). (That a thing arrived is no sign either way: "kam an, aber …" tells what is wrong.)
 */
const SITUATION_CONTENT =
  /(?<![\p{L}])(?:dankjewel|dankeschon|dankeschön|danke|dzieki|dzięki|hvala|tesekkur\p{L}*|teşekkür\p{L}*|multumesc|mulțumesc|koszonom|köszönöm|koszi|ευχαριστ\p{L}*|gracies|gràcies|grazie|merci|gracias|bedankt|obrigad[oa]|tack|takk|(?:mange|tusind)\s+tak|tak\s+for|kiitos|dekuji|děkuji|diky|díky|super|perfekt\p{L}*|parfait\p{L}*|perfect\p{L}*|perfett\p{L}*|perfeit\p{L}*|prima|top|genial|g[ée]nial\p{L}*|excel\p{L}*|eccellent\p{L}*|uitstekend|fantasti\p{L}*|wunderbar|toll|zufrieden|einwandfrei|content[e]?|satisfait\p{L}*|contento|contenta|tevreden|nöjd|nojd|fornøyd|fornoyd|tilfreds|zadowolon\p{L}*|spokojen\p{L}*|tyytyvainen|tyytyväinen|elegedett|elégedett|memnun|zadovolj\p{L}*|bravo|complimenti|compliment\p{L}*|recommand\p{L}*|recomiendo|recomend\p{L}*|recomand\p{L}*|consiglio|aanrader|aanbevel\p{L}*|empfehl\p{L}*|polecam|doporu[čc]uj\p{L}*|anbefal\p{L}*|rekommender\p{L}*|aj[áa]nlom|soddisfatt\p{L}*|heerlijk|[śs]wietn\p{L}*|skv[ěe]l\p{L}*|v[ýy]born\p{L}*|εξαιρετικ\p{L}*|mejor\s+compra|adorei|adoro|j['’]adore|me\s+encanta\p{L}*|elogi\p{L}*|pochwal\p{L}*|conforme|intact\p{L}*|v\s+po[řr][áa]dku|w\s+porz[ąa]dku|in\s+orde|en\s+orden|em\s+ordem|i\s+orden|a\s+posto|in\s+ordnung|u\s+redu|rendben|[îi]n\s+regul[ăa]|tudo\s+certo|lob|buen\s+trabajo|bon\s+travail|gentil\p{L}*|amable|freu\p{L}*|continuez|weiter\s+so|seguid\s+as[ií]|continuate\s+cos[ìi]|ga\s+zo\s+door|tiptop|blij|pl[aă]cut|be[ğg]en\p{L}*|gef[äa]llt|gefallen|gusta\p{L}*|gust[óo]|piaciut\p{L}*|piace|gostou|gostei|spodoba\p{L}*|l[íi]bil\p{L}*|tetszett|svi[đd]\p{L}*|gillade|gillar|likte|liker|tykk[äa]si|mükemmel|mukemmel|odli[čc]an|minunat|τέλεια|ωραί\p{L}*|kunnossa|hieno|dobrze\s+wiedzie[ćc]|(?:wszystko|kaikki|όλα|totul|minden|her\s+[şs]ey|sve)\s+(?:\p{L}+\s+){0,2}?(?:w\s+porz[ąa]dku|kunnossa|τέλεια|[îi]n\s+regul[ăa]|rendben|mükemmel|u\s+redu|ok)|(?:alles|tout|todo|tudo|tutto|allt|alt|wszystko|vsechno|všechno)\s+(?:\p{L}+\s+)?(?:gut|bien|bon|ok|okay|perfekt|perfecto|perfetto|bene|goed|prima|bra|fint|godt|dobrze|v\s+poradku|v\s+pořádku|in\s+orde|i\s+orden|a\s+posto|en\s+orden|stimmt|klopt|stämmer|stammer))(?![\p{L}])/iu;
/** Thanks given in advance for what is asked: a request's closing, not thanks for what was done. */
const IN_ADVANCE =
  /(?<![\p{L}])(?:im\s+voraus|d['’]avance|por\s+adelantado|de\s+antemano|in\s+anticipo|alvast|p[åa]\s+f[öo]rh[åa]nd|z\s+g[óo]ry|p[řr]edem|etuk[äa]teen|[îi]n\s+avans|el[őo]re\s+is|[şs]imdiden|unaprijed|per\s+endavant)(?![\p{L}])/iu;
/**
 * A problem named in another language: damaged, broken, wrong, too small or big, twice, missing,
 * not needed ("kam kaputt an", "est arrivé abîmé", "llegó roto", "te klein", "to ganger").
 */
const SITUATION_PROBLEM =
  /(?<![\p{L}])(?:kaputt\p{L}*|besch[äa]digt\p{L}*|defekt\p{L}*|falsch\p{L}*|zu\s+(?:klein|gro[ßs]s?|eng|weit)|zweimal|doppelt|loch|fehlt|nicht\s+mehr|cass[ée]\p{L}*|ab[îi]m[ée]\p{L}*|endommag\p{L}*|d[ée]chir\p{L}*|trop\s+(?:petit|grand)\p{L}*|deux\s+fois|manqu\p{L}*|plus\s+besoin|rot[oa]s?|dañad\p{L}*|danad\p{L}*|equivocad\p{L}*|demasiado\s+(?:peque|grande)\p{L}*|dos\s+veces|falta\p{L}*|ya\s+no|rott[oa]|danneggiat\p{L}*|sbagliat\p{L}*|troppo\s+(?:piccol|grand)\p{L}*|due\s+volte|manca\p{L}*|pi[ùu]\s+bisogno|kapot|beschadigd|verkeerd\p{L}*|te\s+(?:klein|groot|krap)|twee\s+keer|ontbreekt|niet\s+meer|partid[oa]|danificad\p{L}*|errad[oa]|duas\s+vezes|rasgad[oa]|trasig\p{L}*|skadad\p{L}*|fel\s+storlek|f[öo]r\s+(?:liten|stor)|tv[åa]\s+g[åa]nger|[øo]delagt|i\s+stykker|feil\p{L}*|for\s+(?:liten|lille|stor)|to\s+gange(?:r)?|uszkodz\p{L}*|zepsut\p{L}*|z[łl]y\s+rozmiar|za\s+(?:ma[łl]|du[żz])\p{L}*|dwa\s+razy|po[šs]kozen\p{L}*|rozbit\p{L}*|[šs]patn\p{L}*|dvakr[áa]t|rikki\p{L}*|vaurio\p{L}*|v[äa][äa]r[äa]\p{L}*|liian\s+(?:pien|iso)\p{L}*|kahdesti|σπασμέν\p{L}*|χαλασμέν\p{L}*|λάθος|δύο\s+φορές|stricat\p{L}*|gre[șs]it\p{L}*|de\s+dou[ăa]\s+ori|s[ée]r[üu]lt|t[öo]r[öo]tt|hib[áa]s|rossz|k[ée]tszer|k[ıi]r[ıi]k|hasarl[ıi]|yanl[ıi][şs]|y[ıi]rt[ıi]k|iki\s+kez|o[šs]te[ćc]en\p{L}*|slomljen\p{L}*|pogre[šs]n\p{L}*|dvaput|trencat\p{L}*|malm[èe]s|(?:nicht|niet|pas|not)\s+(?:in\s+(?:ordnung|orde)|en\s+ordre|conforme)|personne\s+(?:à|a)\s+la\s+maison|(?:ne\s+serai|ne\s+suis)\s+pas\s+(?:chez\s+moi|là)|nicht\s+(?:zu\s+hause|daheim)\s+(?:sein|bin)|no\s+(?:estar[ée]|estoy)\s+en\s+casa|non\s+(?:sar[òo]|sono)\s+a\s+casa|niet\s+thuis|inte\s+hemma|ikke\s+hjemme|nie\s+b[ęe]dzie\s+mnie|δεν\s+θα\s+είμαι\s+(?:σπίτι|στο\s+σπίτι)|evde\s+olmayaca\p{L}*|en\s+ole\s+kotona|nebudu\s+doma|nem\s+leszek\s+otthon|nu\s+voi\s+fi\s+acas[ăa]|не\s+буду\s+дома|не\s+буду\s+вдома|няма\s+да\s+съм\s+вкъщи|il\s+n['’]y\s+aura\s+personne|niemand\s+(?:zu\s+hause|daheim|thuis)|nadie\s+en\s+casa|nessuno\s+a\s+casa|ningu[ée]m\s+em\s+casa|nikdo\s+doma|nikogo\s+(?:nie\s+\p{L}+\s+)?w\s+domu|ingen\s+(?:hemma|hjemme)|senki\s+(?:nincs\s+)?otthon|kimse\s+(?:yok|evde)|nitko\s+kod\s+ku[ćc]e|(?:nicht|no|non|niet|pas|inte|ikke|nie|ne|nu|nem)\s+(?:\p{L}+\s+)?(?:gef[äa]ll\p{L}*|gusta\p{L}*|piace\p{L}*|bevalt|pla[iî]t|gillar|liker|podoba|l[íi]b[íi])|gef[äa]ll\p{L}*\s+(?:\p{L}+\s+)?nicht|be[ğg]enmedi\p{L}*)(?![\p{L}])/iu;
/**
 * "Could you", "can you", asked of us in another language, read without accents ("Könnten Sie",
 * "Pourriez-vous", "¿Podéis", "Potreste", "Kunnen jullie", "Kan ni", "Możecie", "Můžete",
 * "Voisitteko", "Puteți", "Tudnátok", "Μπορείτε", "-ebilir misiniz"), and whether it would be possible, "Sarebbe possibile …", "Wäre es möglich …").
 */
const OTHER_CAN_YOU =
  /(?<![\p{L}])(?:konnt(?:en|et)?\s+(?:sie|ihr)|konnen\s+sie|kannst\s+du|pourri(?:ez|ons)[\s-]+vous|pouvez[\s-]+vous|(?:est-ce\s+que\s+)?vous\s+pourriez|podr(?:ia|ian|iais|ias)|pod(?:eis|eu|em|e|es)(?!\p{L})|puede(?:s|n)?(?!\p{L})|poderia[ms]?|potete|potreste|potrebbe|puo|kunnen\s+(?:jullie|u)|kunt\s+u|kun\s+je|zou(?:den)?\s+(?:jullie|u)|kan\s+(?:ni|dere|i|du)|kunne\s+(?:dere|i|du|ni)|skulle\s+ni|mozecie|moglibyscie|czy\s+(?:mog(?:a|liby)|moze)|muzete|mohli\s+byste|mohla\s+byste|voi(?:sit)?teko|voitko|pute(?:ti|ți)|ati\s+putea|tudnatok|tudnak|tudna|μπορειτε|μπορεις|θα\s+μπορουσατε|\p{L}+(?:ebilir|abilir)\s+mi(?:siniz|sin)|mozete|biste\s+li|gar\s+det\s+att|gaar\s+det\s+att|(?:e|sarebbe)\s+possibile|seria\s+(?:possivel|posible)|(?:es|e)\s+(?:posible|possivel)|(?:serait|est)-il\s+possible|(?:ware|waere|ist)\s+es\s+moglich|(?:zou\s+het|is\s+het)\s+mogelijk|skulle\s+det\s+vara\s+mojligt|ville\s+det\s+v(?:ae|a|æ)re\s+mulig|czy\s+(?:byloby|jest)\s+mozliw\p{L}*|bylo\s+by\s+mozne|je\s+mozne)(?![\p{L}])/iu;
/**
 * What a "could you" asks that changes nothing: to be told, checked, confirmed, looked at, sent
 * a copy (an invoice, a receipt: one made out to another name is read before, as a request) or
 * read out of a pasted line ("Könnten Sie nachsehen …", "Pouvez-vous vérifier …",
 * "¿Podéis confirmarme …", "Kunnen jullie mij de factuur sturen", "bakabilir misiniz", "Kun je
 * uit deze afschriftregel de datum halen?", read without accents).
 */
const OTHER_CAN_YOU_TELL =
  /(?<![\p{L}])(?:sag\p{L}*|nachseh\p{L}*|nachschau\p{L}*|indic\p{L}*|indiqu\p{L}*|communiqu\p{L}*|pruf\p{L}*|bestatig\p{L}*|mitteil\p{L}*|info\p{L}*|dire|verifi\p{L}*|confirm\p{L}*|regard\p{L}*|decir\p{L}*|dec\p{L}*me|comprob\p{L}*|mirar|mirad|dizer|verificar|dirmi|dire|controll\p{L}*|guardare|vertell\p{L}*|kijken|nakijken|controler\p{L}*|bevestig\p{L}*|berat\p{L}*|kolla|kontroller\p{L}*|bekraft\p{L}*|se\s+efter|sjekk\p{L}*|fortel\p{L}*|sprawdzi\p{L}*|potwierdzi\p{L}*|powiedzie\p{L}*|zkontrol\p{L}*|overit|potvrdit|rict|tarkist\p{L}*|vahvist\p{L}*|kerto\p{L}*|verifica\p{L}*|spune\p{L}*|megnez\p{L}*|ellenoriz\p{L}*|megerosit\p{L}*|kontrol\p{L}*|teyit\p{L}*|soyle\p{L}*|provjer\p{L}*|potvrd\p{L}*|reci|ελεγξ\p{L}*|επιβεβαι\p{L}*|πειτε|bak(?:abilir|ar|in|iniz)|uit\s+(?:\p{L}+\s+){0,8}?halen|extrai(?:re|r)|extrahier\p{L}*|herausziehen|estrarre|estrai\p{L}*|wyciagn\p{L}*|vytahn\p{L}*|poimi\p{L}*|kivonat\p{L}*|izvuc\p{L}*|renvoy\p{L}*|reenvi\p{L}*|rispedi\p{L}*|rechnung\p{L}*|factur\p{L}*|fattur\p{L}*|factuur|fatura|faktur\p{L}*|kvitt\p{L}*|quittung|ricevuta|recibo|rachun\p{L}*|(?:mir|me|mij|mig|meg|mi|mne|nekem|bana|mou|μου)\s+(?:\S+\s+){0,4}?(?:schick\p{L}*|send\p{L}*|envoy\p{L}*|envi\p{L}*|mand\p{L}*|inviar\p{L}*|stur\p{L}*|skick\p{L}*|wysl\p{L}*|posl\p{L}*|lahett\p{L}*|trimit\p{L}*|kuld\p{L}*|gonder\p{L}*|posalj\p{L}*|στειλ\p{L}*)|vypsat|vypiste|vypis|wypisa\p{L}*|op\s+een\s+rij(?:tje)?|resum\p{L}*|zusammenfass\p{L}*|auflist\p{L}*|opsom\p{L}*|riassum\p{L}*|elenc\p{L}*|ozetle\p{L}*|povzem\p{L}*|summar\p{L}*|listaa?|listar|lister|izlasiet|preberite|procitaj\p{L}*|soma|lasa|las\s+upp|lese|lesen|lees|leer|lire|leggere|ler|saber|savoir|sapere|wissen|weten|erfahren|conoscere|conocer|conhecer|wiedziec|vedet|tietaa|veta|vide|vita|megtudni|ogrenmek|znati|sa\s+(?:stiu|aflu))(?![\p{L}])/iu;
/**
 * A change or cancellation told as done, by the sender or by us, in another language, read
 * without accents ("ayer cancelé mi pedido", "ho cambiato l'indirizzo al telefono", "le service
 * client a modifié l'adresse", "Wyłączyłem odnowienie", "HP-121877の配送先を変更しました").
 */
const OTHER_DONE_CHANGE =
  /(?<![\p{L}])(?:(?:ayer|ya|antes)\s+(?:\p{L}+\s+)?(?:cancele|anule|modifique|cambie|actualice)|he\s+(?:cancelado|cambiado|modificado|anulado)|ho\s+(?:gia\s+)?(?:cambiato|modificato|annullato|disdetto|aggiornato)|(?:ha|hanno|avete)\s+(?:gia\s+)?(?:cambiato|modificato|annullato|aggiornato)|j['’]ai\s+(?:deja\s+)?(?:modifie|annule|change|resilie|mis\s+a\s+jour)|(?:a|avez|ont)\s+(?:bien\s+|deja\s+)?(?:modifie|annule|change|mis\s+a\s+jour)|(?:habe|hab|haben|hat)\s+(?:(?!meinung)\p{L}+\s+){0,4}?(?:geandert|storniert|gekundigt|aktualisiert|umgestellt)|(?:heb|hebben|heeft)\s+(?:\p{L}+\s+){0,4}?(?:gewijzigd|geannuleerd|aangepast|opgezegd|veranderd)|wylaczyl[ae]m|anulowal[ae]m|zmienil[ae]m|cancelei|alterei|mudei|atualizei)(?![\p{L}])|変更しました|キャンセルしました|変更済み|변경했|취소했|已经?(?:改|取消|修改)了/iu;
/**
 * Only a confirmation or a check asked, in another language, read without accents ("Potete solo
 * controllare se …", "Pouvez-vous juste me confirmer …", "me confirmáis si quedó cancelado", "chcę
 * tylko się upewnić", "確認だけお願いします").
 */
const OTHER_CONFIRM_ONLY =
  /(?<![\p{L}])(?:solo\s+(?:per\s+)?(?:controll|sapere|verific|conferm|confirm|saber|comprob)\p{L}*|juste\s+(?:me\s+)?(?:confirmer|verifier)|(?:pouvez|pourriez)[\s-]+vous\s+(?:juste\s+)?me\s+confirmer|(?:me\s+)?confirm(?:ais|ais|an|as|eis)\s+si|tylko\s+(?:sie\s+)?(?:upewnic|sprawdzic)|chce\s+sie\s+(?:tylko\s+)?upewnic|nur\s+(?:kurz\s+)?(?:bestatigen|wissen|sichergehen|nachfragen|prufen)|alleen\s+(?:even\s+)?(?:bevestigen|checken|weten)|so\s+(?:quero\s+)?(?:confirmar|saber))(?![\p{L}])|確認だけ|確認したい|확인만|确认一下|只是确认/iu;
/** Every such change told as done, to be taken out of the text. */
const OTHER_DONE_CHANGES = new RegExp(OTHER_DONE_CHANGE.source, 'giu');
/** The confirmation asked, to its clause's end (a stop, a question mark, a comma of the scripts without spaces, or an "and"). */
const CONFIRM_CLAUSE = new RegExp(
  String.raw`(?:${OTHER_CONFIRM_ONLY.source})[^.?!。？！，、；\n]*?(?=[.?!。？！，、；\n]|\s(?:et|y|e|und|en|and|i|oraz|og|och|a)\s|$)`,
  'giu',
);
/**
 * A change told as done with only a confirmation asked, in another language ("ieri ho cambiato
 * l'indirizzo … Potete solo controllare se sull'ordine risulta già quello nuovo?"): a look-up, as
 * the English onlyConfirms reads "I changed it yesterday — can you confirm it shows?".
 */
const foreignOnlyConfirms = (text: string): boolean => {
  const unaccented = plain(text);
  if (!OTHER_DONE_CHANGE.test(unaccented) || !OTHER_CONFIRM_ONLY.test(unaccented)) return false;
  // (…and the rest, without the deed told and the confirmation asked to its clause's end, asks for
  // nothing more: "… pouvez-vous juste me confirmer et me rembourser les frais de port ?")
  const rest = unaccented.replace(OTHER_DONE_CHANGES, ' ').replace(CONFIRM_CLAUSE, ' ');
  return readAsRequest(rest, false) === null;
};
/** A wish opening a sentence with its "I" left out ("Would love the difference back", "would like a refund"). */
const ELIDED_I = /(^|[.!?]\s+|\n\s*)(would\s+(?:love|like|appreciate|prefer)\b)/gi;
/**
 * A parcel's tracking number or link asked for in another language (read without accents: "me
 * podéis pasar el número de seguimiento", "die Sendungsnummer schicken", "le numéro de suivi",
 * "numărul de urmărire", "numer przesyłki"): a look-up, whatever verb asks for it.
 */
const OTHER_TRACKING =
  /(?<![\p{L}])(?:numero\s+de\s+(?:seguimiento|suivi|rastreio|rastreamento)|codigo\s+de\s+(?:seguimiento|rastreio|rastreamento)|sendungs(?:nummer|verfolgung)|tracking\p{L}*|track\s*(?:&|and|en)\s*trace|numero\s+di\s+(?:tracciamento|tracking|spedizione)|codice\s+di\s+tracciamento|numer\s+(?:przesylki|sledzenia|nadania|paczki)|numar(?:ul)?\s+de\s+urmarire|sporingsnummer\p{L}*|sparningsnummer\p{L}*|seurantanumero\p{L}*|sledovaci\s+cislo|cislo\s+(?:zasilky|zasielky)|jalgimis(?:number|kood)\p{L}*|kovetesi\s+szam\p{L}*|nyomkoveto\p{L}*|takip\s+(?:numarasi|kodu)|kargo\s+takip)(?![\p{L}])/iu;
/**
 * A polite question in another language asking us to do something about the sender's own order
 * or account ("Könnten Sie die Lieferung HP-118402 auf Freitag legen?", "Możecie przenieść
 * zamówienie HP-55120 na paczkomat?"): a request, unless it asks only to be told, checked or sent
 * a copy, or asks where, when or how a matter stands.
 */
function foreignAskedToDo(text: string): boolean {
  if (!SITUATION_REFERENCE.test(text)) return false;
  const unaccented = plain(text);
  // (what a "could you" asks is read in its own sentence: "Je voulais juste vous dire merci …
  // Pourriez-vous mettre le 06 48 … à la place dans mon compte ?" asks a change, not to be told)
  return (
    unaccented
      .split(/(?<=[.!?\n])/u)
      .some((sentence) => OTHER_CAN_YOU.test(sentence) && !OTHER_CAN_YOU_TELL.test(sentence)) &&
    !OTHER_TELL_ME.test(unaccented) &&
    !OTHER_STATUS.test(unaccented) &&
    !OTHER_TRACKING.test(unaccented) &&
    !OTHER_ALREADY.test(text) &&
    !OTHER_WHERE.test(text) &&
    !OTHER_TO_KNOW.test(unaccented) &&
    !OTHER_HOW.test(unaccented) &&
    !OTHER_CONTACT.test(unaccented)
  );
}
/** "Or not" closing a question typed without its mark ("er den sendt ut eller ikke"). */
const OTHER_OR_NOT =
  /(?<![\p{L}])(?:o\s+(?:todavia|aun|ancora)\s+no|ou\s+(?:pas\s+encore|ainda\s+nao)|oder\s+noch\s+nicht|of\s+nog\s+niet|eller\s+(?:ikke|inte|ej)|oder\s+nicht|ou\s+(?:pas|non|nao)|o\s+no|o\s+non|of\s+niet|czy\s+nie|nebo\s+ne|vagy\s+nem|sau\s+nu|ili\s+ne|vai\s+ei|yoksa)(?![\p{L}])(?!\s+\p{L}{3,}\s+\p{L})/iu;
/** A word of a total, an invoice or a receipt. */
const RECORD_WORD =
  /(?<![\p{L}])(?:total\p{L}*|gesamt\p{L}*|summe|totaal|importe|montant|belopp|yhteens\p{L}*|suma|celkem|invoice|inv|factur\p{L}*|fattur\p{L}*|rechnung\p{L}*|faktur\p{L}*|receipt|quittung|ricevuta|recibo|kvitto)(?![\p{L}])/iu;
/** A record pasted on one line: an amount and a word of a total, an invoice or a receipt. */
const oneLineRecord = (text: string): boolean =>
  /\d[.,]\d\d(?!\d)/.test(text) && RECORD_WORD.test(text);
/**
 * A situation told in another language about the sender's own order, card or account detail and
 * nothing asked: a reference (SITUATION_REFERENCE) with no question mark (nor a Greek one); no
 * thanks, praise or arrival unless a problem is named (or the thanks are in advance); no where
 * opening a sentence, no wish to know (OTHER_TO_KNOW), no "or not", no how it goes, and no record
 * pasted on one line. (A word of something done already is no sign: stories tell what is no longer
 * wanted, "už nemám"; nor a word of a state or a contact: "dorazil ve špatném stavu".) Such a text states what is wrong or has changed and leaves the wish
 * unsaid ("Twee tenten heb ik echt niet nodig, bestelling HP-119230 hoeft dus niet meer"); its
 * look-alikes ask ("wo ist meine Bestellung 64771") or thank.
 */
function foreignSituation(text: string): boolean {
  // (a question: its mark; in the scripts of SCRIPT_REQUESTS — their own marks, a Thai closing
  // word — only one that asks where it is or how it stands: "我的订单到哪了？"; "能给我补发一个吗？" may
  // well ask for something done)
  if (
    !SITUATION_REFERENCE.test(text) ||
    // (its mark, or a question typed without it: "cuando me llega el pedido hp 121733 …")
    /\?/.test(markedQuestions(text)) ||
    (/[？؟]|หรือยัง|ไหม|หรือเปล่า/u.test(text) &&
      (SCRIPT_ASKING_NOTHING.test(text) || SCRIPT_WHERE.test(text))) ||
    // (or asked to be told how it stands: "注文番号HP-126633の配送状況を教えてください。")
    (SCRIPT_ASKING_NOTHING.test(text) && SCRIPT_WHERE.test(text)) ||
    // (or asked to be looked up: "HP-109873 배송 조회 부탁드려요", "帮我查一下", "追跡をお願いします")
    SCRIPT_LOOKUP.test(text)
  )
    return false;
  if (/[\u0370-\u03ff]/u.test(text) && /[;\u037e]/u.test(text)) return false;
  const unaccented = plain(text);
  const problem = SITUATION_PROBLEM.test(text) || SCRIPT_PROBLEM.test(text);
  // (thanks in those scripts beside a plea close a request: "أرجو إرجاع المبلغ إلى بطاقتي … شكرا")
  const thanked =
    OTHER_THANKS.test(unaccented) ||
    SITUATION_CONTENT.test(text) ||
    (SCRIPT_THANKS.test(text) && !SCRIPT_PLEA.test(text) && !CYRILLIC_PLEA.test(text));
  if (thanked && !IN_ADVANCE.test(text) && !problem) return false;
  return (
    !(OTHER_STATUS.test(unaccented) && !problem) &&
    !OTHER_WHERE.test(text) &&
    !OTHER_TO_KNOW.test(unaccented) &&
    !OTHER_OR_NOT.test(unaccented) &&
    !OTHER_HOW.test(unaccented) &&
    !oneLineRecord(text)
  );
}
/** How many words of a text are looked up to tell whether it is mostly another language. */
const FOREIGN_SAMPLE = 200;
/** Below this share of English function words a text is taken as another language's. */
const FOREIGN_BELOW = 0.1;
/**
 * The commonest English function words that are no word of the other languages the shop hears
 * (not "a", "i", "in", "me", "no", "on", "is", "was", "will", "her", "at": Spanish, Italian,
 * German, Dutch, Finnish and Danish words too).
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the and but if from with about into than then that this these those it its ' +
    'were be been being does did have has had would can could should shall may might must my ' +
    'we our you your him his she they them their what which who whom whose when where why how ' +
    'not yes please just any some all there here out or still yet got get very really thanks ' +
    'thank hello hi dear because only already again since'
  ).split(' '),
);

/**
 * Whether a text is of another language: under FOREIGN_BELOW of its words (up to FOREIGN_SAMPLE
 * of them) are English function words ("the", "can", "my"; names, brands and e-mail addresses do
 * not count against an English text; not the words other languages share: "to" and "for" in
 * Norwegian and Danish, "of" in Dutch, "he" in Spanish, "are" in Romanian, "mine" in Danish). The two-word readings of OTHER_PAIRS ("points"
 * and "transfer") are for such texts only, never for "Can Trail Club points be transferred?".
 */
export function mostlyForeign(text: string): boolean {
  const words = (text.match(/\p{L}+/gu) ?? []).slice(0, FOREIGN_SAMPLE);
  if (words.length < 3) return false;
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())).length;
  return english / words.length < FOREIGN_BELOW;
}
/** How many unknown words of one text are tried as another language's word with a slip undone. */
const FOREIGN_TYPO_WORDS = 40;
/** A word with one slip undone: each two neighbouring letters swapped back, each letter dropped. */
function oneSlipUndone(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++)
    out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  out.delete(word);
  return [...out];
}
/** The longest text whose unknown words are tried, slip undone, in OTHER_PAIRS readings. */
const PAIR_TYPO_TEXT = 2_000;
/** The shortest word tried, slip undone, in OTHER_PAIRS readings. */
const PAIR_TYPO_WORD = 7;
/** Another language's request read in a text: a stem as written or without accents, a German compound, a pair. */
function readAsRequest(text: string, pairs: boolean): RegExpExecArray | null {
  const unaccented = plain(text);
  return (
    OTHER_LANGUAGES.exec(text) ??
    OTHER_LANGUAGES_PLAIN.exec(unaccented) ??
    GERMAN_COMPOUNDS.exec(text) ??
    SCRIPT_REQUESTS.exec(text) ??
    (pairs ? pairRead(unaccented) : null)
  );
}
/**
 * Requests in Chinese, Japanese and Korean, whose words are written without spaces between them (so
 * without OTHER_LANGUAGES' word boundary), in Hindi (whose vowel signs are no letters to a word
 * boundary), and in Arabic, Persian, Urdu and Hebrew (whose words take their articles, pronouns and
 * conjunctions joined on: "والإلغاء", "کنسلش", "שההחזר"), and in Thai (written without spaces
 * between words): a refund, a cancellation, a change, an account closed or deleted, a double charge, a
 * price difference, compensation ("मेरा ऑर्डर कैंसिल कर दीजिए", "35欧退回我的PayPal", "把袜子从订单里
 * 取消", "エクスプレス配送に変更していただけますか", "差額は払います", "계정 이름을 바꾸고", "환불해 주세요", "لطفا
 * کنسلش کنید و پول رو برگردونید", "אפשר להעביר אותו לפייפאל שלי"), money returned, credit moved or
 * details amended ("أرجو إرجاع المبلغ إلى بطاقتي", "وأرغب في نقله إلى حساب أخي", "أرجو تعديل بيانات حسابي",
 * "积分用不完，想转给我朋友").
 */
const SCRIPT_REQUESTS =
  /차액|להוריד|תורידו|הורידו|להסיר|תסירו|הסירו|去掉|删掉|刪掉|拿掉|差额|差額|差价|差價|退款|退钱|退錢|退回(?:我|到|给|給)|退还|退還|退给|退給|新地址|新的地址|新しい住所|새\s?주소|取消|撤销|撤銷|更改|修改|改成|改为|改為|改到|注销|註銷|删除|刪除|重复扣款|重複扣款|扣了两次|扣了兩次|两次扣|兩次扣|赔偿|賠償|补偿|補償|返金|払い戻|払戻|キャンセル|取り消|取消し|解約|退会|変更|差額|二重(?:に)?(?:請求|引き落と|決済|課金)|削除|返して|환불|취소|(?:계좌|통장)로\s?(?:보내|송금|입금|돌려)|잔액[^。！？\n]{0,20}?(?:보내|송금|이체|환급)|口座に(?:振り込|返金|戻)|(?:转|打|退)到我的(?:银行|账户|帳戶)|변경|바꾸|바꿔|바꿨|탈퇴|해지|삭제|중복\s?결제|이중\s?결제|두\s?번\s?결제|돌려주|돌려 주|보상|कैंसिल|रद्द|रिफंड|पैसे\s?वापस|वापस\s?कर|बदल\s?(?:दें|दीजिए|दो|सकते)|पता\s?बदल|استرداد|استرجاع|إلغاء|الغاء|ألغ|الغي|كنسل|تغيير\s+(?:ال)?(?:عنوان|بريد|ايميل|إيميل|رقم|اسم|طريقة|بطاقة)|غير(?:وا)?\s+العنوان|احذف|حذف\s+(?:حساب|الحساب|بيانات)|امسح|تعويض|مرتين|[إا]رجاع\s+(?:ال)?مبلغ|نقل(?:ه|ها)\s+(?:إلى|الى)\s+حساب|نقل\s+(?:ال)?(?:رصيد|نقاط|مبلغ)|تعديل\s+(?:ال)?(?:بيانات|عنوان|اسم)|(?:积分|積分|余额|餘額|ポイント|포인트)[^。！？\n]{0,15}?(?:转给|轉給|转到|轉到|譲|넘겨|이전|옮겨)|أرجعوا|ارجعوا|رجعوا|فلوسي|أموالي|اموالي|حولوا|تحويل\s+(?:المبلغ|الرصيد|النقاط)|لغو|کنسل|برگردون|برگردان|پولم|عوض\s+کن|تغییر\s+(?:آدرس|ایمیل|شماره)|حذف\s+حساب|منسوخ|ریفنڈ|پیسے\s+واپس|رقم\s+واپس|החזר\s+כספי|זיכוי|לבטל|ביטול|בטלו|תבטלו|לשנות|תשנו|שנו\s+את|למחוק|תמחקו|מחקו|להעביר|תעבירו|העבירו|פעמיים|เปลี่ยน|ยกเลิก|คืนเงิน|ส่วนต่าง|ลบบัญชี|โอน/u;
/** German compounds end in the word: "Kostenerstattung", "Bestellstornierung". */
const GERMAN_COMPOUNDS =
  /\p{L}(?:erstattung|stornierung|kündigung|rückzahlung|löschung|abbuchung)(?![\p{L}])/iu;

/** The text without the lines of a quoted earlier message ("> Your order 44310 has been delivered."). */
export const withoutQuotedLines = (text: string): string => text.replace(/^[ \t]*>.*$/gm, '');

/**
 * A pasted document rather than a message: four lines or more, most of them fields (a label and a
 * value, or figures). Its sentences ("Payment within 30 days please", "cancellations are not
 * refundable") are not the sender's requests.
 */
export function looksLikeDocument(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length < 4) return false;
  const fields = lines.filter((l) => (LABELLED.test(l) || /\d/.test(l)) && !isProse(l)).length;
  return fields * 2 >= lines.length;
}

/** Words that run prose together, which a document's fields and item lines seldom hold three of. */
const PROSE_WORDS = new Set(
  'i we you it the and that which was were is are my our your to of have has had but so as would will'.split(
    ' ',
  ),
);
/**
 * A line of a letter rather than of a document: ten words or more, three of them words that run
 * prose together ("we finally sold the flat and moved out on Saturday, which was chaos").
 */
const isProse = (line: string): boolean => {
  const words = line.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length >= 10 && words.filter((w) => PROSE_WORDS.has(w)).length >= 3;
};

/** A field of a pasted document: a label and its value. */
const LABELLED = /^[^:]{1,40}:\s*\S/;
/** A line of the document: a field, or figures — unless it addresses us ("Cancel order 10443"). */
const isFieldLine = (line: string): boolean =>
  LABELLED.test(line) || (/\d/.test(line) && !ADDRESSING.test(line));
/** A line of the sender's own inside a pasted block: in the first person, a sentence long. */
const OWN_LINE = /\b(?:i|i'm|i've|i'd|my|me)\b/i;
const OWN_LINE_WORDS = 6;
/**
 * A line around the block that addresses us: a question, a plea, the first person. Not a
 * letterhead ("Sophie's Cakes", "INVOICE"), a heading above the fields or a footer's "Questions?
 * Contact us".
 */
const ADDRESSING =
  /\b(?:i|i'm|i've|i'd|my|me|please|pls|plz|kindly|(?:can|could|would)\s+(?:you|u)|you\s+(?:took|charged|billed|debited|double[\s-]charged|still\s+ha(?:ve|ven['’]?t)))\b|(?:^|[.!;]\s+)(?:what|what's|where|when|why|how|which|who|can|could|is|are|do|does|did|will|would)\b[^?]*\?+\s*$|^\s*(?:cancel|refund|reimburse|return|change|update|move|transfer|send|credit|reverse|stop|close|delete|remove|pay|charge|issue|process|void|waive)\b/i;

/**
 * A pasted document's link for its reader ("Cancel order: visit your account page", "Manage
 * subscription: https://…"): a label and where to go, never the sender's first person.
 */
const LINK_LINE_SOURCE =
  "^[ \\t]*(?![^\\n]*\\b(?:i|i'm|i've|i'd|my|me|we|our|us)\\b)[^:\\n]{1,40}:[ \\t]*(?:visit|click|go[ \\t]+to|see[ \\t]+(?:your|the)|log[ \\t]+in|sign[ \\t]+in|https?:|www\\.|scan|tap)\\b[^\\n]*$";
const LINK_LINE = new RegExp(LINK_LINE_SOURCE, 'gim');
const LINK_LINE_ONE = new RegExp(LINK_LINE_SOURCE, 'i');
/** How a payment instruction says to pay: by a means, to an account, within a time. */
const PAYMENT_HOW =
  '\\b(?:by|via|to|into|using|within|before|no\\s+later|online|sort\\s+code|iban|bic|swift|account\\s+(?:no|number|\\d)|bank\\s+transfer)\\b';
/**
 * An invoice's own payment instructions ("Please pay by bank transfer to …", "Pay online: …",
 * "Please remit to sort code …"): how its reader is to pay it, not the sender asking us to move
 * money. Only read so on a pasted document's own lines, and never with the sender's "I", "my",
 * "we" or "our" or a word of a refund, cancellation, reversal or credit.
 */
const PAYMENT_INSTRUCTION = new RegExp(
  `\\b(?:pay|remit|transfer)\\b[^.\\n]{0,60}?${PAYMENT_HOW}`,
  'i',
);
/**
 * A footer's payment terms ("Please pay 1,204.00 within 14 days to account …"), not a request to
 * us: a line that opens with them (an amount's decimal point is no end of them).
 */
const PAYMENT_TERMS = new RegExp(
  `^\\s*(?:please\\s+|kindly\\s+)?(?:pay|remit|transfer)\\b[^\\n]{0,80}?${PAYMENT_HOW}`,
  'i',
);
/** Payment instructions (as `pattern` finds them) that are not the sender's and move no refund. */
const isInstruction = (text: string, pattern: RegExp): boolean =>
  pattern.test(text) && !SENDER.test(text) && !MONEY_WORDS.test(text);

/**
 * The sender's own words around a pasted document: the lines before its first field line and
 * after its last that address us (a question, a plea, the first person), and any line inside it
 * written in the first person a sentence long ("I was charged twice for this one"). Undefined
 * when the text is not a pasted document. A footer's payment terms are the document's.
 */
export function documentParts(text: string): { sender: string; block: string } | undefined {
  if (!looksLikeDocument(text)) return undefined;
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() && isFieldLine(l));
  let last = lines.length - 1;
  while (last > first && !(lines[last].trim() && isFieldLine(lines[last]))) last--;
  const sender = lines.filter(
    (l, i) =>
      ((i < first || (i > last && !isInstruction(l, PAYMENT_TERMS))) && ADDRESSING.test(l)) ||
      (OWN_LINE.test(l) && l.trim().split(/\s+/).length >= OWN_LINE_WORDS),
  );
  // the document: every line that is not the sender's (its letterhead, fields and footer)
  const block = lines.filter((l) => !sender.includes(l)).join('\n');
  return { sender: sender.join('\n').trim(), block };
}

/** An item's line of an inline document: a quantity before or after it ("2 x", "x1"). */
const INLINE_ITEM = /\b\d{1,2}\s?[x×]\s|\s[x×]\s?\d{1,2}\b/;
/**
 * What marks a document's field written inline: a document's number ("INV-2026-0588", "CN 22110",
 * a carrier's "3SHPN0120912"), an amount ("189,00 €", "EUR 12.40", "£35"), a date ("2026-03-18",
 * "18.03.2026"), a time ("09:40 CET"), a field's label ("Artikel: ") or a quantity ("2 x", "x1").
 */
const INLINE_FIELDS: readonly (readonly [string, RegExp])[] = [
  ['number', /\b(?:[A-Z]{2,5}[-/]?\d{4}[-/]\d{2,}|[A-Z]{2,4}[- ]\d{4,}|\d?[A-Z]{4,6}\d{6,})\b/g],
  [
    'amount',
    /[€£$]\s?\d[\d.,]*|(?<![\d.,])\b\d{1,3}(?:[ .,]\d{3})*[.,]\d{2}(?![\d]|[.,]\d)(?:\s?(?:[A-Z]{3}\b|[€£$]|kr\b|zł|Kč|eur\w*))?/giu,
  ],
  ['date', /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b/g],
  ['time', /\b\d{1,2}:\d{2}(?::\d{2})?\s?(?:CET|CEST|UTC|GMT|h)?\b/g],
  ['label', /(?<![\p{L}])\p{L}{3,20}\s?:\s+(?=[\p{L}\d])/gu],
  ['quantity', new RegExp(INLINE_ITEM.source, 'g')],
];
/** How many fields, of how many kinds, make an inline document. */
const INLINE_FIELDS_MIN = 4;
const INLINE_KINDS_MIN = 3;
/**
 * Where an inline document's parts meet: a sentence's end, a spaced dash, a bar, a slash, a
 * middle dot, a semicolon, a comma, a colon before a quote or a wide gap, an arrow or a caret.
 */
const INLINE_PARTS =
  /(?<=[.!?])\s+|\s+[—–-]{1,3}\s+|-{3,}|\s*[|·•^]\s*|\s+\/\s+|;\s*|,\s+|:\s+(?=["«“„])|:\s{2,}|\s*(?:→|->|=>)\s*|\n+/;
/** A part of an inline document that is a field's label and value ("Kunde: Lukas Brandt"). */
const INLINE_LABELLED = /^[^:]{1,30}:\s*\S/;
/** How many words a part inside an inline document needs to be read as the sender's. */
const INLINE_OWN_WORDS = 4;

/** How many words run on after a part's last field, or before its first, make a part of their own. */
const RUN_ON_AFTER = 1;
const RUN_ON_BEFORE = 4;
/** How many words of letters a text holds. */
const letterWords = (text: string): number => text.match(/\p{L}+/gu)?.length ?? 0;
/** Where each inline field stands in a text, as [start, end]. */
const fieldSpans = (text: string): [number, number][] =>
  INLINE_FIELDS.flatMap(([, pattern]) =>
    [...text.matchAll(pattern)].map((m): [number, number] => [m.index, m.index + m[0].length]),
  );
/** A text without its inline fields (the sender's words are read without the document's figures). */
const withoutFields = (text: string): string =>
  INLINE_FIELDS.reduce((rest, [, pattern]) => rest.replace(pattern, ' '), text);
/** A part of an inline document split where words run on after its last field or before its first. */
function runOnWords(part: string): string[] {
  const spans = fieldSpans(part);
  if (spans.length === 0) return [part];
  const from = Math.min(...spans.map(([at]) => at));
  const to = Math.max(...spans.map(([, end]) => end));
  const start = letterWords(part.slice(0, from)) >= RUN_ON_BEFORE ? from : 0;
  const end = letterWords(part.slice(to)) >= RUN_ON_AFTER ? to : part.length;
  return [part.slice(0, start), part.slice(start, end), part.slice(end)].filter((x) => x.trim());
}

/**
 * A document pasted inline — its fields run on in a line or two, as a phone pastes an order
 * confirmation or a receipt ("Rechnung INV-2026-0588, Datum 2026-03-18, 2 x Socken à 17,50 EUR,
 * Gesamt 39,95 EUR") — with the sender's words before or after it, or between its fields a
 * sentence long (read without the document's figures and numbers). Undefined for a text of no
 * such fields and for a document of lines (documentParts reads those).
 */
export function inlineDocumentParts(text: string): { sender: string; block: string } | undefined {
  if (looksLikeDocument(text)) return undefined;
  const fields = INLINE_FIELDS.flatMap(([kind, pattern]) =>
    [...text.matchAll(pattern)].map(() => kind),
  );
  if (fields.length < INLINE_FIELDS_MIN || new Set(fields).size < INLINE_KINDS_MIN)
    return undefined;
  // (words run on after a part's last field, or before its first, with no mark between, are a
  // part of their own: "Summe 29,80 EUR bitte erstatten Sie mir den Betrag", "Bitte stornieren
  // Sie diese Bestellung: Bestellung HP-220941")
  const parts = text
    .split(INLINE_PARTS)
    .filter((x) => x?.trim())
    .flatMap(runOnWords);
  const fieldsIn = (part: string): number => fieldSpans(part).length;
  const first = parts.findIndex((part) => fieldsIn(part) > 0);
  let last = parts.length - 1;
  while (last > first && fieldsIn(parts[last]) === 0) last--;
  // (a part a sentence long beside its figures is the sender's too: "bitte erstatten Sie mir
  // 12,90 EUR" — but never a field's label and value, "client : Camille Roux", nor an item's
  // line, "1 x veste Ridgeline taille L 189,00 €", and a part of two fields or more is the
  // document's: "Factura INV-2026-0688 fecha 2026-03-08 pedido HP-198470")
  const own = (part: string, i: number): boolean =>
    !INLINE_LABELLED.test(part) &&
    !DOCUMENT_THANKS.test(part) &&
    !INLINE_ITEM.test(part) &&
    (i < first ||
      i > last ||
      (fieldsIn(part) < 2 && letterWords(withoutFields(part)) >= INLINE_OWN_WORDS));
  return {
    sender: parts
      .filter(own)
      .map((x) => withoutFields(x).replace(/\s+/g, ' ').trim())
      .join(' '),
    block: parts
      .filter((x, i) => !own(x, i))
      .map((x) => x.trim())
      .join(' '),
  };
}

/**
 * A shop's thanks opening its own confirmation ("Thank you for your order HP-153077, placed on
 * …", "Vielen Dank für Ihre Bestellung", "Grazie per il tuo ordine"): the document's words, not
 * the sender's thanks.
 */
const DOCUMENT_THANKS =
  /\b(?:thank\s+you|thanks)\s+for\s+(?:your|shopping|ordering)\b|vielen\s+dank\s+f[üu]r\s+(?:ihre|deine|den|die)\s+(?:bestellung|einkauf|kauf)|merci\s+(?:pour|de)\s+votre\s+(?:commande|achat)|grazie\s+per\s+(?:il\s+tuo|il\s+vostro|l['’])\s*(?:ordine|acquisto)|gracias\s+por\s+(?:tu|su)\s+(?:pedido|compra)|obrigad[oa]\s+pel[oa]\s+(?:sua|seu|tua|teu)\s+(?:encomenda|compra|pedido)|bedankt\s+voor\s+(?:je|uw)\s+(?:bestelling|aankoop)|tack\s+f[öo]r\s+din\s+(?:beställning|order|köp)|tak\s+for\s+din\s+(?:ordre|bestilling)|takk\s+for\s+(?:din|bestillingen)|kiitos\s+tilauksesta|dzi[ęe]kujemy\s+za\s+(?:zam[óo]wienie|zakup)/iu;
/** The makers of wallets named "… Pay" ("Apple Pay", "Google Pay"). */
const WALLETS = new Set(['apple', 'google', 'samsung', 'amazon', 'shop', 'android', 'garmin']);
/** What a customer pays that is no money moved back ("pay customs", "pay import fees"). */
const DUES = new Set([
  'customs',
  'duty',
  'duties',
  'import',
  'tax',
  'taxes',
  'vat',
  'postage',
  // customs in the languages customers mix in ("do I pay Zoll on arrival?", "la douane")
  'zoll',
  'douane',
  'aduana',
  'dogana',
  'tull',
]);
/** The lemmas of cancelling. */
const CANCELS = new Set(['cancel', 'cancellation', 'cancelation']);
/** A customer's own plans, which they may call off with nothing of ours ("cancel our trip"). */
const OWN_PLANS = new Set([
  'trip',
  'trips',
  'holiday',
  'holidays',
  'vacation',
  'flight',
  'flights',
  'plans',
  'wedding',
  'party',
  'event',
  'camp',
  'hike',
  'expedition',
  'journey',
  'hotel',
  'appointment',
  'concert',
  'race',
  'festival',
  'weekend',
  'outing',
  'getaway',
  'retreat',
  'match',
  'marathon',
]);
/** What a fee waived names ("give up the fee"): a phrasal "give up" is a waiver only of one. */
const WAIVABLE = new Set([
  'fee',
  'charge',
  'cost',
  'payment',
  'deposit',
  'fine',
  'penalty',
  'interest',
]);
/** Money actions that someone else paying the customer back names ("my company will reimburse me"). */
const PAID_BACK = new Set(['reimburse', 'reimbursement', 'refund', 'compensate']);
/** What of ours a cancellation may name (an order, a plan of ours, a payment). */
const OURS = new Set([
  'order',
  'subscription',
  'membership',
  'account',
  'payment',
  'delivery',
  'item',
  'parcel',
  'purchase',
  'club',
  'box',
  'shipment',
  'refund',
  'charge',
  'booking',
  'reservation',
  'ticket',
  'tour',
  'course',
  'enrolment',
  'enrollment',
]);
/** What names the means a payment is made by ("pay with PayPal", "pay by card"). */
const BY_MEANS = new Set(['with', 'by', 'using', 'via', 'through']);
/** Verbs that change something: high impact only with one of OBJECTS. */
const CHANGE_ACTIONS = new Set([
  'change',
  'update',
  'edit',
  'modify',
  'amend',
  'correct',
  'switch',
  'swap',
  'replace',
  'move',
  'transfer',
  'put',
  'pay',
  'charge',
  'credit',
  'close',
  'delete',
  'remove',
  'deactivate',
  'terminate',
  'stop',
  'hold',
  'split',
  'add',
  'upgrade',
  'downgrade',
  'give',
  'reverse',
  'dispute',
  'drop',
  'issue',
  // "please reissue the payment to our current IBAN"
  'reissue',
  'unsubscribe',
  'undo',
  'merge',
  // "quit the loyalty club", "leave the plan", "end it": ending a membership
  'quit',
  'end',
  // "that the standing order be discontinued"
  'discontinue',
  // "if it hasn't left yet just scrap it", "ditch the order"
  'scrap',
  'ditch',
  // "ask that our purchase order no. 7741 be withdrawn"
  'withdraw',
  // "pause my subscription", "freeze my card"
  'pause',
  'suspend',
  'freeze',
]);

/**
 * A matter told as sorted out by us already ("thanks for sorting out the double charge", "your
 * team sorted it", "it was refunded the same day").
 */
const SORTED_OUT =
  /\b(?:thanks?|thank\s+you|grateful)\s+(?:\w+\s+){0,2}?for\s+(?:sorting|fixing|resolving|refunding|handling|taking\s+care|cancell?ing)\b|\b(?:you|your\s+(?:\w+\s+)?(?:team|colleagues?|staff|support|service|agents?)|they|someone)\s+(?:(?:already|quickly|kindly|promptly)\s+)?(?:sorted|fixed|resolved|refunded|handled|corrected)\s+(?:it|that|this|them|everything|the\s+\w+)(?:\s+out)?\b|\b(?:it|that|this)\s+(?:was|got|has\s+been)\s+(?:already\s+|quickly\s+)?(?:sorted|fixed|resolved|refunded)\b/i;
/** …and said to be wrong again after all ("sorted it, but it happened again", "still charged"). */
const NOT_SORTED = /\b(?:again|still|but|however|another|not\s+(?:fully|properly|completely))\b/i;

/** Words before a participle that tell what happened ("was split", "got split"). */
const SPLIT_TOLD = new Set(['was', 'were', 'been', 'got', 'gets', 'is', 'are']);

/** Account, payment and money data. */
const OBJECTS = new Set([
  'account',
  'profile',
  'card',
  'iban',
  'bank',
  'payment',
  'billing',
  'address',
  'email',
  'e-mail',
  'phone',
  'name',
  'credit',
  'balance',
  'money',
  'refund',
  'subscription',
  'membership',
  'club',
  'renewal',
  'plan',
  'fee',
  'charge',
  'deposit',
  'voucher',
  'point',
  'detail',
  'data',
  // the lexicon's lemma of "data"
  'datum',
  'recipient',
  'paypal',
  'difference',
  'order',
  'user',
]);

/** Verbs that send an order somewhere: high impact when the destination changes. */
const DELIVERY_ACTIONS = new Set([
  'send',
  'deliver',
  'ship',
  'redirect',
  'reroute',
  'forward',
  'post',
  'leave',
]);
const DESTINATION_CHANGE = new Set([
  'instead',
  'different',
  'another',
  'new',
  'address',
  'pickup',
  'locker',
  'neighbour',
  'neighbor',
  'office',
  'work',
]);

/** What a customer can ask us not to do ("don't ship it", "do not renew my plan"). */
const STOPPABLE = new Set([...DELIVERY_ACTIONS, 'renew', 'charge', 'bill']);

/**
 * A change named by its noun ("the erasure of my account", "deletion of our data"): with one of
 * OBJECTS it is the change, as the verb would be.
 */
const NOMINAL_CHANGES = new Map([
  ['erasure', 'delete'],
  ['deletion', 'delete'],
  ['removal', 'remove'],
  ['closure', 'close'],
  ['termination', 'terminate'],
]);
const RESCHEDULED = 'move a delivery to another day';
const ELSEWHERE = 'change where it is delivered';
/** What was to happen ("was meant to go to", "supposed to come to"), no change asked. */
const MEANT = new Set(['meant', 'supposed', 'planned', 'expected']);
/** Words saying the customer's data on file is wrong ("wrong email on my account, it should be …"). */
const WRONG = new Set(['wrong', 'incorrect', 'misspelled', 'misspelt', 'typo', 'outdated']);
/** An e-mail address or a phone number given: a new value for data on file. */
const NEW_VALUE = /\S@\S+\.\S|\+?\d[\d\s-]{6,}\d/;
/** The customer's data a correction changes. */
const DATA = new Set(['email', 'e-mail', 'address', 'phone', 'name', 'card', 'iban', 'detail']);
/** Verbs that say what data is ("the name on my account is misspelt"). */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'looks', 'seems', 'still']);
/** Verbs that move a delivery to another day ("postpone the delivery", "reschedule it"). */
const RESCHEDULE = new Set(['reschedule', 'postpone', 'delay', 'rearrange', 'hold']);
/** Who or what brings an order ("can the courier come on Monday instead"). */
const CARRIERS = new Set([
  'courier',
  'driver',
  'delivery',
  'postman',
  'parcel',
  'package',
  'shipment',
  'order',
]);
/** Words of another day or time for a delivery. */
const OTHER_DAY = new Set(['instead', 'later', 'another', 'different', 'other', 'rather']);
/** A pronoun standing for what the sentence before named ("I have 60 of credit. Pay it out."). */
const REFERRING = new Set(['it', 'that', 'this', 'them', 'those']);

/** What follows "moved" when the customer moved a thing, not house ("moved the order", "moving slowly"). */
const NOT_MOVING_A_THING = String.raw`(?!\s+(?:the|it|them|this|that|my|our|some|a|an|on|along|ahead|forward|through|around|up|down|fast|quickly|slowly|\p{L}+ly)\b)`;
/**
 * A customer who says they have moved, with a new address or an order not yet delivered: asking
 * for the delivery address to change ("I moved last week. 27 Alder Lane now. Order 6618."). Read
 * a sentence at a time: not after "since" or "when" ("since I moved, parcels take longer"), not
 * "moving slowly through checkout"; a sentence that opens with it needs no "I" ("Moved house."),
 * nor a move told after another thing done ("we sold the flat and moved out on Saturday").
 */
const MOVED = new RegExp(
  String.raw`(?<!\b(?:since|when|after|before|because|as|until|ever)\s+)\b(?:i|we)(?:['’]ve|\s+have|['’]m|\s+am|\s+are|['’]re|\s+just|\s+recently)?\s+(?:just\s+|recently\s+|now\s+|finally\s+|actually\s+|officially\s+)?(?:moved|relocated|moving|relocating)${NOT_MOVING_A_THING}|^\s*(?:just\s+|recently\s+|have\s+|['’]ve\s+)?(?:moved|relocated)\b|\b(?:my|our)\s+new\s+(?:\p{L}+\s+)?(?:address|addy|addr)\b|(?<!\b(?:your|the\s+shop['’]s|the\s+store['’]s)\s+)\bnew\s+(?:\p{L}+\s+)?(?:address|addy|addr)\s*(?:is|:|-)|^\s*new\s+(?:address|addy|addr)\b|\b(?:address|addy|addr)\s+change\b|\bchange\s+of\s+address\s*:|\b(?:i|we)\b[^.!?\n]{0,80}?\band\s+(?:then\s+|have\s+|just\s+|finally\s+)?(?:moved|relocated)${NOT_MOVING_A_THING}`,
  'iu',
);
/**
 * Where the customer is from now on ("From now on we're at Meersstraat 112", "we sold the house in
 * March and are now settled in a flat in Deventer", "we're now at 4 Mill
 * Lane", "new place is Westersingel 88b", "handed the keys back there on friday"): a move only with
 * an address given, for "being at" or "in" is often no place at all ("from
 * now on I'm in charge of ordering", "we are now at the point where …").
 */
const MOVED_NOW_AT =
  /\bnew\s+(?:place|flat|apartment|home|house|digs)\s+(?:is|will\s+be|:|-)|\bhanded\s+(?:the\s+|my\s+|our\s+)?keys\s+back\b|\b(?:we|i)\s+(?:\p{L}+\s+){0,3}?(?:sold|left)\s+(?:the|our|my)\s+(?:old\s+)?(?:house|flat|apartment|place|home)\b[^.!?\n]{0,80}?\b(?:now|since)\b|\b(?:are|am|we['’]re|i['’]m)\s+now\s+(?:settled|living|based)\s+in\b|\b(?:from\s+now\s+on|as\s+of\s+(?:today|now|this\s+week|\p{L}+day)|from\s+(?:the\s+)?(?:weekend|\p{L}+day|next\s+(?:week|month)|the\s+\d{1,2}(?:st|nd|rd|th)?)\s+on)\s*,?\s+(?:we['’]re|we\s+are|i['’]m|i\s+am|we\s+live|i\s+live|we['’]ll\s+be|i['’]ll\s+be)\s+(?:at|in)\b|\b(?:we['’]re|we\s+are|i['’]m|i\s+am|we\s+live|i\s+live)\s+now\s+at\b/iu;
/** A payment taken twice ("charged twice", "shows this payment twice", "a duplicate payment"). */
const DOUBLE_CHARGE =
  /\b(?:charged|billed|debited|took|paid|went\s+through)\s+(?:[\p{L}\d#/-]+\s+){0,5}?(?:twice|two\s+times|double|2\s?x|x\s?2)\b(?!\s+(?:as|the|in\s+the\s+past|before|over)\b)|\b(?:taken|shows?|showing|appears?|appearing)\s+(?:[\p{L}\d#/-]+\s+){0,5}?(?:twice|two\s+times|double|2\s?x|x\s?2)\b/iu;
/** What a payment taken twice names when only "shows" or "appears" says it was taken. */
const PAYMENT_NOUN =
  /\b(?:payments?|charges?|transactions?|debits?|amounts?|sums?|money|bills?|fees?|bank|card|statement|paypal|account)\b|[€£$]\s?\d|\d+[.,]\d{2}\b/i;
/** A double charge named by its noun. */
const DOUBLE_NOUN =
  /\bdouble[\s-]?(?:charged|charge|billed|payment|debit)\b|\bduplicate\s+(?:charge|payment|transaction|debit)\b|\bsecond\s+(?:charge|payment|debit|transaction)\b/i;
/** Payments due one after another by plan ("the second payment of my instalment plan"). */
/** A condition leading a sentence, to its comma ("if I paid by card and return it,"). */
/**
 * A sentence adverb or label that puts a question in the abstract ("hypothetically, if I order …",
 * "general question - if i return something, …").
 */
const IN_THEORY = String.raw`(?:(?:hypothetically|theoretically|in\s+theory|out\s+of\s+curiosity|(?:i['’]?m\s+|i\s+am\s+)?(?:just\s+)?(?:curious|wondering)(?:\s+how\s+(?:it|this|that)\s+works)?|purely\s+hypothetically|(?:(?:a|one)\s+)?(?:general|quick|random|simple|small|short|silly|side)\s+(?:question|q|one)|just\s+a\s+question|(?:[a-z&]+\s+){0,3}?question)\s*[,:—–-]?\s*)?`;
const CONDITION_FIRST = new RegExp(
  String.raw`^\s*${IN_THEORY}(?:if|when|whenever|once|as\s+soon\s+as)\b[^,:;?]{1,160}[,:;]`,
  'i',
);
/**
 * A clause that sets the scene before a question ("Once you have my return, how long …?",
 * "Before I order: if I pay by PayPal, does …?", "once you get a return back how many days …?").
 */
const LEADING_CLAUSE = new RegExp(
  String.raw`^\s*${IN_THEORY}` +
    /(?:once|when|whenever|if|before|after(?!\s+all\b)|as\s+soon\s+as|until)\b[^,:;?]{1,100}?(?:[,:;]\s*(?=(?:how|what|when|which|who|where|why|do|does|did|is|are|was|were|will|would|should|can|could|may|might|has|have|if)\b)|\s+(?=(?:how\s+(?:long|many|much|soon|quickly)|what|which|where|why)\b))/i
      .source,
  'i',
);
/**
 * What announces the question that follows it ("Before I place a big order, I'd like to know: if
 * I did send something back, how long …?"): the question is what follows the colon.
 */
const ASK_LEAD =
  /^(?![^?:]{0,300}?\b(?:please|pls|kindly|cancel\w*|refund\w*|redirect|reroute|send|stop|change|return|give|go\s+ahead|reimburse\w*|delete|close|update|move)\b[^?:]{0,300}?:)[^?:]{0,300}?\b(?:(?:like|want|need|wanted)\s+to\s+(?:know|ask|check|understand)|wondering|wonder|my\s+question\s+is|question|planning|curious|asking|in\s+general|generally|hypothetically|for\s+(?:future\s+)?reference)\s*:\s*/i;
/**
 * A leading clause dropped as scene only, unless it has us act on an order, an address, a card or
 * a plan it names ("If you cancel order 4410, how much do I get back?", "After you've changed the
 * address to 9 Hill St how many days …?" weigh up that change).
 */
const sceneOnly = (lead: string): string =>
  /\b(?:you|u)(?:['’]ve|\s+have|\s+could|\s+can|\s+will|['’]ll)?\s+(?:cancel|change|refund|move|redirect|delete|close|stop|swap|send|put|switch|update)\w*\b/i.test(
    lead,
  ) &&
  (ORDER_REF.test(lead) ||
    STREET.test(lead) ||
    // "when you refund me for the broken lamp, …": money of mine
    /\b(?:refund|reimburse|credit|compensate|pay)\w*\s+(?:me|us)\b/i.test(lead) ||
    /\b(?:card|address|subscription|membership|account|shipping|delivery)\b/i.test(lead))
    ? lead
    : '';
/**
 * A document's field that records a thing done, with its amount or date ("Refund issued: £128.00",
 * "Amount refunded: 45,00 EUR", "Credited on: 2025-03-02"): the document's, asking nothing.
 */
const DONE_FIELD =
  /^\s*(?:(?!(?:please|pls|to|be|want|need|not|still|yet|have|get)\b)\p{L}+\s+){0,3}(?:issued|paid|credited|refunded|reimbursed|processed|received|settled|cancell?ed|returned)(?:\s+(?:on|to|by|amount|total))?\s*:\s*\S/iu;
/**
 * A credit note's field of where its refund goes ("Refund to: Visa ****2290", "Refund method:
 * card"): the document's record, on a pasted credit note's own lines — not a customer's form
 * asking for one.
 */
const REFUND_FIELD =
  /^\s*(?:refund|reimbursement|credit)\s+(?:to|method|via|by|amount|total|date|ref\.?|reference|no\.?|number|account|card|type)\s*:\s*\S/i;
/** A pasted credit note's heading or total ("CREDIT NOTE", "Total credited", "Avoir", "Gutschrift"). */
const CREDIT_NOTE =
  /\b(?:credit\s+note|credit\s+memo|total\s+credited|avoir|gutschrift|creditnota|nota\s+(?:de|di)\s+cr[ée]dito|kreditnota|hyvityslasku|korekta)\b/i;
/** An order stopped before it leaves ("stop it before it leaves you", "stop the parcel from going"). */
const STOP_BEFORE =
  /\bstop\s+(?:it|them|the\s+(?:order|parcel|package|delivery|shipment)|order\s+\S+)\s+(?:before|from)\s+(?:it|they|leaving|shipping|going|being)\b/i;
/**
 * The record of a refund or a cancellation had ("here's the refund receipt", "the cancellation
 * confirmation you sent me"): the record named, the money word no request (the article kept).
 */
const RECORD_HAD =
  /\b((?:here['’]?s|here\s+is|attached\s+is|enclosed\s+is|this\s+is|attached|enclosed)\s+(?:the|my|a|your)\s+)(?:refund|cancell?ation|reimbursement)\s+(?=(?:receipt|confirmation)\b)|\b((?:the|a|your)\s+)(?:refund|cancell?ation|reimbursement)\s+(?=(?:receipt|confirmation)\s+(?:you|that\s+you|which\s+you|i\s+got|i\s+received)\b)/gi;
/** An order or a plan killed ("kill the order please", "just kill it" of an order named). */
const KILLED =
  /\bkill\s+(?:(?:the|my|this|that)\s+(?:whole\s+)?(?:order|subscription|membership|plan)|order\s+#?\d[\w-]*)\b/i;
/** A wish that an order not go ahead ("I'd rather it didn't", "we'd prefer it wasn't sent"). */
const RATHER_NOT =
  /\b(?:i|we)(?:['’]d|\s+would)\s+(?:really\s+|much\s+|honestly\s+|actually\s+)?(?:rather|prefer)\s+(?:it|they|that\s+it)\s+(?:didn['’]?t|did\s+not|wasn['’]?t|was\s+not|weren['’]?t|were\s+not|not)\b(?:\s+(?:ship|go\s+out|go\s+ahead|go|come|get\s+sent|be\s+sent|sent|dispatched|shipped|posted))?(?:\s+(?:at\s+all|now|any\s*more|yet|out|after\s+all))?(?=\s*(?:[,.;:!?)]|$|(?:and|but|so|as|because|since)\b))/i;
/**
 * An order to stay where it is, or not kept ("it can just stay with you", "I'd rather not keep
 * order 3345", "no need to ship it").
 */
const LET_IT_STAY =
  /\b(?:it|they|the\s+(?:order|parcel|package|jacket|boots|tent|item|items)|order\s+#?\d[\w-]*)\s+(?:can|may|could)\s+(?:just\s+|simply\s+|happily\s+)?stay\s+(?:with\s+you|at\s+yours|in\s+your\s+(?:warehouse|shop|store))\b|\b(?:i|we)(?:['’]d|\s+would)\s+(?:rather|prefer)\s+(?:not\s+(?:to\s+)?|to\s+not\s+)keep\s+(?:order\s+#?[\w-]*\d[\w-]*|the\s+order|my\s+order|it|them)\b|\bno\s+need\s+to\s+(?:ship|send|dispatch|post)\s+(?:it|them|the\s+order|order\s+#?[\w-]*\d[\w-]*)\b/i;
/**
 * The customer's data to be taken out of the shop's systems ("please take my details out of your
 * systems", "remove all my information from your database").
 */
const DATA_OUT =
  /\b(?:take|get|remove|wipe|erase|delete|strip|scrub|clear|purge)\s+(?:all\s+(?:of\s+)?)?(?:my|our)\s+(?:personal\s+|customer\s+|account\s+)?(?:details|data|information|info|records?|profile)\s+(?:out\s+of|off|from)\s+(?:all\s+)?(?:your|the)\s+(?:systems?|database|records|files|servers?|lists?|books)\b/i;
/**
 * A recurring charge not to be taken again ("the yearly fee shouldn't be taken from my card
 * again", "the subscription must not be renewed", "don't charge the membership again").
 */
const CHARGE_NOT_AGAIN =
  /\b(?:fee|subscription|membership|payment|charge|debit|direct\s+debit|renewal)\s+(?:should(?:n['’]?t|\s+not)|must(?:n['’]?t|\s+not)|(?:is|are)(?:n['’]?t|\s+not)\s+to|ought\s+not\s+to|needs?\s+to\s+not)\s+be\s+(?:taken|charged|debited|collected|renewed|billed|paid|drawn)\b|\bdon['’]?t\s+(?:take|charge|debit|collect|bill)\s+(?:the\s+|my\s+)?(?:yearly\s+|annual\s+|monthly\s+)?(?:fee|subscription|membership|payment)\s+(?:again|any\s*more)\b/i;
/** What a sender tells of having asked before ("I asked you to", "we had your colleague"). */
const ASKED_BEFORE =
  /\b(?:asked|told|requested|had|got)\s+(?:you|u|them|your\s+\p{L}+|the\s+\p{L}+)\s+(?:to\s+)?$/iu;
/** A refund promised, to go ahead now ("please go ahead and send it", "go ahead and issue the refund"). */
const GO_AHEAD =
  /\bgo\s+ahead\s+and\s+(?:send|issue|process|pay|transfer|release|refund)\s+(?:it|that|them|the\s+(?:money|refund|amount|payment))\b/i;
/** Money promised back, told of in the text ("said I'd get my money back", "promised a refund"). */
const MONEY_PROMISED = /\b(?:money\s+back|refund(?:ed)?|reimburs\w*)\b/i;
/**
 * Credit or points to go to someone else ("my sister should get my remaining credit", "my son can
 * have my points").
 */
const CREDIT_TO_SOMEONE =
  /\b(?:my|our)\s+(?:sister|brother|friend|partner|wife|husband|son|daughter|mother|mum|mom|father|dad|colleague|niece|nephew|cousin|girlfriend|boyfriend|flatmate|neighbou?r)\s+(?:can|may|should|could|is\s+to|gets?\s+to)\s+(?:have|get|take|use|receive)\s+(?:my|our|the)\s+(?:remaining\s+|leftover\s+|left-over\s+|unused\s+)?(?:store\s+)?(?:credit|points|balance|voucher|gift\s*card)\b/i;
/**
 * Money sent to the sender ("send me the money", "wire the refund to my account", "send me the
 * 20 EUR difference"), or wished onto their card or account ("I'd much rather have the 349 on my
 * PayPal than a tent").
 */
const MONEY_SENT =
  /\b(?:rather|prefer|like|want|wish)\s+(?:to\s+)?(?:have|get|see)\s+(?:the|my|that|this|those)\s+(?:[€£$]?\s?\d+(?:[.,]\d+)?(?:\s?(?:[€£$]|eur|euros?|gbp|pounds?|quid|usd|dollars?|chf))?|money|amount|sum|cash)\s+(?:back\s+)?(?:on|onto|in|into|to)\s+(?:my|our|her|his|the)\s+(?:paypal|card|account|bank\s+account|visa|mastercard|credit\s+card|debit\s+card|iban)\b|\b(?:send|wire|transfer|pay|give)\s+(?:me|us)\s+(?:the|my|our|that|this)\s+(?:(?:[€£$]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:[€£$]|eur|euros?|gbp|pounds?|quid|usd|dollars?|chf|sek|nok|dkk|kr)?)\s+)?(?:money|refund|cash|difference|deposit|balance|amount)\b(?!\s+(?:in|between|due|of|on|details|owed|left|outstanding|for\s+(?:the|an?)\s+invoice))|\b(?:send|wire|transfer)\s+(?:the|my|our)\s+(?:money|refund|difference|deposit|balance|amount)\s+(?:[\p{L}\d'’]+\s+){0,3}?(?:to|into|onto)\s+(?:me|us|my|our)\b/iu;
/** A discount that did not come off an order ("the code … didn't come off the total"). */
const DISCOUNT_MISSED =
  /\b(?:code|discount|voucher|coupon|promo(?:tion)?)\b[^.?!\n]{0,80}?\b(?:didn['’]?t|did\s+not|wasn['’]?t|was\s+not|never)\s+(?:get\s+)?(?:c[ao]me\s+off|apply|applied|work|taken\s+off|deducted|go\s+through)\b/i;
/** A refund said to have arrived ("the refund came through", "my refund finally landed"): a source. */
/**
 * A refund said to have come ("the refund for the tent came through"), or the money said to be
 * back ("the money was back on my card this morning", "got my money back already").
 */
const REFUND_ARRIVED = String.raw`(?:\b(?:(?:the|my|your|our|a|that)\s+|(?<=(?:^|[.!?\n])\s*))refund\s+(?:(?:for|on|of)\s+(?:the\s+|my\s+|our\s+|order\s+)?(?:[\w-]+\s+){0,3}?)?(?:has\s+|had\s+|finally\s+)?(?:already\s+|now\s+|finally\s+)?(?:came|come|went|gone|arrived|landed|cleared|showed|shown|reached)(?:\s+(?:through|up|in))?\b|\b(?:the|my|our)\s+money\s+(?:is|was|['’]s)\s+(?:already\s+|now\s+)?back\s+(?:on|in|into)\b|(?<!\b(?:never|not|yet\s+to)\s+)(?<!n['’]t\s+)\bgot\s+(?:my|the|our)\s+money\s+back\b)`;
/** A refund had, short of what is owed ("came through, half of it anyway", "except the shipping"). */
const REFUND_SHORT = new RegExp(
  String.raw`${REFUND_ARRIVED}[^.?!\n]{0,40}?\b(?:half|part|only|short|minus|except|excluding|without|less|missing)\b`,
  'i',
);
/** An address said to be wrong ("wrong address on this", "the postcode is incorrect"). */
const WRONG_ADDRESS =
  /\b(?:wrong|incorrect|old)\s+(?:delivery\s+|shipping\s+|postal\s+)?(?:address|postcode|zip(?:\s+code)?|house\s+number)\b|\b(?:address|postcode|house\s+number)\s+(?:is|was|['’]s)\s+(?:wrong|incorrect)\b/i;
/** An address typed wrong ("I typed my house number wrong", "entered the postcode incorrectly"). */
const TYPED_WRONG =
  /\b(?:typed|mistyped|put|entered|wrote|written|spelt|spelled|filled\s+in|gave)\s+(?:in\s+)?(?:my|the|our)\s+(?:delivery\s+|shipping\s+|postal\s+)?(?:address|postcode|zip(?:\s+code)?|house\s+number|flat\s+number|street(?:\s+name)?)\s+(?:in\s+)?(?:wrong(?:ly)?|incorrectly)\b/i;
/** A parcel on its way or about to be ("has it left yet?", "before it ships"). */
const ON_ITS_WAY =
  /\b(?:left|shipped|dispatched|gone\s+out|ships?|deliver\w*|parcel|package|courier)\b/i;
/**
 * Where a value typed wrong went that is no order ("in the search box", "into the delivery
 * estimator"): after a preposition, not a thing bought ("two poles and a water filter"); its name
 * may be quoted or of another thing ("in the 'Find a store' tool", "in the postcode field of your
 * store search", "on your delivery estimate page", "in the weather widget") — but not an order's
 * own form ("in the checkout form", "the order form").
 */
const NOT_ON_ORDER =
  /\b(?:in|into|on|onto|at|with|using|through|for)\s+(?:the\s+|your\s+|a\s+|an\s+|my\s+)?(?:[\p{L}'’"‘“”-]+\s+){0,5}?(?<!\b(?:order|checkout|payment|account|address|billing)[\s-]+)(?:search|estimat\p{L}*|checker|calculator|tool|box|form|finder|locator|filter|newsletter|widget|pop-?up)\b/iu;
/** The right value given against the wrong one ("its 42 not 24", "it's flat 3, not 5"). */
const CORRECTED_VALUE =
  /\b(?:it['’]?s|its|it\s+is|should\s+be|meant\s+to\s+be)\s+(?:\p{L}+\s+)?\d+[a-z]?\s*,?\s+not\s+(?:\p{L}+\s+)?\d+(?![\d.,]*\s*(?:km|kms|miles?|mi|days?|results?|hours?|hrs?|weeks?|kg|g|cm|mm|m|%|percent|items?|euros?|pounds?|dollars?)\b)/iu;
/**
 * A condition and then the verb of what is asked ("and actually if it hasn't left yet just scrap
 * it", "if it's not shipped, please cancel"): the verb is the group.
 */
const CONDITION_THEN =
  /^\s*(?:(?:and|so|but|also|actually|oh|ok|okay)\s+)*(?:if|when|once|in\s+case|whatever|however\s+(?:much|long)|either\s+way|in\s+any\s+case|anyway)\b[^,;:.!?]{0,80}?(?:,\s*|\s+(?=(?:just|then|please|pls|kindly)\b))(?:(?:just|then|please|pls|kindly)\s+)*(\p{L}+)\b(?=\s*(?:[,.;!]|$|(?:it|them|this|that|the|my|our|me|us|order|everything|all)\b|#|\d))/iu;
/** Nobody at home when a delivery comes ("there will be no one at home for two weeks"). */
const NOBODY_HOME =
  /\b(?:no\s*one|nobody|noone)\s+(?:will\s+be\s+|is\s+|['’]s\s+|to\s+be\s+)?(?:at\s+)?home\b|\bno\s*one\s+(?:will\s+be\s+)?(?:there|in)\s+to\s+(?:take|receive|sign)\b/i;
/** A delivery due ("the stove is scheduled to come on the 15th"). */
const DELIVERY_DUE =
  /\b(?:deliver\w*|arriv\w*|parcel|package|scheduled|due\s+(?:to\s+(?:come|arrive)|on)|coming\s+on|comes?\s+on)\b/i;
/** Something asked to be done about it ("can something be done?", "what can you do?"). */
const ACT_ASKED =
  /\b(?:can|could)\s+(?:something|anything)\s+be\s+done\b|\bwhat\s+(?:can|could)\s+(?:you|we|i)\s+do\b|\b(?:can|could)\s+(?:you|u)\s+(?:do\s+)?(?:something|anything)\b|\bany\s+(?:way|chance|options?)\b/i;
/** An amount of money named. */
const AN_AMOUNT = /[£$€]\s?\d|\d[.,]\d\d\b|\b\d+\s*(?:euros?|eur|pounds?|quid|dollars?|gbp|usd)\b/i;
/** Money that has not come back ("nothing has come back", "no refund has arrived"). */
const MONEY_NOT_BACK =
  /\b(?:nothing|no\s+money|no\s+refund)\s+(?:has\s+|have\s+)?(?:come|came|arrived|appeared|shown\s+up|turned\s+up)(?:\s+(?:back|through))?\b/i;
/** An order placed by someone without the account holder's consent. */
const ORDERED_UNASKED =
  /\b(?:without\s+(?:asking|my\s+(?:permission|consent|knowledge|ok|okay))|unauthori[sz]ed|not\s+authori[sz]ed\s+by\s+me|i\s+(?:never|did\s*n['’]?t|did\s+not)\s+(?:authori[sz]e|approve|place|make)\s+(?:this|that|it|the|an?)\b)/i;
/** A typo in an order's data and the right value ("the postcode says 1012 AB but it's 1021 AB"). */
const TYPO_ON_ORDER =
  /\btypo\s+(?:in|on)\s+(?:my\s+|the\s+)?(?:order|address|postcode|delivery|name|e-?mail)\b|\b(?:postcode|address|house\s+number|zip(?:\s+code)?|street|name)\s+(?:says|reads|shows)\s+[^.?!\n]{1,30}?\bbut\s+(?:it['’]?s|it\s+is|should\s+be|it\s+should\s+be)\b/i;
/** A dispute or chargeback with the bank or card company ("open a dispute with my bank"). */
const BANK_DISPUTE =
  /\b(?:disput(?:e|ing)|charg(?:e|ing)\s+back|reclaim(?:ing)?)\s+(?:the|this|that|my|a)\s+(?:payment|charge|transaction|debit|amount)\s+(?:with|through|via|at)\s+(?:my|the|our)\s+(?:bank|card\s+(?:company|issuer|provider)|credit\s+card(?:\s+company)?|paypal)\b|\b(?:open|opening|file|filing|raise|raising|start|starting|lodge|lodging|put\s+in)\s+(?:a\s+)?(?:dispute|chargeback|claim)\s+(?:with|through|via|at)\s+(?:my|the|our)\s+(?:bank|card\s+(?:company|issuer|provider)|credit\s+card(?:\s+company)?|paypal)\b/i;
/** An order or payment to be undone, said in the passive ("can this be undone?"). */
const UNDONE =
  /\b(?:can|could)\s+(?:this|that|it|the\s+(?:order|payment|purchase|charge))\s+(?:please\s+)?be\s+(?:undone|reversed|cancell?ed|refunded|stopped|voided)\b/i;
/**
 * A cost the sender finds it only fair we bear ("I think it's only fair that Harbor & Pine covers
 * it", "I'd expect you to pay for the import charges"), said, not asked in general ("Is it fair to
 * expect you to cover the shipping if …?").
 */
const COST_WE_BEAR =
  /\b(?:fair|right|reasonable|expect|expecting)\b[^.?!\n]{0,20}?\b(?:you|you\s+guys|harbou?r\s*(?:&|and)\s*pine|h\s?&\s?p|the\s+shop|your\s+(?:shop|company|store))\s+(?:to\s+|should\s+|would\s+|could\s+|will\s+)?(?:cover|covers|pay\s+for|pays\s+for|reimburse|reimburses|refund|refunds|compensate|compensates)\s+(?:it|that|this|them|the\s+(?:cost|costs|charges?|fees?|duties|duty|difference|postage|shipping))\b/i;
/** Money back demanded, or asked for outright as a question of its own. */
const MONEY_DEMANDED =
  /\b(?:shouldn['’]?t|should\s+not)\s+(?:really\s+|actually\s+|even\s+)?be\s+(?:mine|on\s+me|my\s+(?:cost|problem)\s+to\s+pay)\b|\bnot\s+(?:really\s+)?mine\s+to\s+pay\b|\b(?:shouldn['’]?t|should\s+not|won['’]?t|will\s+not|refuse\s+to)\s+(?:have\s+to\s+)?pay\s+for\s+(?:this|that|it|them)\b|\b(?:expect|expecting|demand|demanding|insist\s+on)\s+(?:a\s+|the\s+|my\s+)?(?:full\s+|complete\s+|whole\s+)?(?:amount|money|refund|sum|price|reimbursement|compensation)\b|\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:have|get)\s+(?:my|our|the)\s+money(?:\s+back)?(?=\s*(?:\?|$|please|pls|now|asap|!|\.))/i;
/** Money back asked as a noun: "money back for that one", "a refund for the lamp would be great". */
const MONEY_BACK_NOUN =
  /(?:^\W*|[,;:–—-]\s*)(?:(?:a|my|the|full|partial|complete)\s+){0,2}(?:money\s+back|refund|reimbursement)\s+(?:for|on)\s+(?:that|this|the|my|it|order|item|one)\b(?![^.?!\n]{0,40}?\b(?:arrived|showed|came|went|processed|is|was|has|have|got|landed|cleared|received|thanks?|thank)\b)|\b(?:a|my|the|full|partial)\s+(?:money\s+back|refund|reimbursement)\b[^.?!\n]{0,40}?\bwould\s+be\s+(?:great|good|nice|appreciated|fine|lovely|ideal|best|perfect)\b/i;
/** Money owed to the sender ("pay me", "you owe me", "back"): paid to them, not by them. */
const OWED_TO_ME = /\bpay\s+(?:me|us)\b|\bowe\w*|\bback\b/i;
/** Paying the whole at one time, as against in parts ("pay it all at once", "in one go"). */
const IN_ONE_GO =
  /\b(?:all\s+)?at\s+once\b|\bin\s+(?:one|a\s+single)\s+(?:go|lump|payment|sum)\b|\bin\s+(?:full|parts|instal(?:l)?ments)\b|\bupfront\b|\bup\s+front\b/;
const INSTALMENTS = /\b(?:due|instal(?:l)?ments?|plan|monthly|schedule[ds]?)\b/i;
/**
 * A customer who no longer wants what they ordered ("I don't want it anymore", "no longer need
 * it", "I'd rather not have it anymore", "I would prefer to not have it", "so no need to send
 * yours"); the subject may be left out at the start of a sentence.
 */
const UNWANTED =
  /(?:\b(?:i|we)\s+|^\s*)(?:really\s+)?(?:do\s+not|don['’]?t|no\s+longer|do\s+no\s+longer)\s+(?:really\s+)?(?:want|need)\s+(it|them|this|that|the\s+\p{L}+|my\s+\p{L}+|order\b)(?:\s+(?:any\s*more|any\s+longer))?|\b(?:i|we)(?:['’]d|\s+would|\s+had)\s+(?:rather\s+not|prefer\s+(?:to\s+)?not(?:\s+to)?)\s+(?:have|keep|receive|get)\s+(it|them|this|that|the\s+\p{L}+|my\s+\p{L}+)|\b(?:i|we)(?:['’]d|\s+would|\s+had)\s+(?:rather|prefer)\s+(?:that\s+)?(it|they|the\s+\p{L}+|my\s+\p{L}+|our\s+\p{L}+|order\s+[\w-]*\d[\w-]*)\s+(?:didn['’]?t|did\s+not|wasn['’]?t|was\s+not|weren['’]?t|were\s+not|not)\s+(?:get\s+|be\s+)?(?:ship|shipped|sent|send|go|come|dispatched|delivered|arrive|posted)\b(?!(?:\s+(?:it|them|this|that|order\s+[\w-]+|the\s+\p{L}+))?\s+(?:by|via|in|with|before|until|like|to|on|at(?!\s+all\b)|through|from|as|separately)\b)|\b(?:having|had|have|got|with)\s+second\s+thoughts\b|^\s*second\s+thoughts\b|(?:^\s*|\b(?:it['’]?s|it\s+is|they['’]re|they\s+are|is|are)\s+)(?:no\s+longer|not)\s+(?:needed|wanted|required)\b|\bno\s+need\s+(?:for\s+you\s+)?to\s+(?:send|ship|deliver|dispatch|post)\s+(?:it|them|this|that|yours|the\s+\p{L}+|my\s+\p{L}+|order\b)/iu;
/**
 * What a customer may no longer want that is no order and no item of one ("I don't need the
 * paper invoice", "we don't want the newsletter").
 */
const NOT_GOODS = new Set([
  'invoice',
  'receipt',
  'newsletter',
  'email',
  'e-mail',
  'mail',
  'emails',
  'newsletters',
  'paper',
  'copy',
  'confirmation',
  'catalogue',
  'catalog',
  'brochure',
  'reminder',
  'reminders',
  'notification',
  'notifications',
  'message',
  'messages',
  'texts',
  'help',
  'advice',
  'answer',
  'reply',
  'call',
  'callback',
  'packaging',
]);
/**
 * A change of mind ("changed my mind about the stove"): a cancellation with an order not shipped or
 * named, unless the customer keeps it ("I changed my mind, I'll keep it").
 */
const CHANGED_MIND = /\b(?:(?:i|we)\s+)?(?:have\s+|['’]ve\s+)?changed\s+(?:my|our)\s+minds?\b/i;
/** An order named by its word or a sign ("order 55120", "#5521", "ref 55-102"), never a year. */
const ORDER_REF =
  /\b(?:order|ref|reference|parcel|package|shipment|tracking|purchase|booking)\b\s{0,4}(?:no\.?|nr\.?|number|id|#|:)?\s{0,4}#?\s{0,4}(?!(?:19|20)\d\d\b)[a-z]{0,3}-?\d{4,}|#\s?\d{3,}|\b\d{2,}-\d{2,}\b/i;
/** A number of four digits or more, never a year, nor one of the things `after` names. */
const numberNotAfter = (after: string): RegExp =>
  new RegExp(`(?<!\\b(?:${after})\\s*#?\\s*)\\b(?!(?:19|20)\\d\\d\\b)\\d{4,}\\b`, 'i');
/** What a number is no order's after: a ticket's, a page's, a phone's. */
const NOT_AN_ORDER = 'ticket|case|page|item|error|code|phone|tel|room|step|model';
/** A number that may be an order's without its word, never a year, a ticket's or a page's. */
const BARE_REF = numberNotAfter(NOT_AN_ORDER);
/** The customer keeping what they ordered after all ("I'll keep it"). */
const KEEP_IT =
  /\b(?:i|we)(?:['’]ll|\s+will|['’]m|\s+am|['’]re|\s+are|\s+shall|['’]d\s+rather|\s+want\s+to|\s+would\s+like\s+to|['’]d\s+like\s+to|\s+(?:have\s+)?decided\s+to)?\s+(?:just\s+)?(?:keep|keeping)\s+(?:it|them)\b/i;
/** A bare number that may be an order's, and is no place's postcode ("do you ship to 10115?"). */
const PLACELESS_REF = numberNotAfter(`${NOT_AN_ORDER}|to|in|at|near|from`);
/** An order that has not left yet ("it hasn't shipped yet", "before it ships"). */
const NOT_YET_SHIPPED =
  /\b(?:has\s*n['’]?o?t|has\s+not|not|haven['’]?t|have\s+not)\s+(?:yet\s+)?(?:left|shipped|been\s+(?:sent|shipped|dispatched|posted)|gone\s+out)\b|\bbefore\s+(?:it|they)\s+(?:ships?|leaves?|goes?\s+out)\b|\b(?:don['’]?t|do\s+not)\s+think\s+(?:it|they)(?:['’]s|\s+has|['’]ve|\s+have)\s+(?:been\s+)?(?:left|shipped|sent|dispatched|posted|gone\s+out)\b/i;
/**
 * What an order was for, called off ("the camp has been called off", "our trip got cancelled"):
 * with an order not yet shipped or named, a cancellation asked for. Only a plan of the customer's
 * own is read so ("my order was cancelled" is news of one, asked about).
 */
const CALLED_OFF =
  /\b(trip|holiday|vacation|camp|wedding|party|event|hike|expedition|journey|festival|concert|race|weekend|outing|getaway|retreat|marathon|match)(?:['’]s|\s+(?:has|have|had)\s+been|\s+(?:was|were|got|is|are))\s+(?:now\s+|just\s+)?(?:called\s+off|cancel+ed|scrapped|off)\b/iu;
/**
 * An order placed twice ("ordered the same fleece two times by mistake", "a duplicate order"):
 * with the mistake said, a cancellation of one asked for.
 */
const ORDERED_TWICE =
  /\b(?:ordered|placed|bought|purchased|booked)\s+(?:[\p{L}\d#'’-]+\s+){0,6}?(?:twice|two\s+times|2\s?x)\b|\b(?:duplicate|doubled)\s+orders?\b(?!\s+confirmation)|\bsame\s+order\s+twice\b|\b(?:hit|clicked|pressed)\s+(?:the\s+)?(?:buy|order|pay)\s+(?:button\s+)?twice\b/iu;
/** A mistake said of an order placed twice ("by mistake", "he needs only one"). */
const BY_MISTAKE =
  /\b(?:by\s+mistake|by\s+accident|accidental(?:ly)?|mistaken(?:ly)?|in\s+error|only\s+(?:need|needs|needed|want|wants|wanted)\s+one|one\s+is\s+enough|sorry|(?:wh)?oops|twice|two\s+identical)\b/i;
/** A guess about one's own doing ("I think I ordered …", "looks like I paid twice"). */
const UNSURE =
  /^\W*(?:\p{L}+[,.!]*\s+)?(?:i\s+think|i\s+believe|i\s+guess|i\s+suspect|looks\s+like|seems\s+like|it\s+seems|i\s+may\s+have|i\s+might\s+have)\b/iu;
/** A question put beside a guess ("I believe I've ordered twice now… do you ship to Norway?"). */
const OTHER_QUESTION =
  /\b(?:do|does|can|could|is|are|will|would|what|which|how|where|when|why|who)\s+(?:you|u|there|it|i|we|they|the|a|an|this|that|your)\b/i;
/** Buying again over time, not by mistake ("ordered from you twice now", "over the years"). */
const REPEAT_CUSTOMER =
  /\bfrom\s+(?:you|u|your\s+\p{L}+)\b|\bover\s+the\s+years\b|\bin\s+(?:19|20)\d\d\b|\b(?:this|last)\s+(?:month|year|season|summer|winter)\b|\bonce\b[^.?!]*\bonce\b|\bbefore\b|\balready\s+over\b|\bhaha\b|\blol\b/iu;
/** A question about where an order is ("where is my order", "when does it arrive"). */
const STATUS_ASKED =
  /\b(?:where|when|track|tracking|status|arrive|arrives|arriving|sent|ship|shipped|deliver\w*|still\s+(?:be\s+)?(?:coming|on\s+track))\b/i;
/**
 * What an order was for no longer happening, or no longer needed ("plans changed, we're not
 * going to Scotland after all", "the whole trip is off", "his parents already bought him the
 * exact same one", "we won't be needing them now", "my brother-in-law gives us his old one"): with an order named or its goods unused, a
 * return or a cancellation asked for.
 */
const NEED_GONE =
  /\bplans?\s+(?:have\s+|has\s+)?changed\b(?!\s+for\s+the\s+better)|\bnot\s+going\s+(?:to\s+(?:[\p{L}'’]+\s+){0,3}?)?after\s+all\b|\b(?:trip|holiday|vacation|tour|camp|wedding|party|event|hike|expedition|journey)\s+(?:is|was|['’]s|has\s+been)\s+(?:now\s+)?off\b|\b(?:won['’]?t|will\s+not|wo\s+not)\s+be\s+needing\b|\balready\s+(?:bought|got|gave|given|ordered)\s+(?:him|her|them|us|me)\s+(?:the\s+)?(?:very\s+|exact\s+)?same\b|\balready\s+(?:has|have|had|owns?)\s+(?:one|it|them|the\s+same)\b|\balready\s+(?:bought|got|ordered|purchased|has|had|owns?)\s+(?:(?:him|her|them|my|our)sel(?:f|ves)\s+)?(?:the\s+|an?\s+)?(?:very\s+|exact\s+)?(?:same|identical)\b|\bgot\s+the\s+(?:very\s+|exact\s+)?same\s+(?:[\p{L}-]+\s+)?(?:from|as)\b|\bno\s+(?:more\s+)?(?:camping|hiking|climbing|running|cycling|skiing|walking)\s+for\b|\b(?:have|has|had)\s+(?:now\s+|since\s+)?(?:dropped|pulled)\s+out\b|\b(?:gave|gives|given|giving|lent|lends|lending)\s+(?:us|me|him|her|them)\s+(?:(?:his|her|their|an?)\s+(?:old|spare|own|used|second|extra)\s+(?:one|[\p{L}-]+)|(?:his|her|their)\s+one)\b/iu;
/**
 * More of what makes an order unwanted, said as a situation ("we really don't need two of the
 * same pack", "can't afford the jacket anymore", "I'm done waiting", "already bought another one
 * in a shop"): with an order named, or its goods unused or not yet sent.
 */
const UNWANTED_SITUATION =
  /\b(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not)\s+(?:really\s+)?need\s+(?:two|both|2|three|all)\b|\b(?:can['’]?t|cannot|can\s+not|could\s*n['’]?t)\s+(?:really\s+)?afford\s+(?:it|them|this|that|the\s+(?!time)[\p{L}\d]+|my\s+\p{L}+|\d)|\b(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?:so\s+)?done\s+waiting\b|\b(?:fed\s+up|sick|tired)\s+(?:of|with)\s+waiting\b|\balready\s+(?:went\s+and\s+)?(?:bought|buy|got|purchased)\s+(?:\p{L}+\s+){0,3}?(?:elsewhere|somewhere\s+else|another\s+one|other\s+shop|locally|in\s+(?:a|another)\s+shop|at\s+(?:the|an|a)\s+(?:outlet|shop|store))\b|\bfound\s+(?:one|it|them)\s+(?:cheaper\s+)?(?:locally|elsewhere)\b|\b(?:is|was|has)\s+already\s+(?:buy|bought|got)\s+(?:the\s+)?same\b/iu;
/** A customer's data they no longer want kept ("not comfortable with you still having my address"). */
const DATA_NOT_KEPT =
  /\b(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?:really\s+|just\s+)?(?:not|n['’]t)\s+(?:\p{L}+\s+)?(?:comfortable|happy|okay|ok)\s+with\s+(?:you|your\s+(?:company|shop)|a\s+company|the\s+shop|anyone)\s+(?:\p{L}+\s+){0,3}?(?:having|keeping|storing|holding)\s+(?:on\s+to\s+)?(?:my|our)\b|\b(?:i['’]?d|i\s+would)\s+rather\s+you\s+(?:didn['’]?t|did\s+not)\s+(?:keep|store|hold)\b|\b(?:don['’]?t|do\s+not)\s+want\s+(?:you|your\s+company)\s+(?:\p{L}+\s+){0,2}?(?:having|keeping|storing|to\s+keep|to\s+have|to\s+store)\s+(?:my|our)\b|\b(?:don['’]?t|do\s+not)\s+want\s+(?:my|our)\s+(?:details|data|information|info|address|account)\s+(?:\p{L}+\s+)?(?:sitting|kept|stored|staying|lying|left|held)\b|\b(?:my|our)\s+(?:account|data|details|profile)\b[^.!?\n]{0,60}?\b(?:no\s+longer\s+exist\w*|(?:doesn['’]?t|does\s+not)\s+exist\s+any\s*more|(?:is|was|were)\s+(?:gone|deleted|erased|wiped)\s+(?:for\s+good|completely|entirely)|gone\s+for\s+good)\b/iu;
/** A name changed by marriage ("got married in August", "my maiden name"). */
const MARRIED =
  /\b(?:(?:just|recently|we|since\s+(?:i|we))\s+got|got|(?:i|we)['’]?ve\s+(?:just\s+)?got|(?:i|we)\s+have\s+(?:just\s+)?got)\s+married\b|\b(?:my|her)\s+(?:maiden|married)\s+name\b/i;
/** Where a name stands on file ("your emails still say …", "the labels", "my account"). */
const NAME_ON_FILE =
  /\bstill\s+(?:says?|shows?|reads?|has|have|is|are|under|in\s+the\s+name)\b|\b(?:labels?|e-?mails?|account|invoices?|profile|parcels?|letters?)\b/i;
/** Someone who died ("he passed away in February"). */
const DIED = /\b(?:passed\s+away|died|deceased|since\s+(?:his|her)\s+death)\b/i;
/** A plan that renews or an account ("his membership will renew next month"). */
const RENEWS_OR_ACCOUNT = /\b(?:renew\w*|membership|subscription|account|trail\s+club)\b/i;
/** An order still going to a home left ("still meant for the old house"). */
const STILL_FOR_THE_OLD_HOME =
  /\bstill\s+(?:meant|going|addressed|set\s+up|set|heading|due)\s+(?:for|to)\s+(?:the|our|my)\s+(?:old|previous|former)\s+(?:house|address|flat|apartment|place|home)\b/i;
/** Inside the return window, said of one's own purchase ("I'm well inside your 14 days"). */
const INSIDE_RETURN_WINDOW =
  /\b(?:i['’]?m|i\s+am|we['’]?re|we\s+are|it['’]?s|it\s+is|that['’]?s)\s+(?:well\s+|still\s+|comfortably\s+)?(?:inside|within)\s+(?:your|the)\s+(?:\d+|fourteen|thirty)[\s-]+days?\b/i;
/** A parcel to go to another place named ("can the courier bring it there instead?"). */
const DELIVER_THERE_INSTEAD =
  /\b(?:bring|deliver|send|take|drop|leave)\s+(?:it|them|the\s+(?:parcel|package|order|box))\s+(?:there|here|to\s+(?:that|this|the\s+new)\s+(?:address|place|one))\s+instead\b/i;
/** Money to come back, said of a charge ("one of those needs to come back to me pls"). */
const COME_BACK_TO_ME =
  /\b(?:one\s+of\s+(?:those|them|these)|it|that|the\s+(?:money|amount|charge|payment|difference))\s+(?:needs?|has|have)\s+to\s+(?:come|go)\s+back\s+(?:to\s+(?:me|us|my\s+(?:card|account))|on\s+(?:my|the)\s+card)\b/i;
/** Money not to be paid for what was not asked ("not paying 29 quid for nothing"). */
const NOT_PAYING =
  /\b(?:i['’]?m\s+|i\s+am\s+|we['’]?re\s+)?not\s+(?:paying|going\s+to\s+pay)\s+(?:[£$€]\s?\d+|\d+(?:[.,]\d+)?\s*(?:quid|euros?|eur|pounds?|dollars?|bucks)|for\s+(?:this|that|it|something\s+i|nothing))/i;
/** Money taken ("charged", "renewal", "receipt", "took"). */
const MONEY_TAKEN = /\b(?:charged|renew\w*|receipt|invoice|billed|took|taken|debited|statement)\b/i;
/** Fewer of an order's items now ("only need 4 now", "we only need three of them"). */
const ONLY_NEED_FEWER =
  /\bonly\s+(?:need|want)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:now|of\s+(?:them|those|these))\b/i;
/** A remedy asked without its name ("What can you do for me?", "what can you do about it?"). */
const WHAT_CAN_YOU_DO =
  /\bwhat\s+(?:can|could|will)\s+(?:you|u)\s+do\s+(?:for\s+me|for\s+us|about\s+(?:it|this|that))\b/i;
/** Goods that came wrong ("the seam split", "arrived broken", "turned up damaged"). */
const DEFECT =
  /\b(?:split|broken|coming\s+apart|broke|damaged|faulty|torn|ripped|cracked|defective|leak\w*|missing|wrong\s+(?:size|item|colou?r)|came\s+apart|fell\s+apart)\b/i;
/** Nobody home for a while ("there will be nobody at the house until the 14th"). */
const NOBODY_HOME_UNTIL =
  /\b(?:nobody|no\s+one|no-one|noone)\s+(?:will\s+be\s+)?(?:at\s+(?:the\s+|my\s+|our\s+)?(?:house|home|flat|apartment|address)|home|in)\s+(?:[\p{L}\d]+\s+){0,4}?(?:until|till|before|for\s+(?:a|the|two|three|\d))\b/iu;
/** A contact on an account who has left ("registered to Martin, who left the company in August"). */
const CONTACT_LEFT =
  /\b(?:who\s+)?(?:has\s+)?left\s+(?:the\s+|our\s+)?(?:company|firm|business|organi[sz]ation)\b|\bno\s+longer\s+(?:works?|working)\s+(?:here|for\s+us|with\s+us)\b/i;
/** Verbs by which something became the customer's ("the order I placed", "the plan we took"). */
const PLACED = new Set([
  'placed',
  'made',
  'put',
  'bought',
  'ordered',
  'took',
  'booked',
  'paid',
  'started',
  'opened',
  'set',
]);
/** Money lost over it ("I don't want to be out of pocket", "I'd lose my money", "that's £210 I'm out", "I shouldn't be out forty euros"). */
const OUT_OF_POCKET =
  /\bout\s+of\s+pocket\b|\b(?:shouldn['’]?t|should\s+not|won['’]?t|don['’]?t\s+want\s+to)\s+be\s+out\s+(?:[£$€]\s?\d[\d.,]{0,12}|\d[\d.,]{0,12}\s*(?:[£$€]|euros?|eur|pounds?|quid|dollars?|bucks)|(?:[a-z]+\s+)?(?:euros?|pounds?|quid|dollars?|bucks))\b|\blos(?:e|t|ing)\s+(?:my|our|the)\s+money\b|\b(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?:now\s+)?(?:out|down|short)\s+(?:of\s+)?(?:[£$€]\s?\d[\d.,]{0,12}|\d[\d.,]{0,12}\s*(?:[£$€]|euros?|eur|pounds?|quid|dollars?|bucks|gbp|usd)\b)|(?:[£$€]\s?\d[\d.,]{0,12}|(?<![\d.,])\b\d[\d.,]{0,12}\s*(?:[£$€]|euros?|eur|pounds?|quid|dollars?|bucks|gbp|usd)\b)\s+(?:that\s+)?(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?:now\s+)?(?:out|down|short)\b/i;
/** Where something must be delivered ("it must go to", "has to be sent to"). */
const MUST_GO =
  /\b(?:must|has\s+to|have\s+to|should|needs?\s+to|is\s+to|got\s+to)\s+(?:be\s+)?(?:go|sent|delivered|shipped|posted|come|arrive)\s+to\b/i;
/** A place it must not go ("not my old flat", "instead"). */
const NOT_THERE =
  /\bnot\s+(?:to\s+)?(?:my|the|our)\s+(?:old|previous|home|house|flat|work|office)\b|\binstead\b/i;
/** A worry or a condition before money lost ("worried I'll", "if I", "would I"). */
const WORRY = /\b(?:worried|afraid|scared|fear|if|would|in\s+case|might|could)\b/i;
/** A payment card that no longer works ("my card expired", "the card you have saved is dead"). */
const CARD_GONE =
  /\b(?<!\b(?:gift|loyalty|membership|member|id|identity|library|club|sim|memory|business|post|birthday|greeting|points|rewards?|store|key|access|train|bus|season)\s+)(?:card|payment\s+(?:method|details))\b[^.?!\n]{0,40}?\b(?:expired|is\s+dead|(?:was|got|has\s+been|have\s+been|been)\s+(?:stolen|lost|cancell?ed|blocked|compromised|replaced|frozen)|no\s+longer\s+(?:works|valid|exists)|(?:doesn['’]?t|does\s+not)\s+work\s+any\s*more|(?:isn['’]?t|is\s+not)\s+valid)\b/i;
/** Where a card is kept or used again: on file, for the next payment, a new one to take its place. */
const CARD_KEPT =
  /\bnew\s+(?:one|card)\b|\breplacement\b|\bnext\s+(?:payment|charge|renewal|instal(?:l)?ment)s?\b|\bon\s+file\b|\b(?:saved|stored|registered)\b|\b(?:my|the)\s+account\b|\bsubscription\b|\bmembership\b|\brenew\w*/i;
/** Data on file that is out of date ("his old e-mail, which nobody reads any more"). */
const OLD_DATA =
  /\b(?:his|her|their|the)\s+(?:old|previous|former|outdated)\s+(?:e-?mail|address|number|phone)\b/i;
/**
 * Money wished back onto a card, said as a wish ("she'd be happy if the money just went back onto
 * her card"; not the question "does the money go back to the card?").
 */
const MONEY_GOES_BACK =
  /\b(?:if|wish|hope|rather|prefer|happiest|happy|glad)\b[^.!?\n]{0,40}?\b(?:money|it|that|\d+)\s+(?:just\s+|simply\s+)?(?:went|came|ended\s+up|goes|got)\s+back\b|\b(?:get|have)\s+the\s+(?:second|other|extra|double)\s+(?:one|charge|payment|amount)\s+back\b/i;
/**
 * Money asked back as a favour, the question a request ("Could the 119 for the blue one come back
 * to me please?", "can the money go back to my card").
 */
const MONEY_ASKED_BACK =
  /\b(?:could|can|would|will)\s+(?:the|my|our)\s+(?:money|amount|payment|[€£$]?\d+(?:[.,]\d{1,2})?)\b[^.!?\n]{0,30}?\b(?:come|go|be\s+(?:sent|paid|put|transferred))\s+back\s+(?:to|on|onto|into)\b/i;
/** Paid one way and taken another as well ("paid by transfer, but you took it by card too"). */
const PAID_TWO_WAYS =
  /\b(?:paid|settled)\b[^.!?\n]{0,60}?\b(?:but|and)\s+(?:then\s+)?(?:you|u|you\s+guys|they)\s+(?:also\s+|still\s+)?(?:took|charged|debited|billed|collected)\b[^.!?\n]{0,40}?\b(?:too|as\s+well|again|also)\b/i;
/** What is given that is neither money nor data ("give feedback", "give her a gift"). */
const GIVEN_NOT_DATA = new Set([
  'feedback',
  'gift',
  'gifts',
  'present',
  'review',
  'rating',
  'advice',
  'tip',
  'tips',
  'chance',
  'try',
  'call',
  'ring',
  'shout',
  'thought',
  'idea',
  'example',
  'compliment',
  'compliments',
  'heads',
  'hint',
  'hand',
]);
/** More than one charge for one order ("TWO charges of 129,00 for one order"). */
/**
 * A matter the sender says they wrote to us about already ("I wrote to you last week about being
 * charged twice, ticket #4482. Any news?"): its status asked, not the matter asked again.
 */
const RAISED_BEFORE =
  /\b(?:wrote|written|emailed|e-mailed|messaged|contacted|called|rang|complained|reported|told\s+you)\s+(?:to\s+)?(?:you\s+|your\s+\p{L}+\s+)?(?:last\s+\p{L}+\s+|already\s+|before\s+|earlier\s+|\p{L}+\s+days?\s+ago\s+)?about\b/iu;
/** …and only its status asked ("Any news?", "where it stands", "any update"). */
const STATUS_OF_IT =
  /\b(?:any\s+(?:news|update|updates|progress)|where\s+(?:it|things|this)\s+stands?|what['’]?s\s+(?:the\s+)?(?:status|latest)|status\s+of)\b/i;
/** …unless something is asked again ("please refund it now", "I want my money"). */
const ASKED_AGAIN =
  /\b(?:please|pls|kindly)\s+(?!(?:let|tell|update|advise|confirm|check)\b)|\b(?:refund|reimburse|cancel|money\s+back|want\s+(?:my|the|a)\s+(?:money|refund))\b/i;
const CHARGES_FOR_ONE =
  /\b(?:two|2|three|3|multiple|several)\s+(?:identical\s+)?(?:charges|payments|debits|transactions)\s+(?:of\s+[£$€]?\s?[\d.,]+\s*(?:€|eur|gbp|usd)?\s+)?(?:[\p{L}&]+\s+){0,6}?for\s+(?:one|a\s+single|1|the\s+same)\b/iu;
/**
 * An invoice to be made out again, to a company or another name ("Need the invoice for HP-117733
 * redone in my company's name", "Could you re-issue it to Brightwater Surveys Ltd?", "It needs to
 * read Noordkaap Outdoor Events B.V.", "change the name on the receipt") — the billing data on an
 * order changed.
 */
const INVOICE_REDONE =
  /\b(?:re-?issu\w*|redo(?:ne)?|re-?do|re-?make|remade|re-?generate|made\s+out\s+again|(?:made|issued|written)\s+out\s+to\s+(?:me|us|my\s+name)\b[^.!?\n]{0,40}?\b(?:but|personally|privately|instead)|(?:in|to|under|with|on)\s+(?:my|our|the)\s+(?:company|business|firm|employer|organi[sz]ation|club|school|university)(?:['’]s)?\s+(?:name|details)|needs?\s+to\s+(?:read|show|say|be\s+(?:made\s+out|addressed|issued)\s+to)|(?:the\s+)?wrong\s+(?:company|name|business|firm)|not\s+(?:us|our\s+(?:company|business|firm))\b|(?:change|correct|update|fix|add|put)\s+(?:the\s+|our\s+|my\s+)?(?:name|company(?:\s+name)?|billing\s+address|vat\s+(?:number|id))\s+on\s+(?:the|my|our|this|that|it))\b/i;
/** What an invoice is to be made out to instead: a company, its legal form or tax number, a name. */
const BILLED_TO =
  /\b(?:company|business|firm|employer|name|club|association|society|charity|school|ltd|limited|llc|inc|gmbh|b\.\s?v\.?|bv|s\.?r\.?l|plc|vat|kvk|organi[sz]ation)\b/i;
const AN_INVOICE = /\b(?:invoices?|receipts?|bills?)\b/i;
/** Which invoice, or whose: its number, an order's, or a company by its legal form or tax number. */
const INVOICE_NAMED =
  /\b(?:invoice|receipt|bill)\s*(?:#|no\.?|number)?\s*:?\s*[a-z]{0,4}-?\d{3,}|\b(?:ltd|limited|llc|inc|gmbh|b\.\s?v\.?|bv|s\.?r\.?l|plc|vat|kvk)\b/i;
/** A price paid that fell right after ("today it's 30% off", "paying 120 euros more just a week before the sale", "showing 60 bucks cheaper on your site"). */
const PRICE_FELL =
  /\b(?:today|now)\s+(?:it['’]?s\s+|it\s+is\s+)?(?:on\s+sale|\d+\s?%\s+off|reduced|cheaper|\d+(?:[.,]\d+)?\s*(?:euros?|eur|pounds?|quid|dollars?|€|£|\$)?\s+on\s+your)\b|\bit['’]?s\s+\d+\s?%\s+off\b|\bpa(?:id|ying)\s+(?:\p{L}+\s+)?\d+(?:[.,]\d+)?\s*(?:\p{L}+\s+)?more\s+(?:just\s+)?(?:a\s+(?:day|week)\s+)?before\b|\bpa(?:id|ying)\s+(?:\p{L}+\s+)?(?:\d+(?:[.,]\d+)?|\p{L}+)\s*(?:euros?|eur|pounds?|quid|dollars?|€|£|\$)\s+more\b|\b(?:see|saw|seeing|now)\s+(?:it|them|the\s+same\s+\p{L}+)\s+(?:on\s+your\s+(?:own\s+)?(?:site|website|shop)\s+)?for\s+(?:just\s+|only\s+)?[£$€]?\d+|\b(?:full\s+price)\b|\b(?:is|are)\s+now\s+(?:only\s+|just\s+)?[£$€]\s?\d|\b(?:showing|listed|selling|going|priced|sitting)\s+(?:for\s+|at\s+)?(?:\d+(?:[.,]\d+)?|\p{L}+)\s*(?:euros?|eur|pounds?|quid|bucks|dollars?|€|£|\$)?\s*(?:cheaper|less|lower)\s+(?:on|at|in)\s+(?:your|the)\s+(?:own\s+)?(?:site|website|shop|store|app)\b/iu;
/** Someone else to take a parcel in ("my neighbour at number 9 is happy to take it"). */
const TAKEN_IN =
  /\b(?:neighbou?r|colleague|friend|reception|concierge|porter|sister|brother|mum|mom|dad)\b[^.!?\n]{0,40}?\b(?:is\s+|are\s+|will\s+be\s+)?(?:happy|able|willing|glad)\s+to\s+(?:take|accept|receive|collect|sign\s+for)\s+(?:it|them|the\s+parcel|the\s+package|the\s+delivery)\b/i;
/** A purchase told ("bought", "paid", "ordered", "grabbed off you"). */
const BOUGHT = /\b(?:bought|paid|ordered|purchased|grabbed|got|picked\s+up)\b/i;
/** A purchase told with its price or place ("bought it on the 2nd for 149"). */
const BOUGHT_AT_PRICE =
  /\b(?:bought|paid)\b[^.!?]*\b(?:for|at)\b|\bpaid\s+(?:[£$€]\s?\d|\d+(?:[.,]\d+)?\s*(?:euros?|eur|pounds?|quid|dollars?|bucks|€|£|\$))/i;
/** An address said to be right already ("the address on it is the right one"). */
/**
 * Which address an order goes to, asked after a move ("which address is order 77810 going to?",
 * "whether it was shipped to my old address or the new one", "make sure it's not the old one"):
 * a look-up, when no new address is given.
 */
const ASKS_WHICH_ADDRESS =
  /\b(?:which|what)\s+address\s+(?:is|was|will)\b|\b(?:whether|if)\s+(?:it|they|order\s+\S+|the\s+(?:order|parcel|package)|my\s+(?:order|parcel|package))\s+(?:was|is|got|went|will\s+be|has\s+been)\s+(?:\w+\s+){0,2}?(?:shipped|sent|going|delivered|addressed|dispatched)\s+to\s+(?:my|the)\s+old\b|\bmake\s+sure\s+(?:it|that)(?:['’]s|\s+is)\s+not\s+(?:going\s+to\s+)?(?:the|my)\s+old\b/i;
const ADDRESS_RIGHT =
  /\baddress\s+(?:on\s+(?:it|the\s+order|my\s+order)\s+)?(?:is|['’]s)\s+(?:already\s+)?(?:the\s+)?(?:right|correct|new)\b|\b(?:already|have)\s+(?:updated|changed)\s+(?:my|the)\s+address\b/i;
/**
 * A move already taken care of, nothing for us to change ("please don't change anything on your
 * end", "I've sorted out a redirect with the courier myself").
 */
const NOTHING_TO_CHANGE =
  /\b(?:don['’]?t|do\s+not)\s+(?:need\s+to\s+)?change\s+anything\b(?!\s+(?:else|except|but|other))|\b(?:sorted|sorted\s+out|set\s+up|arranged|organi[sz]ed)\s+(?:a\s+)?(?:redirect|forwarding)\b/i;
/** A move taken care of, with no contrast after it ("… set up forwarding, but parcels aren't"). */
const nothingToChange = (text: string): boolean => {
  const done = NOTHING_TO_CHANGE.exec(text);
  return !!done && !/\b(?:but|except|however|though|yet)\b/i.test(text.slice(done.index));
};
/** Goods unused or not yet sent ("still sealed in the boxes", "box is unopened"). */
const UNUSED_GOODS =
  /\b(?:unopened|unused|unworn|sealed|never\s+(?:used|worn|opened)|still\s+in\s+(?:the|its|their)\s+box(?:es)?|with\s+(?:the\s+)?tags?|tags?\s+(?:are\s+|is\s+)?still\s+on)\b/i;
/** Data on an order that the customer corrects ("the house number on my order is 14 but I live at 41"). */
const WRONG_ON_RECORD =
  /\b(?:address|postcode|zip|house\s+number|street|name|surname|phone|number|e-?mail)\s+(?:on|in)\s+(?:my|the|our)\s+(?:order|account|invoice|parcel|label|confirmation|profile)\s+(?:is|says|shows|reads|has)\s+[^.?!\n]{1,40}?\bbut\s+(?:i\s+live|we\s+live|it\s+should|it['’]?s\s+(?:actually|really)|the\s+(?:right|correct|real))\b/iu;
/** A customer who died, whose account someone else settles ("my father passed away in March"). */
const DECEASED =
  /\b(?:father|mother|husband|wife|dad|mum|mom|partner|son|daughter|brother|sister|grandfather|grandmother|grandma|grandpa|he|she|aunt|uncle)\s+(?:has\s+|had\s+)?(?:passed\s+away|died)\b|\blate\s+(?:father|mother|husband|wife|dad|mum|mom|partner|son|daughter)\b/i;
/** Mail still coming ("still gets your emails", "the newsletter keeps arriving"). */
const MAIL_STILL = /\b(?:e-?mails?|newsletters?|mailings?|mails?)\b/i;
/** An e-mail address written out. */
const AN_ADDRESS = /(?<![\w.+-])[\w.+-]+@[\w-]{2,}/;
/** What of a customer's a death leaves open: an account, a card, a membership. */
const LEFT_OPEN =
  /\b(?:account|card|membership|subscription|details|data|left\s+open|in\s+(?:his|her|their)\s+name)\b/i;
/**
 * What is to be done with what a customer who died left ("nothing left open in his name", "I'd like
 * to close both", "I am the executor handling her estate").
 */
const SETTLED =
  /\b(?:don['’]?t|do\s+not)\s+want\s+anything\b|\bnothing\s+(?:left\s+)?open\b|\b(?:close|shut|remove|delete|cancel|stop|end|terminate)\s+(?:(?:his|her|their|the|this)\s+)?(?:account|card|membership|subscription|details|data)\b|\b(?:close|closing|wind|winding|shut|shutting)\s+(?:down|up)\s+(?:everything|all|his|her|their)\b|\b(?:close|cancel|end|delete|remove|stop)\s+(?:them\s+)?(?:both|all|everything)\b|\b(?:handling|settling|settle|sorting\s+out|sort\s+out|winding\s+up|wind\s+up|dealing\s+with)\s+(?:her|his|their|the|my\s+(?:\p{L}+['’]s\s+)?)\s*estate\b/iu;
/** The reading of a membership renewing that the customer does not use. */
const RENEWING_UNUSED = 'cancel a membership before it renews (renewing, and not used)';
/** Ending something ("get it stopped", "end it", "opt out", "switch it off"). */
const STOPPING =
  /\b(?:stop\w*|end|ended|ending|cancel\w*|quit|leave\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+)?(?:club|membership|plan|subscription)|opt\s+out|(?:turn|switch)\w*\s+(?:\w+\s+)?off|halt\w*|pause\w*|not\s+renew\w*)\b/i;
/** A question asking whether something can be done for the sender ("is it possible to …?"). */
const ASKS_POSSIBLE =
  /^\s*(?:\p{L}+,?\s+)?(?:is\s+it\s+possible|is\s+there\s+(?:any\s+)?way|(?:can|could)\s+(?:i|we|you|u)|would\s+you|will\s+you)\b/iu;
/**
 * A membership or a plan renewing ("the Pine Club renews next week", "auto-renews", "the yearly
 * fee just came out again").
 */
const RENEWS =
  /\b(?:renews?|renewed|renewing|renewal|auto[\s-]?renew\w*|keeps?\s+going\s+automatically|(?:charges?|charged|billed|bills?)\s+(?:me\s+|us\s+)?again)\b|\b(?:fee|charge|payment|subscription|membership)\s+(?:\w+\s+){0,5}?(?:came|comes|come|went|goes|was\s+taken|got\s+taken|has\s+been\s+taken)\s+(?:out\s+|off\s+)?again\b/i;
/** A membership not used or no longer wanted ("we haven't used it all year", "grown out of"). */
const NOT_USED =
  /\b(?:haven['’]?t|have\s+not|hasn['’]?t|has\s+not|didn['’]?t|did\s+not|don['’]?t|do\s+not|never|won['’]?t|will\s+not)\s+(?:really\s+|even\s+)?(?:used|use|using|need|needed|be\s+using|been\s+using)\s+(?:it|them|(?:the|our|my)\s+(?:\w+\s+){0,2}?(?:club|membership|plan|subscription)(?!['’]s)|anything|any\s+of)\b|\b(?:hardly|barely|rarely|scarcely)\s+(?:ever\s+)?(?:used|use|touched|been\s+using)\s+(?:it|them|(?:the|our|my)\s+(?:\w+\s+){0,2}?(?:club|membership|plan|subscription)(?!['’]s))\b|\bgrown\s+out\s+of\b|\bno\s+longer\s+(?:use|need|using|camp|hike|go)\b|\bhaven['’]?t\s+(?:been\s+in|touched|opened)\b|\bnot\s+(?:worth\s+it|using\s+it)\b|\b(?:closing|shutting)\s+down\b|\bdissolv\w*|\bgoing\s+out\s+of\s+business\b|\bwinding\s+up\b/i;
/** A membership, subscription or plan of the customer's named. */
const MEMBERSHIP_WORD =
  /\b(?:club|membership|member|subscription|subscribed)\b|\b(?:my|our|the|annual|monthly|yearly)\s+(?:\p{L}+\s+)?plan\b/iu;
/**
 * A street address or a postcode ("27 Alder Lane", "Hauptstr. 5", "LS6 2AB", "Flat 3, 12 Harbour
 * View"): a known street word, or a house number and a capitalised name after a flat.
 */
const STREET =
  /\b\d{1,4}[a-z]?,?\s+(?:\p{L}+\s+){1,3}(?:street|st|road|rd|lane|ln|avenue|ave|way|drive|dr|close|court|ct|place|pl|crescent|terrace|boulevard|blvd|row|grove|view|parade|gardens|gdns|mews|hill|park|square|sq|walk|rise|green|yard|quay|wharf|vale|gate|mount|market|circus|hall)\b|\b\p{L}+(?:stra(?:ss|ß)e|str\.|weg|gasse|platz|gatan|vägen|straat|laan)\s*\d|\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b|\b(?:flat|apt|apartment|unit)\s+\d+[a-z]?,?\s+\d{1,4}[a-z]?,?\s+\p{L}+/iu;
/** After "moved to" or "relocated to": a house number and a capitalised name ("to 12 Harbour View"). */
const MOVED_TO =
  /\b(?:moved|relocated|moving|relocating)\s+(?:house\s+|home\s+)?to\s+\d{1,4}[a-zA-Z]?,?\s+\p{Lu}\p{L}+/u;
/**
 * An item taken out of an order ("leave the batteries out of order 77102", "take the blue one out
 * of my order", "skip the charger on order 9921", "drop the case from my order").
 */
const TAKE_OUT =
  /\b(?:leave|take|skip|drop|remove|cut|omit|exclude|strike|delete)\s+(?:[\p{L}\d'’-]+\s+){1,4}?(?:out\s+of|off)\s+(?:(?:my|our|the|this|that)\s+)?(?:order|parcel|shipment|basket|cart|delivery|subscription)\b|\b(?:take|drop|remove|cut|omit|exclude|strike|delete)\s+(?:[\p{L}\d'’-]+\s+){1,4}?from\s+(?:(?:my|our|the|this|that)\s+)?(?:order|parcel|shipment|basket|cart|delivery|subscription)\b|\b(?:leave|take|skip|drop|remove|omit|exclude)\s+(?:[\p{L}\d'’-]+\s+){1,4}?(?:out\s+of|off|from|in|on)\s+(?:my|our)\s+(?:next\s+|monthly\s+)?box\b|\b(?:skip|omit|exclude|drop)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:on|in)\s+(?:(?:my|our|the|this|that)\s+)?(?:order|parcel|shipment|subscription)\b|\b(?:leave|take|cut|strike|cross)\s+out\s+(?:[\p{L}\d'’-]+\s+){1,4}?(?:from|of|on|in)\s+(?:(?:my|our|the|this|that)\s+)?(?:order|parcel|shipment|basket|cart|delivery|subscription)\b/iu;
/** The verbs that open a request to take an item out ("Skip the charger on order 9921"). */
const TAKE_OUT_VERBS = new Set(['leave', 'take', 'skip', 'drop', 'omit', 'exclude', 'strike']);
/** Payments to stop ("don't take any more payments from me", "stop debiting my account"). */
const NO_MORE_PAYMENTS =
  /\b(?:do\s*n['’]?o?t|never|stop|no\s+longer|cease)\s+(?:to\s+)?(?:take|taking|debit|debiting|collect|collecting|deduct|deducting|withdraw|withdrawing|draw|drawing)\s+(?:any\s*more\s+|any\s+further\s+|further\s+|more\s+|any\s+|the\s+|my\s+)?(?:monthly\s+|direct\s+)?(?:payments?|money|anything|instalments?|installments?|funds|fees?|charges?|debits?)\b|\b(?:no\s+more|no\s+further)\s+(?:monthly\s+)?(?:payments?|debits?|charges?|instalments?|installments?)\s+(?:please|pls|from|to\s+be)\b/iu;
/**
 * Data of the customer's given anew ("please note my new bank details: IBAN …", "my new number
 * is 07700 …"): a change of data on file.
 */
const NEW_DATA =
  /^\s*new\s+(?:e-?mail(?:\s+address)?|phone(?:\s+number)?|mobile(?:\s+number)?|(?:phone\s+|mobile\s+)?number|iban|bank\s+details)\s*(?:is|:|=|-)\s*(?:\S+@\S+\.\S|\+?\d[\d\s-]{6,}\d|[a-z]{2}\d{2}\s?[a-z\d]{4})|\b(?:my|our)\s+new\s+(?:\p{L}+\s+){0,2}?(?:details|iban|email|e-mail|phone|number|mobile|card|account|name|surname)\b[^\n]{0,30}?(?:\bis\b|\bare\b|:|=)[^\n]{0,30}?(?:\d[\d\s-]{5,}\d|\S@\S|\biban\b|\b[a-z]{2}\d{2}\s?[a-z\d]{4})|\b(?:note|use|take|record|save|here\s+(?:is|are))\s+(?:down\s+)?(?:my|our)\s+new\s+(?:\p{L}+\s+){0,2}?(?:details|iban|email|e-mail|phone|number|mobile|card|account|address|bank)\b/iu;
/** The reading of NEW_DATA. */
const NEW_DATA_GIVEN = 'change data on file';
/** Credit wished for as money ("could I have it as cash instead?", "pay the voucher out in cash"). */
const AS_CASH =
  /\b(?:have|get|want|need|receive)\s+(?:(?:it|that|this|them|the\s+\p{L}+|my\s+\p{L}+(?:\s+\p{L}+)?)\s+)?(?:out\s+)?(?:as|in)\s+(?:(?:actual|real|proper|hard)\s+)?(?:cash|money)\b|\b(?:pay|paid)\s+(?:it|that|this|them|the\s+\p{L}+|my\s+\p{L}+(?:\s+\p{L}+)?)\s+(?:out\s+)?(?:as|in)\s+cash\b|\bcash\s+(?:it|them|that|this|my\s+\p{L}+|the\s+\p{L}+)\s+(?:out|in)\b/iu;
/** A word of money naming an amount ("15 quid", "30 euros"). */
const CURRENCY_WORDS = new Set([
  'quid',
  'pound',
  'pounds',
  'euro',
  'euros',
  'eur',
  'gbp',
  'usd',
  'dollar',
  'dollars',
  'bucks',
  'chf',
  'sek',
  'nok',
  'dkk',
  'pln',
  'kr',
  'pence',
  'cents',
]);
/** Words after "this" or "that" that leave it a pronoun ("pay that out"), not a determiner. */
const AFTER_PRONOUN = new Set([
  'out',
  'off',
  'back',
  'to',
  'for',
  'from',
  'in',
  'on',
  'now',
  'please',
  'as',
  'too',
  'also',
  'asap',
  'immediately',
  'today',
  'and',
  'or',
  'then',
  'so',
  'up',
  'down',
  'instead',
  'at',
  'with',
  'into',
  'onto',
  'again',
]);
/** Money a pronoun may stand for after "put", "add" or "pay" ("put it on my card"). */
const MONEY_OBJECTS = new Set([
  'credit',
  'balance',
  'money',
  'refund',
  'voucher',
  'point',
  'deposit',
  'difference',
  'fee',
  'charge',
  'payment',
]);
/** Verbs that make sense with a pronoun standing for data only when the data is money. */
const MONEY_VERBS = new Set(['put', 'add', 'give', 'pay', 'credit', 'transfer', 'split']);
/** Words of a policy asked about ("could you tell me your refund policy?"). */
const POLICY = new Set([
  'policy',
  'policies',
  'terms',
  'conditions',
  'rules',
  'procedure',
  'process',
]);
/** A shop offering to do something ("would you like us to refund you"): not the customer's ask. */
const OFFER = /\b(?:would|do)\s+you\s+(?:like|want|prefer)\s+us\s+to\b/i;
/** A carrier's own message ("We'll deliver your parcel on another day"). */
const CARRIER_VOICE =
  /^\s*(?:[\p{L} ]{1,30}:\s*)?we(?:['’]ll|\s+will|\s+shall|\s+may|['’]re\s+going\s+to)\s/iu;
/** What sets a general question's condition ("… an order once it's shipped?"). */
const CONDITIONS = new Set(['after', 'once', 'if', 'when', 'before', 'until', 'while', 'unless']);
/** Words of a general question about how deliveries go ("or is it always mornings?"). */
const GENERALLY = new Set(['always', 'usually', 'normally', 'generally', 'ever', 'typically']);
/** Months, for a delivery moved to a date. */
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
/** Words that make a bare number in the clause before money ("the price dropped by 30"). */
const MONEY_CONTEXT = new Set([
  'price',
  'paid',
  'pay',
  'cost',
  'costs',
  'charged',
  'overpaid',
  'voucher',
  'credit',
  'fee',
  'discount',
  'dropped',
  'cheaper',
  'refund',
]);

/** What a customer belongs to: "your club" is theirs to leave. */
const MEMBERSHIPS = new Set(['club', 'membership', 'subscription', 'plan']);
/** Verbs that set an action going ("can you start mine?", "please process it"). */
const START_VERBS = new Set(['start', 'begin', 'initiate']);
/** What a customer demands be done with their money ("should be given back", "must be refunded"). */
const DEMANDED = new Set([
  'given',
  'paid',
  'refunded',
  'credited',
  'reimbursed',
  'cancelled',
  'canceled',
  'reversed',
  'waived',
  'returned',
]);
/** A question's opener that later clauses share: "can I", "could we", "may I". */
const ASKED_OPENER = /^\s*(?:can|could|may)\s+(?:i|we)\b/i;
/** A spaced dash before a request ("… left yet — could it come to …"). */
const DASH_BEFORE_REQUEST = /\s[—–-]\s(?=(?:could|can|would|will|please|pls|plz)\b)/i;
/** A clause that goes on with a bare verb ("… and get the money back"). */
const BARE_VERB_START = /^\s*(?:get|have|receive|see|send|return|post)\b/i;
/**
 * Away from the delivery address: "I won't be at that address after Friday", "I'm not at Baker
 * Road anymore since Friday", "we're no longer at 4 Elm Close".
 */
const AWAY =
  /\b(?:won['’]?t|will\s+not|(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+not\s+going\s+to|can['’]?t|cannot)\s+be\s+(?:at|living\s+at|staying\s+at|home\s+at)\s+(?:that|the|this|my|our)\s+(?:address|place|flat|house|apartment)\b|\b(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?:not\s+(?:at|living\s+at|living\s+in|in)\s+[^.!?\n]{1,40}?\s+any\s*more|no\s+longer\s+(?:at|living\s+at|living\s+in|in)\s+(?:\d+\s+)?\p{Lu}[^.!?\n]{0,40})/iu;
/** Away when an order comes ("I'll be in Norway for work the whole week it arrives"). */
const AWAY_WHEN =
  /\b(?:[Ii]['’]?ll|[Ii]\s+will|[Ww]e['’]?ll|[Ww]e\s+will|[Ii]['’]?m\s+going\s+to|[Ii]\s+am\s+going\s+to)\s+be\s+(?:away|abroad|out\s+of\s+(?:the\s+)?(?:country|town)|on\s+holiday|travell?ing|in\s+\p{Lu}\p{L}+)\b|\b(?:[Ii]['’]?m|[Ii]\s+am|[Ww]e['’]?re|[Ww]e\s+are)\s+(?:away|abroad|on\s+holiday|travell?ing)\b|\b(?:[Ww]on['’]?t|[Ww]ill\s+not)\s+be\s+(?:home|in|around|there)\b|\b(?:[Ii]['’]?ll|[Ii]\s+will|[Ww]e['’]?ll|[Ww]e\s+will)\s+be\s+in\s+\p{L}+\s+(?:when|while|the\s+(?:whole\s+)?week|all\s+(?:next\s+)?week)\b/u;
/** Where someone else lives ("my girlfriend lives at 8 Birch Close", "my mum's address is …"). */
const OTHER_HOME =
  /\b(?:girlfriend|boyfriend|partner|wife|husband|fianc[ée]e?|mum|mom|mother|dad|father|parents|sister|brother|friend|neighbou?r|colleague|son|daughter|aunt|uncle|gran|granny|grandma|grandpa|grandparents)(?:['’]?s)?\s+(?:\p{L}+\s+){0,2}?(?:lives|is\s+living|stays|is\s+staying|address\s+is|is\s+at|lives\s+over)\b/iu;
/** A plea beside a question about where something goes ("… can it go to the Kingsway one please"). */
const PLEA_BESIDE =
  /\b(?:please|pls|plz|can\s+(?:it|you|u|they)|could\s+(?:it|you|u)|send\s+it|deliver\s+it|redirect|reroute)\b/i;
/** A neighbour looking after the house, not receiving it ("has a key", "will pop round to collect it"). */
const LOOKS_AFTER =
  /\b(?:key|keys|pop\s+round|pop\s+over|collect\s+it\s+from|sign\s+for|leave\s+it|next\s+door|check\s+on|grab\s+it)\b/i;
/** Text-speak for the words the floor reads a request's shape by. */
const TEXT_SPEAK = new Map([
  ['u', 'you'],
  ['ya', 'you'],
  ['ur', 'your'],
  ['pls', 'please'],
  ['plz', 'please'],
  // greetings in the languages customers mix in, never corrected into an English action
  // ("Hola" is no "hold")
  ...[
    'hola',
    'hallo',
    'ciao',
    'hej',
    'salut',
    'ola',
    'olá',
    'bonjour',
    'servus',
    'moin',
    'hoi',
    'czesc',
    'cześć',
    'merhaba',
  ].map((w) => [w, 'hello'] as [string, string]),
]);
/**
 * A message typed with no sentence marks at all ("What time do you shut on Saturdays Also could
 * you knock the £15 off order 33480"): a capitalised word after a lowercase one or a figure opens
 * a sentence. Texts with any mark, or short ones, are left as they are.
 */
export function unpunctuated(text: string): string {
  if (/[.?!]/.test(text) || text.length > LONG_TEXT) return text;
  const words = text.match(/\S+/g) ?? [];
  if (words.length < 12) return text;
  // (not a text written in Title Case: "Hello Do You Offer Refunds On Sale Items")
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 >= words.length) return text;
  // (not after a word a name follows: "on Saturdays", "to Harbor & Pine", "my Visa"; not after a
  // word that quotes a label: "says Refund Pending", "status is Refund Issued"; not before a run
  // of capitalised words, a label or a name: "Cancel Your Order Now", "Refunds Paused")
  return (
    text
      .replace(
        /(\S+)[ \t]+(?=\p{Lu}\p{Ll}+(?:[ \t]+(\p{Lu}))?)/gu,
        (run: string, before: string, titled?: string) =>
          /[\p{Ll}\d)'’]$/u.test(before) && !BEFORE_NAMES.has(before.toLowerCase()) && !titled
            ? `${before}. `
            : run,
      )
      // (what turns a message to another matter opens a sentence in any case: "how does the box
      // work actually nvm just cancel it", "pls end my club thing and btw do you still …")
      .replace(UNMARKED_TURN, (turn: string, at: number, all: string) =>
        at > 0 && !/[.?!]\s*$/.test(all.slice(0, at)) ? `. ${turn.trimStart()}` : turn,
      )
      // (and a condition before the request it sets, a sentence of its own: "where is my order
      // its been 9 days if its stuck just cancel it")
      .replace(
        UNMARKED_CONDITION,
        (_all: string, condition: string, request: string, at: number) =>
          at > 0 ? `. ${condition}, ${request}` : `${condition}, ${request}`,
      )
  );
}
/** A turn to another matter in a message without sentence marks ("nvm", "btw", "by the way"). */
const UNMARKED_TURN =
  /[ \t]+(?:and[ \t]+)?(?:nvm|never[ \t]?mind|btw|by[ \t]+the[ \t]+way|scratch[ \t]+that|on[ \t]+second[ \t]+thought|forget[ \t]+(?:it|that))(?![\p{L}])/giu;
/** A condition run into its request without a comma ("if its stuck just cancel it"). */
const UNMARKED_CONDITION =
  /(?:^|[ \t]+)(if[ \t]+(?:[\p{L}\d'’#-]+[ \t]+){1,8}?[\p{L}\d'’#-]+)[ \t]+((?:just|then|pls|plz|please)[ \t]+\p{L})/giu;
/** Words a capitalised name often follows (prepositions, articles, possessives). */
const BEFORE_NAMES = new Set(
  'on in at to from for of by with via the a an my your our his her their this that and or near into onto says say said saying shows show showing reads read titled called marked is does status button banner'.split(
    ' ',
  ),
);
/** Contractions customers type without the apostrophe ("dont", "hasnt", "Id", "thats"). */
const BARE_NOT =
  /\b(do|does|did|ca|wo|is|are|was|were|has|have|had|could|would|should|must|need)nt\b/giu;
/** (the capital "I" only: "id", "ill" and "im" are words) */
const BARE_I = /\bI(m|ve|d|ll)\b/gu;
/** (not "were", "well", "its", "lets": words of their own; "wheres", "whos" and "hows" are not) */
const BARE_OTHER =
  /\b(you|they)(re|ve|ll)\b|\b(we)(ve)\b|\b(that|what|there|he|she|where|who|how)(s)\b/giu;
/** `text` with the apostrophes of contractions typed without one put back. */
export function withApostrophes(text: string): string {
  return text
    .replace(BARE_NOT, "$1n't")
    .replace(BARE_I, "I'$1")
    .replace(
      BARE_OTHER,
      (_: string, a?: string, b?: string, c?: string, d?: string, e?: string, f?: string) =>
        `${a ?? c ?? e}'${b ?? d ?? f}`,
    );
}
/** A VAT note on an invoice ("Reverse charge - art. 196 VAT Directive", "VAT reverse charge applies"). */
const VAT_REVERSE_CHARGE =
  /\b(?:vat\s+)?reverse[\s-]charge\b(?=\s*(?:[-–:(]|art\b|article|appl|vat\b|mechanism|procedure|directive|reg))|\bvat\s+reverse[\s-]charge\b/gi;
/** Someone else paying the customer back ("my company will pay me back", "insurance reimburses"). */
const THIRD_PARTY_PAYS =
  /\b(?:(?:my|our|the)\s+(?:company|employer|boss|insurance|insurer|office|firm|school|work)|(?<!\byour\s)(?:company|employer|boss|insurer|insurance))\s+(?:will|would|is\s+going\s+to|shall|pays?|reimburses?|refunds?|covers?|reimbursement)\b|\b(?:pay|paying|repay|repaying|give|giving)\s+(?:him|her|them|my\s+\p{L}+)\s+(?:the\s+money\s+)?back\b|\b(?:submit|send|claim|hand|give)\w*\s+(?:\p{L}+\s+){0,3}?(?:to|from|with)\s+(?:my|our|the)\s+(?:company|employer|boss|insurance|insurer|office|firm|school|work|accountant)\s+for\s+(?:reimbursement|expenses?|a\s+refund)\b/iu;
/**
 * The customer's own order, purchase, account or payment, named ("my order", "order 3391-77",
 * "#5521") or told ("I bought", "we ordered", "she paid").
 */
const OWN_MATTER =
  /\b(?:my|our)\s+(?:\p{L}+\s+){0,2}?(?:order|orders|purchase|parcel|package|account|membership|subscription|card|payment|refund|delivery|booking)\b|\b(?:i|we)\s+(?:\p{L}+\s+){0,2}?(?:(?:pre-?)?ordered|bought|purchased|paid|got|received)\b|\b(?:order|ord\.?|ref)[\s:#]{0,6}(?:(?:no|nr|number)\.?[\s:#]{0,4})?[a-z]{0,3}[-/]?\d{3,}|#\s?\d{3,}/iu;
/**
 * A message that asks for something to be looked up or explained: a question of any kind, help
 * with signing in, an update, or a parcel that has not come (where it is, asked as a statement).
 */
const ASKS_INFORMATION =
  /\?|\bis\s+(?:anybody|anyone|someone|somebody)\s+(?:actually\s+|even\s+|still\s+)?(?:looking|working|dealing)\b|\bfollowing\s+up\s+on\b|\b(?:what|what['’]s|whats|where|where['’]s|wheres|when|which|who|how|why|whether|questions?|asking|enquir\w*|inquir\w*|tell\s+me|let\s+me\s+know|to\s+know|wondering|look\s+up|check|confirm|see\s+(?:where|if|whether)|(?:work|figure|find)\s+out\s+(?:if|whether|how|what|why|when|where)|status|track(?:ing)?|any\s+update|update|updates|help|log(?:ging)?\s+in|sign(?:ing)?\s+in|password|reset|yet|just\s+(?:checking|curious))\b|\b(?:has\s*n['’]?t|have\s*n['’]?t|has\s+not|have\s+not|not|never|still\s+not)\s+(?:yet\s+)?(?:arrived|been\s+delivered|come|received|turned\s+up|shown\s+up|here)\b|\bstill\s+(?:nothing|waiting)\b/i;
/**
 * A message about a document to be read or recorded ("please log this", "for my expense report",
 * "this is the receipt text: … get me merchant, date and total").
 */
const WANTS_RECORDED =
  /\b(?:log|record|extract|enter|file|read\s+out|fields?|expense|expenses|bookkeeping|books|accounts?\s+payable|receipt|invoice|inv|bill|merchant|vendor|payable|subtotal|total\s+due)\b/i;
/**
 * A request made in so many words ("please leave the box at the back door", "could you …"): the
 * floor has read it already, and what it asks is plain.
 */
const ASKS_SOMETHING =
  /\b(?:please|pls|plz|kindly|(?:could|can|would|will)\s+(?:you|u)|i['’]d\s+like|i\s+would\s+like|i\s+want\s+(?:to|you)|i\s+need\s+(?:to|you)|should\s+(?:go|be\s+left|arrive|come)|(?:don['’]?t|do\s+not)\s+want\s+(?:them|the\s+(?:driver|courier))\s+to)\b/i;
/**
 * What makes a story a grievance or a matter of money: something wrong with the goods, money
 * named, a price, a charge, the order no longer wanted or not as ordered.
 */
const GRIEVANCE =
  /\b(?:broken|broke|wrong|damaged|missing|faulty|torn|cracked|defective|ripped|leak\w*|too\s+(?:small|big|large|tight|short|long)|not\s+what\s+i\s+ordered|cheaper|charged?|charges|customs|duties|refund\w*|money|unused|unopened|unworn|sealed|never\s+(?:used|worn|opened)|no\s+longer|not\s+needed|don['’]?t\s+need|called\s+off|cancel\w*|off\s+now|afford|quid|euros?|pounds?|dollars?|usd|eur|gbp|by\s+default|instead|registered\s+to|ex|misled|mis-?sold|not\s+what\s+(?:i|we)\s+(?:paid\s+for|ordered|was\s+promised)|not\s+as\s+(?:described|advertised|pictured)|nothing\s+like\s+(?:the|what|described|advertised))\b|[€£$]\s?\d|\d[.,]\d{2}\b/i;
/** Thanks, praise or all being well ("arrived today, love it", "went fine, as agreed"): nothing asked… */
const CONTENT =
  /\b(?:thanks?|thank\s+you|loves?|loving|lovely|great|perfect(?:ly)?|happy|glad|cheers|brilliant|awesome|nice|impressed|appreciated?|well\s+done|fine|as\s+agreed|as\s+pictured|all\s+good|all\s+sorted|sorted|no\s+problem|worth|looks\s+good|right\s+call|going\s+strong|anyway|for\s+sure|good\s+(?:news|thing)|easy|super\s+quick|come\s+in\s+handy|get\s+used|(?:will|['’]ll)\s+(?:still\s+)?(?:use|wear|come)|staying|fits|went\s+with|opted\s+for|(?:refund|money)\s+(?:has\s+)?(?:arrived|come\s+through|landed))\b/i;
/** Praise of the shop in general ("I usually love your stuff", "I've been a happy customer for years"). */
const SHOP_PRAISED =
  /\b(?:usually|normally|always|generally)\s+(?:\p{L}+\s+){0,2}?(?:awesome|brilliant|great|excellent|amazing|fantastic|good|spot\s+on|perfect|reliable|quick|fast)\b|\b(?:awesome|brilliant|great|excellent|amazing|fantastic|good)\s+(?:service|shop|store|stuff|gear)\s+(?:usually|normally|as\s+always|generally)\b|\b(?:usually|always|normally|generally|really)\s+(?:love|like|enjoy|rate)\s+(?:your|the)\s+(?:stuff|products?|gear|shop|store|brand|company|service)\b|\b(?:i['’]ve|i\s+have)\s+been\s+(?:a\s+)?(?:loyal|regular|long[\s-]?time|happy|good)?\s*customer\b/giu;
/** …unless there is a complaint beside them ("thanks, but it came broken", "they leak. Not happy."). */
const COMPLAINT =
  /\b(?:never|broken|broke|wrong|damaged|missing|faulty|torn|cracked|unfortunately|sadly|twice|double|too\s+(?:small|big|large|tight|short|long)|leak\w*|misled|not\s+(?:happy|good|great|fine|impressed|pleased|sorted))\b/i;
/** Data the customer says they have already updated ("we already updated the old address"). */
const DATA_UPDATED = /\b(?:already|have)\s+(?:updated|changed|fixed)\b/i;
/** A greeting, or a reply to the question before, opening a sentence ("Hello, …", "If so, …"). */
const OPENING =
  /^\s*(?:(?:(?:hello|hi|hey|hiya|greetings|dear|good\s+(?:morning|afternoon|evening|day)|yo)\b[\s,!.]*(?:(?:team|there|all|everyone|guys|folks|sir|madam)\b[\s,!.]*)?)+|(?:if\s+(?:so|yes|not)|in\s+that\s+case)\b[\s,]*)/i;
/** The words that open a message as its greeting ("hello", "hi", "dear", "good morning"). */
const GREETINGS = new Set(['hello', 'hi', 'hey', 'hiya', 'greetings', 'dear', 'good', 'yo']);
/** Whom a greeting addresses ("hi team", "hello there", "dear all"). */
const ADDRESSED = new Set(['team', 'there', 'all', 'everyone', 'guys', 'folks', 'sir', 'madam']);
/** Modal verbs: after one, "have" is the main verb ("can I have the difference back?"). */
const MODALS = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'shall', 'should']);

/** Words that make a sentence a look-up of something already under way. */
const STATUS = new Set([
  'status',
  'yet',
  'update',
  'news',
  'process',
  'arrive',
  'receive',
  'through',
  'track',
  'tracking',
  'already',
]);
const QUESTION_OPENERS = new Set([
  'how',
  'what',
  'when',
  'which',
  'why',
  'where',
  'who',
  'is',
  'are',
  'do',
  'does',
  'will',
  'would',
  'can',
  'could',
  'should',
  'if',
  'may',
]);
const NOUN_MARKERS = new Set(['a', 'an', 'any', 'the', 'some', 'no', 'your']);
/** Prepositions of means: "paid by bank transfer", "via card". */
const MEANS = new Set(['by', 'via']);
/** The words of COMPOUND_HEADS that are prepositions ("a refund on my order" is still one asked). */
const PREPOSITION_HEADS = new Set(['on', 'about']);
/** Doers other than us and the sender: a third person, or a bank or card that charges. */
const OTHER_DOERS = new Set([
  'he',
  'she',
  // "if someone cancels an order before it ships": anyone's doing, asked about
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'people',
  'customers',
  'card',
  'bank',
  'issuer',
  'provider',
  'paypal',
  'klarna',
  'employer',
  'insurer',
]);
/** A modal or "is" between such a doer and its verb ("my card will charge me", "she is giving"). */
const DOER_MODALS = new Set([
  'will',
  'would',
  'might',
  'may',
  'could',
  'can',
  'should',
  'is',
  'was',
]);
/** Verbs that name a doing by its gerund ("trust putting her card in", "hate changing"). */
const GERUND_TAKERS = new Set(['trust', 'enjoy', 'avoid', 'hate', 'fancy', 'risk', 'dislike']);
/** What opens a question put to us about such a doer ("can she change it?", "will he get …"). */
const ASKING_AUX = new Set([
  'can',
  'could',
  'will',
  'would',
  'may',
  'might',
  'should',
  'does',
  'did',
  'do',
]);
/**
 * Words after which a verb is the first word of a compound noun ("credit note", "credit amount",
 * "pay slip", "cancel policy"), or a preposition follows it ("update on my order").
 */
const COMPOUND_HEADS = new Set([
  'on',
  'about',
  'note',
  'notes',
  'memo',
  'memos',
  'slip',
  'slips',
  // the rules of one ("cancel policy for gift boxes?", "refund window", "return period")
  'policy',
  'policies',
  'rules',
  'terms',
  'window',
  'period',
  'deadline',
  // a refund's progress named ("the refund clock is running", "refund status")
  'clock',
  'process',
  'status',
  'timeline',
  'timeframe',
]);

const SENDER = /\b(?:i|i'm|i've|my|me|mine|we|our|us)\b/i;
/** A word of a money action the floor guards; a clause naming one is never exempt. */
const MONEY_WORDS =
  /\b(?:refund\w*|reimburs\w*|compensat\w*|chargeback|waive\w*|void\w*|cancel\w*|revers\w*|credit\w*|overcharg\w*|money\s+back)\b/i;

/**
 * An action the sender says they do not ask for: a negated wish, request or doing of it, with at
 * most an article between ("I don't want a refund", "we do not need to change anything", "I'm not
 * asking for my money back", "not disputing anything"). Never a negated ability, a complaint or
 * a plea ("why can't you refund me?", "I didn't get a refund", "please don't cancel it").
 */
const DISCLAIMED =
  /(?:\b(?:i|we)\s+(?:really\s+)?(?:do\s+not|don['’]?t)|\b(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+not|\bno\s+need\s+to|(?<![\p{L}'’]\s*)\bnot(?=\s+(?:disput|chang|cancel|ask|request|look|after|want|seek)))(?:\s+(?:really|even|actually))?(?:\s+(?:want(?:ing)?|need(?:ing)?|ask(?:ing)?|look(?:ing)?|request(?:ing)?|seek(?:ing)?|after)(?:\s+(?:for|to(?:\s+(?:get|have|ask\s+for|request))?))?)?\s+(?:(?:a|an|the|any|my|our)\s+)?(?:refund\w*|cancel\w*|disput\w*|chang\w*|money\s+back|chargeback|revers\w*)\b/giu;

/**
 * A change the customer says they made themselves ("I cancelled it on my account") or asked for
 * already ("the address change I asked for on the phone").
 */
const SELF_DONE =
  /\b(?:i|we)\s+(?:have\s+|['’]ve\s+)?(?:already\s+)?(?:asked|requested)\s+(?:(?:you|for)\s+)?(?:to\s+)?(?:cancel|change|update|close|delete|refund)\w*\b|\b(?:i|we)\s+(?:e-?mailed|wrote|called|phoned|rang|messaged|contacted)\b[^.?!\n]{0,30}?\basking\s+(?:you\s+|for\s+)?(?:to\s+)?(?:cancel|change|update|close|delete|refund)\w*\b|\b(?:i|we)\s+(?:have\s+|['’]ve\s+)?(?:already\s+)?(?:asked|requested)\s+(?:for\s+)?(?:order\s+)?\S+\s+to\s+be\s+(?:cancell?ed|changed|closed|deleted|refunded)\b|\b(?:the|my)\s+(?:\w+\s+)?(?:change|cancell?ation|update|amendment)\s+(?:that\s+)?(?:i|we)\s+(?:asked\s+for|requested|made|put\s+in|submitted)\b|\b(?:i|we)\s+(?:have\s+|['’]ve\s+)?(?:already\s+|just\s+)?(?:cancell?ed|changed(?!\s+(?:my|our|his|her|their)?\s*minds?\b)|updated|amended|edited|corrected|removed|deleted|unsubscribed|switched|paused)\b/i;
/** Asking whether such a change took ("did it go through?", "can you confirm it shows?"). */
const CONFIRM_ASKED =
  /\b(?:did\s+(?:it|that|this|the\s+\w+)\s+(?:[\w-]+\s+){0,3}?go\s+through|(?:gone|went)\s+through|(?:does|did|is)\s+(?:it|that|this|the\s+\w+)\s+(?:\w+\s+)?show(?:ing|s)?|showing\s+(?:as|the|up)|(?:can|could)\s+(?:you|u)\s+(?:please\s+)?confirm|please\s+confirm|confirm\s+(?:that|whether|if)|took\s+effect|(?:has|have|did)\s+(?:it|they|that|the\s+\w+)\s+(?:actually\s+|already\s+)?(?:been\s+)?(?:sent|gone\s+out|go\s+out|come\s+through|processed|issued|paid\s+out|left)|just\s+(?:checking|to\s+check|want(?:ed)?\s+to\s+(?:check|be\s+sure|make\s+sure|confirm))|when\s+will\s+(?:the\s+money|it|the\s+refund|my\s+money|that)\s+(?:actually\s+|finally\s+)?(?:be\s+(?:on|in|back)|arrive|reach|land|show|come\s+through|hit))\b/i;
/**
 * A refund or a change we said we made or would make ("the refund for HP-40917 was issued on
 * Monday", "you said you'd update it", "you
 * approved my refund", "you cancelled order 2219 for me last week").
 */
const OUR_DONE =
  /\byou\s+(?:said|told\s+me|promised)\s+(?:that\s+)?(?:you['’]d|you\s+would|you\s+will|you['’]ll)\s+(?:update|change|cancel|refund|correct|fix|sort)\b|\brefund\w*\b[^.?!\n]{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been|got|been|is)\s+(?:already\s+)?(?:issued|approved|processed|sent|confirmed|authori[sz]ed|initiated|accepted|granted)\b|\b(?:you|they)\s+(?:have\s+|['’]ve\s+)?(?:already\s+)?(?:issued|approved|processed|sent|confirmed)\s+(?:my|the|a)\s+refund\b|\b(?:you|your\s+(?:team|colleague|agent|staff|shop)|they)\s+(?:have\s+|['’]ve\s+)?(?:already\s+)?(?:cancell?ed|changed|updated|corrected|removed|closed|deleted)\s+(?:my|our|the|it|them|order|that|this)\b|\b(?:told|said|confirmed|wrote|e-?mailed)\b(?:\s+(?:to\s+)?(?:me|us)\b)?[^.?!\n]{0,60}?\b(?:was|were|had\s+been|has\s+been)\s+(?:already\s+)?(?:cancell?ed|changed|updated|corrected)\b/i;
/** A refund said to have reached the customer ("the refund already came through fine"). */
const REFUND_HAD = new RegExp(
  String.raw`${REFUND_ARRIVED}|\b(?:got|received)(?<!\b(?:never|not|yet\s+to|still\s+not)\s+(?:got|received))(?<!n['’]t\s+(?:got|received))\s+(?:my|the|a|our)\s+(?:full\s+)?refund\b`,
  'gi',
);
/** Such a refund doubted: the wrong amount, only part, still nothing, an amount named. */
const OUR_DONE_DOUBTED =
  /\b(?:still|wrong|twice|double|but|only|partial|short|less|missing|never|instead|again|charged|billed|taken|anyway|minus|except|excluding|without|half|part|apart|voucher|old|should\s+be|needs?\s+to\s+be|must\s+be)\b|[£$€]|\d[.,]\d\d\b/i;
/** Money taken, owed or named, or something still wrong: a complaint, not a look-up. */
const MONEY_COMPLAINT =
  /[£$€¥₹]|\d[.,]\d\d\b|\b\d+\s*(?:quid|pounds?|euros?|eur|gbp|usd|dollars?|kr|sek|nok|dkk|chf)\b|\b(?:charged|charge|charges|debit\w*|billed|taken|refund\w*|money|still|wrong|twice|double|but|back|return\w*|owe\w*|release\w*|pending|instal(?:l)?ments?)\b/i;
/** A plea, a wish or a question: a sentence that asks something of us. */
const PLEA =
  /\b(?:please|pls|kindly|(?:can|could|would|will)\s+(?:you|u)|want|need|must|ha(?:s|ve)\s+to|make\s+sure|ensure|if\s+not|otherwise|instead)\b|\?\s*$/i;
/** Thanks. */
const THANKS_WORDS = String.raw`\b(?:thanks?|thank\s+you|thx|cheers|grateful|appreciated?)\b`;
const THANKS = new RegExp(THANKS_WORDS, 'i');
/**
 * Thanks for something done, or a confirmation of it seen ("thank you for refunding the tent so
 * fast", "thanks for sorting the address", "saw the confirmation that the new IBAN is saved");
 * not "thanks for nothing" nor "for everything", which name no deed of ours.
 */
const THANKED_FOR_DONE = new RegExp(
  String.raw`${THANKS_WORDS}[^.!?\n]{0,40}?\bfor\s+(?:(?:so\s+)?(?:quickly|promptly|swiftly)\s+)?(?:(?!(?:no|every|any|some)thing\b)\p{L}+ing|the\s+(?:\p{L}+\s+){0,2}?(?:refund|cancellation|change|update|credit|correction|fix))\b|\b(?:saw|seen|got|received)\s+(?:the|your)\s+(?:\p{L}+\s+)?(?:confirmation|e-?mail|message|notice|notification)\b|${REFUND_ARRIVED}`,
  'iu',
);
/** Praise said with a negation ("didn't expect it so fast", "can't thank you enough"), no doubt. */
const PRAISE_NEGATED = String.raw`\b(?:did\s*n['’]?t|did\s+not)\s+expect\s+(?:(?:it|that|this|them|the\s+\p{L}+)\s+)?(?:so|that|this)\s+(?:fast|quick(?:ly)?|soon)\b|\bca\s*n['’]?t\s+thank\s+you\s+enough\b|\bcould\s*n['’]?t\s+(?:be\s+happier|have\s+asked\s+for\s+(?:a\s+)?better)\b`;
const PRAISE_NEGATED_ALL = new RegExp(PRAISE_NEGATED, 'giu');
/**
 * Praise beside thanks ("love them, they fit perfectly. thank you!"): thanks for what was done, as
 * much as "thanks for sorting it", whatever the classifier makes of the goods named.
 */
const PRAISED = new RegExp(
  String.raw`${PRAISE_NEGATED}|\b(?:lov(?:e|ing)\s+(?:it|them|this|these|the\s+\p{L}+)|fits?\s+(?:perfectly|like\s+a\s+glove)|worth\s+every\s+(?:cent|penny|euro)|(?:really|so|absolutely|very)\s+(?:happy|pleased|chuffed)\s+with)\b`,
  'iu',
);
/**
 * What makes thanks more than thanks: a doubt, a complaint, something more or else, a wish, a new
 * value given (an IBAN, an e-mail address, a long number).
 */
const NOT_ONLY_THANKS =
  /\b(?:but|however|though|although|still|yet|not|never|only|wrong|twice|double|missing|again|also|another|else|except|unfortunately|problem|issue|should|would|wish|hope|like|n['’]?t)\b|n['’]t\b|@|\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,}|(?<![\p{L}\d]-?)\d{6,}/iu;
/**
 * The thanked deed and up to six words of what it was ("thank you for refunding the tent so
 * fast", "got your e-mail that the new IBAN is saved"), up to a clause's edge or an "and": what
 * is left of the text beside it is read for more.
 */
const THANKED_DEED = new RegExp(
  String.raw`(?:${THANKED_FOR_DONE.source})(?:[ \t]+(?!(?:and|then|but)\b|-(?:\s|$))[^\s,;:.!?—–]+){0,6}`,
  'giu',
);
/**
 * Beside the thanked deed, something more to do: a deed named again ("just cancel the lot", "put
 * it on my other card", "send the rest to my bank", "the same for the mat", "go ahead and refund
 * it", "the date needs moving"), money paid or taken ("I paid 89 €"), a value as it is now
 * ("phone is now 0176 555 1234") or a phone-long run of figures.
 */
const THANKS_MORE =
  /\b(?:refund\p{L}*|cancel\p{L}*|send|put|use|keep|swap|switch|move|moving|change|update|transfer|close|delete|remove|pay|paid|charged?|debited|took|taken|owe[ds]?|go\s+ahead|same|as\s+well|too|other|new|needs?|(?:is|are)\s+now)\b|\+?\d(?:[\s/-]?\d){6,}/iu;

/**
 * A deed of ours thanked for ("thank you for refunding the tent", "thanks for the quick refund"),
 * then the same asked for another thing ("I'd love the same for the mat", "do the same with
 * 5532", "same for the poles"): the deed asked for again.
 */
const THANKED_DEED_NAMED = new RegExp(
  String.raw`${THANKS_WORDS}[^.!?\n]{0,40}?\bfor\s+(?:\p{L}+\s+){0,3}?(?:refund|cancel|credit|chang|updat|correct|replac|swap|exchang|remov|delet)\p{L}*`,
  'iu',
);
const SAME_AGAIN =
  /\b(?:do\s+the\s+same|(?:the\s+)?same\s+(?:for|with)\s+(?:the|my|our|order|#?\d))\b/iu;

/**
 * Something asked of us beside the confirmation ("if it didn't, cancel it", "make sure there are
 * no further debits", "I need …"), in any sentence.
 */
const NEW_REQUEST =
  /\b(?:please|pls|kindly|(?:can|could|would|will)\s+(?:you|u)|i\s+(?:want|need)|we\s+(?:want|need)|i['’]d\s+like|i\s+would\s+like|must|ha(?:s|ve)\s+to|make\s+sure|ensure|if\s+not|if\s+(?:it|that|they)\s+(?:didn['’]?t|did\s+not|hasn['’]?t|has\s+not|isn['’]?t|is\s+not|wasn['’]?t|was\s+not)|otherwise|then|instead)\b[^.?!\n]{0,60}?(?<!\b(?:as|is|was|been|being|are|were)\s+)\b(?:cancel|refund|change|update|amend|move|send|redirect|delete|remove|reverse|credit|pay|undo|swap|erase|close|stop|release|return|put|take|switch|fix|go\s+to)\w*\b|^\s*(?:cancel|refund|change|update|move|send|redirect|delete|remove|reverse|credit|pay|undo|swap|erase|close|stop|put|take|switch|fix)\b|\b(?:and|also)\s+(?:also\s+|please\s+|then\s+)?(?:cancel|refund|change|update|amend|move|send|redirect|delete|remove|reverse|credit|pay|undo|swap|erase|close|stop|release|return|put|take|switch|fix)\b/im;

/**
 * Nothing to be changed, said outright to us ("don't change anything, I only want to check it",
 * "can you look without cancelling anything?", "I just want to check, not change anything") — never
 * "anything else", "anything except the hat" or "… just the gloves", which leave one change asked,
 * nor "don't refund anything to PayPal", which sends it elsewhere.
 */
const NOTHING_ASKED =
  /\b(?:do\s+not|don['’]?t|without|\bnot(?<!\b(?:can|could|cannot|may|might|will|would|should|must|did|does)\s+not)(?:\s+to)?)\s+(?:chang|cancel|refund|touch|updat|modif|edit|amend)\w*\s+anything\b(?!(?:\s+\S+){0,4}?\s+(?:else|other|but|except|apart|besides|only|just|instead)\b)(?!\s+(?:\S+\s+)?(?:to|into|onto)\b)/giu;

/** What makes a disclaimer partial: the rest still asked for ("just for the lamp", "instead"). */
const PARTIAL =
  /\b(?:just|only)\s+(?:for|the|a|an|my|one|this|that|\d)|[£$€]|\bbut\s+(?:i|we)\s+(?:do\s+)?(?:want|would|need)|\binstead\b|\bfor\s+the\s+whole\b|\b(?:completely|entirely|fully|in\s+full)\b|\bin\s+vouchers?\b|\bas\s+(?:a\s+)?(?:store\s+)?(?:credit|voucher)|\bcash\b/i;
/** Verbs of talk whose "back" is no money's ("read it back to me", "call me back"). */
const TALK_BACK = new Set([
  'read',
  'call',
  'ring',
  'phone',
  'write',
  'reply',
  'text',
  'email',
  'message',
  'hear',
  'report',
]);
/** What may stand between such a verb and its "back". */
const BACK_PRONOUNS = new Set(['it', 'me', 'us', 'them', 'this', 'that', 'him', 'her']);

/** A request written as a form's field: "Action: refund", "Request: cancel", "Refund requested: yes". */
const FORM_REQUEST =
  /^[ \t]*(?:request(?:ed)?|action|required[ \t]+action|asking[ \t]+for|wish)[ \t]*:[^\n]{0,60}?\b(refund|cancel|chargeback|reimburse|reverse|credit)|^[ \t]*(refund|cancellation|chargeback|reimbursement|credit)[ \t]+requested[ \t]*:[ \t]*(?:yes|y|true|please)\b|^[ \t]*(?:still[ \t]+)?not[ \t]+(?:yet[ \t]+)?(refund)ed[ \t]*:|^[ \t]*(?:amount[ \t]+)?to[ \t]+be[ \t]+(refund)ed[ \t]*:/im;

/** Words that may come before a request's opening verb ("Also refund it", "Then cancel it"). */
const LINKING = new Set(['also', 'then', 'now', 'just', 'so', 'and', 'plus', 'otherwise']);

/** Words that name a kind of payment card before "card" ("credit card"). */
const CARD_KINDS = new Set(['credit', 'debit', 'charge']);
/** Verbs of finding out: with "whether" or "if" they ask how something stands. */
const FIND_OUT = new Set(['check', 'confirm', 'know', 'see', 'tell', 'verify', 'find', 'look']);
/** Words that ask whether something can be done ("is it possible to cancel ...?"). */
const ABILITY = new Set(['possible', 'able', 'ok', 'okay', 'allowed']);
/** What of a customer's a request acts on: their data, their money, their delivery. */
const MINE = new Set([...OBJECTS, 'parcel', 'package', 'delivery', 'shipment']);
const PAST = new Set(['paid', 'sent', 'put', 'shipped', 'moved', 'given', 'gave', 'closed']);

/** A question in the past or perfect asks what happened, not for something to be done. */
const STATUS_OPENERS = new Set(['was', 'were', 'did', 'has', 'have', 'had']);
/** The verb of a question asking what something is or was ("which address is it going to?"). */
const FACT_VERBS = new Set(['is', 'are', 'was', 'were', 'does', 'did']);
const YOU_REQUEST = new Set(['can', 'could', 'would', 'will']);
const DESIRE = new Set(['want', 'like', 'need', 'demand', 'wish', 'request', 'ask', 'let']);
const POLITE = new Set(['please', 'pls', 'plz', 'kindly']);
const POSSESSIVE = new Set(['my', 'our', 'mine']);
/** What merging changes a customer's data of (not orders: "merge my orders into one parcel"). */
const MERGEABLE = new Set(['account', 'profile', 'membership', 'balance', 'point', 'voucher']);
/** Money a customer can be owed (wished for with "the": "I want the difference"). */
const OWED = new Set(['difference', 'money', 'deposit', 'balance', 'refund']);

/** A money action as a reason names it (the lexicon's lemma of "cancellation" is "cancelation"). */
const actionName = (lemma: string): string =>
  lemma === 'cancelation' ? 'cancellation' : lemma === 'reimbursement' ? 'reimburse' : lemma;

/**
 * A sentence without its "which/what …" question and the asking of it ("can you tell me"): what
 * else it says ("Before it ships, please send it to 4 Oak Lane, which address is it going to?").
 */
const besideQuestion = (sentence: string): string => {
  const at = Math.max(0, sentence.search(/\b(?:which|what)\b/i));
  return (
    sentence
      .slice(0, at)
      .replace(
        /\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+|kindly\s+)?(?:tell|let\s+me\s+know|confirm|check|say|show|remind)\b/gi,
        ' ',
      ) +
    ' ' +
    sentence
      .slice(at)
      .split(/\?|[—–]|\s-\s|,/)
      .slice(1)
      .join(' ')
  );
};
/** Relative words that open a clause about a place ("to which", "where"). */
const RELATIVES = new Set(['which', 'whom', 'where']);
/** Whether the verb at i is the sender's own in a relative clause ("… to which I may send …"). */
const senderSends = (norms: string[], i: number): boolean =>
  (['i', 'we'].includes(norms[i - 1] ?? '') && RELATIVES.has(norms[i - 2] ?? '')) ||
  (MODALS.has(norms[i - 1] ?? '') &&
    ['i', 'we'].includes(norms[i - 2] ?? '') &&
    RELATIVES.has(norms[i - 3] ?? ''));

/** A sentence about something of the sender's ("my card", "give me"). */
const possessiveIn = (norms: string[]): boolean =>
  norms.some((w) => POSSESSIVE.has(w)) || norms.includes('me');

/**
 * How many different unknown words of one text are spell-corrected (each costs up to a
 * millisecond or two): a customer's own typing has far fewer; a very long pasted text is read as
 * it is written past them.
 */
const SPELL_BUDGET = 50;
/** A text as long as a customer types (some 300 words): more of its unknown words corrected. */
const LONG_TEXT = 2_000;
const SPELL_BUDGET_TYPED = 200;

/**
 * What the whole text says, that a sentence's reading looks up (an order named, an address given,
 * an order not yet shipped): found once per text, when first asked, not once per sentence.
 */
class WholeText {
  private readonly found = new Map<string, boolean>();
  constructor(
    readonly text: string,
    /** A move the sender says is taken care of, in their own words (before disclaimers go). */
    readonly settled = false,
  ) {}
  private readonly tested = new Map<RegExp, RegExpExecArray | null>();
  private memo(key: string, find: () => boolean): boolean {
    let value = this.found.get(key);
    if (value === undefined) this.found.set(key, (value = find()));
    return value;
  }
  /** `pattern` run over the whole text once, however many sentences ask. */
  exec(pattern: RegExp): RegExpExecArray | null {
    if (!this.tested.has(pattern)) this.tested.set(pattern, pattern.exec(this.text));
    return this.tested.get(pattern)!;
  }
  test(pattern: RegExp): boolean {
    return this.exec(pattern) !== null;
  }
  /** Thanks, praise or all being well, with no complaint beside them: nothing asked for. */
  get satisfied(): boolean {
    // (praise of the shop in general is no contentment with this order: "I usually love your
    // stuff. Bought the bag for 189, today it's 149")
    return this.memo('satisfied', () => {
      const own = this.text.replace(SHOP_PRAISED, ' ');
      // ("… usually, but this time I paid for next day and it took a week")
      return CONTENT.test(own) && !COMPLAINT.test(own) && !/\bbut\s+this\s+time\b/i.test(own);
    });
  }
  get street(): boolean {
    return this.memo('street', () => STREET.test(this.text) || MOVED_TO.test(this.text));
  }
  /** An order named by its word, or a bare number that may be one. */
  get anyOrder(): boolean {
    return this.memo('anyOrder', () => ORDER_REF.test(this.text) || BARE_REF.test(this.text));
  }
  get notYetShipped(): boolean {
    return this.memo('notYetShipped', () => NOT_YET_SHIPPED.test(this.text));
  }
  /** A new value given for data: an e-mail address, a phone number, a street, or "instead". */
  get newValue(): boolean {
    return this.memo(
      'newValue',
      () => NEW_VALUE.test(this.text) || STREET.test(this.text) || /\binstead\b/i.test(this.text),
    );
  }
  /** An order named by its word or a sign ("order 55120", "#5521"). */
  get namedOrder(): boolean {
    return this.memo('namedOrder', () => ORDER_REF.test(this.text));
  }
  /** An order named, or a number that may be one and is no place's ("ship to 10115"). */
  get movedOrder(): boolean {
    return this.memo('movedOrder', () => {
      const rest = this.text.replace(STREET, '');
      return ORDER_REF.test(rest) || PLACELESS_REF.test(rest);
    });
  }
  get keepIt(): boolean {
    return this.memo('keepIt', () => KEEP_IT.test(this.text));
  }
}

interface Word {
  norm: string;
  lemma: string;
  /** Follows another word directly (no number or punctuation between). */
  joined: boolean;
}

/**
 * The words the patterns above are written with ("addy", "debit", "storn"): a word the lexicon
 * does not know but a pattern reads is no typo to correct before the patterns read the text.
 */
const PATTERN_WORDS = new Set(
  [
    OTHER_LANGUAGES,
    GERMAN_COMPOUNDS,
    LABELLED,
    OWN_LINE,
    ADDRESSING,
    LINK_LINE,
    LINK_LINE_ONE,
    PAYMENT_INSTRUCTION,
    PAYMENT_TERMS,
    NEW_VALUE,
    MOVED,
    MOVED_NOW_AT,
    DOUBLE_CHARGE,
    PAYMENT_NOUN,
    DOUBLE_NOUN,
    CONDITION_FIRST,
    LEADING_CLAUSE,
    ASK_LEAD,
    DONE_FIELD,
    STOP_BEFORE,
    RECORD_HAD,
    KILLED,
    RATHER_NOT,
    MONEY_SENT,
    DISCOUNT_MISSED,
    REFUND_SHORT,
    WRONG_ADDRESS,
    TYPED_WRONG,
    ON_ITS_WAY,
    NOT_ON_ORDER,
    CORRECTED_VALUE,
    CONDITION_THEN,
    NOBODY_HOME,
    DELIVERY_DUE,
    ACT_ASKED,
    AN_AMOUNT,
    MONEY_NOT_BACK,
    ORDERED_UNASKED,
    TYPO_ON_ORDER,
    BANK_DISPUTE,
    UNDONE,
    MONEY_DEMANDED,
    COST_WE_BEAR,
    MONEY_BACK_NOUN,
    OWED_TO_ME,
    IN_ONE_GO,
    INSTALMENTS,
    UNWANTED,
    CHANGED_MIND,
    ORDER_REF,
    KEEP_IT,
    NOT_YET_SHIPPED,
    CALLED_OFF,
    ORDERED_TWICE,
    BY_MISTAKE,
    UNSURE,
    OTHER_QUESTION,
    REPEAT_CUSTOMER,
    STATUS_ASKED,
    NEED_GONE,
    UNWANTED_SITUATION,
    DATA_NOT_KEPT,
    CONTACT_LEFT,
    OUT_OF_POCKET,
    MUST_GO,
    NOT_THERE,
    WORRY,
    CARD_GONE,
    CARD_KEPT,
    OLD_DATA,
    MONEY_GOES_BACK,
    MONEY_ASKED_BACK,
    PAID_TWO_WAYS,
    CHARGES_FOR_ONE,
    PRICE_FELL,
    TAKEN_IN,
    BOUGHT,
    BOUGHT_AT_PRICE,
    ADDRESS_RIGHT,
    NOTHING_TO_CHANGE,
    UNUSED_GOODS,
    WRONG_ON_RECORD,
    DECEASED,
    LEFT_OPEN,
    SETTLED,
    STOPPING,
    ASKS_POSSIBLE,
    RENEWS,
    NOT_USED,
    MEMBERSHIP_WORD,
    STREET,
    MOVED_TO,
    TAKE_OUT,
    NO_MORE_PAYMENTS,
    NEW_DATA,
    AS_CASH,
    OFFER,
    CARRIER_VOICE,
    MONTHS,
    ASKED_OPENER,
    BARE_VERB_START,
    AWAY,
    AWAY_WHEN,
    OTHER_HOME,
    PLEA_BESIDE,
    LOOKS_AFTER,
    THIRD_PARTY_PAYS,
    OWN_MATTER,
    ASKS_INFORMATION,
    WANTS_RECORDED,
    ASKS_SOMETHING,
    GRIEVANCE,
    CONTENT,
    COMPLAINT,
    DATA_UPDATED,
    OPENING,
    SENDER,
    MONEY_WORDS,
    DISCLAIMED,
    SELF_DONE,
    CONFIRM_ASKED,
    OUR_DONE,
    REFUND_HAD,
    OUR_DONE_DOUBTED,
    MONEY_COMPLAINT,
    PLEA,
    NEW_REQUEST,
    NOTHING_ASKED,
    PARTIAL,
    FORM_REQUEST,
  ].flatMap((re) => re.source.toLowerCase().match(/\p{Ll}{4,}/gu) ?? []),
);
/** The longest word a pattern reads. */
const LONGEST_PATTERN_WORD = Math.max(...[...PATTERN_WORDS].map((w) => w.length));
/** Whether a pattern reads `word` or a word it starts with ("debited": "debit"). */
const patternWord = (word: string): boolean => {
  // (no pattern reads a word of more than LONGEST_PATTERN_WORD letters)
  for (let n = Math.min(word.length, LONGEST_PATTERN_WORD); n >= 4; n--)
    if (PATTERN_WORDS.has(word.slice(0, n))) return true;
  return false;
};

/**
 * The safety floor's reading of a request: does it plausibly ask to move money, refund, cancel, or
 * change account, payment or delivery data? Works on lemmas (so "cancelled", "refunds" and the
 * misspelt "refnd" count) and on the shape of the sentence — an imperative, a wish ("I'd like"),
 * a request to us ("could you"), a possessive ("my card") or a reference (an order number or an
 * amount) makes it a request; a general question ("can an order be cancelled?") or a status
 * look-up ("has my refund gone through yet?") does not. Returns why, or undefined.
 */
export class SafetyFloor {
  private readonly spell: SpellChecker;
  private readonly lexicon = Lexicon.get();
  /** The unknown words of the text being checked spell-corrected so far. */
  private readonly corrected = new Set<string>();
  /** How many different unknown words of the text being checked may be spell-corrected. */
  private budget = SPELL_BUDGET_TYPED;
  /** The words of the text being checked as read: corrected and lemmatised. */
  private readonly read = new Map<string, { norm: string; lemma: string }>();
  /** Whether onlyThanks is reading the other sentences of a text (through check). */
  private thanking = false;

  constructor() {
    this.spell = new SpellChecker([
      ...MONEY_ACTIONS,
      ...CHANGE_ACTIONS,
      ...OBJECTS,
      ...DELIVERY_ACTIONS,
    ]);
  }

  /**
   * The money action a phrasal verb means, when WordNet gives it as a synonym ("call_off" →
   * cancel). Only money actions: a change verb needs its object, which a phrase may not have
   * ("take the data out" is not "remove").
   */
  private actionFor(phrase: string): string | undefined {
    for (const [w, strength] of this.lexicon.related(phrase))
      if (strength >= 0.9 && MONEY_ACTIONS.has(w)) return w;
    return undefined;
  }

  /**
   * Whether the text only asks us to confirm a change the customer made themselves ("I cancelled
   * order 44821 on my account last night, did it go through?", "I changed the address on the
   * website, can you confirm it shows?"): a look-up, with no complaint and nothing new asked.
   */
  onlyConfirms(text: string): boolean {
    return (
      // a change of their own, or a refund we said we made ("the refund was issued on Monday")
      ((SELF_DONE.test(text) && !MONEY_COMPLAINT.test(text)) ||
        (OUR_DONE.test(text) && !OUR_DONE_DOUBTED.test(text) && !STREET.test(text))) &&
      CONFIRM_ASKED.test(text) &&
      !NEW_REQUEST.test(text) &&
      // each sentence the report, the question, or one that asks nothing of us
      splitSentences(text).every(
        (x) =>
          SELF_DONE.test(x) ||
          OUR_DONE.test(x) ||
          CONFIRM_ASKED.test(x) ||
          !PLEA.test(x) ||
          // "That's all I need.", "Nothing else needed."
          /^\W*(?:that['’]?s\s+all|nothing\s+else|no\s+(?:other|further)\s+action)\b/i.test(x),
      )
    );
  }

  /**
   * Whether the text only thanks us for something done ("Just wanted to say thank you for refunding
   * the broken tent so fast - money was on my card today. Really good service!", "Thanks, saw the
   * confirmation that the new IBAN is saved on my account. Have a nice weekend!"), or praises what
   * came beside thanks ("love them, they fit perfectly. thank you!"): no question,
   * nothing asked, wished or doubted, no new value given, and each other sentence no request.
   */
  onlyThanks(text: string): boolean {
    // (a quoted earlier message is ours, not the sender's)
    const own = withoutQuotedLines(text);
    // (a pasted receipt's "Thank you for shopping with us" is the document's, and an amount is a
    // matter to read)
    if (
      !THANKS.test(own) ||
      !(THANKED_FOR_DONE.test(own) || PRAISED.test(own)) ||
      /\?/.test(own) ||
      PLEA.test(own) ||
      /[€£$¥]|\d[.,]\d\d(?!\d)/u.test(own) ||
      looksLikeDocument(own)
    )
      return false;
    // ("will order again", "will be back again": praise, not a charge again)
    const praise = own.replace(
      /\b(?:order|buy|shop|purchase|come\s+back|be\s+back|recommend\s+you)\s+(?:\p{L}+\s+){0,2}?again\b/giu,
      ' ',
    );
    if (NOT_ONLY_THANKS.test(praise.replace(PRAISE_NEGATED_ALL, ' '))) return false;
    // ("Thanks for replying so fast, just cancel the lot", "Thank you for confirming the refund.
    // Put it on my other card": more asked beside the deed thanked for, in its sentence or another)
    const rest = praise.replace(THANKED_DEED, ' ');
    if (THANKS_MORE.test(rest) || STREET.test(rest)) return false;
    // ("Thank you for the refund of 25 €. The lantern cost 59 €": two sums, one short of the other)
    const sums = new Set(
      [
        ...own.matchAll(
          /[£$€]\s?(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s?(?:[£$€]|(?:euros?|eur|pounds?|quid)\b)/giu,
        ),
      ].map((m) => m[1] ?? m[2]),
    );
    if (sums.size > 1) return false;
    // (each other sentence read by the floor, which asks this again of a sentence of praise: read
    // there as no thanks, so that it is read for a request)
    if (this.thanking) return false;
    this.thanking = true;
    try {
      return splitSentences(own).every((x) => THANKED_FOR_DONE.test(x) || !this.check(x));
    } finally {
      this.thanking = false;
    }
  }

  /**
   * The text without what the sender says they do not ask for ("I don't want a refund, just tell
   * me …", "not disputing anything") — unless only part is disclaimed ("I don't want a refund for
   * the whole order, just for the lamp", "not in vouchers", "not cancel it completely").
   */
  withoutDisclaimers(said: string): string {
    const text = said.replace(NOTHING_ASKED, ' ');
    return text.replace(DISCLAIMED, (found: string, at: number) =>
      PARTIAL.test(/^[^.?!\n]*/.exec(text.slice(at + found.length))![0]) ? found : ' ',
    );
  }

  check(written: string): string | undefined {
    // "Id rather it didnt ship", "Im owed": contractions typed without their apostrophe
    // (an invoice's VAT note, "Reverse charge - art. 196 VAT Directive", reverses no charge)
    // ("Would love the difference back": a wish with its "I" left out, as in a quick message)
    const said = withApostrophes(written)
      .replace(VAT_REVERSE_CHARGE, 'VAT self-accounted')
      .replace(ELIDED_I, '$1I $2');
    if (this.onlyConfirms(said) || this.onlyThanks(said)) return undefined;
    // (…and its twin in another language, before its words are spell-corrected into English:
    // "ayer cancelé mi pedido … ¿me confirmáis si quedó cancelado?" asks nothing done)
    if (
      mostlyForeign(plain(said)) &&
      foreignOnlyConfirms(said) &&
      !OTHER_PLEA.test(said) &&
      !SCRIPT_PLEA.test(said.replace(/確認だけ(?:お願い|ください)/gu, ''))
    )
      return undefined;
    // ("Thank you for refunding the tent; I'd love the same for the mat"): a deed thanked for,
    // asked for again for another thing
    const again = THANKED_DEED_NAMED.test(said) && SAME_AGAIN.exec(said);
    if (again) return `asks for a deed done again ('${again[0].trim()}')`;
    // what the sender says they do not ask for ("I don't want a refund", "not disputing
    // anything", "I'm not changing anything") is no request of it
    // ("order 99812 status? + update phone & email on acct: …": a "+" after a question adds another)
    const disclaimed = this.withoutDisclaimers(said).replace(
      /([?!])[ \t]*[+&][ \t]+(?=\p{L})/gu,
      '$1 ',
    );
    // spell-correct a bounded number of words per text (a very long one is mostly read as it is)
    this.corrected.clear();
    this.read.clear();
    this.budget = disclaimed.length > LONG_TEXT ? SPELL_BUDGET : SPELL_BUDGET_TYPED;
    // (the patterns read the words as corrected too: "that adrdess" is "that address")
    const text = unpunctuated(disclaimed).replace(
      /(?<![\p{L}'’-])\p{Ll}{4,}(?![\p{L}'’-])/gu,
      (word) => (!patternWord(word) && this.mayCorrect(word) ? this.spell.correct(word) : word),
    );
    // each sentence, and each clause of one ("and", "but", ";"); and each line of a text of
    // several on its own (a pasted block's lines run together into one "sentence")
    const lines = text.includes('\n') ? text.split('\n').filter((l) => l.trim()) : [];
    // ("Can I send it back and get the money?": the second clause is asked as the first was)
    const clausesOf = (parts: string[]): string[] =>
      parts.flatMap((s) => {
        // (a question's condition is one clause with it: "if I paid with PayPal and return an
        // item, does the money go back to PayPal?")
        const kept = /\?\s*$/.test(s)
          ? s.replace(CONDITION_FIRST, (lead) => lead.replace(/\band\b/gi, '&'))
          : s;
        // (a request after a spaced dash is read as a clause of its own too, and with what goes
        // before it: "I don't think order 58213 has left yet — could it come to Kleine
        // Houtstraat 27 instead?", "Which locker is parcel 4410 going to — can it go to the one
        // at the station")
        // (never inside a noun phrase: "my account and everything in it")
        const clauses = kept
          .split(
            /;|\band\b(?!\s+(?:everything|all|anything)\s+(?:in|on|of|about|else|connected|linked|attached|related|that)\b)|\bbut\b/i,
          )
          .flatMap((c) => {
            const dash = DASH_BEFORE_REQUEST.exec(c);
            return dash ? [c, c.slice(dash.index + dash[0].length)] : [c];
          });
        const opener = ASKED_OPENER.exec(clauses[0] ?? '')?.[0];
        return opener
          ? clauses.map((c, i) => (i > 0 && BARE_VERB_START.test(c) ? `${opener} ${c.trim()}` : c))
          : clauses;
      });
    // a request written as a form's field ("Action: refund", "Refund requested: yes")
    const form = FORM_REQUEST.exec(text);
    if (form)
      return `asks to ${(form[1] ?? form[2] ?? form[3] ?? form[4]).toLowerCase()} in a form's field`;
    // an invoice's own payment instructions, on the document's lines, are the document's
    const document = documentParts(text);
    const block = document?.block.replace(/\s+/g, ' ');
    const whole = new WholeText(text, nothingToChange(said));
    // (a line of several sentences, as a courier's text message, is read a sentence at a time)
    // a pasted document's own links ("Cancel order: visit your account page") are not read
    const read = document ? text.replace(LINK_LINE, '') : text;
    const readLines = document ? lines.filter((l) => !LINK_LINE_ONE.test(l)) : lines;
    const seen = new Set<string>();
    // (around a pasted document, the sender's lines are read together, the document's one by
    // one: a line of the sender's does not run on into its heading, "put this invoice in the
    // system thanks ORDER INVOICE …")
    // (the sender's own lines are read as a letter's, the document's as a document's: "The address
    // on it is my old flat — I moved to Antwerp on Monday" above a shipping e-mail tells a move)
    for (const [own, clauses] of [
      [true, clausesOf(splitSentences(document ? document.sender : read))],
      [false, clausesOf(readLines.flatMap(splitSentences))],
    ] as const) {
      // the two clauses before, for what a pronoun stands for (never a pasted document's words)
      let before: string[] = [];
      for (const sentence of clauses) {
        if (
          block &&
          (isInstruction(sentence, PAYMENT_INSTRUCTION) ||
            DONE_FIELD.test(sentence) ||
            (REFUND_FIELD.test(sentence) && CREDIT_NOTE.test(block))) &&
          block.includes(sentence.replace(/\s+/g, ' ').trim())
        )
          continue;
        // (a clause read already, after the same clauses, reads the same: a line that is a
        // sentence is read once)
        const context = before.join(' ');
        const key = `${context}\u0000${sentence.trim()}`;
        if (!seen.has(key)) {
          seen.add(key);
          const reason = this.checkSentence(sentence, context, whole, !!document && !own);
          if (reason) return reason;
        }
        if (!document) before = [...before, sentence].slice(-2);
      }
    }
    // (other languages' words as written, not as corrected into English)
    const normalized = disclaimed.normalize('NFC');
    // (beside a pasted block, or a letter whose address lines make it read as one, the sender's
    // own lines in the first person of another language: "ich bin letzte Woche umgezogen. Die
    // Bestellung 58213 soll bitte an meine neue Adresse gehen:" over its street and town)
    // (and beside a document pasted inline, the sender's words before, after and between its
    // fields: "Faktura INV-2026-0701 / wysyłka 0,00 / razem 119,00 EUR ile wynosi VAT?" names a
    // shipping line, not a change of delivery)
    const inline = document ? undefined : inlineDocumentParts(normalized);
    const own = inline?.sender ?? normalized;
    const foreignUnmarked = (
      document
        ? normalized
            .split('\n')
            .filter((l) => OTHER_FIRST_PERSON.test(l) || GREETED.test(l) || scriptOwnLine(l))
            .join('\n')
        : own
    ).replace(OTHER_DISCLAIMED, ' ');
    // (a question typed without its mark read as one: "kann man eine bestellung noch stornieren
    // wenn sie schon verschickt wurde")
    const foreignRead = markedQuestions(foreignUnmarked);
    // (…and what it only asks has been done already: "a-t-il été effectué ?")
    const foreignAsked = withoutQuestionsAskingNothing(foreignRead);
    const unaccented = plain(foreignAsked);
    const ofAnother = mostlyForeign(unaccented);
    const named =
      readAsRequest(foreignAsked, ofAnother) ??
      (ofAnother && !document ? ibanGiven(foreignAsked) : null) ??
      this.foreignMisspelt(foreignAsked, ofAnother);
    // (a question in general, asked of anyone, with nothing of the sender's — no order, number,
    // "my" or "I want": "¿Se puede cambiar la dirección de entrega después de hacer el pedido?",
    // "Wie lange dauert es, bis eine Rückerstattung auf dem Konto ist?")
    // (a change told as done with only a confirmation asked: "ieri ho cambiato l'indirizzo …
    // Potete solo controllare se …?")
    const confirmsOnly = foreignOnlyConfirms(foreignRead);
    const foreign =
      named &&
      !confirmsOnly &&
      !OTHER_NOT_BOUGHT.test(foreignRead) &&
      !onlyFeedback(foreignUnmarked) &&
      !(
        OTHER_JUST_ASKING.test(foreignRead) &&
        /\?/.test(foreignRead) &&
        !/\d{3,}/.test(foreignRead)
      ) &&
      !(
        /\?/.test(foreignRead) &&
        IMPERSONAL_QUESTION.test(foreignRead) &&
        !OWN_IN_OTHER_LANGUAGES.test(foreignRead) &&
        !/\d{3,}/.test(foreignRead)
      )
        ? named
        : undefined;
    if (foreign)
      return `names a refund, cancellation or payment change in another language ('${foreign[0].trim()}'), which the router cannot read closely`;
    // a situation told in another language about the sender's own order, card or account detail,
    // with nothing asked ("Das Paket HP-118402 wäre also dort besser aufgehoben", "bestelling
    // HP-119230 hoeft dus niet meer", "Alt fra dere bør gå til kari@… fra nå av"): what is wanted
    // is left unsaid, in words the router cannot read closely
    if (ofAnother && !document && !confirmsOnly && foreignAskedToDo(own))
      return 'asks us, in another language, to do something about their own order or account: a change is plausible, which the router cannot read closely';
    // (the situation read in the whole text: a record pasted on one line tells none; beside a
    // document pasted inline, only a problem the sender names in their own words tells one)
    if (
      ofAnother &&
      !document &&
      (!inline || SITUATION_PROBLEM.test(inline.sender)) &&
      !onlyFeedback(normalized) &&
      !confirmsOnly &&
      foreignSituation(normalized)
    )
      return 'tells, in another language, a situation about their own order, card or account and asks nothing to be looked up: a change or refund is plausible, which the router cannot read closely';
    // a story about the customer's own order, account or payment that asks nothing to be looked
    // up or explained ("Bought the backpack on the 2nd for 149. Today it's 109 on your own site.
    // order 3391-77"): what they want done is left unsaid, for a person to read
    if (
      !document &&
      // (in the sender's own lines: a quoted message of ours, "> Your order 44310 has been
      // delivered.", is no matter of theirs told)
      OWN_MATTER.test(withoutQuotedLines(text)) &&
      !ASKS_INFORMATION.test(text) &&
      !WANTS_RECORDED.test(text) &&
      !ASKS_SOMETHING.test(text) &&
      !whole.keepIt &&
      GRIEVANCE.test(text) &&
      !whole.satisfied
    )
      return 'tells of their own order, account or payment and asks nothing to be looked up or explained: what they want done is left unsaid';
    return undefined;
  }

  /**
   * A word of another language's request typed with one slip — two letters swapped or one letter
   * too many ("storineren", "rembuorsez", "annlulare", "terubgoeken", "overeztten", "newseltter")
   * — read as it was meant: the router's spelling corrector knows only English. Each unknown word
   * of five letters or more, up to FOREIGN_TYPO_WORDS of them, is tried with each such slip undone,
   * in its surroundings, by every reading of another language's request: the stems as written and
   * without accents, German compounds, and (a word of seven letters or more, in a short text of
   * another language) OTHER_PAIRS.
   * Only a reading that the word as meant brings about counts: one that stands with the word
   * blanked out is no typo's doing.
   */
  private foreignMisspelt(text: string, ofAnother: boolean): RegExpExecArray | undefined {
    const pairs = ofAnother && text.length <= PAIR_TYPO_TEXT;
    let tried = 0;
    for (const m of text.matchAll(/(?<!\p{L})\p{L}{5,24}(?!\p{L})/gu)) {
      const word = m[0];
      if (this.lexicon.has(word.toLowerCase())) continue;
      if (++tried > FOREIGN_TYPO_WORDS) return undefined;
      // (the stems read the word's surroundings; a pair's other word may stand anywhere. A short
      // word has too many neighbours for a pair: "andere" is one slip from a word of changing)
      const paired = pairs && word.length >= PAIR_TYPO_WORD;
      const start = paired ? 0 : Math.max(0, m.index - 40);
      const before = text.slice(start, m.index);
      const after = text.slice(
        m.index + word.length,
        paired ? undefined : m.index + word.length + 40,
      );
      // (not where any word would do: a slip that only steps out of an exception, "carte
      // acdeau a expiré" for "carte cadeau", is none)
      if (readAsRequest(before + 'qqqqq' + after, paired)) continue;
      for (const meant of oneSlipUndone(word)) {
        const found = readAsRequest(before + meant + after, paired);
        if (found) return found;
      }
    }
    return undefined;
  }

  /**
   * Whether to spell-correct `word`: a known or short word costs nothing, an unknown one already
   * corrected in this text is cached; a new unknown one only while the text's budget lasts.
   */
  private mayCorrect(word: string): boolean {
    if (word.length < 4 || !/^[a-z]+$/.test(word) || this.lexicon.has(word)) return true;
    if (this.corrected.has(word)) return true;
    if (this.corrected.size >= this.budget) return false;
    this.corrected.add(word);
    return true;
  }

  private words(tokens: ReturnType<typeof tokenize>): Word[] {
    const words: Word[] = [];
    tokens.forEach((t, i) => {
      if (t.kind !== 'word') return;
      // (a word is read once per text: in its sentence, its line and the clause after it alike)
      let read = this.read.get(t.norm);
      if (!read) {
        // text-speak's "u" and "ur" are "you" and "your" ("can u cancel it")
        const norm =
          TEXT_SPEAK.get(t.norm) ?? (this.mayCorrect(t.norm) ? this.spell.correct(t.norm) : t.norm);
        read = { norm, lemma: this.lexicon.lemma(norm) };
        this.read.set(t.norm, read);
      }
      words.push({ ...read, joined: tokens[i - 1]?.kind === 'word' });
    });
    return words;
  }

  /**
   * `sentence` read on its own; `before`, the clause before it, gives what a pronoun stands for;
   * `whole`, the whole text, whether an order is named or has not shipped; `document`, whether
   * the text is a pasted document.
   */
  private checkSentence(
    sentence: string,
    before = '',
    whole = new WholeText(sentence),
    document = false,
  ): string | undefined {
    // a shop's offer quoted ("would you like us to refund you?") asks nothing of us
    if (OFFER.test(sentence)) return undefined;
    // money back asked as a noun, tersely or as a wish ("money back for that one", "a refund for
    // the lamp would be great"); not a question about it ("Refund for orders from abroad?")
    // (a document's line of its own, "Refund for the returned boots: 45.00", is a field)
    // money back demanded or asked outright ("I'm sending it back and expect the full amount",
    // "the Lieferung never came, can I have my money?")
    // "if I open a dispute with my bank about the charge …": a chargeback weighed up, asked or not
    const dispute = BANK_DISPUTE.exec(sentence);
    if (dispute) return `asks to settle a charge before a chargeback ('${dispute[0].trim()}')`;
    // "can this be undone pls" (after the order it stands for)
    const undone = (whole.anyOrder || whole.test(MONEY_COMPLAINT)) && UNDONE.exec(sentence);
    if (undone) return `asks to undo ('${undone[0].trim()}')`;
    // "there will be no one at home for two weeks, can something be done?": the delivery moved
    if (
      !document &&
      whole.test(NOBODY_HOME) &&
      ACT_ASKED.test(sentence) &&
      (whole.anyOrder || whole.test(DELIVERY_DUE))
    )
      return 'asks to change the delivery (nobody home when it comes)';
    // "still shows the full 149.95 taken and nothing has come back"
    const notBack = !document && whole.test(AN_AMOUNT) && MONEY_NOT_BACK.exec(sentence);
    if (notBack) return `asks to money back ('${notBack[0].trim()}' with an amount)`;
    // "my daughter used my PayPal to order three pairs without asking … order H&P-302211"
    const unasked = !document && whole.anyOrder && ORDERED_UNASKED.exec(sentence);
    if (unasked) return `asks to cancel an order placed without consent ('${unasked[0].trim()}')`;
    // "Typo in order 40917: the postcode says 1012 AB but it's 1021 AB"
    const typo = !document && TYPO_ON_ORDER.exec(sentence);
    if (typo) return `asks to correct data on an order ('${typo[0].trim()}')`;
    // "just send me the money for it to my PayPal": money sent to the sender (not "when will you
    // send me the money?", a look-up)
    const sent = MONEY_SENT.exec(sentence);
    if (sent && !/^\s*(?:when|where|has|have|did|why|how\s+(?:long|soon))\b/i.test(sentence))
      return `asks to money back ('${sent[0].trim()}')`;
    const demanded = MONEY_DEMANDED.exec(sentence);
    if (demanded) return `asks to money back ('${demanded[0].trim()}')`;
    const bear = !/\?\s*$/.test(sentence) && COST_WE_BEAR.exec(sentence);
    if (bear) return `asks to money back (a cost we should bear: '${bear[0].trim()}')`;
    // "is there any chance you can stop it before it leaves you?": the order stopped, cancelled
    const stopped = STOP_BEFORE.exec(sentence) ?? KILLED.exec(sentence);
    if (stopped) return `asks to cancel ('${stopped[0].trim()}')`;
    // "if it hasn't left the warehouse yet, I'd really rather it didn't": an order wished not to go
    const ratherNot = !document && whole.anyOrder && RATHER_NOT.exec(sentence);
    if (ratherNot) return `asks to cancel (an order wished not to go: '${ratherNot[0].trim()}')`;
    // "I'd rather not keep order 3345 — it can just stay with you": an order not to go
    const stay = !document && !/\?\s*$/.test(sentence) && LET_IT_STAY.exec(sentence);
    if (stay) return `asks to cancel (an order to stay with us: '${stay[0].trim()}')`;
    // "please take my details out of your systems": data deleted
    // (not what was asked of us before: "last year I asked you to take my details out … and you did")
    const dataOut = !document && DATA_OUT.exec(sentence);
    if (dataOut && !ASKED_BEFORE.test(sentence.slice(0, dataOut.index)))
      return `asks to delete data ('${dataOut[0].trim()}')`;
    // "the yearly fee shouldn't be taken from my card again": a recurring charge stopped
    const notAgain = !document && CHARGE_NOT_AGAIN.exec(sentence);
    if (notAgain) return `asks to stop a recurring charge ('${notAgain[0].trim()}')`;
    // "your colleague said I'd get my money back … Please go ahead and send it": a refund promised
    // (read in the whole text: its "and" parts the clauses)
    const goAhead = !document && whole.test(MONEY_PROMISED) && whole.exec(GO_AHEAD);
    if (goAhead) return `asks to money back (a refund promised: '${goAhead[0].trim()}')`;
    // "my sister should get my remaining credit": credit moved to someone else
    const given = !document && !/\?\s*$/.test(sentence) && CREDIT_TO_SOMEONE.exec(sentence);
    if (given) return `asks to move credit to someone else ('${given[0].trim()}')`;
    // "the code was valid but it didn't come off the total of order 40917": the discount owed
    // (read in the whole text: "…valid, but it didn't come off" parts at "but")
    const missed = !/\?\s*$/.test(sentence) && whole.anyOrder && whole.exec(DISCOUNT_MISSED);
    if (missed) return `asks to refund a discount not applied ('${missed[0].trim()}')`;
    // "the refund came through, half of it anyway": a refund short of what is owed
    const short = REFUND_SHORT.exec(sentence);
    if (short) return `asks to money back (a refund short: '${short[0].trim()}')`;
    // "wrong address on this … should be 14 Elm St": the address on file corrected
    // "I typed my house number wrong, its 42 not 24" of an order (not "… in the search box")
    const typed =
      !document && (whole.anyOrder || whole.test(ON_ITS_WAY)) && TYPED_WRONG.exec(sentence);
    if (
      typed &&
      !NOT_ON_ORDER.test(sentence) &&
      (STREET.test(sentence) ||
        /\bshould\s+be\b/i.test(sentence) ||
        // ("I wrote Gartenstrasse 12 but I live at Gartenstrasse 21": the right one in a clause after)
        whole.test(/\b(?:i|we)\s+(?:actually\s+|really\s+)?live\s+at\s+(?:\S*\d|\p{L}+\s+\d)/iu) ||
        CORRECTED_VALUE.test(sentence))
    )
      return `asks to correct the address ('${typed[0].trim()}')`;
    const wrongAddress = WRONG_ADDRESS.exec(sentence);
    if (wrongAddress && (whole.street || /\bshould\s+be\b/i.test(whole.text)))
      return `asks to correct the address ('${wrongAddress[0].trim()}')`;
    const terse =
      !/\?\s*$/.test(sentence) &&
      !/:|\d[.,]\d\d\b/.test(sentence) &&
      MONEY_BACK_NOUN.exec(sentence);
    if (terse) return `asks to money back (said as a noun: '${terse[0].trim()}')`;
    const tokens = tokenize(
      // "once you have my return, how long until the money shows up?": the question is its main
      // clause's, however the clause before it sets the scene
      (/\?\s*$/.test(sentence)
        ? sentence
            .replace(ASK_LEAD, '')
            .replace(LEADING_CLAUSE, sceneOnly)
            .replace(LEADING_CLAUSE, sceneOnly)
        : sentence
      )
        // "I'd love it to go to his place", "it'd be a huge help if it could come to …": a wish
        .replace(/\b(?:i|we)(?:['’]d|\s+would)\s+(?:really\s+|so\s+)?love\b/gi, "I'd like")
        // "I think I would rather not go ahead with it": a wish
        .replace(
          /\b(?:i|we)(?:['’]d|\s+would)\s+(?:much\s+|really\s+)?rather\s+(?=not\b)/gi,
          "I'd like to ",
        )
        // "what would you charge to deliver …": a price asked for, nothing charged
        .replace(
          /\b(?:what|how\s+much)\s+(?:would|do|will|does|did|might|could)\s+(?:you|it|they)\s+(?:\p{L}+\s+)?charge\b/giu,
          'what is the price',
        )
        .replace(
          /\b(?:it|that)(?:['’]d|\s+would)\s+be\s+(?:a\s+|so\s+|really\s+|very\s+)?(?:huge\s+|big\s+|great\s+|real\s+)?(?:help|helpful|great|lovely|amazing|brilliant|ideal|perfect|fantastic|wonderful|appreciated)\s+if\b/gi,
          'please',
        )
        // "I would be most grateful if you could cancel it", "we'd appreciate it if you would
        // send it to …": a plea
        .replace(
          /\b(?:i|we)(?:['’]d|\s+would)\s+(?:be\s+(?:most\s+|very\s+|really\s+|so\s+|extremely\s+|truly\s+)?(?:grateful|thankful|obliged)|(?:really\s+|greatly\s+|much\s+)?appreciate\s+it)\s+if\s+(?:you|u)\s+(?:could|would|can|will|might)\s+/gi,
          'please ',
        )
        // "… for order HP-20931 if the tent hasn't shipped yet?": a condition of this order's, not a
        // look-up of where it is nor what happens in general
        .replace(
          /\b(?:if|as\s+long\s+as|provided|since)\s+(?:it|they|the\s+\p{L}+|order\s+\S+)\s+(?:has\s*n['’]?o?t|has\s+not|is\s*n['’]?o?t|is\s+not|not)\s+(?:yet\s+)?(?:left|shipped|sent|dispatched|posted|been\s+(?:sent|shipped|dispatched|posted)|gone\s+out)(?:\s+yet)?\b/giu,
          '',
        )
        // "how much i pay", "how much do we have to pay": the amount asked for, nothing paid
        .replace(
          /(?<!\b(?:back|return|refund|repay|reimburse|me|us)\s+)\bhow\s+much\s+(?:do\s+|did\s+|should\s+|must\s+|will\s+|would\s+)?(?:i|we)\s+(?:have\s+to\s+|need\s+to\s+|must\s+|should\s+|will\s+)?pa(?:y|id)\b/gi,
          'the amount',
        )
        // "the refund receipt you sent me", "a cancellation confirmation": the record of one, named
        // (one had or pasted: "here's the refund receipt", "the refund receipt you sent me")
        .replace(RECORD_HAD, (_: string, a?: string, b?: string) => a ?? b ?? '')
        // "not go ahead with the order", "back out of the purchase": calling it off
        .replace(
          /(?<!\b(?:nearly|almost|about|considered|considering)\s+)\b(?:not\s+go\s+ahead\s+with|back(?:ed|ing|s)?\s+out\s+of|pull(?<=\b(?:i|we|to|i['’]m|we['’]re|i['’]ve|we['’]ve)\s+(?:\p{L}+\s+)?pull)(?:ed|ing|s)?\s+out\s+of)\s+(?=(?:the|my|our|this|that|it|order)\b)/giu,
          'cancel ',
        )
        // "the refund already came through fine": a refund had, no refund asked (unless doubted:
        // "the refund came through but only half")
        .replace(REFUND_HAD, (found: string, at: number, all: string) =>
          OUR_DONE_DOUBTED.test(
            /^[^.?!\n]*/.exec(all.slice(at + found.length, at + found.length + 200))![0],
          )
            ? found
            : 'it arrived',
        )
        // "just asking for future reference": a question's aside, nothing asked for
        .replace(
          /\b(?:just|only)\s+ask(?:ing)?\b(?:\s+for\s+(?:(?:future\s+)?reference|a\s+friend|info(?:rmation)?))?|\bask(?:ing)?\s+for\s+(?:(?:future\s+)?reference|a\s+friend)\b/gi,
          'wondering',
        )
        // "can I size up on my order?": a change of the order's size
        .replace(/\bsize\s+(?:up|down)\b/gi, 'change the size')
        // "bring his membership to an end", "put an end to it": ending it
        .replace(/\bbring\s+(.{1,40}?)\s+to\s+an\s+end\b/gi, 'end $1')
        .replace(/\bput\s+an\s+end\s+to\b/gi, 'end')
        // "see that nothing further is taken from his card": stopping the charges
        .replace(
          /\b(?:nothing|no\s+more|no\s+further|nothing\s+more|nothing\s+further)\s+(?:\p{L}+\s+){0,2}(?:is|be|gets?)\s+(?:taken|charged|debited|deducted)\s+(?:from|to|off)\b/giu,
          'stop charging',
        )
        // "can the delivery be pushed back", "bring it forward to Monday": another day
        .replace(/\bpush(?:ed|ing|es)?\s+(?:(?:it|them)\s+)?back\b/gi, 'postpone')
        .replace(
          /\b(?:bring|brought|bringing|pull(?:ed|ing|s)?|move[ds]?|moving)\s+((?:[\p{L}\d#-]+\s+){0,3}?)forward\b/giu,
          'reschedule $1',
        )
        // "I'd like to get out of it" (a membership): leaving it
        .replace(/\bget\s+out\s+of\b/gi, 'quit'),
    );
    const words = this.words(tokens);
    // a greeting before the sentence proper ("Hello, how many days I have …", "Hi team, can
    // you …") is no part of its shape: its first word is the one after
    while (words.length > 1 && GREETINGS.has(words[0].norm)) {
      words.shift();
      if (['morning', 'afternoon', 'evening', 'day'].includes(words[0]?.norm ?? '')) words.shift();
      if (ADDRESSED.has(words[0]?.norm ?? '')) words.shift();
    }
    // "is there any way I can have it as money?", "is there any way to get …": asked as "can I"
    if (words.length > 5 && ['is', 'there', 'any', 'way'].every((x, k) => words[k].norm === x)) {
      words.splice(0, words[4].norm === 'that' ? 5 : 4);
      const word = (norm: string): Word => ({ norm, lemma: norm, joined: false });
      if (words[0]?.norm === 'to') words.splice(0, 1, word('can'), word('i'));
      else if (['i', 'we'].includes(words[0]?.norm) && ['can', 'could'].includes(words[1]?.norm))
        words.splice(0, 2, words[1], words[0]);
    }
    // …and so is a reply to the question before ("If so I would prefer to not have it anymore",
    // "In that case please cancel it"): what follows is asked, not supposed
    if (words.length > 2 && words[0].norm === 'if' && ['so', 'yes', 'not'].includes(words[1].norm))
      words.splice(0, 2);
    else if (
      words.length > 3 &&
      words[0].norm === 'in' &&
      words[1].norm === 'that' &&
      words[2].norm === 'case'
    )
      words.splice(0, 3);
    if (words.length === 0) return undefined;
    // a phrasal verb whose WordNet synonym is an action counts as it ("call it off" is "cancel")
    words.forEach((w, i) => {
      const found = phrasalVerbAt(words, i, w.lemma);
      const seed = found && this.actionFor(found.phrase);
      // ("the zipper gave up after two years": a thing that stopped working, no fee waived)
      if (seed === 'waive' && !words.slice(i + 1, i + 6).some((x) => WAIVABLE.has(x.lemma))) return;
      if (seed) words[i] = { ...w, lemma: seed };
    });
    const lemmas = new Set(words.map((w) => w.lemma));
    const norms = words.map((w) => w.norm);
    // where a word first appears: what a later word looks back for, found in one pass
    const firstOf = (pred: (w: string) => boolean): number => {
      const k = norms.findIndex(pred);
      return k < 0 ? Infinity : k;
    };
    const firstPossessive = firstOf((w) => POSSESSIVE.has(w));
    const firstCausative = firstOf((w) => w === 'have' || w === 'get');
    const firstTake = firstOf((w) => ['take', 'took', 'taking', 'knock', 'knocked'].includes(w));
    const firstThat = firstOf((w) => w === 'that');
    const reference = tokens.some(
      (t) =>
        t.kind === 'code' ||
        t.kind === 'currency' ||
        (t.kind === 'number' && t.norm.replace(/\D/g, '').length >= 3),
    );
    // an amount of money: "€30", "15 quid", "84.50", "my 20 back"
    const isAmount = (ts: ReturnType<typeof tokenize>): boolean =>
      ts.some(
        (t, k) =>
          t.kind === 'currency' ||
          (t.kind === 'number' &&
            (/^\d+[.,]\d{2}$/.test(t.norm) ||
              CURRENCY_WORDS.has(ts[k + 1]?.norm ?? '') ||
              ts[k + 1]?.norm === 'back')),
      );
    // "the price dropped by 30 … can I have that back?": money named in the clause before
    const moneyBefore = (): boolean => {
      const ts = tokenize(before);
      return (
        isAmount(ts) ||
        (ts.some((t) => t.kind === 'number') && ts.some((t) => MONEY_CONTEXT.has(t.norm)))
      );
    };
    // "back" of money, not of talk ("read it back to me", "call me back", "write back")
    const talkBack = (i: number): boolean =>
      TALK_BACK.has(this.lexicon.lemma(norms[i - 1] ?? '')) ||
      (BACK_PRONOUNS.has(norms[i - 1] ?? '') &&
        TALK_BACK.has(this.lexicon.lemma(norms[i - 2] ?? '')));
    const backAt = norms.findIndex((w, i) => w === 'back' && !talkBack(i));
    const moneyBackWord = backAt >= 0;
    // asked of us: "could you …", "please …"
    const youRequest = norms.some((w, i) => YOU_REQUEST.has(w) && norms[i + 1] === 'you');
    const pleaseSaid = norms.some((w) => POLITE.has(w));
    // someone else paying the customer back ("my company will pay me back"), read once: the word
    // checks below ask for every word
    const thirdPartyPays = THIRD_PARTY_PAYS.test(sentence);
    // money back: "back" or "return" with money ("I want the 20 back", "return my deposit")
    const moneyBack =
      // "company will pay me back": money back from someone else, nothing asked of us
      !thirdPartyPays &&
      (AS_CASH.test(sentence) ||
        // "can I (send it back and) get the money?": money owed, asked for
        (['can', 'could', 'may'].includes(norms[0] ?? '') &&
          ['i', 'we'].includes(norms[1] ?? '') &&
          norms.some(
            (w, i) =>
              ['have', 'get'].includes(w) &&
              ['the', 'my', 'our'].includes(norms[i + 1] ?? '') &&
              OWED.has(this.lexicon.lemma(norms[i + 2] ?? '')),
          ) &&
          (!norms.includes('if') || ORDER_REF.test(sentence))) ||
        ((moneyBackWord || lemmas.has('return') || lemmas.has('repay')) && isAmount(tokens)) ||
        // "I paid 120 but the item was 95. I'd like the rest back."
        (backAt > 0 &&
          ['rest', 'remainder', 'excess', 'overpayment', 'extra'].some((x) => norms.includes(x)) &&
          (isAmount(tokens) || moneyBefore())) ||
        (backAt > 1 &&
          REFERRING.has(norms[backAt - 1]) &&
          ['have', 'get', 'want', 'need', 'receive'].includes(
            this.lexicon.lemma(norms[backAt - 2]),
          ) &&
          moneyBefore()) ||
        ((moneyBackWord ||
          lemmas.has('return') ||
          lemmas.has('repay') ||
          // "I want my money", "need my deposit now"
          norms.some(
            (w, i) => DESIRE.has(this.lexicon.lemma(w)) && POSSESSIVE.has(norms[i + 1] ?? ''),
          ) ||
          // "I want the difference", "we need the deposit": money itself wished for
          norms.some(
            (w, i) =>
              DESIRE.has(this.lexicon.lemma(w)) &&
              norms[i + 1] === 'the' &&
              OWED.has(this.lexicon.lemma(norms[i + 2] ?? '')),
          )) &&
          ['money', 'pay', 'payment', 'refund', 'deposit', 'charge', 'difference', 'fee'].some(
            (w) => lemmas.has(w),
          )));
    // A change is a verb asked for: not a noun ("an update on my order"), not a past participle
    // describing a document ("paid by card"); and its object is another word ("credit note").
    // A plural or third-person form ("extra charges", "the fee changes") describes; a request
    // asks with the base form ("charge me", "please change", "I want to change").
    const first = norms[0];
    const desire =
      norms.some(
        (w, i) =>
          (w === 'i' || w === 'we') &&
          DESIRE.has(this.lexicon.lemma(norms[i + 1] ?? '')) &&
          // "do I need to add it anywhere?" asks what is needed, wishes for nothing
          !['do', 'does', 'did'].includes(norms[i - 1] ?? '') &&
          // "the address change I asked for": a request told of, made before
          !['asked', 'requested'].includes(norms[i + 1] ?? ''),
      ) ||
      norms.some(
        (w, i) => (w === 'i' || w === 'we') && norms[i + 1] === 'would' && norms[i + 2] === 'like',
      ) ||
      (first === 'let' && norms[1] === 'me');
    // "I need my address changed", "I want my account wiped": a participle after a wish for
    // something of mine is the action wished for
    const wished = (i: number): boolean => desire && firstPossessive < i && i > 2;
    // "can it be stopped?", "request that the standing order be discontinued": a participle after
    // a modal's or a wish's "be" is the change asked for
    const passive = (i: number): boolean =>
      norms[i - 1] === 'be' &&
      (norms.slice(Math.max(0, i - 5), i - 1).some((x) => MODALS.has(x)) || firstThat < i);
    // "pay with PayPal instead of the card on order 4410", "pay by transfer the 20 you owe me":
    // paying by a means that changes what is on file, or money owed
    const payingBack = /\b(?:instead|owe|owed|back)\b/i.test(sentence);
    // (read once a sentence: "pay me upfront", "you owe me … pay it all at once")
    const owedToMe = OWED_TO_ME.test(sentence);
    // (another's doing on an order of ours or to an address named is still asked of us: "he is
    // changing his delivery address to 4 New St for order 5512")
    const onOurs = ORDER_REF.test(sentence) || STREET.test(sentence);
    const isVerb = (w: Word, i: number): boolean =>
      !NOUN_MARKERS.has(norms[i - 1] ?? '') &&
      // what happened, told ("my order was split into two parcels"): no request
      !(w.lemma === 'split' && SPLIT_TOLD.has(norms[i - 1] ?? '')) &&
      // the shop's details asked for ("can you give me the name or email of a manager?", "give
      // us your IBAN for the transfer"): no data of the customer's changed
      !(
        w.lemma === 'give' &&
        ['me', 'us'].includes(norms[i + 1] ?? '') &&
        ['the', 'a', 'an', 'your', 'their', 'his', 'her', 'its'].includes(norms[i + 2] ?? '') &&
        DATA.has(this.lexicon.lemma(norms[i + 3] ?? ''))
      ) &&
      // the head of a compound noun ("bank transfer", "card payment") or a means ("paid by bank
      // transfer", "by card") describes how something was done
      !(w.joined && OBJECTS.has(words[i - 1]?.lemma ?? '') && w.norm === w.lemma) &&
      !MEANS.has(norms[i - 1] ?? '') &&
      !MEANS.has(norms[i - 2] ?? '') &&
      // a payment card named by its kind ("credit card", "charge card") is a noun
      !(CARD_KINDS.has(w.lemma) && words[i + 1]?.lemma === 'card') &&
      // a wallet's name ("Paid Apple Pay"), paying by a means ("can I pay with Klarna or bank
      // transfer?") and paying a duty ("will he have to pay customs?"): how an order is paid or
      // what it costs, no money moved
      !(
        w.lemma === 'pay' &&
        (WALLETS.has(norms[i - 1] ?? '') ||
          (BY_MEANS.has(norms[i + 1] ?? '') && !payingBack) ||
          norms.slice(i + 1, i + 4).some((x) => DUES.has(x)) ||
          // how it is to be paid: "pay it all at once", "pay in one go" (or in instalments)
          (IN_ONE_GO.test(norms.slice(i + 1, i + 6).join(' ')) && !owedToMe) ||
          // (or someone else pays: "my company will pay me back")
          thirdPartyPays)
      ) &&
      // the first word of a compound noun ("credit note", "credit memo", "pay slip")
      !COMPOUND_HEADS.has(norms[i + 1] ?? '') &&
      // done by someone else, not asked of us ("who she's giving her card details to", "if my
      // card will charge me fees"; not "can she change it?")
      (onOurs ||
        (!(OTHER_DOERS.has(norms[i - 1] ?? '') && !ASKING_AUX.has(norms[i - 2] ?? '')) &&
          !(
            DOER_MODALS.has(norms[i - 1] ?? '') &&
            OTHER_DOERS.has(norms[i - 2] ?? '') &&
            !ASKING_AUX.has(norms[i - 3] ?? '')
          ))) &&
      // "doesn't trust putting her card in online": a doing the verb before it names, not asked
      // (not asked of us: "could you avoid charging …")
      !(
        w.norm.endsWith('ing') &&
        GERUND_TAKERS.has(words[i - 1]?.lemma ?? '') &&
        !['you', 'u'].includes(norms[i - 2] ?? '')
      ) &&
      // "how much store credit": the noun, asked about
      !(
        w.lemma === 'credit' &&
        ['store', 'shop', 'gift', 'account'].includes(norms[i - 1] ?? '') &&
        norms.slice(Math.max(0, i - 3), i).includes('much')
      ) &&
      // "card ending 0093", "the ending of my plan": only the verb "end" asks to end something
      !(w.lemma === 'end' && w.norm !== 'end') &&
      // "end of month", "the end of my trial": the noun
      !(w.lemma === 'end' && norms[i + 1] === 'of') &&
      // "I don't want to end up ordering twice": how things turn out
      !(w.lemma === 'end' && norms[i + 1] === 'up') &&
      !(
        w.norm !== w.lemma &&
        (w.norm.endsWith('ed') || PAST.has(w.norm)) &&
        !wished(i) &&
        !passive(i)
      ) &&
      !(
        w.norm !== w.lemma &&
        w.norm.endsWith('s') &&
        !['i', 'we', 'you'].includes(norms[i - 1] ?? '')
      );
    // a change named by its noun ("request the erasure of the account") is the change
    // … of the object ("the erasure of my account", not "the removal of the fridge")
    const nominal = words.find(
      (w, i) =>
        NOMINAL_CHANGES.has(w.lemma) &&
        ((norms[i + 1] === 'of' &&
          words
            .slice(i + 2, i + 6)
            .some(
              (x, k) => OBJECTS.has(x.lemma) && !norms.slice(i + 2, i + 2 + k).includes('your'),
            )) ||
          // or named before it, as a compound ("account deletion", "data erasure")
          (w.joined && OBJECTS.has(words[i - 1]?.lemma ?? ''))),
    );
    const change =
      words.find(
        (w, i) =>
          CHANGE_ACTIONS.has(w.lemma) &&
          isVerb(w, i) &&
          // "kindly update me on the warranty claim": tell me, nothing changed
          !(w.lemma === 'update' && ['me', 'us'].includes(norms[i + 1] ?? '')),
      ) ??
      (nominal && { ...nominal, lemma: NOMINAL_CHANGES.get(nominal.lemma)! });
    // the customer's data, not ours ("give me your contact details")
    const isObject = (w: Word, i: number, of: string[]): boolean =>
      OBJECTS.has(w.lemma) &&
      // "your club" is the customer's membership of it
      (MEMBERSHIPS.has(w.lemma) || !of.slice(Math.max(0, i - 2), i).includes('your')) &&
      // merging orders into one shipment changes no data of the customer's; accounts do
      (change?.lemma !== 'merge' || MERGEABLE.has(w.lemma)) &&
      // "put the rest on my credit card": how to pay, onto a card, not a card or credit changed
      !(
        change?.lemma === 'put' &&
        (w.lemma === 'card' || (w.lemma === 'credit' && of[i + 1] === 'card')) &&
        of.slice(Math.max(0, i - 3), i).includes('on')
      ) &&
      // "before I put an order in", "put in an order": an order placed, none changed
      !(
        change?.lemma === 'put' &&
        w.lemma === 'order' &&
        (of[i + 1] === 'in' || of.slice(Math.max(0, i - 2), i).includes('in'))
      ) &&
      // ("Hi accounts, … can you put it into the books?": the team greeted, not an account)
      !(w.lemma === 'account' && ['hi', 'hello', 'hey', 'dear'].includes(of[i - 1] ?? '')) &&
      // "give feedback about an email", "give her a gift that costs her money": what is given is
      // named first, and the data or money after it is another's
      !(
        change?.lemma === 'give' &&
        changeAt >= 0 &&
        changeAt < i &&
        of.slice(changeAt + 1, i).some((x) => GIVEN_NOT_DATA.has(x))
      );
    const changeAt = change ? words.findIndex((w) => w.norm === change.norm) : -1;
    // "end it", "pay that out": a pronoun, not a determiner ("close this ticket"), and not one
    // whose place the sentence names ("remove this from the queue")
    const pronounAt = (k: number): boolean =>
      (['it', 'them'].includes(norms[k]) ||
        (REFERRING.has(norms[k]) && (k + 1 >= norms.length || AFTER_PRONOUN.has(norms[k + 1])))) &&
      !(
        ['from', 'off', 'out', 'in', 'into'].includes(norms[k + 1] ?? '') &&
        ['the', 'this', 'that', 'your'].includes(norms[k + 2] ?? '') &&
        !OBJECTS.has(words[k + 3]?.lemma ?? '') &&
        !CARRIERS.has(words[k + 3]?.lemma ?? '')
      );
    // "pay it out to me", "end it": the object a pronoun right after the verb stands for, named
    // in the clause before
    // "… it in Apple Wallet": the pronoun's thing put somewhere named, not a data of the customer's
    const elsewhere = norms
      .slice(changeAt + 1, changeAt + 6)
      .some(
        (w, k, after) =>
          ['to', 'in', 'into', 'on', 'onto'].includes(w) &&
          !POSSESSIVE.has(after[k + 1] ?? '') &&
          !OBJECTS.has(this.lexicon.lemma(after[k + 1] ?? '')) &&
          !OBJECTS.has(this.lexicon.lemma(after[k + 2] ?? '')),
      );
    const referred =
      change && [changeAt + 1, changeAt + 2].some((k) => k < norms.length && pronounAt(k))
        ? this.words(tokenize(before)).find(
            (w, i, all) =>
              isObject(
                w,
                i,
                all.map((x) => x.norm),
              ) &&
              // a modifier ("membership card") is not what the pronoun stands for
              !(all[i + 1]?.joined && OBJECTS.has(all[i + 1].lemma)) &&
              // "put it in Apple Wallet", "add it to Google Wallet": put or added somewhere that
              // is no data of the customer's, only money changes hands
              (!MONEY_VERBS.has(change.lemma) || MONEY_OBJECTS.has(w.lemma) || !elsewhere),
          )
        : undefined;
    const object =
      change && (words.find((w, i) => i !== changeAt && isObject(w, i, norms)) ?? referred);

    // what a sentence says rather than asks, and is a request all the same (read only where the
    // sentence is no question or status look-up): a payment taken twice, an order no longer
    // wanted, a customer who has moved
    // (read last, when nothing else is asked for)
    let statement: string | undefined;

    // what of ours the sentence names (an order, a booking with us), read once
    const namesOurs =
      words.some((x) => OURS.has(x.lemma)) ||
      ORDER_REF.test(sentence) ||
      /\b(?:with|from|through)\s+(?:you|your)\b/i.test(sentence);
    // the plan a cancel names as its object ("cancel our trip"), or its subject in the passive
    // ("the trip got cancelled")
    const ownPlanCancelled = (i: number): boolean =>
      OWN_PLANS.has(norms[i + 1] ?? '') ||
      (['my', 'our', 'the', 'his', 'her', 'their', 'this'].includes(norms[i + 1] ?? '') &&
        OWN_PLANS.has(norms[i + 2] ?? '')) ||
      (/(?:ed|off)$/.test(norms[i]) &&
        norms.slice(Math.max(0, i - 4), i).some((x) => OWN_PLANS.has(x)));
    // ("disappearing into the void": the noun is no voiding)
    const found = words.find(
      (w, i) =>
        MONEY_ACTIONS.has(w.lemma) &&
        !(w.lemma === 'void' && NOUN_MARKERS.has(norms[i - 1] ?? '')) &&
        // "I'd like to know the refund status": the first word of a compound noun, a thing named
        !(COMPOUND_HEADS.has(norms[i + 1] ?? '') && !PREPOSITION_HEADS.has(norms[i + 1] ?? '')) &&
        // "we had to cancel our trip": a plan of the customer's own called off, nothing of ours
        !(CANCELS.has(w.lemma) && ownPlanCancelled(i) && !namesOurs) &&
        // "my company will reimburse me": paid back by someone else, nothing asked of us
        !(thirdPartyPays && PAID_BACK.has(w.lemma)),
    )?.lemma;
    const moneyAction = found && actionName(found);
    const actionWord = moneyAction ?? change?.lemma;
    const action =
      moneyAction ??
      (moneyBack ? 'money back' : undefined) ??
      (change && object ? `${change.lemma} ${object.lemma}` : undefined) ??
      ((words.some(
        (w, i) =>
          DELIVERY_ACTIONS.has(w.lemma) &&
          // "have the delivery sent to a locker": a participle that a causative "have" asks for
          (isVerb(w, i) || (norms[i + 1] === 'to' && firstCausative < i)) &&
          // (not where the sender sends: "an e-mail address to which I may send correspondence")
          !senderSends(norms, i),
      ) ||
        // ("… could come to Elm Row instead")
        // (not what was meant to happen: "was meant to come to my work address")
        words.some(
          (w, i) =>
            ['go', 'come'].includes(w.lemma) &&
            // ("… go straight to his place")
            (norms[i + 1] === 'to' ||
              (['straight', 'directly', 'right'].includes(norms[i + 1] ?? '') &&
                norms[i + 2] === 'to')) &&
            !(norms[i - 1] === 'to' && MEANT.has(norms[i - 2] ?? '')),
        )) &&
      words.some((w) => DESTINATION_CHANGE.has(w.lemma)) &&
      // "which address is order 55102 going to?": asking where, no new place given
      !words.some(
        (w, i) =>
          DESTINATION_CHANGE.has(w.lemma) &&
          (norms[i - 1] === 'which' || norms[i - 1] === 'what') &&
          !words.some((x) => ['instead', 'different', 'another', 'new'].includes(x.lemma)) &&
          // ("… going to — can it go to the locker at Tesco please": a request beside it)
          // (after the question: "Before it ships, can you tell me which address …" asks only where)
          !PLEA_BESIDE.test(besideQuestion(sentence)),
      )
        ? ELSEWHERE
        : undefined) ??
      // "don't ship order 66230", "do not renew my plan": stopping a delivery or a charge
      (words.some(
        (w, i) => STOPPABLE.has(w.lemma) && norms[i - 1] === 'not' && norms[i - 2] === 'do',
      )
        ? 'stop a delivery or a charge'
        : undefined) ??
      // "take my card off my account", "knock 20 EUR off my order", "take the headlamp off this
      // one": removing from my data or an order named
      (norms.some(
        (w, i) =>
          w === 'off' &&
          ((POSSESSIVE.has(norms[i + 1] ?? '') &&
            words.slice(i + 2, i + 4).some((x) => OBJECTS.has(x.lemma) || x.lemma === 'invoice')) ||
            (firstTake < i &&
              ['this', 'that', 'the', 'it'].includes(norms[i + 1] ?? '') &&
              ['one', 'order', 'it', 'invoice', 'bill'].some((x) =>
                norms.slice(i + 1, i + 3).includes(x),
              ))),
      )
        ? 'take something off an order or account'
        : undefined) ??
      // "wrong email on my account, it should be …": data on file said to be wrong, of mine or
      // said what it should be
      // (the word "wrong" describing the data, not "my name in the wrong field")
      (words.some(
        (w, i) =>
          DATA.has(w.lemma) &&
          isObject(w, i, norms) &&
          (norms.slice(Math.max(0, i - 2), i).some((x) => WRONG.has(x)) ||
            // "my login is still my old work address … make it sam@… instead": old, a new value
            // given in the text
            (norms.slice(Math.max(0, i - 3), i).includes('old') && whole.newValue) ||
            norms
              .slice(i + 1, i + 6)
              .some((x, k, after) => WRONG.has(x) && COPULAS.has(after[k - 1] ?? ''))),
      ) &&
      (possessiveIn(norms) ||
        (norms.includes('should') && ['be', 'go', 'read', 'say'].some((x) => norms.includes(x))) ||
        reference ||
        STREET.test(sentence))
        ? 'correct data on file'
        : undefined) ??
      // "postpone the delivery", "can the courier come on Monday instead": another day
      // ("will the strike delay my parcel?": only the customer or we delay it)
      (words.some(
        (w, i) =>
          RESCHEDULE.has(w.lemma) &&
          isVerb(w, i) &&
          (w.lemma !== 'delay' ||
            i === 0 ||
            // "can the delivery be delayed until Monday?", not "… delayed by the strike?"
            (passive(i) &&
              norms.some((x) => ['can', 'could', 'may', 'possible'].includes(x)) &&
              norms[i + 1] !== 'by') ||
            norms.some((x) => ['you', 'i', 'we', 'please', 'pls', 'kindly'].includes(x))) &&
          // "please hold the parcel until next week": held, a delivery named right after
          (w.lemma !== 'hold' || words.slice(i + 1, i + 4).some((x) => CARRIERS.has(x.lemma))),
      ) && words.some((w) => CARRIERS.has(w.lemma) || REFERRING.has(w.norm))
        ? RESCHEDULED
        : undefined) ??
      // "could you deliver on Saturday rather than Thursday?", "the driver comes Monday instead"
      // "could the delivery be moved to Thursday?": moved to a day
      ((words.some((w) => CARRIERS.has(w.lemma)) || lemmas.has('deliver')) &&
      ((words.some((w) => ['come', 'deliver', 'bring', 'arrive'].includes(w.lemma)) &&
        words.some((w) => OTHER_DAY.has(w.lemma))) ||
        // (the delivery what is moved: "move the delivery to", "the delivery be moved to")
        (words.some(
          (w, m) =>
            ['move', 'shift', 'switch'].includes(w.lemma) &&
            (words
              .slice(m + 1, m + 4)
              .some((x) => CARRIERS.has(x.lemma) || ['it', 'them'].includes(x.norm)) ||
              (passive(m) &&
                words.slice(Math.max(0, m - 5), m).some((x) => CARRIERS.has(x.lemma)))),
        ) &&
          norms.some((w) => w === 'to' || w === 'until'))) &&
      (words.some(
        (w) =>
          ['day', 'date', 'time', 'week', 'tomorrow'].includes(w.lemma) ||
          /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$/.test(w.norm) ||
          MONTHS.test(w.norm),
      ) ||
        tokens.some((t) => /^\d{1,2}(?:st|nd|rd|th)$/.test(t.norm)))
        ? RESCHEDULED
        : undefined) ??
      // "leave the batteries out of order 77102", "skip the charger on order 9921"
      (TAKE_OUT.test(sentence) ? 'take something off an order or account' : undefined) ??
      // "don't take any more payments from me"
      (NO_MORE_PAYMENTS.test(sentence) ? 'stop a delivery or a charge' : undefined) ??
      // "please note my new bank details: IBAN …"
      (NEW_DATA.test(sentence) ? NEW_DATA_GIVEN : undefined) ??
      (statement = this.statement(sentence.replace(OPENING, ''), whole, document)) ??
      // "how long do refunds take, and can you start mine?": a pronoun for the money action the
      // clause before named, asked of us
      this.pronounForAction(norms, before, youRequest || pleaseSaid);
    if (!action) return undefined;

    // "could you tell me your refund policy?": a question about a policy
    if (norms.some((w) => POLICY.has(w))) {
      const tellMe = norms.some(
        (w, i) =>
          w === 'you' &&
          ['tell', 'explain', 'describe', 'clarify', 'outline', 'share'].includes(
            norms[i + 1] ?? '',
          ),
      );
      if (tellMe && !reference && !norms.some((w) => POSSESSIVE.has(w))) return undefined;
    }
    // a carrier's own message: "We'll deliver your parcel on another day"
    if (
      CARRIER_VOICE.test(sentence) &&
      norms.includes('your') &&
      !norms.some((w) => ['i', 'my', 'me', 'our', 'us'].includes(w))
    )
      return undefined;
    // "please", and "any chance the driver comes Monday instead?"
    const polite = pleaseSaid || norms.some((w, i) => w === 'any' && norms[i + 1] === 'chance');
    // the verb that opens the request, after a linking word ("Also refund it", "Then cancel …")
    const at = LINKING.has(first) && norms.length > 1 ? 1 : 0;
    const verb = norms[at];
    const imperative =
      !COMPOUND_HEADS.has(norms[at + 1] ?? '') &&
      (MONEY_ACTIONS.has(this.lexicon.lemma(verb)) ||
        CHANGE_ACTIONS.has(this.lexicon.lemma(verb)) ||
        DELIVERY_ACTIONS.has(this.lexicon.lemma(verb)) ||
        verb === 'give' ||
        // "skip the charger on order 9921", "leave the batteries out"
        TAKE_OUT_VERBS.has(verb) ||
        verb === 'don' ||
        (verb === 'do' && norms[at + 1] === 'not'));
    // "if it hasn't left yet just scrap it", "when it's back in stock, cancel the other one":
    // the verb that opens the request after its condition
    const afterCondition = /\?\s*$/.test(sentence) ? null : CONDITION_THEN.exec(sentence);
    const conditioned =
      !!afterCondition &&
      (MONEY_ACTIONS.has(this.lexicon.lemma(afterCondition[1].toLowerCase())) ||
        CHANGE_ACTIONS.has(this.lexicon.lemma(afterCondition[1].toLowerCase())));
    const possessive = possessiveIn(norms);
    const firstPerson = norms.includes('i') || norms.includes('we');
    // "can it be stopped?" of an order named or of mine: asked for in the passive
    const passiveAsked =
      words.some(
        (w, i) =>
          (MONEY_ACTIONS.has(w.lemma) || (w === change && CHANGE_ACTIONS.has(w.lemma))) &&
          passive(i),
      ) &&
      (reference || possessive || referred !== undefined);
    // "the 20 difference should be given back": what must be done, demanded in the passive
    const mustBe =
      (moneyAction !== undefined || moneyBack) &&
      norms.some(
        (w, i) =>
          ['should', 'must', 'ought', 'needs', 'need'].includes(w) &&
          norms.slice(i + 1, i + 4).includes('be') &&
          norms.slice(i + 2, i + 5).some((x) => DEMANDED.has(x)),
      ) &&
      !/\bby\s+now\b|\balready\b|\byet\b/i.test(sentence) &&
      // of money named (an amount, an order) or of mine, not of refunds in general
      (reference || possessive || tokens.some((t) => t.kind === 'number' || t.kind === 'currency'));
    const asking =
      youRequest || desire || polite || imperative || conditioned || passiveAsked || mustBe;
    const question = QUESTION_OPENERS.has(first) && !(first === 'do' && norms[1] === 'not');
    const needI = first === 'do' && ['i', 'we'].includes(norms[1] ?? '') && norms[2] === 'need';
    const howDoI =
      first === 'how' && ['do', 'can', 'should'].includes(norms[1] ?? '') && norms[2] === 'i';
    // "is the refund on its way?", "are my details changed?": a question about how something
    // stands, unless it asks whether something can be done ("is it possible to ...")
    // ("is it too late to stop order 5512-B?" asks whether it can still be done)
    const tooLate = norms.some((w, i) => w === 'too' && norms[i + 1] === 'late');
    const stateQuestion =
      (first === 'is' || first === 'are') && !norms.some((w) => ABILITY.has(w)) && !tooLate;
    // "could you check whether ...", "I want to know if ...": finding out, not doing
    const asksWhether = norms.findIndex(
      (w, i) =>
        (w === 'whether' || w === 'if') &&
        norms.slice(Math.max(0, i - 3), i).some((x) => FIND_OUT.has(this.lexicon.lemma(x))),
    );
    const findOut = asksWhether >= 0;
    // what is to be found out is whether the action happened or can: not a request for it
    if (findOut && words.findIndex((w) => w.lemma === actionWord) > asksWhether) return undefined;
    // "which address did it ship to?": a question about what happened
    const pastQuestion =
      QUESTION_OPENERS.has(first) &&
      norms.slice(1, 4).some(
        (w, k) =>
          STATUS_OPENERS.has(w) &&
          // "can I have the difference back?": after a modal, "have" is the main verb unless a
          // participle follows ("could it have been sent?")
          !(w === 'have' && MODALS.has(first) && !/(?:ed|en)$/.test(norms[k + 2] ?? '')),
      );
    const status =
      findOut ||
      pastQuestion ||
      // "any update on my order" (a noun), not "update my address" (the change asked for)
      // (a statement's "not shipped yet" or a street's name is no look-up: only its question is)
      // ("can my order arrive next week instead?": when it is to arrive is what is asked)
      (action !== statement &&
        words.some(
          (w) =>
            STATUS.has(w.lemma) &&
            w !== change &&
            !(action === RESCHEDULED && w.lemma === 'arrive'),
        )) ||
      first === 'where' ||
      STATUS_OPENERS.has(first) ||
      stateQuestion ||
      // "which address is my order going to?", "what card did I pay with?": a fact asked for
      // (a noun asked about first: not "what is it going to take for you to refund it")
      ((first === 'which' || first === 'what') &&
        !FACT_VERBS.has(norms[1] ?? '') &&
        FACT_VERBS.has(norms[2] ?? '') &&
        !norms.some((w) => MODALS.has(w) || ABILITY.has(w)) &&
        !moneyBack);

    // "why was I charged twice?", "how come I got charged twice?": a complaint, not a look-up
    if (
      action === statement &&
      statement?.startsWith('refund a double charge') &&
      (first === 'why' || (first === 'how' && norms[1] === 'come'))
    )
      return `asks to ${action}`;
    if (status && !asking) return undefined;
    // "can you still cancel an order once it's shipped?", "do you refund an item if the tag is
    // off?": how the shop goes about a thing in general — asked of "an order", under a condition,
    // with nothing of the sender's (no "my", "me", "I", number or order named)
    if (
      question &&
      ['can', 'could', 'do', 'will', 'would'].includes(first) &&
      norms[1] === 'you' &&
      !reference &&
      !possessive &&
      !firstPerson &&
      !tokens.some((t) => t.kind === 'number' || t.kind === 'currency') &&
      norms.some((w, i) => {
        if (!(w === 'a' || w === 'an' || w === 'any') || i < 2 || i > 6) return false;
        const condition = norms.findIndex((x, k) => k > i && CONDITIONS.has(x));
        // ("can you cancel it for me once …": this one, asked; "… once it's shipped": the order)
        return (
          condition > 0 &&
          !norms
            .slice(0, condition)
            .some((x) => ['me', 'us', 'it', 'them', 'this', 'that'].includes(x))
        );
      })
    )
      return undefined;
    if (question) {
      // "can I get a refund for order 77120?" asks for one; "can I get a refund if ...?" asks how
      // "can I have my parcel sent to my office instead?", "is it possible to …my address?": asking
      // whether it can be done to something of mine is asking for it
      const mayI =
        (['can', 'could', 'may'].includes(first) && ['i', 'we'].includes(norms[1] ?? '')) ||
        norms.some((w) => ABILITY.has(w)) ||
        tooLate;
      // … of mine: "my home address", "my money", not "a gift card I got from my aunt"
      const mine = norms.some(
        (w, i) =>
          (POSSESSIVE.has(w) &&
            [norms[i + 1], norms[i + 2]].some((x) => MINE.has(this.lexicon.lemma(x ?? '')))) ||
          // "the order I placed an hour ago", "the tent I bought": one of mine
          (w === 'the' &&
            /^\p{L}+$/u.test(norms[i + 1] ?? '') &&
            ['i', 'we'].includes(norms[i + 2] ?? '') &&
            PLACED.has(norms[i + 3] ?? '')),
      );
      // "would it be possible to end it?": asked of a thing named before, not of things in general
      const ofIt = mayI && referred !== undefined;
      // "can I have the difference back?", "could I get my deposit back": money named, asked for
      // ("can i send it back and get the money myself?": the verb may come later)
      const askFor =
        mayI &&
        norms.some(
          (w, i) =>
            i >= 2 &&
            ['have', 'get'].includes(w) &&
            ['the', 'my', 'our', 'that', 'this', 'it', 'them'].includes(norms[i + 1] ?? ''),
        ) &&
        (moneyBack || moneyAction !== undefined) &&
        !norms.includes('if');
      // "can the driver bring it another day?": a delivery already under way, moved
      // (not a general "if" question: "would the driver come back another day if nobody is home?")
      // "… if nobody is home?", "… if I'm out?": what happens in general, not this delivery
      const ifAway = norms.some(
        (w, i) =>
          w === 'if' &&
          norms
            .slice(i + 1, i + 5)
            .some((x) =>
              ['not', 'nobody', 'noone', 'no', 'out', 'away', 'miss', 'absent'].includes(x),
            ),
      );
      const moveDay =
        (action === RESCHEDULED ||
          // "could the boots go to Elm Row instead?": this delivery sent elsewhere
          (action === ELSEWHERE &&
            norms.includes('instead') &&
            ['it', 'the', 'my', 'our', 'this', 'that', 'they', 'these', 'those'].includes(
              norms[1] ?? '',
            ))) &&
        YOU_REQUEST.has(first) &&
        !ifAway &&
        !norms.some((w) => GENERALLY.has(w));
      // "can my card details be updated?": a change of mine asked for in the passive
      const passiveMine = change !== undefined && passive(changeAt) && possessive;
      if (
        !asking &&
        !reference &&
        !(howDoI && possessive) &&
        // "do I need to cancel my order first?" as "how do I cancel my order"
        !(needI && possessive) &&
        !(mayI && mine) &&
        !askFor &&
        // "can I get a cash refund instead of the voucher?": one in place of another, for me
        !(
          mayI &&
          moneyAction !== undefined &&
          norms.includes('instead') &&
          !norms.includes('if')
        ) &&
        !moveDay &&
        !ofIt &&
        !passiveMine &&
        // "is it possible to get the club stopped before it renews? I don't use it": whether
        // the membership renewing unused can be ended, asked for it
        !(mayI && statement === RENEWING_UNUSED) &&
        // "can I just cancel it?", "can I cancel the order?" (not "an order"): this one, asked
        !(
          mayI &&
          moneyAction !== undefined &&
          norms.some(
            (w, i) =>
              (['the', 'this', 'that'].includes(w) &&
                ['order', 'purchase', 'subscription', 'membership', 'booking'].includes(
                  norms[i + 1] ?? '',
                )) ||
              (this.lexicon.lemma(w) === actionWord && ['it', 'them'].includes(norms[i + 1] ?? '')),
          ) &&
          !norms.includes('if')
        )
      )
        return this.statedInstead(sentence, whole, document, statement);
    } else if (
      !asking &&
      !possessive &&
      !firstPerson &&
      action !== statement &&
      // "wrong phone number on order 5521, it's 07700 …", "wrong address, it should go to 14 Elm
      // Road": the data on file corrected
      action !== 'correct data on file' &&
      // "New email is jo@…": a new value given for data on file
      action !== NEW_DATA_GIVEN &&
      !(norms.some((w) => WRONG.has(w)) && (reference || STREET.test(sentence)))
    )
      return this.statedInstead(sentence, whole, document, statement);
    return `asks to ${action}`;
  }

  /**
   * A sentence whose verb asks nothing ("the camp has been called off") may still state a
   * request (with "I don't think it's been sent yet": cancel it): the statement's reading, when
   * the verb's came first and was not one.
   */
  private statedInstead(
    sentence: string,
    whole: WholeText,
    document: boolean,
    tried: string | undefined,
  ): string | undefined {
    if (tried !== undefined) return undefined;
    const said = this.statement(sentence.replace(OPENING, ''), whole, document);
    return said === undefined ? undefined : `asks to ${said}`;
  }

  /** The money action of the clause before that a pronoun asked of us stands for, if any. */
  private pronounForAction(
    norms: string[],
    before: string,
    askedOfUs: boolean,
  ): string | undefined {
    if (!before || !norms.some((w) => ['mine', 'it', 'one', 'ours'].includes(w))) return undefined;
    if (
      !(askedOfUs || START_VERBS.has(norms[0] ?? '')) ||
      !norms.some((w) => START_VERBS.has(this.lexicon.lemma(w)))
    )
      return undefined;
    const action = this.words(tokenize(before)).find((w) => MONEY_ACTIONS.has(w.lemma))?.lemma;
    return action && actionName(action);
  }

  /**
   * A request made as a statement: a payment taken twice ("the bank shows the payment twice"), an
   * order no longer wanted with the order named or not yet shipped ("no longer need it, order
   * 55120"), a move with a new address or an order ("Moved house. 14 Mill Row now.").
   */
  private statement(sentence: string, whole: WholeText, document: boolean): string | undefined {
    // (a double charge or a duplicate order told as sorted out already: "Thanks for sorting out
    // the double charge so quickly!", "I clicked buy twice last year and your team sorted it")
    const sorted = whole.test(SORTED_OUT) && !whole.test(NOT_SORTED);
    // (a matter written about before, whose status alone is asked: "I wrote to you last week about
    // being charged twice, ticket #4482. Any news?")
    if (RAISED_BEFORE.test(sentence) && whole.test(STATUS_OF_IT) && !whole.test(ASKED_AGAIN))
      return undefined;
    // ("Hypothetically, if a payment went through twice, how long until the extra is returned?":
    // a charge in a question's condition, not one that happened)
    if (
      !sorted &&
      !MONEY_WORDS.test(sentence) &&
      !(/\?\s*$/.test(sentence) && CONDITION_FIRST.test(sentence))
    ) {
      const noun = DOUBLE_NOUN.exec(sentence);
      // (a second payment of a plan is the one due next)
      if (noun && !(/^second/i.test(noun[0]) && INSTALMENTS.test(sentence)))
        return `refund a double charge ('${noun[0].trim()}')`;
      const twice = DOUBLE_CHARGE.exec(sentence);
      // "shows" or "appears" twice only of a payment ("the tracking page shows the scan twice")
      if (
        twice &&
        (/^(?:charged|billed|debited|took|paid|went)/i.test(twice[0]) ||
          PAYMENT_NOUN.test(sentence))
      )
        return `refund a double charge ('${twice[0].trim()}')`;
    }
    // "Paid this already by bank transfer, but you took it by card too": paid twice, two ways
    // (read in the whole text: its "but" parts the clauses)
    const twoWays = whole.exec(PAID_TWO_WAYS);
    if (twoWays) return `refund a double charge ('${twoWays[0].trim()}')`;
    const unwanted = UNWANTED.exec(sentence);
    if (unwanted && this.unwantedOrder(sentence, unwanted, whole))
      return `cancel ('${unwanted[0].trim()}' with an order)`;
    // "changed my mind" only about something, or with an order not yet shipped
    const mind = CHANGED_MIND.exec(sentence);
    if (
      mind &&
      !whole.keepIt &&
      (whole.notYetShipped ||
        whole.namedOrder ||
        (/\b(?:about|on|regarding|re)\s+(?:it|them|this|that|the|my|our|order)\b/i.test(
          sentence.slice(mind.index + mind[0].length, mind.index + mind[0].length + 12),
        ) &&
          whole.anyOrder))
    )
      return `cancel ('${mind[0].trim()}' with an order)`;
    // "the camp has been called off. I don't think it's been sent yet. Order HP 30551"
    // (the kinds below are said, not asked: a question of this shape asks about them)
    // ("I think I ordered the boots twice??": a guess, said with a question mark, is still said)
    const asked =
      /\?\s*$/.test(sentence) && !(UNSURE.test(sentence) && !OTHER_QUESTION.test(sentence));
    // (and not said by a customer who is content: "the trip is off, but we'll use it next spring")
    const content = whole.satisfied;
    const off = !asked && !content && CALLED_OFF.exec(sentence);
    if (
      off &&
      !whole.keepIt &&
      (whole.notYetShipped || (whole.namedOrder && !whole.test(STATUS_ASKED)))
    )
      return `cancel ('${off[0].trim()}' with an order)`;
    // "Plans changed, we're not going to Scotland after all. Order 7781-B was the stuff for that
    // trip." / "… already bought him the exact same one. Box is unopened."
    // "We really don't need two of the same pack" / "can't afford the jacket anymore" / "I'm done
    // waiting, already bought boots at the outlet"
    for (const pattern of [NEED_GONE, UNWANTED_SITUATION]) {
      const said = !asked && !content && pattern.exec(sentence);
      if (
        said &&
        !whole.keepIt &&
        (whole.anyOrder || whole.notYetShipped || whole.test(UNUSED_GOODS))
      )
        return `return or cancel ('${said[0].trim()}' with an order or its goods unused)`;
    }
    // "not comfortable with a company still having my address, phone and order history"
    const keptData = !asked && DATA_NOT_KEPT.exec(sentence);
    if (keptData) return `delete data on file ('${keptData[0].trim()}')`;
    // "got married in August … all your emails and labels still say Hannah Whitcombe": a name on
    // file to be changed
    const married = !document && MARRIED.exec(sentence);
    if (married && whole.test(NAME_ON_FILE))
      return `change data on file (a name changed: '${married[0].trim()}')`;
    // "my husband … passed away … a letter came saying his membership will renew next month"
    const died = !document && DIED.exec(sentence);
    if (died && whole.test(RENEWS_OR_ACCOUNT))
      return `cancel (a membership or account of someone who died: '${died[0].trim()}')`;
    // "there will be nobody at the house until the 14th and I am worried it will sit on the
    // doorstep", with an order: its delivery to be held or sent elsewhere
    // "the walking boots are still meant for the old house, and the new owners live there now"
    const oldHome = !document && !asked && STILL_FOR_THE_OLD_HOME.exec(sentence);
    if (oldHome && whole.anyOrder) return `change where it is delivered ('${oldHome[0].trim()}')`;
    // "Left shoulder seam is coming apart … I'm well inside your 14 days": a return of goods that
    // came wrong, asked by the window it falls in
    const inWindow = !document && INSIDE_RETURN_WINDOW.exec(sentence);
    if (inWindow && whole.test(DEFECT))
      return `return goods that came wrong ('${inWindow[0].trim()}')`;
    // "The Glenview address is my mam's … Any chance the courier can bring it there instead?"
    const there = DELIVER_THERE_INSTEAD.exec(sentence);
    if (there && whole.anyOrder) return `change where it is delivered ('${there[0].trim()}')`;
    // "saw this on my statement … one of those needs to come back to me pls"
    const comeBack = COME_BACK_TO_ME.exec(sentence);
    if (comeBack) return `money back ('${comeBack[0].trim()}')`;
    // "Trail Club renewal receipt … i never asked for this?? not paying 29 quid for nothing"
    const notPaying = !asked && NOT_PAYING.exec(sentence);
    if (notPaying && whole.test(MONEY_TAKEN))
      return `refund ('${notPaying[0].trim()}' for money taken)`;
    // "ordered 6 pairs … only need 4 now if it hasn't left yet": fewer of an order's items
    const fewer = !document && ONLY_NEED_FEWER.exec(sentence);
    if (fewer && whole.anyOrder && !whole.keepIt)
      return `change an order (fewer items: '${fewer[0].trim()}')`;
    // "the seam split … not keen on paying full whack … What can you do for me?": a remedy asked
    const remedy = !document && WHAT_CAN_YOU_DO.exec(sentence);
    if (remedy && whole.anyOrder && whole.test(DEFECT))
      return `compensate or replace ('${remedy[0].trim()}' for goods that came wrong)`;
    const nobodyHome = !document && !asked && NOBODY_HOME_UNTIL.exec(sentence);
    if (nobodyHome && whole.anyOrder)
      return `change when or where it is delivered ('${nobodyHome[0].trim()}')`;
    // "registered to Martin Aas, who left the company … his old e-mail, which nobody reads"
    if (!asked && CONTACT_LEFT.test(sentence) && whole.test(OLD_DATA) && !whole.test(DATA_UPDATED))
      return 'change data on file (a contact who left, data out of date)';
    // "it must go to 7 Elm Road, not my old flat": where it is to be delivered, demanded
    if (!asked && MUST_GO.test(sentence) && (STREET.test(sentence) || NOT_THERE.test(sentence)))
      return 'change where it is delivered (where it must go)';
    // "the boots split on the first hike. I just don't want to be out of pocket": money back
    const pocket = !asked && !content && OUT_OF_POCKET.exec(sentence);
    // (not a worry or a condition: "I'm worried I'll lose my money if you go bust")
    if (pocket && !WORRY.test(sentence.slice(Math.max(0, pocket.index - 40), pocket.index)))
      return `money back ('${pocket[0].trim()}')`;
    // "the card you have saved is dead", "my card on file expired": a payment card that no
    // longer works, where we keep or use one — the card on file to be changed
    const cardGone = !asked && !content && CARD_GONE.exec(sentence);
    if (cardGone && whole.test(CARD_KEPT))
      return `change the card on file ('${cardGone[0].trim()}')`;
    // "she'd be happy if the money just went back onto her card", "get the second one back"
    const goesBack = (!asked && MONEY_GOES_BACK.exec(sentence)) || MONEY_ASKED_BACK.exec(sentence);
    if (goesBack) return `money back ('${goesBack[0].trim()}')`;
    // "TWO charges of 129,00 for one order"
    const charges = !asked && !content && CHARGES_FOR_ONE.exec(sentence);
    if (charges) return `refund a double charge ('${charges[0].trim()}')`;
    // "Need the invoice for HP-117733 redone in my company's name": the billing name changed (not
    // a copy asked for again: "could you re-issue the invoice, I lost it")
    const redone = !document && INVOICE_REDONE.exec(sentence);
    // (an invoice of the sender's, not one asked about in general: "can I get invoices in my
    // company's name?")
    if (
      redone &&
      whole.test(AN_INVOICE) &&
      whole.test(BILLED_TO) &&
      (whole.anyOrder || whole.test(INVOICE_NAMED))
    )
      return `change data on file (an invoice made out again: '${redone[0].trim()}')`;
    // "Bought it at full price … today it's 30% off": the difference asked back
    const fell = !asked && !content && PRICE_FELL.exec(sentence);
    if (fell && whole.test(BOUGHT) && (whole.anyOrder || whole.test(BOUGHT_AT_PRICE)))
      return `refund the difference ('${fell[0].trim()}' after buying)`;
    // "checkout used my own Bristol address by default. I don't think it's left yet. His is 22
    // Kirkstall Rd": an address given for an order not yet sent
    if (
      !document &&
      !asked &&
      /\baddress\b/i.test(sentence) &&
      whole.street &&
      whole.notYetShipped &&
      !whole.test(ADDRESS_RIGHT)
    )
      return 'change where it is delivered (an address given for an order not yet sent)';
    // "nobody home … my neighbour at number 9 is happy to take it"
    const other = !document && !asked && TAKEN_IN.exec(sentence);
    if (other && whole.anyOrder) return `change where it is delivered ('${other[0].trim()}')`;
    // "the house number on my order is 14 but I live at 41"
    // (read in the whole text: the "but" that ends the data on file starts another clause)
    const wrong = !document && whole.exec(WRONG_ON_RECORD);
    if (wrong) return `correct data on file ('${wrong[0].trim()}')`;
    // "My father passed away in March. He had an account with his card still saved on it."
    // (settled, not looked up: "could you tell me if any orders are still open on her account?")
    if (!asked && DECEASED.test(sentence) && whole.test(LEFT_OPEN) && whole.test(SETTLED))
      return 'close the account of a customer who died';
    // "My late father still gets your emails every week … His address was h.b@…": mail to stop
    if (!asked && DECEASED.test(sentence) && whole.test(MAIL_STILL) && whole.test(AN_ADDRESS))
      return 'unsubscribe a customer who died';
    // "He ordered the same fleece two times by mistake and he needs only one."
    const twice = !asked && !sorted && ORDERED_TWICE.exec(sentence);
    if (
      twice &&
      (BY_MISTAKE.test(sentence.slice(twice.index + twice[0].length)) ||
        BY_MISTAKE.test(sentence.slice(0, twice.index)) ||
        // ("I think I placed the order twice??": a guess, so not meant)
        (UNSURE.test(sentence) && !REPEAT_CUSTOMER.test(sentence)) ||
        /^(?:duplicate|doubled|same|hit|clicked|pressed)/i.test(twice[0]))
    )
      return `cancel a duplicate order ('${twice[0].trim()}')`;
    // "The Pine Club renews next week … we haven't used it all year."
    if (
      (!asked || (ASKS_POSSIBLE.test(sentence) && STOPPING.test(sentence))) &&
      !content &&
      RENEWS.test(sentence) &&
      whole.test(MEMBERSHIP_WORD) &&
      whole.test(NOT_USED) &&
      !whole.keepIt
    )
      return RENEWING_UNUSED;
    // "I won't be at that address after Friday. Order 30-4418-22 hasn't shipped yet."
    const away = !document && AWAY.exec(sentence);
    if (away && (whole.notYetShipped || whole.anyOrder))
      return `change where it is delivered ('${away[0].trim()}' with an order)`;
    // "I'll be in Norway for work the week order 30219 comes. My girlfriend lives at 8 Birch
    // Close": away when it comes, and another home given for it
    if (
      !document &&
      !asked &&
      OTHER_HOME.test(sentence) &&
      whole.street &&
      whole.anyOrder &&
      whole.test(AWAY_WHEN) &&
      !whole.test(LOOKS_AFTER)
    )
      return 'change where it is delivered (away when it comes, another home given)';
    const moved =
      !document && (MOVED.exec(sentence) ?? (whole.street ? MOVED_NOW_AT.exec(sentence) : null));
    // ("the address on it is the right one": moved, and nothing to change)
    if (
      moved &&
      (whole.street || whole.movedOrder) &&
      !whole.test(ADDRESS_RIGHT) &&
      // (which address it goes to, only asked)
      !(whole.test(ASKS_WHICH_ADDRESS) && !whole.street) &&
      // (said as written, before its disclaimers go, or as read, its typos corrected)
      !whole.settled &&
      !nothingToChange(whole.text)
    )
      return `change where it is delivered ('${moved[0].trim()}' with an address or an order)`;
    return undefined;
  }

  /** An order or an item of one no longer wanted, named or not yet shipped, and not kept. */
  private unwantedOrder(sentence: string, match: RegExpExecArray, whole: WholeText): boolean {
    const thing = match[1] ?? match[2];
    if (thing) {
      const at = match.index + match[0].lastIndexOf(thing);
      const next = sentence
        .slice(at)
        .toLowerCase()
        .split(/[^\p{L}'’-]+/u)
        .filter(Boolean)
        .slice(0, 4);
      // "the paper invoice", "the newsletter", "them to leave it outside"
      if (next.slice(0, 3).some((w) => NOT_GOODS.has(w))) return false;
      if (['it', 'them', 'this', 'that'].includes(next[0]) && next[1] === 'to') return false;
    }
    if (whole.keepIt) return false;
    return whole.notYetShipped || whole.anyOrder;
  }
}
