#!/usr/bin/env python3
"""The wire matrix (session 26, wire26en, issue #14): our own sentences in the house style of English-language agencies
and ministries of Asia, the Gulf, Africa and the former Soviet space (Xinhua, Kyodo, Yonhap, Bernama, ANTARA, VNA, PTI
and MEA, APP, Anadolu, WAM, SPA, KUNA, QNA, ONA, TASS, Kazinform, ENA, KNA, NAN, DIRCO; ASEAN, AU, ECOWAS and SADC
communiqués). None is copied from an article; the officials are real titles, the events invented or paraphrased.
Gold follows the development set's conventions (/work/shared/devsets/diplomatic_news/README.md).
Writes docs/, index.jsonl, gold.jsonl (`glean eval gold.jsonl`) and one fixture per document that holds (HOLDS).
Run from this folder."""
import json, os
M, A, T = "Meeting", "Agreement", "TradeFigure"
def m(ev, kind, countries, date=None, location=None, status=None):
    f = {"kind": kind, "countries": sorted(countries)}
    if date: f["date"] = date
    if location: f["location"] = location
    return (M, ev, f, {"status": status} if status else {})
def a(ev, kind, status, parties, date=None):
    f = {"kind": kind, "status": status, "parties": sorted(parties)}
    if date: f["date"] = date
    return (A, ev, f, {})
def t(ev, indicator, amount=None, currency=None, change=None, direction=None, period=None):
    f = {"indicator": indicator}
    if amount is not None: f["amount"] = amount; f["currency"] = currency
    if change is not None: f["change_percent"] = change; f["direction"] = direction
    if period: f["period"] = period
    return (T, ev, f, {})

# id, reference date, outlet, text, facts ([] : a near miss that must give none of the three types)
DOCS = [
# --- Xinhua
("x01", "2026-03-12", "xinhua", "BEIJING, March 12 (Xinhua) -- Chinese President Xi Jinping held talks with visiting Kenyan President William Ruto at the Great Hall of the People in Beijing on Tuesday.",
 [m("held talks with visiting Kenyan President William Ruto", "visit", ["CN", "KE"], "2026-03-10", "Beijing")]),
("x02", "2025-10-28", "xinhua", "Chinese Premier Li Qiang met with Malaysian Prime Minister Anwar Ibrahim on the sidelines of the ASEAN summit in Kuala Lumpur on Oct. 27.",
 [m("met with Malaysian Prime Minister Anwar Ibrahim", "talks", ["CN", "MY"], "2025-10-27", "Kuala Lumpur"),
  m("the ASEAN summit in Kuala Lumpur on Oct. 27", "summit", ["CN", "MY"], "2025-10-27", "Kuala Lumpur")]),
("x03", "2025-06-18", "xinhua", "Wang Yi, a member of the Political Bureau of the CPC Central Committee and Chinese foreign minister, held a phone conversation with Iranian Foreign Minister Abbas Araghchi on Monday at the latter's request.",
 [m("held a phone conversation with Iranian Foreign Minister Abbas Araghchi on Monday", "phone_call", ["CN", "IR"], "2025-06-16")]),
("x04", "2025-09-03", "xinhua", "After the talks, the two heads of state witnessed the signing of a series of cooperation documents between China and Ethiopia covering trade, agriculture and infrastructure.",
 [m("After the talks", "talks", ["CN", "ET"]),
  a("the signing of a series of cooperation documents between China and Ethiopia", "agreement", "signed", ["CN", "ET"])]),
("x05", "2025-01-20", "xinhua", "Trade between China and Brazil hit 188.2 billion U.S. dollars in 2024, up 3.5 percent year on year, according to the General Administration of Customs.",
 [t("Trade between China and Brazil hit 188.2 billion U.S. dollars in 2024, up 3.5 percent", "trade", 188200000000, "USD", 3.5, "increase", "2024")]),
("x06", "2025-11-20", "xinhua", "In the first 10 months of this year, China's imports from Kazakhstan rose 12.4 percent year on year to 14.2 billion dollars, customs data showed.",
 [t("China's imports from Kazakhstan rose 12.4 percent year on year to 14.2 billion dollars", "imports", 14200000000, "USD", 12.4, "increase", "2025-01/2025-10")]),
("x07", "2025-04-15", "xinhua", "Xi noted that China and Senegal are good friends and partners, and that their cooperation under the Forum on China-Africa Cooperation has delivered fruitful results.", []),
("x08", "2024-05-10", "xinhua", "Chinese direct investment in Hungary reached 7.6 billion euros in 2023, the Hungarian foreign minister said.",
 [t("Chinese direct investment in Hungary reached 7.6 billion euros in 2023", "investment", 7600000000, "EUR", None, None, "2023")]),
# --- Kyodo
("k01", "2025-08-24", "kyodo", "TOKYO - Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae Myung agreed Saturday to promote shuttle diplomacy during their first face-to-face talks in Tokyo.",
 [m("their first face-to-face talks in Tokyo", "talks", ["JP", "KR"], "2025-08-23", "Tokyo")]),
("k02", "2025-03-17", "kyodo", "Foreign Minister Takeshi Iwaya will visit India from Thursday for talks with his counterpart Subrahmanyam Jaishankar, the ministry said.",
 [m("will visit India from Thursday", "visit", ["IN", "JP"], "2025-03-20", None, "planned")]),
("k03", "2024-07-10", "kyodo", "Japan and the Philippines signed a reciprocal access agreement on Monday allowing their forces to train on each other's soil.",
 [a("signed a reciprocal access agreement on Monday", "agreement", "signed", ["JP", "PH"], "2024-07-08")]),
("k04", "2025-05-02", "kyodo", "Ishiba is considering a trip to Southeast Asia later this year, government sources said.", []),
("k05", "2025-04-10", "kyodo", "The two leaders are expected to sign a joint statement during Ishiba's visit to Manila slated for late April.",
 [m("Ishiba's visit to Manila slated for late April", "visit", ["JP", "PH"], "2025-04", "Manila", "planned"),
  a("expected to sign a joint statement", "joint_communique", "planned", ["JP", "PH"])]),
# --- Yonhap
("y01", "2025-05-14", "yonhap", "SEOUL, May 14 (Yonhap) -- South Korea and Vietnam held their 13th joint committee meeting on trade in Seoul on Wednesday and agreed to expand cooperation in supply chains, the industry ministry said.",
 [m("held their 13th joint committee meeting on trade in Seoul on Wednesday", "joint_commission", ["KR", "VN"], "2025-05-14", "Seoul")]),
("y02", "2025-09-04", "yonhap", "Foreign Minister Cho Hyun held a video call with his Singaporean counterpart Vivian Balakrishnan on Tuesday to discuss regional issues.",
 [m("held a video call with his Singaporean counterpart Vivian Balakrishnan on Tuesday", "videoconference", ["KR", "SG"], "2025-09-02")]),
("y03", "2025-07-01", "yonhap", "South Korea's exports to the United States fell 8.1 percent on-year to US$9.3 billion last month, according to data from the Korea Customs Service.",
 [t("South Korea's exports to the United States fell 8.1 percent on-year to US$9.3 billion last month", "exports", 9300000000, "USD", 8.1, "decrease", "2025-06")]),
("y04", "2025-10-10", "yonhap", "President Lee Jae Myung is set to make a state visit to Indonesia next month, the presidential office said.",
 [m("is set to make a state visit to Indonesia next month", "visit", ["ID", "KR"], "2025-11", None, "planned")]),
("y05", "2025-06-20", "yonhap", "The two sides also discussed the possibility of holding a summit between South Korea and Japan at an early date.", []),
# --- Bernama
("b01", "2025-01-08", "bernama", "PUTRAJAYA, Jan 8 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim received a courtesy call from the Ambassador of Japan to Malaysia, Katsuhiko Takahashi, at Seri Perdana here today.",
 [m("received a courtesy call from the Ambassador of Japan to Malaysia", "talks", ["JP", "MY"], "2025-01-08", "Putrajaya")]),
("b02", "2025-02-15", "bernama", "Malaysia and Saudi Arabia today inked five memoranda of understanding (MoUs) on energy, investment and the halal industry, witnessed by both leaders.",
 [a("inked five memoranda of understanding (MoUs)", "memorandum", "signed", ["MY", "SA"], "2025-02-15")]),
("b03", "2025-01-22", "bernama", "Malaysia's total trade with China rose 7.2 per cent to RM484.1 billion in 2024, said Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul Abdul Aziz.",
 [t("Malaysia's total trade with China rose 7.2 per cent to RM484.1 billion in 2024", "trade", 484100000000, "MYR", 7.2, "increase", "2024")]),
("b04", "2025-02-05", "bernama", "Anwar will pay an official visit to Cambodia on Feb 10 at the invitation of Prime Minister Hun Manet.",
 [m("will pay an official visit to Cambodia on Feb 10", "visit", ["KH", "MY"], "2025-02-10", None, "planned")]),
("b05", "2025-03-01", "bernama", "Malaysia targets its trade with Russia to reach US$10 billion by 2030, the minister said.", []),
# --- ANTARA
("n01", "2025-02-24", "antara", "Jakarta (ANTARA) - Indonesian Foreign Minister Sugiono received a courtesy visit from the Ambassador of Egypt, Yasser Elshemy, at the Pancasila Building in Jakarta on Friday.",
 [m("received a courtesy visit from the Ambassador of Egypt", "talks", ["EG", "ID"], "2025-02-21", "Jakarta")]),
("n02", "2023-08-03", "antara", "Indonesia and the United Arab Emirates exchanged the instruments of ratification of their Comprehensive Economic Partnership Agreement (CEPA) on Tuesday.",
 [a("exchanged the instruments of ratification of their Comprehensive Economic Partnership Agreement", "agreement", "ratification", ["AE", "ID"], "2023-08-01")]),
("n03", "2025-02-10", "antara", "The value of Indonesia's exports to India reached US$20.3 billion in 2024, Statistics Indonesia (BPS) noted.",
 [t("Indonesia's exports to India reached US$20.3 billion in 2024", "exports", 20300000000, "USD", None, None, "2024")]),
("n04", "2025-05-20", "antara", "President Prabowo Subianto accepted an invitation to visit Pakistan, although no date has been set.", []),
# --- Vietnam News Agency
("v01", "2025-02-13", "vna", "Hanoi (VNA) – Party General Secretary To Lam hosted a reception in Hanoi on February 12 for visiting Lao Prime Minister Sonexay Siphandone.",
 [m("hosted a reception in Hanoi on February 12 for visiting Lao Prime Minister Sonexay Siphandone", "visit", ["LA", "VN"], "2025-02-12", "Hanoi")]),
("v02", "2025-03-12", "vna", "Vietnam and Singapore signed a memorandum of understanding on carbon credit cooperation following the talks between the two Prime Ministers.",
 [a("signed a memorandum of understanding on carbon credit cooperation", "memorandum", "signed", ["SG", "VN"]),
  m("the talks between the two Prime Ministers", "talks", ["SG", "VN"])]),
("v03", "2024-12-15", "vna", "Two-way trade between Vietnam and Australia hit 14.5 billion USD in the first 11 months of 2024, up 15 percent year on year.",
 [t("Two-way trade between Vietnam and Australia hit 14.5 billion USD in the first 11 months of 2024, up 15 percent", "trade", 14500000000, "USD", 15, "increase", "2024-01/2024-11")]),
("v04", "2025-07-26", "vna", "Deputy Prime Minister and Foreign Minister Bui Thanh Son co-chaired the 11th meeting of the Vietnam-Cambodia Joint Committee on Economic, Cultural, Scientific and Technical Cooperation in Phnom Penh on July 24.",
 [m("co-chaired the 11th meeting of the Vietnam-Cambodia Joint Committee", "joint_commission", ["KH", "VN"], "2025-07-24", "Phnom Penh")]),
# --- PTI / MEA
("p01", "2025-10-17", "pti", "External Affairs Minister S Jaishankar on Thursday held wide-ranging talks with his Saudi counterpart Prince Faisal bin Farhan Al Saud in Riyadh, focusing on trade, energy and regional security.",
 [m("on Thursday held wide-ranging talks with his Saudi counterpart", "talks", ["IN", "SA"], "2025-10-16", "Riyadh")]),
("p02", "2025-06-27", "mea", "Prime Minister Narendra Modi will pay a State Visit to Ghana on 2-3 July 2025 at the invitation of President John Dramani Mahama.",
 [m("will pay a State Visit to Ghana on 2-3 July 2025", "visit", ["GH", "IN"], "2025-07-02", None, "planned")]),
("p03", "2025-01-29", "mea", "The fifth session of the India-Oman Joint Commission Meeting was held in Muscat on 28 January 2025, co-chaired by the External Affairs Minister and the Foreign Minister of Oman.",
 [m("The fifth session of the India-Oman Joint Commission Meeting was held in Muscat on 28 January 2025", "joint_commission", ["IN", "OM"], "2025-01-28", "Muscat")]),
("p04", "2024-10-08", "pti", "India and the Maldives on Monday signed a currency swap agreement worth USD 400 million to ease the island nation's foreign exchange crunch.",
 [a("India and the Maldives on Monday signed a currency swap agreement", "agreement", "signed", ["IN", "MV"], "2024-10-07")]),
("p05", "2025-05-16", "pti", "India's exports to the UAE rose by 11 per cent to USD 36.6 billion in 2024-25, according to commerce ministry data.",
 [t("India's exports to the UAE rose by 11 per cent to USD 36.6 billion in 2024-25", "exports", 36600000000, "USD", 11, "increase", "2024-04/2025-03")]),
("p06", "2025-03-12", "mea", "Both leaders agreed to remain in touch and exchanged invitations for visits at mutually convenient dates.", []),
("p07", "2025-03-12", "mea", "During the State Visit of the President of Mauritius to India, the two sides exchanged MoUs in the areas of health, digital payments and culture.",
 [m("the State Visit of the President of Mauritius to India", "visit", ["IN", "MU"]),
  a("exchanged MoUs in the areas of health", "memorandum", "signed", ["IN", "MU"]),
  a("exchanged MoUs in the areas of health, digital payments", "memorandum", "signed", ["IN", "MU"]),
  a("exchanged MoUs in the areas of health, digital payments and culture", "memorandum", "signed", ["IN", "MU"])]),
("p08", "2025-05-16", "pti", "India's trade deficit with China widened to USD 99.2 billion in 2024-25, official data showed.", []),
# --- APP
("a01", "2025-04-10", "app", "ISLAMABAD, Apr 10 (APP): Prime Minister Muhammad Shehbaz Sharif on Thursday received a telephone call from the Emir of Qatar Sheikh Tamim bin Hamad Al Thani.",
 [m("received a telephone call from the Emir of Qatar", "phone_call", ["PK", "QA"], "2025-04-10")]),
("a02", "2025-06-05", "app", "Federal Minister for Commerce Jam Kamal Khan called on the Chinese Vice Minister of Commerce in Beijing and discussed ways to enhance bilateral trade between Pakistan and China.",
 [m("called on the Chinese Vice Minister of Commerce in Beijing", "talks", ["CN", "PK"], None, "Beijing")]),
("a03", "2025-02-26", "app", "Pakistan and Azerbaijan signed 15 memoranda of understanding and agreements during the visit of President Ilham Aliyev to Islamabad.",
 [a("Pakistan and Azerbaijan signed 15 memoranda of understanding and agreements", "agreement", "signed", ["AZ", "PK"]),
  m("the visit of President Ilham Aliyev to Islamabad", "visit", ["AZ", "PK"], None, "Islamabad")]),
("a04", "2025-03-20", "app", "Pakistan's exports to Afghanistan declined by 26.6 percent to $611 million during July-February of the current fiscal year.",
 [t("Pakistan's exports to Afghanistan declined by 26.6 percent to $611 million", "exports", 611000000, "USD", 26.6, "decrease", "2024-07/2025-02")]),
("a05", "2025-03-18", "mea", "The Ambassador of Japan to India called on President Droupadi Murmu at Rashtrapati Bhavan on Monday.",
 [m("called on President Droupadi Murmu at Rashtrapati Bhavan on Monday", "talks", ["IN", "JP"], "2025-03-17")]),
("a06", "2025-03-18", "app", "Pakistan's Foreign Office called on India to resume the composite dialogue in Islamabad.", []),
("a07", "2025-03-18", "app", "The Interior Minister called on his Iranian counterpart in Tehran and discussed border security between Pakistan and Iran.",
 [m("called on his Iranian counterpart in Tehran", "talks", ["IR", "PK"], None, "Tehran")]),
("a08", "2025-03-18", "app", "The Prime Minister called on the business community of Pakistan and Saudi Arabia to invest in the special economic zones.", []),
# --- Anadolu
("d01", "2025-08-14", "anadolu", "ANKARA - Turkish Foreign Minister Hakan Fidan met with his Syrian counterpart Asaad al-Shaibani in Ankara on Wednesday, according to diplomatic sources.",
 [m("met with his Syrian counterpart Asaad al-Shaibani in Ankara on Wednesday", "talks", ["SY", "TR"], "2025-08-13", "Ankara")]),
("d02", "2025-03-10", "anadolu", "Turkish President Recep Tayyip Erdogan spoke by phone with Russian President Vladimir Putin, Türkiye's Communications Directorate said.",
 [m("spoke by phone with Russian President Vladimir Putin", "phone_call", ["RU", "TR"])]),
("d03", "2025-03-10", "anadolu", "Türkiye and Azerbaijan signed a protocol on the supply of natural gas during the energy forum in Baku.",
 [a("signed a protocol on the supply of natural gas", "protocol", "signed", ["AZ", "TR"]),
  m("the energy forum in Baku", "conference", ["AZ", "TR"], None, "Baku")]),
("d04", "2025-05-05", "anadolu", "Türkiye's trade volume with Iraq hit $20 billion last year, the trade minister said.",
 [t("Türkiye's trade volume with Iraq hit $20 billion last year", "trade", 20000000000, "USD", None, None, "2024")]),
("d05", "2025-04-05", "anadolu", "Fidan also attended the NATO foreign ministers' meeting in Brussels on Thursday.",
 [m("attended the NATO foreign ministers' meeting in Brussels on Thursday", "conference", ["TR"], "2025-04-03", "Brussels")]),
# --- WAM
("w01", "2025-05-15", "wam", "ABU DHABI, 15th May, 2025 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received at Qasr Al Watan in Abu Dhabi today US President Donald Trump, who is on a state visit to the country.",
 [m("received at Qasr Al Watan in Abu Dhabi today US President Donald Trump, who is on a state visit", "visit", ["AE", "US"], "2025-05-15", "Abu Dhabi")]),
("w02", "2025-03-05", "wam", "H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs, held a phone call with Sergey Lavrov, Foreign Minister of Russia, during which they discussed bilateral relations.",
 [m("held a phone call with Sergey Lavrov, Foreign Minister of Russia", "phone_call", ["AE", "RU"])]),
("w03", "2025-01-15", "wam", "The UAE and Kenya signed a Comprehensive Economic Partnership Agreement (CEPA) in Nairobi on 14th January, 2025.",
 [a("signed a Comprehensive Economic Partnership Agreement (CEPA) in Nairobi on 14th January, 2025", "agreement", "signed", ["AE", "KE"], "2025-01-14")]),
("w04", "2025-02-20", "wam", "Non-oil trade between the UAE and India grew by 20.5 percent to reach AED 240 billion in 2024.",
 [t("Non-oil trade between the UAE and India grew by 20.5 percent to reach AED 240 billion in 2024", "trade", 240000000000, "AED", 20.5, "increase", "2024")]),
("w05", "2025-02-20", "wam", "The UAE President received a written message from the President of Tajikistan, Emomali Rahmon, on relations between the two countries.", []),
("w06", "2025-06-28", "wam", "The UAE's Ministry of Foreign Affairs welcomed the signing of the peace agreement between the Democratic Republic of the Congo and Rwanda in Washington.",
 [a("the signing of the peace agreement between the Democratic Republic of the Congo and Rwanda", "agreement", "signed", ["CD", "RW"])]),
# --- SPA
("s01", "2025-06-02", "spa", "Riyadh, June 02, 2025, SPA -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received in Jeddah today the President of Senegal, Bassirou Diomaye Faye.",
 [m("received in Jeddah today the President of Senegal", "talks", ["SA", "SN"], "2025-06-02", "Jeddah")]),
("s02", "2025-04-20", "spa", "The Saudi-Egyptian Supreme Coordination Council held its first meeting in Riyadh, chaired by the Crown Prince and the Egyptian President.",
 [m("The Saudi-Egyptian Supreme Coordination Council held its first meeting in Riyadh", "joint_commission", ["EG", "SA"], None, "Riyadh")]),
("s03", "2025-03-03", "spa", "Minister of Foreign Affairs Prince Faisal bin Farhan bin Abdullah received a phone call today from the Minister of Foreign Affairs of Iran, Abbas Araghchi.",
 [m("received a phone call today from the Minister of Foreign Affairs of Iran", "phone_call", ["IR", "SA"], "2025-03-03")]),
("s04", "2025-01-15", "spa", "The Kingdom's non-oil exports to China rose 15% in the third quarter of 2024, reaching SAR 10.2 billion, according to GASTAT.",
 [t("The Kingdom's non-oil exports to China rose 15% in the third quarter of 2024, reaching SAR 10.2 billion", "exports", 10200000000, "SAR", 15, "increase", "2024-07/2024-09")]),
("s05", "2025-11-20", "spa", "The Crown Prince and the Prime Minister of Japan co-chaired the Saudi-Japanese Strategic Partnership Council via video call.",
 [m("co-chaired the Saudi-Japanese Strategic Partnership Council via video call", "joint_commission", ["JP", "SA"])]),
# --- KUNA
("u01", "2025-02-05", "kuna", "KUWAIT, Feb 5 (KUNA) -- His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received at Bayan Palace on Wednesday Jordanian Foreign Minister Ayman Safadi.",
 [m("received at Bayan Palace on Wednesday Jordanian Foreign Minister Ayman Safadi", "talks", ["JO", "KW"], "2025-02-05", "Kuwait City")]),
("u02", "2025-03-13", "kuna", "Kuwait and Egypt signed an executive programme for cultural cooperation for 2025-2027 on Tuesday.",
 [a("signed an executive programme for cultural cooperation for 2025-2027 on Tuesday", "action_plan", "signed", ["EG", "KW"], "2025-03-11")]),
("u03", "2025-04-10", "kuna", "The Kuwaiti-Omani Joint Committee will hold its sixth session in Muscat next month.",
 [m("The Kuwaiti-Omani Joint Committee will hold its sixth session in Muscat next month", "joint_commission", ["KW", "OM"], "2025-05", "Muscat", "planned")]),
# --- QNA
("q01", "2025-04-16", "qna", "Doha: His Highness the Amir Sheikh Tamim bin Hamad Al-Thani and Syrian President Ahmed al-Sharaa held an official talks session at the Amiri Diwan on Tuesday morning.",
 [m("held an official talks session at the Amiri Diwan on Tuesday morning", "talks", ["QA", "SY"], "2025-04-15", "Doha")]),
("q02", "2025-05-12", "qna", "Qatar and Rwanda signed an agreement on the avoidance of double taxation and the prevention of fiscal evasion.",
 [a("signed an agreement on the avoidance of double taxation", "agreement", "signed", ["QA", "RW"])]),
("q03", "2025-05-12", "qna", "Minister of State at the Ministry of Foreign Affairs HE Dr. Mohammed bin Abdulaziz Al Khulaifi met with the Ambassador of Japan to Qatar on the occasion of the end of his tenure.",
 [m("met with the Ambassador of Japan to Qatar", "talks", ["JP", "QA"])]),
# --- Oman News Agency
("o01", "2025-03-04", "ona", "Muscat, March 4 (ONA) --- His Majesty Sultan Haitham bin Tarik received at Al Alam Palace today the President of Iran, who is on a state visit to the Sultanate of Oman.",
 [m("received at Al Alam Palace today the President of Iran, who is on a state visit", "visit", ["IR", "OM"], "2025-03-04", "Muscat")]),
("o02", "2025-12-19", "ona", "The Sultanate of Oman and the Republic of India signed a Comprehensive Economic Partnership Agreement in New Delhi.",
 [a("signed a Comprehensive Economic Partnership Agreement in New Delhi", "agreement", "signed", ["IN", "OM"])]),
("o03", "2024-06-10", "ona", "The volume of trade exchange between Oman and the UAE amounted to RO 3.5 billion by the end of 2023.",
 [t("The volume of trade exchange between Oman and the UAE amounted to RO 3.5 billion by the end of 2023", "trade", 3500000000, "OMR", None, None, "2023")]),
# --- TASS
("r01", "2025-06-03", "tass", "MOSCOW, June 3. /TASS/. Russian Foreign Minister Sergey Lavrov will hold talks with his Egyptian counterpart Badr Abdelatty in Moscow on June 5, the Russian foreign ministry said.",
 [m("will hold talks with his Egyptian counterpart Badr Abdelatty in Moscow on June 5", "talks", ["EG", "RU"], "2025-06-05", "Moscow", "planned")]),
("r02", "2025-02-13", "tass", "The State Duma ratified the agreement between Russia and Laos on military cooperation on Tuesday.",
 [a("ratified the agreement between Russia and Laos on military cooperation on Tuesday", "agreement", "ratification", ["LA", "RU"], "2025-02-11")]),
("r03", "2025-03-01", "tass", "Trade turnover between Russia and Mongolia grew by 21% in 2024 to $2.5 billion, the Russian ambassador said.",
 [t("Trade turnover between Russia and Mongolia grew by 21% in 2024 to $2.5 billion", "trade_turnover", 2500000000, "USD", 21, "increase", "2024")]),
("r04", "2025-05-20", "tass", "Putin has accepted an invitation to visit India, the date of which will be agreed through diplomatic channels.", []),
# --- Kazinform
("z01", "2025-04-22", "kazinform", "ASTANA. KAZINFORM – President Kassym-Jomart Tokayev received Uzbek Foreign Minister Bakhtiyor Saidov at the Akorda, Kazinform News Agency correspondent reports.",
 [m("received Uzbek Foreign Minister Bakhtiyor Saidov at the Akorda", "talks", ["KZ", "UZ"], None, "Astana")]),
("z02", "2025-04-22", "kazinform", "Kazakhstan and Hungary signed a roadmap for cooperation in the field of agriculture for 2025-2027.",
 [a("signed a roadmap for cooperation in the field of agriculture", "roadmap", "signed", ["HU", "KZ"])]),
("z03", "2025-11-01", "kazinform", "In January-September 2025, trade turnover between Kazakhstan and Türkiye amounted to $4.2 billion, an increase of 5.8% compared to the same period of last year.",
 [t("trade turnover between Kazakhstan and Türkiye amounted to $4.2 billion, an increase of 5.8%", "trade_turnover", 4200000000, "USD", 5.8, "increase", "2025-01/2025-09")]),
("z04", "2025-04-22", "kazinform", "The head of state invited the Prime Minister of Malaysia to visit Kazakhstan at a convenient time.", []),
("z05", "2025-06-03", "kazinform", "The 19th meeting of the Kazakh-Chinese Cooperation Committee took place in Beijing on Friday.",
 [m("The 19th meeting of the Kazakh-Chinese Cooperation Committee took place in Beijing on Friday", "joint_commission", ["CN", "KZ"], "2025-05-30", "Beijing")]),
# --- Ethiopian News Agency
("e01", "2025-03-04", "ena", "Addis Ababa, March 4/2025 (ENA) Prime Minister Abiy Ahmed held discussions with the visiting Foreign Minister of Djibouti on regional peace and economic integration.",
 [m("held discussions with the visiting Foreign Minister of Djibouti", "visit", ["DJ", "ET"], None, "Addis Ababa")]),
("e02", "2025-03-04", "ena", "Ethiopia and Italy signed a 10 million euro grant agreement to support the agricultural sector.",
 [a("signed a 10 million euro grant agreement", "agreement", "signed", ["ET", "IT"])]),
# --- Kenya News Agency
("c01", "2025-05-08", "kna", "President William Ruto on Tuesday hosted his Ugandan counterpart Yoweri Museveni at State House, Nairobi, where the two leaders held bilateral talks.",
 [m("hosted his Ugandan counterpart Yoweri Museveni at State House, Nairobi", "talks", ["KE", "UG"], "2025-05-06", "Nairobi")]),
("c02", "2024-06-10", "kna", "Kenya's exports to Uganda stood at Sh120 billion in 2023, a 10 per cent increase from the previous year, according to the Kenya National Bureau of Statistics.",
 [t("Kenya's exports to Uganda stood at Sh120 billion in 2023, a 10 per cent increase", "exports", 120000000000, "KES", 10, "increase", "2023")]),
("c03", "2025-07-01", "kna", "Prime Cabinet Secretary Musalia Mudavadi will lead the Kenyan delegation to the AU Executive Council meeting in Malabo next week.",
 [m("the AU Executive Council meeting in Malabo next week", "conference", ["KE"], "2025-07", "Malabo", "planned")]),
# --- NAN
("g01", "2025-06-12", "nan", "The News Agency of Nigeria (NAN) reports that President Bola Tinubu received the Chinese Ambassador to Nigeria, Yu Dunhai, at the State House, Abuja, on Monday.",
 [m("received the Chinese Ambassador to Nigeria, Yu Dunhai, at the State House, Abuja, on Monday", "talks", ["CN", "NG"], "2025-06-09", "Abuja")]),
("g02", "2025-08-27", "nan", "Nigeria and Brazil signed five agreements in Brasilia on Monday covering aviation, agriculture and energy.",
 [a("Nigeria and Brazil signed five agreements in Brasilia on Monday", "agreement", "signed", ["BR", "NG"], "2025-08-25")]),
("g03", "2025-09-10", "nan", "The value of Nigeria's exports to India fell by 15.3 per cent to N2.1 trillion in the second quarter, the National Bureau of Statistics said.",
 [t("Nigeria's exports to India fell by 15.3 per cent to N2.1 trillion in the second quarter", "exports", 2100000000000, "NGN", 15.3, "decrease", "2025-04/2025-06")]),
("g04", "2025-02-12", "nan", "The Minister of Foreign Affairs, Amb. Yusuf Tuggar, paid a working visit to Berlin, where he met German Foreign Minister Annalena Baerbock.",
 [m("paid a working visit to Berlin", "visit", ["DE", "NG"], None, "Berlin")]),
# --- DIRCO
("j01", "2025-04-12", "dirco", "The Minister of International Relations and Cooperation, Mr Ronald Lamola, will on Tuesday, 15 April 2025, co-chair the 11th Session of the South Africa–Namibia Bi-National Commission in Windhoek.",
 [m("co-chair the 11th Session of the South Africa–Namibia Bi-National Commission in Windhoek", "joint_commission", ["NA", "ZA"], "2025-04-15", "Windhoek", "planned")]),
("j02", "2025-06-05", "dirco", "President Cyril Ramaphosa will host his counterpart from Angola, President João Lourenço, for a State Visit on 9 and 10 June 2025. South Africa and Angola are expected to sign several agreements during the visit.",
 [m("will host his counterpart from Angola, President João Lourenço, for a State Visit on 9 and 10 June 2025", "visit", ["AO", "ZA"], "2025-06-09", None, "planned"),
  a("South Africa and Angola are expected to sign several agreements", "agreement", "planned", ["AO", "ZA"])]),
("j03", "2025-03-10", "dirco", "Trade between South Africa and Kenya amounted to R12.6 billion in 2024.",
 [t("Trade between South Africa and Kenya amounted to R12.6 billion in 2024", "trade", 12600000000, "ZAR", None, None, "2024")]),
# --- ASEAN, AU, ECOWAS, SADC
("l01", "2025-07-09", "asean", "The 58th ASEAN Foreign Ministers' Meeting was held in Kuala Lumpur on 8 July 2025 under Malaysia's chairmanship.",
 [m("The 58th ASEAN Foreign Ministers' Meeting was held in Kuala Lumpur on 8 July 2025", "conference", ["MY"], "2025-07-08", "Kuala Lumpur")]),
("l02", "2025-10-29", "asean", "ASEAN and China signed the protocol to upgrade the ASEAN-China Free Trade Area in Kuala Lumpur on 28 October 2025.",
 [a("signed the protocol to upgrade the ASEAN-China Free Trade Area", "protocol", "signed", ["CN"], "2025-10-28")]),
("l03", "2024-12-13", "au", "The Peace and Security Council of the African Union, at its 1250th meeting held on 12 December 2024, adopted the following decision on the situation in Sudan.",
 [m("at its 1250th meeting held on 12 December 2024", "conference", [], "2024-12-12")]),
("l09", "2025-02-20", "au", "The Assembly of Heads of State and Government of the African Union, at its 38th Ordinary Session held in Addis Ababa on 15 February 2025, adopted the theme of the year.",
 [m("at its 38th Ordinary Session held in Addis Ababa on 15 February 2025", "summit", [], "2025-02-15", "Addis Ababa")]),
("l10", "2025-02-20", "au", "The Peace and Security Council of the African Union, in a statement issued on Sudan, called for an immediate ceasefire in El Fasher.", []),
("l04", "2025-05-20", "au", "The Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, received the Foreign Minister of Somalia at the AU headquarters in Addis Ababa.",
 [m("received the Foreign Minister of Somalia at the AU headquarters in Addis Ababa", "talks", ["SO"], None, "Addis Ababa")]),
("l05", "2025-06-23", "ecowas", "The ECOWAS Authority of Heads of State and Government held its 67th Ordinary Session in Abuja on 22 June 2025.",
 [m("held its 67th Ordinary Session in Abuja on 22 June 2025", "summit", [], "2025-06-22", "Abuja")]),
("l06", "2025-06-23", "ecowas", "The ECOWAS Commission and the Government of Germany signed a grant agreement to support regional electricity integration.",
 [a("signed a grant agreement", "agreement", "signed", ["DE"])]),
("l07", "2025-10-20", "sadc", "An Extraordinary SADC Summit of Heads of State and Government will be held virtually on 1 November 2025.",
 [m("An Extraordinary SADC Summit of Heads of State and Government will be held virtually on 1 November 2025", "summit", [], "2025-11-01", None, "planned")]),
("l08", "2025-10-20", "sadc", "SADC Member States are encouraged to take part in the SADC Industrialisation Week.", []),
# --- second batch (other verbs, tenses, voices and word orders of the same outlets)
("x11", "2025-05-13", "xinhua", "Chinese Vice Premier He Lifeng met with U.S. Treasury Secretary Scott Bessent in Geneva over the weekend to discuss economic and trade issues.",
 [m("met with U.S. Treasury Secretary Scott Bessent in Geneva", "talks", ["CN", "US"], "2025-05", "Geneva")]),
("x12", "2025-01-22", "xinhua", "Chinese President Xi Jinping and his Russian counterpart Vladimir Putin held talks via video link on Tuesday.",
 [m("held talks via video link on Tuesday", "videoconference", ["CN", "RU"], "2025-01-21")]),
("x13", "2025-01-15", "xinhua", "The free trade agreement between China and Serbia officially took effect on July 1, 2024.",
 [a("The free trade agreement between China and Serbia officially took effect on July 1, 2024", "agreement", "in_force", ["CN", "RS"], "2024-07-01")]),
("x14", "2025-01-15", "xinhua", "China-Russia trade totaled 244.8 billion U.S. dollars in 2024, up 1.9 percent year on year.",
 [t("China-Russia trade totaled 244.8 billion U.S. dollars in 2024, up 1.9 percent", "trade", 244800000000, "USD", 1.9, "increase", "2024")]),
("x15", "2025-01-15", "xinhua", "Xi Jinping on Wednesday sent a congratulatory message to the newly elected President of Sri Lanka.", []),
("k11", "2025-09-22", "kyodo", "Japan and China held their first high-level economic dialogue in six years in Beijing on Saturday.",
 [m("held their first high-level economic dialogue in six years in Beijing on Saturday", "consultations", ["CN", "JP"], "2025-09-20", "Beijing")]),
("k12", "2025-07-20", "kyodo", "Japan's exports to China declined 3.5 percent from a year earlier to 4.6 trillion yen in the April-June period.",
 [t("Japan's exports to China declined 3.5 percent from a year earlier to 4.6 trillion yen", "exports", 4600000000000, "JPY", 3.5, "decrease", "2025-04/2025-06")]),
("k13", "2025-05-10", "kyodo", "The leaders of Japan, China and South Korea will hold a trilateral summit in Tokyo later this month.",
 [m("will hold a trilateral summit in Tokyo later this month", "summit", ["CN", "JP", "KR"], "2025-05", "Tokyo", "planned")]),
("y11", "2025-06-03", "yonhap", "South Korea and Indonesia initialed a defense cooperation agreement in Jakarta on Monday, the defense ministry said.",
 [a("initialed a defense cooperation agreement in Jakarta on Monday", "agreement", "adopted", ["ID", "KR"], "2025-06-02")]),
("y12", "2025-06-03", "yonhap", "South Korea's outbound shipments to China rose 2.1 percent on-year to $11.4 billion in May.",
 [t("outbound shipments to China rose 2.1 percent on-year to $11.4 billion in May", "exports", 11400000000, "USD", 2.1, "increase", "2025-05")]),
("y13", "2025-06-03", "yonhap", "Vice Foreign Minister Park Yoon-joo held a strategic dialogue with her Japanese counterpart in Seoul on Monday.",
 [m("held a strategic dialogue with her Japanese counterpart in Seoul on Monday", "consultations", ["JP", "KR"], "2025-06-02", "Seoul")]),
("b11", "2025-01-06", "bernama", "SINGAPORE, Jan 6 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim arrived here today for a two-day official visit to Singapore.",
 [m("arrived here today for a two-day official visit to Singapore", "visit", ["MY", "SG"], "2025-01-06", "Singapore")]),
("b12", "2025-03-01", "bernama", "Malaysia-Japan trade amounted to RM150.6 billion in 2024, according to the Malaysia External Trade Development Corporation.",
 [t("Malaysia-Japan trade amounted to RM150.6 billion in 2024", "trade", 150600000000, "MYR", None, None, "2024")]),
("b13", "2025-03-01", "bernama", "The MoU on digital economy cooperation between Malaysia and Singapore was signed by both ministers and witnessed by the two prime ministers.",
 [a("The MoU on digital economy cooperation between Malaysia and Singapore was signed", "memorandum", "signed", ["MY", "SG"])]),
("v11", "2025-03-06", "vna", "Prime Minister Pham Minh Chinh received Chinese Ambassador He Wei in Hanoi on March 5.",
 [m("received Chinese Ambassador He Wei in Hanoi on March 5", "talks", ["CN", "VN"], "2025-03-05", "Hanoi")]),
("v12", "2025-01-15", "vna", "Vietnam's export turnover to the US reached 119.5 billion USD in 2024, up 23.2 percent from 2023.",
 [t("Vietnam's export turnover to the US reached 119.5 billion USD in 2024, up 23.2 percent", "exports", 119500000000, "USD", 23.2, "increase", "2024")]),
("v13", "2025-01-15", "vna", "After the talks, the two Prime Ministers witnessed the exchange of cooperation documents between Vietnam and Thailand in the fields of trade and tourism.",
 [m("After the talks", "talks", ["TH", "VN"]),
  a("the exchange of cooperation documents between Vietnam and Thailand", "agreement", "signed", ["TH", "VN"])]),
("p11", "2025-09-01", "pti", "Prime Minister Narendra Modi and Chinese President Xi Jinping held a bilateral meeting on the sidelines of the SCO Summit in Tianjin on Sunday.",
 [m("held a bilateral meeting on the sidelines of the SCO Summit in Tianjin on Sunday", "talks", ["CN", "IN"], "2025-08-31", "Tianjin"),
  m("the SCO Summit in Tianjin on Sunday", "summit", ["CN", "IN"], "2025-08-31", "Tianjin")]),
("p12", "2025-06-10", "mea", "External Affairs Minister Dr. S. Jaishankar will be on an official visit to the Republic of Cyprus from 15-16 June 2025.",
 [m("will be on an official visit to the Republic of Cyprus from 15-16 June 2025", "visit", ["CY", "IN"], "2025-06-15", None, "planned")]),
("p13", "2025-05-10", "pti", "India's merchandise exports to Russia stood at USD 4.88 billion in 2024-25, while imports were USD 63.81 billion.",
 [t("India's merchandise exports to Russia stood at USD 4.88 billion in 2024-25", "exports", 4880000000, "USD", None, None, "2024-04/2025-03"),
  t("while imports were USD 63.81 billion", "imports", 63810000000, "USD", None, None, "2024-04/2025-03")]),
("p14", "2025-05-07", "pti", "India and the UK concluded negotiations on a free trade agreement on Tuesday, the commerce ministry said.",
 [a("India and the UK concluded negotiations on a free trade agreement on Tuesday", "agreement", "adopted", ["GB", "IN"], "2025-05-06")]),
("a11", "2025-05-12", "app", "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar held a telephonic conversation with the Foreign Minister of Bangladesh on Sunday.",
 [m("held a telephonic conversation with the Foreign Minister of Bangladesh on Sunday", "phone_call", ["BD", "PK"], "2025-05-11")]),
("a12", "2025-05-12", "app", "Prime Minister Shehbaz Sharif had a telephonic talk with Turkish President Recep Tayyip Erdogan and thanked him for Türkiye's support.",
 [m("had a telephonic talk with Turkish President Recep Tayyip Erdogan", "phone_call", ["PK", "TR"])]),
("a13", "2025-05-12", "app", "The two leaders agreed to increase bilateral trade between Pakistan and Uzbekistan to $2 billion in the next few years.", []),
("d11", "2025-03-17", "anadolu", "Erdogan hosted his Azerbaijani counterpart Ilham Aliyev at the Dolmabahce Presidential Office in Istanbul on Saturday.",
 [m("hosted his Azerbaijani counterpart Ilham Aliyev at the Dolmabahce Presidential Office in Istanbul on Saturday", "talks", ["AZ", "TR"], "2025-03-15", "Istanbul")]),
("d12", "2025-02-10", "anadolu", "Türkiye's exports to Germany amounted to $21 billion in 2024, according to the Turkish Statistical Institute.",
 [t("Türkiye's exports to Germany amounted to $21 billion in 2024", "exports", 21000000000, "USD", None, None, "2024")]),
("w11", "2025-04-02", "wam", "Sheikh Abdullah bin Zayed Al Nahyan held a virtual meeting with the Foreign Minister of Singapore, Vivian Balakrishnan, on Tuesday.",
 [m("held a virtual meeting with the Foreign Minister of Singapore", "videoconference", ["AE", "SG"], "2025-04-01")]),
("w12", "2025-02-20", "wam", "Non-oil foreign trade between the UAE and Türkiye reached AED 112 billion in 2024, a 10 percent rise over 2023.",
 [t("Non-oil foreign trade between the UAE and Türkiye reached AED 112 billion in 2024, a 10 percent rise", "trade", 112000000000, "AED", 10, "increase", "2024")]),
("w13", "2025-01-14", "wam", "The UAE and Malaysia sign a Comprehensive Economic Partnership Agreement in Kuala Lumpur, witnessed by the two leaders.",
 [a("The UAE and Malaysia sign a Comprehensive Economic Partnership Agreement", "agreement", "signed", ["AE", "MY"])]),
("s11", "2025-02-04", "spa", "The Crown Prince held an official talks session with French President Emmanuel Macron at Al-Yamamah Palace in Riyadh on Monday.",
 [m("held an official talks session with French President Emmanuel Macron at Al-Yamamah Palace in Riyadh on Monday", "talks", ["FR", "SA"], "2025-02-03", "Riyadh")]),
("s12", "2025-02-04", "spa", "The Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud chaired the Cabinet session held in Riyadh on Tuesday.", []),
("u11", "2025-03-07", "kuna", "Kuwait's Foreign Minister Abdullah Al-Yahya took part in the extraordinary GCC Ministerial Council meeting held in Riyadh on Thursday.",
 [m("took part in the extraordinary GCC Ministerial Council meeting held in Riyadh on Thursday", "conference", ["KW"], "2025-03-06", "Riyadh")]),
("u12", "2024-09-10", "kuna", "Kuwait's imports from China reached KD 1.2 billion in the first half of 2024.",
 [t("Kuwait's imports from China reached KD 1.2 billion in the first half of 2024", "imports", 1200000000, "KWD", None, None, "2024-01/2024-06")]),
("q11", "2024-12-10", "qna", "HH the Amir and the Turkish President chaired the 10th meeting of the Qatar-Türkiye Supreme Strategic Committee in Ankara.",
 [m("chaired the 10th meeting of the Qatar-Türkiye Supreme Strategic Committee in Ankara", "joint_commission", ["QA", "TR"], None, "Ankara")]),
("q12", "2024-05-10", "qna", "The trade exchange between Qatar and Japan amounted to QR 40 billion in 2023.",
 [t("The trade exchange between Qatar and Japan amounted to QR 40 billion in 2023", "trade", 40000000000, "QAR", None, None, "2023")]),
("o11", "2025-01-29", "ona", "The Sultanate of Oman and the Islamic Republic of Iran signed 12 agreements and memoranda of understanding during the visit.",
 [a("signed 12 agreements and memoranda of understanding", "agreement", "signed", ["IR", "OM"]),
  m("during the visit", "visit", ["IR", "OM"])]),
("r11", "2025-11-28", "tass", "Russian President Vladimir Putin will pay an official visit to India on December 4-5, Kremlin spokesman Dmitry Peskov said.",
 [m("will pay an official visit to India on December 4-5", "visit", ["IN", "RU"], "2025-12-04", None, "planned")]),
("r12", "2025-04-15", "tass", "The Russian-Chinese intergovernmental commission on investment cooperation held its 11th meeting in Moscow on Monday.",
 [m("The Russian-Chinese intergovernmental commission on investment cooperation held its 11th meeting in Moscow on Monday", "joint_commission", ["CN", "RU"], "2025-04-14", "Moscow")]),
("r13", "2025-04-15", "tass", "The agreement will enter into force 30 days after the two sides exchange the instruments of ratification, the Russian Foreign Ministry said.",
 [a("The agreement will enter into force", "agreement", "entering_into_force", ["RU"])]),
("z11", "2025-05-15", "kazinform", "Tokayev held a telephone conversation with President of Azerbaijan Ilham Aliyev, the Akorda press service reports.",
 [m("held a telephone conversation with President of Azerbaijan Ilham Aliyev", "phone_call", ["AZ", "KZ"])]),
("z12", "2025-05-15", "kazinform", "The Ministry of Foreign Affairs of Kazakhstan hosted political consultations with Mongolia in Astana.",
 [m("hosted political consultations with Mongolia in Astana", "consultations", ["KZ", "MN"], None, "Astana")]),
("z13", "2025-08-01", "kazinform", "Kazakhstan's foreign trade turnover with Russia in January-June 2025 reached $12.8 billion.",
 [t("Kazakhstan's foreign trade turnover with Russia in January-June 2025 reached $12.8 billion", "trade_turnover", 12800000000, "USD", None, None, "2025-01/2025-06")]),
("g11", "2025-07-07", "nan", "President Bola Tinubu on Saturday departed Abuja for Rio de Janeiro, Brazil, to attend the 17th BRICS Summit.",
 [m("to attend the 17th BRICS Summit", "summit", ["BR", "NG"], "2025-07-05", "Rio de Janeiro")]),
("g12", "2025-03-10", "nan", "Nigeria's total trade with China stood at N8.9 trillion in 2024, the National Bureau of Statistics said.",
 [t("Nigeria's total trade with China stood at N8.9 trillion in 2024", "trade", 8900000000000, "NGN", None, None, "2024")]),
("c11", "2025-03-15", "kna", "The Kenya-Ethiopia Joint Ministerial Commission concluded its session in Addis Ababa on Friday.",
 [m("The Kenya-Ethiopia Joint Ministerial Commission concluded its session in Addis Ababa on Friday", "joint_commission", ["ET", "KE"], "2025-03-14", "Addis Ababa")]),
("j11", "2025-03-05", "dirco", "Deputy Minister Alvin Botes will undertake a working visit to the Republic of Ghana from 10 to 12 March 2025.",
 [m("will undertake a working visit to the Republic of Ghana from 10 to 12 March 2025", "visit", ["GH", "ZA"], "2025-03-10", None, "planned")]),
("j12", "2025-03-05", "dirco", "South Africa's exports to China were valued at R200 billion in 2023.",
 [t("South Africa's exports to China were valued at R200 billion in 2023", "exports", 200000000000, "ZAR", None, None, "2023")]),
("j13", "2025-03-05", "dirco", "The two countries are expected to sign a Memorandum of Understanding on Diplomatic Consultations between South Africa and Ghana.",
 [a("expected to sign a Memorandum of Understanding on Diplomatic Consultations", "memorandum", "planned", ["GH", "ZA"])]),
("l11", "2024-12-15", "ecowas", "The ECOWAS Mediation and Security Council met at ministerial level in Abuja on 14 December 2024.",
 [m("The ECOWAS Mediation and Security Council met at ministerial level in Abuja on 14 December 2024", "conference", [], "2024-12-14", "Abuja")]),
("l12", "2025-11-21", "sadc", "The SADC Organ Troika Summit was held virtually on 20 November 2025.",
 [m("The SADC Organ Troika Summit was held virtually on 20 November 2025", "summit", [], "2025-11-20")]),
# --- third batch (near misses of these styles; crore, fiscal years, renewals, negotiation rounds)
("x21", "2025-02-10", "xinhua", "Xi stressed that China and Pakistan are all-weather strategic cooperative partners and ironclad friends.", []),
("x22", "2025-04-20", "xinhua", "Japan's direct investment in Vietnam reached 1.3 billion U.S. dollars in the first quarter, Vietnam's Ministry of Finance said.",
 [t("Japan's direct investment in Vietnam reached 1.3 billion U.S. dollars in the first quarter", "investment", 1300000000, "USD", None, None, "2025-01/2025-03")]),
("k21", "2025-02-10", "kyodo", "The Japanese government plans to sign an economic partnership agreement with the Gulf Cooperation Council.",
 [a("plans to sign an economic partnership agreement", "agreement", "planned", ["JP"])]),
("y21", "2025-02-10", "yonhap", "Trade between South Korea and Vietnam is expected to reach US$100 billion this year, the trade ministry said.", []),
("y22", "2025-02-10", "yonhap", "South Korea and the United Kingdom are negotiating an upgraded free trade agreement, with the next round of talks scheduled for March in Seoul.",
 [a("negotiating an upgraded free trade agreement", "agreement", "planned", ["GB", "KR"]),
  m("the next round of talks scheduled for March in Seoul", "talks", ["GB", "KR"], "2025-03", "Seoul", "planned")]),
("b21", "2025-02-10", "bernama", "The minister briefed the ambassadors of ASEAN member states on the preparations for the upcoming summit.",
 [m("the preparations for the upcoming summit", "summit", [], None, None, "planned")]),
("n21", "2025-02-10", "antara", "Vietnam and the European Union have been implementing their free trade agreement since August 2020.",
 [a("have been implementing their free trade agreement since August 2020", "agreement", "in_force", ["VN"])]),
("v21", "2025-02-10", "vna", "The Prime Minister was seen off at Noi Bai International Airport by the Deputy Foreign Minister and the Japanese Ambassador.", []),
("p21", "2025-02-10", "mea", "India and Bangladesh agreed to hold the next Joint Consultative Commission meeting in Dhaka at a mutually convenient date.",
 [m("the next Joint Consultative Commission meeting in Dhaka", "joint_commission", ["BD", "IN"], None, "Dhaka", "planned")]),
("p22", "2024-12-10", "pti", "Bilateral trade between India and Bhutan stood at Rs 13,000 crore in 2023-24.",
 [t("Bilateral trade between India and Bhutan stood at Rs 13,000 crore in 2023-24", "trade", 130000000000, "INR", None, None, "2023-04/2024-03")]),
("p23", "2024-12-10", "pti", "India's share in Nepal's total trade stood at 64 per cent last year.", []),
("p24", "2024-12-10", "mea", "The 2+2 Ministerial Dialogue between India and Japan will be held in Tokyo next month.",
 [m("The 2+2 Ministerial Dialogue between India and Japan will be held in Tokyo next month", "consultations", ["IN", "JP"], "2025-01", "Tokyo", "planned")]),
("a21", "2025-07-20", "app", "Pakistan's exports to the United States rose to $5.4 billion in FY2025.",
 [t("Pakistan's exports to the United States rose to $5.4 billion in FY2025", "exports", 5400000000, "USD", None, None, "2025")]),
("d21", "2025-02-10", "anadolu", "Trade between Türkiye and Turkmenistan exceeded $2 billion last year, the Turkish trade minister said.",
 [t("Trade between Türkiye and Turkmenistan exceeded $2 billion last year", "trade", 2000000000, "USD", None, None, "2024")]),
("w21", "2025-02-10", "wam", "The UAE President sent a cable of congratulations to the President of Egypt on the anniversary of the revolution.", []),
("w22", "2025-02-10", "wam", "The UAE's investments in Egypt have reached $35 billion, the minister said.",
 [t("The UAE's investments in Egypt have reached $35 billion", "investment", 35000000000, "USD")]),
("s21", "2025-02-10", "spa", "The Cabinet reviewed the outcomes of the Crown Prince's recent contacts with leaders of brotherly countries.", []),
("u21", "2025-02-10", "kuna", "Kuwait and Bangladesh renewed the memorandum of understanding on the recruitment of domestic workers on Sunday.",
 [a("renewed the memorandum of understanding on the recruitment of domestic workers on Sunday", "memorandum", "signed", ["BD", "KW"], "2025-02-09")]),
("o21", "2024-06-10", "ona", "Oman's non-oil exports to Saudi Arabia fell by 5 percent to RO 600 million in 2023.",
 [t("Oman's non-oil exports to Saudi Arabia fell by 5 percent to RO 600 million in 2023", "exports", 600000000, "OMR", 5, "decrease", "2023")]),
("r21", "2025-02-10", "tass", "The protocol amending the double taxation agreement between Kazakhstan and Belarus was signed in Minsk on Friday.",
 [a("The protocol amending the double taxation agreement between Kazakhstan and Belarus was signed in Minsk on Friday", "protocol", "signed", ["BY", "KZ"], "2025-02-07")]),
("r22", "2025-02-10", "tass", "Kazakhstan and Uzbekistan have great potential to increase their trade turnover to $10 billion.", []),
("z21", "2025-02-10", "kazinform", "Bilateral trade between Azerbaijan and Kazakhstan amounted to $423 million in 2024, an increase of 11%.",
 [t("Bilateral trade between Azerbaijan and Kazakhstan amounted to $423 million in 2024, an increase of 11%", "trade", 423000000, "USD", 11, "increase", "2024")]),
("z22", "2025-02-10", "kazinform", "The talks were held first in a narrow format and then in an expanded format with the participation of the delegations of Kazakhstan and Kyrgyzstan.",
 [m("The talks were held first in a narrow format", "talks", ["KG", "KZ"])]),
("c21", "2025-02-10", "kna", "President Yoweri Museveni held a closed-door meeting with the visiting Kenyan delegation at State House Entebbe.",
 [m("held a closed-door meeting with the visiting Kenyan delegation at State House Entebbe", "visit", ["KE", "UG"], None, "Entebbe")]),
("g21", "2025-02-10", "nan", "The loan agreement worth $500 million was signed between the Federal Government of Nigeria and the World Bank.",
 [a("The loan agreement worth $500 million was signed", "agreement", "signed", ["NG"])]),
("j21", "2025-02-10", "dirco", "The High Commissioner presented her credentials to President Hakainde Hichilema, a courtesy the President of South Africa is expected to return.", []),
# --- fourth batch: headline forms (names joined by a comma, present tense, no article) and trip legs
("h01", "2025-03-12", "pti", "Modi, Putin hold talks in Kazan on trade and energy.",
 [m("Modi, Putin hold talks in Kazan", "talks", ["IN", "RU"], None, "Kazan")]),
("h02", "2025-03-12", "tass", "Lavrov, Wang Yi discuss Ukraine over phone.",
 [m("Lavrov, Wang Yi discuss Ukraine over phone", "phone_call", ["CN", "RU"])]),
("h03", "2025-03-12", "pti", "Jaishankar calls on Saudi Crown Prince in Riyadh.",
 [m("Jaishankar calls on Saudi Crown Prince in Riyadh", "talks", ["IN", "SA"], None, "Riyadh")]),
("h04", "2025-03-12", "anadolu", "Erdogan, Aliyev meet in Ankara to discuss regional issues.",
 [m("Erdogan, Aliyev meet in Ankara", "talks", ["AZ", "TR"], None, "Ankara")]),
("h05", "2025-07-03", "mea", "Prime Minister Narendra Modi emplaned for Accra on Wednesday on a two-day State Visit to Ghana.",
 [m("emplaned for Accra on Wednesday on a two-day State Visit to Ghana", "visit", ["GH", "IN"], "2025-07-02", "Accra")]),
("h06", "2025-03-12", "kna", "President Ruto jets off to China for a five-day state visit.",
 [m("jets off to China for a five-day state visit", "visit", ["CN", "KE"])]),
("h07", "2025-03-12", "app", "Ishaq Dar emplaned for Beijing on Monday on a three-day official visit to China.",
 [m("emplaned for Beijing on Monday on a three-day official visit to China", "visit", ["CN", "PK"], "2025-03-10", "Beijing")]),
("h08", "2025-03-12", "dirco", "President Ramaphosa concluded his working visit to Japan on Friday.",
 [m("concluded his working visit to Japan on Friday", "visit", ["JP", "ZA"], "2025-03-07")]),
("h09", "2025-02-03", "xinhua", "Foreign Minister Wang Yi will pay an official visit to Egypt from Feb 5 to 7 at the invitation of Egyptian Foreign Minister Badr Abdelatty, spokesperson Mao Ning announced on Sunday.",
 [m("will pay an official visit to Egypt from Feb 5 to 7", "visit", ["CN", "EG"], "2025-02-05", None, "planned")]),
]

# Documents that do not hold yet (README.md says why); make.py writes fixtures for the others.
NOT_YET = {"h04", "r21", "y22", "l10", "s11", "v13", "b04", "l02", "n02", "v02", "x04"}
HOLDS = set(d[0] for d in DOCS) - NOT_YET

def yaml_value(v):
    if isinstance(v, list): return "[" + ", ".join(v) + "]"
    return json.dumps(v, ensure_ascii=False)

def fixture_fields(type, fields, extra):
    f = dict(fields)
    if type == T and "amount" in f:
        f["amount"] = {"amount": f.pop("amount"), "currency": f.pop("currency")}
    # The pack writes no empty list of countries (the field is absent), and names two-way trade `trade_turnover`
    # where the dev set's `trade` is the same indicator (eval counts them equal, a fixture does not).
    if f.get("countries") == []: f["countries"] = None
    if type == T and f.get("indicator") == "trade": del f["indicator"]
    f.update(extra)
    out = []
    for k, v in f.items():
        if isinstance(v, dict): out.append(f"{k}: {{" + ", ".join(f"{kk}: {yaml_value(vv)}" for kk, vv in v.items()) + "}")
        elif v is None: out.append(f"{k}: null")
        else: out.append(f"{k}: {yaml_value(v)}")
    return "{" + ", ".join(out) + "}"

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, "docs"), exist_ok=True)
    ids = [d[0] for d in DOCS]; assert len(ids) == len(set(ids))
    with open(os.path.join(here, "index.jsonl"), "w") as index, open(os.path.join(here, "gold.jsonl"), "w") as gold:
        for id, ref, outlet, text, facts in DOCS:
            did = f"wire_en_{id}"
            with open(os.path.join(here, "docs", did + ".txt"), "w") as f: f.write(text + "\n")
            index.write(json.dumps({"id": did, "lang": "en", "reference_date": ref, "source": outlet}) + "\n")
            lines = [f"# Wire matrix (wire26en, issue #14): {did}, {outlet} house style; own sentence, gold in gold.jsonl (make.py).",
                     f"document: docs/{did}.txt", "lang: en", f"reference_date: {ref}", "checks: [Meeting, Agreement, TradeFigure]"]
            lines.append("facts:" if facts else "facts: []")
            for type, ev, fields, extra in facts:
                assert ev in text, (id, ev)
                gold.write(json.dumps({"id": did, "type": type, "evidence": ev, "fields": fields}, ensure_ascii=False) + "\n")
                lines.append(f"  - type: {type}")
                lines.append(f"    fields: " + fixture_fields(type, fields, extra))
            fixture = os.path.join(here, did + ".fixture.yaml")
            if id in HOLDS:
                with open(fixture, "w") as f: f.write("\n".join(lines) + "\n")
            elif os.path.exists(fixture):
                os.remove(fixture)
    print(len(DOCS), "documents,", sum(len(d[4]) for d in DOCS), "facts,", sum(1 for d in DOCS if not d[4]), "near misses")
