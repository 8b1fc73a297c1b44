#!/usr/bin/env python3
"""para29en — the read evaluation sets' facts told by other writers, in English (session 29).

Each entry retells one document of Evaluation/hold27 … hold38 (14 English, 15 French originals), written by hand
before the rule pack was opened, as another outlet would write it in English (wire copy, a national news agency's
English service, a daily, a ministry or embassy readout, a TV bulletin transcript, a scraped page with its noise).
Not a translation: other order, verbs and nouns, date and number forms, passive/active. Same facts as the
original's gold (kinds, statuses, countries, dates, places, amounts).
Writes docs/, index.jsonl (the original's reference date, lang en, `original` = holdNN/id), gold.jsonl in the dev
set's format (evidence = first statement in the new text) and fixtures/ (one per retelling read exactly right,
see NOT_YET). Run: python3 retellings.py"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, '..', '..', '..', '..', 'Evaluation')

sys.path.insert(0, os.path.dirname(HERE))
from matrixlib import M, A, T  # the gold builders shared by the retold sets

DOCS = []
def D(orig, outlet, text, facts):
    DOCS.append((orig, outlet, text.strip() + '\n', facts))

# ---------------------------------------------------------------- hold31/en_001 (2024-03-14)
D('hold31/en_001', 'Baltic news agency, English service', """
Tsahkna, Blinken hold talks in Washington on Ukraine, NATO summit

WASHINGTON (BNS) – Estonia's foreign minister Margus Tsahkna sat down with U.S. Secretary of State Antony Blinken in the American capital on Thursday, March 14, the two sides said, with continued aid to Kyiv high on the agenda.

Allied unity before the Alliance's 75th-anniversary summit, which Washington hosts in July, was also discussed, as was Estonia's defence spending, which exceeds NATO's benchmark, and the security of energy links and infrastructure around the Baltic Sea.

The ministers reviewed a cyber security memorandum of understanding inked by Tallinn and Washington in 2022 and praised the joint work of Estonian and American specialists against hostile cyber operations. The next round of the two countries' strategic dialogue is to be held in Tallinn this autumn, they said.
""", [
    ("Estonia's foreign minister Margus Tsahkna sat down with U.S. Secretary of State Antony Blinken in the American capital on Thursday, March 14", M('talks', ['EE', 'US'], '2024-03-14', 'Washington')),
    ("the Alliance's 75th-anniversary summit, which Washington hosts in July", M('summit', ['EE', 'US'], '2024-07', 'Washington')),
    ("a cyber security memorandum of understanding inked by Tallinn and Washington in 2022", A('memorandum', 'signed', ['EE', 'US'], '2022')),
    ("The next round of the two countries' strategic dialogue is to be held in Tallinn this autumn", M('consultations', ['EE', 'US'], location='Tallinn')),
])

# ---------------------------------------------------------------- hold33/en_002 (2022-09-13)
D('hold33/en_002', 'US wire (AP style)', """
US urges Armenia, Azerbaijan to halt border fighting

WASHINGTON (AP) — U.S. Secretary of State Antony Blinken telephoned the leaders of Armenia and Azerbaijan on Tuesday, urging an immediate halt to deadly clashes along their shared border, including reported shelling of villages and civilian infrastructure inside Armenia.

In separate calls with Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev, Blinken said there could be no military solution to the conflict and pressed both sides to resume talks on a comprehensive peace deal, the State Department said. Washington was ready to help, bilaterally and with other partners, it added.

Blinken plans to bring together the two countries' foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, on the sidelines of the United Nations General Assembly in New York later in September, the department said.
""", [
    ("Antony Blinken telephoned the leaders of Armenia and Azerbaijan on Tuesday", M('phone_call', ['AM', 'US'], '2022-09-13')),
    ("Antony Blinken telephoned the leaders of Armenia and Azerbaijan on Tuesday", M('phone_call', ['AZ', 'US'], '2022-09-13')),
    ("pressed both sides to resume talks on a comprehensive peace deal", A('agreement', 'planned', ['AM', 'AZ'])),
    ("Blinken plans to bring together the two countries' foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov", M('talks', ['AM', 'AZ', 'US'], '2022-09', 'New York')),
    ("on the sidelines of the United Nations General Assembly in New York later in September", M('conference', ['AM', 'AZ', 'US'], '2022-09', 'New York')),
])

# ---------------------------------------------------------------- hold33/en_008 (2024-12-12)
D('hold33/en_008', 'East African daily, continental round-up', """
AROUND THE CONTINENT

Ethiopia and Somalia bury the hatchet in Turkey
Ethiopia's Prime Minister Abiy Ahmed and Somalia's President Hassan Sheikh Mohamud have agreed to end their year-long row over Addis Ababa's quest for a sea outlet following Turkish-brokered talks in Ankara on Wednesday night. Under what has been called the Ankara Declaration, the neighbours will open technical negotiations before the end of February on commercial arrangements giving landlocked Ethiopia access to the sea under Somali sovereignty. Turkish President Recep Tayyip Erdogan hosted the talks.

Cairo's top diplomat in Asmara
Egypt's Foreign Minister Badr Abdelatty held talks with President Isaias Afwerki in Asmara on Thursday, according to Eritrea's information ministry. In October, Asmara hosted the leaders of Egypt, Eritrea and Somalia for a three-way summit focused on Red Sea security.

Kenyan sales to Uganda climb
Exports from Kenya to Uganda were up 9.4 per cent at US$1.1 billion in January-September, KNBS data released on Thursday show. Kenya's purchases from its western neighbour dropped by 3 per cent over the same nine months, dragged down by sugar and milk.
""", [
    ("following Turkish-brokered talks in Ankara on Wednesday night", M('talks', ['ET', 'SO', 'TR'], '2024-12-11', 'Ankara')),
    ("Under what has been called the Ankara Declaration, the neighbours will open technical negotiations", A('declaration', 'adopted', ['ET', 'SO'], '2024-12-11', 'Ankara Declaration')),
    ("Egypt's Foreign Minister Badr Abdelatty held talks with President Isaias Afwerki in Asmara on Thursday", M('talks', ['EG', 'ER'], '2024-12-12', 'Asmara')),
    ("In October, Asmara hosted the leaders of Egypt, Eritrea and Somalia for a three-way summit", M('summit', ['EG', 'ER', 'SO'], '2024-10', 'Asmara')),
    ("Exports from Kenya to Uganda were up 9.4 per cent at US$1.1 billion in January-September", T('exports', 1100000000, 'USD', 9.4, 'increase', '2024-01/2024-09')),
    ("Kenya's purchases from its western neighbour dropped by 3 per cent over the same nine months", T('imports', None, None, 3, 'decrease', '2024-01/2024-09')),
])

# ---------------------------------------------------------------- hold34/en_001 (2022-10-14)
D('hold34/en_001', 'Nigerian daily', """
Onyeama, Blinken discuss US-Africa summit, 2023 polls

By Our Correspondent, Abuja

The Minister of Foreign Affairs, Geoffrey Onyeama, on Friday held a telephone conversation with the United States Secretary of State, Antony Blinken, on Nigeria's participation in the forthcoming U.S.-Africa Leaders Summit.

President Joe Biden is hosting the summit in Washington from December 13 to 15.

According to a readout from Washington, Blinken commended Nigeria's role in ECOWAS and stressed the need for credible, peaceful general elections next February.

The two officials also reviewed what has been achieved since the sixth U.S.-Nigeria Binational Commission, held in Abuja last November under their joint chairmanship during Blinken's visit to Nigeria, his first trip to sub-Saharan Africa as Secretary of State.

Officials of both countries, they said, are putting final touches to a memorandum of understanding on critical minerals supply chains, which is expected to be signed when the two presidents meet in December.

Blinken condoled with Nigeria over the lives lost to flooding in several states, while Onyeama renewed an invitation to him to visit Lagos and meet business leaders.
""", [
    ("Geoffrey Onyeama, on Friday held a telephone conversation with the United States Secretary of State, Antony Blinken", M('phone_call', ['NG', 'US'], '2022-10-14')),
    ("Nigeria's participation in the forthcoming U.S.-Africa Leaders Summit", M('summit', ['NG', 'US'], '2022-12-13', 'Washington')),
    ("the sixth U.S.-Nigeria Binational Commission, held in Abuja last November", M('joint_commission', ['NG', 'US'], '2021-11', 'Abuja')),
    ("during Blinken's visit to Nigeria, his first trip to sub-Saharan Africa", M('visit', ['NG', 'US'], '2021-11')),
    ("are putting final touches to a memorandum of understanding on critical minerals supply chains", A('memorandum', 'planned', ['NG', 'US'])),
])

# ---------------------------------------------------------------- hold35/en_002 (2023-03-14)
D('hold35/en_002', 'Norwegian news agency, English service', """
Huitfeldt and Blinken talk Ukraine, gas and the High North

OSLO, 14 March 2023 (NTB) – Foreign Minister Anniken Huitfeldt had a phone conversation with U.S. Secretary of State Antony Blinken on Tuesday on support for Ukraine, European energy security and the High North.

Blinken thanked Norway for its gas deliveries to European partners and for its multi-year aid package for Ukraine, according to the U.S. State Department.

The ministers will see each other again at the meeting of NATO foreign ministers in Brussels on 4 and 5 April, where the accession of Finland and Sweden will be on the table. They also welcomed progress under the Supplementary Defense Cooperation Agreement between Norway and the United States, in effect since 2022, including investments in infrastructure at the agreed areas.

Huitfeldt and Blinken previously met in Munich on 18 February, on the sidelines of the Munich Security Conference. Blinken has invited Huitfeldt to Washington later in the year.
""", [
    ("Anniken Huitfeldt had a phone conversation with U.S. Secretary of State Antony Blinken on Tuesday", M('phone_call', ['NO', 'US'], '2023-03-14')),
    ("the meeting of NATO foreign ministers in Brussels on 4 and 5 April", M('conference', ['NO', 'US'], '2023-04-04', 'Brussels')),
    ("the Supplementary Defense Cooperation Agreement between Norway and the United States, in effect since 2022", A('agreement', 'in_force', ['NO', 'US'], '2022', 'Supplementary Defense Cooperation Agreement')),
    ("Huitfeldt and Blinken previously met in Munich on 18 February", M('talks', ['NO', 'US'], '2023-02-18', 'Munich')),
    ("on the sidelines of the Munich Security Conference", M('conference', ['NO', 'US'], location='Munich')),
])

# ---------------------------------------------------------------- hold35/en_007 (2025-02-11)
D('hold35/en_007', 'world briefing of a UK daily', """
WORLD BRIEFING — Tuesday, 11 February 2025

MAURITANIA/SENEGAL: Mauritania's President Mohamed Ould Ghazouani hosted Senegal's Bassirou Diomaye Faye in Nouakchott on Monday, 10 February, as part of a working visit by the Senegalese leader. Talks focused on the offshore gas field the two countries share, fishing and the security of the river border. Two agreements — one on fisheries, one on cross-border transhumance of livestock — were signed in the presence of the two heads of state.

ICELAND/DENMARK: Greenland and Arctic security dominated a telephone call on Tuesday between Prime Ministers Kristrún Frostadóttir of Iceland and Mette Frederiksen of Denmark, Reykjavik said. The Danish leader is due in Iceland on an official visit in March.

SAHEL: Meeting in Niamey on Sunday, foreign ministers from Burkina Faso, Mali and Niger endorsed a roadmap for deploying the unified force of their confederation, the Alliance of Sahel States, ahead of its next summit. The document will be submitted to the heads of state, national television reported.
""", [
    ("Mauritania's President Mohamed Ould Ghazouani hosted Senegal's Bassirou Diomaye Faye in Nouakchott on Monday, 10 February", M('visit', ['MR', 'SN'], '2025-02-10', 'Nouakchott')),
    ("Two agreements — one on fisheries, one on cross-border transhumance of livestock — were signed", A('agreement', 'signed', ['MR', 'SN'], '2025-02-10')),
    ("Two agreements — one on fisheries, one on cross-border transhumance of livestock — were signed", A('agreement', 'signed', ['MR', 'SN'], '2025-02-10')),
    ("a telephone call on Tuesday between Prime Ministers Kristrún Frostadóttir of Iceland and Mette Frederiksen of Denmark", M('phone_call', ['DK', 'IS'], '2025-02-11')),
    ("The Danish leader is due in Iceland on an official visit in March", M('visit', ['DK', 'IS'], '2025-03')),
    ("Meeting in Niamey on Sunday, foreign ministers from Burkina Faso, Mali and Niger", M('conference', ['BF', 'ML', 'NE'], '2025-02-09', 'Niamey')),
    ("endorsed a roadmap for deploying the unified force of their confederation", A('roadmap', 'adopted', ['BF', 'ML', 'NE'], '2025-02-09')),
    ("the Alliance of Sahel States, ahead of its next summit", M('summit', ['BF', 'ML', 'NE'])),
])

# ---------------------------------------------------------------- hold36/en_002 (2024-02-20)
D('hold36/en_002', 'US embassy press release', """
U.S. Embassy in Guatemala — Press Release
February 20, 2024

Secretary Blinken and Foreign Minister Martínez Reaffirm Partnership

In a phone call on February 20, U.S. Secretary of State Antony J. Blinken and Guatemala's Minister of Foreign Affairs, Carlos Ramiro Martínez, reaffirmed the strong partnership between the United States and Guatemala. The Secretary congratulated the Minister on the opening weeks of the Arévalo administration and expressed support for Guatemala's democratic institutions and its fight against corruption.

Secretary Blinken recalled that he had received President Bernardo Arévalo in Washington last month to discuss migration management and economic opportunity. Both officials highlighted progress on the Safe Mobility Offices, set up under a memorandum of understanding the two governments inked in June 2023, and agreed to explore new labor pathways.

Bilateral trade in goods hit a record $16.7 billion last year. The two governments plan to hold the next U.S.-Guatemala Strategic Dialogue in Guatemala City in March.
""", [
    ("In a phone call on February 20, U.S. Secretary of State Antony J. Blinken and Guatemala's Minister of Foreign Affairs", M('phone_call', ['GT', 'US'], '2024-02-20')),
    ("he had received President Bernardo Arévalo in Washington last month", M('talks', ['GT', 'US'], '2024-01', 'Washington')),
    ("a memorandum of understanding the two governments inked in June 2023", A('memorandum', 'signed', ['GT', 'US'], '2023-06')),
    ("Bilateral trade in goods hit a record $16.7 billion last year", T('trade', 16700000000, 'USD', period='2023')),
    ("hold the next U.S.-Guatemala Strategic Dialogue in Guatemala City in March", M('consultations', ['GT', 'US'], '2024-03', 'Guatemala City')),
])

# ---------------------------------------------------------------- hold36/en_006 (2025-02-12)
D('hold36/en_006', 'Gulf daily, world digest', """
IN BRIEF: MIDDLE EAST, LATIN AMERICA, ASIA-PACIFIC

Araghchi in Muscat
Iran's Foreign Minister Abbas Araghchi held talks in Muscat on Tuesday, 11 February, with his Omani counterpart Sayyid Badr Albusaidi covering Gaza, Yemen and navigation in the Red Sea, Oman's foreign ministry said in a statement. An Iranian official said Albusaidi would pay a visit to Tehran in March.

Chaves and Mulino at the border
The presidents of Costa Rica and Panama, Rodrigo Chaves and José Raúl Mulino, held a meeting on Monday in the border town of Paso Canoas. A memorandum on joint epidemiological surveillance along the border was signed by their health ministers, and the two leaders discussed a planned bridge over the Sixaola River.

NZ-Singapore trade
Figures from Stats NZ on Wednesday showed exports to Singapore up 12% in 2024 at NZ$1.6bn, while imports from Singapore slipped 4%. A Closer Economic Partnership between the two has applied since 2001.
""", [
    ("Iran's Foreign Minister Abbas Araghchi held talks in Muscat on Tuesday, 11 February, with his Omani counterpart", M('talks', ['IR', 'OM'], '2025-02-11', 'Muscat')),
    ("Albusaidi would pay a visit to Tehran in March", M('visit', ['IR', 'OM'], '2025-03', 'Tehran')),
    ("The presidents of Costa Rica and Panama, Rodrigo Chaves and José Raúl Mulino, held a meeting on Monday in the border town of Paso Canoas", M('talks', ['CR', 'PA'], '2025-02-10', 'Paso Canoas')),
    ("A memorandum on joint epidemiological surveillance along the border was signed by their health ministers", A('memorandum', 'signed', ['CR', 'PA'], '2025-02-10')),
    ("exports to Singapore up 12% in 2024 at NZ$1.6bn", T('exports', 1600000000, 'NZD', 12, 'increase', '2024')),
    ("imports from Singapore slipped 4%", T('imports', None, None, 4, 'decrease', '2024')),
    ("A Closer Economic Partnership between the two has applied since 2001", A('agreement', 'in_force', ['NZ', 'SG'], '2001', 'Closer Economic Partnership')),
])

# ---------------------------------------------------------------- hold38/en_002 (2024-01-10)
D('hold38/en_002', 'national news agency (APS style)', """
Attaf receives phone call from US Secretary of State

ALGIERS - Minister of Foreign Affairs and National Community Abroad, Ahmed Attaf, received on Wednesday a phone call from US Secretary of State Antony Blinken, the ministry said in a statement.

The talks focused on the situation in Gaza, efforts to free the hostages and step up humanitarian aid, and Algeria's seat on the UN Security Council as a non-permanent member.

Both sides recalled the Algerian-American strategic dialogue held in Washington in 2022, and agreed to hold its next session in Algiers in the course of this year. Blinken thanked Attaf for inviting him to Algeria.

The two officials also cited the cultural property protection agreement the two countries signed in 2019 as evidence of the breadth of relations, and explored avenues for developing economic partnership, notably in renewable energy and agriculture.
""", [
    ("Ahmed Attaf, received on Wednesday a phone call from US Secretary of State Antony Blinken", M('phone_call', ['DZ', 'US'], '2024-01-10')),
    ("the Algerian-American strategic dialogue held in Washington in 2022", M('consultations', ['DZ', 'US'], '2022', 'Washington')),
    ("agreed to hold its next session in Algiers in the course of this year", M('consultations', ['DZ', 'US'], '2024', 'Algiers')),
    ("the cultural property protection agreement the two countries signed in 2019", A('agreement', 'signed', ['DZ', 'US'], '2019')),
])

# ---------------------------------------------------------------- hold30/en_002 (2024-02-22)
D('hold30/en_002', 'Bangladeshi daily', """
Blinken, Hasan Mahmud talk over phone

Staff Correspondent

Foreign Minister Hasan Mahmud and US Secretary of State Antony Blinken on Thursday discussed climate resilience, labour rights and the Rohingya crisis in a telephone conversation, the foreign ministry said.

It was their first conversation since Mahmud took office. The call came days after Blinken met Prime Minister Sheikh Hasina on the sidelines of the Munich Security Conference last week.

Blinken appreciated Bangladesh for sheltering more than one million Rohingyas in Cox's Bazar, and reaffirmed Washington's commitment to a free and open Indo-Pacific.

Bilateral trade in goods crossed the $10 billion mark in 2023, he said, urging reforms to make the investment climate more attractive for American firms.

Mahmud invited Blinken to visit Dhaka, while Blinken said he would welcome the foreign minister in Washington for the next Bangladesh-US Partnership Dialogue later this year.
""", [
    ("Foreign Minister Hasan Mahmud and US Secretary of State Antony Blinken on Thursday discussed climate resilience", M('phone_call', ['BD', 'US'], '2024-02-22')),
    ("Blinken met Prime Minister Sheikh Hasina", M('talks', ['BD', 'US'], '2024-02')),
    ("on the sidelines of the Munich Security Conference last week", M('conference', ['BD', 'US'], '2024-02', 'Munich')),
    ("Bilateral trade in goods crossed the $10 billion mark in 2023", T('trade', 10000000000, 'USD', period='2023')),
    ("he would welcome the foreign minister in Washington for the next Bangladesh-US Partnership Dialogue later this year", M('consultations', ['BD', 'US'], '2024', 'Washington')),
])

# ---------------------------------------------------------------- hold32/en_002 (2024-01-08)
D('hold32/en_002', 'national news agency (SPA style)', """
Crown Prince receives US Secretary of State in AlUla

AlUla, January 8, 2024, SPA -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received today U.S. Secretary of State Antony Blinken at his winter camp in AlUla.

During the meeting, they reviewed the developments in Gaza and its surroundings, the need to step up humanitarian aid and to stop the escalation, including in the Red Sea.

The two sides followed up on the India-Middle East-Europe Economic Corridor, whose memorandum of understanding was signed in New Delhi last September by the Kingdom, the United States, India, the UAE, France, Germany, Italy and the European Union. They also discussed the Kingdom's role in the Global Coalition to Defeat ISIS, whose ministerial meeting was co-hosted in Riyadh in June 2023 by Blinken and Foreign Minister Prince Faisal bin Farhan.

The reception comes five days after a telephone call between Prince Faisal and Blinken on January 3 on efforts to release the hostages in Gaza. It was agreed that the next round of the Saudi-American strategic dialogue would take place in Washington this year.
""", [
    ("Crown Prince and Prime Minister, received today U.S. Secretary of State Antony Blinken at his winter camp in AlUla", M('talks', ['SA', 'US'], '2024-01-08', 'AlUla')),
    ("whose memorandum of understanding was signed in New Delhi last September by the Kingdom, the United States, India, the UAE, France, Germany, Italy and the European Union", A('memorandum', 'signed', ['AE', 'DE', 'FR', 'IN', 'IT', 'SA', 'US'], '2023-09')),
    ("whose ministerial meeting was co-hosted in Riyadh in June 2023 by Blinken and Foreign Minister Prince Faisal bin Farhan", M('conference', ['SA', 'US'], '2023-06', 'Riyadh')),
    ("a telephone call between Prince Faisal and Blinken on January 3", M('phone_call', ['SA', 'US'], '2024-01-03')),
    ("the next round of the Saudi-American strategic dialogue would take place in Washington this year", M('consultations', ['SA', 'US'], '2024', 'Washington')),
])

# ---------------------------------------------------------------- hold28/en_002 (2023-05-18)
D('hold28/en_002', 'English-language news site of the country', """
Leyva and Blinken prepare Bogotá dialogue

BOGOTÁ — Colombia's Foreign Minister Álvaro Leyva and U.S. Secretary of State Antony Blinken held a telephone call on Thursday to prepare the High-Level Dialogue between the two countries, due in Bogotá on June 12.

Migration in the region, the fight against drug trafficking and the government's "total peace" policy were discussed, according to the U.S. readout.

Blinken, who travelled to Bogotá in October 2021, reiterated U.S. backing for carrying out the 2016 peace agreement with the FARC. The ministers also took stock of the bilateral Action Plan on Racial and Ethnic Equality, which Bogotá and Washington signed in 2010 — the first such instrument in the Americas.

Their previous meeting took place in New York last September, on the sidelines of the UN General Assembly, with Venezuela and Haiti on the agenda. Leyva has invited Blinken to Cartagena later this year.
""", [
    ("Álvaro Leyva and U.S. Secretary of State Antony Blinken held a telephone call on Thursday", M('phone_call', ['CO', 'US'], '2023-05-18')),
    ("the High-Level Dialogue between the two countries, due in Bogotá on June 12", M('consultations', ['CO', 'US'], '2023-06-12', 'Bogotá')),
    ("Blinken, who travelled to Bogotá in October 2021", M('visit', ['CO', 'US'], '2021-10', 'Bogotá')),
    ("reiterated U.S. backing for carrying out the 2016 peace agreement with the FARC", A('agreement', 'in_force', ['CO'])),
    ("the bilateral Action Plan on Racial and Ethnic Equality, which Bogotá and Washington signed in 2010", A('action_plan', 'signed', ['CO', 'US'], '2010', 'Action Plan on Racial and Ethnic Equality')),
    ("Their previous meeting took place in New York last September", M('talks', ['CO', 'US'], '2022-09', 'New York')),
    ("on the sidelines of the UN General Assembly", M('conference', ['CO', 'US'], '2022-09', 'New York')),
])

# ---------------------------------------------------------------- hold37/en_007 (2025-07-16)
D('hold37/en_007', 'scraped page of a national news agency (noise kept)', """
Kabar News Agency
News | Politics | Economy | Society | Central Asia | Photo | Video
Subscribe to our Telegram channel

Kyrgyzstan, Uzbekistan foreign ministries compare notes in Tashkent

July 16, 2025, 17:05 | Views: 842

Tashkent hosted a round of political consultations between the foreign ministries of Kyrgyzstan and Uzbekistan on Wednesday, the Kyrgyz Foreign Ministry reports. Deputy Minister Almaz Imangaziev led the Kyrgyz side, and First Deputy Minister Bakhromjon Aloyev the Uzbek side.

The diplomats discussed bilateral cooperation and how agreements reached by the two presidents are being implemented, among them the treaty on certain sections of the Kyrgyz-Uzbek state border, in force since 2023.

Trade between the two countries in the first half of 2025 totalled US$812 million, up 18.4 percent year on year.

The sides also discussed the preparation of President Sadyr Japarov's state visit to Uzbekistan, planned for this autumn.

At the end of the talks, a plan of consultations between the two foreign ministries for 2025-2026 was signed.

Tags: Kyrgyzstan, Uzbekistan, diplomacy
Read also:
- Kyrgyzstan to host Central Asian cultural festival
- Bishkek: heat wave expected next week
© 2025 Kabar. All rights reserved.
""", [
    ("Tashkent hosted a round of political consultations between the foreign ministries of Kyrgyzstan and Uzbekistan on Wednesday", M('consultations', ['KG', 'UZ'], '2025-07-16', 'Tashkent')),
    ("the treaty on certain sections of the Kyrgyz-Uzbek state border, in force since 2023", A('treaty', 'in_force', ['KG', 'UZ'], '2023', 'treaty on certain sections of the Kyrgyz-Uzbek state border')),
    ("Trade between the two countries in the first half of 2025 totalled US$812 million, up 18.4 percent", T('trade_turnover', 812000000, 'USD', 18.4, 'increase', '2025-01/2025-06')),
    ("President Sadyr Japarov's state visit to Uzbekistan", M('visit', ['KG', 'UZ'])),
    ("a plan of consultations between the two foreign ministries for 2025-2026 was signed", A('action_plan', 'signed', ['KG', 'UZ'], '2025-07-16')),
])

# ---------------------------------------------------------------- hold27/en_002 (2024-02-06)
D('hold27/en_002', 'international wire (Reuters style)', """
Blinken in Qatar as push for Gaza truce intensifies

DOHA, Feb 6 (Reuters) - U.S. Secretary of State Antony Blinken arrived in Doha on Tuesday, where he held talks with Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani on a deal for an immediate and lasting ceasefire in Gaza and the release of hostages.

Blinken was earlier received by Emir Sheikh Tamim bin Hamad Al Thani at Lusail Palace, where they discussed bilateral ties, including a defence cooperation agreement renewed last month, a U.S. official said.

Qatar, which has mediated between Israel and Hamas, hosts the largest U.S. military base in the Middle East. President Joe Biden and the Emir last spoke by phone on Jan. 29.

Washington will host the sixth annual U.S.-Qatar Strategic Dialogue later this year, the State Department said.

Blinken heads next to Israel to meet Prime Minister Benjamin Netanyahu and President Isaac Herzog.
""", [
    ("Antony Blinken arrived in Doha on Tuesday", M('visit', ['QA', 'US'], '2024-02-06', 'Doha')),
    ("a deal for an immediate and lasting ceasefire in Gaza", A('ceasefire', 'planned', [])),
    ("a defence cooperation agreement renewed last month", A('agreement', 'signed', ['QA', 'US'], '2024-01')),
    ("President Joe Biden and the Emir last spoke by phone on Jan. 29", M('phone_call', ['QA', 'US'], '2024-01-29')),
    ("Washington will host the sixth annual U.S.-Qatar Strategic Dialogue later this year", M('consultations', ['QA', 'US'], '2024', 'Washington')),
    ("Blinken heads next to Israel to meet Prime Minister Benjamin Netanyahu", M('visit', ['IL', 'US'])),
])

# ================================================================ French originals, told in English

# ---------------------------------------------------------------- hold31/fr_002 (2024-07-03)
D('hold31/fr_002', 'presidency readout of the other side', """
Lula and Macron talk by phone about G20 and COP30

President Luiz Inácio Lula da Silva received a phone call this Wednesday, 3 July, from French President Emmanuel Macron.

The two leaders recalled Macron's state visit to Brazil in March, when a roadmap on the bioeconomy and the protection of tropical forests was adopted in Belém. Macron confirmed that he will attend the G20 Leaders' Summit hosted by the Brazilian presidency in Rio de Janeiro on 18-19 November, and praised its priorities, such as the fight against hunger and poverty and the taxation of the super-rich.

Lula and Macron also talked about the preparations for COP30, to be held in Belém, Brazil, in November 2025, and about the need for more ambitious nationally determined contributions.

On the EU-Mercosur association agreement still under negotiation, Macron repeated that France could not accept the current text without stronger environmental and health guarantees. The presidents agreed to remain in close contact.
""", [
    ("President Luiz Inácio Lula da Silva received a phone call this Wednesday, 3 July, from French President Emmanuel Macron", M('phone_call', ['BR', 'FR'], '2024-07-03')),
    ("Macron's state visit to Brazil in March", M('visit', ['BR', 'FR'], '2024-03')),
    ("a roadmap on the bioeconomy and the protection of tropical forests was adopted in Belém", A('roadmap', 'adopted', ['BR', 'FR'], '2024-03')),
    ("Macron confirmed that he will attend the G20 Leaders' Summit hosted by the Brazilian presidency in Rio de Janeiro on 18-19 November", M('summit', ['BR', 'FR'], '2024-11-18', 'Rio de Janeiro')),
    ("COP30, to be held in Belém, Brazil, in November 2025", M('conference', ['BR'], '2025-11', 'Belém')),
    ("the EU-Mercosur association agreement still under negotiation", A('agreement', 'planned', [])),
])

# ---------------------------------------------------------------- hold31/fr_004 (2024-11-17)
D('hold31/fr_004', 'international wire (Reuters style)', """
Macron makes brief Argentina stop to woo Milei before G20

BUENOS AIRES, Nov 17 (Reuters) - French President Emmanuel Macron landed in Buenos Aires late on Saturday for a visit of less than 24 hours, meeting Argentine President Javier Milei on Sunday in a bid to keep the libertarian leader engaged in multilateral diplomacy ahead of the Group of 20 summit opening in Rio de Janeiro on Monday.

The two, who differ on almost everything from climate to the role of the state, first met over dinner at the Elysee palace in Paris in June. No agreements were expected to be signed during the stop, French officials said.

Milei last week pulled Argentina's delegation from the COP29 climate talks in Baku, raising fears the country could walk away from global climate commitments.

Trade between France and Argentina reached 2.2 billion euros in 2023, according to French customs data. Paris opposes the European Union's trade deal with Mercosur, which Buenos Aires wants wrapped up quickly.
""", [
    ("Emmanuel Macron landed in Buenos Aires late on Saturday for a visit of less than 24 hours", M('visit', ['AR', 'FR'], '2024-11-16', 'Buenos Aires')),
    ("ahead of the Group of 20 summit opening in Rio de Janeiro on Monday", M('summit', ['FR'], '2024-11-18', 'Rio de Janeiro')),
    ("first met over dinner at the Elysee palace in Paris in June", M('talks', ['AR', 'FR'], '2024-06', 'Paris')),
    ("pulled Argentina's delegation from the COP29 climate talks in Baku", M('conference', ['AR'], location='Baku')),
    ("Trade between France and Argentina reached 2.2 billion euros in 2023", T('trade', 2200000000, 'EUR', period='2023')),
    ("the European Union's trade deal with Mercosur, which Buenos Aires wants wrapped up quickly", A('agreement', 'planned', [])),
])

# ---------------------------------------------------------------- hold33/fr_001 (2023-09-20)
D('hold33/fr_001', 'national news agency of the other side', """
PM Pashinyan, President Macron hold phone talk

YEREVAN, SEPTEMBER 20, ARMENPRESS. Prime Minister Nikol Pashinyan had a telephone conversation today with French President Emmanuel Macron, a day after Azerbaijan launched a military offensive in Nagorno-Karabakh, the Prime Minister's Office said.

Macron strongly condemned the use of force and called for an immediate cessation of hostilities and respect for international humanitarian law. He reaffirmed France's support for Armenia's sovereignty and territorial integrity, recalling his attendance at the Francophonie summit held in Yerevan in October 2018.

The President said that French Foreign Minister Catherine Colonna will travel to Yerevan in early October, and a letter of intent on defense cooperation is expected to be signed during her stay.

The leaders agreed to stay in close contact.
""", [
    ("Nikol Pashinyan had a telephone conversation today with French President Emmanuel Macron", M('phone_call', ['AM', 'FR'], '2023-09-20')),
    ("his attendance at the Francophonie summit held in Yerevan in October 2018", M('summit', ['FR'], '2018-10', 'Yerevan')),
    ("French Foreign Minister Catherine Colonna will travel to Yerevan in early October", M('visit', ['AM', 'FR'], '2023-10', 'Yerevan')),
    ("a letter of intent on defense cooperation is expected to be signed during her stay", A('memorandum', 'planned', ['AM', 'FR'])),
])

# ---------------------------------------------------------------- hold33/fr_003 (2023-07-26)
D('hold33/fr_003', 'international wire (AFP English style)', """
French envoy Le Drian back in Beirut to break presidential deadlock

BEIRUT, July 26 (AFP) - France's special envoy for Lebanon, Jean-Yves Le Drian, flew into Beirut on Tuesday evening on his second trip in just over a month, seeking to end a vacuum that has left the country without a head of state since late October.

The former French foreign minister met parliament speaker Nabih Berri and caretaker Prime Minister Najib Mikati on Wednesday morning, Mikati's office said, and is due to see the Maronite patriarch and the heads of several parliamentary blocs on Thursday.

During his first trip in June, Le Drian toured Lebanon's main political players but failed to narrow their differences. This time he has the backing of the Quintet — France, the United States, Saudi Arabia, Qatar and Egypt — whose envoys gathered in Doha on July 17 to discuss Lebanon.

A diplomatic source said Le Drian is considering returning to Beirut in September to bring the rival parties around one table, an idea already viewed with suspicion by the Christian opposition.

Lebanon's only recent diplomatic success remains the U.S.-brokered maritime border deal it reached with Israel in October 2022, which opened the way for offshore gas exploration.
""", [
    ("Jean-Yves Le Drian, flew into Beirut on Tuesday evening on his second trip in just over a month", M('visit', ['FR', 'LB'], '2023-07-25', 'Beirut')),
    ("During his first trip in June", M('visit', ['FR', 'LB'], '2023-06')),
    ("whose envoys gathered in Doha on July 17 to discuss Lebanon", M('talks', ['EG', 'FR', 'QA', 'SA', 'US'], '2023-07-17', 'Doha')),
    ("Le Drian is considering returning to Beirut in September", M('visit', ['FR', 'LB'], '2023-09', 'Beirut')),
    ("the U.S.-brokered maritime border deal it reached with Israel in October 2022", A('agreement', 'adopted', ['IL', 'LB'], '2022-10')),
])

# ---------------------------------------------------------------- hold34/fr_007 (2023-09-12)
D('hold34/fr_007', 'ministry press release of the other side', """
MINISTRY OF INTERNATIONAL RELATIONS AND COOPERATION
PRESS RELEASE

Minister Mushelenga holds telephone talks with French Foreign Minister

Windhoek, 12 September 2023 – The Minister of International Relations and Cooperation, Hon. Dr Peya Mushelenga, yesterday, 11 September 2023, held a telephone conversation with Her Excellency Ms Catherine Colonna, Minister for Europe and Foreign Affairs of the French Republic.

The Ministers welcomed the letter of intent on cooperation in green hydrogen and critical raw materials, which was signed in Windhoek on 6 June 2023 during the visit to Namibia of the French Minister of State for Development, Ms Chrysoula Zacharopoulou.

They further agreed that the inaugural session of the Namibia-France Strategic Dialogue will take place in Paris during the first quarter of 2024. Minister Colonna reiterated France's invitation to His Excellency President Dr Hage G. Geingob to pay a State Visit to France.

The two Ministers will meet again in New York next week during the high-level week of the 78th Session of the United Nations General Assembly.

Issued by: Office of the Executive Director
""", [
    ("Hon. Dr Peya Mushelenga, yesterday, 11 September 2023, held a telephone conversation with Her Excellency Ms Catherine Colonna", M('phone_call', ['FR', 'NA'], '2023-09-11')),
    ("the letter of intent on cooperation in green hydrogen and critical raw materials, which was signed in Windhoek on 6 June 2023", A('memorandum', 'signed', ['FR', 'NA'], '2023-06-06')),
    ("during the visit to Namibia of the French Minister of State for Development", M('visit', ['FR', 'NA'], '2023-06-06', 'Windhoek')),
    ("the inaugural session of the Namibia-France Strategic Dialogue will take place in Paris during the first quarter of 2024", M('consultations', ['FR', 'NA'], '2024', 'Paris')),
    ("The two Ministers will meet again in New York next week during the high-level week of the 78th Session of the United Nations General Assembly", M('conference', ['FR', 'NA'], '2023-09', 'New York')),
])

# ---------------------------------------------------------------- hold35/fr_001 (2023-06-20)
D('hold35/fr_001', 'national news agency of the other side', """
President of the Republic holds talks with French counterpart in Paris

Paris, 20 June 2023 (AMI) – His Excellency the President of the Republic, Mr. Mohamed Ould Cheikh El Ghazouani, held talks on Tuesday at the Elysée Palace with French President Emmanuel Macron.

The talks dealt with the partnership between Mauritania and France and Mauritania's role in the stability of the Sahel. On the sidelines of the meeting, a letter of intent on developing the green hydrogen sector in Mauritania was signed.

The two presidents also discussed the Summit for a New Global Financing Pact, which Paris will host on 22-23 June and in which the President of the Republic will take part.

President Macron recalled his trip to Nouakchott in July 2018 to attend the African Union summit hosted by Mauritania, and thanked the President of the Republic for inviting him to make an official visit.

The two heads of state welcomed the first strategic dialogue between the two foreign ministries, held in Nouakchott on 15 May, and agreed to hold it every year.
""", [
    ("Mr. Mohamed Ould Cheikh El Ghazouani, held talks on Tuesday at the Elysée Palace with French President Emmanuel Macron", M('talks', ['FR', 'MR'], '2023-06-20', 'Paris')),
    ("a letter of intent on developing the green hydrogen sector in Mauritania was signed", A('memorandum', 'signed', ['FR', 'MR'], '2023-06-20')),
    ("the Summit for a New Global Financing Pact, which Paris will host on 22-23 June", M('summit', ['FR', 'MR'], '2023-06-22', 'Paris')),
    ("his trip to Nouakchott in July 2018 to attend the African Union summit hosted by Mauritania", M('summit', ['FR', 'MR'], '2018-07', 'Nouakchott')),
    ("the first strategic dialogue between the two foreign ministries, held in Nouakchott on 15 May", M('consultations', ['FR', 'MR'], '2023-05-15', 'Nouakchott')),
])

# ---------------------------------------------------------------- hold35/fr_005 (2023-12-24)
D('hold35/fr_005', 'scraped page of an English-language news site (noise kept)', """
Morocco World News
Politics | Economy | Culture | Sports | Opinion | Search
Newsletter: Subscribe

Bourita Hosts Sahel Ministers in Marrakech to Advance Atlantic Initiative

Marrakech – Dec 24, 2023 | 10:40 a.m. | By MWN Staff

Moroccan Foreign Minister Nasser Bourita on Saturday hosted his counterparts from Burkina Faso, Mali, Niger and Chad in Marrakech for a ministerial meeting on King Mohammed VI's initiative to give Sahel states access to the Atlantic Ocean.

In a joint communiqué issued after the meeting, the five countries welcomed the initiative and agreed to set up a national task force in each country to propose road, port and rail infrastructure projects.

Bourita also held bilateral talks with Malian Foreign Minister Abdoulaye Diop on security cooperation and the situation in northern Mali.

The ministers are to meet again in N'Djamena in the first quarter of 2024 to review the working groups' proposals, a diplomatic source said.

Read more:
- Morocco, Spain Agree on Joint World Cup Preparations
- Weather: Heavy Rain Expected in Northern Regions
Copyright © 2023 Morocco World News
""", [
    ("Nasser Bourita on Saturday hosted his counterparts from Burkina Faso, Mali, Niger and Chad in Marrakech for a ministerial meeting", M('conference', ['BF', 'MA', 'ML', 'NE', 'TD'], '2023-12-23', 'Marrakech')),
    ("In a joint communiqué issued after the meeting, the five countries welcomed the initiative", A('joint_communique', 'adopted', ['BF', 'MA', 'ML', 'NE', 'TD'], '2023-12-23')),
    ("Bourita also held bilateral talks with Malian Foreign Minister Abdoulaye Diop", M('talks', ['MA', 'ML'], '2023-12-23', 'Marrakech')),
    ("The ministers are to meet again in N'Djamena in the first quarter of 2024", M('conference', ['BF', 'MA', 'ML', 'NE', 'TD'], '2024', "N'Djamena")),
])

# ---------------------------------------------------------------- hold36/fr_002 (2024-10-14)
D('hold36/fr_002', 'national news agency of the other side (QNA style)', """
Amir Holds Phone Call with French President

Doha, October 14 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani held a phone call today with HE President Emmanuel Macron of the friendly French Republic.

During the call, they discussed the latest developments in the region, especially in Gaza and Lebanon, and the mediation efforts by Qatar, Egypt and the United States to end the war and secure the release of all hostages. The French President thanked HH the Amir for Qatar's participation in the International Conference in Support of Lebanon's People and Sovereignty, which France will host in Paris on October 24.

The two sides reviewed the follow-up of the joint statement issued during HH the Amir's state visit to France on Feb. 27-28, which raised bilateral relations to a strategic partnership. Qatar aims to invest EUR 10 billion in France by 2030.

President Macron said he would visit Qatar in December.
""", [
    ("Sheikh Tamim bin Hamad Al-Thani held a phone call today with HE President Emmanuel Macron", M('phone_call', ['FR', 'QA'], '2024-10-14')),
    ("the International Conference in Support of Lebanon's People and Sovereignty, which France will host in Paris on October 24", M('conference', ['FR', 'QA'], '2024-10-24', 'Paris')),
    ("the joint statement issued during HH the Amir's state visit to France on Feb. 27-28", A('joint_communique', 'adopted', ['FR', 'QA'], '2024-02-27')),
    ("HH the Amir's state visit to France on Feb. 27-28", M('visit', ['FR', 'QA'], '2024-02-27')),
    ("President Macron said he would visit Qatar in December", M('visit', ['FR', 'QA'], '2024-12')),
])

# ---------------------------------------------------------------- hold36/fr_005 (2023-11-21)
D('hold36/fr_005', 'national wire (Canadian Press style)', """
Trudeau, Honduras's Castro discuss trade, migration

OTTAWA — Prime Minister Justin Trudeau spoke by phone on Tuesday with Honduran President Xiomara Castro, following up on their September meeting in New York on the margins of the United Nations General Assembly.

At that meeting, the two leaders had talked about fighting corruption and regular migration, the Prime Minister's Office said in a readout.

They highlighted the Canada-Honduras Free Trade Agreement, which took effect Oct. 1, 2014, and has helped lift two-way merchandise trade to $530 million in 2022. Trudeau also pointed to the presence of Canadian companies in the textile and mining sectors, while stressing responsible business conduct.

Trudeau welcomed Honduras's role as chair of the Community of Latin American and Caribbean States, and the leaders agreed to stay in close touch.
""", [
    ("Prime Minister Justin Trudeau spoke by phone on Tuesday with Honduran President Xiomara Castro", M('phone_call', ['CA', 'HN'], '2023-11-21')),
    ("their September meeting in New York on the margins of the United Nations General Assembly", M('talks', ['CA', 'HN'], '2023-09', 'New York')),
    ("their September meeting in New York on the margins of the United Nations General Assembly", M('conference', ['CA', 'HN'], '2023-09', 'New York')),
    ("the Canada-Honduras Free Trade Agreement, which took effect Oct. 1, 2014", A('agreement', 'in_force', ['CA', 'HN'], '2014-10-01', 'Canada-Honduras Free Trade Agreement')),
    ("has helped lift two-way merchandise trade to $530 million in 2022", T('trade', 530000000, 'CAD', period='2022')),
])

# ---------------------------------------------------------------- hold37/fr_004 (2024-10-07)
D('hold37/fr_004', 'Asia digest of an Indian daily', """
ASIA DIGEST

Jaishankar in Colombo
India's External Affairs Minister S. Jaishankar began a two-day trip to Sri Lanka on Sunday, the first high-level visit from New Delhi since President Anura Kumara Dissanayake took office. He is scheduled to hold talks with Foreign Minister Vijitha Herath on Monday and call on the President.

Kazakhstan-China trade at record
Kazakhstan's trade with China rose 32% to an all-time high of $41 billion in 2023, the Kazakh trade ministry said. Kazakh exports to China grew by 17%. The two countries aim for $50 billion by 2030.

Nepal power for Bangladesh
Nepal and Bangladesh on Thursday inked a memorandum of understanding for the export of Nepali electricity to Bangladesh through the Indian grid, Nepal's energy ministry said. The deal was signed after a meeting in Kathmandu of the joint steering committee on energy. Bangladesh's interim leader Muhammad Yunus and Nepal's Prime Minister K.P. Sharma Oli spoke by phone in late September.
""", [
    ("S. Jaishankar began a two-day trip to Sri Lanka on Sunday", M('visit', ['IN', 'LK'], '2024-10-06')),
    ("Kazakhstan's trade with China rose 32% to an all-time high of $41 billion in 2023", T('trade', 41000000000, 'USD', 32, 'increase', '2023')),
    ("Kazakh exports to China grew by 17%", T('exports', None, None, 17, 'increase', '2023')),
    ("Nepal and Bangladesh on Thursday inked a memorandum of understanding for the export of Nepali electricity", A('memorandum', 'signed', ['BD', 'NP'], '2024-10-03')),
    ("after a meeting in Kathmandu of the joint steering committee on energy", M('joint_commission', ['BD', 'NP'], '2024-10-03', 'Kathmandu')),
    ("Muhammad Yunus and Nepal's Prime Minister K.P. Sharma Oli spoke by phone in late September", M('phone_call', ['BD', 'NP'], '2024-09')),
])

# ---------------------------------------------------------------- hold38/fr_007 (2025-02-24)
D('hold38/fr_007', 'TV news bulletin transcript', """
AFRICA TONIGHT — evening bulletin (transcript), 24 February 2025

ANCHOR: Good evening. We start in Central Africa, where Congo-Brazzaville's President Denis Sassou Nguesso has been on the phone with Angola's João Lourenço, the African Union's mediator for eastern DR Congo. The two spoke on Sunday and called for an immediate ceasefire and renewed dialogue between Kinshasa and Kigali.

ANCHOR: In Yaoundé, Cameroon and Chad have put pen to paper on a cross-border security cooperation agreement. The deal was signed on Friday on the sidelines of the third session of the Cameroon-Chad joint commission, and provides for joint patrols and intelligence sharing against highway bandits.

ANCHOR: And Togo's exports to Burkina Faso climbed 15 percent last year to 95 billion CFA francs, according to the national statistics institute. Togo's trade minister is expected in Ouagadougou in March for talks on the Lomé–Ouagadougou corridor.
""", [
    ("Congo-Brazzaville's President Denis Sassou Nguesso has been on the phone with Angola's João Lourenço", M('phone_call', ['AO', 'CG'], '2025-02-23')),
    ("Cameroon and Chad have put pen to paper on a cross-border security cooperation agreement", A('agreement', 'signed', ['CM', 'TD'], '2025-02-21')),
    ("on the sidelines of the third session of the Cameroon-Chad joint commission", M('joint_commission', ['CM', 'TD'], location='Yaoundé')),
    ("Togo's exports to Burkina Faso climbed 15 percent last year to 95 billion CFA francs", T('exports', 95000000000, 'XOF', 15, 'increase', '2024')),
    ("Togo's trade minister is expected in Ouagadougou in March", M('visit', ['BF', 'TG'], '2025-03', 'Ouagadougou')),
])

# ---------------------------------------------------------------- hold38/fr_003 (no reference date)
D('hold38/fr_003', 'trade-promotion agency factsheet', """
France–Senegal: trade and investment at a glance

Senegal remains one of France's main trading partners in West Africa. Two-way trade between the countries totalled €2.1bn in 2023, 6% more than in 2022. French goods shipped to Senegal, mostly refined petroleum products, cereals and medicines, were worth €1.72bn. In the other direction, France bought €381m of Senegalese goods, down 4%, chiefly fish, groundnuts, fruit and vegetables. France thus runs a trade surplus of €1.34bn with Senegal, and its 12.8% market share makes it the country's leading supplier, ahead of China and India.

Investment
France is Senegal's largest foreign investor, with a stock of French FDI of €2.6bn at end-2022 (Banque de France). More than 250 subsidiaries of French companies operate in the country, employing about 20,000 people.

Dakar aims to lift foreign investment to 5% of GDP by 2030. A new France–Senegal double taxation convention is awaiting ratification.
""", [
    ("Two-way trade between the countries totalled €2.1bn in 2023, 6% more than in 2022", T('trade', 2100000000, 'EUR', 6, 'increase', '2023')),
    ("French goods shipped to Senegal, mostly refined petroleum products, cereals and medicines, were worth €1.72bn", T('exports', 1720000000, 'EUR', period='2023')),
    ("France bought €381m of Senegalese goods, down 4%", T('imports', 381000000, 'EUR', 4, 'decrease', '2023')),
    ("a stock of French FDI of €2.6bn at end-2022", T('investment', 2600000000, 'EUR', period='2022')),
    ("A new France–Senegal double taxation convention is awaiting ratification", A('convention', 'ratification', ['FR', 'SN'])),
])

# ---------------------------------------------------------------- hold28/fr_004 (2025-04-10)
D('hold28/fr_004', 'presidency readout of the other side', """
President Petro and President Macron hold phone conversation

Bogotá, April 10, 2025. President Gustavo Petro spoke on Wednesday evening, April 9, with the President of France, Emmanuel Macron, about the situation in Latin America and the Caribbean, in particular Venezuela and Haiti, and about the effects of the new U.S. tariffs on both economies.

The heads of state reviewed preparations for the Third United Nations Ocean Conference, co-hosted by France and Costa Rica in Nice from 9 to 13 June, which President Petro confirmed he will attend.

Both leaders recalled their meeting in Paris in June 2023, held on the sidelines of the Summit for a New Global Financing Pact, and agreed to continue working together on the energy transition and the fight against deforestation.

President Macron highlighted the trade agreement between the European Union and Colombia, Peru and Ecuador, which has been in force for more than a decade.

President Petro invited his French counterpart to visit Colombia.
""", [
    ("President Gustavo Petro spoke on Wednesday evening, April 9, with the President of France, Emmanuel Macron", M('phone_call', ['CO', 'FR'], '2025-04-09')),
    ("the Third United Nations Ocean Conference, co-hosted by France and Costa Rica in Nice from 9 to 13 June", M('conference', ['CO', 'CR', 'FR'], '2025-06-09', 'Nice')),
    ("Both leaders recalled their meeting in Paris in June 2023", M('talks', ['CO', 'FR'], '2023-06', 'Paris')),
    ("held on the sidelines of the Summit for a New Global Financing Pact", M('summit', ['CO', 'FR'], '2023-06', 'Paris')),
    ("the trade agreement between the European Union and Colombia, Peru and Ecuador, which has been in force for more than a decade", A('agreement', 'in_force', ['CO', 'EC', 'PE'], title='trade agreement between the European Union and Colombia, Peru and Ecuador')),
])

# ---------------------------------------------------------------- hold28/fr_001 (2024-03-28)
D('hold28/fr_001', 'UK daily', """
Macron and Lula seal 'strategic partnership' as French president wraps up Brazil trip

Emmanuel Macron ended a three-day state visit to Brazil in Brasília on Thursday with a series of warm gestures towards his host, Luiz Inácio Lula da Silva.

The French president, who arrived in Belém at the gateway to the Amazon on Tuesday, also travelled to Itaguaí near Rio de Janeiro to watch the launch of a submarine built with French help, and to São Paulo to meet business leaders.

At the Planalto palace the two leaders agreed an action plan for the Franco-Brazilian strategic partnership, setting cooperation priorities for the next decade in defence, space, energy transition and health. They also launched a €1bn, four-year public and private investment programme for the Amazon bioeconomy, which several NGOs consider too small.

"Brazil and France have disagreements, on trade and agriculture in particular, but they have far more in common," Macron told a joint press conference.

Bilateral trade was worth €8.4bn in 2023, up 6% on the previous year, according to French customs figures. Paris hopes it will top €10bn by the end of the decade.

Lula travelled to Paris in June 2023 for the summit on a new global financing pact, his first trip to France since returning to power. The two presidents are due to meet again in Rio de Janeiro in November at the G20 summit, which Brazil is hosting this year.
""", [
    ("Emmanuel Macron ended a three-day state visit to Brazil in Brasília on Thursday", M('visit', ['BR', 'FR'], '2024-03-26')),
    ("the two leaders agreed an action plan for the Franco-Brazilian strategic partnership", A('action_plan', 'adopted', ['BR', 'FR'], '2024-03-28', 'action plan for the Franco-Brazilian strategic partnership')),
    ("Bilateral trade was worth €8.4bn in 2023, up 6% on the previous year", T('trade', 8400000000, 'EUR', 6, 'increase', '2023')),
    ("Lula travelled to Paris in June 2023 for the summit on a new global financing pact", M('summit', ['BR', 'FR'], '2023-06', 'Paris')),
    ("The two presidents are due to meet again in Rio de Janeiro in November at the G20 summit", M('summit', ['BR', 'FR'], '2024-11', 'Rio de Janeiro')),
])

# ---------------------------------------------------------------- hold27/fr_001 (2024-06-20)
D('hold27/fr_001', 'pan-African English news site', """
Senegal's Faye meets Macron in Paris on first visit since election

PARIS, June 20 — Senegal's President Bassirou Diomaye Faye held more than an hour of talks with Emmanuel Macron at the Elysée on Thursday, on his first visit to France since winning the March election. Defence cooperation and debt topped the agenda.

The two leaders, who had first spoken by phone on April 3, the day after Faye's inauguration, said they wanted a "renewed, more balanced partnership". No joint statement was released after the talks.

Earlier on Thursday, Faye attended the Global Forum for Vaccine Sovereignty and Innovation hosted in Paris by France, the African Union and Gavi, at which a mechanism to finance vaccine production in Africa was launched.

According to Macron's office, the two countries agreed to begin revising their military cooperation accords, whose latest treaty, signed in 2012, governs the presence of about 350 French troops in Dakar. Defence and foreign ministers will lead the talks.

Faye is also due to meet Prime Minister Gabriel Attal on Friday.

France-Senegal trade amounted to €1.4 billion in 2023. Macron said he would travel to Senegal "as soon as possible", without giving a date.
""", [
    ("Senegal's President Bassirou Diomaye Faye held more than an hour of talks with Emmanuel Macron at the Elysée on Thursday", M('visit', ['FR', 'SN'], '2024-06-20', 'Paris')),
    ("who had first spoken by phone on April 3", M('phone_call', ['FR', 'SN'], '2024-04-03')),
    ("Faye attended the Global Forum for Vaccine Sovereignty and Innovation hosted in Paris", M('conference', ['FR', 'SN'], '2024-06-20', 'Paris')),
    ("the two countries agreed to begin revising their military cooperation accords, whose latest treaty, signed in 2012", A('treaty', 'planned', ['FR', 'SN'])),
    ("France-Senegal trade amounted to €1.4 billion in 2023", T('trade', 1400000000, 'EUR', period='2023')),
    ("Macron said he would travel to Senegal", M('visit', ['FR', 'SN'])),
])

# Retellings the pack does not read exactly right yet (no fixture written for them): filled after Step 2.
NOT_YET = {
    'en_27en002',
    'en_27fr001',
    'en_28en002',
    'en_28fr001',
    'en_28fr004',
    'en_30en002',
    'en_31en001',
    'en_31fr002',
    'en_31fr004',
    'en_32en002',
    'en_33en002',
    'en_33en008',
    'en_33fr001',
    'en_33fr003',
    'en_34fr007',
    'en_35en007',
    'en_35fr001',
    'en_35fr005',
    'en_36en006',
    'en_36fr002',
    'en_37fr004',
    'en_38en002',
    'en_38fr003',
    'en_38fr007',
}

def main():
    for sub in ('docs', 'fixtures'):
        os.makedirs(os.path.join(HERE, sub), exist_ok=True)
    idx, gold, table = [], [], []
    for n, (orig, outlet, text, facts) in enumerate(DOCS, 1):
        hold, oid = orig.split('/')
        did = 'en_%s%s' % (hold[4:], oid.replace('_', ''))
        orig_idx = {json.loads(l)['id']: json.loads(l) for l in open(os.path.join(EVAL, hold, 'index.jsonl'))}[oid]
        with open(os.path.join(HERE, 'docs', did + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        row = {'id': did, 'lang': 'en'}
        if 'reference_date' in orig_idx: row['reference_date'] = orig_idx['reference_date']
        row.update({'url': 'https://synthetic.invalid/para29en/%s' % did, 'source': outlet,
                    'license': 'CC0 (written for Glean\'s evaluation)', 'original': orig})
        idx.append(row)
        table.append((orig, did, outlet, len(facts)))
        for ev, (typ, fields) in facts:
            assert ev in text, (did, ev)
            gold.append({'id': did, 'type': typ, 'evidence': ev, 'fields': fields})
    with open(os.path.join(HERE, 'index.jsonl'), 'w', encoding='utf-8') as f:
        for r in idx: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
    # fixtures for the retellings the pack reads exactly right
    for r in idx:
        did = r['id']
        if did in NOT_YET: continue
        lines = ['# %s: retelling of Evaluation/%s in English; gold as in ../gold.jsonl.' % (did, r['original']),
                 'document: ../docs/%s.txt' % did, 'lang: en']
        if 'reference_date' in r: lines.append('reference_date: %s' % r['reference_date'])
        lines.append('checks: [Meeting, Agreement, TradeFigure]')
        lines.append('facts:')
        for g in gold:
            if g['id'] != did: continue
            lines.append('  - type: %s' % g['type'])
            lines.append('    # evidence: %s' % g['evidence'])
            lines.append('    fields:')
            for k, v in g['fields'].items():
                if g['type'] == 'TradeFigure' and k in ('amount', 'currency'): continue
                # trade and trade_turnover name the same thing (devset README); the pack says trade.
                if k == 'indicator' and v == 'trade_turnover': v = 'trade'
                lines.append('      %s: %s' % (k, json.dumps(v, ensure_ascii=False)))
            if g['type'] == 'TradeFigure' and 'amount' in g['fields']:
                lines.append('      amount: {amount: %s, currency: %s}' % (g['fields']['amount'], g['fields']['currency']))
        with open(os.path.join(HERE, 'fixtures', did + '.fixture.yaml'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
    if '--table' in sys.argv:
        for t in table: print('| %s | %s | %s | %d |' % t)
    print(len(idx), 'docs', len(gold), 'facts')

if __name__ == '__main__':
    main()
