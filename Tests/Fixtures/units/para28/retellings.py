#!/usr/bin/env python3
"""para28 — the same facts told another way (session 28).

Each entry retells one document of the diplomatic_news dev set's odd half (written by hand, before reading the
rule pack): `w` = another outlet in the same language (wire, regional daily, readout, feature), `x` = an outlet of
the other language (not a translation: other order, verbs, nouns, date and number forms). Same facts as the
original's gold. Writes docs/, index.jsonl (original id, reference date, lang) and gold.jsonl in the dev set's format.
Run: python3 retellings.py"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = '/work/shared/devsets/diplomatic_news'

sys.path.insert(0, os.path.dirname(HERE))
from matrixlib import M, A, T  # the gold builders shared by the retold sets

DOCS = []
def D(orig, variant, lang, text, facts):
    DOCS.append((orig, variant, lang, text.strip() + '\n', facts))

# ---------------------------------------------------------------- en_001 (2021-06-22)
D('en_001', 'w', 'en', """
Blinken heads to Berlin for Merkel, Maas talks and Libya conference

WASHINGTON, June 22 — U.S. Secretary of State Antony Blinken arrives in Germany on Tuesday for meetings with Chancellor Angela Merkel and Foreign Minister Heiko Maas, the State Department said, a trip meant to shore up ties strained in recent years.

The agenda covers the pandemic recovery, climate and how to deal with China and Russia. While in Berlin, Blinken is also due to attend the second Berlin conference on Libya, which seeks to consolidate the country's fragile peace.

Germany remains Washington's biggest trading partner in Europe. Trade in goods between the two has run at about $170 bln a year since 2012 and reached $172.9 bln last year, U.S. figures show.
""", [
    ("arrives in Germany on Tuesday for meetings with Chancellor Angela Merkel", M('visit', ['DE', 'US'], '2021-06-22')),
    ("Blinken is also due to attend the second Berlin conference on Libya", M('conference', ['DE', 'US'], location='Berlin')),
    ("Trade in goods between the two has run at about $170 bln a year since 2012", T('trade', 170000000000, 'USD')),
    ("reached $172.9 bln last year", T('trade', 172900000000, 'USD', period='2020')),
])
D('en_001', 'x', 'fr', """
Antony Blinken attendu à Berlin

Le chef de la diplomatie américaine, Antony Blinken, est attendu mardi 22 juin en Allemagne, où il doit s'entretenir avec la chancelière Angela Merkel et son homologue Heiko Maas. Washington entend ainsi réaffirmer son attachement à la relation transatlantique, mise à mal ces dernières années.

Au menu des discussions : la sortie de la pandémie, le climat et l'attitude à adopter face à Pékin et Moscou. Le secrétaire d'État prendra aussi part, dans la capitale allemande, à la deuxième conférence de Berlin sur la Libye.

Sur le plan économique, l'Allemagne est le premier partenaire commercial des États-Unis en Europe : les échanges de biens entre les deux pays avoisinent 170 milliards de dollars par an depuis 2012, et ont atteint 172,9 milliards de dollars en 2020.
""", [
    ("est attendu mardi 22 juin en Allemagne", M('visit', ['DE', 'US'], '2021-06-22')),
    ("prendra aussi part, dans la capitale allemande, à la deuxième conférence de Berlin sur la Libye", M('conference', ['DE', 'US'], location='Berlin')),
    ("les échanges de biens entre les deux pays avoisinent 170 milliards de dollars par an", T('trade', 170000000000, 'USD')),
    ("ont atteint 172,9 milliards de dollars en 2020", T('trade', 172900000000, 'USD', period='2020')),
])

# ---------------------------------------------------------------- en_005 (2021-07-14)
D('en_005', 'w', 'en', """
Blinken presses ASEAN to act on Myanmar

Secretary of State Antony Blinken urged Southeast Asian foreign ministers to hold Myanmar's junta to account, speaking at a special ASEAN-U.S. foreign ministers' meeting, his spokesman said.

Blinken told the ten-nation bloc that the five-point consensus it reached on Burma was an important step, but demanded immediate action, including the appointment of a special envoy. He also rejected Beijing's “unlawful” maritime claims in the South China Sea, restated U.S. support for the Mekong-U.S. Partnership and discussed vaccines and the climate crisis with the ministers.
""", [
    ("speaking at a special ASEAN-U.S. foreign ministers' meeting", M('conference', ['US'])),
    ("the five-point consensus it reached on Burma was an important step", A('agreement', 'adopted', [], title='five-point consensus')),
])
D('en_005', 'x', 'fr', """
Birmanie : Washington presse l'ASEAN d'agir

Le secrétaire d'État américain Antony Blinken s'est entretenu avec les ministres des Affaires étrangères de l'Association des nations de l'Asie du Sud-Est (ASEAN) et son secrétaire général, lors d'une réunion ministérielle spéciale ASEAN-États-Unis.

Il a jugé que le « consensus en cinq points » adopté par l'ASEAN constituait une avancée, tout en exhortant l'organisation à obliger la junte birmane à le respecter et à nommer un envoyé spécial. M. Blinken a en outre dénoncé les revendications maritimes « illégales » de la Chine en mer de Chine méridionale et plaidé pour la lutte contre la pandémie et le changement climatique.
""", [
    ("lors d'une réunion ministérielle spéciale ASEAN-États-Unis", M('conference', ['US'])),
    ("le « consensus en cinq points » adopté par l'ASEAN", A('agreement', 'adopted', [], title='consensus en cinq points')),
])

# ---------------------------------------------------------------- en_009 (2021-06-01)
D('en_009', 'w', 'en', """
Blinken in Costa Rica for Central American talks

Costa Rica, a democracy of five million that recently became the 38th member of the OECD, receives a high-profile guest this week. U.S. Secretary of State Antony Blinken lands in San José on 1 June for a two-day stay, during which he will attend a gathering of the Central American Integration System (SICA) hosted by President Carlos Alvarado Quesada.

Blinken's visit to Costa Rica also includes talks with Alvarado and Foreign Minister Rodolfo Solano on migration, drug trafficking, human rights and climate change.

The United States is Costa Rica's main trading partner and its largest foreign investor: U.S. direct investment stood at US$1.92 billion in 2019, some 70% of the total.
""", [
    ("he will attend a gathering of the Central American Integration System (SICA) hosted by President Carlos Alvarado Quesada", M('conference', ['CR', 'US'], '2021-06-01', 'San Jose')),
    # The visit's first statement is the landing (devset README: the evidence is the first sentence part stating it).
    ("U.S. Secretary of State Antony Blinken lands in San José on 1 June", M('visit', ['CR', 'US'], '2021-06-01', 'San Jose')),
    ("U.S. direct investment stood at US$1.92 billion in 2019", T('investment', 1920000000, 'USD', period='2019')),
])
D('en_009', 'x', 'fr', """
Costa Rica : Antony Blinken à San José les 1er et 2 juin

Le secrétaire d'État des États-Unis se rend au Costa Rica les 1er et 2 juin 2021 pour participer à une réunion du Système d'intégration centraméricain (SICA), convoquée par le président costaricien Carlos Alvarado Quesada. Au Costa Rica, il s'entretiendra aussi avec le président Alvarado et le ministre des Affaires étrangères Rodolfo Solano Quirós, notamment des migrations, de la lutte antidrogue et du climat.

Premier partenaire commercial du pays, les États-Unis en sont aussi le premier investisseur étranger, avec un stock d'investissements directs de 1,92 milliard de dollars en 2019, soit 70 % du total.
""", [
    ("se rend au Costa Rica les 1er et 2 juin 2021 pour participer à une réunion du Système d'intégration centraméricain (SICA)", M('conference', ['CR', 'US'], '2021-06-01', 'San Jose')),
    ("Au Costa Rica, il s'entretiendra aussi avec le président Alvarado", M('visit', ['CR', 'US'], '2021-06-01', 'San Jose')),
    ("un stock d'investissements directs de 1,92 milliard de dollars en 2019", T('investment', 1920000000, 'USD', period='2019')),
])

# ---------------------------------------------------------------- en_013 (2022-03-28)
ARTEMIS = ['AE', 'AU', 'BH', 'BR', 'CA', 'GB', 'IL', 'IT', 'JP', 'KR', 'LU', 'MX', 'NZ', 'PL', 'RO', 'SG', 'UA', 'US']
D('en_013', 'w', 'en', """
Singapore becomes 18th nation to join Artemis Accords

WASHINGTON, March 28 — Singapore on Monday joined the U.S.-led Artemis Accords, with Trade and Industry Minister Gan Kim Yong putting his signature to the space-exploration principles at a ceremony in Washington.

The step follows Vice President Kamala Harris's visit to Singapore last August, when she and Prime Minister Lee Hsien Loong discussed space cooperation.

The accords, which build on the 1967 Outer Space Treaty, have now been signed by Australia, Bahrain, Brazil, Canada, Israel, Italy, Japan, South Korea, Luxembourg, Mexico, New Zealand, Poland, Romania, Ukraine, the United Arab Emirates, Britain and the United States, besides Singapore.
""", [
    ("Singapore on Monday joined the U.S.-led Artemis Accords", A('agreement', 'signed', ARTEMIS, '2022-03-28', 'Artemis Accords')),
    ("Vice President Kamala Harris's visit to Singapore last August", M('visit', ['SG', 'US'], '2021-08', 'Singapore')),
    ("The accords, which build on the 1967 Outer Space Treaty", A('treaty', 'in_force', [], title='Outer Space Treaty')),
])
D('en_013', 'x', 'fr', """
Espace : Singapour adhère aux accords Artemis

Singapour est devenu le 28 mars 2022 le dix-huitième pays signataire des accords Artemis, lors d'une cérémonie organisée à Washington : le ministre du Commerce et de l'Industrie, Gan Kim Yong, a paraphé le texte au nom de la République de Singapour. Ce rapprochement avait été amorcé lors du déplacement de la vice-présidente américaine Kamala Harris à Singapour en août 2021.

Fondés sur le traité de l'espace de 1967, les accords Artemis réunissent désormais l'Australie, Bahreïn, le Brésil, le Canada, les Émirats arabes unis, les États-Unis, Israël, l'Italie, le Japon, le Luxembourg, le Mexique, la Nouvelle-Zélande, la Pologne, la Corée du Sud, la Roumanie, le Royaume-Uni, l'Ukraine et Singapour.
""", [
    ("Singapour est devenu le 28 mars 2022 le dix-huitième pays signataire des accords Artemis", A('agreement', 'signed', ARTEMIS, '2022-03-28', 'accords Artemis')),
    ("lors du déplacement de la vice-présidente américaine Kamala Harris à Singapour en août 2021", M('visit', ['SG', 'US'], '2021-08', 'Singapore')),
    ("Fondés sur le traité de l'espace de 1967", A('treaty', 'in_force', [], title="traité de l'espace")),
])

# ---------------------------------------------------------------- en_017 (2018-07-02)
D('en_017', 'w', 'en', """
Trudeau calls Mexico's president-elect

OTTAWA — Prime Minister Justin Trudeau telephoned Andrés Manuel López Obrador on Monday to congratulate him on winning Mexico's presidential election, his office said.

The two men talked about the close partnership between Canada and Mexico and about trade, agreeing that modernizing the North American Free Trade Agreement remains a shared priority. They also pledged to work together on good jobs, economic growth that works for everyone and the rights of Indigenous peoples.
""", [
    ("Prime Minister Justin Trudeau telephoned Andrés Manuel López Obrador on Monday", M('phone_call', ['CA', 'MX'], '2018-07-02')),
    ("modernizing the North American Free Trade Agreement remains a shared priority", A('agreement', 'planned', ['CA', 'MX', 'US'], title='North American Free Trade Agreement')),
])
D('en_017', 'x', 'fr', """
Entretien téléphonique entre Justin Trudeau et le président élu du Mexique

Le 2 juillet 2018, le premier ministre du Canada a appelé M. Andrés Manuel López Obrador pour le féliciter de sa victoire à l'élection présidentielle mexicaine.

Les deux dirigeants ont salué l'amitié entre le Canada et le Mexique et se sont dits déterminés à moderniser l'Accord de libre-échange nord-américain (ALENA), dans l'intérêt de leurs populations. Ils ont également évoqué la création d'emplois, une croissance qui profite à tous et les droits des peuples autochtones.
""", [
    ("Le 2 juillet 2018, le premier ministre du Canada a appelé M. Andrés Manuel López Obrador", M('phone_call', ['CA', 'MX'], '2018-07-02')),
    ("déterminés à moderniser l'Accord de libre-échange nord-américain (ALENA)", A('agreement', 'planned', ['CA', 'MX', 'US'], title='Accord de libre-échange nord-américain')),
])

# ---------------------------------------------------------------- en_021 (2021-11-23)
D('en_021', 'w', 'en', """
Putin hosts Abbas in Sochi, says stance on Palestine unchanged

Russian President Vladimir Putin received Palestinian President Mahmoud Abbas in the Black Sea resort of Sochi, the Kremlin said, with talks centred on the Middle East and bilateral ties.

Opening the meeting, Putin said trade between Russia and the Palestinian territories, though modest, had grown more than 30% in 2020 despite the pandemic, and regretted that Covid had stalled the work of the intergovernmental commission. Moscow's position in favour of a two-state solution “remains unchanged”, he said.
""", [
    ("Russian President Vladimir Putin received Palestinian President Mahmoud Abbas in the Black Sea resort of Sochi", M('talks', ['PS', 'RU'], location='Sochi')),
    ("trade between Russia and the Palestinian territories, though modest, had grown more than 30% in 2020", T('trade', chg=30, direction='increase', period='2020')),
])
D('en_021', 'x', 'fr', """
Vladimir Poutine reçoit Mahmoud Abbas à Sotchi

Le président palestinien Mahmoud Abbas a été reçu à Sotchi par Vladimir Poutine pour des entretiens consacrés à la coopération bilatérale et au Proche-Orient.

« Nous devons nous rencontrer régulièrement », a déclaré le président russe en ouverture, rappelant que Moscou fournit médicaments et vaccins aux Palestiniens. Selon lui, les échanges commerciaux russo-palestiniens restent modestes mais ont progressé de plus de 30 % l'an dernier. La position de la Russie en faveur de deux États « reste inchangée », a-t-il assuré.
""", [
    ("Le président palestinien Mahmoud Abbas a été reçu à Sotchi par Vladimir Poutine", M('talks', ['PS', 'RU'], location='Sochi')),
    ("les échanges commerciaux russo-palestiniens restent modestes mais ont progressé de plus de 30 % l'an dernier", T('trade', chg=30, direction='increase', period='2020')),
])

# ---------------------------------------------------------------- en_025 (2022-03-30)
D('en_025', 'w', 'en', """
Blinken touts booming U.S.-Algeria trade ahead of Tebboune meeting

ALGIERS, March 30 — Business between the United States and Algeria is booming, Secretary of State Antony Blinken told U.S. companies at the embassy on Wednesday, ahead of talks with President Abdelmadjid Tebboune later in the day.

Two-way trade reached $2.6 billion in 2021, up from $1.2 billion in 2020, Blinken said, and January alone saw $331 million in bilateral trade. The United States will be the country of honor at the Algiers International Fair in June.
""", [
    ("ahead of talks with President Abdelmadjid Tebboune later in the day", M('talks', ['DZ', 'US'], '2022-03-30')),
    ("Two-way trade reached $2.6 billion in 2021", T('trade', 2600000000, 'USD', direction='increase', period='2021')),
    ("up from $1.2 billion in 2020", T('trade', 1200000000, 'USD', period='2020')),
    ("January alone saw $331 million in bilateral trade", T('trade', 331000000, 'USD', period='2022-01')),
])
D('en_025', 'x', 'fr', """
Algérie-États-Unis : le commerce bilatéral a plus que doublé en 2021

Alger, 30 mars 2022 — Le secrétaire d'État américain Antony Blinken a salué mercredi, devant des entreprises américaines réunies à l'ambassade, le dynamisme des relations économiques entre les deux pays.

Les échanges bilatéraux, qui s'élevaient à 1,2 milliard de dollars en 2020, ont atteint 2,6 milliards en 2021, malgré la pandémie. Pour le seul mois de janvier 2022, ils ont représenté 331 millions de dollars. M. Blinken devait s'entretenir dans l'après-midi avec le président Abdelmadjid Tebboune.
""", [
    ("Les échanges bilatéraux, qui s'élevaient à 1,2 milliard de dollars en 2020", T('trade', 1200000000, 'USD', period='2020')),
    ("ont atteint 2,6 milliards en 2021", T('trade', 2600000000, 'USD', direction='increase', period='2021')),
    ("Pour le seul mois de janvier 2022, ils ont représenté 331 millions de dollars", T('trade', 331000000, 'USD', period='2022-01')),
    ("devait s'entretenir dans l'après-midi avec le président Abdelmadjid Tebboune", M('talks', ['DZ', 'US'], '2022-03-30')),
])

# ---------------------------------------------------------------- en_029 (2022-04-28)
D('en_029', 'w', 'en', """
U.S., Iceland reaffirm NATO ties at annual strategic dialogue

REYKJAVIK — The United States and Iceland held their annual strategic dialogue in the Icelandic capital on Tuesday, April 26, according to a joint statement issued by the two governments.

Officials condemned Russia's war against Ukraine, reviewed cooperation within NATO and discussed China's influence in Europe, the Arctic, climate change and cybersecurity. The bilateral defense agreement between Washington and Reykjavik, in force since 1951, continues to underpin the security of both democracies, the statement said.
""", [
    ("The United States and Iceland held their annual strategic dialogue in the Icelandic capital on Tuesday, April 26", M('consultations', ['IS', 'US'], '2022-04-26', 'Reykjavik')),
    ("according to a joint statement issued by the two governments", A('joint_communique', 'adopted', ['IS', 'US'])),
    ("The bilateral defense agreement between Washington and Reykjavik, in force since 1951", A('agreement', 'in_force', ['IS', 'US'])),
])
D('en_029', 'x', 'fr', """
Déclaration conjointe des États-Unis et de l'Islande

Les gouvernements américain et islandais ont publié une déclaration commune à l'issue de leur dialogue stratégique annuel, tenu le 26 avril à Reykjavik.

Alliés au sein de l'OTAN, les deux pays y ont condamné l'agression russe contre l'Ukraine et passé en revue leur relation de sécurité, ainsi que l'Arctique, la cybersécurité et l'influence chinoise en Europe. L'accord de défense bilatéral qui lie Washington et Reykjavik depuis 1951 reste en vigueur et contribue à la sécurité des deux démocraties.
""", [
    ("Les gouvernements américain et islandais ont publié une déclaration commune", A('joint_communique', 'adopted', ['IS', 'US'])),
    ("leur dialogue stratégique annuel, tenu le 26 avril à Reykjavik", M('consultations', ['IS', 'US'], '2022-04-26', 'Reykjavik')),
    ("L'accord de défense bilatéral qui lie Washington et Reykjavik depuis 1951 reste en vigueur", A('agreement', 'in_force', ['IS', 'US'])),
])

# ---------------------------------------------------------------- en_031 (2021-11-17)
D('en_031', 'w', 'en', """
Putin hails Russia-Uzbekistan regional ties

President Vladimir Putin addressed participants of the second Russia-Uzbekistan interregional cooperation forum, praising links between the regions of the two countries as a driver of their strategic partnership.

Bilateral trade rose 16% in 2020 to nearly $6 billion, Putin said, and grew another 6% in January-September 2021. Russia ranks as Uzbekistan's second trading partner and one of its main investors, with more than 150 joint projects worth over $14 billion under way, he added.
""", [
    ("addressed participants of the second Russia-Uzbekistan interregional cooperation forum", M('conference', ['RU', 'UZ'])),
    ("Bilateral trade rose 16% in 2020 to nearly $6 billion", T('trade', 6000000000, 'USD', 16, 'increase', '2020')),
    ("grew another 6% in January-September 2021", T('trade', chg=6, direction='increase', period='2021-01/2021-09')),
    ("one of its main investors, with more than 150 joint projects worth over $14 billion under way", T('investment', 14000000000, 'USD')),
])
D('en_031', 'x', 'fr', """
Forum interrégional russo-ouzbek : Vladimir Poutine salue une coopération « intense »

Dans un message adressé aux participants du deuxième Forum de coopération interrégionale Russie-Ouzbékistan, le président russe a souligné la vigueur du partenariat stratégique entre les deux pays.

La Russie est le deuxième partenaire commercial de l'Ouzbékistan : les échanges ont augmenté de 16 % en 2020, à près de 6 milliards de dollars, puis de plus de 6 % sur les neuf premiers mois de 2021. Avec plus de 150 projets communs en cours, pour un montant supérieur à 14 milliards de dollars, la Russie figure parmi les principaux investisseurs dans l'économie ouzbèke.
""", [
    ("aux participants du deuxième Forum de coopération interrégionale Russie-Ouzbékistan", M('conference', ['RU', 'UZ'])),
    ("les échanges ont augmenté de 16 % en 2020, à près de 6 milliards de dollars", T('trade', 6000000000, 'USD', 16, 'increase', '2020')),
    ("puis de plus de 6 % sur les neuf premiers mois de 2021", T('trade', chg=6, direction='increase', period='2021-01/2021-09')),
    ("Avec plus de 150 projets communs en cours, pour un montant supérieur à 14 milliards de dollars", T('investment', 14000000000, 'USD')),
])

# ---------------------------------------------------------------- en_033 (2018-10-01)
D('en_033', 'w', 'en', """
Trudeau, Trump hail new trade pact in phone call

Prime Minister Justin Trudeau and U.S. President Donald Trump spoke by phone on Monday, a day after negotiators clinched a deal to modernize North American trade.

The leaders welcomed the United States-Mexico-Canada Agreement, struck late Sunday between Ottawa and Washington with Mexico also on board, saying it would create jobs, grow the middle class and bring stability to the region. They agreed to stay in close contact to move the pact forward.
""", [
    ("Prime Minister Justin Trudeau and U.S. President Donald Trump spoke by phone on Monday", M('phone_call', ['CA', 'US'], '2018-10-01')),
    ("a day after negotiators clinched a deal to modernize North American trade", A('agreement', 'adopted', ['CA', 'MX', 'US'], '2018-09-30', 'United States-Mexico-Canada Agreement')),
])
D('en_033', 'x', 'fr', """
Justin Trudeau et Donald Trump se félicitent de l'AEUMC

Le premier ministre Justin Trudeau s'est entretenu au téléphone, le 1er octobre 2018, avec le président américain Donald J. Trump.

Les deux dirigeants ont salué l'entente conclue la veille au soir par le Canada et les États-Unis, avec le Mexique, sur un nouvel accord commercial moderne : l'Accord États-Unis-Mexique-Canada (AEUMC). Selon eux, l'accord favorisera l'emploi, la classe moyenne et la compétitivité nord-américaine. Ils sont convenus de rester en contact étroit.
""", [
    ("Le premier ministre Justin Trudeau s'est entretenu au téléphone, le 1er octobre 2018, avec le président américain", M('phone_call', ['CA', 'US'], '2018-10-01')),
    ("l'entente conclue la veille au soir par le Canada et les États-Unis, avec le Mexique", A('agreement', 'adopted', ['CA', 'MX', 'US'], '2018-09-30', 'Accord États-Unis-Mexique-Canada')),
])

# ---------------------------------------------------------------- en_045 (2022-06-08)
D('en_045', 'w', 'en', """
Putin, Raisi discuss nuclear deal in phone call

Russian President Vladimir Putin and his Iranian counterpart Ebrahim Raisi spoke by telephone, the Kremlin said, with Putin offering condolences over a deadly train derailment in Iran.

The two leaders praised the state of bilateral relations and joint economic projects. On Iran's nuclear programme, they said diplomacy must continue toward a final deal that would preserve and fully implement the Joint Comprehensive Plan of Action, endorsed by UN Security Council Resolution 2231. They also backed the Astana format on Syria.
""", [
    ("Russian President Vladimir Putin and his Iranian counterpart Ebrahim Raisi spoke by telephone", M('phone_call', ['IR', 'RU'])),
    ("diplomacy must continue toward a final deal", A('agreement', 'planned', [])),
    ("preserve and fully implement the Joint Comprehensive Plan of Action", A('action_plan', 'in_force', [], title='Joint Comprehensive Plan of Action')),
])
D('en_045', 'x', 'fr', """
Entretien téléphonique Poutine-Raïssi

Vladimir Poutine et le président iranien Ebrahim Raïssi ont eu un échange téléphonique, a annoncé le Kremlin. Le président russe a présenté ses condoléances après l'accident ferroviaire survenu en Iran.

Les deux chefs d'État ont salué le niveau des relations russo-iraniennes. S'agissant du programme nucléaire iranien, ils ont souligné la nécessité de poursuivre les efforts diplomatiques en vue d'un accord définitif garantissant la préservation et la pleine mise en œuvre du Plan d'action global commun (PAGC), approuvé par la résolution 2231 du Conseil de sécurité.
""", [
    ("Vladimir Poutine et le président iranien Ebrahim Raïssi ont eu un échange téléphonique", M('phone_call', ['IR', 'RU'])),
    ("poursuivre les efforts diplomatiques en vue d'un accord définitif", A('agreement', 'planned', [])),
    ("la pleine mise en œuvre du Plan d'action global commun (PAGC)", A('action_plan', 'in_force', [], title="Plan d'action global commun")),
])

# ---------------------------------------------------------------- en_047 (2022-05-16)
D('en_047', 'w', 'en', """
Putin meets Japarov after CSTO summit

Vladimir Putin and Kyrgyz President Sadyr Japarov sat down for bilateral talks once the Collective Security Treaty Organisation summit had wrapped up, the Kremlin said.

“We have already worked half a day on the CSTO agenda,” Putin said, adding that trade between the two countries had jumped 34% last year, keeping Russia firmly Kyrgyzstan's top trading partner. Japarov thanked his host and noted that this year marks three decades of diplomatic relations.
""", [
    ("Vladimir Putin and Kyrgyz President Sadyr Japarov sat down for bilateral talks", M('talks', ['KG', 'RU'])),
    ("once the Collective Security Treaty Organisation summit had wrapped up", M('summit', ['KG', 'RU'])),
    ("trade between the two countries had jumped 34% last year", T('trade', chg=34, direction='increase', period='2021')),
])
D('en_047', 'x', 'fr', """
Entretiens russo-kirghizes en marge du sommet de l'OTSC

À l'issue du sommet de l'Organisation du traité de sécurité collective (OTSC), Vladimir Poutine s'est entretenu avec le président kirghize Sadyr Japarov.

« Nous avons travaillé une demi-journée sur l'agenda de l'OTSC, nous pouvons maintenant parler de nos relations bilatérales », a déclaré le président russe, relevant que le commerce entre les deux pays avait bondi de 34 % l'année dernière. La Russie demeure le premier partenaire commercial du Kirghizistan.
""", [
    ("À l'issue du sommet de l'Organisation du traité de sécurité collective (OTSC)", M('summit', ['KG', 'RU'])),
    ("Vladimir Poutine s'est entretenu avec le président kirghize Sadyr Japarov", M('talks', ['KG', 'RU'])),
    ("le commerce entre les deux pays avait bondi de 34 % l'année dernière", T('trade', chg=34, direction='increase', period='2021')),
])

# ---------------------------------------------------------------- en_055 (2022-02-22)
D('en_055', 'w', 'en', """
Russia, Azerbaijan sign alliance declaration

Vladimir Putin and Azerbaijan's President Ilham Aliyev signed a Declaration on Allied Interaction on Tuesday, lifting relations to “a qualitatively new level”, Putin told reporters after their talks.

The document, signed in the 30th anniversary year of diplomatic ties, was the main outcome of the negotiations, he said. Trade between the two countries grew 16% in 2021 to $3.4 billion, while mutual investment stands at roughly $6 billion. The intergovernmental commission is due to meet soon.
""", [
    ("signed a Declaration on Allied Interaction on Tuesday", A('declaration', 'signed', ['AZ', 'RU'], '2022-02-22', 'Declaration on Allied Interaction')),
    ("Putin told reporters after their talks", M('talks', ['AZ', 'RU'], '2022-02-22')),
    ("Trade between the two countries grew 16% in 2021 to $3.4 billion", T('trade', 3400000000, 'USD', 16, 'increase', '2021')),
    ("mutual investment stands at roughly $6 billion", T('investment', 6000000000, 'USD')),
    ("The intergovernmental commission is due to meet soon", M('joint_commission', ['AZ', 'RU'])),
])
D('en_055', 'x', 'fr', """
Moscou et Bakou scellent leur alliance

Une déclaration sur l'interaction alliée entre la Russie et l'Azerbaïdjan a été signée le 22 février 2022 à l'issue des entretiens entre Vladimir Poutine et Ilham Aliev. Selon le président russe, ce document stratégique fait passer les relations bilatérales « à un niveau qualitativement nouveau ».

En 2021, le commerce bilatéral a progressé de 16 % pour s'établir à 3,4 milliards de dollars ; les investissements croisés avoisinent 6 milliards de dollars. La commission intergouvernementale russo-azerbaïdjanaise doit prochainement tenir sa session ordinaire.
""", [
    ("Une déclaration sur l'interaction alliée entre la Russie et l'Azerbaïdjan a été signée le 22 février 2022", A('declaration', 'signed', ['AZ', 'RU'], '2022-02-22', "déclaration sur l'interaction alliée entre la Russie et l'Azerbaïdjan")),
    ("à l'issue des entretiens entre Vladimir Poutine et Ilham Aliev", M('talks', ['AZ', 'RU'], '2022-02-22')),
    ("En 2021, le commerce bilatéral a progressé de 16 % pour s'établir à 3,4 milliards de dollars", T('trade', 3400000000, 'USD', 16, 'increase', '2021')),
    ("les investissements croisés avoisinent 6 milliards de dollars", T('investment', 6000000000, 'USD')),
    ("La commission intergouvernementale russo-azerbaïdjanaise doit prochainement tenir sa session ordinaire", M('joint_commission', ['AZ', 'RU'])),
])

# ---------------------------------------------------------------- en_065 (2022-05-31)
TRI = ['AM', 'AZ', 'RU']
D('en_065', 'w', 'en', """
Aliyev briefs Putin on Brussels meeting with Pashinyan

Azerbaijani President Ilham Aliyev phoned Vladimir Putin to update him on his May 22 talks in Brussels with Armenian Prime Minister Nikol Pashinyan, hosted by European Council President Charles Michel, the Kremlin said.

The leaders reviewed how the agreements reached by the three leaders on 9 November 2020, 11 January 2021 and 26 November 2021 were being carried out, and discussed trade and the results of Aliyev's February 2022 official visit to Moscow.
""", [
    ("Azerbaijani President Ilham Aliyev phoned Vladimir Putin", M('phone_call', ['AZ', 'RU'])),
    ("his May 22 talks in Brussels with Armenian Prime Minister Nikol Pashinyan", M('talks', ['AM', 'AZ'], '2022-05-22', 'Brussels')),
    ("the agreements reached by the three leaders on 9 November 2020, 11 January 2021 and 26 November 2021", A('agreement', 'adopted', TRI, '2020-11-09')),
    ("the agreements reached by the three leaders on 9 November 2020, 11 January 2021 and 26 November 2021", A('agreement', 'adopted', TRI, '2021-01-11')),
    ("the agreements reached by the three leaders on 9 November 2020, 11 January 2021 and 26 November 2021", A('agreement', 'adopted', TRI, '2021-11-26')),
    ("Aliyev's February 2022 official visit to Moscow", M('visit', ['AZ', 'RU'], '2022-02', 'Moscow')),
])
D('en_065', 'x', 'fr', """
Appel téléphonique entre Ilham Aliev et Vladimir Poutine

À l'initiative de Bakou, les présidents azerbaïdjanais et russe se sont parlé au téléphone. Ils ont fait le point sur l'application des accords conclus par les dirigeants de la Russie, de l'Azerbaïdjan et de l'Arménie les 9 novembre 2020, 11 janvier 2021 et 26 novembre 2021.

M. Aliev a rendu compte à son homologue de sa rencontre du 22 mai à Bruxelles avec le Premier ministre arménien Nikol Pachinian et le président du Conseil européen Charles Michel. Les deux présidents ont aussi évoqué les suites de la visite officielle de M. Aliev à Moscou en février 2022.
""", [
    ("les présidents azerbaïdjanais et russe se sont parlé au téléphone", M('phone_call', ['AZ', 'RU'])),
    ("accords conclus par les dirigeants de la Russie, de l'Azerbaïdjan et de l'Arménie les 9 novembre 2020, 11 janvier 2021 et 26 novembre 2021", A('agreement', 'adopted', TRI, '2020-11-09')),
    ("accords conclus par les dirigeants de la Russie, de l'Azerbaïdjan et de l'Arménie les 9 novembre 2020, 11 janvier 2021 et 26 novembre 2021", A('agreement', 'adopted', TRI, '2021-01-11')),
    ("accords conclus par les dirigeants de la Russie, de l'Azerbaïdjan et de l'Arménie les 9 novembre 2020, 11 janvier 2021 et 26 novembre 2021", A('agreement', 'adopted', TRI, '2021-11-26')),
    ("sa rencontre du 22 mai à Bruxelles avec le Premier ministre arménien Nikol Pachinian", M('talks', ['AM', 'AZ'], '2022-05-22', 'Brussels')),
    ("la visite officielle de M. Aliev à Moscou en février 2022", M('visit', ['AZ', 'RU'], '2022-02', 'Moscow')),
])

# ---------------------------------------------------------------- en_071 (2022-03-11)
D('en_071', 'w', 'en', """
U.S., African Union Commission ink health cooperation memorandum

Secretary of State Antony Blinken and African Union Commission Chairperson Moussa Faki Mahamat on Friday signed a Memorandum of Cooperation to expand their public health partnership. The signing took place during the U.S.-AUC High-Level Dialogue in Washington.

The memorandum aims to strengthen national public health institutes, research and vaccine manufacturing capacity in Africa, building on cooperation with the Africa Centres for Disease Control and Prevention since 2015.
""", [
    ("on Friday signed a Memorandum of Cooperation", A('memorandum', 'signed', ['US'], '2022-03-11', 'Memorandum of Cooperation')),
    ("during the U.S.-AUC High-Level Dialogue in Washington", M('consultations', ['US'], '2022-03-11', 'Washington')),
])
D('en_071', 'x', 'fr', """
Santé : Washington et la Commission de l'Union africaine signent un mémorandum

Un mémorandum de coopération a été signé le 11 mars 2022 à Washington par le secrétaire d'État américain Antony Blinken et le président de la Commission de l'Union africaine, Moussa Faki Mahamat, à l'occasion du dialogue de haut niveau États-Unis – Commission de l'UA.

Le texte vise à renforcer les instituts nationaux de santé publique, la recherche et la production de vaccins sur le continent, dans le prolongement du partenariat noué avec les Centres africains de contrôle et de prévention des maladies.
""", [
    ("Un mémorandum de coopération a été signé le 11 mars 2022 à Washington", A('memorandum', 'signed', ['US'], '2022-03-11', 'mémorandum de coopération')),
    ("à l'occasion du dialogue de haut niveau États-Unis – Commission de l'UA", M('consultations', ['US'], '2022-03-11', 'Washington')),
])

# ---------------------------------------------------------------- en_077 (2022-04-27): no fact
D('en_077', 'w', 'en', """
Washington congratulates Togo on Independence Day

Secretary of State Antony Blinken sent greetings to the people of Togo on their national day, marking 62 years of independence.

In his message, Blinken said the two countries enjoy a productive and growing relationship built on health, security, economic growth and democratic values. He cited U.S. help over the past year, including COVID-19 vaccines delivered through COVAX, training for Togolese security forces facing terrorist threats, vocational programmes for women and youth, and Peace Corps and PEPFAR activities, and said Washington looks forward to deepening ties.
""", [])
D('en_077', 'x', 'fr', """
Fête nationale du Togo : le message d'Antony Blinken

Au nom des États-Unis, le secrétaire d'État Antony Blinken a adressé ses vœux au peuple togolais à l'occasion de la fête nationale, qui marque le 62e anniversaire de l'indépendance.

Il a salué une relation « productive et croissante » entre les deux pays, fondée sur la santé, la sécurité, la croissance économique et les valeurs démocratiques. Washington a notamment fourni l'an dernier des vaccins contre la COVID-19 par l'intermédiaire de COVAX et formé les forces de sécurité togolaises face à la menace terroriste. Les États-Unis entendent approfondir encore leurs liens avec le Togo.
""", [])

# ---------------------------------------------------------------- en_079 (2021-11-30)
D('en_079', 'w', 'en', """
Vietnam's Phuc in Moscow for talks with Putin

Vietnamese President Nguyen Xuan Phuc, on a working visit to Russia, held talks with Vladimir Putin at the Kremlin covering trade, defence industry cooperation and science.

The two presidents adopted a joint statement setting out their vision of the comprehensive strategic partnership until 2030. Putin noted that bilateral trade had risen by over 15% last year and by more than 16% in January-September, and recalled that the anniversary of the Declaration of Strategic Partnership was marked this year.
""", [
    ("Vietnamese President Nguyen Xuan Phuc, on a working visit to Russia", M('visit', ['RU', 'VN'], location='Moscow')),
    ("The two presidents adopted a joint statement", A('joint_communique', 'adopted', ['RU', 'VN'])),
    ("bilateral trade had risen by over 15% last year", T('trade', chg=15, direction='increase', period='2020')),
    ("by more than 16% in January-September", T('trade', chg=16, direction='increase', period='2021-01/2021-09')),
    ("the anniversary of the Declaration of Strategic Partnership", A('declaration', 'signed', ['RU', 'VN'], title='Declaration of Strategic Partnership')),
])
D('en_079', 'x', 'fr', """
Le président vietnamien en visite de travail en Russie

Nguyen Xuan Phuc, président de la République socialiste du Vietnam, effectue une visite de travail en Russie. Reçu au Kremlin par Vladimir Poutine, il a évoqué avec lui la coopération politique, commerciale et militaro-industrielle.

Une déclaration commune sur le partenariat stratégique global à l'horizon 2030 a été adoptée à l'issue des entretiens. Le président russe a rappelé que les échanges entre les deux pays avaient crû de plus de 15 % l'an passé, et de plus de 16 % au cours des neuf premiers mois de l'année. Cette année a aussi été marquée par l'anniversaire de la Déclaration de partenariat stratégique.
""", [
    ("effectue une visite de travail en Russie", M('visit', ['RU', 'VN'], location='Moscow')),
    ("Une déclaration commune sur le partenariat stratégique global à l'horizon 2030 a été adoptée", A('joint_communique', 'adopted', ['RU', 'VN'])),
    ("les échanges entre les deux pays avaient crû de plus de 15 % l'an passé", T('trade', chg=15, direction='increase', period='2020')),
    ("de plus de 16 % au cours des neuf premiers mois de l'année", T('trade', chg=16, direction='increase', period='2021-01/2021-09')),
    ("l'anniversaire de la Déclaration de partenariat stratégique", A('declaration', 'signed', ['RU', 'VN'], title='Déclaration de partenariat stratégique')),
])

# ---------------------------------------------------------------- fr_005 (2013-01-18)
D('fr_005', 'w', 'fr', """
Brasilia accueillera le sixième sommet entre l'Union européenne et le Brésil

Les dirigeants européens et brésiliens se retrouveront jeudi 24 janvier à Brasilia pour leur sixième sommet, plus de cinq ans après le lancement de leur partenariat stratégique, en juillet 2007.

Paix et sécurité, G20, commerce, climat et énergie figureront à l'ordre du jour, de même que le Mercosur, avec lequel l'UE négocie toujours un accord d'association. Les participants évoqueront aussi le sommet UE-CELAC prévu les 26 et 27 janvier à Santiago du Chili, ainsi que la situation au Proche-Orient et en Afrique.
""", [
    ("se retrouveront jeudi 24 janvier à Brasilia pour leur sixième sommet", M('summit', ['BR'], '2013-01-24', 'Brasilia')),
    ("avec lequel l'UE négocie toujours un accord d'association", A('agreement', 'planned', [], title="accord d'association")),
    ("le sommet UE-CELAC prévu les 26 et 27 janvier à Santiago du Chili", M('summit', ['CL'], '2013-01-26', 'Santiago')),
])
D('fr_005', 'x', 'en', """
EU and Brazil to hold sixth summit in Brasilia

BRUSSELS, 18 January 2013 — Leaders of the European Union and Brazil will meet in Brasilia on 24 January for their sixth summit, as the strategic partnership launched in 2007 keeps deepening.

Talks will cover international security, the G20, the Doha trade round, climate change and energy. Leaders will also take stock of the ongoing negotiations on an EU-Mercosur association agreement and look ahead to the EU-CELAC summit in Santiago, Chile, on 26-27 January.
""", [
    ("Leaders of the European Union and Brazil will meet in Brasilia on 24 January for their sixth summit", M('summit', ['BR'], '2013-01-24', 'Brasilia')),
    ("the ongoing negotiations on an EU-Mercosur association agreement", A('agreement', 'planned', [], title='EU-Mercosur association agreement')),
    ("the EU-CELAC summit in Santiago, Chile, on 26-27 January", M('summit', ['CL'], '2013-01-26', 'Santiago')),
])

# ---------------------------------------------------------------- fr_009 (2013-02-22)
D('fr_009', 'w', 'fr', """
UE-Ukraine : un sommet décisif à Bruxelles

C'est à Bruxelles que s'est déroulé, le 25 février, le seizième sommet entre l'Union européenne et l'Ukraine, sous la coprésidence d'Herman Van Rompuy et de José Manuel Barroso, face au président ukrainien Viktor Ianoukovitch.

L'enjeu : la signature de l'accord d'association, qui pourrait intervenir avant le sommet du Partenariat oriental prévu en novembre à Vilnius. Réunis le 10 décembre 2012, les ministres des Affaires étrangères de l'UE avaient fixé à Kiev trois conditions, dont la mise en œuvre des réformes inscrites dans le programme d'association adopté d'un commun accord.
""", [
    ("s'est déroulé, le 25 février, le seizième sommet entre l'Union européenne et l'Ukraine", M('summit', ['UA'], '2013-02-25', 'Brussels')),
    ("la signature de l'accord d'association, qui pourrait intervenir", A('agreement', 'planned', ['UA'], title="accord d'association")),
    ("le sommet du Partenariat oriental prévu en novembre à Vilnius", M('summit', [], '2013-11', 'Vilnius')),
    ("Réunis le 10 décembre 2012, les ministres des Affaires étrangères de l'UE", M('conference', [], '2012-12-10')),
    ("le programme d'association adopté d'un commun accord", A('action_plan', 'adopted', ['UA'], title="programme d'association")),
])
D('fr_009', 'x', 'en', """
EU-Ukraine summit held in Brussels

The 16th EU-Ukraine summit took place in Brussels on 25 February, chaired by European Council President Herman Van Rompuy and Commission President José Manuel Barroso, with Ukraine represented by President Viktor Yanukovych.

The meeting came at a crucial moment: in conclusions adopted on 10 December 2012, the Foreign Affairs Council set out what Kyiv must deliver by May so that the Association Agreement could be signed ahead of the Eastern Partnership summit in Vilnius this November, including reforms listed in the jointly agreed Association Agenda.
""", [
    ("The 16th EU-Ukraine summit took place in Brussels on 25 February", M('summit', ['UA'], '2013-02-25', 'Brussels')),
    ("in conclusions adopted on 10 December 2012, the Foreign Affairs Council", M('conference', [], '2012-12-10')),
    ("so that the Association Agreement could be signed", A('agreement', 'planned', ['UA'], title='Association Agreement')),
    ("the Eastern Partnership summit in Vilnius this November", M('summit', [], '2013-11', 'Vilnius')),
    ("the jointly agreed Association Agenda", A('action_plan', 'adopted', ['UA'], title='Association Agenda')),
])

# ---------------------------------------------------------------- fr_015 (2015-06-29)
D('fr_015', 'w', 'fr', """
Bruxelles : l'UE et la Chine célèbrent quarante ans de relations diplomatiques

Réunis lundi à Bruxelles pour leur 17e sommet, Donald Tusk et Jean-Claude Juncker, pour l'Union européenne, et le Premier ministre chinois Li Keqiang ont marqué le quarantième anniversaire des relations diplomatiques entre les deux parties.

Les dirigeants ont décidé de renforcer l'Agenda stratégique de coopération UE-Chine 2020, adopté à Pékin lors du sommet de 2013. Ils ont aussi abordé la conclusion d'un accord d'exemption de visa pour les titulaires de passeports diplomatiques, ainsi que la coopération en matière de défense et les droits de l'homme.
""", [
    ("Réunis lundi à Bruxelles pour leur 17e sommet", M('summit', ['CN'], '2015-06-29', 'Brussels')),
    ("l'Agenda stratégique de coopération UE-Chine 2020, adopté à Pékin lors du sommet de 2013", A('roadmap', 'adopted', ['CN'], '2013', 'Agenda stratégique de coopération UE-Chine 2020')),
    ("l'Agenda stratégique de coopération UE-Chine 2020, adopté à Pékin lors du sommet de 2013", M('summit', ['CN'], '2013', 'Beijing')),
    ("la conclusion d'un accord d'exemption de visa pour les titulaires de passeports diplomatiques", A('agreement', 'planned', ['CN'])),
])
D('fr_015', 'x', 'en', """
EU-China summit in Brussels marks 40 years of ties

The European Union and China held their 17th summit in Brussels on Monday 29 June, marking four decades of diplomatic relations. Council President Donald Tusk and Commission President Jean-Claude Juncker represented the EU; Premier Li Keqiang led the Chinese side.

Leaders pledged to step up work under the EU-China 2020 Strategic Agenda for Cooperation, agreed at the 2013 summit in Beijing, and discussed concluding a visa waiver agreement for diplomatic passport holders.
""", [
    ("The European Union and China held their 17th summit in Brussels on Monday 29 June", M('summit', ['CN'], '2015-06-29', 'Brussels')),
    ("the EU-China 2020 Strategic Agenda for Cooperation, agreed at the 2013 summit in Beijing", A('roadmap', 'adopted', ['CN'], '2013', 'EU-China 2020 Strategic Agenda for Cooperation')),
    ("agreed at the 2013 summit in Beijing", M('summit', ['CN'], '2013', 'Beijing')),
    ("discussed concluding a visa waiver agreement for diplomatic passport holders", A('agreement', 'planned', ['CN'])),
])

# ---------------------------------------------------------------- fr_019 (2017-10-06)
THREE_FR = "accompagnée de trois autres déclarations conjointes, consacrées respectivement au terrorisme, à l'énergie propre et au climat, et à l'urbanisation durable"
D('fr_019', 'w', 'fr', """
À New Delhi, l'UE et l'Inde fêtent 55 ans de relations

Le 14e sommet UE-Inde s'est tenu ce vendredi dans la capitale indienne, en présence du Premier ministre Narendra Modi, de Jean-Claude Juncker et de Donald Tusk.

À l'issue de la rencontre, les deux parties ont rendu publique une déclaration commune, accompagnée de trois autres déclarations conjointes, consacrées respectivement au terrorisme, à l'énergie propre et au climat, et à l'urbanisation durable. Les dirigeants ont également examiné la mise en œuvre de l'Agenda d'action UE-Inde 2020, adopté en 2016 lors du sommet précédent.
""", [
    ("Le 14e sommet UE-Inde s'est tenu ce vendredi dans la capitale indienne", M('summit', ['IN'], '2017-10-06', 'New Delhi')),
    ("les deux parties ont rendu publique une déclaration commune", A('joint_communique', 'adopted', ['IN'])),
    (THREE_FR, A('joint_communique', 'adopted', ['IN'])),
    (THREE_FR, A('joint_communique', 'adopted', ['IN'])),
    (THREE_FR, A('joint_communique', 'adopted', ['IN'])),
    ("l'Agenda d'action UE-Inde 2020, adopté en 2016 lors du sommet précédent", A('action_plan', 'adopted', ['IN'], '2016', "Agenda d'action UE-Inde 2020")),
])
THREE_EN = "Leaders also adopted joint statements on counter-terrorism, on clean energy and climate change, and on smart and sustainable urbanisation"
D('fr_019', 'x', 'en', """
EU and India hold 14th summit in New Delhi

NEW DELHI, 6 October 2017 — Indian Prime Minister Narendra Modi hosted European Council President Donald Tusk and Commission President Jean-Claude Juncker today for the 14th EU-India summit, 55 years after the two established diplomatic relations.

The summit ended with a joint statement. Leaders also adopted joint statements on counter-terrorism, on clean energy and climate change, and on smart and sustainable urbanisation, and reviewed the EU-India Agenda for Action 2020, endorsed at last year's summit.
""", [
    ("hosted European Council President Donald Tusk and Commission President Jean-Claude Juncker today for the 14th EU-India summit", M('summit', ['IN'], '2017-10-06', 'New Delhi')),
    ("The summit ended with a joint statement.", A('joint_communique', 'adopted', ['IN'])),
    (THREE_EN, A('joint_communique', 'adopted', ['IN'])),
    (THREE_EN, A('joint_communique', 'adopted', ['IN'])),
    (THREE_EN, A('joint_communique', 'adopted', ['IN'])),
    ("the EU-India Agenda for Action 2020, endorsed at last year's summit", A('action_plan', 'adopted', ['IN'], '2016', 'EU-India Agenda for Action 2020')),
])

# ---------------------------------------------------------------- fr_021 (2024-01-29)
D('fr_021', 'w', 'fr', """
Emmanuel Macron, invité d'honneur de la fête de la République indienne

Invité par le Premier ministre Narendra Modi, le président Emmanuel Macron s'est rendu en Inde pour une visite d'État, à l'occasion de la 75e fête de la République. C'est sa deuxième visite d'État dans le pays.

Elle répond à la venue de M. Modi en France comme invité d'honneur du défilé du 14 juillet 2023, lors de laquelle les deux dirigeants avaient présenté une feuille de route fixant le cap de la relation bilatérale jusqu'en 2047. Les deux pays célèbrent aussi le 25e anniversaire de la déclaration de partenariat stratégique franco-indienne.
""", [
    ("le président Emmanuel Macron s'est rendu en Inde pour une visite d'État", M('visit', ['FR', 'IN'])),
    ("la venue de M. Modi en France comme invité d'honneur du défilé du 14 juillet 2023", M('visit', ['FR', 'IN'], '2023-07-14')),
    ("les deux dirigeants avaient présenté une feuille de route fixant le cap de la relation bilatérale jusqu'en 2047", A('roadmap', 'adopted', ['FR', 'IN'], '2023-07-14', 'feuille de route')),
    ("le 25e anniversaire de la déclaration de partenariat stratégique franco-indienne", A('declaration', 'adopted', ['FR', 'IN'], title='déclaration de partenariat stratégique')),
])
D('fr_021', 'x', 'en', """
Macron guest of honour at India's Republic Day

French President Emmanuel Macron paid a state visit to India at the invitation of Prime Minister Narendra Modi, attending the country's 75th Republic Day celebrations as chief guest, his second state visit to India.

The trip returns Modi's own visit to France as guest of honour at the Bastille Day parade on July 14, 2023, when the two leaders unveiled the Horizon 2047 roadmap for their relationship. This year also marks 25 years since the declaration of the India-France strategic partnership.
""", [
    ("French President Emmanuel Macron paid a state visit to India", M('visit', ['FR', 'IN'])),
    ("Modi's own visit to France as guest of honour at the Bastille Day parade on July 14, 2023", M('visit', ['FR', 'IN'], '2023-07-14')),
    ("the two leaders unveiled the Horizon 2047 roadmap", A('roadmap', 'adopted', ['FR', 'IN'], '2023-07-14', 'Horizon 2047 roadmap')),
    ("25 years since the declaration of the India-France strategic partnership", A('declaration', 'adopted', ['FR', 'IN'])),
])

# ---------------------------------------------------------------- fr_023 (2014-07-17)
D('fr_023', 'w', 'fr', """
Ed Fast en mission commerciale en Australie et aux Philippines

Ottawa, 17 juillet 2014 — Le ministre canadien du Commerce international, Ed Fast, conduira une mission commerciale en Australie et aux Philippines pour promouvoir les entreprises canadiennes, notamment les PME.

Il participera, les 18 et 19 juillet à Sydney, en Australie, à la réunion des ministres du Commerce du G20, consacrée à la coordination des politiques économiques. Aux Philippines, il défendra les intérêts canadiens dans l'agriculture, la défense et les technologies propres, et saluera les liens étroits entre les deux peuples.
""", [
    ("conduira une mission commerciale en Australie et aux Philippines", M('visit', ['CA', 'PH'])),
    ("Il participera, les 18 et 19 juillet à Sydney, en Australie, à la réunion des ministres du Commerce du G20", M('conference', ['AU', 'CA'], '2014-07-18', 'Sydney')),
])
D('fr_023', 'x', 'en', """
Minister Fast to lead trade mission to Australia and the Philippines

OTTAWA, July 17, 2014 — International Trade Minister Ed Fast will head a trade mission to Australia and the Philippines to promote Canadian business, particularly small and medium-sized enterprises, his department announced today.

In Sydney, Australia, on July 18 and 19, Fast will represent Canada at the G20 Trade Ministers Meeting, where ministers will discuss coordinating economic policies. In the Philippines, he will promote Canadian interests in agriculture, defence, ICT and clean technology.
""", [
    ("Ed Fast will head a trade mission to Australia and the Philippines", M('visit', ['CA', 'PH'])),
    ("In Sydney, Australia, on July 18 and 19, Fast will represent Canada at the G20 Trade Ministers Meeting", M('conference', ['AU', 'CA'], '2014-07-18', 'Sydney')),
])

# ---------------------------------------------------------------- fr_033 (2022-11-19)
QUAD = ['AU', 'CA', 'JP', 'KR', 'NZ', 'US']
D('fr_033', 'w', 'fr', """
Trudeau et Harris font le point sur la relation canado-américaine

Le premier ministre Justin Trudeau et la vice-présidente américaine Kamala Harris se sont rencontrés vendredi, en marge du sommet des dirigeants de l'APEC.

Ils ont constaté les progrès accomplis dans l'application de la Feuille de route pour un partenariat renouvelé entre le Canada et les États-Unis et discuté des chaînes d'approvisionnement et des minéraux critiques. M. Trudeau a par ailleurs remercié Mme Harris d'avoir réuni plus tôt le même jour les dirigeants du Japon, de l'Australie, de la Corée du Sud et de la Nouvelle-Zélande.
""", [
    ("Le premier ministre Justin Trudeau et la vice-présidente américaine Kamala Harris se sont rencontrés vendredi", M('talks', ['CA', 'US'], '2022-11-18')),
    ("en marge du sommet des dirigeants de l'APEC", M('summit', ['CA', 'US'])),
    ("l'application de la Feuille de route pour un partenariat renouvelé entre le Canada et les États-Unis", A('roadmap', 'in_force', ['CA', 'US'], title='Feuille de route pour un partenariat renouvelé entre le Canada et les États-Unis')),
    ("d'avoir réuni plus tôt le même jour les dirigeants du Japon, de l'Australie, de la Corée du Sud et de la Nouvelle-Zélande", M('talks', QUAD, '2022-11-18')),
])
D('fr_033', 'x', 'en', """
Trudeau meets Harris at APEC

On November 18, Prime Minister Justin Trudeau met U.S. Vice President Kamala Harris on the sidelines of the APEC Economic Leaders' Meeting.

They reviewed progress in implementing the Roadmap for a Renewed U.S.-Canada Partnership and talked about supply chains, critical minerals and clean growth. Trudeau thanked Harris for convening a meeting earlier that day with the leaders of Japan, Australia, South Korea and New Zealand, and previewed Canada's upcoming Indo-Pacific Strategy.
""", [
    ("On November 18, Prime Minister Justin Trudeau met U.S. Vice President Kamala Harris", M('talks', ['CA', 'US'], '2022-11-18')),
    ("on the sidelines of the APEC Economic Leaders' Meeting", M('summit', ['CA', 'US'])),
    ("implementing the Roadmap for a Renewed U.S.-Canada Partnership", A('roadmap', 'in_force', ['CA', 'US'], title='Roadmap for a Renewed U.S.-Canada Partnership')),
    ("convening a meeting earlier that day with the leaders of Japan, Australia, South Korea and New Zealand", M('talks', QUAD, '2022-11-18')),
])

# ---------------------------------------------------------------- fr_041 (2011-02-11)
D('fr_041', 'w', 'fr', """
Libre-échange : nouvelle ronde de négociations entre le Canada et le Honduras

Ottawa, le 11 février 2011 — Le Canada entend conclure rapidement un accord de libre-échange avec le Honduras, a assuré vendredi le ministre du Commerce international, Peter Van Loan.

Les négociateurs des deux pays se retrouveront le 14 février à Tegucigalpa, après une première série de pourparlers jugée très productive à Ottawa en décembre dernier. Entre janvier et novembre 2010, les exportations canadiennes de marchandises vers le Honduras ont progressé d'environ 20 % sur un an, a souligné le ministre.
""", [
    ("Le Canada entend conclure rapidement un accord de libre-échange avec le Honduras", A('agreement', 'planned', ['CA', 'HN'])),
    ("Les négociateurs des deux pays se retrouveront le 14 février à Tegucigalpa", M('talks', ['CA', 'HN'], '2011-02-14', 'Tegucigalpa')),
    ("une première série de pourparlers jugée très productive à Ottawa en décembre dernier", M('talks', ['CA', 'HN'], '2010-12', 'Ottawa')),
    ("Entre janvier et novembre 2010, les exportations canadiennes de marchandises vers le Honduras ont progressé d'environ 20 %", T('exports', chg=20, direction='increase', period='2010-01/2010-11')),
])
D('fr_041', 'x', 'en', """
Canada and Honduras press ahead with free trade talks

OTTAWA, Feb. 11, 2011 — Canada remains committed to negotiating a free trade agreement with Honduras, International Trade Minister Peter Van Loan said today.

Negotiators will meet in Tegucigalpa starting February 14, following a productive round held in Ottawa in December at which both sides set an ambitious timetable. Canadian merchandise exports to Honduras grew by about 20 per cent in the first eleven months of 2010 compared with a year earlier, Van Loan noted.
""", [
    ("Canada remains committed to negotiating a free trade agreement with Honduras", A('agreement', 'planned', ['CA', 'HN'])),
    ("Negotiators will meet in Tegucigalpa starting February 14", M('talks', ['CA', 'HN'], '2011-02-14', 'Tegucigalpa')),
    ("a productive round held in Ottawa in December", M('talks', ['CA', 'HN'], '2010-12', 'Ottawa')),
    ("Canadian merchandise exports to Honduras grew by about 20 per cent in the first eleven months of 2010", T('exports', chg=20, direction='increase', period='2010-01/2010-11')),
])

# ---------------------------------------------------------------- fr_043 (2023-09-20)
D('fr_043', 'w', 'fr', """
Trudeau et Scholz réaffirment leur soutien à l'Ukraine

Le premier ministre canadien Justin Trudeau s'est entretenu mercredi avec le chancelier allemand Olaf Scholz, à l'occasion de la 78e Assemblée générale de l'ONU.

Les deux dirigeants se sont engagés à soutenir l'Ukraine aussi longtemps qu'il le faudra et ont évoqué la sécurité en mer Noire depuis le retrait russe de l'Initiative céréalière, ainsi que la crise en Haïti. Ils ont aussi souligné l'importance de développer le commerce, l'investissement, les énergies propres et les minéraux critiques.
""", [
    ("Le premier ministre canadien Justin Trudeau s'est entretenu mercredi avec le chancelier allemand Olaf Scholz", M('talks', ['CA', 'DE'], '2023-09-20')),
    ("à l'occasion de la 78e Assemblée générale de l'ONU", M('conference', ['CA', 'DE'])),
])
D('fr_043', 'x', 'en', """
Trudeau and Scholz meet at UN General Assembly

Prime Minister Justin Trudeau held a meeting today with German Chancellor Olaf Scholz on the margins of the 78th session of the United Nations General Assembly.

The leaders pledged to stand with Ukraine for as long as it takes, including through long-term bilateral security commitments, and discussed Black Sea security following Russia's withdrawal from the grain deal in July, as well as Haiti. They also stressed cooperation on trade, investment, clean energy and critical minerals.
""", [
    ("Prime Minister Justin Trudeau held a meeting today with German Chancellor Olaf Scholz", M('talks', ['CA', 'DE'], '2023-09-20')),
    ("the 78th session of the United Nations General Assembly", M('conference', ['CA', 'DE'])),
])

# ---------------------------------------------------------------- fr_049 (2012-09-08)
D('fr_049', 'w', 'fr', """
Le Canada et la Chine signent un accord sur les investissements

Vladivostok, 8 septembre 2012 — Ottawa et Pékin ont signé samedi leur Accord sur la promotion et la protection des investissements étrangers (APIE), sous les yeux du premier ministre Stephen Harper et du président chinois Hu Jintao.

Le texte a été paraphé par les ministres du Commerce Ed Fast et Chen Deming en marge du sommet de l'APEC, qui se tient à Vladivostok, en Russie. Ce traité bilatéral vise à protéger les investisseurs canadiens en Chine et à encourager les investissements chinois au Canada.
""", [
    ("Ottawa et Pékin ont signé samedi leur Accord sur la promotion et la protection des investissements étrangers (APIE)", A('agreement', 'signed', ['CA', 'CN'], '2012-09-08', 'Accord sur la promotion et la protection des investissements étrangers')),
    ("en marge du sommet de l'APEC, qui se tient à Vladivostok, en Russie", M('summit', ['CA', 'CN', 'RU'], '2012-09', 'Vladivostok')),
])
D('fr_049', 'x', 'en', """
Canada and China sign investment protection treaty

VLADIVOSTOK, Russia, September 8, 2012 — Canada and China today signed the Canada-China Foreign Investment Promotion and Protection Agreement (FIPA), witnessed by Prime Minister Stephen Harper and Chinese President Hu Jintao.

Trade Minister Ed Fast and Chinese Commerce Minister Chen Deming put their names to the treaty on the margins of the Asia-Pacific Economic Cooperation (APEC) Leaders' Meeting under way in Vladivostok. A FIPA protects Canadian investment abroad through legally binding provisions.
""", [
    ("Canada and China today signed the Canada-China Foreign Investment Promotion and Protection Agreement (FIPA)", A('agreement', 'signed', ['CA', 'CN'], '2012-09-08', 'Canada-China Foreign Investment Promotion and Protection Agreement')),
    ("on the margins of the Asia-Pacific Economic Cooperation (APEC) Leaders' Meeting under way in Vladivostok", M('summit', ['CA', 'CN', 'RU'], '2012-09', 'Vladivostok')),
])

# ---------------------------------------------------------------- fr_053 (2018-03-06)
D('fr_053', 'w', 'fr', """
Commerce bilatéral : net recul en 2017

Les échanges de biens entre les deux pays se sont contractés de 42,3 % en 2017, pour revenir à 25,1 millions d'euros. La France, qui dégageait encore un léger excédent en 2016, accuse désormais un déficit de 7,83 M€.

Les ventes françaises ont chuté de plus de 60 %, en raison de l'effondrement des livraisons de produits pharmaceutiques, tandis que les achats, composés surtout de minerai de fer et de bois brut, se sont eux aussi repliés.
""", [
    ("Les échanges de biens entre les deux pays se sont contractés de 42,3 % en 2017, pour revenir à 25,1 millions d'euros", T('trade', 25100000, 'EUR', 42.3, 'decrease', '2017')),
    ("Les ventes françaises ont chuté de plus de 60 %", T('exports', chg=60, direction='decrease', period='2017')),
])
D('fr_053', 'x', 'en', """
Bilateral trade slumps in 2017

Two-way trade between France and its partner shrank by 42.3% in 2017 to EUR 25.1 million. France, which had posted a tiny surplus of EUR 11,000 in 2016, slipped into a trade deficit of EUR 7.83 million.

French exports fell by more than 60%, dragged down by an almost complete halt in pharmaceutical sales, while imports, still almost entirely raw materials such as iron ore and logs, also declined.
""", [
    ("Two-way trade between France and its partner shrank by 42.3% in 2017 to EUR 25.1 million", T('trade', 25100000, 'EUR', 42.3, 'decrease', '2017')),
    ("French exports fell by more than 60%", T('exports', chg=60, direction='decrease', period='2017')),
])

# ---------------------------------------------------------------- fr_059 (no date)
D('fr_059', 'w', 'fr', """
Canada-Japon : des liens économiques solides

Alliés et partenaires, le Canada et le Japon partagent des valeurs communes et des liens culturels étroits : 25 associations d'amitié, 73 jumelages et quelque 10 000 Canadiens passés en trente ans par le programme d'échanges et d'enseignement au Japon.

Sur le plan économique, les sociétés nippones ont injecté plus de 10 milliards de dollars US au Canada en une décennie, contribuant à y créer près de 12 000 emplois, tandis que les investissements des entreprises canadiennes au Japon dépassent 3 milliards de dollars US.
""", [
    ("les sociétés nippones ont injecté plus de 10 milliards de dollars US au Canada", T('investment', 10000000000, 'USD')),
    ("les investissements des entreprises canadiennes au Japon dépassent 3 milliards de dollars US", T('investment', 3000000000, 'USD')),
])
D('fr_059', 'x', 'en', """
Canada and Japan: partners with deep economic ties

Canada and Japan are allies sharing values, interests and strong people-to-people links, with 25 friendship associations, 73 sister-city and province pairings and some 300,000 Japanese tourists visiting Canada every year.

Over the past decade Japanese companies have invested more than US$10 billion in Canada, helping to create nearly 12,000 jobs, while Canadian firms have put over US$3 billion into Japan.
""", [
    ("Japanese companies have invested more than US$10 billion in Canada", T('investment', 10000000000, 'USD')),
    ("Canadian firms have put over US$3 billion into Japan", T('investment', 3000000000, 'USD')),
])

# ---------------------------------------------------------------- fr_067 (no date)
SUMMIT_FR = "le président Bingu wa Mutharika s'est rendu aux sommets Afrique-France de 2005, de 2007 et de 2010"
D('fr_067', 'w', 'fr', """
Malawi — relations avec la France

La France n'a pas d'ambassade au Malawi : l'ambassadeur de France au Zimbabwe y est également accrédité. Une soixantaine de Français vivent au Malawi.

Côté visites, le président Bingu wa Mutharika s'est rendu aux sommets Afrique-France de 2005, de 2007 et de 2010 ; en 2013, c'est le haut-commissaire du Malawi à Londres qui représentait son pays au sommet Afrique-France.

Les échanges commerciaux franco-malawites ont été divisés par deux environ en 2019, à 12 millions d'euros.
""", [
    (SUMMIT_FR, M('summit', ['FR', 'MW'], '2005')),
    (SUMMIT_FR, M('summit', ['FR', 'MW'], '2007')),
    (SUMMIT_FR, M('summit', ['FR', 'MW'], '2010')),
    ("en 2013, c'est le haut-commissaire du Malawi à Londres qui représentait son pays au sommet Afrique-France", M('summit', ['FR', 'MW'], '2013')),
    ("Les échanges commerciaux franco-malawites ont été divisés par deux environ en 2019, à 12 millions d'euros", T('trade', 12000000, 'EUR', 50, 'decrease', '2019')),
])
SUMMIT_EN = "President Bingu wa Mutharika attended the Africa-France summits in 2005, 2007 and 2010"
D('fr_067', 'x', 'en', """
France–Malawi relations

France has no resident embassy in Malawi; the French ambassador in Harare is also accredited to Lilongwe. About sixty French nationals live in Malawi.

President Bingu wa Mutharika attended the Africa-France summits in 2005, 2007 and 2010, and Malawi was represented at the 2013 Africa-France summit by its High Commissioner in London.

Bilateral trade between France and Malawi came to EUR 12 million in 2019, almost 50% less than in 2018.
""", [
    (SUMMIT_EN, M('summit', ['FR', 'MW'], '2005')),
    (SUMMIT_EN, M('summit', ['FR', 'MW'], '2007')),
    (SUMMIT_EN, M('summit', ['FR', 'MW'], '2010')),
    ("Malawi was represented at the 2013 Africa-France summit", M('summit', ['FR', 'MW'], '2013')),
    ("Bilateral trade between France and Malawi came to EUR 12 million in 2019, almost 50% less than in 2018", T('trade', 12000000, 'EUR', 50, 'decrease', '2019')),
])

# ---------------------------------------------------------------- fr_071 (no date)
D('fr_071', 'w', 'fr', """
France – Sri Lanka : des échanges plombés par la crise

La crise économique sri-lankaise pèse lourdement sur la relation commerciale bilatérale. En 2022, les ventes françaises au Sri Lanka demeuraient inférieures de 30 % à leur niveau d'avant la pandémie.

Le déficit commercial de la France a atteint le record de 432 M€ (+39,7 %), sous l'effet d'importations sans précédent, à 514 M€ (+28,7 %), et d'exportations en repli de 9,4 %, à 81 M€. La coopération financière, hors dons, est suspendue depuis le défaut de paiement du pays.
""", [
    ("En 2022, les ventes françaises au Sri Lanka demeuraient inférieures de 30 % à leur niveau d'avant la pandémie", T('exports', chg=30, direction='decrease', period='2022')),
    ("sous l'effet d'importations sans précédent, à 514 M€ (+28,7 %)", T('imports', 514000000, 'EUR', 28.7, 'increase', '2022')),
    ("d'exportations en repli de 9,4 %, à 81 M€", T('exports', 81000000, 'EUR', 9.4, 'decrease', '2022')),
])
D('fr_071', 'x', 'en', """
France–Sri Lanka economic relations in 2023

Sri Lanka's economic crisis has hit bilateral trade hard. French exports to Sri Lanka in 2022 were still 30% below their pre-Covid level, and France's goods trade deficit with the country widened by 39.7% to a record EUR 432m.

Imports from Sri Lanka hit a record EUR 514m, up 28.7%, while exports dropped 9.4% to EUR 81m. Except for grants, financial cooperation has been suspended since the sovereign default; French investment, however, rose slightly.
""", [
    ("French exports to Sri Lanka in 2022 were still 30% below their pre-Covid level", T('exports', chg=30, direction='decrease', period='2022')),
    ("Imports from Sri Lanka hit a record EUR 514m, up 28.7%", T('imports', 514000000, 'EUR', 28.7, 'increase', '2022')),
    ("exports dropped 9.4% to EUR 81m", T('exports', 81000000, 'EUR', 9.4, 'decrease', '2022')),
])

# ---------------------------------------------------------------- fr_077 (2016-09-23)
D('fr_077', 'w', 'fr', """
Li Keqiang au Canada : Ottawa et Pékin resserrent leurs liens

Le premier ministre chinois Li Keqiang a effectué du 21 au 24 septembre 2016 sa première visite officielle au Canada, où il a été reçu par Justin Trudeau.

Les deux hommes ont inauguré le nouveau dialogue annuel entre chefs de gouvernement, fruit du récent séjour de M. Trudeau en Chine. Un protocole d'entente sur le commerce du canola a été signé, et les deux pays ont décidé d'engager des discussions exploratoires sur un éventuel accord de libre-échange. Ils visent aussi un doublement de leurs échanges d'ici 2025.
""", [
    ("Le premier ministre chinois Li Keqiang a effectué du 21 au 24 septembre 2016 sa première visite officielle au Canada", M('visit', ['CA', 'CN'], '2016-09-21')),
    ("fruit du récent séjour de M. Trudeau en Chine", M('visit', ['CA', 'CN'])),
    ("Un protocole d'entente sur le commerce du canola a été signé", A('memorandum', 'signed', ['CA', 'CN'], '2016-09', "protocole d'entente sur le commerce du canola")),
    ("d'engager des discussions exploratoires sur un éventuel accord de libre-échange", A('agreement', 'planned', ['CA', 'CN'])),
])
D('fr_077', 'x', 'en', """
Trudeau and Li Keqiang agree to deepen Canada-China ties

Chinese Premier Li Keqiang paid his first official visit to Canada from September 21 to 24, 2016, holding talks with Prime Minister Justin Trudeau under the new annual leaders' dialogue agreed during Trudeau's recent trip to China.

The two countries signed a memorandum of understanding on canola trade and agreed to launch exploratory discussions toward a possible Canada-China free trade agreement. They also set a goal of doubling bilateral trade by 2025.
""", [
    ("Chinese Premier Li Keqiang paid his first official visit to Canada from September 21 to 24, 2016", M('visit', ['CA', 'CN'], '2016-09-21')),
    ("during Trudeau's recent trip to China", M('visit', ['CA', 'CN'])),
    ("The two countries signed a memorandum of understanding on canola trade", A('memorandum', 'signed', ['CA', 'CN'], '2016-09', 'memorandum of understanding on canola trade')),
    ("exploratory discussions toward a possible Canada-China free trade agreement", A('agreement', 'planned', ['CA', 'CN'], title='Canada-China free trade agreement')),
])

# ---------------------------------------------------------------- writer
def main():
    idx = {}
    for l in open(os.path.join(DEV, 'index.jsonl'), encoding='utf-8'):
        r = json.loads(l); idx[r['id']] = r
    os.makedirs(os.path.join(HERE, 'docs'), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, 'docs')):
        os.remove(os.path.join(HERE, 'docs', f))
    index, gold = [], []
    for orig, variant, lang, text, facts in DOCS:
        did = '%s_%s%s_%s' % (lang, orig[:2], orig[3:], variant)
        src = idx[orig]
        open(os.path.join(HERE, 'docs', did + '.txt'), 'w', encoding='utf-8').write(text)
        r = {'id': did, 'lang': lang}
        if 'reference_date' in src: r['reference_date'] = src['reference_date']
        r.update({'url': src['url'] + '#para28-' + variant, 'source': src['source'], 'license': src['license'],
                  'original': orig, 'retelling': {'w': 'other outlet, same language', 'x': 'other language'}[variant]})
        index.append(r)
        for ev, (typ, fields) in facts:
            assert ev in text, (did, ev)
            gold.append({'id': did, 'type': typ, 'evidence': ev, 'fields': fields})
    with open(os.path.join(HERE, 'index.jsonl'), 'w', encoding='utf-8') as f:
        for r in index: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
    print(len(index), 'documents,', len(gold), 'facts')



# ---------------------------------------------------------------- fixtures
# One fixture per retelling the pack reads right (every gold fact correct, nothing unexpected); the others are listed
# in NOT_YET (see README.md) and scored by `glean eval` on gold.jsonl only.
# Not read exactly right yet (a fact missed, a field that differs, or an unexpected fact; the fixtures compare
# fields exactly: 'trade_turnover' is not 'trade' there), 52 of 64 after session 28:
NOT_YET = {
    'en_en001_w', 'en_en005_w', 'en_en009_w', 'en_en013_w', 'en_en021_w', 'en_en025_w', 'en_en031_w', 'en_en033_w',
    'en_en045_w', 'en_en047_w', 'en_en055_w', 'en_en065_w', 'en_en071_w', 'en_en079_w', 'en_fr009_x', 'en_fr015_x',
    'en_fr019_x', 'en_fr021_x', 'en_fr023_x', 'en_fr033_x', 'en_fr041_x', 'en_fr049_x', 'en_fr053_x', 'en_fr059_x',
    'en_fr071_x', 'en_fr077_x', 'fr_en001_x', 'fr_en005_x', 'fr_en009_x', 'fr_en013_x', 'fr_en025_x', 'fr_en029_x',
    'fr_en031_x', 'fr_en033_x', 'fr_en045_x', 'fr_en047_x', 'fr_en055_x', 'fr_en065_x', 'fr_en071_x', 'fr_en079_x',
    'fr_fr005_w', 'fr_fr009_w', 'fr_fr015_w', 'fr_fr019_w', 'fr_fr021_w', 'fr_fr023_w', 'fr_fr033_w', 'fr_fr041_w',
    'fr_fr049_w', 'fr_fr067_w', 'fr_fr071_w', 'fr_fr077_w',
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
    idx = {}
    for l in open(os.path.join(DEV, 'index.jsonl'), encoding='utf-8'):
        r = json.loads(l); idx[r['id']] = r
    n = 0
    for orig, variant, lang, text, facts in DOCS:
        did = '%s_%s%s_%s' % (lang, orig[:2], orig[3:], variant)
        if did in NOT_YET: continue
        out = ['# %s: retelling (%s) of the dev document %s; gold as in ../gold.jsonl.' % (did, variant, orig),
               'document: ../docs/%s.txt' % did, 'lang: %s' % lang]
        if 'reference_date' in idx[orig]: out.append('reference_date: %s' % idx[orig]['reference_date'])
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
    main()
    write_fixtures()
