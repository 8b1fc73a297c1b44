#!/usr/bin/env python3
"""grid27fr matrix (session 27, issue #14/#16): French meeting constructions crossed systematically.

Every French meeting trigger the pack reads (Gazetteers/vocab/meetings.yaml: recevoir, s'entretenir, rencontrer, se
rendre, arriver, effectuer une visite, audience, entretien téléphonique, visioconférence, tête-à-tête, sommet,
commission mixte, consultations) is written in the tenses and voices of French news (présent de narration, passé
composé with avoir and être, passé simple, imparfait and plus-que-parfait, futur and futur proche, conditionnel
journalistique, passive, participle and nominal forms), with gender and number agreement, elision and relative
clauses, and with the subject and object forms of the genre (name alone, title + name, « son homologue sénégalais »,
a country as actor, « une délégation », « les deux chefs d'État »), places and dates; then near misses that must give
no fact (negation, cancellation, habit, invitation, hypothesis, « rencontre des difficultés », a football match, a
factory visit, « l'entretien des routes », « au sommet de l'État » …).

Real officials and countries, invented events; no sentence is copied from a dev or evaluation set. The gold follows
the dev set's README (kinds, one real-world meeting one fact, a reception during a stated visit is the visit, planned
status in the fixtures only). A reception at a named palace takes the
palace's city (as the dev set's « the Kremlin → Moscow »), and a reception under a dateline the dateline's city; a
visit of N days ended (or returned from) on day D starts on D - (N - 1), as wire26fr's. Reference date of every document: Thursday 2025-03-13 (so « mardi » is 2025-03-11,
« lundi prochain » 2025-03-17, « la semaine dernière » / « la semaine prochaine » the month 2025-03).

Run from this folder: writes docs/, index.jsonl, gold.jsonl (`glean eval gold.jsonl`) and one fixture per document that
holds (HOLDS); `python3 make.py --all DIR` also writes every document's fixture to DIR (to score the whole matrix
with `glean test DIR` and find which hold)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import matrixlib

REF = "2025-03-13"

m = matrixlib.meeting_fact

P = "planned"
DOCS = []
def d(cell, text, facts, ref=REF):
    DOCS.append(("g27_%03d" % (len(DOCS) + 1), cell, text, facts, ref))

# ---------------------------------------------------------------- A. recevoir (host receives guest)
d("recevoir/présent", "Le président Kaïs Saïed reçoit ce mardi au palais de Carthage le ministre italien des Affaires étrangères, Antonio Tajani.",
  [m("reçoit ce mardi au palais de Carthage le ministre italien des Affaires étrangères", "talks", ["IT", "TN"], "2025-03-11", "Tunis")])
d("recevoir/présent/date", "Le chef de l'État sénégalais, Bassirou Diomaye Faye, reçoit le 11 mars à Dakar son homologue gambien, Adama Barrow.",
  [m("reçoit le 11 mars à Dakar son homologue gambien", "talks", ["GM", "SN"], "2025-03-11", "Dakar")])
d("recevoir/passé composé", "Le président Abdelmadjid Tebboune a reçu mardi à Alger le ministre mauritanien des Affaires étrangères, Mohamed Salem Ould Merzoug.",
  [m("a reçu mardi à Alger le ministre mauritanien des Affaires étrangères", "talks", ["DZ", "MR"], "2025-03-11", "Algiers")])
d("recevoir/passé composé/homologue", "Le ministre des Affaires étrangères Nasser Bourita a reçu mercredi à Rabat son homologue sénégalaise, Yassine Fall.",
  [m("a reçu mercredi à Rabat son homologue sénégalaise", "talks", ["MA", "SN"], "2025-03-12", "Rabat")])
d("recevoir/passé simple", "Le président Paul Biya reçut lundi au palais de l'Unité l'envoyé spécial du président tchadien Mahamat Idriss Déby.",
  [m("reçut lundi au palais de l'Unité l'envoyé spécial du président tchadien", "talks", ["CM", "TD"], "2025-03-10", "Yaounde")])
d("recevoir/plus-que-parfait", "Le président Félix Tshisekedi avait reçu le 10 mars à Kinshasa le ministre belge des Affaires étrangères, Maxime Prévot.",
  [m("avait reçu le 10 mars à Kinshasa le ministre belge des Affaires étrangères", "talks", ["BE", "CD"], "2025-03-10", "Kinshasa")])
d("recevoir/imparfait journalistique", "Le président Alassane Ouattara recevait mardi à Abidjan le Premier ministre burkinabè, Rimtalba Jean Emmanuel Ouédraogo.",
  [m("recevait mardi à Abidjan le Premier ministre burkinabè", "talks", ["BF", "CI"], "2025-03-11", "Abidjan")])
d("recevoir/futur", "Le président Emmanuel Macron recevra lundi prochain à l'Élysée le président angolais João Lourenço.",
  [m("recevra lundi prochain à l'Élysée le président angolais", "talks", ["AO", "FR"], "2025-03-17", "Paris", P)])
d("recevoir/futur proche", "Le roi Mohammed VI va recevoir le 20 mars à Rabat le président du gouvernement espagnol, Pedro Sánchez.",
  [m("va recevoir le 20 mars à Rabat le président du gouvernement espagnol", "talks", ["ES", "MA"], "2025-03-20", "Rabat", P)])
d("recevoir/conditionnel", "Le président Faustin-Archange Touadéra devrait recevoir la semaine prochaine à Bangui le ministre rwandais des Affaires étrangères.",
  [m("devrait recevoir la semaine prochaine à Bangui le ministre rwandais des Affaires étrangères", "talks", ["CF", "RW"], "2025-03", "Bangui", P)])
d("recevoir/passif", "Le ministre italien des Affaires étrangères, Antonio Tajani, a été reçu mardi à Tunis par le président Kaïs Saïed.",
  [m("a été reçu mardi à Tunis par le président Kaïs Saïed", "talks", ["IT", "TN"], "2025-03-11", "Tunis")])
d("recevoir/passif/féminin", "La ministre sénégalaise des Affaires étrangères, Yassine Fall, a été reçue lundi à Nouakchott par le président Mohamed Ould Cheikh El Ghazouani.",
  [m("a été reçue lundi à Nouakchott par le président Mohamed Ould Cheikh El Ghazouani", "talks", ["MR", "SN"], "2025-03-10", "Nouakchott")])
d("recevoir/passif/pluriel audience", "Les ministres des Affaires étrangères du Mali et du Niger ont été reçus en audience mercredi à Ouagadougou par le capitaine Ibrahim Traoré.",
  [m("ont été reçus en audience mercredi à Ouagadougou par le capitaine Ibrahim Traoré", "talks", ["BF", "ML", "NE"], "2025-03-12", "Ouagadougou")])
d("recevoir/passif/plus-que-parfait", "Le Premier ministre malien, Abdoulaye Maïga, avait été reçu le 10 mars à Niamey par le général Abdourahamane Tiani.",
  [m("avait été reçu le 10 mars à Niamey par le général Abdourahamane Tiani", "talks", ["ML", "NE"], "2025-03-10", "Niamey")])
d("recevoir/passif/futur", "Le ministre des Affaires étrangères Jean-Noël Barrot sera reçu lundi prochain à Alger par le président Abdelmadjid Tebboune.",
  [m("sera reçu lundi prochain à Alger par le président Abdelmadjid Tebboune", "talks", ["DZ", "FR"], "2025-03-17", "Algiers", P)])
d("recevoir/participe apposé", "Reçu mardi au palais de Carthage par le président Kaïs Saïed, le ministre algérien des Affaires étrangères Ahmed Attaf a transmis un message du président Tebboune.",
  [m("Reçu mardi au palais de Carthage par le président Kaïs Saïed", "talks", ["DZ", "TN"], "2025-03-11", "Tunis")])
d("recevoir/participe apposé/féminin", "La présidente de la Confédération suisse, Karin Keller-Sutter, reçue mercredi à Rome par la présidente du Conseil Giorgia Meloni, a évoqué la question migratoire.",
  [m("reçue mercredi à Rome par la présidente du Conseil Giorgia Meloni", "talks", ["CH", "IT"], "2025-03-12", "Rome")])
d("recevoir/élision l'a reçu", "Le ministre gabonais des Affaires étrangères est arrivé lundi à Malabo. Le président Teodoro Obiang Nguema Mbasogo l'a reçu mardi au palais présidentiel.",
  [m("est arrivé lundi à Malabo", "visit", ["GA", "GQ"], "2025-03-10", "Malabo")])
d("recevoir/élision l'a reçue", "La ministre canadienne des Affaires étrangères, Mélanie Joly, était mardi à Rabat, où le ministre Nasser Bourita l'a reçue au siège du ministère.",
  [m("où le ministre Nasser Bourita l'a reçue au siège du ministère", "talks", ["CA", "MA"], "2025-03-11", "Rabat")])
d("recevoir/en visite de travail", "Le président Bassirou Diomaye Faye a reçu mardi le Premier ministre de Guinée-Bissau, en visite de travail à Dakar.",
  [m("a reçu mardi le Premier ministre de Guinée-Bissau, en visite de travail à Dakar", "visit", ["GW", "SN"], "2025-03-11", "Dakar")])
d("recevoir/délégation", "Le Premier ministre Ousmane Sonko a reçu mercredi une délégation du Fonds monétaire international conduite par son chef de mission.",
  [m("a reçu mercredi une délégation du Fonds monétaire international", "talks", ["SN"], "2025-03-12")])
d("recevoir/délégation pays", "Le président Mahamat Idriss Déby a reçu lundi à N'Djamena une délégation soudanaise conduite par le ministre des Affaires étrangères.",
  [m("a reçu lundi à N'Djamena une délégation soudanaise", "talks", ["SD", "TD"], "2025-03-10", "N'Djamena")])
d("recevoir/accueillir", "Le président Paul Kagame a accueilli mardi à Kigali le président congolais Denis Sassou Nguesso pour une visite d'amitié.",
  [m("a accueilli mardi à Kigali le président congolais Denis Sassou Nguesso pour une visite d'amitié", "visit", ["CG", "RW"], "2025-03-11", "Kigali")])
d("recevoir/accueille présent", "Le chef du gouvernement Aziz Akhannouch accueille ce mercredi à Rabat le Premier ministre portugais Luís Montenegro.",
  [m("accueille ce mercredi à Rabat le Premier ministre portugais", "talks", ["MA", "PT"], "2025-03-12", "Rabat")])

# ---------------------------------------------------------------- B. audience
d("audience/accorder", "Le chef de l'État, Brice Clotaire Oligui Nguema, a accordé mardi une audience au ministre français des Armées, Sébastien Lecornu.",
  [m("a accordé mardi une audience au ministre français des Armées", "talks", ["FR", "GA"], "2025-03-11")])
d("audience/accorder présent", "Le président Alassane Ouattara accorde ce mercredi une audience à l'ambassadeur de Chine en Côte d'Ivoire.",
  [m("accorde ce mercredi une audience à l'ambassadeur de Chine", "talks", ["CI", "CN"], "2025-03-12")])
d("audience/nominal accordée", "Au cours de l'audience accordée mardi au ministre turc des Affaires étrangères, Hakan Fidan, le président Tebboune a salué la qualité des relations bilatérales.",
  [m("l'audience accordée mardi au ministre turc des Affaires étrangères", "talks", ["DZ", "TR"], "2025-03-11")])
d("audience/reçu en audience", "Le Premier ministre nigérien, Ali Mahaman Lamine Zeine, a reçu en audience lundi l'ambassadeur de Russie au Niger.",
  [m("a reçu en audience lundi l'ambassadeur de Russie au Niger", "talks", ["NE", "RU"], "2025-03-10")])
d("audience/féminin reçue en audience", "L'ambassadrice des États-Unis a été reçue en audience mercredi par le président Paul Biya au palais de l'Unité.",
  [m("a été reçue en audience mercredi par le président Paul Biya", "talks", ["CM", "US"], "2025-03-12", "Yaounde")])
d("audience/futur", "Le président Félix Tshisekedi accordera jeudi prochain une audience au ministre angolais des Relations extérieures.",
  [m("accordera jeudi prochain une audience au ministre angolais des Relations extérieures", "talks", ["AO", "CD"], "2025-03-20", None, P)])
d("audience/obtenu", "Le ministre burundais des Affaires étrangères a obtenu mardi une audience auprès du président Paul Kagame à Kigali.",
  [m("a obtenu mardi une audience auprès du président Paul Kagame à Kigali", "talks", ["BI", "RW"], "2025-03-11", "Kigali")])

# ---------------------------------------------------------------- C. s'entretenir
d("entretenir/présent", "Le ministre Nasser Bourita s'entretient ce mardi à Rabat avec son homologue espagnol, José Manuel Albares.",
  [m("s'entretient ce mardi à Rabat avec son homologue espagnol", "talks", ["ES", "MA"], "2025-03-11", "Rabat")])
d("entretenir/passé composé", "Le président Emmanuel Macron s'est entretenu mardi à Paris avec le président sénégalais Bassirou Diomaye Faye.",
  [m("s'est entretenu mardi à Paris avec le président sénégalais", "talks", ["FR", "SN"], "2025-03-11", "Paris")])
d("entretenir/passé composé/féminin", "La présidente du Conseil italien, Giorgia Meloni, s'est entretenue lundi à Tunis avec le président Kaïs Saïed.",
  [m("s'est entretenue lundi à Tunis avec le président Kaïs Saïed", "talks", ["IT", "TN"], "2025-03-10", "Tunis")])
d("entretenir/passé composé/pluriel", "Le président Abdelmadjid Tebboune et son homologue tunisien Kaïs Saïed se sont entretenus mercredi à Alger.",
  [m("se sont entretenus mercredi à Alger", "talks", ["DZ", "TN"], "2025-03-12", "Algiers")])
d("entretenir/passé composé/pluriel féminin", "Les ministres des Affaires étrangères du Sénégal et du Canada, Yassine Fall et Mélanie Joly, se sont entretenues mardi à Ottawa.",
  [m("se sont entretenues mardi à Ottawa", "talks", ["CA", "SN"], "2025-03-11", "Ottawa")])
d("entretenir/passé simple", "Le président Paul Kagame s'entretint lundi à Kigali avec le ministre belge des Affaires étrangères, Maxime Prévot.",
  [m("s'entretint lundi à Kigali avec le ministre belge des Affaires étrangères", "talks", ["BE", "RW"], "2025-03-10", "Kigali")])
d("entretenir/plus-que-parfait", "Le ministre Ahmed Attaf s'était entretenu le 10 mars à Alger avec son homologue slovène, Tanja Fajon.",
  [m("s'était entretenu le 10 mars à Alger avec son homologue slovène", "talks", ["DZ", "SI"], "2025-03-10", "Algiers")])
d("entretenir/imparfait", "Le président Mohamed Ould Cheikh El Ghazouani s'entretenait mardi à Nouakchott avec le ministre espagnol de l'Intérieur.",
  [m("s'entretenait mardi à Nouakchott avec le ministre espagnol de l'Intérieur", "talks", ["ES", "MR"], "2025-03-11", "Nouakchott")])
d("entretenir/futur", "Le conseiller fédéral Ignazio Cassis s'entretiendra lundi prochain à Berne avec son homologue marocain Nasser Bourita.",
  [m("s'entretiendra lundi prochain à Berne avec son homologue marocain", "talks", ["CH", "MA"], "2025-03-17", "Bern", P)])
d("entretenir/futur proche", "Le ministre Jean-Noël Barrot va s'entretenir le 18 mars à Paris avec son homologue algérien Ahmed Attaf.",
  [m("va s'entretenir le 18 mars à Paris avec son homologue algérien", "talks", ["DZ", "FR"], "2025-03-18", "Paris", P)])
d("entretenir/conditionnel", "Le président Félix Tshisekedi devrait s'entretenir la semaine prochaine à Luanda avec son homologue angolais João Lourenço.",
  [m("devrait s'entretenir la semaine prochaine à Luanda avec son homologue angolais", "talks", ["AO", "CD"], "2025-03", "Luanda", P)])
d("entretenir/relative inversion", "« Nous avons convenu de relancer la commission mixte », a indiqué le ministre Ahmed Attaf, qui s'est entretenu mardi à Alger avec son homologue nigérien Bakary Yaou Sangaré.",
  [m("qui s'est entretenu mardi à Alger avec son homologue nigérien", "talks", ["DZ", "NE"], "2025-03-11", "Algiers")])
d("entretenir/lors de son entretien", "Lors de son entretien mardi à Rabat avec le ministre Nasser Bourita, le ministre mauritanien des Affaires étrangères a plaidé pour un renforcement des échanges.",
  [m("Lors de son entretien mardi à Rabat avec le ministre Nasser Bourita", "talks", ["MA", "MR"], "2025-03-11", "Rabat")])
d("entretenir/à l'issue de leur entretien", "À l'issue de leur entretien lundi à Abidjan, le président Alassane Ouattara et le président ghanéen John Dramani Mahama ont appelé au calme dans la région.",
  [m("À l'issue de leur entretien lundi à Abidjan", "talks", ["CI", "GH"], "2025-03-10", "Abidjan")])
d("entretenir/a eu un entretien", "Le Premier ministre Ousmane Sonko a eu mercredi un entretien avec le ministre chinois des Affaires étrangères, Wang Yi, à Dakar.",
  [m("a eu mercredi un entretien avec le ministre chinois des Affaires étrangères", "talks", ["CN", "SN"], "2025-03-12", "Dakar")])
d("entretenir/ont eu des entretiens", "Le président Paul Biya et le président Faustin-Archange Touadéra ont eu des entretiens le 10 mars à Yaoundé.",
  [m("ont eu des entretiens le 10 mars à Yaoundé", "talks", ["CF", "CM"], "2025-03-10", "Yaounde")])
d("entretenir/aura un entretien", "Le ministre Maxime Prévot aura un entretien jeudi prochain à Bruxelles avec son homologue rwandais Olivier Nduhungirehe.",
  [m("aura un entretien jeudi prochain à Bruxelles avec son homologue rwandais", "talks", ["BE", "RW"], "2025-03-20", "Brussels", P)])
d("entretenir/tête-à-tête", "Le président Emmanuel Macron et le roi Mohammed VI ont eu un tête-à-tête mardi au palais royal de Rabat.",
  [m("ont eu un tête-à-tête mardi au palais royal de Rabat", "talks", ["FR", "MA"], "2025-03-11", "Rabat")])
d("entretenir/au cours d'un tête-à-tête", "Au cours d'un tête-à-tête lundi à Alger, le président Tebboune et le président italien Sergio Mattarella ont évoqué la coopération énergétique.",
  [m("Au cours d'un tête-à-tête lundi à Alger", "talks", ["DZ", "IT"], "2025-03-10", "Algiers")])
d("entretenir/séance de travail", "Le ministre Abdoulaye Diop a eu mardi une séance de travail avec son homologue burkinabè, Karamoko Jean-Marie Traoré, à Bamako.",
  [m("a eu mardi une séance de travail avec son homologue burkinabè", "talks", ["BF", "ML"], "2025-03-11", "Bamako")])
d("entretenir/échangé", "Le président Bassirou Diomaye Faye a échangé mercredi à Dakar avec le Premier ministre espagnol Pedro Sánchez.",
  [m("a échangé mercredi à Dakar avec le Premier ministre espagnol", "talks", ["ES", "SN"], "2025-03-12", "Dakar")])
d("entretenir/les deux chefs d'État", "Le président Tebboune a reçu lundi à Alger le président mauritanien Mohamed Ould Cheikh El Ghazouani. Les deux chefs d'État se sont ensuite entretenus en tête-à-tête.",
  [m("a reçu lundi à Alger le président mauritanien", "talks", ["DZ", "MR"], "2025-03-10", "Algiers")])
d("entretenir/entrevue", "Le ministre Jean-Noël Barrot a eu une entrevue mardi à Paris avec le ministre ukrainien des Affaires étrangères, Andriï Sybiha.",
  [m("a eu une entrevue mardi à Paris avec le ministre ukrainien des Affaires étrangères", "talks", ["FR", "UA"], "2025-03-11", "Paris")])

# ---------------------------------------------------------------- D. rencontrer
d("rencontrer/présent", "Le président Emmanuel Macron rencontre ce mardi à Paris le chancelier allemand Friedrich Merz.",
  [m("rencontre ce mardi à Paris le chancelier allemand", "talks", ["DE", "FR"], "2025-03-11", "Paris")])
d("rencontrer/présent/homologue", "Le ministre Nasser Bourita rencontre le 12 mars à Madrid son homologue espagnol José Manuel Albares.",
  [m("rencontre le 12 mars à Madrid son homologue espagnol", "talks", ["ES", "MA"], "2025-03-12", "Madrid")])
d("rencontrer/passé composé", "Le président Félix Tshisekedi a rencontré lundi à Doha le président rwandais Paul Kagame.",
  [m("a rencontré lundi à Doha le président rwandais", "talks", ["CD", "RW"], "2025-03-10", "Doha")])
d("rencontrer/passé composé/féminin sujet", "La ministre Mélanie Joly a rencontré mardi à Ottawa le ministre marocain des Affaires étrangères, Nasser Bourita.",
  [m("a rencontré mardi à Ottawa le ministre marocain des Affaires étrangères", "talks", ["CA", "MA"], "2025-03-11", "Ottawa")])
d("rencontrer/passé simple", "Le président Charles de Gaulle rencontra le chancelier Konrad Adenauer à Colombey-les-Deux-Églises le 14 septembre 1958.",
  [m("rencontra le chancelier Konrad Adenauer à Colombey-les-Deux-Églises le 14 septembre 1958", "talks", ["DE", "FR"], "1958-09-14", "Colombey-les-Deux-Églises")])
d("rencontrer/passé simple/présent", "Le président Kaïs Saïed rencontra mercredi à Tunis le président du Conseil présidentiel libyen, Mohamed el-Menfi.",
  [m("rencontra mercredi à Tunis le président du Conseil présidentiel libyen", "talks", ["LY", "TN"], "2025-03-12", "Tunis")])
d("rencontrer/plus-que-parfait", "Le président Paul Biya avait rencontré le 10 mars à Yaoundé le président tchadien Mahamat Idriss Déby.",
  [m("avait rencontré le 10 mars à Yaoundé le président tchadien", "talks", ["CM", "TD"], "2025-03-10", "Yaounde")])
d("rencontrer/futur", "Le ministre Ignazio Cassis rencontrera lundi prochain à Genève son homologue iranien Abbas Araghtchi.",
  [m("rencontrera lundi prochain à Genève son homologue iranien", "talks", ["CH", "IR"], "2025-03-17", "Geneva", P)])
d("rencontrer/futur proche", "Le président Bassirou Diomaye Faye va rencontrer le 19 mars à Banjul son homologue gambien Adama Barrow.",
  [m("va rencontrer le 19 mars à Banjul son homologue gambien", "talks", ["GM", "SN"], "2025-03-19", "Banjul", P)])
d("rencontrer/conditionnel", "Le Premier ministre du Québec, François Legault, devrait rencontrer la semaine prochaine à Paris le Premier ministre français.",
  [m("devrait rencontrer la semaine prochaine à Paris le Premier ministre français", "talks", ["CA", "FR"], "2025-03", "Paris", P)])
d("rencontrer/se sont rencontrés", "Le président Tebboune et le président Macron se sont rencontrés mardi en marge du sommet à Rome.",
  [m("se sont rencontrés mardi en marge du sommet à Rome", "talks", ["DZ", "FR"], "2025-03-11", "Rome"),
   m("en marge du sommet à Rome", "summit", ["DZ", "FR"], "2025-03-11", "Rome")])
d("rencontrer/se sont rencontrées", "La ministre Yassine Fall et son homologue canadienne Mélanie Joly se sont rencontrées lundi à Dakar.",
  [m("se sont rencontrées lundi à Dakar", "talks", ["CA", "SN"], "2025-03-10", "Dakar")])
d("rencontrer/se rencontreront", "Les présidents Félix Tshisekedi et Paul Kagame se rencontreront le 18 mars à Luanda.",
  [m("se rencontreront le 18 mars à Luanda", "talks", ["CD", "RW"], "2025-03-18", "Luanda", P)])
d("rencontrer/à l'issue de la rencontre", "À l'issue de la rencontre mardi à Abidjan entre le président Ouattara et le président libérien Joseph Boakai, un communiqué a été publié.",
  [m("À l'issue de la rencontre mardi à Abidjan entre le président Ouattara et le président libérien", "talks", ["CI", "LR"], "2025-03-11", "Abidjan")])
d("rencontrer/rencontre nominale", "La rencontre entre le ministre Ahmed Attaf et son homologue italien Antonio Tajani a eu lieu mercredi à Alger.",
  [m("La rencontre entre le ministre Ahmed Attaf et son homologue italien Antonio Tajani a eu lieu mercredi à Alger", "talks", ["DZ", "IT"], "2025-03-12", "Algiers")])
d("rencontrer/réunion bilatérale", "Le chef du gouvernement Aziz Akhannouch a tenu lundi une réunion bilatérale avec le Premier ministre français à Paris.",
  [m("a tenu lundi une réunion bilatérale avec le Premier ministre français", "talks", ["FR", "MA"], "2025-03-10", "Paris")])
d("rencontrer/pays acteurs", "Le Maroc et l'Espagne ont tenu mardi à Rabat une réunion de haut niveau sous la présidence des chefs de gouvernement des deux pays.",
  [m("ont tenu mardi à Rabat une réunion de haut niveau", "talks", ["ES", "MA"], "2025-03-11", "Rabat")])
d("rencontrer/se réunissent", "Les ministres des Affaires étrangères du Mali, du Burkina Faso et du Niger se sont réunis lundi à Niamey.",
  [m("se sont réunis lundi à Niamey", "talks", ["BF", "ML", "NE"], "2025-03-10", "Niamey")])
d("rencontrer/s'est réuni avec", "Le président Kaïs Saïed s'est réuni mercredi à Tunis avec le Premier ministre algérien Nadir Larbaoui.",
  [m("s'est réuni mercredi à Tunis avec le Premier ministre algérien", "talks", ["DZ", "TN"], "2025-03-12", "Tunis")])
d("rencontrer/retrouvé", "Le président Emmanuel Macron a retrouvé mardi à Londres le Premier ministre britannique Keir Starmer pour un dîner de travail.",
  [m("a retrouvé mardi à Londres le Premier ministre britannique", "talks", ["FR", "GB"], "2025-03-11", "London")])

# ---------------------------------------------------------------- E. visites, déplacements
d("visite/se rend présent", "Le président Emmanuel Macron se rend ce mardi au Maroc pour une visite d'État.",
  [m("se rend ce mardi au Maroc pour une visite d'État", "visit", ["FR", "MA"], "2025-03-11")])
d("visite/se rend à", "Le ministre Jean-Noël Barrot se rend le 11 mars à Beyrouth.",
  [m("se rend le 11 mars à Beyrouth", "visit", ["FR", "LB"], "2025-03-11", "Beirut")])
d("visite/s'est rendu", "Le ministre belge des Affaires étrangères, Maxime Prévot, s'est rendu mardi à Kinshasa.",
  [m("s'est rendu mardi à Kinshasa", "visit", ["BE", "CD"], "2025-03-11", "Kinshasa")])
d("visite/s'est rendue", "La ministre canadienne des Affaires étrangères, Mélanie Joly, s'est rendue lundi à Kyiv.",
  [m("s'est rendue lundi à Kyiv", "visit", ["CA", "UA"], "2025-03-10", "Kyiv")])
d("visite/se sont rendus", "Les ministres des Affaires étrangères du Mali et du Burkina Faso se sont rendus mercredi à Moscou.",
  [m("se sont rendus mercredi à Moscou", "visit", ["BF", "ML", "RU"], "2025-03-12", "Moscow")])
d("visite/se rendit", "Le président Abdelmadjid Tebboune se rendit lundi à Rome pour une visite d'État en Italie.",
  [m("se rendit lundi à Rome pour une visite d'État en Italie", "visit", ["DZ", "IT"], "2025-03-10", "Rome")])
d("visite/s'était rendu", "Le Premier ministre Ousmane Sonko s'était rendu le 10 mars à Pékin.",
  [m("s'était rendu le 10 mars à Pékin", "visit", ["CN", "SN"], "2025-03-10", "Beijing")])
d("visite/se rendra", "Le président Bassirou Diomaye Faye se rendra lundi prochain à Abidjan pour une visite officielle.",
  [m("se rendra lundi prochain à Abidjan pour une visite officielle", "visit", ["CI", "SN"], "2025-03-17", "Abidjan", P)])
d("visite/va se rendre", "Le ministre Nasser Bourita va se rendre le 20 mars à Washington.",
  [m("va se rendre le 20 mars à Washington", "visit", ["MA", "US"], "2025-03-20", "Washington", P)])
d("visite/devrait se rendre", "Le président Félix Tshisekedi devrait se rendre la semaine prochaine en Chine.",
  [m("devrait se rendre la semaine prochaine en Chine", "visit", ["CD", "CN"], "2025-03", None, P)])
d("visite/est arrivé", "Le président angolais João Lourenço est arrivé mardi à Kinshasa.",
  [m("est arrivé mardi à Kinshasa", "visit", ["AO", "CD"], "2025-03-11", "Kinshasa")])
d("visite/est arrivée", "La présidente du Conseil italien, Giorgia Meloni, est arrivée lundi à Tunis.",
  [m("est arrivée lundi à Tunis", "visit", ["IT", "TN"], "2025-03-10", "Tunis")])
d("visite/arrive présent", "Le président Emmanuel Macron arrive ce mercredi à Abidjan pour une visite de deux jours.",
  [m("arrive ce mercredi à Abidjan pour une visite de deux jours", "visit", ["CI", "FR"], "2025-03-12", "Abidjan")])
d("visite/arriva", "Le président François Mitterrand arriva à Alger le 30 novembre 1981.",
  [m("arriva à Alger le 30 novembre 1981", "visit", ["DZ", "FR"], "1981-11-30", "Algiers")])
d("visite/arrivera", "Le président turc Recep Tayyip Erdoğan arrivera lundi prochain à Alger.",
  [m("arrivera lundi prochain à Alger", "visit", ["DZ", "TR"], "2025-03-17", "Algiers", P)])
d("visite/effectue une visite", "Le président Paul Kagame effectue depuis mardi une visite officielle au Bénin.",
  [m("effectue depuis mardi une visite officielle au Bénin", "visit", ["BJ", "RW"], "2025-03-11")])
d("visite/a effectué une visite", "Le ministre Ignazio Cassis a effectué lundi une visite de travail en Tunisie.",
  [m("a effectué lundi une visite de travail en Tunisie", "visit", ["CH", "TN"], "2025-03-10")])
d("visite/effectuera une visite", "Le président Abdelmadjid Tebboune effectuera du 17 au 19 mars une visite d'État au Portugal.",
  [m("effectuera du 17 au 19 mars une visite d'État au Portugal", "visit", ["DZ", "PT"], "2025-03-17", None, P)])
d("visite/effectuerait conditionnel", "Selon la présidence, le président Emmanuel Macron effectuerait une visite en Algérie le 25 mars.",
  [m("effectuerait une visite en Algérie le 25 mars", "visit", ["DZ", "FR"], "2025-03-25", None, P)])
d("visite/en visite de travail à", "Le Premier ministre mauritanien, en visite de travail à Dakar, a été reçu mardi par le président Bassirou Diomaye Faye.",
  [m("en visite de travail à Dakar", "visit", ["MR", "SN"], "2025-03-11", "Dakar")])
d("visite/est en visite", "Le ministre chinois des Affaires étrangères, Wang Yi, est en visite au Cameroun depuis lundi.",
  [m("est en visite au Cameroun depuis lundi", "visit", ["CM", "CN"], "2025-03-10")])
d("visite/était en visite", "Le ministre Jean-Noël Barrot était en visite mardi à Alger.",
  [m("était en visite mardi à Alger", "visit", ["DZ", "FR"], "2025-03-11", "Algiers")])
d("visite/a entamé", "Le président Bassirou Diomaye Faye a entamé lundi une visite d'État de trois jours en Mauritanie.",
  [m("a entamé lundi une visite d'État de trois jours en Mauritanie", "visit", ["MR", "SN"], "2025-03-10")])
d("visite/entame présent", "Le président Faustin-Archange Touadéra entame ce mardi une visite officielle en Russie.",
  [m("entame ce mardi une visite officielle en Russie", "visit", ["CF", "RU"], "2025-03-11")])
d("visite/a achevé", "Le ministre Maxime Prévot a achevé mercredi une visite de deux jours au Rwanda.",
  [m("a achevé mercredi une visite de deux jours au Rwanda", "visit", ["BE", "RW"], "2025-03-11")])
d("visite/a visité", "Le président Paul Biya a visité la Chine du 10 au 12 mars.",
  [m("a visité la Chine du 10 au 12 mars", "visit", ["CM", "CN"], "2025-03-10")])
d("visite/visite verbe présent", "Le président Emmanuel Macron visite ce mercredi le Maroc.",
  [m("visite ce mercredi le Maroc", "visit", ["FR", "MA"], "2025-03-12")])
d("visite/visitera", "La présidente suisse Karin Keller-Sutter visitera le Japon du 17 au 19 mars.",
  [m("visitera le Japon du 17 au 19 mars", "visit", ["CH", "JP"], "2025-03-17", None, P)])
d("visite/à l'occasion de sa visite", "À l'occasion de sa visite mardi à Rabat, le ministre Jean-Noël Barrot a rencontré le ministre Nasser Bourita.",
  [m("À l'occasion de sa visite mardi à Rabat", "visit", ["FR", "MA"], "2025-03-11", "Rabat")])
d("visite/au terme de sa visite", "Au terme de sa visite de travail à Niamey, le ministre malien Abdoulaye Diop a regagné Bamako mercredi.",
  [m("Au terme de sa visite de travail à Niamey", "visit", ["ML", "NE"], None, "Niamey")])
d("visite/lors de la visite nominale", "Lors de la visite du président Tebboune en Slovénie le 10 mars, plusieurs accords ont été évoqués.",
  [m("Lors de la visite du président Tebboune en Slovénie le 10 mars", "visit", ["DZ", "SI"], "2025-03-10")])
d("visite/rendre visite", "Le ministre Ahmed Attaf a rendu visite mardi au président tunisien Kaïs Saïed à Tunis.",
  [m("a rendu visite mardi au président tunisien Kaïs Saïed à Tunis", "visit", ["DZ", "TN"], "2025-03-11", "Tunis")])
d("visite/rendra visite", "Le Premier ministre belge Bart De Wever rendra visite jeudi prochain au président Félix Tshisekedi à Kinshasa.",
  [m("rendra visite jeudi prochain au président Félix Tshisekedi à Kinshasa", "visit", ["BE", "CD"], "2025-03-20", "Kinshasa", P)])
d("visite/séjourne", "Le président Bassirou Diomaye Faye séjourne depuis lundi en Espagne.",
  [m("séjourne depuis lundi en Espagne", "visit", ["ES", "SN"], "2025-03-10")])
d("visite/délégation", "Une délégation burkinabè conduite par le ministre des Affaires étrangères est arrivée mardi à Moscou.",
  [m("est arrivée mardi à Moscou", "visit", ["BF", "RU"], "2025-03-11", "Moscow")])
d("visite/tournée", "Le ministre Nasser Bourita a entamé lundi une tournée en Afrique de l'Ouest qui le conduira au Sénégal.",
  [m("qui le conduira au Sénégal", "visit", ["MA", "SN"], None, None, P)])
d("visite/a quitté pour", "Le président Tebboune a quitté Alger mardi à destination de Lisbonne, où il effectuera une visite d'État au Portugal.",
  [m("a quitté Alger mardi à destination de Lisbonne", "visit", ["DZ", "PT"], "2025-03-11", "Lisbon")])
d("visite/est attendu", "Le président Emmanuel Macron est attendu le 20 mars à Dakar.",
  [m("est attendu le 20 mars à Dakar", "visit", ["FR", "SN"], "2025-03-20", "Dakar", P)])
d("visite/est attendue", "La présidente Karin Keller-Sutter est attendue lundi prochain à Rabat.",
  [m("est attendue lundi prochain à Rabat", "visit", ["CH", "MA"], "2025-03-17", "Rabat", P)])
d("visite/a foulé le sol", "Le président Paul Kagame a foulé mardi le sol de la Guinée pour une visite officielle.",
  [m("a foulé mardi le sol de la Guinée pour une visite officielle", "visit", ["GN", "RW"], "2025-03-11")])
d("visite/se trouve", "Le ministre Jean-Noël Barrot se trouve depuis lundi en Arabie saoudite pour une visite de travail.",
  [m("se trouve depuis lundi en Arabie saoudite pour une visite de travail", "visit", ["FR", "SA"], "2025-03-10")])
d("visite/premier déplacement", "Le chancelier Friedrich Merz a effectué mardi à Paris son premier déplacement à l'étranger.",
  [m("a effectué mardi à Paris son premier déplacement à l'étranger", "visit", ["DE", "FR"], "2025-03-11", "Paris")])
d("visite/va effectuer", "Le président Alassane Ouattara va effectuer une visite d'État au Ghana le 24 mars.",
  [m("va effectuer une visite d'État au Ghana le 24 mars", "visit", ["CI", "GH"], "2025-03-24", None, P)])
d("visite/doit se rendre", "Le ministre Ahmed Attaf doit se rendre lundi prochain à Niamey.",
  [m("doit se rendre lundi prochain à Niamey", "visit", ["DZ", "NE"], "2025-03-17", "Niamey", P)])
d("visite/s'envolera", "Le président Bassirou Diomaye Faye s'envolera le 18 mars pour Pékin.",
  [m("s'envolera le 18 mars pour Pékin", "visit", ["CN", "SN"], "2025-03-18", "Beijing", P)])

# ---------------------------------------------------------------- F. téléphone, visio
d("téléphone/s'entretient par téléphone", "Le président Emmanuel Macron s'entretient ce mardi par téléphone avec le président ukrainien Volodymyr Zelensky.",
  [m("s'entretient ce mardi par téléphone avec le président ukrainien", "phone_call", ["FR", "UA"], "2025-03-11")])
d("téléphone/s'est entretenu au téléphone", "Le roi Mohammed VI s'est entretenu mardi au téléphone avec le président français Emmanuel Macron.",
  [m("s'est entretenu mardi au téléphone avec le président français", "phone_call", ["FR", "MA"], "2025-03-11")])
d("téléphone/s'est entretenue par téléphone", "La présidente Karin Keller-Sutter s'est entretenue par téléphone lundi avec le président Volodymyr Zelensky.",
  [m("s'est entretenue par téléphone lundi avec le président Volodymyr Zelensky", "phone_call", ["CH", "UA"], "2025-03-10")])
d("téléphone/se sont entretenus par téléphone", "Les présidents Abdelmadjid Tebboune et Kaïs Saïed se sont entretenus mercredi par téléphone.",
  [m("se sont entretenus mercredi par téléphone", "phone_call", ["DZ", "TN"], "2025-03-12")])
d("téléphone/entretien téléphonique", "Le président Paul Kagame a eu lundi un entretien téléphonique avec le président kényan William Ruto.",
  [m("a eu lundi un entretien téléphonique avec le président kényan", "phone_call", ["KE", "RW"], "2025-03-10")])
d("téléphone/conversation téléphonique", "Le président Bassirou Diomaye Faye et le président français Emmanuel Macron ont eu mardi une conversation téléphonique.",
  [m("ont eu mardi une conversation téléphonique", "phone_call", ["FR", "SN"], "2025-03-11")])
d("téléphone/a téléphoné à", "Le président Emmanuel Macron a téléphoné mercredi au président algérien Abdelmadjid Tebboune.",
  [m("a téléphoné mercredi au président algérien", "phone_call", ["DZ", "FR"], "2025-03-12")])
d("téléphone/a appelé", "Le ministre Jean-Noël Barrot a appelé lundi son homologue iranien Abbas Araghtchi.",
  [m("a appelé lundi son homologue iranien", "phone_call", ["FR", "IR"], "2025-03-10")])
d("téléphone/a reçu un appel", "Le président Félix Tshisekedi a reçu mardi un appel téléphonique du président américain Donald Trump.",
  [m("a reçu mardi un appel téléphonique du président américain", "phone_call", ["CD", "US"], "2025-03-11")])
d("téléphone/futur", "Le président Emmanuel Macron s'entretiendra par téléphone lundi prochain avec le président Abdelmadjid Tebboune.",
  [m("s'entretiendra par téléphone lundi prochain avec le président Abdelmadjid Tebboune", "phone_call", ["DZ", "FR"], "2025-03-17", None, P)])
d("téléphone/lors d'un entretien téléphonique", "Lors d'un entretien téléphonique mardi avec le président Kaïs Saïed, la présidente du Conseil italien Giorgia Meloni a évoqué la migration.",
  [m("Lors d'un entretien téléphonique mardi avec le président Kaïs Saïed", "phone_call", ["IT", "TN"], "2025-03-11")])
d("téléphone/passé simple", "Le président Paul Biya s'entretint par téléphone mercredi avec le président nigérian Bola Tinubu.",
  [m("s'entretint par téléphone mercredi avec le président nigérian", "phone_call", ["CM", "NG"], "2025-03-12")])
d("téléphone/plus-que-parfait", "Le président Alassane Ouattara s'était entretenu au téléphone le 10 mars avec le président ghanéen John Dramani Mahama.",
  [m("s'était entretenu au téléphone le 10 mars avec le président ghanéen", "phone_call", ["CI", "GH"], "2025-03-10")])
d("téléphone/se sont téléphoné", "Le président Emmanuel Macron et le chancelier Friedrich Merz se sont téléphoné mardi.",
  [m("se sont téléphoné mardi", "phone_call", ["DE", "FR"], "2025-03-11")])
d("visio/par visioconférence", "Le ministre Nasser Bourita s'est entretenu mardi par visioconférence avec son homologue japonais, Takeshi Iwaya.",
  [m("s'est entretenu mardi par visioconférence avec son homologue japonais", "videoconference", ["JP", "MA"], "2025-03-11")])
d("visio/réunion virtuelle", "Les ministres des Affaires étrangères du Sénégal et de la Gambie ont tenu lundi une réunion virtuelle.",
  [m("ont tenu lundi une réunion virtuelle", "videoconference", ["GM", "SN"], "2025-03-10")])
d("visio/en visioconférence", "Le président Félix Tshisekedi et le président Paul Kagame ont échangé en visioconférence mercredi.",
  [m("ont échangé en visioconférence mercredi", "videoconference", ["CD", "RW"], "2025-03-12")])

# ---------------------------------------------------------------- G. sommets, conférences
d("sommet/a pris part", "Le président Bassirou Diomaye Faye a pris part mardi à Addis-Abeba au sommet de l'Union africaine.",
  [m("a pris part mardi à Addis-Abeba au sommet de l'Union africaine", "summit", ["SN"], "2025-03-11", "Addis Ababa")])
d("sommet/participe présent", "Le président Emmanuel Macron participe ce mardi à Bruxelles au sommet de l'OTAN.",
  [m("participe ce mardi à Bruxelles au sommet de l'OTAN", "summit", ["FR"], "2025-03-11", "Brussels")])
d("sommet/s'est tenu", "Le sommet de la CEDEAO s'est tenu lundi à Abuja, au Nigeria, sous la présidence du chef de l'État nigérian.",
  [m("Le sommet de la CEDEAO s'est tenu lundi à Abuja, au Nigeria", "summit", ["NG"], "2025-03-10", "Abuja")])
d("sommet/se tiendra", "Le sommet de la Francophonie se tiendra du 20 au 21 mars à Phnom Penh, au Cambodge.",
  [m("Le sommet de la Francophonie se tiendra du 20 au 21 mars à Phnom Penh, au Cambodge", "summit", ["KH"], "2025-03-20", "Phnom Penh", P)])
d("sommet/s'ouvre présent", "Le sommet Afrique-France s'ouvre ce mercredi à Nairobi, au Kenya, en présence d'une trentaine de chefs d'État.",
  [m("Le sommet Afrique-France s'ouvre ce mercredi à Nairobi, au Kenya", "summit", ["FR", "KE"], "2025-03-12", "Nairobi")])
d("sommet/prendra part", "Le président Alassane Ouattara prendra part le 20 mars au sommet extraordinaire de la CEDEAO à Abuja.",
  [m("prendra part le 20 mars au sommet extraordinaire de la CEDEAO à Abuja", "summit", ["CI"], "2025-03-20", "Abuja", P)])
d("sommet/a accueilli", "Le Maroc a accueilli mardi à Marrakech le sommet des chefs d'État africains sur le climat.",
  [m("a accueilli mardi à Marrakech le sommet des chefs d'État africains sur le climat", "summit", ["MA"], "2025-03-11", "Marrakech")])
d("sommet/a assisté", "Le Premier ministre Ousmane Sonko a assisté lundi au sommet de l'Organisation de la coopération islamique à Bakou, en Azerbaïdjan.",
  [m("a assisté lundi au sommet de l'Organisation de la coopération islamique à Bakou, en Azerbaïdjan", "summit", ["AZ", "SN"], "2025-03-10", "Baku")])
d("conférence/s'est ouverte", "La conférence ministérielle de l'Union pour la Méditerranée s'est ouverte mardi à Barcelone, en Espagne.",
  [m("La conférence ministérielle de l'Union pour la Méditerranée s'est ouverte mardi à Barcelone, en Espagne", "conference", ["ES"], "2025-03-11", "Barcelona")])
d("conférence/a participé", "Le ministre Ahmed Attaf a participé lundi à Genève à la session du Conseil des droits de l'homme.",
  [m("a participé lundi à Genève à la session du Conseil des droits de l'homme", "conference", ["DZ"], "2025-03-10", "Geneva")])
d("conférence/forum", "Le Forum d'affaires Sénégal-Espagne s'est tenu mercredi à Madrid, en présence du Premier ministre Ousmane Sonko.",
  [m("Le Forum d'affaires Sénégal-Espagne s'est tenu mercredi à Madrid", "conference", ["ES", "SN"], "2025-03-12", "Madrid")])

# ---------------------------------------------------------------- H. commissions mixtes, consultations
d("commission/a tenu", "La commission mixte algéro-tunisienne a tenu mardi à Tunis sa 22e session.",
  [m("La commission mixte algéro-tunisienne a tenu mardi à Tunis sa 22e session", "joint_commission", ["DZ", "TN"], "2025-03-11", "Tunis")])
d("commission/s'est tenue", "La 5e session de la commission mixte de coopération sénégalo-mauritanienne s'est tenue lundi à Nouakchott.",
  [m("La 5e session de la commission mixte de coopération sénégalo-mauritanienne s'est tenue lundi à Nouakchott", "joint_commission", ["MR", "SN"], "2025-03-10", "Nouakchott")])
d("commission/se tiendra", "La grande commission mixte franco-marocaine se tiendra le 25 mars à Paris.",
  [m("La grande commission mixte franco-marocaine se tiendra le 25 mars à Paris", "joint_commission", ["FR", "MA"], "2025-03-25", "Paris", P)])
d("commission/pays acteurs", "Le Tchad et le Cameroun ont tenu mercredi à N'Djamena la 8e session de leur commission mixte.",
  [m("ont tenu mercredi à N'Djamena la 8e session de leur commission mixte", "joint_commission", ["CM", "TD"], "2025-03-12", "N'Djamena")])
d("commission/coprésidé", "Le ministre Abdoulaye Diop et son homologue guinéen ont coprésidé lundi à Conakry les travaux de la commission mixte.",
  [m("ont coprésidé lundi à Conakry les travaux de la commission mixte", "joint_commission", ["GN", "ML"], "2025-03-10", "Conakry")])
d("consultations/ont tenu", "Le Maroc et l'Espagne ont tenu mardi à Madrid des consultations politiques.",
  [m("ont tenu mardi à Madrid des consultations politiques", "consultations", ["ES", "MA"], "2025-03-11", "Madrid")])
d("consultations/session", "La 3e session des consultations politiques entre la Côte d'Ivoire et le Ghana s'est tenue lundi à Accra.",
  [m("La 3e session des consultations politiques entre la Côte d'Ivoire et le Ghana s'est tenue lundi à Accra", "consultations", ["CI", "GH"], "2025-03-10", "Accra")])
d("consultations/dialogue stratégique", "La France et le Maroc tiendront le 24 mars à Rabat leur dialogue stratégique.",
  [m("tiendront le 24 mars à Rabat leur dialogue stratégique", "consultations", ["FR", "MA"], "2025-03-24", "Rabat", P)])

# ---------------------------------------------------------------- I. more agreement / tense crossings
d("rencontrer/avaient rencontré pluriel", "Les présidents Tebboune et Saïed avaient rencontré le 10 mars à Alger le président libyen Mohamed el-Menfi.",
  [m("avaient rencontré le 10 mars à Alger le président libyen", "talks", ["DZ", "LY", "TN"], "2025-03-10", "Algiers")])
d("recevoir/ont reçu pluriel", "Le président Emmanuel Macron et le chancelier Friedrich Merz ont reçu lundi à Berlin le président Volodymyr Zelensky.",
  [m("ont reçu lundi à Berlin le président Volodymyr Zelensky", "talks", ["DE", "FR", "UA"], "2025-03-10", "Berlin")])
d("recevoir/reçus pluriel objet", "Les ministres malien et nigérien des Affaires étrangères, reçus mercredi par le président Ibrahim Traoré, ont remis un message.",
  [m("reçus mercredi par le président Ibrahim Traoré", "talks", ["BF", "ML", "NE"], "2025-03-12")])
d("entretenir/entretenues", "Les ministres Mélanie Joly et Yassine Fall s'étaient entretenues le 10 mars à Ottawa.",
  [m("s'étaient entretenues le 10 mars à Ottawa", "talks", ["CA", "SN"], "2025-03-10", "Ottawa")])
d("visite/se sont rendues", "Les ministres Giorgia Meloni et Karin Keller-Sutter se sont rendues lundi à Kyiv.",
  [m("se sont rendues lundi à Kyiv", "visit", ["CH", "IT", "UA"], "2025-03-10", "Kyiv")])
d("visite/arrivés pluriel", "Les présidents ghanéen et togolais sont arrivés mardi à Abidjan.",
  [m("sont arrivés mardi à Abidjan", "visit", ["CI", "GH", "TG"], "2025-03-11", "Abidjan")])
d("entretenir/s'entretiennent", "Le président Emmanuel Macron et le Premier ministre canadien s'entretiennent ce mercredi à Paris.",
  [m("s'entretiennent ce mercredi à Paris", "talks", ["CA", "FR"], "2025-03-12", "Paris")])
d("rencontrer/se rencontrent", "Les ministres Ahmed Attaf et Nasser Bourita se rencontrent ce mardi à New York.",
  [m("se rencontrent ce mardi à New York", "talks", ["DZ", "MA"], "2025-03-11", "New York")])
d("visite/a séjourné", "Le ministre turc des Affaires étrangères, Hakan Fidan, a séjourné du 9 au 11 mars à Tunis.",
  [m("a séjourné du 9 au 11 mars à Tunis", "visit", ["TN", "TR"], "2025-03-09", "Tunis")])
d("recevoir/recevra pluriel", "Le président Bassirou Diomaye Faye et le Premier ministre Ousmane Sonko recevront jeudi prochain à Dakar le président mauritanien.",
  [m("recevront jeudi prochain à Dakar le président mauritanien", "talks", ["MR", "SN"], "2025-03-20", "Dakar", P)])
d("recevoir/a reçu féminin sujet", "La présidente de la Confédération, Karin Keller-Sutter, a reçu mardi à Berne le président ukrainien Volodymyr Zelensky.",
  [m("a reçu mardi à Berne le président ukrainien", "talks", ["CH", "UA"], "2025-03-11", "Bern")])
d("recevoir/a été accueilli", "Le président sénégalais Bassirou Diomaye Faye a été accueilli mardi à Nouakchott par le président Ghazouani.",
  [m("a été accueilli mardi à Nouakchott par le président Ghazouani", "talks", ["MR", "SN"], "2025-03-11", "Nouakchott")])
d("rencontrer/a rencontré pays objet", "Le ministre Jean-Noël Barrot a rencontré mardi à Beyrouth le président libanais Joseph Aoun.",
  [m("a rencontré mardi à Beyrouth le président libanais", "talks", ["FR", "LB"], "2025-03-11", "Beirut")])
d("entretenir/avec le président seul", "Le ministre italien Antonio Tajani s'est entretenu mardi à Alger avec le président Abdelmadjid Tebboune.",
  [m("s'est entretenu mardi à Alger avec le président Abdelmadjid Tebboune", "talks", ["DZ", "IT"], "2025-03-11", "Algiers")])
d("visite/visite de travail nominal", "La visite de travail du ministre Maxime Prévot au Burundi a eu lieu le 10 mars.",
  [m("La visite de travail du ministre Maxime Prévot au Burundi a eu lieu le 10 mars", "visit", ["BE", "BI"], "2025-03-10")])
d("visite/visite d'État prochaine", "La visite d'État du président Tebboune en France aura lieu le 27 mars.",
  [m("La visite d'État du président Tebboune en France aura lieu le 27 mars", "visit", ["DZ", "FR"], "2025-03-27", None, P)])

# ---------------------------------------------------------------- J. near misses (no fact)
d("négation/n'a pas rencontré", "Le ministre Nasser Bourita n'a pas rencontré son homologue algérien, contrairement à ce qu'avaient annoncé certains médias.", [])
d("négation/ne s'est pas entretenu", "Le président Tebboune ne s'est pas entretenu avec le président Macron depuis l'été dernier.", [])
d("négation/ne se sont jamais rencontrés", "Le président Paul Kagame et le président Félix Tshisekedi ne se sont jamais rencontrés en tête-à-tête.", [])
d("négation/n'a pas reçu", "Le président Kaïs Saïed n'a pas reçu le ministre italien des Affaires étrangères, contrairement à ce qu'annonçait la presse.", [])
d("négation/ne se rendra pas", "Le président Emmanuel Macron ne se rendra pas à Alger cette année, a indiqué l'Élysée.", [])
d("négation/n'a jamais visité", "Le président Paul Biya n'a jamais visité le Tchad voisin.", [])
d("annulation/a annulé sa visite", "Le président Kaïs Saïed a annulé sa visite en Italie prévue la semaine prochaine.", [])
d("annulation/reportée", "La rencontre prévue mardi entre les ministres Ahmed Attaf et Nasser Bourita a été reportée sine die.", [])
d("annulation/n'aura pas lieu", "La visite du président Emmanuel Macron au Maroc n'aura pas lieu, a annoncé la présidence.", [])
d("annulation/aucune date", "Aucune date n'a été fixée pour la visite du président Tebboune en France.", [])
d("habitude/régulièrement", "Le ministre Nasser Bourita s'entretient régulièrement avec son homologue mauritanien.", [])
d("habitude/chaque année", "Le président Touadéra se rend chaque année à Paris pour des raisons de santé.", [])
d("habitude/à plusieurs reprises", "Les deux présidents se sont rencontrés à plusieurs reprises ces dernières années.", [])
d("invitation/l'a invité à se rendre", "Le président Macron a invité le président Faye à se rendre en France.", [])
# An invitation accepted to a named place is a planned visit (the pack's convention, meeting.plan_invitation).
d("invitation/a accepté", "Le président Ouattara a accepté l'invitation de son homologue ghanéen à se rendre à Accra.",
  [m("a accepté l'invitation de son homologue ghanéen à se rendre à Accra", "visit", ["CI", "GH"], None, "Accra", P)])
d("invitation/invitation transmise", "Le ministre a transmis à son homologue tunisien une invitation à visiter Alger.", [])
d("hypothèse/pourrait", "Si les conditions sont réunies, le président Tebboune pourrait se rendre à Paris.", [])
d("hypothèse/éventuelle", "L'éventuelle rencontre entre les présidents Kagame et Tshisekedi reste hypothétique.", [])
d("souhait/souhaite rencontrer", "Le président Félix Tshisekedi souhaite rencontrer son homologue rwandais dans les meilleurs délais.", [])
d("rencontrer/difficultés", "Le Sénégal rencontre des difficultés pour financer son programme d'infrastructures.", [])
d("rencontrer/obstacles", "Le projet de gazoduc entre le Nigeria et le Maroc a rencontré de nombreux obstacles techniques.", [])
d("rencontrer/succès", "Le festival de Carthage a rencontré un grand succès auprès du public tunisien.", [])
d("critères/répond aux critères", "Le dossier du Cameroun répond aux critères fixés par le Fonds monétaire international.", [])
d("sport/rencontre football", "La rencontre entre le Maroc et l'Espagne s'est soldée mardi par un match nul (1-1) au stade de Rabat.", [])
d("sport/se sont rencontrés", "Le Sénégal et la Côte d'Ivoire se sont rencontrés lundi en demi-finale de la Coupe d'Afrique des nations.", [])
d("sport/équipe reçue", "L'équipe nationale du Cameroun a été reçue mardi par le président Paul Biya après sa victoire.", [])
d("entreprise/visite d'usine", "Le ministre de l'Industrie a effectué mardi une visite à l'usine Renault de Tanger.", [])
d("entreprise/visite de chantier", "Le président Abdelmadjid Tebboune a visité mardi le chantier de la grande mosquée d'Alger.", [])
d("entretien/des routes", "Le ministre a annoncé un programme d'entretien des routes nationales pour un montant de 20 milliards de FCFA.", [])
d("entretien/presse", "Dans un entretien accordé mardi au journal Le Monde, le président Tebboune a évoqué les relations avec la France.", [])
d("sommet/de l'État", "Des tensions sont apparues au sommet de l'État après la démission du Premier ministre.", [])
d("sommet/montagne", "Les alpinistes ont atteint le sommet du mont Cameroun mardi matin.", [])
d("reçu/lettre", "Le président Bassirou Diomaye Faye a reçu mardi une lettre de félicitations du président français.", [])
d("reçu/prix", "Le président Alassane Ouattara a reçu mardi à Paris le prix Félix Houphouët-Boigny pour la paix.", [])
d("reçu/critiques", "Le projet de loi a reçu de vives critiques de la part de l'opposition.", [])
d("rendu/compte", "Le ministre s'est rendu compte de l'ampleur des dégâts après les inondations.", [])
d("rendu/hommage", "Le président Emmanuel Macron a rendu hommage mardi aux soldats tombés au Sahel.", [])
d("visite/touristes", "Les touristes français qui visitent le Maroc sont de plus en plus nombreux.", [])
d("visite/médicale", "Le ministre a subi une visite médicale de routine à l'hôpital militaire.", [])
d("conférence/presse", "Le ministre Ahmed Attaf a tenu mardi une conférence de presse à Alger.", [])
d("conseil/des ministres", "Le Conseil des ministres s'est réuni mercredi sous la présidence du chef de l'État.", [])
d("domestique/a reçu les syndicats", "Le Premier ministre Ousmane Sonko a reçu mardi les représentants des syndicats de l'enseignement.", [])
d("appel/à la retenue", "Le président Alassane Ouattara a lancé mardi un appel au calme et à la retenue.", [])
d("téléphone/joint par téléphone", "Joint par téléphone, le porte-parole du gouvernement a démenti toute tension avec Alger.", [])
d("arrivé/en tête", "Le candidat du parti au pouvoir est arrivé en tête du premier tour à Dakar.", [])
d("arrivé/au pouvoir", "Le général Abdourahamane Tiani est arrivé au pouvoir à Niamey en juillet 2023.", [])
d("refus/a refusé de rencontrer", "Le président Kaïs Saïed a refusé de rencontrer l'émissaire de l'Union européenne.", [])
d("démenti/a démenti toute rencontre", "Le ministère a démenti toute rencontre entre les deux ministres à Genève.", [])

# ================================================================ batch 2 (written after the first fixes, to see that
# they hold on sentences they were not written from): reference date Monday 2025-06-16 (« vendredi » 2025-06-13,
# « hier » 2025-06-15, « ce lundi » 2025-06-16, « mercredi » in the future 2025-06-18).
R2 = "2025-06-16"
d("b2/dateline/a reçu", "DAKAR, 13 juin (APS) - Le président de la République, Bassirou Diomaye Faye, a reçu vendredi le ministre marocain des Affaires étrangères, Nasser Bourita, porteur d'un message du roi Mohammed VI.",
  [m("a reçu vendredi le ministre marocain des Affaires étrangères", "talks", ["MA", "SN"], "2025-06-13", "Dakar")], R2)
d("b2/chef de la diplomatie", "Le chef de la diplomatie algérienne, Ahmed Attaf, s'est entretenu samedi à Alger avec son homologue égyptien Badr Abdelatty.",
  [m("s'est entretenu samedi à Alger avec son homologue égyptien", "talks", ["DZ", "EG"], "2025-06-14", "Algiers")], R2)
d("b2/capitale périphrase", "Le président Emmanuel Macron a été reçu jeudi dans la capitale sénégalaise par le président Bassirou Diomaye Faye.",
  [m("a été reçu jeudi dans la capitale sénégalaise par le président Bassirou Diomaye Faye", "talks", ["FR", "SN"], "2025-06-12", "Dakar")], R2)
d("b2/cleft", "C'est à Rabat que le ministre Jean-Noël Barrot a rencontré vendredi son homologue marocain.",
  [m("a rencontré vendredi son homologue marocain", "talks", ["FR", "MA"], "2025-06-13", "Rabat")], R2)
d("b2/hier", "Le président Paul Kagame a reçu hier à Kigali le ministre belge des Affaires étrangères, Maxime Prévot.",
  [m("a reçu hier à Kigali le ministre belge des Affaires étrangères", "talks", ["BE", "RW"], "2025-06-15", "Kigali")], R2)
d("b2/ce lundi", "Le président Kaïs Saïed reçoit ce lundi au palais de Carthage le président du Conseil présidentiel libyen, Mohamed el-Menfi.",
  [m("reçoit ce lundi au palais de Carthage le président du Conseil présidentiel libyen", "talks", ["LY", "TN"], "2025-06-16", "Tunis")], R2)
d("b2/dernier", "Le ministre Ahmed Attaf s'était rendu à Rome le 3 juin dernier.",
  [m("s'était rendu à Rome le 3 juin dernier", "visit", ["DZ", "IT"], "2025-06-03", "Rome")], R2)
d("b2/prochain", "Le président Alassane Ouattara se rendra à Accra le 25 juin prochain.",
  [m("se rendra à Accra le 25 juin prochain", "visit", ["CI", "GH"], "2025-06-25", "Accra", P)], R2)
d("b2/mercredi futur", "Le chancelier Friedrich Merz recevra mercredi à Berlin le président Emmanuel Macron.",
  [m("recevra mercredi à Berlin le président Emmanuel Macron", "talks", ["DE", "FR"], "2025-06-18", "Berlin", P)], R2)
d("b2/en visite officielle de 48 heures", "Le président mauritanien Mohamed Ould Cheikh El Ghazouani, en visite officielle de 48 heures à Dakar, a été reçu samedi par le président Faye.",
  [m("en visite officielle de 48 heures à Dakar", "visit", ["MR", "SN"], "2025-06-14", "Dakar")], R2)
d("b2/en marge AGNU", "Le ministre Nasser Bourita s'est entretenu vendredi à New York avec son homologue brésilien Mauro Vieira, en marge d'une réunion du Conseil de sécurité des Nations unies.",
  [m("s'est entretenu vendredi à New York avec son homologue brésilien", "talks", ["BR", "MA"], "2025-06-13", "New York"),
   m("en marge d'une réunion du Conseil de sécurité des Nations unies", "conference", ["BR", "MA"], "2025-06-13", "New York")], R2)
d("b2/sommet visio", "Le sommet extraordinaire de la Communauté économique des États de l'Afrique centrale s'est tenu samedi par visioconférence, sous la présidence du chef de l'État gabonais.",
  [m("Le sommet extraordinaire de la Communauté économique des États de l'Afrique centrale s'est tenu samedi par visioconférence", "summit", ["GA"], "2025-06-14")], R2)
d("b2/l'entretien qu'il a eu", "L'entretien que le président Félix Tshisekedi a eu vendredi à Luanda avec le président João Lourenço a porté sur la sécurité dans l'est du pays.",
  [m("L'entretien que le président Félix Tshisekedi a eu vendredi à Luanda avec le président João Lourenço", "talks", ["AO", "CD"], "2025-06-13", "Luanda")], R2)
d("b2/tête-à-tête élargi", "Les présidents Tebboune et Saïed se sont entretenus jeudi en tête-à-tête à Tunis, avant d'élargir les discussions aux membres des deux délégations.",
  [m("se sont entretenus jeudi en tête-à-tête à Tunis", "talks", ["DZ", "TN"], "2025-06-12", "Tunis")], R2)
d("b2/deux événements", "Le ministre Jean-Noël Barrot a reçu jeudi à Paris son homologue indien Subrahmanyam Jaishankar, puis s'est entretenu vendredi par téléphone avec le ministre iranien Abbas Araghtchi.",
  [m("a reçu jeudi à Paris son homologue indien", "talks", ["FR", "IN"], "2025-06-12", "Paris"),
   m("s'est entretenu vendredi par téléphone avec le ministre iranien", "phone_call", ["FR", "IR"], "2025-06-13")], R2)
d("b2/visite prévue le", "La visite du président Abdelmadjid Tebboune en France, prévue le 25 juin, a été confirmée par l'Élysée.",
  [m("La visite du président Abdelmadjid Tebboune en France, prévue le 25 juin", "visit", ["DZ", "FR"], "2025-06-25", None, P)], R2)
d("b2/présidé commission", "Le Premier ministre Ousmane Sonko a présidé samedi à Dakar, avec son homologue gambien, les travaux de la commission mixte sénégalo-gambienne.",
  [m("a présidé samedi à Dakar, avec son homologue gambien, les travaux de la commission mixte sénégalo-gambienne", "joint_commission", ["GM", "SN"], "2025-06-14", "Dakar")], R2)
d("b2/a pris part réunion ministérielle", "Le ministre Abdoulaye Diop a pris part jeudi à Bruxelles à la réunion ministérielle Union européenne-Afrique.",
  [m("a pris part jeudi à Bruxelles à la réunion ministérielle Union européenne-Afrique", "conference", ["ML"], "2025-06-12", "Brussels")], R2)
d("b2/S.E.M.", "S.E.M. Paul Biya, président de la République du Cameroun, a accordé vendredi une audience à l'envoyé spécial du président nigérian.",
  [m("a accordé vendredi une audience à l'envoyé spécial du président nigérian", "talks", ["CM", "NG"], "2025-06-13")], R2)
d("b2/le souverain", "Le roi Mohammed VI a reçu jeudi au palais royal de Rabat le président mauritanien Mohamed Ould Cheikh El Ghazouani.",
  [m("a reçu jeudi au palais royal de Rabat le président mauritanien", "talks", ["MA", "MR"], "2025-06-12", "Rabat")], R2)
d("b2/reçue en audience féminin", "La ministre sénégalaise Yassine Fall a été reçue en audience vendredi par le roi Mohammed VI.",
  [m("a été reçue en audience vendredi par le roi Mohammed VI", "talks", ["MA", "SN"], "2025-06-13")], R2)
d("b2/reçues pluriel féminin", "Les ministres Mélanie Joly et Yassine Fall ont été reçues samedi à Ottawa par le Premier ministre Mark Carney.",
  [m("ont été reçues samedi à Ottawa par le Premier ministre Mark Carney", "talks", ["CA", "SN"], "2025-06-14", "Ottawa")], R2)
d("b2/se sont entretenus au téléphone pays", "Le Maroc et la France se sont entretenus par téléphone jeudi au niveau des ministres des Affaires étrangères.",
  [m("se sont entretenus par téléphone jeudi", "phone_call", ["FR", "MA"], "2025-06-12")], R2)
d("b2/ont eu un échange téléphonique", "Les présidents Paul Kagame et William Ruto ont eu samedi un échange téléphonique.",
  [m("ont eu samedi un échange téléphonique", "phone_call", ["KE", "RW"], "2025-06-14")], R2)
d("b2/a eu au téléphone", "Le président Emmanuel Macron a eu vendredi au téléphone le président ukrainien Volodymyr Zelensky.",
  [m("a eu vendredi au téléphone le président ukrainien", "phone_call", ["FR", "UA"], "2025-06-13")], R2)
d("b2/se rendra puis", "Le ministre Maxime Prévot se rendra le 23 juin à Kinshasa, puis le 25 juin à Kigali.",
  [m("se rendra le 23 juin à Kinshasa", "visit", ["BE", "CD"], "2025-06-23", "Kinshasa", P),
   m("puis le 25 juin à Kigali", "visit", ["BE", "RW"], "2025-06-25", "Kigali", P)], R2)
d("b2/s'est rendu en", "Le président Félix Tshisekedi s'est rendu vendredi en Angola pour une visite de travail.",
  [m("s'est rendu vendredi en Angola pour une visite de travail", "visit", ["AO", "CD"], "2025-06-13")], R2)
d("b2/a regagné", "Le président Bassirou Diomaye Faye a regagné Dakar samedi au terme d'une visite officielle de trois jours en Chine.",
  [m("au terme d'une visite officielle de trois jours en Chine", "visit", ["CN", "SN"], "2025-06-12")], R2)
d("b2/séjourne actuellement", "Le ministre chinois des Affaires étrangères Wang Yi séjourne actuellement à Alger.",
  [m("séjourne actuellement à Alger", "visit", ["CN", "DZ"], None, "Algiers")], R2)
d("b2/effectuera prochainement", "Le Premier ministre Ousmane Sonko effectuera le 30 juin une visite officielle en Mauritanie.",
  [m("effectuera le 30 juin une visite officielle en Mauritanie", "visit", ["MR", "SN"], "2025-06-30", None, P)], R2)
d("b2/visite de travail et d'amitié", "Le président Faustin-Archange Touadéra a effectué samedi une visite de travail et d'amitié au Tchad.",
  [m("a effectué samedi une visite de travail et d'amitié au Tchad", "visit", ["CF", "TD"], "2025-06-14")], R2)
d("b2/accueilli à l'aéroport", "Arrivé vendredi à Abidjan, le président ghanéen John Dramani Mahama a été accueilli à l'aéroport par le président Alassane Ouattara.",
  [m("Arrivé vendredi à Abidjan", "visit", ["CI", "GH"], "2025-06-13", "Abidjan")], R2)
d("b2/a déjeuné", "Le président Emmanuel Macron a déjeuné jeudi à l'Élysée avec le président brésilien Luiz Inácio Lula da Silva.",
  [m("a déjeuné jeudi à l'Élysée avec le président brésilien", "talks", ["BR", "FR"], "2025-06-12", "Paris")], R2)
d("b2/dîner de travail", "Le chancelier Friedrich Merz et le Premier ministre Bart De Wever ont partagé vendredi un dîner de travail à Bruxelles.",
  [m("ont partagé vendredi un dîner de travail à Bruxelles", "talks", ["BE", "DE"], "2025-06-13", "Brussels")], R2)
d("b2/visite de courtoisie", "L'ambassadeur de France au Sénégal a rendu vendredi une visite de courtoisie au Premier ministre Ousmane Sonko.",
  [m("a rendu vendredi une visite de courtoisie au Premier ministre Ousmane Sonko", "talks", ["FR", "SN"], "2025-06-13")], R2)
d("b2/lettres de créance", "Le président Paul Kagame a reçu jeudi les lettres de créance du nouvel ambassadeur de Belgique au Rwanda.",
  [m("a reçu jeudi les lettres de créance du nouvel ambassadeur de Belgique", "talks", ["BE", "RW"], "2025-06-12")], R2)
d("b2/consultations se tiendront", "Les consultations politiques entre le Maroc et le Portugal se tiendront le 26 juin à Lisbonne.",
  [m("Les consultations politiques entre le Maroc et le Portugal se tiendront le 26 juin à Lisbonne", "consultations", ["MA", "PT"], "2025-06-26", "Lisbon", P)], R2)
d("b2/réunion de la commission mixte s'ouvre", "Les travaux de la 12e session de la commission mixte algéro-mauritanienne s'ouvrent ce lundi à Nouakchott.",
  [m("Les travaux de la 12e session de la commission mixte algéro-mauritanienne s'ouvrent ce lundi à Nouakchott", "joint_commission", ["DZ", "MR"], "2025-06-16", "Nouakchott")], R2)
d("b2/sommet du G7", "Le président Emmanuel Macron participera du 15 au 17 juin au sommet du G7 à Kananaskis, au Canada.",
  [m("participera du 15 au 17 juin au sommet du G7 à Kananaskis, au Canada", "summit", ["CA", "FR"], "2025-06-15", "Kananaskis", P)], R2)
d("b2/a rencontré en marge du sommet", "En marge du sommet du G7, le Premier ministre Mark Carney a rencontré dimanche le président Emmanuel Macron à Kananaskis.",
  [m("En marge du sommet du G7", "summit", ["CA", "FR"], "2025-06-15", "Kananaskis"),
   m("a rencontré dimanche le président Emmanuel Macron à Kananaskis", "talks", ["CA", "FR"], "2025-06-15", "Kananaskis")], R2)
d("b2/délégation reçue", "Une délégation gouvernementale tchadienne conduite par le ministre des Affaires étrangères a été reçue vendredi par le président Faustin-Archange Touadéra.",
  [m("a été reçue vendredi par le président Faustin-Archange Touadéra", "talks", ["CF", "TD"], "2025-06-13")], R2)
d("b2/une délégation est arrivée", "Une délégation ministérielle malienne est arrivée samedi à Niamey pour une visite de travail.",
  [m("est arrivée samedi à Niamey pour une visite de travail", "visit", ["ML", "NE"], "2025-06-14", "Niamey")], R2)
d("b2/passé composé inversé ont pris part", "Ont pris part à la rencontre de jeudi à Abuja les ministres des Affaires étrangères du Nigeria et du Ghana.",
  [m("Ont pris part à la rencontre de jeudi à Abuja les ministres des Affaires étrangères du Nigeria et du Ghana", "talks", ["GH", "NG"], "2025-06-12", "Abuja")], R2)
d("b2/a rencontré féminin objet", "Le président Kaïs Saïed a rencontré samedi à Tunis la présidente du Conseil italien, Giorgia Meloni.",
  [m("a rencontré samedi à Tunis la présidente du Conseil italien", "talks", ["IT", "TN"], "2025-06-14", "Tunis")], R2)
d("b2/s'était entretenue", "La présidente Karin Keller-Sutter s'était entretenue le 5 juin à Berne avec le président Emmanuel Macron.",
  [m("s'était entretenue le 5 juin à Berne avec le président Emmanuel Macron", "talks", ["CH", "FR"], "2025-06-05", "Bern")], R2)
d("b2/se rencontreront futur", "Les ministres Ahmed Attaf et Jean-Noël Barrot se rencontreront le 24 juin à Alger.",
  [m("se rencontreront le 24 juin à Alger", "talks", ["DZ", "FR"], "2025-06-24", "Algiers", P)], R2)
d("b2/doit rencontrer", "Le président Bassirou Diomaye Faye doit rencontrer le 20 juin à Paris le président Emmanuel Macron.",
  [m("doit rencontrer le 20 juin à Paris le président Emmanuel Macron", "talks", ["FR", "SN"], "2025-06-20", "Paris", P)], R2)
d("b2/est attendu prochain", "Le président Recep Tayyip Erdoğan est attendu le 22 juin à Alger pour une visite d'État.",
  [m("est attendu le 22 juin à Alger pour une visite d'État", "visit", ["DZ", "TR"], "2025-06-22", "Algiers", P)], R2)
d("b2/a visité nominale pays", "Le ministre Ignazio Cassis a visité vendredi le Kenya, première étape d'une tournée africaine.",
  [m("a visité vendredi le Kenya", "visit", ["CH", "KE"], "2025-06-13")], R2)
d("b2/visite d'État imparfait", "Le président Tebboune effectuait samedi une visite d'État en Slovénie.",
  [m("effectuait samedi une visite d'État en Slovénie", "visit", ["DZ", "SI"], "2025-06-14")], R2)
d("b2/se rendait", "Le ministre Nasser Bourita se rendait jeudi à Madrid pour une réunion avec son homologue espagnol.",
  [m("se rendait jeudi à Madrid", "visit", ["ES", "MA"], "2025-06-12", "Madrid")], R2)
# near misses, batch 2
d("b2/nm/a appelé à", "Le président Emmanuel Macron a appelé vendredi les deux parties à la retenue.", [], R2)
d("b2/nm/a appelé à un cessez-le-feu", "Le ministre Jean-Noël Barrot a appelé samedi à un cessez-le-feu immédiat au Soudan.", [], R2)
d("b2/nm/devaient mais annulée", "Les deux ministres devaient se rencontrer mardi à Genève, mais la rencontre a été annulée.", [], R2)
d("b2/nm/n'a pas eu lieu", "La rencontre entre les présidents Tshisekedi et Kagame n'a pas eu lieu.", [], R2)
d("b2/nm/a décliné l'invitation", "Le président Kaïs Saïed a décliné l'invitation à se rendre à Rome.", [], R2)
d("b2/nm/il n'est pas exclu", "Il n'est pas exclu que le président Tebboune se rende en France à l'automne.", [], R2)
d("b2/nm/rencontre des résistances", "La réforme rencontre des résistances au sein de la majorité présidentielle.", [], R2)
d("b2/nm/frais d'entretien", "Les frais d'entretien du palais présidentiel ont augmenté de 12 % cette année.", [], R2)
d("b2/nm/a reçu des millions", "Le Sénégal a reçu vendredi 500 millions de dollars de la Banque mondiale.", [], R2)
d("b2/nm/a reçu le soutien", "La candidature du Maroc a reçu samedi le soutien de plusieurs pays africains.", [], R2)
d("b2/nm/rencontre citoyenne", "Le maire de Dakar a organisé samedi une rencontre citoyenne avec les habitants du quartier.", [], R2)
d("b2/nm/visite virtuelle", "Le musée des civilisations noires propose une visite virtuelle de ses collections.", [], R2)
d("b2/nm/se rendre à l'évidence", "Le gouvernement a dû se rendre à l'évidence face à la hausse des prix.", [], R2)
d("b2/nm/escale technique", "L'avion du président a fait une escale technique vendredi à Casablanca.", [], R2)
d("b2/nm/reçoit chaque semaine", "Le président reçoit chaque semaine le Premier ministre pour faire le point sur l'action du gouvernement.", [], R2)
d("b2/nm/conférence de presse conjointe", "Les deux ministres ont animé une conférence de presse à l'issue de la réunion du conseil d'administration.", [], R2)
d("b2/nm/rencontre avec la presse", "Le porte-parole du gouvernement a tenu vendredi une rencontre avec la presse à Dakar.", [], R2)
d("b2/nm/entretien d'embauche", "Les candidats retenus seront convoqués à un entretien d'embauche la semaine prochaine.", [], R2)
d("b2/nm/sommet de sa carrière", "Le diplomate est parvenu au sommet de sa carrière en devenant secrétaire général.", [], R2)
d("b2/nm/sera reçu baccalauréat", "Tout candidat ayant obtenu une moyenne de 10 sur 20 sera reçu au baccalauréat.", [], R2)
d("b2/nm/rendre visite aux blessés", "Le Premier ministre s'est rendu samedi au chevet des blessés à l'hôpital principal de Dakar.", [], R2)
d("b2/nm/souhaite se rendre", "Le président Félix Tshisekedi souhaite se rendre au Rwanda une fois la paix revenue.", [], R2)
d("b2/nm/visite du ministre domestique", "Le ministre de l'Agriculture a effectué samedi une visite dans la région de Kaolack.", [], R2)
d("b2/nm/n'a pas été reçu", "Le ministre italien n'a pas été reçu par le président Kaïs Saïed, selon la presse tunisienne.", [], R2)
d("b2/nm/aucune rencontre prévue", "Aucune rencontre n'est prévue entre les présidents Tebboune et Macron.", [], R2)

# The documents whose fixture holds (README.md: the others, and why); make.py writes fixtures for these only.
HOLDS = {"g27_001", "g27_002", "g27_003", "g27_004", "g27_005", "g27_006", "g27_007", "g27_008", "g27_009",
         "g27_010", "g27_011", "g27_012", "g27_013", "g27_014", "g27_015", "g27_016", "g27_017", "g27_018",
         "g27_019", "g27_020", "g27_022", "g27_023", "g27_024", "g27_025", "g27_026", "g27_027", "g27_028",
         "g27_029", "g27_030", "g27_031", "g27_032", "g27_033", "g27_034", "g27_035", "g27_036", "g27_037",
         "g27_038", "g27_039", "g27_040", "g27_041", "g27_042", "g27_043", "g27_044", "g27_045", "g27_046",
         "g27_047", "g27_048", "g27_049", "g27_050", "g27_051", "g27_052", "g27_053", "g27_054", "g27_055",
         "g27_056", "g27_057", "g27_058", "g27_060", "g27_061", "g27_062", "g27_063", "g27_065", "g27_066",
         "g27_067", "g27_068", "g27_069", "g27_070", "g27_071", "g27_073", "g27_074", "g27_075", "g27_076",
         "g27_077", "g27_078", "g27_079", "g27_080", "g27_081", "g27_082", "g27_083", "g27_084", "g27_085",
         "g27_086", "g27_087", "g27_089", "g27_090", "g27_091", "g27_092", "g27_093", "g27_094", "g27_095",
         "g27_096", "g27_097", "g27_098", "g27_099", "g27_100", "g27_101", "g27_102", "g27_103", "g27_104",
         "g27_105", "g27_106", "g27_107", "g27_108", "g27_109", "g27_110", "g27_111", "g27_112", "g27_113",
         "g27_114", "g27_115", "g27_117", "g27_118", "g27_119", "g27_120", "g27_121", "g27_122", "g27_123",
         "g27_124", "g27_125", "g27_126", "g27_127", "g27_128", "g27_129", "g27_130", "g27_131", "g27_132",
         "g27_133", "g27_134", "g27_135", "g27_136", "g27_137", "g27_138", "g27_139", "g27_140", "g27_141",
         "g27_142", "g27_143", "g27_144", "g27_145", "g27_146", "g27_147", "g27_148", "g27_149", "g27_150",
         "g27_151", "g27_152", "g27_153", "g27_154", "g27_155", "g27_156", "g27_157", "g27_158", "g27_159",
         "g27_160", "g27_162", "g27_163", "g27_164", "g27_165", "g27_166", "g27_167", "g27_168", "g27_169",
         "g27_170", "g27_171", "g27_172", "g27_173", "g27_174", "g27_175", "g27_176", "g27_177", "g27_178",
         "g27_179", "g27_180", "g27_181", "g27_182", "g27_183", "g27_184", "g27_185", "g27_186", "g27_187",
         "g27_188", "g27_189", "g27_190", "g27_191", "g27_192", "g27_193", "g27_194", "g27_195", "g27_196",
         "g27_197", "g27_198", "g27_199", "g27_200", "g27_201", "g27_202", "g27_203", "g27_204", "g27_205",
         "g27_206", "g27_207", "g27_208", "g27_209", "g27_210", "g27_211", "g27_212", "g27_213", "g27_214",
         "g27_215", "g27_216", "g27_217", "g27_218", "g27_219", "g27_220", "g27_221", "g27_222", "g27_223",
         "g27_224", "g27_225", "g27_226", "g27_227", "g27_228", "g27_229", "g27_230", "g27_231", "g27_232",
         "g27_233", "g27_234", "g27_235", "g27_236", "g27_237", "g27_238", "g27_239", "g27_240", "g27_241",
         "g27_242", "g27_243", "g27_244", "g27_245", "g27_246", "g27_247", "g27_248", "g27_249", "g27_250",
         "g27_251", "g27_252", "g27_253", "g27_254", "g27_255", "g27_256", "g27_257", "g27_258", "g27_259",
         "g27_260", "g27_261", "g27_263", "g27_264", "g27_265", "g27_266", "g27_267", "g27_268", "g27_269",
         "g27_270", "g27_271", "g27_272", "g27_273", "g27_274", "g27_275", "g27_276", "g27_277", "g27_278",
         "g27_279", "g27_280", "g27_281", "g27_282", "g27_283", "g27_284", "g27_286", "g27_287", "g27_288",
         "g27_289", "g27_290", "g27_291", "g27_292", "g27_293", "g27_294", "g27_295"}

def fixture_lines(id, cell, facts, ref):
    shown = []
    for type, ev, fields, extra in facts:
        fx = dict(fields); fx.update(extra)
        shown.append((type, fx))
    comment = f"grid27fr matrix: {id} ({cell}); gold in gold.jsonl, made by make.py."
    return matrixlib.fixture_lines(comment, id, "fr", ref, ["Meeting"], shown)

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    alldir = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--all" else None
    with matrixlib.Matrix(here) as mx:
        for id, cell, text, facts, ref in DOCS:
            mx.document(id, text, {"lang": "fr", "reference_date": ref, "cell": cell})
            for type, ev, fields, extra in facts:
                assert ev in text, (id, ev)
                mx.gold(id, type, ev, fields)
            mx.fixture(id, fixture_lines(id, cell, facts, ref), id in HOLDS, alldir)
