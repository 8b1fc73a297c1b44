#!/usr/bin/env python3
"""wire26fr matrix (session 26, issue #14): short items of our own in the house style of French-language news agencies
and ministries the pack was not written from (APS Algérie, MAP, TAP, APS Sénégal, AIP, ACP, AGP, ANP, AMAP, ABP,
Gabonreview, Cameroon Tribune, Madagascar, Comores, Djibouti, Haïti, NNA Liban, the French services of Xinhua,
Anadolu, TASS and Sputnik, the Belgian, Swiss and Luxembourg ministries, OIF, CEMAC, UEMOA, CEDEAO communiqués), with
gold in the development set's format (docs/, index.jsonl, gold.jsonl: `glean eval gold.jsonl`) and one fixture per
document that holds (`*.fixture.yaml`, checks Meeting, Agreement and TradeFigure, so a near miss must give nothing).
Run from this folder to rewrite them; `python3 make.py --all DIR` also writes every document's fixture to DIR
(to score the whole matrix with `glean test DIR`)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import matrixlib
m = matrixlib.meeting_fact
def a(ev, kind, status, parties, date=None):
    f = {"kind": kind, "status": status, "parties": sorted(parties)}
    if date: f["date"] = date
    return ("Agreement", ev, f, {})
def t(ev, indicator, amount=None, currency=None, change=None, period=None, direction=None):
    f = {"indicator": indicator}
    if amount is not None: f["amount"] = amount
    if currency: f["currency"] = currency
    if change is not None: f["change_percent"] = change
    if direction: f["direction"] = direction
    if period: f["period"] = period
    return ("TradeFigure", ev, f, {})

# id, reference date (None: unknown), text, facts ([] for a near miss)
DOCS = [
# --- audiences, receptions, courtesy calls
("w26_001", "2025-03-13", """ALGER - Le président de la République, M. Abdelmadjid Tebboune, a reçu mardi en audience l'ambassadeur de la République populaire de Chine en Algérie, M. Li Jian.""",
 [m("a reçu mardi en audience l'ambassadeur de la République populaire de Chine", "talks", ["CN", "DZ"], "2025-03-11")]),
("w26_002", "2025-05-14", """RABAT - Le ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l'étranger, M. Nasser Bourita, s'est entretenu, lundi à Rabat, avec son homologue mauritanien, M. Mohamed Salem Ould Merzoug, porteur d'un message écrit du Président mauritanien à SM le Roi.""",
 [m("s'est entretenu, lundi à Rabat, avec son homologue mauritanien", "talks", ["MA", "MR"], "2025-05-12", "Rabat")]),
("w26_003", "2025-02-21", """TUNIS (TAP) - Le Président de la République, Kaïs Saïed, a reçu, jeudi à Tunis, le ministre italien des Affaires étrangères, Antonio Tajani, en visite de travail en Tunisie.""",
 [m("a reçu, jeudi à Tunis, le ministre italien des Affaires étrangères", "visit", ["IT", "TN"], "2025-02-20", "Tunis")]),
("w26_004", "2025-06-04", """DAKAR (APS) - Le chef de l'Etat, Bassirou Diomaye Faye, a accordé mardi une audience au ministre des Affaires étrangères de la Gambie, porteur d'un message de son homologue gambien, Adama Barrow.""",
 [m("a accordé mardi une audience au ministre des Affaires étrangères de la Gambie", "talks", ["GM", "SN"], "2025-06-03")]),
("w26_005", "2025-09-19", """ABIDJAN (AIP) - Le Vice-Président de la République, Tiémoko Meyliet Koné, a reçu en audience, jeudi 18 septembre 2025, à son cabinet au Plateau, une délégation de la Banque africaine de développement conduite par son vice-président.""",
 [m("a reçu en audience, jeudi 18 septembre 2025", "talks", ["CI"], "2025-09-18")]),
("w26_006", "2025-11-06", """KINSHASA (ACP) - Le Chef de l'Etat, Félix-Antoine Tshisekedi Tshilombo, a échangé mercredi à la Cité de l'Union africaine avec l'Envoyé spécial du Président angolais, porteur d'un message de son homologue João Lourenço.""",
 [m("a échangé mercredi à la Cité de l'Union africaine avec l'Envoyé spécial du Président angolais", "talks", ["AO", "CD"], "2025-11-05", "Kinshasa")]),
("w26_007", "2025-04-10", """YAOUNDE - Le Chef de l'Etat, S.E. Paul Biya, a reçu en audience ce mercredi 9 avril 2025 au Palais de l'Unité, l'Envoyé spécial du Président de la République française, porteur d'un message de son mandant.""",
 [m("a reçu en audience ce mercredi 9 avril 2025 au Palais de l'Unité", "talks", ["CM", "FR"], "2025-04-09", "Yaounde")]),
("w26_008", "2025-07-16", """CONAKRY (AGP) - Le ministre des Affaires étrangères, de l'Intégration africaine et des Guinéens de l'étranger, Morissanda Kouyaté, a reçu mardi en audience l'ambassadeur du Japon en Guinée, venu lui présenter la copie figurée de ses lettres de créance.""",
 [m("a reçu mardi en audience l'ambassadeur du Japon en Guinée", "talks", ["GN", "JP"], "2025-07-15")]),
("w26_009", "2025-01-24", """NIAMEY (ANP) - Le Premier ministre, M. Ali Mahaman Lamine Zeine, a reçu jeudi en audience une délégation du Burkina Faso conduite par le ministre d'Etat, ministre de l'Administration territoriale.""",
 [m("a reçu jeudi en audience une délégation du Burkina Faso", "talks", ["BF", "NE"], "2025-01-23")]),
("w26_010", "2025-10-22", """BAMAKO (AMAP) - Le ministre des Affaires étrangères et de la Coopération internationale, Abdoulaye Diop, a rendu une visite de courtoisie, mardi, au Premier ministre du Niger, en séjour à Bamako.""",
 [m("a rendu une visite de courtoisie, mardi, au Premier ministre du Niger, en séjour à Bamako", "visit", ["ML", "NE"], "2025-10-21", "Bamako")]),
("w26_011", "2025-08-07", """OUAGADOUGOU (ABP) - Le Premier ministre, Rimtalba Jean Emmanuel Ouédraogo, a reçu en audience le mercredi 6 août 2025 l'ambassadeur de la Fédération de Russie au Burkina Faso, qui lui a rendu une visite d'adieu.""",
 [m("a reçu en audience le mercredi 6 août 2025 l'ambassadeur de la Fédération de Russie", "talks", ["BF", "RU"], "2025-08-06")]),
("w26_012", "2025-03-28", """LIBREVILLE - Le Président de la République, Chef de l'Etat, Brice Clotaire Oligui Nguema, a reçu ce jeudi au Palais Rénovation le ministre d'Etat congolais, porteur d'un message du Président Denis Sassou Nguesso.""",
 [m("a reçu ce jeudi au Palais Rénovation le ministre d'Etat congolais", "talks", ["CG", "GA"], "2025-03-27", "Libreville")]),
("w26_013", "2025-05-30", """ANTANANARIVO - Le Président de la République, Andry Rajoelina, a reçu ce jeudi 29 mai au palais d'Iavoloha l'ambassadeur de l'Inde à Madagascar.""",
 [m("a reçu ce jeudi 29 mai au palais d'Iavoloha l'ambassadeur de l'Inde", "talks", ["IN", "MG"], "2025-05-29", "Antananarivo")]),
("w26_014", "2025-12-03", """MORONI - Le Chef de l'Etat, Azali Assoumani, a reçu mardi à Beit-Salam une délégation émiratie conduite par le ministre d'Etat aux Affaires étrangères des Emirats arabes unis.""",
 [m("a reçu mardi à Beit-Salam une délégation émiratie", "talks", ["AE", "KM"], "2025-12-02", "Moroni")]),
("w26_015", "2025-02-11", """BEYROUTH (NNA) - Le président de la République, le général Joseph Aoun, a reçu lundi au palais de Baabda le ministre français des Affaires étrangères, Jean-Noël Barrot, en visite au Liban.""",
 [m("a reçu lundi au palais de Baabda le ministre français des Affaires étrangères", "visit", ["FR", "LB"], "2025-02-10")]),
("w26_016", "2025-06-27", """DJIBOUTI - Le Président de la République, Ismaïl Omar Guelleh, a reçu en audience ce jeudi au palais présidentiel le ministre turc de la Défense, en visite officielle à Djibouti.""",
 [m("a reçu en audience ce jeudi au palais présidentiel le ministre turc de la Défense", "visit", ["DJ", "TR"], "2025-06-26")]),
# --- working sessions, calls, video
("w26_017", "2025-04-17", """ALGER - Le ministre d'Etat, ministre des Affaires étrangères, Ahmed Attaf, a eu mercredi une séance de travail avec son homologue nigérien, Bakary Yaou Sangaré, au siège du ministère à Alger.""",
 [m("a eu mercredi une séance de travail avec son homologue nigérien", "talks", ["DZ", "NE"], "2025-04-16", "Algiers")]),
("w26_018", "2025-09-09", """Le Président de la République, M. Abdelmadjid Tebboune, a eu lundi un entretien téléphonique avec son frère, le Président de l'Etat de Palestine, M. Mahmoud Abbas.""",
 [m("a eu lundi un entretien téléphonique avec son frère", "phone_call", ["DZ", "PS"], "2025-09-08")]),
("w26_019", "2025-01-15", """Le Chef de l'Etat, Mohamed Ould Cheikh El Ghazouani, s'est entretenu au téléphone, mardi, avec le Président du Sénégal, Bassirou Diomaye Faye.""",
 [m("s'est entretenu au téléphone, mardi, avec le Président du Sénégal", "phone_call", ["MR", "SN"], "2025-01-14")]),
("w26_020", "2025-10-03", """BEYROUTH (NNA) - Le Premier ministre Nawaf Salam a reçu jeudi un appel téléphonique du ministre saoudien des Affaires étrangères, le prince Fayçal ben Farhane.""",
 [m("a reçu jeudi un appel téléphonique du ministre saoudien des Affaires étrangères", "phone_call", ["LB", "SA"], "2025-10-02")]),
("w26_021", "2025-03-06", """ANKARA (AA) - Le président turc Recep Tayyip Erdogan s'est entretenu par téléphone mercredi avec le président français Emmanuel Macron, a annoncé la direction des communications de la présidence turque.""",
 [m("s'est entretenu par téléphone mercredi avec le président français", "phone_call", ["FR", "TR"], "2025-03-05")]),
("w26_022", "2025-11-20", """PEKIN, 19 novembre (Xinhua) -- Le ministre chinois des Affaires étrangères, Wang Yi, a eu mercredi un entretien par visioconférence avec son homologue sénégalais, Cheikh Niang.""",
 [m("a eu mercredi un entretien par visioconférence avec son homologue sénégalais", "videoconference", ["CN", "SN"], "2025-11-19")]),
("w26_023", "2025-05-23", """Le ministre luxembourgeois des Affaires étrangères, Xavier Bettel, a eu un échange téléphonique le 22 mai avec son homologue ukrainien, Andriï Sybiha.""",
 [m("a eu un échange téléphonique le 22 mai avec son homologue ukrainien", "phone_call", ["LU", "UA"], "2025-05-22")]),
("w26_024", "2025-02-05", """Le Premier ministre du Niger, M. Ali Mahaman Lamine Zeine, a eu une séance de travail par visioconférence, le 3 courant, avec le ministre tchadien de l'Economie.""",
 [m("a eu une séance de travail par visioconférence, le 3 courant", "videoconference", ["NE", "TD"], "2025-02-03")]),
# --- visits, trip legs
("w26_025", "2025-06-10", """DAKAR (APS) - Le Président de la République de Guinée-Bissau, Umaro Sissoco Embalo, est arrivé lundi à Dakar pour une visite officielle de trois jours au Sénégal.""",
 [m("est arrivé lundi à Dakar pour une visite officielle de trois jours au Sénégal", "visit", ["GW", "SN"], "2025-06-09", "Dakar")]),
("w26_026", "2025-08-29", """NIAMEY (ANP) - Le ministre des Affaires étrangères du Niger, Bakary Yaou Sangaré, a regagné Niamey jeudi au terme d'une visite de travail de quarante-huit heures à Moscou.""",
 [m("au terme d'une visite de travail de quarante-huit heures à Moscou", "visit", ["NE", "RU"], None, "Moscow")]),
("w26_027", "2025-12-10", """ALGER - Le Premier ministre, M. Nadir Larbaoui, a quitté Alger mardi à destination de Nouakchott, où il effectuera une visite de travail en Mauritanie.""",
 [m("a quitté Alger mardi à destination de Nouakchott", "visit", ["DZ", "MR"], "2025-12-09", "Nouakchott")]),
("w26_028", "2025-04-02", """Le Chef de l'Etat, Mahamat Idriss Deby Itno, a entamé mardi une visite d'Etat de deux jours en République centrafricaine, à l'invitation de son homologue Faustin-Archange Touadéra.""",
 [m("a entamé mardi une visite d'Etat de deux jours en République centrafricaine", "visit", ["CF", "TD"], "2025-04-01")]),
("w26_029", "2025-07-04", """MOSCOU, 3 juillet (TASS) - Le ministre russe des Affaires étrangères, Sergueï Lavrov, est arrivé jeudi à Alger, première étape d'une tournée africaine qui le conduira également au Mali.""",
 [m("est arrivé jeudi à Alger, première étape d'une tournée africaine", "visit", ["DZ", "RU"], "2025-07-03", "Algiers"),
  # The route's next country (« qui le conduira également au Mali ») is a planned visit of its own (tours27, session 27).
  m("qui le conduira également au Mali", "visit", ["ML", "RU"], status="planned")]),
("w26_030", "2025-09-26", """BRUXELLES - Le vice-Premier ministre et ministre des Affaires étrangères, Maxime Prévot, s'est rendu jeudi en République démocratique du Congo, où il a été reçu par le Président Félix Tshisekedi.""",
 [m("s'est rendu jeudi en République démocratique du Congo", "visit", ["BE", "CD"], "2025-09-25")]),
("w26_031", "2025-03-19", """Le conseiller fédéral Ignazio Cassis, chef du Département fédéral des affaires étrangères, a effectué du 16 au 18 mars une visite de travail au Maroc, où il s'est entretenu avec son homologue Nasser Bourita.""",
 [m("a effectué du 16 au 18 mars une visite de travail au Maroc", "visit", ["CH", "MA"], "2025-03-16")]),
("w26_032", "2025-05-08", """PORT-AU-PRINCE - Le Premier ministre haïtien a séjourné du 5 au 7 mai en République dominicaine, où il a rencontré le président Luis Abinader.""",
 [m("a séjourné du 5 au 7 mai en République dominicaine", "visit", ["DO", "HT"], "2025-05-05")]),
("w26_033", "2025-11-14", """ANTANANARIVO - Le Premier ministre de Madagascar a achevé jeudi une visite officielle de quatre jours à Maurice, marquée par la signature de deux accords de coopération.""",
 [m("a achevé jeudi une visite officielle de quatre jours à Maurice", "visit", ["MG", "MU"], "2025-11-10"),
  a("la signature de deux accords de coopération", "agreement", "signed", ["MG", "MU"], "2025-11-13")]),
# --- joint commissions, councils, consultations
("w26_034", "2025-06-18", """ALGER - Les travaux de la 23e session de la Grande commission mixte algéro-tunisienne se sont ouverts mardi à Alger, sous la coprésidence des Premiers ministres des deux pays.""",
 [m("Les travaux de la 23e session de la Grande commission mixte algéro-tunisienne se sont ouverts mardi à Alger", "joint_commission", ["DZ", "TN"], "2025-06-17", "Algiers")]),
("w26_035", "2025-10-15", """ABIDJAN (AIP) - La 8e session de la Commission mixte de coopération ivoiro-burkinabè se tiendra du 20 au 22 octobre à Yamoussoukro.""",
 [m("La 8e session de la Commission mixte de coopération ivoiro-burkinabè se tiendra du 20 au 22 octobre à Yamoussoukro", "joint_commission", ["BF", "CI"], "2025-10-20", "Yamoussoukro", status="planned")]),
("w26_036", "2025-12-12", """DAKAR (APS) - Le Sénégal et la Mauritanie ont tenu jeudi à Nouakchott la 3e session de leurs consultations politiques, sous la présidence des ministres des Affaires étrangères des deux pays.""",
 [m("ont tenu jeudi à Nouakchott la 3e session de leurs consultations politiques", "consultations", ["MR", "SN"], "2025-12-11", "Nouakchott")]),
("w26_037", "2025-06-27", """OUAGADOUGOU - Le Conseil des ministres de l'UEMOA a tenu sa deuxième session ordinaire de l'année le 26 juin 2025 à Ouagadougou, sous la présidence du ministre burkinabè de l'Economie.""",
 [m("Le Conseil des ministres de l'UEMOA a tenu sa deuxième session ordinaire de l'année le 26 juin 2025 à Ouagadougou", "conference", ["BF"], "2025-06-26", "Ouagadougou")]),
("w26_038", "2025-03-25", """MALABO - La session ordinaire du Conseil des ministres de l'Union économique de l'Afrique centrale (UEAC) s'est ouverte lundi 24 mars à Malabo, en Guinée équatoriale.""",
 [m("La session ordinaire du Conseil des ministres de l'Union économique de l'Afrique centrale (UEAC) s'est ouverte lundi 24 mars à Malabo", "conference", ["GQ"], "2025-03-24", "Malabo")]),
("w26_039", "2025-02-14", """TUNIS - La commission mixte tuniso-libyenne a clôturé jeudi ses travaux par la signature d'un procès-verbal et de cinq mémorandums d'entente.""",
 [m("La commission mixte tuniso-libyenne a clôturé jeudi ses travaux", "joint_commission", ["LY", "TN"], "2025-02-13"),
  a("la signature d'un procès-verbal", "protocol", "signed", ["LY", "TN"], "2025-02-13"),
  a("cinq mémorandums d'entente", "memorandum", "signed", ["LY", "TN"], "2025-02-13")]),
# --- summits, forums
("w26_040", "2024-10-06", """VILLERS-COTTERETS - Le XIXe Sommet de la Francophonie s'est ouvert vendredi 4 octobre en France, en présence de plusieurs dizaines de chefs d'Etat et de gouvernement.""",
 [m("Le XIXe Sommet de la Francophonie s'est ouvert vendredi 4 octobre en France", "summit", ["FR"], "2024-10-04")]),
("w26_041", "2025-12-15", """ABUJA - Les chefs d'Etat et de gouvernement de la CEDEAO se sont réunis dimanche 14 décembre à Abuja en session ordinaire, sous la présidence du chef de l'Etat de Sierra Leone.""",
 [m("Les chefs d'Etat et de gouvernement de la CEDEAO se sont réunis dimanche 14 décembre à Abuja", "summit", ["SL"], "2025-12-14", "Abuja")]),
("w26_042", "2025-11-04", """Le Président de la République, Paul Biya, a pris part lundi à Brazzaville au sommet extraordinaire des chefs d'Etat de la CEMAC consacré à la situation économique de la sous-région.""",
 [m("a pris part lundi à Brazzaville au sommet extraordinaire des chefs d'Etat de la CEMAC", "summit", ["CM"], "2025-11-03", "Brazzaville")]),
("w26_043", "2025-10-28", """DAKAR - Le Premier ministre a présidé lundi à Diamniadio l'ouverture de la 10e édition du Forum international de Dakar sur la paix et la sécurité en Afrique, en présence du ministre japonais de la Défense.""",
 [m("a présidé lundi à Diamniadio l'ouverture de la 10e édition du Forum international de Dakar", "conference", ["JP", "SN"], "2025-10-27")]),
("w26_044", "2025-07-10", """RABAT - Le Forum d'affaires Maroc-Espagne s'est tenu mercredi à Madrid en présence du chef du gouvernement, Aziz Akhannouch, et du président du gouvernement espagnol, Pedro Sanchez.""",
 [m("Le Forum d'affaires Maroc-Espagne s'est tenu mercredi à Madrid", "conference", ["ES", "MA"], "2025-07-09", "Madrid")]),
# --- planned visits with a date
("w26_045", "2025-10-20", """Le Président de la République, M. Abdelmadjid Tebboune, effectuera une visite d'Etat en Italie du 28 au 30 octobre, à l'invitation du Président de la République italienne, Sergio Mattarella.""",
 [m("effectuera une visite d'Etat en Italie du 28 au 30 octobre", "visit", ["DZ", "IT"], "2025-10-28", status="planned")]),
("w26_046", "2025-05-12", """Le ministre des Affaires étrangères du Sénégal est attendu le 15 courant à Banjul pour une visite de travail.""",
 [m("est attendu le 15 courant à Banjul pour une visite de travail", "visit", ["GM", "SN"], "2025-05-15", "Banjul", status="planned")]),
("w26_047", "2025-02-24", """Le Premier ministre libanais entamera mercredi 26 février une tournée dans les pays du Golfe, qui le mènera d'abord à Riyad.""",
 [m("entamera mercredi 26 février une tournée dans les pays du Golfe, qui le mènera d'abord à Riyad", "visit", ["LB", "SA"], "2025-02-26", "Riyadh", status="planned")]),
("w26_048", "2025-03-31", """Le président du Conseil présidentiel de transition d'Haïti est attendu à Paris le 10 avril prochain pour une visite officielle en France.""",
 [m("est attendu à Paris le 10 avril prochain pour une visite officielle en France", "visit", ["FR", "HT"], "2025-04-10", "Paris", status="planned")]),
# --- agreements
("w26_049", "2025-06-12", """RABAT - Le Maroc et l'Espagne ont signé mercredi à Rabat un mémorandum d'entente dans le domaine de la gestion de l'eau.""",
 [a("ont signé mercredi à Rabat un mémorandum d'entente dans le domaine de la gestion de l'eau", "memorandum", "signed", ["ES", "MA"], "2025-06-11")]),
("w26_050", "2025-04-25", """ALGER - L'Algérie et la Turquie ont procédé jeudi à la signature de douze accords et mémorandums d'entente couvrant plusieurs secteurs.""",
 [a("ont procédé jeudi à la signature de douze accords et mémorandums d'entente", "agreement", "signed", ["DZ", "TR"], "2025-04-24")]),
("w26_051", "2025-09-05", """ABIDJAN - La Côte d'Ivoire et la Banque mondiale ont signé jeudi un accord de prêt de 250 millions de dollars destiné au secteur de l'électricité.""",
 [a("ont signé jeudi un accord de prêt de 250 millions de dollars", "agreement", "signed", ["CI"], "2025-09-04")]),
("w26_052", "2025-01-31", """NIAMEY - Le Niger et la Chine ont signé jeudi un accord de don d'un montant de 100 millions de yuans, en présence du ministre nigérien des Affaires étrangères.""",
 [a("ont signé jeudi un accord de don d'un montant de 100 millions de yuans", "agreement", "signed", ["CN", "NE"], "2025-01-30")]),
("w26_053", "2025-07-25", """TUNIS - La Tunisie et l'Italie ont paraphé jeudi un protocole d'accord relatif à la migration légale.""",
 [a("ont paraphé jeudi un protocole d'accord relatif à la migration légale", "memorandum", "adopted", ["IT", "TN"], "2025-07-24")]),
("w26_054", "2025-03-07", """Le Sénégal et la Gambie ont procédé jeudi à l'échange des instruments de ratification de l'accord sur la libre circulation des personnes.""",
 [a("ont procédé jeudi à l'échange des instruments de ratification de l'accord", "agreement", "ratification", ["GM", "SN"], "2025-03-06")]),
("w26_055", "2025-10-09", """Le Parlement malgache a ratifié mercredi la convention de non double imposition conclue avec Maurice.""",
 [a("a ratifié mercredi la convention de non double imposition conclue avec Maurice", "convention", "ratification", ["MG", "MU"], "2025-10-08")]),
("w26_056", "2025-01-06", """L'accord de coopération en matière de sécurité sociale entre le Maroc et la Belgique est entré en vigueur le 1er janvier 2025.""",
 [a("L'accord de coopération en matière de sécurité sociale entre le Maroc et la Belgique est entré en vigueur le 1er janvier 2025", "agreement", "in_force", ["BE", "MA"], "2025-01-01")]),
("w26_057", "2025-05-20", """Un accord-cadre de coopération économique entre le Cameroun et le Tchad sera signé à l'occasion de la prochaine session de la commission mixte.""",
 [a("Un accord-cadre de coopération économique entre le Cameroun et le Tchad sera signé", "agreement", "planned", ["CM", "TD"])]),
("w26_058", "2025-08-22", """OUAGADOUGOU - Le Burkina Faso et la Russie ont signé jeudi un programme de coopération dans le domaine de l'énergie nucléaire civile.""",
 [a("ont signé jeudi un programme de coopération dans le domaine de l'énergie nucléaire civile", "action_plan", "signed", ["BF", "RU"], "2025-08-21")]),
("w26_059", "2025-02-28", """LIBREVILLE - Le Gabon et l'Agence française de développement ont signé jeudi une convention de financement de 50 milliards de FCFA pour la réhabilitation de la route nationale 1.""",
 [a("ont signé jeudi une convention de financement de 50 milliards de FCFA", "agreement", "signed", ["FR", "GA"], "2025-02-27")]),
("w26_060", "2025-04-30", """Le ministre des Affaires étrangères, Ahmed Attaf, et son homologue slovène ont signé mardi à Alger un programme exécutif de coopération culturelle pour la période 2025-2028.""",
 [a("ont signé mardi à Alger un programme exécutif de coopération culturelle", "action_plan", "signed", ["DZ", "SI"], "2025-04-29")]),
("w26_061", "2025-11-27", """Au terme des entretiens, les deux parties ont signé un communiqué conjoint réaffirmant leur attachement au multilatéralisme. Le ministre nigérien des Affaires étrangères avait été reçu mercredi par son homologue burkinabè.""",
 [a("les deux parties ont signé un communiqué conjoint", "joint_communique", "signed", ["BF", "NE"]),
  m("Le ministre nigérien des Affaires étrangères avait été reçu mercredi par son homologue burkinabè", "talks", ["BF", "NE"], "2025-11-26")]),
("w26_062", "2025-06-06", """Les ministres des Affaires étrangères du Mali, du Burkina Faso et du Niger ont adopté jeudi à Bamako une déclaration commune sur la sécurité au Sahel.""",
 [a("ont adopté jeudi à Bamako une déclaration commune sur la sécurité au Sahel", "joint_communique", "adopted", ["BF", "ML", "NE"], "2025-06-05")]),
("w26_063", "2025-09-16", """La Suisse et le Cameroun ont signé lundi à Yaoundé un accord relatif à la suppression réciproque de l'obligation de visa pour les titulaires de passeports diplomatiques.""",
 [a("ont signé lundi à Yaoundé un accord relatif à la suppression réciproque de l'obligation de visa", "agreement", "signed", ["CH", "CM"], "2025-09-15")]),
# --- trade figures
("w26_064", "2025-02-20", """ALGER - Les échanges commerciaux entre l'Algérie et l'Italie ont atteint 14,3 milliards de dollars en 2024, en hausse de 6,2% par rapport à l'année précédente.""",
 [t("Les échanges commerciaux entre l'Algérie et l'Italie ont atteint 14,3 milliards de dollars en 2024", "trade", 14300000000, "USD", 6.2, "2024", "increase")]),
("w26_065", "2025-03-12", """ABIDJAN - Les exportations ivoiriennes vers la Chine ont progressé de 15,3% l'an dernier, pour s'établir à 412 milliards de FCFA.""",
 [t("Les exportations ivoiriennes vers la Chine ont progressé de 15,3% l'an dernier", "exports", 412000000000, "XOF", 15.3, "2024", "increase")]),
("w26_066", "2025-04-08", """RABAT - Le volume des échanges commerciaux entre le Maroc et le Brésil s'est chiffré à 2,7 milliards de dollars en 2024.""",
 [t("Le volume des échanges commerciaux entre le Maroc et le Brésil s'est chiffré à 2,7 milliards de dollars en 2024", "trade_turnover", 2700000000, "USD", None, "2024")]),
("w26_067", "2025-05-15", """TUNIS - Les importations tunisiennes en provenance de Turquie ont reculé de 8,4% au cours des quatre premiers mois de 2025, à 1,9 milliard de dinars.""",
 [t("Les importations tunisiennes en provenance de Turquie ont reculé de 8,4% au cours des quatre premiers mois de 2025", "imports", 1900000000, "TND", 8.4, "2025-01/2025-04", "decrease")]),
("w26_068", "2025-06-20", """ALGER - Les investissements turcs en Algérie dépassent 6 milliards de dollars, a indiqué l'ambassadeur de Turquie.""",
 [t("Les investissements turcs en Algérie dépassent 6 milliards de dollars", "investment", 6000000000, "USD")]),
("w26_069", "2025-01-28", """PEKIN (Xinhua) - Le commerce entre la Chine et l'Afrique a atteint 295,6 milliards de dollars en 2024, soit une hausse de 4,8% en glissement annuel, selon l'Administration générale des douanes.""",
 [t("Le commerce entre la Chine et l'Afrique a atteint 295,6 milliards de dollars en 2024", "trade", 295600000000, "USD", 4.8, "2024", "increase")]),
("w26_070", "2025-09-03", """DAKAR - Le montant des échanges commerciaux entre le Sénégal et le Mali a été de 1 050 milliards de FCFA en 2024, selon l'Agence nationale de la statistique.""",
 [t("Le montant des échanges commerciaux entre le Sénégal et le Mali a été de 1 050 milliards de FCFA en 2024", "trade", 1050000000000, "XOF", None, "2024")]),
("w26_071", "2025-11-05", """ANKARA (AA) - Le volume des échanges entre la Turquie et le Cameroun a augmenté de 30% au premier semestre 2025 par rapport à la même période de l'année précédente.""",
 [t("Le volume des échanges entre la Turquie et le Cameroun a augmenté de 30% au premier semestre 2025", "trade_turnover", None, None, 30, "2025-01/2025-06", "increase")]),
("w26_072", "2025-07-02", """MOSCOU (Sputnik) - Les échanges commerciaux entre la Russie et l'Algérie se sont élevés à environ 3 milliards de dollars l'an dernier, a déclaré le vice-ministre russe des Affaires étrangères.""",
 [t("Les échanges commerciaux entre la Russie et l'Algérie se sont élevés à environ 3 milliards de dollars l'an dernier", "trade", 3000000000, "USD", None, "2024")]),
("w26_073", "2025-04-14", """LUXEMBOURG - Les exportations luxembourgeoises vers le Maroc ont atteint 120 millions d'euros en 2024.""",
 [t("Les exportations luxembourgeoises vers le Maroc ont atteint 120 millions d'euros en 2024", "exports", 120000000, "EUR", None, "2024")]),
("w26_074", "2025-10-17", """Le stock des investissements directs belges en République démocratique du Congo est estimé à 1,2 milliard d'euros.""",
 [t("Le stock des investissements directs belges en République démocratique du Congo est estimé à 1,2 milliard d'euros", "investment", 1200000000, "EUR")]),
# --- near misses (no fact)
("w26_075", "2025-03-20", """Le Président de la République a invité son homologue sénégalais à effectuer une visite d'Etat en Algérie, à une date qui sera fixée d'un commun accord par la voie diplomatique.""", []),
("w26_076", "2025-04-22", """Le ministre a transmis à son homologue une invitation à se rendre à Rabat, invitation qu'il a acceptée.""", []),
("w26_077", "2025-05-28", """Les deux pays envisagent d'organiser prochainement une session de la commission mixte, dont la date n'a pas encore été fixée.""", []),
("w26_078", "2025-06-30", """La Commission de la CEDEAO a appelé les Etats membres à renforcer la coordination des politiques sécuritaires.""", []),
("w26_079", "2025-07-18", """La balance commerciale de la Tunisie avec la Chine reste déficitaire, le déficit atteignant 7,8 milliards de dinars en 2024.""", []),
("w26_080", "2025-08-12", """Les deux parties se sont fixé pour objectif de porter les échanges commerciaux à 5 milliards de dollars d'ici 2030.""", []),
("w26_081", "2025-09-22", """Le Chef de l'Etat a adressé un message de félicitations à son homologue burkinabè à l'occasion de la fête nationale.""", []),
("w26_082", "2025-10-01", """Le Conseil de paix et de sécurité de l'Union africaine, organe chargé de la prévention des conflits, compte quinze membres.""", []),
("w26_083", "2025-11-11", """L'Organisation internationale de la Francophonie (OIF) regroupe 93 Etats et gouvernements.""", []),
("w26_084", "2025-12-05", """La Chine est le premier partenaire commercial du Cameroun, avec une part de 18% des importations du pays.""", []),
("w26_085", "2025-02-03", """Les deux chefs d'Etat ont convenu de se rencontrer prochainement pour approfondir les discussions.""", []),
("w26_086", "2025-03-03", """Le ministre a présidé samedi une conférence de presse consacrée au bilan de l'action diplomatique du gouvernement.""", []),
("w26_087", "2025-06-16", """Le Président de la République a signé vendredi un décret portant convocation du corps électoral.""", []),
("w26_088", "2025-05-05", """Le Premier ministre a souhaité la tenue d'une réunion du Conseil d'orientation stratégique avant la fin de l'année.""", []),
# --- second batch: rarer formulas
("w26_089", "2025-04-16", """YAOUNDE - Le ministre des Relations extérieures, Lejeune Mbella Mbella, a été reçu en audience mardi par le Président de la République du Tchad, Mahamat Idriss Deby Itno, à N'Djamena.""",
 [m("a été reçu en audience mardi par le Président de la République du Tchad", "talks", ["CM", "TD"], "2025-04-15", "N'Djamena")]),
("w26_090", "2025-05-21", """LIBREVILLE - Le ministre des Affaires étrangères de la Guinée équatoriale a effectué mardi une visite d'amitié et de travail au Gabon, au cours de laquelle il a été reçu par le Chef de l'Etat.""",
 [m("a effectué mardi une visite d'amitié et de travail au Gabon", "visit", ["GA", "GQ"], "2025-05-20")]),
("w26_091", "2025-06-25", """Le Président de la République, Son Excellence Monsieur Faustin-Archange Touadéra, a eu un entretien en tête-à-tête lundi avec son homologue congolais, Denis Sassou Nguesso, avant une séance de travail élargie aux délégations des deux pays.""",
 [m("a eu un entretien en tête-à-tête lundi avec son homologue congolais", "talks", ["CF", "CG"], "2025-06-23")]),
("w26_092", "2025-09-12", """PEKIN, 11 septembre (Xinhua) -- Le président chinois Xi Jinping s'est entretenu jeudi au Grand Palais du Peuple à Beijing avec le président togolais Faure Gnassingbé, en visite d'Etat en Chine.""",
 [m("s'est entretenu jeudi au Grand Palais du Peuple à Beijing avec le président togolais", "visit", ["CN", "TG"], "2025-09-11", "Beijing")]),
("w26_093", "2025-10-24", """MOSCOU, 23 octobre (TASS) - Des pourparlers russo-maliens se sont tenus jeudi à Moscou entre les ministres des Affaires étrangères des deux pays.""",
 [m("Des pourparlers russo-maliens se sont tenus jeudi à Moscou", "talks", ["ML", "RU"], "2025-10-23", "Moscow")]),
("w26_094", "2025-02-19", """ANKARA (AA) - Le ministre turc des Affaires étrangères, Hakan Fidan, a reçu mardi à Ankara son homologue djiboutien, Abdoulkader Houssein Omar.""",
 [m("a reçu mardi à Ankara son homologue djiboutien", "talks", ["DJ", "TR"], "2025-02-18", "Ankara")]),
("w26_095", "2025-11-26", """La 12e session de la Commission mixte algéro-nigérienne se tiendra le 1er décembre 2025 à Niamey, a annoncé le ministère des Affaires étrangères.""",
 [m("La 12e session de la Commission mixte algéro-nigérienne se tiendra le 1er décembre 2025 à Niamey", "joint_commission", ["DZ", "NE"], "2025-12-01", "Niamey", status="planned")]),
("w26_096", "2025-02-17", """ADDIS-ABEBA - Le Premier ministre a représenté le Chef de l'Etat camerounais au 38e Sommet ordinaire de l'Union africaine, qui s'est ouvert samedi 15 février à Addis-Abeba.""",
 [m("au 38e Sommet ordinaire de l'Union africaine, qui s'est ouvert samedi 15 février à Addis-Abeba", "summit", ["CM"], "2025-02-15", "Addis Ababa")]),
("w26_097", "2025-11-21", """La 46e session de la Conférence ministérielle de la Francophonie s'est tenue jeudi à Kigali, en présence de la Secrétaire générale de l'OIF et de ministres de 40 pays.""",
 [m("La 46e session de la Conférence ministérielle de la Francophonie s'est tenue jeudi à Kigali", "conference", [], "2025-11-20", "Kigali")]),
("w26_098", "2025-03-14", """Le Président de la République a pris congé jeudi de l'ambassadeur d'Allemagne, en fin de mission au Sénégal.""",
 [m("a pris congé jeudi de l'ambassadeur d'Allemagne", "talks", ["DE", "SN"], "2025-03-13")]),
("w26_099", "2025-07-31", """BRUXELLES - Le ministre belge des Affaires étrangères s'est entretenu mercredi par visioconférence avec son homologue rwandais.""",
 [m("s'est entretenu mercredi par visioconférence avec son homologue rwandais", "videoconference", ["BE", "RW"], "2025-07-30")]),
("w26_100", "2025-08-19", """BERNE - La conseillère fédérale a rencontré lundi à Genève le ministre libanais des Affaires étrangères, Youssef Rajji, en marge d'une conférence sur l'aide humanitaire.""",
 [m("a rencontré lundi à Genève le ministre libanais des Affaires étrangères", "talks", ["CH", "LB"], "2025-08-18", "Geneva"),
  m("en marge d'une conférence sur l'aide humanitaire", "conference", ["CH", "LB"], "2025-08-18", "Geneva")]),
("w26_101", "2025-05-07", """Le Maroc et la Côte d'Ivoire ont procédé mardi à Abidjan à la signature d'un mémorandum d'entente relatif à la formation des diplomates.""",
 [a("ont procédé mardi à Abidjan à la signature d'un mémorandum d'entente", "memorandum", "signed", ["CI", "MA"], "2025-05-06")]),
("w26_102", "2025-12-18", """Le Conseil des ministres a adopté mercredi le projet de loi portant autorisation de ratification de l'accord de coopération militaire entre le Niger et la Russie.""",
 [a("projet de loi portant autorisation de ratification de l'accord de coopération militaire entre le Niger et la Russie", "agreement", "ratification", ["NE", "RU"])]),
("w26_103", "2025-01-21", """Un accord de siège a été signé lundi entre le gouvernement djiboutien et l'Organisation internationale pour les migrations.""",
 [a("Un accord de siège a été signé lundi", "agreement", "signed", ["DJ"], "2025-01-20")]),
("w26_104", "2025-06-03", """Les deux pays ont conclu un accord de crédit de 80 millions de dollars pour la construction d'un barrage, a indiqué le ministre malien de l'Economie.""",
 [a("ont conclu un accord de crédit de 80 millions de dollars", "agreement", "adopted", ["ML"])]),
("w26_105", "2025-09-30", """Un mémorandum d'entente entre Madagascar et les Comores dans le domaine de la pêche sera signé le 10 octobre prochain à Moroni.""",
 [a("Un mémorandum d'entente entre Madagascar et les Comores dans le domaine de la pêche sera signé", "memorandum", "planned", ["KM", "MG"])]),
("w26_106", "2025-03-26", """PORT-AU-PRINCE - Haïti et le Canada ont signé mardi un accord de contribution de 20 millions de dollars canadiens en appui à la Police nationale d'Haïti.""",
 [a("ont signé mardi un accord de contribution de 20 millions de dollars canadiens", "agreement", "signed", ["CA", "HT"], "2025-03-25")]),
("w26_107", "2025-04-04", """Le traité d'amitié et de coopération entre la République du Congo et la Russie, signé à Moscou en 2019, est entré en vigueur le 1er avril.""",
 [a("Le traité d'amitié et de coopération entre la République du Congo et la Russie", "treaty", "in_force", ["CG", "RU"], "2025-04-01")]),
("w26_108", "2025-02-12", """DAKAR - Le volume des échanges commerciaux entre le Sénégal et le Maroc est passé de 130 milliards de FCFA en 2022 à 175 milliards de FCFA en 2024.""",
 [t("Le volume des échanges commerciaux entre le Sénégal et le Maroc est passé de 130 milliards de FCFA en 2022 à 175 milliards de FCFA en 2024", "trade_turnover", 175000000000, "XOF", None, "2024"),
  t("130 milliards de FCFA en 2022", "trade_turnover", 130000000000, "XOF", None, "2022")]),
("w26_109", "2025-10-10", """ALGER - Les exportations hors hydrocarbures de l'Algérie vers la Mauritanie ont atteint 9,8 milliards de dinars durant les neuf premiers mois de l'année.""",
 [t("Les exportations hors hydrocarbures de l'Algérie vers la Mauritanie ont atteint 9,8 milliards de dinars durant les neuf premiers mois de l'année", "exports", 9800000000, "DZD", None, "2025-01/2025-09")]),
("w26_110", "2025-03-04", """Les investissements directs chinois en Afrique ont atteint 42 milliards de dollars à fin 2024, selon le ministère chinois du Commerce.""",
 [t("Les investissements directs chinois en Afrique ont atteint 42 milliards de dollars à fin 2024", "investment", 42000000000, "USD", None, "2024")]),
("w26_111", "2025-07-08", """Les importations camerounaises en provenance de France se sont établies à 560 milliards de FCFA l'an dernier, contre 510 milliards en 2023.""",
 [t("Les importations camerounaises en provenance de France se sont établies à 560 milliards de FCFA l'an dernier", "imports", 560000000000, "XAF", None, "2024"),
  t("contre 510 milliards en 2023", "imports", 510000000000, "XAF", None, "2023")]),
("w26_112", "2025-05-16", """TUNIS - Les échanges commerciaux tuniso-algériens ont enregistré une baisse de 3,5% en 2024.""",
 [t("Les échanges commerciaux tuniso-algériens ont enregistré une baisse de 3,5% en 2024", "trade", None, None, 3.5, "2024", "decrease")]),
("w26_113", "2025-08-26", """Le Président de la République a signé le livre de condoléances ouvert à l'ambassade du Japon.""", []),
("w26_114", "2025-01-10", """Le Chef de l'Etat a reçu jeudi les vœux de nouvel an du corps diplomatique accrédité au Cameroun.""", []),
("w26_115", "2025-04-29", """Les deux ministres sont convenus de se retrouver à une date ultérieure pour la tenue de la prochaine session de la commission mixte.""", []),
("w26_116", "2025-06-13", """Le chef du gouvernement a décliné l'invitation à participer au forum, en raison d'un calendrier chargé.""", []),
("w26_117", "2025-10-29", """La Banque ouest-africaine de développement a accordé au Togo un prêt de 25 milliards de FCFA pour financer des routes rurales.""", []),
("w26_118", "2025-11-18", """L'Union européenne a annoncé une aide humanitaire de 10 millions d'euros en faveur des populations du Sahel.""", []),
("w26_119", "2025-09-02", """Le Président de la République doit se rendre prochainement en Chine, selon une source diplomatique.""",
 [m("doit se rendre prochainement en Chine", "visit", ["CN"], status="planned")]),
("w26_120", "2025-12-01", """Le Chef de l'Etat a présidé jeudi le Conseil des ministres au Palais de la présidence.""", []),
# --- third batch: Sahel and Indian Ocean idioms, numbers in brackets, local currencies
("w26_121", "2025-04-08", """BAMAKO (AMAP) - Le Premier ministre burkinabè a foulé lundi le sol malien pour une visite de travail de quarante-huit heures.""",
 [m("a foulé lundi le sol malien pour une visite de travail", "visit", ["BF", "ML"], "2025-04-07")]),
("w26_122", "2025-06-17", """NIAMEY - Le ministre togolais des Affaires étrangères a été accueilli lundi à sa descente d'avion à l'aéroport de Niamey par son homologue nigérien.""",
 [m("a été accueilli lundi à sa descente d'avion à l'aéroport de Niamey", "visit", ["NE", "TG"], "2025-06-16", "Niamey")]),
("w26_123", "2025-03-05", """Le Président de la Transition, Chef de l'Etat, le Général d'Armée Assimi Goïta, a reçu mardi au Palais de Koulouba le ministre russe de la Défense.""",
 [m("a reçu mardi au Palais de Koulouba le ministre russe de la Défense", "talks", ["ML", "RU"], "2025-03-04", "Bamako")]),
("w26_124", "2025-10-14", """RABAT - Les deux ministres ont coprésidé lundi à Rabat les travaux de la 14e session de la Haute commission mixte maroco-sénégalaise.""",
 [m("ont coprésidé lundi à Rabat les travaux de la 14e session de la Haute commission mixte maroco-sénégalaise", "joint_commission", ["MA", "SN"], "2025-10-13", "Rabat")]),
("w26_125", "2025-07-22", """Le Chef de l'Etat a pris part lundi par visioconférence au sommet extraordinaire de la Communauté économique des Etats de l'Afrique centrale (CEEAC), depuis le Palais de l'Unité à Yaoundé.""",
 [m("a pris part lundi par visioconférence au sommet extraordinaire", "summit", ["CM"], "2025-07-21")]),
("w26_126", "2025-02-27", """Le ministre des Affaires étrangères du Bénin est arrivé hier soir à Niamey, porteur d'un message du Président Patrice Talon à son homologue nigérien.""",
 [m("est arrivé hier soir à Niamey", "visit", ["BJ", "NE"], "2025-02-26", "Niamey")]),
("w26_127", "2025-09-10", """La deuxième session du Mécanisme de consultations politiques entre la Côte d'Ivoire et le Ghana s'est tenue mardi à Accra.""",
 [m("La deuxième session du Mécanisme de consultations politiques entre la Côte d'Ivoire et le Ghana s'est tenue mardi à Accra", "consultations", ["CI", "GH"], "2025-09-09", "Accra")]),
("w26_128", "2025-05-13", """Le Président de la République a échangé au téléphone, lundi, avec son homologue togolais, Faure Gnassingbé.""",
 [m("a échangé au téléphone, lundi, avec son homologue togolais", "phone_call", ["TG"], "2025-05-12")]),
("w26_129", "2025-08-05", """Le ministre des Affaires étrangères des Comores a offert lundi un déjeuner en l'honneur de son homologue malgache, en visite à Moroni.""",
 [m("a offert lundi un déjeuner en l'honneur de son homologue malgache, en visite à Moroni", "visit", ["KM", "MG"], "2025-08-04", "Moroni")]),
("w26_130", "2025-11-25", """Le Premier ministre haïtien s'est entretenu samedi à Santo Domingo avec le président dominicain, Luis Abinader.""",
 [m("s'est entretenu samedi à Santo Domingo avec le président dominicain", "talks", ["DO", "HT"], "2025-11-22", "Santo Domingo")]),
("w26_131", "2025-04-23", """OUAGADOUGOU (ABP) - Le Burkina Faso et le Niger ont signé mardi sept (07) accords de coopération dans les domaines de l'énergie, des mines et de la sécurité.""",
 [a("ont signé mardi sept (07) accords de coopération", "agreement", "signed", ["BF", "NE"], "2025-04-22")]),
("w26_132", "2025-06-11", """Un protocole d'accord portant sur la formation des agents consulaires a été signé mardi à Moroni entre les Comores et le Maroc.""",
 [a("Un protocole d'accord portant sur la formation des agents consulaires a été signé mardi à Moroni", "memorandum", "signed", ["KM", "MA"], "2025-06-10")]),
("w26_133", "2025-03-18", """Les deux ministres ont signé lundi une lettre d'intention sur la coopération en matière d'énergies renouvelables entre le Luxembourg et le Cap-Vert.""",
 [a("ont signé lundi une lettre d'intention sur la coopération en matière d'énergies renouvelables", "memorandum", "signed", ["CV", "LU"], "2025-03-17")]),
("w26_134", "2025-10-30", """Au terme des travaux, les deux délégations ont signé le procès-verbal de la 5e session de la commission mixte guinéo-sierra-léonaise.""",
 [a("les deux délégations ont signé le procès-verbal", "protocol", "signed", ["GN", "SL"]),
  m("la 5e session de la commission mixte guinéo-sierra-léonaise", "joint_commission", ["GN", "SL"])]),
("w26_135", "2025-05-29", """La ville de Dakar et la ville de Marseille ont signé mercredi un accord de jumelage.""", []),
("w26_136", "2025-07-15", """L'Université Cheikh Anta Diop et une université marocaine ont signé lundi une convention de partenariat.""", []),
("w26_137", "2025-02-18", """ABIDJAN - Les échanges commerciaux entre la Côte d'Ivoire et le Ghana ont atteint 1.200 milliards de FCFA en 2024.""",
 [t("Les échanges commerciaux entre la Côte d'Ivoire et le Ghana ont atteint 1.200 milliards de FCFA en 2024", "trade", 1200000000000, "XOF", None, "2024")]),
("w26_138", "2025-09-24", """Les échanges commerciaux entre la Chine et Madagascar se chiffrent à 1,6 milliard de dollars US en 2024, selon l'ambassade de Chine.""",
 [t("Les échanges commerciaux entre la Chine et Madagascar se chiffrent à 1,6 milliard de dollars US en 2024", "trade", 1600000000, "USD", None, "2024")]),
("w26_139", "2025-04-02", """ANTANANARIVO - Les exportations malgaches vers Maurice ont atteint 350 milliards d'ariary en 2024.""",
 [t("Les exportations malgaches vers Maurice ont atteint 350 milliards d'ariary en 2024", "exports", 350000000000, "MGA", None, "2024")]),
("w26_140", "2025-06-05", """RABAT - Les importations marocaines en provenance d'Espagne ont représenté 12,4 milliards de dirhams (MMDH) au premier trimestre 2025.""",
 [t("Les importations marocaines en provenance d'Espagne ont représenté 12,4 milliards de dirhams (MMDH) au premier trimestre 2025", "imports", 12400000000, "MAD", None, "2025-01/2025-03")]),
("w26_141", "2025-01-29", """Le volume des échanges entre l'Algérie et la Tunisie a connu une hausse de 20% en 2024, selon le ministère du Commerce.""",
 [t("Le volume des échanges entre l'Algérie et la Tunisie a connu une hausse de 20% en 2024", "trade_turnover", None, None, 20, "2024", "increase")]),
("w26_142", "2025-11-12", """Les investissements directs étrangers chinois au Cameroun se sont élevés à 3,2 milliards USD à fin 2024.""",
 [t("Les investissements directs étrangers chinois au Cameroun se sont élevés à 3,2 milliards USD à fin 2024", "investment", 3200000000, "USD", None, "2024")]),
("w26_143", "2025-08-20", """BEYROUTH - Les importations libanaises en provenance de Turquie ont reculé de 9% en 2024.""",
 [t("Les importations libanaises en provenance de Turquie ont reculé de 9% en 2024", "imports", None, None, 9, "2024", "decrease")]),
("w26_144", "2025-05-06", """Le commerce bilatéral entre la Chine et le Sénégal a atteint 30 milliards de yuans, soit environ 4,1 milliards de dollars, en 2024.""",
 [t("Le commerce bilatéral entre la Chine et le Sénégal a atteint 30 milliards de yuans", "trade", 30000000000, "CNY", None, "2024")]),
("w26_145", "2025-03-11", """Le Président a exprimé le souhait de voir les échanges commerciaux entre les deux pays atteindre 1 milliard de dollars.""", []),
("w26_146", "2025-07-01", """Le Premier ministre a reçu les membres de la Chambre de commerce, d'industrie et d'artisanat, venus lui présenter leurs doléances.""", []),
("w26_147", "2025-09-16", """La cérémonie de signature de l'accord, initialement prévue, a été reportée sine die.""", []),
("w26_148", "2025-12-09", """Les deux chefs d'Etat ont réaffirmé leur volonté de tenir régulièrement des sessions de la commission mixte.""", []),
("w26_149", "2025-02-06", """Le ministre a rappelé que la Côte d'Ivoire est membre de l'UEMOA, de la CEDEAO et de l'Union africaine.""", []),
("w26_150", "2025-10-08", """La part de l'Union européenne dans les exportations tunisiennes s'élève à 70%.""", []),
]

# The documents whose fixture holds (README.md: the others, and why); make.py writes fixtures for these only.
HOLDS = {"w26_001", "w26_002", "w26_003", "w26_004", "w26_006", "w26_007", "w26_008", "w26_009", "w26_010", "w26_011", "w26_013", "w26_014", "w26_015", "w26_016", "w26_017", "w26_018", "w26_019", "w26_020", "w26_021", "w26_022", "w26_023", "w26_024", "w26_025", "w26_026", "w26_027", "w26_028", "w26_029", "w26_030", "w26_031", "w26_032", "w26_033", "w26_034", "w26_035", "w26_036", "w26_037", "w26_038", "w26_039", "w26_040", "w26_041", "w26_042", "w26_044", "w26_045", "w26_046", "w26_047", "w26_048", "w26_049", "w26_050", "w26_051", "w26_052", "w26_053", "w26_054", "w26_055", "w26_056", "w26_057", "w26_058", "w26_059", "w26_060", "w26_061", "w26_062", "w26_063", "w26_064", "w26_065", "w26_066", "w26_067", "w26_068", "w26_069", "w26_070", "w26_071", "w26_072", "w26_073", "w26_074", "w26_075", "w26_076", "w26_077", "w26_078", "w26_079", "w26_080", "w26_081", "w26_082", "w26_083", "w26_084", "w26_085", "w26_086", "w26_087", "w26_088", "w26_089", "w26_090", "w26_091", "w26_092", "w26_093", "w26_094", "w26_095", "w26_096", "w26_097", "w26_098", "w26_099", "w26_100", "w26_101", "w26_102", "w26_103", "w26_104", "w26_105", "w26_106", "w26_107", "w26_108", "w26_109", "w26_110", "w26_111", "w26_112", "w26_113", "w26_114", "w26_115", "w26_116", "w26_117", "w26_118", "w26_119", "w26_120", "w26_121", "w26_122", "w26_123", "w26_124", "w26_126", "w26_127", "w26_128", "w26_129", "w26_130", "w26_131", "w26_132", "w26_133", "w26_134", "w26_135", "w26_136", "w26_137", "w26_138", "w26_139", "w26_140", "w26_141", "w26_142", "w26_143", "w26_145", "w26_146", "w26_147", "w26_148", "w26_149", "w26_150"}

def fixture_value(v):
    # an amount stays a JSON object in these fixtures ({"amount": ..., "currency": ...})
    return json.dumps(v) if isinstance(v, dict) else matrixlib.yaml_value(v)

def fixture_lines(id, ref, facts):
    shown = []
    for type, ev, fields, extra in facts:
        fx = dict(fields); fx.update(extra)
        if type == "TradeFigure" and "amount" in fx:
            fx["amount"] = {"amount": fx["amount"], "currency": fx.pop("currency")}
        shown.append((type, fx))
    comment = f"wire26fr matrix: {id}; gold in gold.jsonl, made by make.py."
    return matrixlib.fixture_lines(comment, id, "fr", ref, ["Meeting", "Agreement", "TradeFigure"], shown, value=fixture_value)

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    alldir = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--all" else None
    # docs/ is not cleared and only the w26_ fixtures are written: the hand-written fixtures beside them stay
    with matrixlib.Matrix(here, clear_docs=False) as mx:
        for id, ref, text, facts in DOCS:
            record = {"lang": "fr"}
            if ref: record["reference_date"] = ref
            mx.document(id, text, record)
            for type, ev, fields, extra in facts:
                assert ev in text, (id, ev)
                mx.gold(id, type, ev, fields)
            mx.fixture(id, fixture_lines(id, ref, facts), id in HOLDS, alldir)
