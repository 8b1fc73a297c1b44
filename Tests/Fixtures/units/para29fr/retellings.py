#!/usr/bin/env python3
"""para29fr — the read evaluation sets' facts told by other writers, in French (session 29).

Each entry retells one document of Evaluation/hold39 … hold49 (English or French original), written by hand before
the rule pack was opened, as a French-language outlet would (AFP, a Belgian, Swiss, Quebec or West African daily, a
ministry communiqué, RFI's radio transcript, a Maghreb weekly): other order, verbs and nouns, date and number forms,
passive/active, headlines, datelines, page noise. Same facts as the original's gold (kinds, statuses, countries,
dates, places, amounts). Writes docs/, index.jsonl (the original's reference date, lang fr, the original's id in
`original`) and gold.jsonl in the dev set's format, and fixtures/ (one per retelling read exactly right).
Run: python3 retellings.py"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'Evaluation'))

sys.path.insert(0, os.path.dirname(HERE))
from matrixlib import M, A, T  # the gold builders shared by the retold sets

DOCS = []
def D(orig, outlet, text, facts):
    """orig = 'hold39/en_004'; outlet = the kind of outlet imitated."""
    DOCS.append((orig, outlet, text.strip() + '\n', facts))

def doc_id(orig):
    h, i = orig.split('/')
    return 'fr_h%s%s%s' % (h[4:], i[:2], i[3:])

# ---------------------------------------------------------------- hold39/en_004 (2024-06-10)
D('hold39/en_004', 'Baltic correspondent, French daily', """
OTAN : Washington et Tallinn accordent leurs violons avant le sommet

Le secrétaire d'État américain, Antony Blinken, a eu lundi un entretien téléphonique avec le chef de la diplomatie estonienne, Margus Tsahkna, à quelques semaines du sommet de l'Alliance atlantique que les États-Unis accueilleront en juillet à Washington.

M. Blinken a salué l'effort de défense de l'Estonie, qui y consacre plus de 3 % de son PIB, ainsi que son soutien sans faille à Kiev. Il a évoqué le souvenir de son passage à Tallinn, en octobre 2023, et remercié son interlocuteur pour le rôle joué par son pays dans la conclusion du protocole d'entente sur les minerais critiques et la sécurité des chaînes d'approvisionnement, que les deux gouvernements ont signé en avril.

Autre rendez-vous à l'agenda : le dialogue entre les États-Unis et les pays baltes (Estonie, Lettonie, Lituanie), dont le département d'État sera l'hôte le 22 juillet dans la capitale fédérale, Washington.

Les deux responsables ont réaffirmé leur volonté commune de contrer la désinformation et les actes de sabotage russes en mer Baltique.
""", [
    ("Antony Blinken, a eu lundi un entretien téléphonique avec le chef de la diplomatie estonienne", M('phone_call', ['EE', 'US'], '2024-06-10')),
    ("du sommet de l'Alliance atlantique que les États-Unis accueilleront en juillet à Washington", M('summit', ['EE', 'US'], '2024-07', 'Washington')),
    ("Il a évoqué le souvenir de son passage à Tallinn, en octobre 2023", M('visit', ['EE', 'US'], '2023-10', 'Tallinn')),
    ("du protocole d'entente sur les minerais critiques et la sécurité des chaînes d'approvisionnement, que les deux gouvernements ont signé en avril", A('memorandum', 'signed', ['EE', 'US'], '2024-04')),
    ("le dialogue entre les États-Unis et les pays baltes (Estonie, Lettonie, Lituanie), dont le département d'État sera l'hôte le 22 juillet dans la capitale fédérale, Washington", M('consultations', ['EE', 'LT', 'LV', 'US'], '2024-07-22', 'Washington')),
])

# ---------------------------------------------------------------- hold39/fr_004 (2023-12-14)
D('hold39/fr_004', 'AFP wire', """
La France et la Turquie veulent relancer leur dialogue économique

PARIS, 14 déc 2023 (AFP) - Le ministre turc des Affaires étrangères Hakan Fidan a été accueilli jeudi au Quai d'Orsay par son homologue française Catherine Colonna, une rencontre décidée lors d'un échange téléphonique entre les deux ministres le 7 juillet dernier.

Selon le ministère français, les deux responsables ont passé en revue l'application de la feuille de route franco-turque, entérinée l'an dernier et actuellement mise en œuvre dans les domaines migratoire, énergétique et éducatif. Le Proche-Orient, l'Ukraine et le Caucase du Sud ont également été abordés.

Le commerce entre les deux pays s'est élevé l'an dernier à 22,5 milliards d'euros, soit une progression de 19 %. Paris et Ankara ont convenu de réactiver leur commission économique et commerciale mixte (JETCO), qui se réunira à Ankara au cours du premier semestre 2024.

Mme Colonna a été invitée à se rendre en Turquie l'année prochaine.
""", [
    ("Hakan Fidan a été accueilli jeudi au Quai d'Orsay par son homologue française Catherine Colonna", M('talks', ['FR', 'TR'], '2023-12-14', 'Paris')),
    ("lors d'un échange téléphonique entre les deux ministres le 7 juillet dernier", M('phone_call', ['FR', 'TR'], '2023-07-07')),
    ("la feuille de route franco-turque, entérinée l'an dernier et actuellement mise en œuvre", A('roadmap', 'in_force', ['FR', 'TR'])),
    ("Le commerce entre les deux pays s'est élevé l'an dernier à 22,5 milliards d'euros, soit une progression de 19 %", T('trade', 22500000000, 'EUR', 19, 'increase', '2022')),
    ("leur commission économique et commerciale mixte (JETCO), qui se réunira à Ankara au cours du premier semestre 2024", M('joint_commission', ['FR', 'TR'], '2024', 'Ankara')),
])

# ---------------------------------------------------------------- hold39/fr_006 (2017-03-22)
D('hold39/fr_006', 'Swiss daily, world briefs', """
Le monde en bref

Kiev — Le Danemark et l'Ukraine ont paraphé lundi un mémorandum d'entente consacré à l'efficacité énergétique, à l'occasion de la visite dans la capitale ukrainienne du chef de la diplomatie danoise, Anders Samuelsen, reçu par Pavlo Klimkine. Copenhague y affectera une enveloppe de plus de 20 millions d'euros.

Tallinn — Réunis mardi dans la capitale estonienne pour leur séance de travail commune annuelle, les gouvernements finlandais et estonien se sont penchés sur les transports et le numérique. Une lettre d'intention sur les études d'un tunnel ferroviaire sous le golfe de Finlande a été signée à cette occasion par les deux chefs de gouvernement.

Tbilissi — Binali Yıldırım se rendra jeudi à Tbilissi, où se réunit le Conseil turco-géorgien de coopération stratégique de haut niveau. Le commerce bilatéral s'est établi l'an dernier à 1,4 milliard de dollars (-7 %), d'après l'office turc de la statistique.
""", [
    ("Le Danemark et l'Ukraine ont paraphé lundi un mémorandum d'entente consacré à l'efficacité énergétique", A('memorandum', 'signed', ['DK', 'UA'], '2017-03-20')),
    ("à l'occasion de la visite dans la capitale ukrainienne du chef de la diplomatie danoise, Anders Samuelsen", M('visit', ['DK', 'UA'], '2017-03-20', 'Kyiv')),
    ("Réunis mardi dans la capitale estonienne pour leur séance de travail commune annuelle, les gouvernements finlandais et estonien", M('consultations', ['EE', 'FI'], '2017-03-21', 'Tallinn')),
    ("Une lettre d'intention sur les études d'un tunnel ferroviaire sous le golfe de Finlande a été signée à cette occasion par les deux chefs de gouvernement", A('memorandum', 'signed', ['EE', 'FI'], '2017-03-21')),
    ("Binali Yıldırım se rendra jeudi à Tbilissi, où se réunit le Conseil turco-géorgien de coopération stratégique de haut niveau", M('joint_commission', ['GE', 'TR'], '2017-03-23', 'Tbilisi')),
    ("Le commerce bilatéral s'est établi l'an dernier à 1,4 milliard de dollars (-7 %)", T('trade', 1400000000, 'USD', 7, 'decrease', '2016')),
])

# ---------------------------------------------------------------- hold40/en_002 (2022-03-18)
D('hold40/en_002', 'Quebec daily', """
Blinken félicite la nouvelle cheffe de la diplomatie chilienne

Le secrétaire d'État américain, Antony Blinken, s'est entretenu vendredi au téléphone avec la ministre chilienne des Relations extérieures, Antonia Urrejola, pour la féliciter de sa nomination et réaffirmer la solidité du partenariat entre Washington et Santiago. Changements climatiques, migrations sur le continent et guerre menée par la Russie en Ukraine figuraient au menu.

M. Blinken a salué le rôle du Chili dans l'application de l'Accord de libre-échange États-Unis–Chili, en vigueur depuis 2004. Les deux gouvernements tiendront en mai, à Santiago, une nouvelle séance de leur dialogue économique.

Le secrétaire d'État compte par ailleurs retrouver Mme Urrejola au Sommet des Amériques, que les États-Unis organisent en juin à Los Angeles. Les deux ministres ont enfin fait le point sur le protocole d'entente relatif aux énergies propres que Washington et Santiago ont signé l'an dernier.
""", [
    ("Antony Blinken, s'est entretenu vendredi au téléphone avec la ministre chilienne des Relations extérieures", M('phone_call', ['CL', 'US'], '2022-03-18')),
    ("l'Accord de libre-échange États-Unis–Chili, en vigueur depuis 2004", A('agreement', 'in_force', ['CL', 'US'], '2004', 'Accord de libre-échange États-Unis–Chili')),
    ("Les deux gouvernements tiendront en mai, à Santiago, une nouvelle séance de leur dialogue économique", M('consultations', ['CL', 'US'], '2022-05', 'Santiago')),
    ("au Sommet des Amériques, que les États-Unis organisent en juin à Los Angeles", M('summit', ['CL', 'US'], '2022-06', 'Los Angeles')),
    ("le protocole d'entente relatif aux énergies propres que Washington et Santiago ont signé l'an dernier", A('memorandum', 'signed', ['CL', 'US'], '2021')),
])

# ---------------------------------------------------------------- hold40/fr_007 (2025-06-18)
D('hold40/fr_007', 'AFP wire', """
Mongolie: visite du chef de la diplomatie japonaise, un programme d'action signé

OULAN-BATOR, 17 juin 2025 (AFP) - Premier ministre japonais des Affaires étrangères à se rendre en Mongolie depuis trois ans, Takeshi Iwaya a entamé lundi soir une visite de deux jours à Oulan-Bator, marquée par la relance du partenariat économique entre les deux pays.

Après un tête-à-tête mardi avec le président Ukhnaagiin Khurelsukh, M. Iwaya a présidé avec la ministre mongole Battsetseg Batmunkh la 4e session du comité mixte de suivi de l'accord de partenariat économique entre le Japon et la Mongolie, entré en vigueur en 2016.

Un programme d'action 2025-2029 pour le partenariat stratégique a été signé par les deux ministres.

Le commerce bilatéral s'est contracté de 8 % l'an dernier, à 540 millions de dollars, pénalisé par le recul des ventes de voitures japonaises d'occasion, selon Oulan-Bator.

Le président Khurelsukh, qui avait eu un entretien téléphonique en février avec le Premier ministre japonais Shigeru Ishiba, a été invité à l'Exposition universelle d'Osaka.
""", [
    ("Takeshi Iwaya a entamé lundi soir une visite de deux jours à Oulan-Bator", M('visit', ['JP', 'MN'], '2025-06-16', 'Ulaanbaatar')),
    ("la 4e session du comité mixte de suivi de l'accord de partenariat économique entre le Japon et la Mongolie", M('joint_commission', ['JP', 'MN'], '2025-06-17', 'Ulaanbaatar')),
    ("l'accord de partenariat économique entre le Japon et la Mongolie, entré en vigueur en 2016", A('agreement', 'in_force', ['JP', 'MN'], '2016', 'accord de partenariat économique entre le Japon et la Mongolie')),
    ("Un programme d'action 2025-2029 pour le partenariat stratégique a été signé par les deux ministres", A('action_plan', 'signed', ['JP', 'MN'])),
    ("Le commerce bilatéral s'est contracté de 8 % l'an dernier, à 540 millions de dollars", T('trade', 540000000, 'USD', 8, 'decrease', '2024')),
    ("qui avait eu un entretien téléphonique en février avec le Premier ministre japonais Shigeru Ishiba", M('phone_call', ['JP', 'MN'], '2025-02')),
])

# ---------------------------------------------------------------- hold40/en_001 (2019-11-14)
D('hold40/en_001', 'Quebec daily', """
Séismes et mines : Tokyo et Lima se rapprochent

TOKYO | Le président péruvien Martín Vizcarra, arrivé jeudi au Japon pour une visite officielle de quatre jours, s'est entendu avec le premier ministre Shinzo Abe pour renforcer la coopération minière et la prévention des catastrophes.

À l'issue d'un entretien d'une heure environ dans les bureaux du premier ministre, un mémorandum de coopération sur les systèmes d'alerte précoce aux séismes a été signé par des responsables des deux pays. Un accord visant à éviter la double imposition, en négociation depuis 2017, devrait pour sa part être conclu et signé l'an prochain, selon la diplomatie japonaise.

Les deux dirigeants s'étaient vus pour la dernière fois en marge du sommet de l'APEC à Port Moresby, l'année dernière. M. Vizcarra se rendra samedi à Osaka pour y rencontrer des gens d'affaires avant de regagner Lima.

La veille de son arrivée, mercredi, les chefs de la diplomatie des deux pays, Toshimitsu Motegi et Gustavo Meza-Cuadra, se sont parlé au téléphone de la crise au Venezuela.
""", [
    ("arrivé jeudi au Japon pour une visite officielle de quatre jours", M('visit', ['JP', 'PE'], '2019-11-14')),
    ("un mémorandum de coopération sur les systèmes d'alerte précoce aux séismes a été signé par des responsables des deux pays", A('memorandum', 'signed', ['JP', 'PE'], '2019-11-14')),
    ("Un accord visant à éviter la double imposition, en négociation depuis 2017, devrait pour sa part être conclu et signé l'an prochain", A('agreement', 'planned', ['JP', 'PE'])),
    ("Les deux dirigeants s'étaient vus pour la dernière fois en marge du sommet de l'APEC à Port Moresby, l'année dernière", M('talks', ['JP', 'PE'], '2018', 'Port Moresby')),
    ("du sommet de l'APEC à Port Moresby, l'année dernière", M('summit', ['JP', 'PE'], '2018', 'Port Moresby')),
    ("les chefs de la diplomatie des deux pays, Toshimitsu Motegi et Gustavo Meza-Cuadra, se sont parlé au téléphone", M('phone_call', ['JP', 'PE'], '2019-11-13')),
])

# ---------------------------------------------------------------- hold41/en_001 (2022-03-14)
D('hold41/en_001', 'RFI radio transcript', """
[Journal de 18 heures – transcription]

Présentatrice : Washington cherche des soutiens en Asie du Sud-Est face à la guerre en Ukraine. Ce lundi, le secrétaire d'État Antony Blinken et la ministre indonésienne des Affaires étrangères Retno Marsudi ont eu un entretien téléphonique, consacré d'abord à l'invasion russe. Notre correspondant à Jakarta.

Correspondant : Oui, Antony Blinken a remercié Jakarta pour ses prises de position en faveur de la souveraineté ukrainienne. Les deux ministres ont aussi fait le bilan depuis leur rencontre à Jakarta le 13 décembre, lors de laquelle un protocole d'accord sur la coopération maritime avait été signé. Ils ont enfin évoqué le premier dialogue stratégique entre l'Indonésie et les États-Unis, que les deux pays comptent réunir à Washington dans le courant de l'année. Et puis Antony Blinken s'est dit impatient de participer, en juillet à Bali, à la réunion des ministres des Affaires étrangères du G20, que l'Indonésie préside cette année.
""", [
    ("Antony Blinken et la ministre indonésienne des Affaires étrangères Retno Marsudi ont eu un entretien téléphonique", M('phone_call', ['ID', 'US'], '2022-03-14')),
    ("leur rencontre à Jakarta le 13 décembre", M('talks', ['ID', 'US'], '2021-12-13', 'Jakarta')),
    ("lors de laquelle un protocole d'accord sur la coopération maritime avait été signé", A('memorandum', 'signed', ['ID', 'US'], '2021-12-13')),
    ("le premier dialogue stratégique entre l'Indonésie et les États-Unis, que les deux pays comptent réunir à Washington dans le courant de l'année", M('consultations', ['ID', 'US'], '2022', 'Washington')),
    ("de participer, en juillet à Bali, à la réunion des ministres des Affaires étrangères du G20", M('conference', ['ID', 'US'], '2022-07', 'Bali')),
])

# ---------------------------------------------------------------- hold41/en_002 (2021-12-20)
D('hold41/en_002', 'French-language wire, Moscow', """
Poutine et Tokaïev se souhaitent la bonne année et parlent commerce

MOSCOU – Vladimir Poutine et son homologue kazakh Kassym-Jomart Tokaïev se sont entretenus par téléphone, a annoncé le Kremlin, qui fait état d'un échange de vœux à l'approche du Nouvel An. Les deux présidents se sont félicités de la bonne tenue des relations économiques : de janvier à octobre 2021, le commerce russo-kazakh a bondi de 34 %, pour se chiffrer à 21 milliards de dollars.

M. Tokaïev a remercié son interlocuteur pour les travaux du XVIIe Forum de coopération interrégionale, tenu en octobre par visioconférence et au cours duquel a été signé un accord intergouvernemental sur la coopération dans la prospection géologique. Il a confirmé sa venue au sommet informel de la CEI, que la Russie accueillera le 28 décembre à Saint-Pétersbourg.
""", [
    ("Vladimir Poutine et son homologue kazakh Kassym-Jomart Tokaïev se sont entretenus par téléphone", M('phone_call', ['KZ', 'RU'])),
    ("de janvier à octobre 2021, le commerce russo-kazakh a bondi de 34 %, pour se chiffrer à 21 milliards de dollars", T('trade', 21000000000, 'USD', 34, 'increase', '2021-01/2021-10')),
    ("les travaux du XVIIe Forum de coopération interrégionale, tenu en octobre par visioconférence", M('conference', ['KZ', 'RU'], '2021-10')),
    ("au cours duquel a été signé un accord intergouvernemental sur la coopération dans la prospection géologique", A('agreement', 'signed', ['KZ', 'RU'], '2021-10')),
    ("au sommet informel de la CEI, que la Russie accueillera le 28 décembre à Saint-Pétersbourg", M('summit', ['KZ', 'RU'], '2021-12-28', 'Saint Petersburg')),
])

# ---------------------------------------------------------------- hold41/fr_005 (2019-07-25)
D('hold41/fr_005', 'Canadian French-language daily', """
AECG : Trudeau salue le feu vert des députés français

OTTAWA — Justin Trudeau et Emmanuel Macron ont eu jeudi une conversation téléphonique portant notamment sur l'Accord économique et commercial global (AECG) conclu entre le Canada et l'Union européenne.

Le premier ministre canadien s'est réjoui que l'Assemblée nationale ait adopté mardi le projet de loi de ratification de l'accord par la France. Les deux hommes ont aussi passé en revue les priorités de la présidence française du G7 – inégalités, biodiversité – et comptent se retrouver à Biarritz, du 24 au 26 août, pour le sommet des sept.

M. Trudeau a rappelé que le président français s'était rendu au Canada en juin 2018, un déplacement au cours duquel avait été adoptée la Déclaration franco-canadienne sur l'intelligence artificielle, point de départ d'un partenariat international en la matière.
""", [
    ("Justin Trudeau et Emmanuel Macron ont eu jeudi une conversation téléphonique", M('phone_call', ['CA', 'FR'], '2019-07-25')),
    ("l'Assemblée nationale ait adopté mardi le projet de loi de ratification de l'accord par la France", A('agreement', 'ratification', ['CA'], '2019-07-23', 'Accord économique et commercial global')),
    ("comptent se retrouver à Biarritz, du 24 au 26 août, pour le sommet des sept", M('summit', ['CA', 'FR'], '2019-08-24', 'Biarritz')),
    ("le président français s'était rendu au Canada en juin 2018", M('visit', ['CA', 'FR'], '2018-06')),
    ("avait été adoptée la Déclaration franco-canadienne sur l'intelligence artificielle", A('declaration', 'adopted', ['CA', 'FR'], '2018-06', "Déclaration franco-canadienne sur l'intelligence artificielle")),
])

# ---------------------------------------------------------------- hold42/en_003 (2023-02-09)
D('hold42/en_003', 'Maghreb/Middle East weekly', """
Washington et Bagdad misent sur leur accord-cadre

Le secrétaire d'État américain Antony Blinken a accueilli jeudi à Washington le vice-Premier ministre et ministre irakien des Affaires étrangères, Fouad Hussein. Au cœur des échanges : l'accord-cadre stratégique entre les États-Unis et l'Irak, en vigueur depuis 2009, dans ses volets économique, énergétique et sécuritaire, ainsi que la place des entreprises américaines dans le secteur énergétique irakien.

Plus tôt dans la journée, les deux pays avaient signé un protocole d'entente sur la protection du patrimoine culturel.

M. Blinken a renouvelé l'invitation à se rendre à Washington adressée au Premier ministre Mohammed Chia al-Soudani par le président Biden lors de leur conversation téléphonique du 28 novembre. Le Haut comité de coordination américano-irakien tiendra sa prochaine session à Bagdad dans le courant de l'année.
""", [
    ("Antony Blinken a accueilli jeudi à Washington le vice-Premier ministre et ministre irakien des Affaires étrangères", M('talks', ['IQ', 'US'], '2023-02-09', 'Washington')),
    ("l'accord-cadre stratégique entre les États-Unis et l'Irak, en vigueur depuis 2009", A('agreement', 'in_force', ['IQ', 'US'], '2009', 'accord-cadre stratégique')),
    ("Plus tôt dans la journée, les deux pays avaient signé un protocole d'entente sur la protection du patrimoine culturel", A('memorandum', 'signed', ['IQ', 'US'], '2023-02-09')),
    ("lors de leur conversation téléphonique du 28 novembre", M('phone_call', ['IQ', 'US'], '2022-11-28')),
    ("Le Haut comité de coordination américano-irakien tiendra sa prochaine session à Bagdad dans le courant de l'année", M('joint_commission', ['IQ', 'US'], '2023', 'Baghdad')),
])

# ---------------------------------------------------------------- hold42/fr_003 (2021-08-20)
D('hold42/fr_003', 'AFP wire', """
Macron et Kazimi préparent la conférence de Bagdad

PARIS, 20 août 2021 (AFP) - Emmanuel Macron a eu vendredi un entretien téléphonique avec le Premier ministre irakien Moustafa al-Kazimi, consacré aux préparatifs de la conférence régionale de Bagdad pour la coopération et le partenariat, prévue le 28 août à l'initiative de l'Irak et à laquelle le chef de l'État français prendra part, a indiqué l'Élysée.

M. Macron, qui s'était rendu à Bagdad en septembre 2020, a redit l'appui de la France à la souveraineté irakienne et à la lutte contre le groupe État islamique. Les deux dirigeants veulent boucler d'ici la fin de l'année une feuille de route franco-irakienne couvrant l'énergie, l'eau, la santé et la culture.

La veille, jeudi, le président français avait appelé son nouvel homologue iranien Ebrahim Raïssi, l'exhortant à revenir au plein respect des engagements nucléaires de Téhéran et à libérer les Français détenus en Iran.
""", [
    ("Emmanuel Macron a eu vendredi un entretien téléphonique avec le Premier ministre irakien Moustafa al-Kazimi", M('phone_call', ['FR', 'IQ'], '2021-08-20')),
    ("la conférence régionale de Bagdad pour la coopération et le partenariat, prévue le 28 août", M('conference', ['FR', 'IQ'], '2021-08-28', 'Baghdad')),
    ("qui s'était rendu à Bagdad en septembre 2020", M('visit', ['FR', 'IQ'], '2020-09', 'Baghdad')),
    ("boucler d'ici la fin de l'année une feuille de route franco-irakienne", A('roadmap', 'planned', ['FR', 'IQ'])),
    ("La veille, jeudi, le président français avait appelé son nouvel homologue iranien Ebrahim Raïssi", M('phone_call', ['FR', 'IR'], '2021-08-19')),
])

# ---------------------------------------------------------------- hold42/fr_001 (2023-03-11)
D('hold42/fr_001', 'Maghreb weekly, regional round-up', """
Moyen-Orient : la semaine en bref

Riyad et Téhéran renouent sous l'égide de Pékin. Rompues depuis 2016, les relations diplomatiques entre l'Arabie saoudite et l'Iran vont être rétablies : un accord en ce sens a été scellé vendredi 10 mars à Pékin, au terme de quatre jours de négociations dans la capitale chinoise. Une déclaration conjointe rendue publique par les trois pays prévoit la réouverture des ambassades sous deux mois. Les chefs de la diplomatie saoudien et iranien devraient se retrouver prochainement.

Beyrouth et Damas. Damas a accueilli jeudi le ministre libanais des Affaires étrangères, Abdallah Bou Habib, reçu par Bachar al-Assad puis par son homologue Fayçal Mekdad. Au menu : le retour des réfugiés syriens et l'aide aux victimes du séisme du 6 février.

Le rail entre l'Égypte et le Soudan. Un protocole d'entente sur la ligne ferroviaire Assouan–Wadi Halfa a été paraphé mercredi au Caire par les deux pays, selon le ministère égyptien des Transports. Le commerce égypto-soudanais se chiffrait à 1,4 milliard de dollars en 2022, d'après l'agence MENA ; les deux capitales ambitionnent de le doubler en cinq ans.
""", [
    ("un accord en ce sens a été scellé vendredi 10 mars à Pékin", A('agreement', 'adopted', ['IR', 'SA'], '2023-03-10')),
    ("Une déclaration conjointe rendue publique par les trois pays", A('joint_communique', 'adopted', ['CN', 'IR', 'SA'], '2023-03-10')),
    ("au terme de quatre jours de négociations dans la capitale chinoise", M('talks', ['CN', 'IR', 'SA'], location='Beijing')),
    ("Les chefs de la diplomatie saoudien et iranien devraient se retrouver prochainement", M('talks', ['IR', 'SA'])),
    ("Damas a accueilli jeudi le ministre libanais des Affaires étrangères, Abdallah Bou Habib", M('visit', ['LB', 'SY'], '2023-03-09', 'Damascus')),
    ("Un protocole d'entente sur la ligne ferroviaire Assouan–Wadi Halfa a été paraphé mercredi au Caire par les deux pays", A('memorandum', 'signed', ['EG', 'SD'], '2023-03-08')),
    ("Le commerce égypto-soudanais se chiffrait à 1,4 milliard de dollars en 2022", T('trade', 1400000000, 'USD', period='2022')),
])

# ---------------------------------------------------------------- hold43/en_001 (2024-06-12)
D('hold43/en_001', 'Luxembourg French-language daily', """
Olaf Scholz déroule le tapis rouge pour Christopher Luxon

BERLIN, 12 juin – Le chancelier allemand Olaf Scholz a reçu mercredi avec les honneurs militaires le Premier ministre néo-zélandais Christopher Luxon, pour leur première rencontre dans la capitale allemande.

Les deux dirigeants ont abordé la guerre en Ukraine, la sécurité dans l'Indo-Pacifique et la mise en œuvre de l'accord de libre-échange UE–Nouvelle-Zélande, en vigueur depuis le 1er mai 2024, une aubaine selon eux pour les PME.

Une déclaration d'intention conjointe sur l'hydrogène vert et la transition énergétique a ensuite été signée par les deux chefs de gouvernement. L'Allemagne est le premier partenaire commercial de la Nouvelle-Zélande dans l'UE : le commerce de biens entre les deux pays a atteint quelque 2,9 milliards d'euros l'an dernier (+6 %).

M. Luxon poursuit sa tournée à Rome, où un entretien avec la présidente du Conseil italien, Giorgia Meloni, est prévu vendredi. M. Scholz a accepté une invitation en Nouvelle-Zélande.
""", [
    ("Olaf Scholz a reçu mercredi avec les honneurs militaires le Premier ministre néo-zélandais Christopher Luxon", M('talks', ['DE', 'NZ'], '2024-06-12', 'Berlin')),
    ("l'accord de libre-échange UE–Nouvelle-Zélande, en vigueur depuis le 1er mai 2024", A('agreement', 'in_force', ['NZ'], '2024-05-01')),
    ("Une déclaration d'intention conjointe sur l'hydrogène vert et la transition énergétique a ensuite été signée par les deux chefs de gouvernement", A('memorandum', 'signed', ['DE', 'NZ'], '2024-06-12')),
    ("le commerce de biens entre les deux pays a atteint quelque 2,9 milliards d'euros l'an dernier (+6 %)", T('trade', 2900000000, 'EUR', 6, 'increase', '2023')),
    ("M. Luxon poursuit sa tournée à Rome, où un entretien avec la présidente du Conseil italien, Giorgia Meloni, est prévu vendredi", M('visit', ['IT', 'NZ'], '2024-06-14', 'Rome')),
])

# ---------------------------------------------------------------- hold43/fr_004 (2022-09-27)
D('hold43/fr_004', 'Belgian daily', """
Énergie : le Benelux serre les rangs à Val-Duchesse

Les chefs de gouvernement belge, néerlandais et luxembourgeois – Alexander De Croo, Mark Rutte et Xavier Bettel – se sont retrouvés ce mardi au château de Val-Duchesse, à Bruxelles, pour un sommet du Benelux dédié à la crise énergétique. Plus tôt dans la journée, le roi Philippe avait accordé une audience au Premier ministre luxembourgeois au palais de Laeken.

Une déclaration conjointe sur la coopération énergétique en mer du Nord, qui prévoit des interconnexions entre parcs éoliens en mer, a été paraphée par les trois dirigeants. « Aucun de nos pays ne peut affronter seul cette crise », a résumé le Premier ministre belge.

Alexander De Croo et Mark Rutte ont par ailleurs eu un tête-à-tête en marge de la réunion, consacré à la sécurité des ports d'Anvers et de Rotterdam.

La rencontre a pour cadre le traité Benelux, signé en 2008 et en vigueur depuis 2012. Les ventes belges aux Pays-Bas se sont chiffrées à 78 milliards d'euros en 2021, d'après la Banque nationale. Luxembourg accueillera le prochain sommet l'an prochain.
""", [
    ("se sont retrouvés ce mardi au château de Val-Duchesse, à Bruxelles, pour un sommet du Benelux", M('summit', ['BE', 'LU', 'NL'], '2022-09-27', 'Brussels')),
    ("le roi Philippe avait accordé une audience au Premier ministre luxembourgeois", M('talks', ['BE', 'LU'], '2022-09-27')),
    ("Une déclaration conjointe sur la coopération énergétique en mer du Nord, qui prévoit des interconnexions entre parcs éoliens en mer, a été paraphée par les trois dirigeants", A('joint_communique', 'signed', ['BE', 'LU', 'NL'], '2022-09-27')),
    ("Alexander De Croo et Mark Rutte ont par ailleurs eu un tête-à-tête en marge de la réunion", M('talks', ['BE', 'NL'], '2022-09-27', 'Brussels')),
    ("le traité Benelux, signé en 2008 et en vigueur depuis 2012", A('treaty', 'in_force', ['BE', 'LU', 'NL'], '2012', 'traité Benelux')),
    ("Les ventes belges aux Pays-Bas se sont chiffrées à 78 milliards d'euros en 2021", T('exports', 78000000000, 'EUR', period='2021')),
    ("Luxembourg accueillera le prochain sommet l'an prochain", M('summit', ['BE', 'LU', 'NL'], '2023', 'Luxembourg')),
])

# ---------------------------------------------------------------- hold44/en_007 (2023-10-12)
D('hold44/en_007', 'AFP-style Asia briefs', """
ASIE EN BREF

PUTRAJAYA (Malaisie) – Le Premier ministre thaïlandais Srettha Thavisin a achevé mercredi sa première visite officielle en Malaisie, marquée par un entretien à Putrajaya avec son homologue Anwar Ibrahim. Un protocole d'entente sur une zone économique spéciale le long de la frontière commune a été échangé en présence des deux dirigeants, qui ont aussi décidé de relancer le projet de raccordement de leurs réseaux ferroviaires.

DOHA – La commission mixte indonésio-qatarie s'est réunie mardi à Doha pour la troisième fois, sous la coprésidence de la ministre indonésienne des Affaires étrangères Retno Marsudi et du ministre d'État qatari Soltan bin Saad Al-Muraikhi. Énergie, industrie halal et protection des travailleurs indonésiens étaient au programme.

HANOÏ – Les exportations vietnamiennes vers la Chine se sont élevées à 44,8 milliards de dollars de janvier à septembre, en hausse de 5,2 % sur un an, selon les douanes. Le comité de pilotage de la coopération bilatérale Viêt Nam–Chine tiendra sa 15e réunion à Pékin d'ici la fin du mois.
""", [
    ("Srettha Thavisin a achevé mercredi sa première visite officielle en Malaisie", M('visit', ['MY', 'TH'], '2023-10-11', 'Putrajaya')),
    ("Un protocole d'entente sur une zone économique spéciale le long de la frontière commune a été échangé en présence des deux dirigeants", A('memorandum', 'signed', ['MY', 'TH'], '2023-10-11')),
    ("La commission mixte indonésio-qatarie s'est réunie mardi à Doha pour la troisième fois", M('joint_commission', ['ID', 'QA'], '2023-10-10', 'Doha')),
    ("Les exportations vietnamiennes vers la Chine se sont élevées à 44,8 milliards de dollars de janvier à septembre, en hausse de 5,2 %", T('exports', 44800000000, 'USD', 5.2, 'increase', '2023-01/2023-09')),
    ("Le comité de pilotage de la coopération bilatérale Viêt Nam–Chine tiendra sa 15e réunion à Pékin d'ici la fin du mois", M('joint_commission', ['CN', 'VN'], '2023-10', 'Beijing')),
])

# ---------------------------------------------------------------- hold44/fr_001 (2025-03-03)
D('hold44/fr_001', 'Vietnamese French-language weekly', """
Jean-Noël Barrot attendu à Hanoï puis à Manille

Le chef de la diplomatie française effectuera les 4 et 5 mars une visite à Hanoï, avant de gagner Manille le 6 mars, pour sa première tournée en Asie du Sud-Est.

Au Viêt Nam, Jean-Noël Barrot et son homologue Bui Thanh Son coprésideront le dialogue stratégique entre les deux ministères des Affaires étrangères. Ce déplacement fait suite à la visite à Paris du secrétaire général Tô Lâm en octobre 2024, qui avait vu Paris et Hanoï hisser leurs relations au niveau d'un partenariat stratégique global. Le ministre français doit aussi être reçu par le Premier ministre Pham Minh Chinh.

Aux Philippines, il aura un entretien avec Enrique Manalo, avec qui il avait eu un échange téléphonique le 15 janvier. Une feuille de route sur la coopération maritime franco-philippine doit être signée à cette occasion, et les deux ministres évalueront l'état des négociations, ouvertes l'an passé, sur un accord relatif au statut des forces en visite.
""", [
    ("effectuera les 4 et 5 mars une visite à Hanoï", M('visit', ['FR', 'VN'], '2025-03-04', 'Hanoi')),
    ("avant de gagner Manille le 6 mars", M('visit', ['FR', 'PH'], '2025-03-06', 'Manila')),
    ("coprésideront le dialogue stratégique entre les deux ministères des Affaires étrangères", M('consultations', ['FR', 'VN'], '2025-03-04', 'Hanoi')),
    ("la visite à Paris du secrétaire général Tô Lâm en octobre 2024", M('visit', ['FR', 'VN'], '2024-10', 'Paris')),
    ("avec qui il avait eu un échange téléphonique le 15 janvier", M('phone_call', ['FR', 'PH'], '2025-01-15')),
    ("Une feuille de route sur la coopération maritime franco-philippine doit être signée à cette occasion", A('roadmap', 'planned', ['FR', 'PH'])),
    ("l'état des négociations, ouvertes l'an passé, sur un accord relatif au statut des forces en visite", A('agreement', 'planned', ['FR', 'PH'])),
])

# ---------------------------------------------------------------- hold45/en_006 (2019-01-22)
D('hold45/en_006', 'West African daily, Africa page', """
L'AFRIQUE EN BREF

GAMBIE-SÉNÉGAL. Le pont de la Sénégambie sur le fleuve Gambie, à Farafenni, a enfin été inauguré lundi par les présidents Macky Sall et Adama Barrow, mettant fin à des décennies d'attente aux bacs sur la Transgambienne. Les deux chefs d'État se sont entretenus côté gambien, tandis que leurs ministres des Transports paraphaient un mémorandum sur la circulation des marchandises et des voyageurs.

CÔTE D'IVOIRE-GHANA. Accra accueillera le mois prochain la 4e session de la commission mixte permanente de coopération ivoiro-ghanéenne, a fait savoir mardi la diplomatie ivoirienne. Le prix du cacao et la frontière maritime devraient dominer les travaux. Les échanges entre les deux premiers producteurs mondiaux de cacao se sont élevés à 1,1 milliard de dollars en 2017.

MADAGASCAR. Emmanuel Macron a appelé dimanche Andry Rajoelina, investi la veille à la tête de la Grande Île, pour le féliciter et l'inviter à Paris. Le nouveau chef de l'État malgache devrait réserver son premier déplacement à l'étranger au sommet de l'Union africaine, le mois prochain à Addis-Abeba.
""", [
    ("Les deux chefs d'État se sont entretenus côté gambien", M('talks', ['GM', 'SN'], '2019-01-21', 'Farafenni')),
    ("leurs ministres des Transports paraphaient un mémorandum sur la circulation des marchandises et des voyageurs", A('memorandum', 'signed', ['GM', 'SN'], '2019-01-21')),
    ("Accra accueillera le mois prochain la 4e session de la commission mixte permanente de coopération ivoiro-ghanéenne", M('joint_commission', ['CI', 'GH'], '2019-02', 'Accra')),
    ("Les échanges entre les deux premiers producteurs mondiaux de cacao se sont élevés à 1,1 milliard de dollars en 2017", T('trade', 1100000000, 'USD', period='2017')),
    ("Emmanuel Macron a appelé dimanche Andry Rajoelina", M('phone_call', ['FR', 'MG'], '2019-01-20')),
    ("au sommet de l'Union africaine, le mois prochain à Addis-Abeba", M('summit', ['MG'], '2019-02', 'Addis Ababa')),
])

# ---------------------------------------------------------------- hold45/fr_002 (2022-06-03)
D('hold45/fr_002', 'Senegalese daily', """
Crise alimentaire : Macky Sall plaide la cause de l'Afrique auprès de Poutine

Le président sénégalais Macky Sall, président en exercice de l'Union africaine, a eu vendredi à Sotchi un tête-à-tête avec Vladimir Poutine, dans le cadre d'une visite de travail en Russie. Il était accompagné du président de la Commission de l'UA, Moussa Faki Mahamat. Les deux chefs d'État s'étaient parlé au téléphone le 9 mars.

En accueillant son hôte, le président russe a évoqué leur précédente rencontre, en octobre 2019, en marge du premier sommet Russie-Afrique organisé dans la même station balnéaire. Selon lui, le commerce russo-sénégalais a crû de 16 % l'an dernier, un volume encore modeste. Moscou prépare le deuxième sommet Russie-Afrique, programmé pour 2023.

Macky Sall a pour sa part insisté sur les conséquences de la crise pour les pays africains, notamment la flambée des prix des céréales et des engrais.
""", [
    ("Macky Sall, président en exercice de l'Union africaine, a eu vendredi à Sotchi un tête-à-tête avec Vladimir Poutine", M('visit', ['RU', 'SN'], '2022-06-03', 'Sochi')),
    ("Les deux chefs d'État s'étaient parlé au téléphone le 9 mars", M('phone_call', ['RU', 'SN'], '2022-03-09')),
    ("a évoqué leur précédente rencontre, en octobre 2019, en marge du premier sommet Russie-Afrique", M('talks', ['RU', 'SN'], '2019-10', 'Sochi')),
    ("du premier sommet Russie-Afrique organisé dans la même station balnéaire", M('summit', ['RU', 'SN'], '2019-10', 'Sochi')),
    ("le commerce russo-sénégalais a crû de 16 % l'an dernier", T('trade', chg=16, direction='increase', period='2021')),
    ("Moscou prépare le deuxième sommet Russie-Afrique, programmé pour 2023", M('summit', ['RU'], '2023')),
])

# ---------------------------------------------------------------- hold46/en_006 (2022-12-06)
D('hold46/en_006', 'scraped Council page, French version', """
Aller au contenu principal
Conseil de l'UE | Conseil européen
Menu  Rechercher  FR
Nous utilisons des cookies pour vous offrir la meilleure expérience en ligne. Accepter tous les cookies | Refuser tous les cookies | Politique en matière de cookies
Accueil > Presse > Communiqués de presse

Sommet UE-Balkans occidentaux à Tirana, 6 décembre 2022

Communiqué de presse
6 décembre 2022
18:40

Pour la première fois, un sommet réunissant l'Union européenne et les Balkans occidentaux s'est tenu dans la région : les dirigeants se sont retrouvés ce jour à Tirana, à l'invitation du Premier ministre albanais Edi Rama, sous la coprésidence du président du Conseil européen Charles Michel. Les dirigeants de l'Albanie, de la Bosnie-Herzégovine, du Kosovo*, du Monténégro, de la Macédoine du Nord et de la Serbie y ont pris part aux côtés des chefs d'État ou de gouvernement des États membres.

Par la déclaration de Tirana, qu'ils ont adoptée, les dirigeants réaffirment leur attachement plein et entier à la perspective d'adhésion des Balkans occidentaux. L'UE a annoncé un train de mesures d'aide énergétique d'un milliard d'euros pour la région.

En marge du sommet, une déclaration volontaire visant à réduire les frais d'itinérance des données entre les deux régions à partir d'octobre 2023 a été signée par les opérateurs de télécommunications.

Le président Michel s'est en outre entretenu avec le président serbe Aleksandar Vučić, principalement du dialogue avec Pristina.

Le précédent sommet avait eu lieu en octobre 2021 à Brdo pri Kranju (Slovénie).

* Cette désignation est sans préjudice des positions sur le statut et est conforme à la résolution 1244/1999 du CSNU ainsi qu'à l'avis de la CIJ sur la déclaration d'indépendance du Kosovo.

Partager cette page : Facebook | X | LinkedIn | Courriel
Contenu associé
Politique d'élargissement
Cette page vous a-t-elle été utile ?  Oui  Non
""", [
    # Corrected after the first count: the first statement of the summit is the sentence's first part (dev README).
    ("un sommet réunissant l'Union européenne et les Balkans occidentaux s'est tenu dans la région", M('summit', ['AL', 'BA', 'ME', 'MK', 'RS'], '2022-12-06', 'Tirana')),
    ("Par la déclaration de Tirana, qu'ils ont adoptée", A('declaration', 'adopted', [], '2022-12-06', 'déclaration de Tirana')),
    ("une déclaration volontaire visant à réduire les frais d'itinérance des données entre les deux régions à partir d'octobre 2023 a été signée par les opérateurs de télécommunications", A('declaration', 'signed', [], '2022-12-06')),
    ("Le président Michel s'est en outre entretenu avec le président serbe Aleksandar Vučić", M('talks', ['RS'], '2022-12-06', 'Tirana')),
    ("Le précédent sommet avait eu lieu en octobre 2021 à Brdo pri Kranju (Slovénie)", M('summit', ['SI'], '2021-10', 'Brdo pri Kranju')),
])

# ---------------------------------------------------------------- hold46/fr_004 (2024-03-18)
D('hold46/fr_004', 'Balkan French-language news site', """
Adhésion : Skopje fait le point avec Bruxelles

BRUXELLES – Le Premier ministre de Macédoine du Nord, Talat Xhaferi, a conduit lundi à Bruxelles la délégation de son pays à la 17e session du Conseil de stabilisation et d'association UE–Macédoine du Nord, présidée par le chef de la diplomatie européenne Josep Borrell.

Les participants ont mesuré le chemin parcouru depuis l'ouverture formelle des négociations d'adhésion lors de la première conférence intergouvernementale, le 19 juillet 2022. L'UE presse Skopje d'adopter les amendements constitutionnels indispensables.

Le cadre juridique de la relation reste l'accord de stabilisation et d'association, qui s'applique depuis 2004 ; l'accord de facilitation de la délivrance des visas, appliqué depuis 2008, donne satisfaction.

Les échanges commerciaux entre l'Union et la Macédoine du Nord ont représenté 14,5 milliards d'euros en 2023. En marge de la session, M. Xhaferi a aussi rencontré le commissaire à l'élargissement, Olivér Várhelyi.
""", [
    ("la délégation de son pays à la 17e session du Conseil de stabilisation et d'association UE–Macédoine du Nord", M('conference', ['MK'], '2024-03-18', 'Brussels')),
    ("lors de la première conférence intergouvernementale, le 19 juillet 2022", M('conference', ['MK'], '2022-07-19')),
    ("l'accord de stabilisation et d'association, qui s'applique depuis 2004", A('agreement', 'in_force', ['MK'], '2004')),
    ("l'accord de facilitation de la délivrance des visas, appliqué depuis 2008", A('agreement', 'in_force', ['MK'], '2008')),
    ("Les échanges commerciaux entre l'Union et la Macédoine du Nord ont représenté 14,5 milliards d'euros en 2023", T('trade', 14500000000, 'EUR', period='2023')),
    ("En marge de la session, M. Xhaferi a aussi rencontré le commissaire à l'élargissement", M('talks', ['MK'], '2024-03-18', 'Brussels')),
])

# ---------------------------------------------------------------- hold47/fr_003 (2025-01-03)
D('hold47/fr_003', 'Lebanese French-language daily', """
Syrie : premiers ministres européens à Damas depuis la chute d'Assad

Ahmad al-Chareh, chef de la nouvelle administration syrienne, a accueilli vendredi à Damas les chefs de la diplomatie française et allemande, Jean-Noël Barrot et Annalena Baerbock, premiers ministres européens à se rendre en Syrie depuis la chute de Bachar al-Assad, le 8 décembre.

Les deux ministres ont plaidé pour une transition « pacifique et inclusive » associant toutes les communautés, avant de visiter la prison de Saydnaya. Berlin a promis 32 millions d'euros d'aide supplémentaire.

Ce déplacement a été précédé jeudi d'un entretien téléphonique entre M. Barrot et le ministre turc Hakan Fidan, dont le pays soutient les nouvelles autorités. Le 14 décembre, le ministre français avait pris part à Aqaba, en Jordanie, à une réunion ministérielle sur la Syrie. Une réunion internationale sur la Syrie se tiendra en février à Paris.
""", [
    ("a accueilli vendredi à Damas les chefs de la diplomatie française et allemande", M('visit', ['DE', 'FR', 'SY'], '2025-01-03', 'Damascus')),
    ("d'un entretien téléphonique entre M. Barrot et le ministre turc Hakan Fidan", M('phone_call', ['FR', 'TR'], '2025-01-02')),
    ("Le 14 décembre, le ministre français avait pris part à Aqaba, en Jordanie, à une réunion ministérielle sur la Syrie", M('conference', ['FR', 'JO'], '2024-12-14', 'Aqaba')),
    ("Une réunion internationale sur la Syrie se tiendra en février à Paris", M('conference', ['FR'], '2025-02', 'Paris')),
])

# ---------------------------------------------------------------- hold47/en_005 (2024-06-14)
D('hold47/en_005', 'New Caledonian daily, scraped page', """
Accueil | Pacifique | Politique | Économie | Sports | Abonnez-vous
Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation. [OK] [Paramétrer]

PACIFIQUE

Défense : Suva et Wellington scellent un accord sur le statut des forces

Par la rédaction | 14 juin 2024 à 18 h 42

WELLINGTON – Les Premiers ministres fidjien et néo-zélandais, Sitiveni Rabuka et Christopher Luxon, ont apposé vendredi leur signature au bas d'un accord sur le statut des forces (SOFA), au Parlement de Wellington. Le texte encadre l'entraînement et le déploiement des militaires de chaque pays sur le territoire de l'autre.

M. Rabuka effectue depuis mardi une visite officielle de quatre jours en Nouvelle-Zélande. Une déclaration commune renouvelant le partenariat Duavata a également été publiée par les deux dirigeants.

Sur les douze mois achevés en mars 2024, le commerce bilatéral a progressé de 9 % pour atteindre 1,2 milliard de dollars néo-zélandais, dont 950 millions d'exportations néo-zélandaises vers Fidji, selon Stats NZ.

M. Luxon participera en août à Nuku'alofa, aux Tonga, au sommet des dirigeants du Forum des îles du Pacifique. « Il n'y a pas de base, il n'y en aura pas », a assuré M. Rabuka.

PUBLICITÉ
À lire aussi : Kava : la sécheresse pèse sur les exportations
Commentaires (4) | Connectez-vous pour réagir
""", [
    ("ont apposé vendredi leur signature au bas d'un accord sur le statut des forces (SOFA)", A('agreement', 'signed', ['FJ', 'NZ'], '2024-06-14', 'accord sur le statut des forces')),
    ("M. Rabuka effectue depuis mardi une visite officielle de quatre jours en Nouvelle-Zélande", M('visit', ['FJ', 'NZ'], '2024-06-11', 'Wellington')),
    ("Une déclaration commune renouvelant le partenariat Duavata a également été publiée par les deux dirigeants", A('joint_communique', 'adopted', ['FJ', 'NZ'], '2024-06-14')),
    ("Sur les douze mois achevés en mars 2024, le commerce bilatéral a progressé de 9 % pour atteindre 1,2 milliard de dollars néo-zélandais", T('trade', 1200000000, 'NZD', 9, 'increase', '2023-04/2024-03')),
    ("dont 950 millions d'exportations néo-zélandaises vers Fidji", T('exports', 950000000, 'NZD', period='2023-04/2024-03')),
    ("M. Luxon participera en août à Nuku'alofa, aux Tonga, au sommet des dirigeants du Forum des îles du Pacifique", M('summit', ['NZ', 'TO'], '2024-08', "Nuku'alofa")),
])

# ---------------------------------------------------------------- hold47/fr_005 (2024-05-21)
D('hold47/fr_005', 'Ivorian daily', """
France–Côte d'Ivoire : 2,6 milliards d'euros d'échanges l'an dernier

Le commerce entre la Côte d'Ivoire et la France s'est chiffré à 2,6 milliards d'euros l'an dernier, soit une progression de 4,5 % par rapport à 2022, selon le service économique régional de l'ambassade de France à Abidjan.

Dans le détail, les ventes françaises à destination de la Côte d'Ivoire ont augmenté de 2 %, à 1,6 milliard d'euros (médicaments, céréales, machines). Dans l'autre sens, les achats français de produits ivoiriens – cacao, caoutchouc, fruits tropicaux – ont bondi de 9 % pour atteindre 1 milliard d'euros.

Premier investisseur étranger dans le pays, la France y détenait fin 2022 un stock d'investissements directs de 3,9 milliards d'euros, réparti entre quelque 250 filiales qui emploient plus de 35 000 personnes.

Pour mémoire, Abidjan avait accueilli en octobre 2023 le forum économique franco-ivoirien, en présence des ministres Olivier Becht et Souleymane Diarrassouba, avec plus de 400 entreprises.
""", [
    ("Le commerce entre la Côte d'Ivoire et la France s'est chiffré à 2,6 milliards d'euros l'an dernier, soit une progression de 4,5 %", T('trade', 2600000000, 'EUR', 4.5, 'increase', '2023')),
    ("les ventes françaises à destination de la Côte d'Ivoire ont augmenté de 2 %, à 1,6 milliard d'euros", T('exports', 1600000000, 'EUR', 2, 'increase', '2023')),
    ("les achats français de produits ivoiriens – cacao, caoutchouc, fruits tropicaux – ont bondi de 9 % pour atteindre 1 milliard d'euros", T('imports', 1000000000, 'EUR', 9, 'increase', '2023')),
    ("la France y détenait fin 2022 un stock d'investissements directs de 3,9 milliards d'euros", T('investment', 3900000000, 'EUR', period='2022')),
    ("Abidjan avait accueilli en octobre 2023 le forum économique franco-ivoirien", M('conference', ['CI', 'FR'], '2023-10', 'Abidjan')),
])

# ---------------------------------------------------------------- hold48/en_002 (2023-01-25)
D('hold48/en_002', 'RFI Americas desk', """
Brésil – États-Unis : Blinken prépare la venue de Lula

Antony Blinken a appelé mercredi le nouveau ministre brésilien des Affaires étrangères, Mauro Vieira, pour le féliciter de sa nomination. Le secrétaire d'État a de nouveau condamné les attaques du 8 janvier contre les institutions démocratiques du Brésil.

Les deux hommes ont préparé la visite que le président Lula effectuera le 10 février à Washington, où il sera reçu par Joe Biden, et parlé de la protection de l'Amazonie et de sécurité alimentaire. Ils veulent relancer le groupe de travail bilatéral sur le changement climatique.

Washington et Brasilia entendent aussi reconduire le Plan d'action conjoint pour l'élimination de la discrimination raciale et ethnique et la promotion de l'égalité, signé pour la première fois en 2008. Les deux ministres se reverront en mars à New Delhi, lors de la réunion des ministres des Affaires étrangères du G20.
""", [
    ("Antony Blinken a appelé mercredi le nouveau ministre brésilien des Affaires étrangères, Mauro Vieira", M('phone_call', ['BR', 'US'], '2023-01-25')),
    ("la visite que le président Lula effectuera le 10 février à Washington", M('visit', ['BR', 'US'], '2023-02-10', 'Washington')),
    ("Washington et Brasilia entendent aussi reconduire le Plan d'action conjoint pour l'élimination de la discrimination raciale et ethnique et la promotion de l'égalité", A('action_plan', 'planned', ['BR', 'US'], title="Plan d'action conjoint pour l'élimination de la discrimination raciale et ethnique et la promotion de l'égalité")),
    ("Les deux ministres se reverront en mars à New Delhi, lors de la réunion des ministres des Affaires étrangères du G20", M('conference', ['BR', 'US'], '2023-03', 'New Delhi')),
])

# ---------------------------------------------------------------- hold48/fr_006 (no reference date)
D('hold48/fr_006', 'Algerian daily', """
Commerce algéro-français : 11,8 milliards d'euros en 2023

Le volume des échanges entre l'Algérie et la France a reculé de 4,5 % en 2023, à 11,8 milliards d'euros, après deux années de forte hausse tirée par les cours des hydrocarbures, selon les chiffres du service économique de l'ambassade de France.

Les ventes de l'Hexagone vers l'Algérie ont grimpé de 3,1 %, à 4,8 milliards d'euros, grâce aux céréales, aux médicaments et aux véhicules. À l'inverse, les importations françaises en provenance d'Algérie, constituées à plus de 90 % de pétrole et de gaz, ont baissé de 9,2 %, pour s'établir à 7 milliards d'euros.

Fin 2022, le stock d'investissements directs français en Algérie s'élevait à 2,6 milliards d'euros ; quelque 450 entreprises françaises emploient environ 40 000 personnes dans le pays.

Les priorités de la coopération économique (agriculture, énergies renouvelables, numérique) avaient été fixées par le Comité intergouvernemental de haut niveau, qui s'est réuni les 9 et 10 octobre 2022 à Alger sous la coprésidence des deux Premiers ministres.
""", [
    ("Le volume des échanges entre l'Algérie et la France a reculé de 4,5 % en 2023, à 11,8 milliards d'euros", T('trade', 11800000000, 'EUR', 4.5, 'decrease', '2023')),
    ("Les ventes de l'Hexagone vers l'Algérie ont grimpé de 3,1 %, à 4,8 milliards d'euros", T('exports', 4800000000, 'EUR', 3.1, 'increase', '2023')),
    ("les importations françaises en provenance d'Algérie, constituées à plus de 90 % de pétrole et de gaz, ont baissé de 9,2 %, pour s'établir à 7 milliards d'euros", T('imports', 7000000000, 'EUR', 9.2, 'decrease', '2023')),
    ("Fin 2022, le stock d'investissements directs français en Algérie s'élevait à 2,6 milliards d'euros", T('investment', 2600000000, 'EUR', period='2022')),
    ("le Comité intergouvernemental de haut niveau, qui s'est réuni les 9 et 10 octobre 2022 à Alger", M('joint_commission', ['DZ', 'FR'], '2022-10-09', 'Algiers')),
])

# ---------------------------------------------------------------- hold48/fr_002 (2019-06-28)
D('hold48/fr_002', 'French-language community news site in Lima', """
Lima – Actualité franco-péruvienne | Agenda | Petites annonces | Contact

Juin 2019 : un mois chargé pour la relation franco-péruvienne

Publié le 28/06/2019 par la rédaction

Le ministre délégué au Commerce extérieur a séjourné à Lima du 3 au 5 juin avec une vingtaine de chefs d'entreprise français. Le président Martín Vizcarra l'a reçu au palais du gouvernement, et il s'est entretenu avec les ministres de l'Économie et des Transports. Une lettre d'intention sur la coopération ferroviaire a été conclue et signée avec le ministère péruvien des Transports et des Communications.

830 millions d'euros : c'est le montant des échanges commerciaux franco-péruviens en 2018, en hausse de 6 % sur un an.

Quelques jours plus tôt, le 20 mai, Paris avait accueilli les consultations politiques annuelles entre la France et le Pérou, présidées par les secrétaires généraux des deux ministères des Affaires étrangères. Il y a été question de la visite en France que le président Vizcarra doit effectuer à l'automne.

À ne pas manquer : Festival du cinéma français, du 4 au 20 juillet, à Lima, Arequipa et Cusco.

Partager | Imprimer | Réagir
""", [
    ("Le ministre délégué au Commerce extérieur a séjourné à Lima du 3 au 5 juin", M('visit', ['FR', 'PE'], '2019-06-03', 'Lima')),
    ("Une lettre d'intention sur la coopération ferroviaire a été conclue et signée avec le ministère péruvien des Transports et des Communications", A('memorandum', 'signed', ['FR', 'PE'], '2019-06')),
    ("830 millions d'euros : c'est le montant des échanges commerciaux franco-péruviens en 2018, en hausse de 6 %", T('trade', 830000000, 'EUR', 6, 'increase', '2018')),
    ("le 20 mai, Paris avait accueilli les consultations politiques annuelles entre la France et le Pérou", M('consultations', ['FR', 'PE'], '2019-05-20', 'Paris')),
    ("la visite en France que le président Vizcarra doit effectuer à l'automne", M('visit', ['FR', 'PE'])),
])

# ---------------------------------------------------------------- hold49/fr_001 (2024-09-16)
D('hold49/fr_001', 'RFI Central Asia desk', """
Asie centrale : Yaël Braun-Pivet au Kazakhstan puis en Ouzbékistan

Yaël Braun-Pivet a entamé ce lundi, à Astana, une visite officielle de trois jours au Kazakhstan : aucun président de l'Assemblée nationale ne s'y était rendu depuis 2011.

Dès l'après-midi, le président du Majilis, Erlan Koshanov, et son invitée ont paraphé un mémorandum de coopération entre les deux chambres, qui prévoit notamment un groupe de travail sur la transition énergétique. Un entretien avec le président Kassym-Jomart Tokaïev est prévu mardi.

Le déplacement prolonge la visite d'État qu'avait effectuée Emmanuel Macron à Astana en novembre 2023, marquée par des contrats dans l'uranium et l'aéronautique. Le commerce franco-kazakh s'est établi à 4,8 milliards d'euros l'an dernier, en progression de 11 %, tiré par les achats français de pétrole et d'uranium.

Jeudi, la présidente de l'Assemblée sera à Tachkent, où le président ouzbek Chavkat Mirzioïev doit la recevoir.
""", [
    ("Yaël Braun-Pivet a entamé ce lundi, à Astana, une visite officielle de trois jours au Kazakhstan", M('visit', ['FR', 'KZ'], '2024-09-16', 'Astana')),
    ("le président du Majilis, Erlan Koshanov, et son invitée ont paraphé un mémorandum de coopération entre les deux chambres", A('memorandum', 'signed', ['FR', 'KZ'], '2024-09-16')),
    ("la visite d'État qu'avait effectuée Emmanuel Macron à Astana en novembre 2023", M('visit', ['FR', 'KZ'], '2023-11', 'Astana')),
    ("Le commerce franco-kazakh s'est établi à 4,8 milliards d'euros l'an dernier, en progression de 11 %", T('trade', 4800000000, 'EUR', 11, 'increase', '2023')),
    ("Jeudi, la présidente de l'Assemblée sera à Tachkent, où le président ouzbek Chavkat Mirzioïev doit la recevoir", M('visit', ['FR', 'UZ'], '2024-09-19', 'Tashkent')),
])

# ---------------------------------------------------------------- hold49/en_001 (2022-12-22)
D('hold49/en_001', 'AFP wire', """
Le Kazakhstan et l'Ouzbékistan deviennent « alliés »

TACHKENT, 22 déc 2022 (AFP) - Les présidents kazakh Kassym-Jomart Tokaïev et ouzbek Chavkat Mirzioïev ont signé jeudi un traité sur les relations d'alliance, les deux pays les plus peuplés de la région soldant leurs derniers différends sur une frontière commune de 2.300 km.

Arrivé mercredi à Tachkent pour une visite d'État de deux jours, M. Tokaïev s'est entretenu avec son hôte en format restreint puis élargi, selon la présidence ouzbèke.

Un accord sur la démarcation de la frontière d'État, négocié depuis 2001, a aussi été signé en leur présence, de même que deux mémorandums, l'un sur la gestion de l'eau, l'autre sur la logistique des transports. Le traité et l'accord frontalier doivent encore être ratifiés par les deux parlements.

« Aujourd'hui, nous ne sommes pas seulement voisins, nous sommes alliés », a déclaré M. Mirzioïev.

Les échanges bilatéraux ont atteint 4,6 milliards de dollars sur les onze premiers mois de 2022, en hausse de 27 % sur un an, selon les statistiques ouzbèkes ; les deux présidents visent 10 milliards d'ici 2030. Les ministres des Affaires étrangères doivent se retrouver en février à Astana.
""", [
    ("Arrivé mercredi à Tachkent pour une visite d'État de deux jours", M('visit', ['KZ', 'UZ'], '2022-12-21', 'Tashkent')),
    ("ont signé jeudi un traité sur les relations d'alliance", A('treaty', 'ratification', ['KZ', 'UZ'])),
    ("Un accord sur la démarcation de la frontière d'État, négocié depuis 2001, a aussi été signé en leur présence", A('agreement', 'ratification', ['KZ', 'UZ'])),
    ("deux mémorandums, l'un sur la gestion de l'eau, l'autre sur la logistique des transports", A('memorandum', 'signed', ['KZ', 'UZ'], '2022-12-22')),
    ("deux mémorandums, l'un sur la gestion de l'eau, l'autre sur la logistique des transports", A('memorandum', 'signed', ['KZ', 'UZ'], '2022-12-22')),
    ("Les échanges bilatéraux ont atteint 4,6 milliards de dollars sur les onze premiers mois de 2022, en hausse de 27 %", T('trade', 4600000000, 'USD', 27, 'increase', '2022-01/2022-11')),
    ("Les ministres des Affaires étrangères doivent se retrouver en février à Astana", M('talks', ['KZ', 'UZ'], '2023-02', 'Astana')),
])


# ---------------------------------------------------------------- writer
def load_index(orig):
    h, i = orig.split('/')
    for l in open(os.path.join(EVAL, h, 'index.jsonl'), encoding='utf-8'):
        r = json.loads(l)
        if r['id'] == i: return r
    raise KeyError(orig)

def main():
    os.makedirs(os.path.join(HERE, 'docs'), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, 'docs')):
        os.remove(os.path.join(HERE, 'docs', f))
    index, gold, table = [], [], []
    for orig, outlet, text, facts in DOCS:
        did = doc_id(orig)
        src = load_index(orig)
        open(os.path.join(HERE, 'docs', did + '.txt'), 'w', encoding='utf-8').write(text)
        r = {'id': did, 'lang': 'fr'}
        if 'reference_date' in src: r['reference_date'] = src['reference_date']
        r.update({'url': src['url'] + '#para29fr', 'source': outlet, 'license': src['license'],
                  'original': orig, 'original_lang': src['lang']})
        index.append(r)
        for ev, (typ, fields) in facts:
            assert ev in text, (did, ev)
            gold.append({'id': did, 'type': typ, 'evidence': ev, 'fields': fields})
        table.append((orig, did, src['lang'], outlet, len(facts)))
    with open(os.path.join(HERE, 'index.jsonl'), 'w', encoding='utf-8') as f:
        for r in index: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'originals.md'), 'w', encoding='utf-8') as f:
        f.write('| original | lang | retelling | outlet imitated | facts |\n|---|---|---|---|---|\n')
        for o, d, l, out, n in table: f.write('| %s | %s | %s | %s | %d |\n' % (o, l, d, out, n))
    print(len(index), 'documents,', len(gold), 'facts')


# ---------------------------------------------------------------- fixtures
# One fixture per retelling the pack reads exactly right (see README.md); the others are listed in NOT_YET and scored
# by `glean eval` on gold.jsonl only.
NOT_YET = {
    'fr_h39en004', 'fr_h39fr004', 'fr_h39fr006', 'fr_h40en001', 'fr_h40fr007', 'fr_h41en001', 'fr_h41en002',
    'fr_h41fr005', 'fr_h42en003', 'fr_h42fr001', 'fr_h42fr003', 'fr_h43en001', 'fr_h43fr004', 'fr_h44en007',
    'fr_h44fr001', 'fr_h45en006', 'fr_h45fr002', 'fr_h46en006', 'fr_h46fr004', 'fr_h47en005', 'fr_h47fr003',
    'fr_h47fr005', 'fr_h48en002', 'fr_h48fr002', 'fr_h48fr006', 'fr_h49en001', 'fr_h49fr001',
}

def yaml_value(v):
    if isinstance(v, list): return '[' + ', '.join(yaml_value(x) for x in v) + ']'
    if isinstance(v, (int, float)): return str(v)
    return json.dumps(v, ensure_ascii=False)

def write_fixtures():
    fx = os.path.join(HERE, 'fixtures')
    os.makedirs(fx, exist_ok=True)
    for f in os.listdir(fx):
        if f.endswith('.fixture.yaml'): os.remove(os.path.join(fx, f))
    n = 0
    for orig, outlet, text, facts in DOCS:
        did = doc_id(orig)
        if did in NOT_YET: continue
        src = load_index(orig)
        out = ['# %s: retelling (%s) of %s; gold as in ../gold.jsonl.' % (did, outlet, orig),
               'document: ../docs/%s.txt' % did, 'lang: fr']
        if 'reference_date' in src: out.append('reference_date: %s' % src['reference_date'])
        out.append('checks: [Meeting, Agreement, TradeFigure]')
        out.append('facts:' if facts else 'facts: []')
        for ev, (typ, fields) in facts:
            out.append('  - type: %s' % typ)
            out.append('    # evidence: %s' % ev)
            out.append('    fields:')
            for k, v in fields.items():
                if typ == 'TradeFigure' and k in ('amount', 'currency'): continue
                out.append('      %s: %s' % (k, yaml_value(v)))
            if typ == 'TradeFigure' and 'amount' in fields:
                out.append('      amount: {amount: %s, currency: %s}' % (fields['amount'], fields['currency']))
        open(os.path.join(fx, did + '.fixture.yaml'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
        n += 1
    print(n, 'fixtures')


if __name__ == '__main__':
    import sys
    main()
    if '--fixtures' in sys.argv: write_fixtures()
