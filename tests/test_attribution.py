"""Tests for verify.attribution: every construction of the audit issue, positives and negatives."""
import json
from pathlib import Path

import pytest

from verify.attribution import attribute, find_candidates, national_government, publisher_of
from verify.reading import read_path
from verify.records import Document
from verify.resources import resource_dir
from verify.rules import load_rules
from verify.segment import split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def attributions(text, rules, **document):
    doc = Document(id="t", origin="t", text=text, **document)
    sentences = split_sentences(text, abbreviations=rules.abbreviations)
    return attribute(sentences, rules=rules, document=doc)


def seed(name):
    return read_path(str(SEEDS / name))[0]


def seed_attributions(name, rules):
    doc = seed(name)
    sentences = split_sentences(doc.text, abbreviations=rules.abbreviations)
    return {s.text: a for s, a in zip(sentences, attribute(sentences, rules=rules, document=doc))}


def find(by_text, fragment):
    hits = [a for text, a in by_text.items() if fragment in text]
    assert len(hits) == 1, f"{fragment!r} found in {len(hits)} sentences"
    return hits[0]


# (sentence, source, source_type, via, cue, stance)
CONSTRUCTIONS = [
    # X said before the content / after it / inverted
    ("The Syrian Observatory for Human Rights said 20 people died.",
     "Syrian Observatory for Human Rights", "monitor", (), "said", "neutral"),
    ("Twenty people died, the Syrian Observatory for Human Rights said.",
     "Syrian Observatory for Human Rights", "monitor", (), "said", "neutral"),
    ("Twenty people died the Syrian Observatory for Human Rights said on Sunday.",
     "Syrian Observatory for Human Rights", "monitor", (), "said", "neutral"),
    ('"Twenty people died," said the Observatory.', "Syrian Observatory for Human Rights", "monitor", (), "said",
     "neutral"),
    # stances
    ("The rebels claimed that the base had fallen.", "unnamed (the rebels)", "anonymous", (), "claimed", "distancing"),
    ("The Russian Defence Ministry confirmed launching air strikes.", "Russian Defence Ministry", "military", (),
     "confirmed", "committal"),
    ("Turkey accused the YPG of shelling the town.", "Turkish government", "government", (), "accused", "accusing"),
    ("The Pentagon denied that its jets struck the convoy.", "Pentagon", "military", (), "denied", "denying"),
    ("SANA reported that 12 civilians were wounded.", "SANA", "state media", (), "reported", "neutral"),
    ("The Syrian Observatory for Human Rights dismissed claims by Hezbollah that Assad holds 85 percent.",
     "Syrian Observatory for Human Rights", "monitor", (), "dismissed", "denying"),
    # according to
    ("According to Reuters, 12 civilians were wounded.", "Reuters", "news agency", (), "According to", "neutral"),
    ("At least 5 were killed according to the Syrian Observatory for Human Rights.",
     "Syrian Observatory for Human Rights", "monitor", (), "according to", "neutral"),
    ("According to figures compiled by the Syrian Network for Human Rights, 90 died.",
     "Syrian Network for Human Rights", "monitor", (), "According to", "neutral"),
    # relays
    ("RT quoted the military as saying that 50 died.", "Russian Defence Ministry", "military", ("RT",), "quoted",
     "neutral"),
    ("Citing the head of the Syrian Observatory for Human Rights, the Independent reports that 400 crossed.",
     "Syrian Observatory for Human Rights", "monitor", ("The Independent",), "Citing", "neutral"),
    ("Rami Abdel Rahman told AFP that 5 died.", "Syrian Observatory for Human Rights", "monitor", ("AFP",), "told",
     "neutral"),
    ("SANA reported that the Aleppo Police Command said 3 civilians died.", "Aleppo Police Command", "government",
     ("SANA",), "said", "neutral"),
    # unnamed sources
    ("Activists said 12 people were killed.", "unnamed (activists)", "anonymous", (), "said", "neutral"),
    ("Military sources say the army advanced.", "unnamed (military sources)", "anonymous", (), "say", "neutral"),
    ("Five died, a source told Zaman al-Wasl.", "unnamed (a source)", "anonymous", ("Zaman al-Wasl",), "told",
     "neutral"),
    ("U.S. officials acknowledged that the strike hit a school.", "unnamed (u.s. officials)", "anonymous", (),
     "acknowledged", "committal"),
    # the present tense of a plural subject, and "called upon"
    ("Activists accuse the regime of using chlorine.", "unnamed (activists)", "anonymous", (), "accuse", "accusing"),
    ("President Bashar al-Assad and his government deny using barrel bombs.", "Bashar al-Assad", "person", (),
     "deny", "denying"),
    ("The Syrian Observatory for Human Rights emphasizes that the toll is rising.",
     "Syrian Observatory for Human Rights", "monitor", (), "emphasizes", "neutral"),
    ("The Pentagon called upon all parties to stop.", "Pentagon", "military", (), "called upon", "neutral"),
    ("Rights groups have criticised both sides for indiscriminate attacks.", "unnamed (rights groups)", "anonymous",
     (), "criticised", "accusing"),
    ("The ICRC voiced alarm that violence was occurring in Idlib.", "International Committee of the Red Cross", "NGO",
     (), "voiced", "neutral"),
    ("The Syrian Center for Policy Research puts the death toll at more than 470000.",
     "Syrian Center for Policy Research", "organisation", (), "puts", "neutral"),
    # a newspaper described before its name
    ("The pro-government al-Watan newspaper said on Monday that forces aimed to surround the city.", "Al-Watan",
     "outlet", (), "said", "neutral"),
    # a negated cue's subject speaks in the verb coordinated after it
    ("Russia has not acknowledged any civilian deaths and dismisses the reports as biased.", "Russian government",
     "government", (), "dismisses", "denying"),
    # adverbials
    ("Missiles reportedly hit the base.", "unnamed", "anonymous", (), "reportedly", "neutral"),
    ("The group allegedly used chemical weapons.", "unnamed", "anonymous", (), "allegedly", "distancing"),
    ("The commander is said to have fled.", "unnamed", "anonymous", (), "is said to", "neutral"),
    # spokesperson speaks for the ministry; unknown officials are named from the text
    ("Maj. Gen. Igor Konashenkov said the jets returned.", "Russian Defence Ministry", "military", (), "said",
     "neutral"),
    ("Homs Governor Talal Barazi said the fire was out.", "Talal Barazi", "person", (), "said", "neutral"),
    # a source the registry does not know is still found
    ("The Aleppo Health Directorate said 7 children died.", "Aleppo Health Directorate", "government", (), "said",
     "neutral"),
    # a monitor described before being named takes the monitor the document names
    ("Five civilians were killed a monitor said Sunday.", "Syrian Observatory for Human Rights", "monitor", (),
     "said", "neutral"),
    # inverted without a comma, even after a place name; the clause may go on without one too
    ("These civilians were killed in the town of Ghandoura said the Syrian Observatory for Human Rights.",
     "Syrian Observatory for Human Rights", "monitor", (), "said", "neutral"),
    ("The casualties included women and children said local sources speaking on condition of anonymity.",
     "unnamed (local sources)", "anonymous", (), "said", "neutral"),
    ("Fighters were also killed said Observatory head Rami Abdel Rahman who did not give a number.",
     "Syrian Observatory for Human Rights", "monitor", (), "said", "neutral"),
    ('"Taking them before the ICC would be consistent with UK policy" said Welsh nationalist MP Hywel Williams.',
     "Hywel Williams", "person", (), "said", "neutral"),
    # a known source right before the cue after a place; an acronym before "news agency"
    ("Mortar fire wounded three people in the neighbourhood of northeast Damascus SANA said.", "SANA",
     "state media", (), "said", "neutral"),
    ("Meanwhile SANA news agency reported that the army foiled an attack.", "SANA", "state media", (), "reported",
     "neutral"),
    # an organisation's officer speaks for it; a person "of" an organisation the registry does not know
    ("In March SDF military commander Nasser Haj Mansour told Sputnik that the town was surrounded.",
     "Syrian Democratic Forces", "armed group", ("Sputnik",), "told", "neutral"),
    ("Obeida al-Hamawi of the activist-run Hama Media Center said forces attacked the plant.",
     "Hama Media Center", "outlet", (), "said", "neutral"),
    ("The convoy was destroyed and about a hundred of militants SANA news agency reported.", "SANA", "state media",
     (), "reported", "neutral"),
    ("The ISIS run Amaq news agency said that 160 civilians were killed.", "Amaq", "state media", (), "said",
     "neutral"),
    ("Mortar rounds struck near the embassy said the Syrian Observatory for Human Rights a Britain-based monitor.",
     "Syrian Observatory for Human Rights", "monitor", (), "said", "neutral"),
    # the subject stands apart from its verb: a relative clause, a participle, a coordinated verb
    ("US Central Command which oversees US operations in the Middle East said it had opened an assessment.",
     "US Central Command", "military", (), "said", "neutral"),
    ("Deputy Secretary Tony Blinken speaking at the Carnegie Endowment said the program would start.",
     "Tony Blinken", "person", (), "said", "neutral"),
    ("Youkhana heads a Christian aid program in Dohuk and said he had received the information.",
     "Youkhana", "person", (), "said", "neutral"),
    # the agent of a passive reporting verb
    ("The capture of Tel Hamis was announced by the Kurdish YPG militia.", "YPG", "armed group", (), "announced",
     "neutral"),
    # an unnamed speaker before a place; a title after a place
    ("An official in the Turkish town of Suruc said 700 people had crossed.",
     "unnamed (an official in the turkish town of suruc)", "anonymous", (), "said", "neutral"),
    ("No Syrian can cross into Turkey Archbishop Jacques Behnan Hindo told Catholic News Agency Feb. 26.",
     "Jacques Behnan Hindo", "person", ("Catholic News Agency",), "told", "neutral"),
    # describing words after a place name; a known place, then a name; the apostrophe FA-KES lost
    ("At least 23 civilians were killed in the city of Aleppo Syrian activists said Sunday.",
     "unnamed (syrian activists)", "anonymous", (), "said", "neutral"),
    ("I am not optimistic about the prospects in Syria Obama said at a news conference.", "Barack Obama", "person", (),
     "said", "neutral"),
    ("The strike was a war crime said Kenneth Roth Human Rights Watchs director.", "Human Rights Watch", "NGO", (),
     "said", "neutral"),
    ("Four people were killed according to local media.", "unnamed (local media)", "anonymous", (), "according to",
     "neutral"),
    ("Those executed are all from al-Sheitaat Observatory director Rami Abdelrahman said by telephone.",
     "Syrian Observatory for Human Rights", "monitor", (), "said", "neutral"),
    ("The attack was later confirmed by the UN.", "United Nations", "international body", (), "confirmed",
     "committal"),
    # state television in a story from Syria is Syria's (the gold writes "state television", the same
    # broadcaster as "Syrian state TV")
    ("A bomb wounded three in northwestern Syria on Thursday state television said.", "Syrian state television",
     "state media", (), "said", "neutral"),
    ("This attack is aimed at hindering efforts said the Syrian Coalition in a press release published on Wednesday.",
     "Syrian National Coalition", "organisation", (), "said", "neutral"),
    ("An air strike hit their office in the northern Hama province the White Helmets said on Saturday.",
     "White Helmets", "NGO", (), "said", "neutral"),
    ("Western states said the Syrian government was responsible.", "unnamed (western states)", "anonymous", (),
     "said", "neutral"),
    ('"The regime destroyed it" the Syrian Observatory for Human Rights which relies on a network of sources said.',
     "Syrian Observatory for Human Rights", "monitor", (), "said", "neutral"),
    # a known source that ends a span of headline debris; a participle phrase before the verb
    ("Sputnik Yazan Kalash Explosion in Damascus Reuters reported citing the Syrian interior ministry that "
     "the attacks targeted a police station.", "Syrian Interior Ministry", "government", ("Reuters",), "citing",
     "neutral"),
    ("Explosion in Damascus A Ria Novosti correspondent working in Damascus said several blasts were heard.",
     "RIA Novosti", "state media", (), "said", "neutral"),
    ("According to Lebanese Shiite paramilitary group Hezbollah more than 30 Nusra Front militants were killed.",
     "Hezbollah", "armed group", (), "According to", "neutral"),
    ("According to a February report by the Syrian Center for Policy Research 470000 people have died.",
     "Syrian Center for Policy Research", "organisation", (), "According to", "neutral"),
    ("Director of Daraa Health Directorate Abdel Wadoud al-Homsi said three injured persons arrived.",
     "Daraa Health Directorate", "government", (), "said", "neutral"),
    ("1500 people have died in Syria member of the Kurdish National Council Mustafa Sino said.",
     "Kurdish National Council", "government", (), "said", "neutral"),
    ("Two buildings collapsed said al-Shimale It is a public market.", "al-Shimale", "person", (), "said",
     "neutral"),
    ("At a field clinic an AFP photographer saw a girl in a purple headscarf.", "AFP", "news agency", (), "saw",
     "neutral"),
    # relative clauses and participles between an unnamed or lesser-known speaker and the verb
    ("The man who spoke on condition of anonymity because he was not authorized said it was not clear.",
     "unnamed (the man)", "anonymous", (), "said", "neutral"),
    ("Medics attending the victims said they bore the signs of a gas attack.", "unnamed (medics)", "anonymous",
     (), "said", "neutral"),
    ("The activist-operated Idlib News network which gave a lower toll of 17 said the strikes hit a school.",
     "Idlib News network", "monitor", (), "said", "neutral"),
    ("It was a war crime said Mohamad Sabra the head negotiator for the main opposition.", "Mohamad Sabra",
     "person", (), "said", "neutral"),
    ("The DeirEzzor 24 monitoring group said the missile hit near a school.", "DeirEzzor 24",
     "monitor", (), "said", "neutral"),
    ("A source at Aleppo Police Command said in a statement to SANA reporter that shells hit the area.",
     "Aleppo Police Command", "government", ("SANA",), "said", "neutral"),
    ("The head of UOSSM France Dr Ziad Alissa condemned the attack.",
     "Union of Syrian Medical Care and Relief Organisations", "NGO", (), "condemned", "accusing"),
    ("Residents of Daraya near Damascus had accused Russian aircraft of using napalm bombs.",
     "unnamed (residents of daraya near damascus)", "anonymous", (), "accused", "accusing"),
    ("It has also been reported that the group executed 18 civilians.", "unnamed", "anonymous", (),
     "It has also been reported", "neutral"),
    ("An AFP photographer in Douma saw half a dozen wounded children.", "AFP", "news agency", (), "saw", "neutral"),
    ("Pentagon spokesman Rear Admiral John Kirby told CNN that the raids focused on 12 targets.", "Pentagon",
     "military", ("CNN",), "told", "neutral"),
    ("Later two more people were reported killed in a similar rocket attack.", "unnamed", "anonymous", (),
     "reported killed", "neutral"),
    ("The NDF official told AFP that two fighters were wounded.", "National Defence Forces", "armed group",
     ("AFP",), "told", "neutral"),
    ("Civilian casualties were also reported in Hama and Deir al-Zor Moumtzis said.", "Moumtzis", "person", (),
     "said", "neutral"),
    # indefinite and plural unnamed sources
    ("A militant website said 10 people were killed.", "unnamed (website)", "anonymous", (), "said", "neutral"),
    ("Two men interviewed said barrel bombs were dropped.", "unnamed (two men)", "anonymous", (), "said",
     "neutral"),
    # every head noun of an unnamed source may end the speaker's span, not only the commoner ones
    ("The grooms father was killed in the attack a relative told AFP.", "unnamed (a relative)", "anonymous",
     ("AFP",), "told", "neutral"),
    ("One analyst warned Friday that the opposition hangs on a knife-edge.", "unnamed (one analyst)", "anonymous",
     (), "warned", "neutral"),
    ("Critics say the strikes hit hospitals.", "unnamed (critics)", "anonymous", (), "say", "neutral"),
    # an unnamed speaker, then words that place or describe him, then the verb
    ("Doctors in the town of Khan Sheikhoun in the Idlib province held by the opposition said victims choked.",
     "unnamed (doctors)", "anonymous", (), "said", "neutral"),
    ("A witness in western Aleppo near a crossing point set up by the government told Reuters he saw people.",
     "unnamed (a witness)", "anonymous", ("Reuters",), "told", "neutral"),
    ("Several officials involved in the discussions said a statement had been prepared.",
     "unnamed (several officials)", "anonymous", (), "said", "neutral"),
    ("A Syrian activist from Deir al-Zor who fled for Turkey last year said rebels had retreated.",
     "unnamed (a syrian activist)", "anonymous", (), "said", "neutral"),
    ("Relatives of the victims told AFP the toll was 12.", "unnamed (relatives)", "anonymous", ("AFP",),
     "told", "neutral"),
    # people defined by someone they oppose are not that someone
    ("Opponents of Bashar al-Assad said the forces killed 1300 people.", "unnamed (opponents of bashar al-assad)",
     "anonymous", (), "said", "neutral"),
    # a number before the verb: an age after a name, or part of a body's name
    ('"There is not much space to move around" Ahmed 24 said.', "Ahmed", "person", (), "said", "neutral"),
    ("Division 30 said the attack killed five of its fighters.", "Division 30", "armed group", (), "said", "neutral"),
    ("The missile hit near a school DeirEzzor 24 said.", "DeirEzzor 24", "monitor", (), "said", "neutral"),
    # a name before "a|an <description>" speaks for itself; a description tying it to a body does not
    ('"Rescue teams continue to search" Osama Said a Douma-based media activist told al-Araby al-Jadeed.',
     "Osama Said", "person", ("The New Arab",), "told", "neutral"),
    ("Abu Ahmad a resident of Douma told AFP the town was hit.", "Abu Ahmad", "person", ("AFP",), "told",
     "neutral"),
    ("Manal a 28-year-old teacher said she heard at least two blasts.", "Manal", "person", (), "said", "neutral"),
    ("Hamza al-Khatib a member of the White Helmets said five people died.", "White Helmets", "NGO", (), "said",
     "neutral"),
    # relays: "according to X citing Y"; a trailing "X reported" after an inner speaker
    ("One person was killed in the capital according to SANA news agency citing the Syrian Interior Ministry.",
     "Syrian Interior Ministry", "government", ("SANA",), "citing", "neutral"),
    ("Nine civilians were killed in Aleppo city a source in the northern province said on Monday SANA reported.",
     "unnamed (a source in the northern province)", "anonymous", ("SANA",), "said", "neutral"),
    # a title and a name after the cue end the sentence: inverted; the spokesman speaks for the body
    # the sentence named before him
    ("The coalition determined that there was evidence to open a formal inquiry said spokesman Colonel "
     "Chris Garver.", "US-led coalition", "military", (), "said", "neutral"),
    # a place, then describing words, start a new subject
    ("On July 31 an assault killed at least 80 people in Hama rights groups said.", "unnamed (rights groups)",
     "anonymous", (), "said", "neutral"),
    ("According to figures compiled by the Syrian Coalitions media office Aleppo bore the brunt of the strikes.",
     "Syrian National Coalition", "organisation", (), "According to", "neutral"),
    ("The Russian Coordination Center said five people were killed.", "Russian Centre for Reconciliation",
     "military", (), "said", "neutral"),
    # an apposition runs long before the verb; a relative clause's object does not speak
    ("The White Helmets a group of civil defence emergency workers operating in rebel-held areas said on "
     "Twitter one of their buildings was hit.", "White Helmets", "NGO", (), "said", "neutral"),
    ("The Palmyra Coordination Committee a local group that supports protest against the Syrian government "
     "reported that 35 bodies were found.", "Palmyra Coordination Committee", "organisation", (), "reported",
     "neutral"),
    ("A local activist who uses the name Abu al-Hassan said the town was hit.", "Abu al-Hassan", "person", (),
     "said", "neutral"),
    # the spokesperson of a body named from the text; a capitalised filler word starts a name
    ("A spokesperson for the Zabadani Revolution Coordination Committee told al-Araby al-Jadeed that the army "
     "advanced.", "Zabadani Revolution Coordination Committee", "organisation", ("The New Arab",), "told",
     "neutral"),
    ("A total of 33 people died according to the Local Coordination Committees with Russian planes suspected.",
     "Local Coordination Committees", "monitor", (), "according to", "neutral"),
    # a place, a nationality or the head's own capital does not name an unnamed source
    ("Aleppo residents said the bombing continued.", "unnamed (aleppo residents)", "anonymous", (), "said",
     "neutral"),
    ("Syrian Activists said five people died.", "unnamed (syrian activists)", "anonymous", (), "said", "neutral"),
    ("The Police Command source said five people died.", "Police Command", "government", (), "said", "neutral"),
    # "authorities" of a named government are that government; local ones are nobody named
    ("Local authorities told reporters on Saturday that 100 civilians were killed.", "unnamed (local authorities)",
     "anonymous", (), "told", "neutral"),
    ("The US authorities said the strike was lawful.", "US government", "government", (), "said", "neutral"),
    # a lower-case body word ends a name; people after a quantity; a long registered name opens the sentence
    ("Militants abducted a priest on Sunday night the Franciscan mission said on Tuesday.", "Franciscan mission",
     "organisation", (), "said", "neutral"),
    ("SANA reporter quoted a number of residents in the town as saying that three civilians were killed.",
     "unnamed (residents in the town)", "anonymous", ("SANA",), "quoted", "neutral"),
    ("The Russian center for monitoring and coordination of the cessation of hostilities registered 604 breaches.",
     "Russian Centre for Reconciliation", "military", (), "registered", "neutral"),
    # several known places, then the speaker; a place before the cue leaves the known name after it
    ("Casualties were reported in Hama Aleppo and Deir al-Zor Moumtzis said.", "Moumtzis", "person", (), "said",
     "neutral"),
    ("Mortar rounds struck near the UN mission said the Syrian Observatory for Human Rights a Britain-based monitor.",
     "Syrian Observatory for Human Rights", "monitor", (), "said", "neutral"),
    # a place after a known body says where it is; a person's name may follow the place
    ("The local White Helmets in the central Hama province said an air raid killed eight members of the team.",
     "White Helmets", "NGO", (), "said", "neutral"),
    ("Two suicide bombers killed 30 militiamen in al-Hassakeh northeastern Syria a monitoring group said.",
     "Syrian Observatory for Human Rights", "monitor", (), "said", "neutral"),
    ("But a source in the Kurdish Asayesh security forces told AFP that this was the largest explosion.",
     "Asayish", "military", ("AFP",), "told", "neutral"),
    ("The Daesh-linked Aamaq news agency said the strike killed six people.", "Amaq", "state media", (), "said",
     "neutral"),
    # a wire credit glued to the cue; "one of them"; a guard manning a checkpoint; dispatches
    ("The fighters were killed on Thursday the Syrian Observatory for Human Rights monitor said.--AFP",
     "Syrian Observatory for Human Rights", "monitor", (), "said", "neutral"),
    ("Evacuees were blocked at a transit point in government-held territory one of them told AFP by telephone.",
     "unnamed (one of them)", "anonymous", ("AFP",), "told", "neutral"),
    ("One of the guards manning the checkpoint told AFP his bomb detector began beeping.",
     "unnamed (one of the guards)", "anonymous", ("AFP",), "told", "neutral"),
    ("Dozens of militants were killed in Lattakia on Friday FNA dispatches said.", "Fars News Agency",
     "state media", (), "said", "neutral"),
    ("According to the Al Masdar media outlet the US-led coalition bombed Hanida village.", "Al Masdar News",
     "outlet", (), "According to", "neutral"),
    ("According to official Syrian military spokesperson the Syrian Armed Forces killed 33 militants.",
     "Syrian army", "military", (), "According to", "neutral"),
    # inverted after a modal ending the quote, with an age or an apposition after the name
    ("We hope to go back one day but I dont expect we will said Noha 45 asking not to be identified.", "Noha",
     "person", (), "said", "neutral"),
    ("No one will dare to move against Islamic State said Ahmad Ziyada al-Qaissi an Islamic State sympathizer "
     "contacted by Skype.", "Ahmad Ziyada al-Qaissi", "person", (), "said", "neutral"),
    # a photo credit glued before the sentence's subject
    ("REUTERS/Stringer A Syrian human rights activist from Deir al-Zor who fled last year said rebels retreated.",
     "unnamed (a syrian human rights activist)", "anonymous", (), "said", "neutral"),
    # giving a toll reports it; an acronym in brackets inside a name; a photographer contributing to an agency
    ("The Syrian Observatory for Human Rights a British-based monitoring group gave a slightly lower toll of 31.",
     "Syrian Observatory for Human Rights", "monitor", (), "gave", "neutral"),
    ("Syrian state media gave a toll of 44 dead and 140 injured in the bombing.", "SANA", "state media", (), "gave",
     "neutral"),
    ("The Islamic State (IS) group said in a statement that one of its fighters fired on a gathering.",
     "Islamic State", "armed group", (), "said", "neutral"),
    ("The Local Coordination Committees (LCC) a network of activists reported hundreds of casualties.",
     "Local Coordination Committees", "monitor", (), "reported", "neutral"),
    ("A photographer contributing to AFP saw massive destruction at the scene.", "AFP", "news agency", (), "saw",
     "neutral"),
    # a place held by someone continues the place; a description glued after a place; a name with "for"
    ("An AFP correspondent in rebel-held eastern Aleppo said the strikes were especially intense.", "AFP",
     "news agency", (), "said", "neutral"),
    ("Rockets struck near the ancestral village Qardaha the monitor said.", "Syrian Observatory for Human Rights",
     "monitor", (), "said", "neutral"),
    ("Victims include 8 children in the eastern Syrian city of Ashara Syrian Observatory for Human Rights says.",
     "Syrian Observatory for Human Rights", "monitor", (), "says", "neutral"),
    # a known body, then a person's name after it: the body through him
    ("A spokesman for the Syrian fighting group Nour El Din El Zinki Yasser Al Youssef said the forces attacked.",
     "Nour al-Din al-Zinki", "armed group", (), "said", "neutral"),
    # an adverb before the cue; a coalition of rebels is no registered coalition; a named alliance with
    # its article; an adjective "alleged" reports nothing; "the US and France": the first governs
    ("The government should have granted inspectors access John Kerry reportedly told the Syrian minister.",
     "John Kerry", "person", (), "told", "neutral"),
    ('But a broad coalition of Syrian rebels denounced the negotiations as "meaningless" on Sunday.',
     "unnamed (coalition of syrian rebels)", "anonymous", (), "denounced", "accusing"),
    ("Following the air strikes the Tahrir al-Sham jihadist alliance denounced the ceasefire talks.",
     "Hayat Tahrir al-Sham", "armed group", (), "denounced", "accusing"),
    # the name's own article opening the sentence: "The Islamic State jihadist group" is Islamic State
    ("The Islamic State jihadist group said it carried out the attack.",
     "Islamic State", "armed group", (), "said", "neutral"),
    ("The US and France termed the assaults war crimes and said Syria and Russia were responsible.",
     "US government", "government", (), "said", "neutral"),
    ("U.S. Senator John McCain a Republican critic of the policy said on Twitter that Assad was emboldened.",
     "John McCain", "person", (), "said", "neutral"),
    ("Zakaria Malahifji of the Aleppo-based Fastaqim opposition group told Reuters the assault continued.",
     "Fastaqim", "armed group", ("Reuters",), "told", "neutral"),
    # holding someone responsible accuses; "reports indicate"; coordinators are unnamed unless named
    ("The Syrian Coalition holds Russia directly and fully responsible for the war crimes.",
     "Syrian National Coalition", "organisation", (), "holds", "accusing"),
    ("The ISIL terrorists have massacred 250 Syrian troops at an airbase in Raqqa reports indicate.",
     "unnamed (reports)", "anonymous", (), "indicate", "neutral"),
    ("The opposition coordinators have confirmed on their Facebook pages the killing of the commander.",
     "unnamed (opposition coordinators)", "anonymous", (), "confirmed", "committal"),
    ('"Russian air forces have deployed incendiary weapons" Riad Hijab coordinator of the opposition HNC wrote to Ban.',
     "High Negotiations Committee", "organisation", (), "wrote", "neutral"),
    # "Today" in a name; "according to the source" then the clause's subject; a place before a name
    ("Opposition media groups including Aleppo Today said the explosion occurred near a mosque.", "Aleppo Today",
     "outlet", (), "said", "neutral"),
    ("According to the source Colonel Fadlullah Naji of the al-Sham Legion will head the room.",
     "unnamed (the source)", "anonymous", (), "According to", "neutral"),
    ("According to the Arabic-language desk of Sputnik news agency the US warplanes targeted the area.", "Sputnik",
     "state media", (), "According to", "neutral"),
    ("In Paris Fabius said that the Security Council would have to decide.", "Fabius", "person", (), "said",
     "neutral"),
    ("The provincial governor of Homs Talal Barazi told AFP the two bombers pulled up at the checkpoint.",
     "Talal Barazi", "person", ("AFP",), "told", "neutral"),
    # registered spellings: the Russians, Fastaqim, a misspelt SOHR; a day is never a speaker
    ("The Russians had on Saturday accused militants of bringing fighters into the area.", "Russian government",
     "government", (), "accused", "accusing"),
    ('"Currently nobody can get in or out of Aleppo" a member of the Aleppo-based rebel group Fastaqim told Reuters.',
     "Fastaqim", "armed group", ("Reuters",), "told", "neutral"),
    ("It was not clear whether he was an accomplice SORH said Sunday.", "Syrian Observatory for Human Rights",
     "monitor", (), "said", "neutral"),
    # a name after its article or "based" is no place before a description; "official news agency"
    # is the state medium the document names, relays included
    ('"There is renewed bombardment" Zakaria Malhifji of the Aleppo based Fastaqim opposition group told Reuters.',
     "Fastaqim", "armed group", ("Reuters",), "told", "neutral"),
    ("There was no claim of responsibility though the key Ahrar al-Sham rebel group denied any involvement.",
     "Ahrar al-Sham", "armed group", (), "denied", "denying"),
    ("Fighting in the Idlib countryside local activists said five people died.",
     "unnamed (countryside local activists)", "anonymous", (), "said", "neutral"),
    # more unnamed groups; registered spellings; the author of an inverted statement
    ("International leaders have condemned the alleged chemical attacks.", "unnamed (international leaders)",
     "anonymous", (), "condemned", "accusing"),
    ("Patients and staff reported suffering severe respiratory symptoms.", "unnamed (patients and staff)",
     "anonymous", (), "reported", "neutral"),
    ("Islamist group Ahrar Al Sham said on Twitter it was involved in fierce clashes.", "Ahrar al-Sham",
     "armed group", (), "said", "neutral"),
    ('"The Russian air force has not carried out any strikes near Khan Shaykhun" said a statement by the Russias '
     "defence ministry.", "Russian Defence Ministry", "military", (), "said", "neutral"),
    # a determiner starts the subject after a law's name
    ("Those responsible must be held accountable under Chapter VII of the UN Charter the Arab League said.",
     "Arab League", "international body", (), "said", "neutral"),
]


@pytest.mark.parametrize("text, source, source_type, via, cue, stance", CONSTRUCTIONS)
def test_attribution_constructions(rules, text, source, source_type, via, cue, stance):
    (attribution,) = attributions(text, rules)
    assert attribution is not None
    assert (attribution.source, attribution.source_type, attribution.via, attribution.cue, attribution.stance) == \
        (source, source_type, via, cue, stance)
    assert attribution.rule.startswith("attr.")


NOT_ATTRIBUTED = [
    "Russian air strikes killed at least 14 civilians near the Euphrates.",
    "The city saw heavy fighting on Sunday.",           # "saw" reports only after a journalist or witness
    "30 September 2016 13 civilians killed 43 others injured in rocket attacks on Aleppo Damascus.",
    "The attack claimed the lives of 20 people.",
    "02-06-2016 Terrorist Bombing Claims 5 in Syrias Latakia.",
    "The YPG has been a close ally of the United States.",
    "A 48-hour ceasefire in Aleppo announced by Russia has had little impact.",
    "The pro-Hezbollah websites posted photos of the fighters, most of whom reportedly hailed from Lebanon.",
    "Sarin is an organophosphorus compound and a nerve agent.",
    "The toll in Aleppo rose to 23.",
    # a cue inside a time, reason or relative clause of the outlet's own sentence
    "The raids come a day after the ministry said it would halt fire around Aleppo.",
    "Aid arrived in an initiative the United Nations said is insufficient.",
    "The protests were what activists said were the biggest since 2011.",
    # a statement not made (negated) or not yet made (modal, "to")
    "The ministry did not say what agent was used.",
    "Reuters could not independently confirm the report.",
    "The army has never acknowledged the strikes.",
    "Officials refused to confirm the toll.",
    "The regime will deny the evidence.",
    # an adverbial inside a participle phrase, a reduced relative or before an adjective
    "Two children were killed in shelling on Homs reportedly using incendiary bombs.",
    "Bombers pounded Raqqa reportedly killing at least 19 fighters.",
    "Hundreds were killed in strikes allegedly carried out by government troops.",
    "The army fought several groups, including the allegedly moderate factions.",
    "Jets struck what are said to be ISIS targets inside Syria.",
    # neither of two subjects asserts; a quantifier alone is no speaker
    "It is worth noting that neither Ahrar al-Sham nor the Islamic Front alliance blamed any group for the blast.",
    "Other reports from opposition sources in the area offered different accounts on the casualty figures.",
]


@pytest.mark.parametrize("text", NOT_ATTRIBUTED)
def test_attribution_outlet_voice_is_null(rules, text):
    assert attributions(text, rules) == [None]


def test_attribution_continuations_resolve_to_the_named_source(rules):
    text = ("The Russian Defence Ministry confirmed launching air strikes. "
            "It said that its strikes killed 120 fighters. "
            '"The aircraft hit terrorist strongholds," the Ministry said in a statement. '
            "The destruction of all targets was recorded by drones, the statement added.")
    result = attributions(text, rules)
    assert [a.source for a in result] == ["Russian Defence Ministry"] * 4
    assert [a.mention for a in result] == ["The Russian Defence Ministry", "It", "the Ministry", "the statement"]


def test_attribution_quotation_running_on_is_carried(rules):
    text = ('Rami Abdel Rahman said: "The strikes hit homes. '
            'Dozens are under the rubble. '
            'Rescuers are still digging."')
    result = attributions(text, rules)
    assert [a.source for a in result] == ["Syrian Observatory for Human Rights"] * 3
    assert [a.carried for a in result] == [False, True, True]


def test_attribution_quotation_closed_later_carries_back(rules):
    text = ('"The strikes hit homes. '
            'Rescuers are still digging," the White Helmets said.')
    result = attributions(text, rules)
    assert [a.source for a in result] == ["White Helmets", "White Helmets"]
    assert result[0].carried and not result[1].carried


def test_attribution_pronoun_without_antecedent_is_an_unnamed_source(rules):
    # someone asserts it, though the text never names him: not the outlet's own voice
    (attribution,) = attributions("He said the town had fallen.", rules)
    assert (attribution.source, attribution.source_type, attribution.cue) == ("unnamed", "anonymous", "said")


@pytest.mark.parametrize("text", [
    "Damascus confirmed the reports.",                                 # the object of the verb, not its subject
    'Ole Solvang of the group says Daesh "mined virtually everything".',  # a quotation follows the name
])
def test_attribution_inverted_needs_the_clause_to_end(rules, text):
    (attribution,) = attributions(text, rules)
    assert attribution is None or attribution.source not in {"unnamed (the reports)", "Islamic State"}


def test_attribution_an_inverted_speaker_s_body_may_hold_a_unit_s_ordinal(rules):
    # the ordinal inside the body's name no longer cuts the speaker short of the clause's end
    [found] = attributions("Four soldiers were wounded, said Maj. Cenon Albarracin Jr., spokesperson of the Army's "
                           "3rd Infantry Division.", rules)
    assert found.rule.startswith("attr.inverted-cue") and "3rd Infantry Division" in found.source
    [found] = attributions("Four soldiers were wounded, said Cenon Albarracin, spokesperson of the 3rd Infantry "
                           "Division.", rules)
    assert (found.source, found.speaker) == ("3rd Infantry Division", "Cenon Albarracin")


def test_attribution_he_is_the_speaker_named_just_before(rules):
    text = ("Rami Abdulrahman who runs the Syrian Observatory for Human Rights said 19 explosions were heard. "
            "One civilian was also killed in the air strikes he said.")
    first, second = attributions(text, rules)
    assert (first.source, first.speaker) == ("Syrian Observatory for Human Rights", "Rami Abdel Rahman")
    assert (second.source, second.mention) == ("Syrian Observatory for Human Rights", "he")


def test_attribution_he_after_a_member_of_an_unknown_body(rules):
    text = ("Obeida al-Hamawi of the activist-run Hama Media Center said forces attacked the plant. "
            "He said electricity was still being supplied to the area.")
    first, second = attributions(text, rules)
    assert first.speaker == "Obeida al-Hamawi"
    assert second.source == "Hama Media Center"


def test_attribution_quotation_reopened_each_paragraph_is_carried(rules):
    # multi-paragraph quotations open every paragraph and close only the last one
    text = ('"It was pretty calm in the previous days said Abd Abu al-Nasr a resident of the district.\n'
            '"But this morning it was pretty bad again.\n'
            'At least eight died including two children.\n'
            'Now the bombing is still all around us".\n'
            'The army did not comment.')
    result = attributions(text, rules)
    assert [a.source if a else None for a in result] == ["Abd Abu al-Nasr"] * 4 + [None]
    assert [a.carried for a in result[:4]] == [False, True, True, True]


@pytest.mark.parametrize("text", [
    # a first-person sentence after a source is not taken as its words (the outlet says "our
    # reporters"; "Phase I", "Let us recall"): the rule that did so was wrong more often than right
    "Our reporters could not independently verify the figures.",
    "Phase I of the operation began in March.",
])
def test_attribution_first_person_is_not_carried(rules, text):
    first, second = attributions("The Syrian Observatory for Human Rights said 20 people died. " + text, rules)
    assert first.source == "Syrian Observatory for Human Rights" and second is None


@pytest.mark.parametrize("text, source", [
    # a known name after the verb is its object when the clause goes on, not an inverted speaker
    ("Turkey said the YPG, which it considers a terrorist group, had attacked its troops.", "Turkish government"),
    ("Russia accused the United States, which leads the coalition, of killing civilians.", "Russian government"),
    ("The Syrian government blamed Turkey, which backs the rebels, for the attack.", "Syrian government"),
])
def test_attribution_a_named_speaker_before_the_verb_wins(rules, text, source):
    (attribution,) = attributions(text, rules)
    assert attribution.source == source


@pytest.mark.parametrize("text, cue", [
    ("The rebels were reportedly hiding in the tunnels.", "reportedly"),   # the main verb, progressive
    ("The strikes were allegedly carried out by Russian jets.", "allegedly"),
    ("Russian jets allegedly struck the hospital.", "allegedly"),
])
def test_attribution_adverbial_of_the_main_verb_still_attributes(rules, text, cue):
    (attribution,) = attributions(text, rules)
    assert (attribution.source_type, attribution.cue) == ("anonymous", cue)


def test_attribution_local_media_is_the_medium_the_story_names_else_unnamed(rules):
    # Sputnik's leads: "according to local media …", then "SANA news agency reported"
    lead, named = attributions("The air force killed 100 militants according to local media. "
                               "The convoy was destroyed SANA news agency reported.", rules)
    assert (lead.source, lead.source_type, named.source) == ("SANA", "state media", "SANA")
    (alone,) = attributions("The air force killed 100 militants according to local media.", rules)
    assert alone.source_type == "anonymous"
    # an international wire is no local medium
    wire, local = attributions("Reuters reported that the town fell. Local media said 12 died.", rules)
    assert (wire.source, local.source_type) == ("Reuters", "anonymous")


def test_attribution_a_contrasting_clause_is_a_second_voice_not_a_relayed_one(rules):
    # "SANA reported that the police said" nests; "Amaq said …, whilst a coalition source said" does not
    (attribution,) = attributions("The Amaq news agency said that 160 civilians were killed whilst the "
                                  "US-led coalition said that an investigation is being carried out.", rules)
    assert (attribution.source, attribution.via) == ("Amaq", ())
    (nested,) = attributions("SANA reported that the Aleppo Police Command said 3 civilians died.", rules)
    assert nested.via == ("SANA",)


def test_attribution_adverbial_in_a_later_relative_clause_does_not_hide_the_first(rules):
    (attribution,) = attributions("Jets reportedly struck a market, which was reportedly crowded.", rules)
    assert (attribution.source, attribution.cue) == ("unnamed", "reportedly")


def test_attribution_registry_matching_stays_linear_in_unknown_plurals(rules, monkeypatch):
    import verify.attribution as attribution_module
    matcher = attribution_module._registry_matcher(rules.registry)   # built (and cached) first
    calls = []
    real = attribution_module.normalise_name
    monkeypatch.setattr(attribution_module, "normalise_name", lambda text: calls.append(text) or real(text))
    words = [f"Zorbs{k}" for k in range(24)]                      # capitalised plurals nobody knows
    assert matcher.all(" ".join(words)) == ()
    # the apostrophe repair ("SANAs" → "SANA") tries one word at a time, never every combination
    assert len(calls) <= len(words) + 1


def test_attribution_publisher_is_never_a_relay(rules):
    text = "A source told Zaman al-Wasl that 7 fighters died."
    (with_publisher,) = attributions(text, rules, outlet="Zaman al-Wasl")
    (without,) = attributions(text, rules)
    assert with_publisher.via == ()
    assert without.via == ("Zaman al-Wasl",)


@pytest.mark.parametrize("outlet, text, expected", [
    ("sana", "Damascus, SANA - Five died.", "sana"),
    (None, "(Zaman Al Wasl)- Russia's warplanes conducted 50 raids.", "zaman-al-wasl"),
    (None, "Russia's warplanes conducted 50 raids.", None),
])
def test_attribution_publisher_of(rules, outlet, text, expected):
    publisher = publisher_of(Document(id="d", origin="d", text=text, outlet=outlet), rules.registry)
    assert (publisher.id if publisher else None) == expected


# The constructions the issue names from the seed articles.
def test_attribution_seed_rt_quoted_the_military(rules):
    a = find(seed_attributions("000_c4b5080489d27d06.txt", rules), "RT quoted the military as saying")
    assert (a.source, a.via, a.cue) == ("Russian Defence Ministry", ("RT",), "quoted")


def test_attribution_seed_citing_the_head_of_the_observatory(rules):
    a = find(seed_attributions("004_b5f749c51e8e6818.txt", rules), "Citing the head of the U.K.-based")
    assert (a.source, a.via) == ("Syrian Observatory for Human Rights", ("The Independent",))


def test_attribution_seed_rahman_told_afp_then_rahman_added(rules):
    by_text = seed_attributions("001_85fa3d43126e8ad3.txt", rules)
    told = find(by_text, "told news agency AFP")
    added = find(by_text, "Rahman added")
    assert (told.source, told.speaker, told.via, told.cue) == \
        ("Syrian Observatory for Human Rights", "Rami Abdel Rahman", ("AFP",), "told")
    assert (added.source, added.cue) == ("Syrian Observatory for Human Rights", "added")


def test_attribution_seed_ministry_statement_then_statement_added(rules):
    by_text = seed_attributions("001_85fa3d43126e8ad3.txt", rules)
    said = find(by_text, "the Ministry said in a statement")
    added = find(by_text, "the statement added")
    assert said.source == added.source == "Russian Defence Ministry"


def test_attribution_seed_it_said_its_strikes(rules):
    a = find(seed_attributions("002_adcab3e0e8627f42.txt", rules), "It said that its strikes killed 120")
    assert a.source == "Syrian Central Military Media" and a.mention == "It"


def test_attribution_seed_source_told_zaman_al_wasl(rules):
    # Zaman al-Wasl publishes this article ("(Zaman Al Wasl)-" dateline), so it is not a relay.
    a = find(seed_attributions("003_c64e7654828bad3c.txt", rules), "source told Zaman al-Wasl")
    assert (a.source_type, a.via, a.cue) == ("anonymous", (), "told")


def test_attribution_seed_reportedly_hit(rules):
    a = find(seed_attributions("000_c4b5080489d27d06.txt", rules), "reportedly hit")
    assert (a.source_type, a.cue) == ("anonymous", "reportedly")


def test_attribution_seed_britain_based_group_accused(rules):
    a = find(seed_attributions("002_adcab3e0e8627f42.txt", rules), "Human Rights' Observatory Group accused")
    assert (a.source, a.cue, a.stance) == ("Syrian Observatory for Human Rights", "accused", "accusing")


def test_attribution_candidates_are_ordered_and_explained(rules):
    candidates = find_candidates("SANA said the police said 3 died.", rules=rules)
    assert [c.rule for c in candidates] == ["attr.subject-cue"]
    assert candidates[0].relay == ("SANA",)


def test_attribution_state_media_is_the_state_medium_the_document_names(rules):
    # fixtures/gold/GUIDELINES.md: a description takes the source the article names, else (unnamed)
    (alone,) = attributions("State media said another 22 people were wounded.", rules)
    assert (alone.source, alone.source_type) == ("unnamed (state media)", "anonymous")
    named = attributions("SANA said 13 people were killed in Hamdaniyeh. "
                         "State media said another 22 people were wounded.", rules)
    assert [a.source for a in named] == ["SANA", "SANA"]
    assert named[1].rule == "attr.subject-cue+description"


def test_attribution_possessive_office_is_the_person_named_last(rules):
    text = ("French Foreign Minister Laurent Fabius said all indications show a chemical massacre. "
            "Fabius arrived early Saturday on a visit to Israel his office said.")
    first, second = attributions(text, rules)
    assert first.source == "Laurent Fabius"
    assert (second.source, second.rule) == ("Laurent Fabius", "attr.subject-cue+possessive")


def test_attribution_general_staff_description_and_reiterated(rules):
    text = ("Col. Gen. Sergei Rudskoi said the strikes were illegal. "
            "We warn against such inadmissible steps the general staff said. "
            "The general reiterated that the army has no chemical weapons.")
    result = attributions(text, rules)
    assert [a.source for a in result] == ["Russian General Staff"] * 3


def test_attribution_according_to_a_description_of_an_earlier_source(rules):
    text = ("The Free Syrian Army said in a statement that 45 bodies were found. "
            "The massacre was discovered when the rebels seized the village according to the statement.")
    first, second = attributions(text, rules)
    assert second.source == first.source and second.cue == "according to"


def test_attribution_the_same_speaker_next_keeps_the_relay(rules):
    text = ('Spokesman Shadi al-Jundi told AFP that twelve people were killed. '
            'The victims included "opposition figures" Jundi said.')
    first, second = attributions(text, rules)
    assert first.via == ("AFP",)
    assert (second.source, second.via) == (first.source, ("AFP",))


@pytest.mark.parametrize("text, source", [
    ("The Assad regime has been accused of committing war crimes by insurgent groups.", "unnamed"),
    ("The Syrian government was accused by Human Rights Watch of using barrel bombs.", "Human Rights Watch"),
])
def test_attribution_passive_accusation_is_not_the_accused(rules, text, source):
    # the subject of "was accused" is the accused; whoever accuses is the source (unnamed if not named)
    (attribution,) = attributions(text, rules)
    assert attribution.source == source and attribution.cue == "accused"


def test_attribution_an_unclosed_quotation_ends_after_a_few_sentences(rules):
    # scraped text drops closing quote marks; a later attribution is not carried back over the
    # outlet's own sentences
    text = ('Suhaib al-Ruhail said "Daesh sleeper cells were most likely behind the attack.\n'
            'The front was largely crushed in 2014.\n'
            'Syria has been gripped by militancy since March 2011.\n'
            'The conflict has displaced half the population.\n'
            'The war began in 2011.\n'
            'The country is divided.\n'
            'Damascus accuses Saudi Arabia of funding terrorist groups.')
    result = attributions(text, rules)
    assert result[0].source == "Suhaib al-Ruhail"
    assert result[-2] is None and result[-1].source == "Syrian government"


def test_attribution_the_official_is_the_person_who_spoke_before(rules):
    text = ("Member of the Kurdish National Council Mustafa Sino said 1500 people died. "
            "A special international commission is indispensable the Kurdish official said.")
    first, second = attributions(text, rules)
    assert (first.source, first.speaker) == ("Kurdish National Council", "Mustafa Sino")
    assert second.source == "Kurdish National Council" and second.rule.endswith("+description")


def test_attribution_its_website_is_the_organisation_named_before(rules):
    text = ("The Observatory said 20 people died. "
            "The toll is likely to rise its website says.")
    first, second = attributions(text, rules)
    assert second.source == first.source == "Syrian Observatory for Human Rights"


def test_attribution_the_body_that_publishes_the_article_names_itself(rules):
    # in the Syrian National Coalition's own article "the Coalition" is the publisher, not the US-led one
    (attribution,) = attributions("The Coalition said Russia cannot guarantee the political process.", rules,
                                  outlet="etilaf")
    assert (attribution.source, attribution.via) == ("Syrian National Coalition", ())
    (elsewhere,) = attributions("The Coalition said Russia cannot guarantee the political process.", rules,
                                outlet="reuters")
    assert elsewhere.source != "Syrian National Coalition"


def test_attribution_claiming_responsibility_does_not_distance(rules):
    (attribution,) = attributions("For its part the Islamic State group claimed responsibility for the attack.", rules)
    assert attribution.cue == "claimed" and attribution.stance == "neutral"


def test_attribution_the_source_added_keeps_the_relay(rules):
    text = ("A military source told SANA that the army broke the siege. "
            "The source added that units took the hills.")
    first, second = attributions(text, rules)
    assert first.via == second.via == ("SANA",)
    assert second.source_type == "anonymous"


def test_attribution_the_group_is_the_body_named_before_in_the_sentence(rules):
    text = ("The Syrian Observatory for Human Rights said nine fighters died. "
            "The four staff of the UOSSM were in two ambulances called to the clinic the group said.")
    first, second = attributions(text, rules)
    assert first.source == "Syrian Observatory for Human Rights"
    assert second.source == "Union of Syrian Medical Care and Relief Organisations"
    assert second.rule.endswith("+description-here")


def test_attribution_a_pronoun_in_a_relative_clause_is_not_the_speaker(rules):
    (attribution,) = attributions("Five medics were killed late Tuesday the aid group that supports it said.", rules)
    assert attribution.mention == "the aid group"


def test_attribution_speaker_words_come_from_the_rules_an_editor_can_extend(tmp_path, rules):
    # "tailors" is no head of an unnamed source in the shipped rules/speakers.jsonl; an editor adds it
    text = "Local tailors said the hospital was hit twice."
    assert attributions(text, rules) == [None]
    lines = [json.loads(line) for line in (resource_dir("rules") / "speakers.jsonl").read_text().splitlines()]
    for line in lines:
        if line["id"] in {"speakers.unnamed", "speakers.descriptors"}:
            line["words"].append("tailors")
    (tmp_path / "speakers.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    [found] = attributions(text, load_rules(tmp_path))
    assert (found.source, found.source_type, found.mention) == ("unnamed (local tailors)", "anonymous", "Local tailors")


def test_attribution_descriptions_come_from_the_rules_an_editor_can_extend(tmp_path, rules):
    # (a word the body's own name does not hold: "The bureau added" finds the Bureau without the rule)
    text = "The Aleppo Health Bureau said 12 people were killed. The outfit added that two hospitals were hit."
    assert [a and a.source for a in attributions(text, rules)] == ["Aleppo Health Bureau", None]
    shipped = (resource_dir("rules") / "descriptions.jsonl").read_text(encoding="utf-8")
    added = {"id": "desc.outfit", "word": "outfit", "refers_to": ["organisation"]}
    (tmp_path / "descriptions.jsonl").write_text(shipped + json.dumps(added) + "\n", encoding="utf-8")
    assert [a.source for a in attributions(text, load_rules(tmp_path))] == ["Aleppo Health Bureau"] * 2


@pytest.mark.parametrize("text", [
    # a cue inside a relative clause about something else: the outlet's own sentence
    "Rebels seized the district which the Syrian army has repeatedly said had not fallen.",
    "Syria was hit by unrest in 2011 where the Syrian government accuses foreign actors of arming rebels.",
])
def test_attribution_cue_in_a_relative_clause_is_not_the_sentence_source(text, rules):
    assert attributions(text, rules) == [None]


def test_attribution_indefinite_official_telling_a_state_agency_is_not_its_head_of_state(rules):
    # "relay-affiliation" ("RT quoted the military": Russia's military) is for institutions named
    # with "the"; "a civil defense official told Anadolu Agency" is no Turkish official
    [found] = attributions("A civil defense official told Anadolu Agency that a refugee camp was hit.", rules)
    assert found.source == "White Helmets" and found.via == ("Anadolu Agency",)
    [military] = attributions("RT quoted the military as saying that 50 died.", rules)
    assert military.source == "Russian Defence Ministry"


def test_attribution_head_of_a_described_group_is_the_group(rules):
    text = ("The Syrian Observatory for Human Rights said 10 people died. "
            "Fifteen were in critical condition said the head of the Britain-based group.")
    assert [a.source for a in attributions(text, rules)] == ["Syrian Observatory for Human Rights"] * 2


def test_attribution_name_before_in_a_statement_speaks(rules):
    text = "ISIS in a statement published on Twitter and the messaging service Telegram said a bomber struck."
    [found] = attributions(text, rules)
    assert (found.source, found.mention) == ("Islamic State", "ISIS")
    [plain] = attributions("The messaging service Telegram said it removed the channel.", rules)
    assert plain.source != "Islamic State"


def test_attribution_an_ngo_in_the_lead_is_the_monitor_named_later(rules):
    text = ("At least 15 people were killed in Homs on Thursday an NGO said. "
            "The Syrian Observatory for Human Rights said the toll could rise.")
    assert [a.source for a in attributions(text, rules)] == ["Syrian Observatory for Human Rights"] * 2


def test_attribution_state_television_is_not_the_state_news_agency(rules):
    # Syrian state television and SANA are two media of one government (one origin for
    # corroboration); "state television said" after SANA names the television
    text = "SANA reported that 10 people died. Later state television said the toll rose to 12."
    found = attributions(text, rules)
    assert [a.source for a in found] == ["SANA", "Syrian state television"]
    assert rules.registry.origin(rules.registry.get(found[1].source_id)).id == "syrian-government"


@pytest.mark.parametrize("text", [
    "Damascus Countryside Police Command said 9 people were hurt.",
    "A source at Damascus Countryside Police Command said 9 people were hurt.",
])
def test_attribution_a_named_body_after_a_capitals_alias_is_that_body(text, rules):
    # "Damascus" alone is the Syrian government; a three-word body named after it is its own source
    [found] = attributions(text, rules)
    assert found.source == "Damascus Countryside Police Command"
    [capital] = attributions("Damascus said 9 people were hurt.", rules)
    assert capital.source == "Syrian government"


@pytest.mark.parametrize("text, source", [
    ("A source at Damascus police told SANA that rockets hit houses.", "Damascus police"),
    ("A source at Damascus hospital said two bodies arrived.", "Damascus hospital"),
    ("Damascus Countryside Police Command official said 9 people were hurt.", "Damascus Countryside Police Command"),
])
def test_attribution_a_citys_body_is_not_the_government_its_name_stands_for(text, source, rules):
    [found] = attributions(text, rules)
    assert found.source == source


def test_attribution_the_day_before_opens_a_sentence_as_an_adverb(rules):
    [found] = attributions("The day before Russian Foreign Ministry official stated that Moscow was ready.", rules)
    assert found.source == "Russian government" and found.cue == "stated"
    # "a day after …" is still a clause about another event
    assert attributions("The raids came a day after the ministry said it would halt fire.", rules) == [None]


def test_attribution_he_is_the_unnamed_official_who_spoke_last(rules):
    text = ("Russian Foreign Ministry official stated that Moscow was ready. "
            "However he added that such cooperation has not been established.")
    assert [a.source for a in attributions(text, rules)] == ["Russian government"] * 2


def test_attribution_a_name_runs_on_from_a_plural_head_without_a_comma(rules):
    [found] = attributions("Qatar wants to protect the Syrian people Attiya said.", rules)
    assert found.source == "Attiya"
    [activists] = attributions("Local activists said 10 people died.", rules)
    assert activists.source_type == "anonymous"


def test_attribution_nobody_asserts_no_one(rules):
    assert attributions("No one could say who was responsible.", rules) == [None]


def test_attribution_a_news_conference_is_no_relay(rules):
    [found] = attributions("Kerry told a news conference that Saudi Arabia was ready.", rules)
    assert found.source == "John Kerry" and found.via == ()
    [agency] = attributions("Kerry told news agency AFP that Saudi Arabia was ready.", rules)
    assert agency.via == ("AFP",)


def test_attribution_a_one_word_outlet_name_needs_its_capital(rules):
    [monitors] = attributions("According to independent monitors hundreds of thousands died.", rules)
    assert monitors.source_type == "anonymous"
    [outlet] = attributions("According to the Independent hundreds of thousands died.", rules)
    assert outlet.source == "The Independent"


def test_attribution_a_head_of_state_after_his_countrys_name_speaks_for_himself(rules):
    [president] = attributions("United States President Barack Obama confessed the crisis could persist.", rules)
    assert (president.source, president.source_type, president.stance) == ("Barack Obama", "person", "committal")
    [commander] = attributions("US-led coalition commander Lt. Gen. Stephen Townsend said 20 died.", rules)
    assert (commander.source, commander.speaker) == ("US-led coalition", "Stephen Townsend")


def test_attribution_the_first_of_two_named_governments_governs(rules):
    [found] = attributions("Washington and Paris say forces loyal to Assad were behind the attack.", rules)
    assert found.source == "US government"


def test_attribution_an_officer_named_before_his_title_speaks_for_the_body(rules):
    text = ("Nasr al-Hariri Secretary General of the Syrian Coalition decries the silence over the massacre. "
            "Hariri also said that the bombing was systematic.")
    found = attributions(text, rules)
    assert [(a.source, a.speaker) for a in found] == [("Syrian National Coalition", "Nasr al-Hariri")] * 2
    assert found[0].stance == "accusing"


def test_attribution_claiming_responsibility_misspelt_still_does_not_distance(rules):
    [found] = attributions("In an online statement DAESH has claimed responsibilty for the attack.", rules)
    assert found.stance == "neutral"


def test_attribution_a_headline_verb_after_a_known_name_attributes_the_headline(rules):
    [found] = attributions("Tuesday 14 November 2017 Syrian Coalition Condemns Horrific Massacre in Atareb.", rules)
    assert (found.source, found.cue) == ("Syrian National Coalition", "Condemns")
    # a related link's headline gives way to the sentence's own cue
    [story] = attributions("Coalition Denies Strike Reports The Observatory said 10 died.", rules)
    assert story.source == "Syrian Observatory for Human Rights"
    # a capitalised word that is no name before it stays a headline word
    assert attributions("Bombing Claims 5 Lives in Idlib.", rules) == [None]


def test_attribution_regime_army_is_the_syrian_army(rules):
    [found] = attributions("Separately Saturday regime army said its troops repelled an attack.", rules)
    assert found.source == "Syrian army"


def test_attribution_an_officer_titled_before_the_body_speaks_for_it(rules):
    text = ("Vice-president of the Syrian Coalition Muwaffaq Nyrabiya said the escalation was deliberate. "
            "Nyrabiya pointed out that Russia wants a military solution.")
    found = attributions(text, rules)
    assert [(a.source, a.speaker) for a in found] == [("Syrian National Coalition", "Muwaffaq Nyrabiya")] * 2
    [spokesman] = attributions("Spokesman of the Turkish government Ibrahim Kalin said the talks failed.", rules)
    assert (spokesman.source, spokesman.speaker) == ("Turkish government", "Ibrahim Kalin")


def test_attribution_a_minister_titled_before_his_country_speaks_for_himself(rules):
    [minister] = attributions("Foreign Minister of Turkey Mevlut Cavusoglu said the talks failed.", rules)
    assert (minister.source, minister.source_type) == ("Mevlut Cavusoglu", "person")


@pytest.mark.parametrize("owner", ["The coalition's", "The coalitions"])  # FA-KES drops apostrophes
def test_attribution_a_bodys_spokesman_speaks_for_the_body(owner, rules):
    text = (f"The US-led coalition said it struck Raqqa. {owner} spokesman Colonel Ryan Dillon said it limits harm. "
            "He said rigorous standards were applied.")
    found = attributions(text, rules)
    assert [(a.source, a.speaker) for a in found[1:]] == [("US-led coalition", "Ryan Dillon")] * 2
    # with no body before the title, the spokesman is only himself
    [alone] = attributions("Spokesman Colonel Ryan Dillon said it limits harm.", rules)
    assert alone.source == "Ryan Dillon"


def test_attribution_a_un_envoy_speaks_for_the_united_nations(rules):
    [envoy] = attributions("UN envoy Staffan de Mistura said the talks would resume.", rules)
    assert (envoy.source, envoy.speaker) == ("United Nations", "Staffan de Mistura")


@pytest.mark.parametrize("text, source", [
    ("The Russian defence ministry said 120 fighters were killed.", "Russian Defence Ministry"),
    ("Russias defence ministry said 120 fighters were killed.", "Russian Defence Ministry"),   # apostrophe lost
    ("Russia's defence ministry said 120 fighters were killed.", "Russian Defence Ministry"),
    ("Puzzlingly the Observatory also said three commanders were dead.", "Syrian Observatory for Human Rights"),
])
def test_attribution_a_country_before_its_body_is_part_of_the_name(rules, text, source):
    # a place before a description is cut off ("Deir Ezzor state-run news agency"), but a
    # country's own ministry or army keeps its country; an opening -ly adverb is not a name
    (attribution,) = attributions(text, rules)
    assert attribution.source == source


def test_attribution_a_place_before_a_description_is_still_cut(rules):
    (attribution,) = attributions("Deir Ezzor state-run news agency said 3 died.", rules)
    assert attribution.source == "unnamed (state-run news agency)"


def test_attribution_the_capital_stands_for_the_body_that_just_spoke(rules):
    first, second, third = attributions(
        "The Russian defence ministry said 120 fighters were killed. Moscow reported the death of Shishani. "
        "The Pentagon said he died in 2016.", rules)
    assert first.source == second.source == "Russian Defence Ministry"
    assert second.rule.endswith("+metonym")
    assert third.source == "Pentagon"
    # with no body of that government speaking just before, the capital is the government
    (alone,) = attributions("Moscow reported the death of Shishani.", rules)
    assert alone.source == "Russian government"


def test_attribution_another_department_is_not_the_body_that_spoke_before(rules):
    texts = ("The Russian defence ministry spokesman Igor Konashenkov said 120 fighters were killed. "
             "The operation came as the Russian foreign minister said that Moscow would support armed groups.")
    first, second = attributions(texts, rules)
    assert first.source == "Russian Defence Ministry"
    assert second.source != "Russian Defence Ministry" and second.speaker is None


@pytest.mark.parametrize("text, source, speaker, via", [
    ("Speaking to AFP Observatory director Rami Abdel Rahman said nine were civilians.",
     "Syrian Observatory for Human Rights", "Rami Abdel Rahman", ("AFP",)),
    ("Speaking to AFP, Observatory director Rami Abdel Rahman said nine were civilians.",
     "Syrian Observatory for Human Rights", "Rami Abdel Rahman", ("AFP",)),
    ("Reuters quoting US officials said on Tuesday that two warplanes were above the convoy.",
     "unnamed (us officials)", None, ("Reuters",)),
])
def test_attribution_speaking_to_and_quoting_relay(rules, text, source, speaker, via):
    (attribution,) = attributions(text, rules)
    assert (attribution.source, attribution.speaker, attribution.via) == (source, speaker, via)


def test_attribution_based_on_reports_is_an_unnamed_hedged_source(rules):
    (attribution,) = attributions("Based on reports Taloul played a crucial role in the attacks.", rules)
    assert attribution.source == "unnamed" and attribution.cue == "Based on reports"


def test_attribution_a_member_of_a_unit_of_a_body_speaks_for_the_body(rules):
    first, second, third = attributions(
        "Member of the Syrian Coalitions political committee Adnan Rahmoun condemned the war crimes. "
        "He lamented the silence. Rahmoun called upon the UN Security Council to act.", rules)
    for attribution in (first, second, third):
        assert (attribution.source, attribution.speaker) == ("Syrian National Coalition", "Adnan Rahmoun")
    assert third.rule.endswith("+surname")


@pytest.mark.parametrize("text", [
    "Zakaria Malahifji head of the political office of the Aleppo-based opposition group Fastaqim told Reuters "
    "the truce had failed.",
    "Zakaria Malahifji head of the Aleppo-based opposition group Fastaqim told Reuters the truce had failed.",
])
def test_attribution_a_body_named_after_its_describing_words(rules, text):
    (attribution,) = attributions(text, rules)
    assert (attribution.source, attribution.speaker, attribution.via) == ("Fastaqim", "Zakaria Malahifji", ("Reuters",))


@pytest.mark.parametrize("text, source", [
    # an inverted subject followed by a second name for it still ends the clause
    ('Fifteen SARC volunteers were killed in the strike said the Civil Defence also known as the White Helmets.',
     "White Helmets"),
    # "the organization's head" scraped without its apostrophe
    ('"The planes are believed to be Russian" Rami Abdel-Rahman the organizations head said.',
     "Syrian Observatory for Human Rights"),
    ("Quoting reports from its local partners UNICEF said health workers pulled bodies from the rubble.", "UNICEF"),
])
def test_attribution_fresh_dev_constructions(rules, text, source):
    (attribution,) = attributions(text, rules)
    assert attribution.source == source


@pytest.mark.parametrize("text, source", [
    ("According to the Observatory DAESH has lost 463 fighters in the battle.", "Syrian Observatory for Human Rights"),
    ("According to the World Heath Organization Syria is the most dangerous country for medics.",
     "World Heath Organization"),
    ("According to Al-Manar Syrian forces have been carrying out an offensive.", "Al-Manar"),
    # a description, then the name it describes, is one span
    ("According to Lebanese Shiite paramilitary group Hezbollah more than 30 militants were killed.", "Hezbollah"),
    ("According to the Syrian Observatory for Human Rights ISIS lost 20 fighters.",
     "Syrian Observatory for Human Rights"),
])
def test_attribution_according_to_stops_before_the_clause_subject(rules, text, source):
    (attribution,) = attributions(text, rules)
    assert attribution.source == source


@pytest.mark.parametrize("text, source", [
    ("Another Syrian source inside the training camp told AFP that guards saw lights.",
     "unnamed (another syrian source inside the training camp)"),
    # a place described in lower case is no institution; a named one is
    ("A source inside the military camp told AFP that guards saw lights.", "unnamed (a source inside the military camp)"),
    ("A source at Aleppo Police Command told SANA that 5 died.", "Aleppo Police Command"),
    ('"IS managed to control parts of the field" the Syrian Observatory for Human Rights which relies on a wide '
     "network of sources in the war-torn country said.", "Syrian Observatory for Human Rights"),
])
def test_attribution_an_unnamed_source_in_a_place(rules, text, source):
    (attribution,) = attributions(text, rules)
    assert attribution.source == source


def test_attribution_interview_on_a_described_network_is_a_relay(rules):
    (attribution,) = attributions("Assad in an interview on the U.S. CBS television network denied any link.", rules)
    assert (attribution.source, attribution.via) == ("Bashar al-Assad", ("CBS News",))  # (the registry's name since the fifty-eighth session)


def test_attribution_the_free_army_is_the_free_syrian_army(rules):
    (attribution,) = attributions("The free army accused the ISIL of violating the cease-fire agreement.", rules)
    assert attribution.source == "Free Syrian Army"


@pytest.mark.parametrize("text, source", [
    ("On 2 July IS said its militants had destroyed six pieces from Palmyra.", "Islamic State"),   # not "is said"
    ('"All the evidence points to that conclusion" one of the officials said.', "unnamed (one of the officials)"),
    ("One of his relatives told AFP that both bride and groom were safe.", "unnamed (one of his relatives)"),
])
def test_attribution_the_group_is_and_one_of_the_officials(rules, text, source):
    (attribution,) = attributions(text, rules)
    assert attribution.source == source


@pytest.mark.parametrize("text, source, via", [
    ("The Syrian Observatory for Human Rights monitoring group confirmed the attack according to the newspaper.",
     "Syrian Observatory for Human Rights", ("newspaper",)),
    ("The international community must condemn this move Zarif said according to Press TV.",
     "Zarif", ("Press TV",)),
    ("Activists from the grassroots Local Coordination Committee reported 30 bodies according to Reuters.",
     "Local Coordination Committees", ("Reuters",)),
])
def test_attribution_a_trailing_according_to_a_medium_relays_the_speaker(rules, text, source, via):
    (attribution,) = attributions(text, rules)
    assert (attribution.source, attribution.via) == (source, via)


def test_attribution_a_role_after_a_description_speaks_for_the_body_the_text_called_so(rules):
    _, spoke = attributions("Kurdish YPG militia fighters captured the town from the Islamic State. "
                            "The city is ours militia spokesman Redur Xelil told Reuters.", rules)
    assert (spoke.source, spoke.speaker, spoke.via) == ("YPG", "Redur Xelil", ("Reuters",))
    _, army = attributions("The Syrian army captured the town. Army spokesman Ali Mayhoub said it was secured.", rules)
    assert (army.source, army.speaker) == ("Syrian army", "Ali Mayhoub")
    # with no such body in the text, the person is named from the text
    (alone,) = attributions("Army spokesman Ali Mayhoub said the town was secured.", rules)
    assert alone.source == "Ali Mayhoub"


def test_attribution_an_inverted_cue_closes_a_quotation_that_lost_its_closing_mark(rules):
    first, second = attributions('"The bombing of another hospital is an outrage said Silvia Dallatomasina MSFs '
                                 'medical manager of operations in northwest Syria. The hospital served as a '
                                 'referral centre.', rules)
    assert (first.source, first.speaker) == ("Doctors Without Borders", "Silvia Dallatomasina")
    assert second is None


@pytest.mark.parametrize("text, source", [
    ("10 October 2017 Russian Defense Ministry: More than 100 ISIS terrorists killed in Deir Ezzor.",
     "Russian Defence Ministry"),                                          # a date stamp before "X:"
    ("Syrian state media said the crash was due to a technical fault.", "SANA"),   # the country's own media
    ("The coalitions airstrike was part of the offensive the Syrian state broadcaster reported.",
     "Syrian state television"),
    ("The Observatory and the LCC said the town was under attack.", "Syrian Observatory for Human Rights"),
])
def test_attribution_dated_headlines_state_media_and_the_first_of_two(rules, text, source):
    (attribution,) = attributions(text, rules)
    assert attribution.source == source


def test_attribution_a_source_never_relays_itself(rules):
    _, attribution = attributions("SANA reported a blast in Jaramana. Syrian state media reports that at least 18 "
                                  "people were killed in a bomb the latest in a spate of blasts state media said.", rules)
    assert attribution.source == "SANA" and "SANA" not in attribution.via


@pytest.mark.parametrize("text, source", [
    ("Doctor Ibrahim al-Assad a neurologist in Saraqib said he treated 16 cases.", "Ibrahim al-Assad"),
    ("Maysa al-Aswad a 30-year-old evacuee from Kafraya said she was on one of the buses.", "Maysa al-Aswad"),
    ("Get short URL 9832 A source told Sputnik that 70 died.", "unnamed (a source)"),
    ("28 terrorists were killed including a leader who is nicknamed Abu Moussa the source said.", "unnamed (the source)"),
    # a name that begins with "The" stays whole
    ("On Sunday Zouhir al-Shimale The New Arabs correspondent in east Aleppo reported that 15 died.", "The New Arab"),
])
def test_attribution_appositions_and_page_debris_before_the_speaker(rules, text, source):
    (attribution,) = attributions(text, rules)
    assert attribution.source == source


def test_attribution_the_correspondent_is_the_outlet_whose_correspondent_the_text_named(rules):
    document = Document(id="x", origin="x", outlet="alalam",
                        text="SANAs correspondent quoted a source at Aleppo Police Command as saying that 3 died. "
                             "The correspondent said the attacks claimed the lives of 3 people.")
    sentences = split_sentences(document.text, abbreviations=rules.abbreviations)
    _, second = attribute(sentences, rules=rules, document=document)
    assert second.source == "SANA"


@pytest.mark.parametrize("text, source, via", [
    ('"The crew died" the Russian military was quoted as saying by Interfax news agency.',
     "Russian Defence Ministry", ("Interfax",)),  # (the agency's own name, as "quoted by Interfax" below)
    ("The minister was quoted by Interfax as saying the talks failed.", "unnamed (the minister)", ("Interfax",)),
    ("The statement by the Russian defence ministry said that the pilots were on a test flight.",
     "Russian Defence Ministry", ()),
    ("The British-based Observatory which has a network of sources in Syria said 36 died.",
     "Syrian Observatory for Human Rights", ()),
    ("Date of publication 27 October 2016 State media says rebel forces have hit a school.",
     "unnamed (state media)", ()),
    ("Analysts estimate that around 400000 people have been killed.", "unnamed (analysts)", ()),
])
def test_attribution_fresh_dev_round_17_constructions(rules, text, source, via):
    (attribution,) = attributions(text, rules)
    assert (attribution.source, attribution.via) == (source, via)


def test_attribution_initial_reports_name_no_speaker(rules):
    assert attributions("Initial reports of 20+ killed & many injured.", rules) == [None]


def test_attribution_the_object_of_a_relative_clause_is_not_the_speaker(rules):
    text = ("The Syrian Observatory for Human Rights reported six deaths. The UK-based group which advocates "
            "the Syrian opposition said six more people died.")
    first, second = attributions(text, rules)
    assert second.source == "Syrian Observatory for Human Rights" and second.rule.startswith("attr.subject-cue.distant")


def test_attribution_a_director_at_a_described_group_speaks_for_the_group_named_before(rules):
    text = ('Human Rights Watch documented mines in the town. Ole Solvang deputy emergencies director at the '
            'New York-based group says IS "mined virtually everything."')
    first, second = attributions(text, rules)
    assert second.source == "Human Rights Watch" and second.rule.endswith("+description")


def test_attribution_another_mediums_own_voice_is_not_relayed(rules):
    text = ('SANA said planes targeted "terrorist" positions in the south as an AFP journalist in Aleppo said '
            'air strikes could be heard.')
    (attribution,) = attributions(text, rules)
    assert (attribution.source, attribution.via) == ("SANA", ())


@pytest.mark.parametrize("text, source", [
    # a participle cue after the main verb's object: the sentence's subject speaks
    ("John Kerry also met British Foreign Secretary Boris Johnson in London stating that sanctions were "
     "considered.", "John Kerry"),
    ("The Syrian Coalition extends condolences to the families stressing that the regime is responsible.",
     "Syrian National Coalition"),
    ("Russia vetoed the resolution saying it was one-sided.", "Russian government"),
    ("A resident of Homs corroborated that account saying he heard blasts for an hour.", "unnamed (a resident of homs)"),
    # … but an absolute clause with "with" has its own subject, and a perceived speaker speaks
    ("Turkish-backed militants seized the city with Ankara saying that it wanted a safe zone.", "Turkish government"),
    ("A video showed Col. Abdul Jabbar Akidi a member of the FSA military council announcing reinforcements.",
     "Free Syrian Army"),
])
def test_attribution_participle_cue_after_an_object(rules, text, source):
    (attribution,) = attributions(text, rules)
    assert attribution is not None and attribution.source == source


def test_attribution_it_is_worth_noting_is_the_outlets_voice(rules):
    assert attributions("It is worth noting that the crossing was closed.", rules) == [None]


@pytest.mark.parametrize("text", [
    "Syrian regime forces killed 48 alleged rebels in Hardatnin village in Aleppo.",  # an adjective
    "The US and allies use the Incirlik air base to bomb purported ISIL positions in Syria.",
    "The US has been moving warships closer to Syria based on conflicting reports over an attack.",
    "Qamishli is under the control of the Syrian regime and Kurdish authorities who have declared zones of autonomy.",
    "Aid groups helped the families of the regime envoy who blamed France for the massacre on Monday.",
    "On Wednesday Russias Defense Ministry declared a 48-hour truce in Aleppo.",   # an act, not a report
    "Rebels held the town for two years before the army took it back.",            # held, not responsible
    "Tuesdays reports came on the eve of a major international meeting in Brussels.",
    "The militants have declared an autonomous region across the northern areas they hold.",
    "He gave a speech in Damascus.",                                               # no toll given
    "The activist-operated Idlib News network which gave a lower toll of 17 was founded in 2013.",
])
def test_attribution_declaring_or_giving_without_a_report_is_no_attribution(rules, text):
    assert attributions(text, rules) == [None]


@pytest.mark.parametrize("text, source, speaker", [
    ("SANA reporter in Aleppo said five people died.", "SANA", None),
    ("A civil defense official in Idlib Leys el-Faris told Anadolu Agency four civilians were killed.",
     "White Helmets", "Leys el-Faris"),
    ("The UN Resident Representative in Syria Ali al-Zaatari said the office was shelled.", "United Nations",
     "Ali al-Zaatari"),
])
def test_attribution_a_place_after_a_known_body_is_no_speaker(rules, text, source, speaker):
    (attribution,) = attributions(text, rules)
    assert (attribution.source, attribution.speaker) == (source, speaker)


def test_attribution_a_described_relay_is_the_medium_the_text_named(rules):
    text = ("The Times of Israel reported the strike on the base. The Syrian Observatory for Human Rights "
            "confirmed the attack according to the newspaper.")
    first, second = attributions(text, rules)
    assert (second.source, second.via) == ("Syrian Observatory for Human Rights", ("Times of Israel",))
    [alone] = attributions("The Observatory confirmed the attack according to the newspaper.", rules)
    assert alone.via == ("newspaper",)  # no medium named: the description stays as written


def test_attribution_an_indefinite_described_relay_is_no_medium_named_later(rules):
    told, later = attributions('"There were about 200 people inside," Mayor Ihor Terekhov told local television. '
                               "The Defence Ministry said it struck a command post, RIA Novosti reported.", rules)
    assert (told.source, told.via) == ("Ihor Terekhov", ("local television",))
    assert later.via == ("RIA Novosti",)
    # "the newspaper" before the paper is named still refers to it
    first, _ = attributions("The Observatory confirmed the attack, according to the newspaper. "
                            "The Times of Israel reported the strike on the base.", rules)
    assert first.via == ("Times of Israel",)


def test_attribution_a_source_who_said_to_an_agency_is_relayed_by_it(rules):
    [found] = attributions('Reuters reported a military source who said "The battles are ongoing."', rules)
    assert (found.source, found.via) == ("unnamed (a military source)", ("Reuters",))


def test_attribution_an_ambassador_speaks_for_himself_and_responded_reports(rules):
    [found] = attributions('Asked about the attack Russias UN ambassador Vitaly Churkin responded "Its horrible."',
                           rules)
    assert (found.source, found.cue) == ("Vitaly Churkin", "responded")
    [deputy] = attributions('Russias Deputy Ambassador Vladimir Safronkov said he was "amazed at this conclusion."', rules)
    assert deputy.source == "Vladimir Safronkov"
    assert attributions("The army responded with heavy firepower to the attack.", rules) == [None]


def test_attribution_the_group_is_never_a_person_and_a_registered_description_names_its_source(rules):
    text = ('Russias UN ambassador Vitaly Churkin said "Its horrible." '
            'A leading opposition group condemned the raids.')
    first, second = attributions(text, rules)
    assert first.source == "Vitaly Churkin" and second.source_type != "person"
    text = "Turkey PM says it aims to develop relations. The Britain-based monitoring group said 12 died."
    first, second = attributions(text, rules)
    assert second.source == "Syrian Observatory for Human Rights"


def test_attribution_an_official_is_no_official_medium(rules):
    first, second = attributions("Sputnik reported the strikes. An official said the unit has a recording.", rules)
    assert second.source == "unnamed (an official)"


def test_attribution_a_state_agency_described_before_the_text_names_it_through_a_relay(rules):
    text = ("Militants killed five civilians in Deir Ezzor the state-run news agency said. "
            "SANA reporter quoted residents as saying that the victims were crucified.")
    first, second = attributions(text, rules)
    assert first.source == "SANA" and second.via == ("SANA",)



def test_attribution_a_surname_is_the_body_an_earlier_sentence_introduced_him_with(rules):
    text = ("The head of UNICEF Anthony Lake visited the school. "
            "Lake said the attack was an outrage. "
            "He added that 22 children died.")
    intro, said, added = attributions(text, rules)
    assert intro is None  # visiting is not asserting
    assert (said.source, said.speaker, said.mention) == ("UNICEF", "Anthony Lake", "Lake")
    assert said.rule.endswith("+introduced")
    assert (added.source, added.speaker) == ("UNICEF", "Anthony Lake")


def test_attribution_a_full_name_again_is_the_body_it_was_introduced_with(rules):
    text = ("Hamza Khatib the manager of Al-Quds hospital told Reuters 20 people died. "
            "On Sunday Hamza Khatib said the hospital was hit again.")
    first, second = attributions(text, rules)
    assert (second.source, second.speaker) == ("Al-Quds hospital", "Hamza Khatib")


def test_attribution_a_surname_with_no_body_introduced_stays_the_person(rules):
    text = ("Homs Governor Talal Barazi visited the site. "
            "Barazi said 12 people died.")
    assert attributions(text, rules)[1].source_type == "person"  # a governor speaks for himself


def test_attribution_he_is_the_titled_person_introduced_since_the_last_speaker(rules):
    text = ("The Observatory said 36 people died. "
            "The incident prompted outrage from UNICEF director Anthony Lake. "
            '"This is a tragedy. It is a war crime" he said.')
    results = attributions(text, rules)
    assert results[0].source == "Syrian Observatory for Human Rights"
    assert results[1] is None
    assert (results[-1].source, results[-1].speaker) == ("UNICEF", "Anthony Lake")
    assert results[-1].rule.endswith("+pronoun-introduced")
    assert results[-2].source == "UNICEF"  # the quotation it closes, carried back


@pytest.mark.parametrize("text", [
    # a name with no title is not an introduction: "she" keeps the speaker before
    "We had to leave said Samira 55. Like Noha Samira was relieved to have escaped. Now we have nothing she said.",
    # someone spoke since the introduction: the usual reading of the pronoun
    "UNICEF director Anthony Lake visited. Rami Abdulrahman who runs the Syrian Observatory for Human Rights said "
    "19 died. One civilian was also killed he said.",
])
def test_attribution_he_is_not_a_name_introduced_without_a_title_or_before_a_speaker(rules, text):
    last = attributions(text, rules)[-1]
    assert last.source != "UNICEF" and "Noha" not in last.source


@pytest.mark.parametrize("text, source, speaker", [
    # a body after the title: the body, through him
    ("Mohammed Ali a commander of the Sultan Murad brigade fighting near Aleppo said 12 died.",
     "Sultan Murad brigade", "Mohammed Ali"),
    # a governor of a place speaks for himself (fixtures/gold/GUIDELINES.md)
    ("Ercan Topaca the Governor of Hatay a Turkish province on the other side of the border from Idlib "
     "told Anadolu Agency that four people injured in the blast are being treated.", "Ercan Topaca", "Ercan Topaca"),
    # the body the apposition describes, named before
    ("The Union of Syrian Medical Relief Organisations said a clinic was hit. "
     "Ahmed Dbais the groups hospitals and trauma director said five medics died.",
     "Union of Syrian Medical Relief Organisations", "Ahmed Dbais"),
])
def test_attribution_a_name_then_an_apposition_without_commas_speaks(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)
    assert last.rule.startswith("attr.subject-cue.apposed")


@pytest.mark.parametrize("text", [
    "Ahmed Dbais the groups hospitals and trauma director was killed and the army said 12 died.",  # a clause of its own
    "Ahmed Dbais the baker from Aleppo said he lost everything.",  # no title
])
def test_attribution_an_apposition_needs_a_title_and_no_clause(rules, text):
    last = attributions(text, rules)[-1]
    assert last is None or not last.rule.startswith("attr.subject-cue.apposed")


def test_attribution_the_watchdog_may_be_a_rights_group(rules):
    text = ("Human Rights Watch said the strike killed 38 people. "
            "Lama Fakih the New York-based watchdogs deputy for Mideast and North Africa told the AP the mosque was hit.")
    assert attributions(text, rules)[-1].source == "Human Rights Watch"


def test_attribution_he_is_the_titled_person_a_body_s_sentence_introduced(rules):
    text = ("The strikes hit the village according to the Syrian Observatory for Human Rights prompting outrage "
            "from UNICEF director Anthony Lake. "
            '"This is a tragedy" he said.')
    first, second = attributions(text, rules)
    assert first.source == "Syrian Observatory for Human Rights"
    assert (second.source, second.speaker) == ("UNICEF", "Anthony Lake")


def test_attribution_a_registered_body_s_spokesman_after_military_ranks_is_its_speaker(rules):
    text = ('"The strikes were executed to deny Daesh the ability to move" said coalition spokesman '
            'Lt. Col. Thomas Gilleran. "This was one of the largest engagements" he said.')
    first, second = attributions(text, rules)
    assert (first.source, first.speaker) == ("US-led coalition", "Thomas Gilleran")
    assert (second.source, second.speaker) == ("US-led coalition", "Thomas Gilleran")


@pytest.mark.parametrize("text, source", [
    ("Several days before the Russian Defense Ministry announced that an airstrike killed 49 militants.",
     "Russian Defence Ministry"),
    ("The raids came two days before the ministry said it would halt fire.", None),  # a clause of time
])
def test_attribution_a_time_before_opening_the_sentence_is_no_clause(rules, text, source):
    found = attributions(text, rules)[0]
    assert (found.source if found else None) == source


def test_attribution_claiming_earlier_attacks_is_background_not_a_report(rules):
    text = ("It was not immediately clear who carried out the attack but the Takfiri group ISIL has claimed "
            "previous bombings in the mainly Kurdish city.")
    assert attributions(text, rules) == [None]
    assert attributions("ISIL has claimed the bombings in the city.", rules)[0].source == "Islamic State"


@pytest.mark.parametrize("text, source", [
    ("The deaths came a day after the UN childrens agency UNICEF said 22 children had been killed.", None),
    ("After the strike the Observatory said 22 children had been killed.", "Syrian Observatory for Human Rights"),
])
def test_attribution_a_time_clause_opening_before_a_described_name_is_not_the_sentence_s(rules, text, source):
    found = attributions(text, rules)[0]
    assert (found.source if found else None) == source


def test_attribution_a_spokesman_for_a_body_after_his_name_speaks_for_it(rules):
    text = ('"Regime forces targeted Waer" Mohammad Sibai a spokesman for the opposition-aligned Homs Media Centre '
            'told The New Arab. Sibai added that 14 missiles hit.')
    first, second = attributions(text, rules)
    assert (first.source, first.speaker, first.via) == ("Homs Media Centre", "Mohammad Sibai", ("The New Arab",))
    assert (second.source, second.speaker) == ("Homs Media Centre", "Mohammad Sibai")
    # "for" inside a body's own name is no membership
    (typo,) = attributions("At least 19 died according to the Syrian Obervatorty for Human Rights.", rules)
    assert typo.speaker is None and "Obervatorty" in typo.source


@pytest.mark.parametrize("text, source", [
    ("Three civilians died according to media activist Musafa Abu Mohammad.", "Musafa Abu Mohammad"),
    ("Three civilians died according to media reports.", "unnamed (media reports)"),
])
def test_attribution_according_to_media_then_a_person_names_him(rules, text, source):
    assert attributions(text, rules)[0].source == source


# Punctuated wire copy (the rules were written on FA-KES, which lost its commas): an insertion set
# off by two commas between the speaker and the verb is read as FA-KES would print it.
PUNCTUATED = [
    ("Jens Laerke, a spokesman for the U.N. Office for the Coordination of Humanitarian Affairs, said the "
     "convoy had been hit.", "OCHA", "Jens Laerke"),
    ("The strikes killed at least 30 people, the Syrian Observatory for Human Rights, a Britain-based "
     "monitoring group, said.", "Syrian Observatory for Human Rights", None),
    ("Activists, however, said the death toll was higher.", "unnamed (activists)", None),
    ("Lt. Gen. Stephen Townsend, the coalition commander, told reporters the offensive would take months.",
     "US-led coalition", "Stephen Townsend"),  # (his ranks dropped: fifty-first session)
    ("Ahmed al-Khatib, a doctor at the hospital, said 15 bodies had been brought in.", "Ahmed al-Khatib",
     "Ahmed al-Khatib"),
    ('"There is no ceasefire," a rebel commander in Aleppo, who asked not to be named, told AFP.',
     "unnamed (a rebel commander in aleppo)", None),
    ("UNICEF's executive director, Anthony Lake, said the attack was a war crime.", "UNICEF", "Anthony Lake"),
    ('"We are horrified," said Marianne Gasser, head of the International Committee of the Red Cross.',
     "International Committee of the Red Cross", "Marianne Gasser"),
    ("The ministry, however, denied the report.", "unnamed (the ministry)", None),
    ("The rebels, for their part, said they had repelled the attack.", "unnamed (the rebels)", None),
    ("The Observatory, which is based in Britain, said 20 fighters died.", "Syrian Observatory for Human Rights", None),
    ("Residents, reached by telephone, said the shelling had not stopped.", "unnamed (residents)", None),
    # a minister speaks for himself (fixtures/gold/GUIDELINES.md), titled in lower case too
    ("Turkey's foreign minister, Mevlut Cavusoglu, said the talks had failed.", "Mevlut Cavusoglu", "Mevlut Cavusoglu"),
    # "US" is a whole word, not the "us" of "House"
    ("White House spokesman Josh Earnest, asked about the strikes, said the U.S. was concerned.",
     "US government", "Josh Earnest"),
    ("The Pentagon's press secretary, Peter Cook, said the strike was aimed at an al Qaeda leader.",
     "Pentagon", "Peter Cook"),
    ("A source with the Free Syrian Army told Reuters the rebels advanced.", "Free Syrian Army", None),
    ("Iran's official IRNA news agency said the talks had ended.", "IRNA", None),
    # (an unnamed member of a named body is that body: fixtures/gold/GUIDELINES.md)
    ("An official with the Syrian Democratic Forces, who declined to be identified, said the offensive would "
     "begin soon.", "Syrian Democratic Forces", None),
    ("The agency, which is close to the Islamic State group, said the fighters had taken the base.",
     "unnamed (the agency)", None),
    ("Sources close to the talks said an agreement was near.", "unnamed (sources)", None),
    ("Zeid Ra'ad al-Hussein, the U.N. High Commissioner for Human Rights, said the siege was a crime.",
     "United Nations", "Zeid Ra'ad al-Hussein"),
]


@pytest.mark.parametrize("text, source, speaker", PUNCTUATED)
def test_attribution_punctuated_insertions_before_the_verb(rules, text, source, speaker):
    (found,) = attributions(text, rules)
    assert (found.source, found.speaker) == (source, speaker)
    assert found.mention is None or found.mention in text  # the mention as the text writes it


@pytest.mark.parametrize("text, source, via", [
    # a comma that ends an opening phrase or a clause before a trailing relay is kept
    ("Citing the head of the Syrian Observatory for Human Rights, the Independent reports that 53 civilians died.",
     "Syrian Observatory for Human Rights", ("The Independent",)),
    ('"The targets were command posts," declared the Russian ministry, reports Reuters.',
     "Russian Defence Ministry", ("Reuters",)),
])
def test_attribution_punctuation_that_ends_a_phrase_is_kept(rules, text, source, via):
    (found,) = attributions(text, rules)
    assert (found.source, found.via) == (source, via)


def test_attribution_a_place_and_a_title_without_a_name_is_the_office_not_the_place(rules):
    (found,) = attributions("Aleppo Governor for his part affirmed that all demands were met.", rules)
    assert found.source == "Aleppo Governor"
    (found,) = attributions("In Paris Fabius said that talks would resume.", rules)
    assert found.source.endswith("Fabius")  # a place after a preposition, then the speaker


@pytest.mark.parametrize("text", [
    "A Syrian military source, quoted by state news agency SANA, said the army had killed dozens of terrorists.",
    "A military source quoted by SANA said the army had killed dozens.",
])
def test_attribution_quoted_by_an_agency_between_speaker_and_verb_is_a_relay(rules, text):
    (found,) = attributions(text, rules)
    assert (found.source_type, found.via) == ("anonymous", ("SANA",))


def test_attribution_a_surname_is_the_full_name_a_titled_introduction_gave(rules):
    text = "Qatari Foreign Minister Khaled al-Attiya met Kerry. Attiya said Qatar would help."
    assert attributions(text, rules)[1].source == "Khaled al-Attiya"  # a minister speaks for himself
    text = "Like Noha Samira was relieved. Samira said she would leave."
    assert attributions(text, rules)[1].source == "Samira"  # no title: no introduction read


def test_attribution_a_titled_name_after_a_body_s_unnamed_spokesman_is_that_spokesman(rules):
    text = ('The jets intervened to protect Kurdish forces a Pentagon spokesman said Friday. '
            '"This was done as a measure to protect coalition forces" Captain Jeff Davis said.')
    first, second = attributions(text, rules)
    assert first.source == "Pentagon"
    assert (second.source, second.speaker) == ("Pentagon", "Jeff Davis")
    # an untitled name is somebody else
    text = 'A Pentagon spokesman said the jets intervened. "It was horrible" Ahmed Khalil said.'
    assert attributions(text, rules)[1].source == "Ahmed Khalil"


def test_attribution_a_medium_named_before_its_description_is_that_medium(rules):
    text = "At least 14 civilians were killed in northern Syria Al Mayadeen TV channel reported on Sunday."
    assert attributions(text, rules)[0].source == "Al Mayadeen"
    # a country before "state media" stays a place
    assert attributions("Clashes erupted in southern Syria state media said.", rules)[0].source_type == "anonymous"


def test_attribution_introductions_are_read_once_per_sentence_however_long_the_document(rules, monkeypatch):
    # a full name quoted again and again must not re-read (let alone recursively) every sentence before
    import verify.attribution as module
    calls = []
    real = module._introductions

    def counting(index, **kwargs):
        calls.append(index)
        return real(index, **kwargs)

    monkeypatch.setattr(module, "_introductions", counting)
    n = 200
    text = " ".join(f"Hamza Khatib said {i} people died in Kafr{i}. He added that the shelling went on."
                    for i in range(n))
    results = attributions(text, rules)
    assert all(r is not None for r in results)
    assert len(calls) <= 4 * 2 * n  # each earlier sentence read a bounded number of times


@pytest.mark.parametrize("text, source", [
    ("The Kurdish Red Crescent said 40 civilians were killed in Afrin.", "Kurdish Red Crescent"),
    ("The Turkish Red Crescent said 40 civilians were killed.", "Turkish Red Crescent"),
    ("The Red Crescent said 40 civilians were killed.", "Syrian Arab Red Crescent"),
    ("Syrias Red Crescent said 40 civilians were killed.", "Syrian Arab Red Crescent"),
])
def test_attribution_a_national_red_crescent_is_its_own_source(rules, text, source):
    # two societies reporting the same toll are two origins, not one repeated
    assert attributions(text, rules)[0].source == source


@pytest.mark.parametrize("text", [
    "SANA said 20 mortar rounds were fired, according to a police source.",
    "SANA said 20 mortar rounds were fired according to a police source.",
])
def test_attribution_a_medium_saying_what_a_source_told_it_relays_the_source(rules, text):
    (found,) = attributions(text, rules)
    assert (found.source_type, found.via) == ("anonymous", ("SANA",))


@pytest.mark.parametrize("name, kind", [
    ("Ansar al-Sharia", "armed group"), ("Liwa al-Quds", "armed group"), ("Faylaq al-Rahman", "armed group"),
    ("Ahmad Ansari", "person"),
])
def test_attribution_arabic_names_of_armed_groups_are_not_persons(name, kind):
    from verify.attribution import _guess_type
    assert _guess_type(name) == kind


@pytest.mark.parametrize("text, source, speaker", [
    # a comma glued to the next word never glues two words together
    ("Jens Laerke,a spokesman for OCHA, said the convoy was hit.", "OCHA", "Jens Laerke"),
    ("The Observatory,however, said 30 people died.", "Syrian Observatory for Human Rights", None),
    # an adjunct between commas is read as it stands
    ("The Russian Defence Ministry denied it. The ministry, in a statement, said 20 died.",
     "Russian Defence Ministry", None),
    # a senator speaking after a body's official is the senator
    ("A Pentagon official said 12 targets were hit. Senator John McCain said the strikes were too little.",
     "John McCain", "John McCain"),
])
def test_attribution_review_findings_on_the_new_readings(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)
    assert last.mention is None or last.mention in text


def test_attribution_no_relay_across_a_semicolon(rules):
    (found,) = attributions("SANA reported the army's advance; according to the Observatory, rebels still hold "
                            "the town.", rules)
    assert found.source == "Syrian Observatory for Human Rights" and found.via == ()


@pytest.mark.parametrize("text, source, speaker", [
    # an envoy to a body is not its member: he speaks for himself, named before or after the title
    ("Bashar al-Jaafari, Syria's ambassador to the UN, said the report was biased.",
     "Bashar al-Jaafari", "Bashar al-Jaafari"),
    ("Bashar al-Jaafari Syrias ambassador to the UN said the report was biased.",
     "Bashar al-Jaafari", "Bashar al-Jaafari"),
    ("Russian ambassador to the UN Vitaly Churkin said the report was biased.", "Vitaly Churkin", "Vitaly Churkin"),
    # unnamed, he is the ambassador, not the body he is sent to
    ("The British ambassador to the United Nations said Wednesday it was sarin.", "British ambassador", None),
    # a UN envoy still speaks for the UN (fixtures/gold/GUIDELINES.md)
    ("The UN envoy Staffan de Mistura said talks would resume.", "United Nations", "Staffan de Mistura"),
])
def test_attribution_an_envoy_to_a_body_is_not_the_body(rules, text, source, speaker):
    [found] = attributions(text, rules)
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker, via", [
    # a number counts the words before the cue: the source is after it
    ("Rebel fire killed 1102 people said the Observatory adding that 234 of them were children.",
     "Syrian Observatory for Human Rights", None, ()),
    # after "Speaking to <outlet>" the outlet's exact name ends where the person's begins
    ("Speaking to Anadolu Agency Yusuf el-Bustani a local activist said regime forces were attacking.",
     "Yusuf el-Bustani", "Yusuf el-Bustani", ("Anadolu Agency",)),
    # "quoting X as …" after a medium's report: X speaks, the medium relays
    ("SANA news agency reported the attack quoting Homs Governor Talal al-Barazi as putting the toll at six.",
     "Talal al-Barazi", "Talal al-Barazi", ("SANA",)),
    ("SANA reported quoting a police source as saying six died.", "unnamed (a police source)", None, ("SANA",)),
    # who had no comment, then spoke
    ("Asked about the incident the coalition had no immediate comment but said it was looking into it.",
     "US-led coalition", None, ()),
    # "government run" without its hyphen
    ("Syrias government run TV said the explosion took place in Al Kalassa.", "Syrian state television", None, ()),
    # an acronym before a title is the body the officer speaks for
    ("PYD spokesman Nawaf Khalil said the reasons are unknown.", "Democratic Union Party", "Nawaf Khalil", ()),
])
def test_attribution_round_19_constructions(rules, text, source, speaker, via):
    [found] = attributions(text, rules)
    assert (found.source, found.speaker, found.via) == (source, speaker, via)


def test_attribution_a_surname_after_the_object_of_the_content_is_the_speaker(rules):
    text = ("PYD spokesman Nawaf Khalil said the reasons are unknown. "
            "This attack is meant to hit the whole region on the pretext of fighting the PKK Khalil said.")
    first, second = attributions(text, rules)
    assert (second.source, second.speaker, second.mention) == ("Democratic Union Party", "Nawaf Khalil", "Khalil")
    # without a person who spoke before, the words stay what they are
    [alone] = attributions("The attack is meant to hit the whole region on the pretext of fighting the PKK Khalil said.",
                           rules)
    assert alone.speaker != "Nawaf Khalil"


def test_attribution_quoting_that_opens_the_sentence_leaves_the_main_clause_to_speak(rules):
    [found] = attributions("Quoting reports from its partners UNICEF said health workers pulled bodies out.", rules)
    assert found.source == "UNICEF"


@pytest.mark.parametrize("name", ["PYD", "The Kurdish PYD", "PM Summit"])
def test_attribution_an_acronym_is_never_typed_a_person(name):
    from verify.attribution import _guess_type
    assert _guess_type(name) != "person"


def test_attribution_they_after_plural_unnamed_sources_is_those_sources(rules):
    text = ('The SOHR announced on Sunday that 300 died. Military sources had announced that infighting '
            'intensified. "The farms of Douma have also seen heavy fighting" they added.')
    *_, last = attributions(text, rules)
    assert last.source == "unnamed (military sources)"
    # a singular unnamed source is not "they"
    text = 'The SOHR announced on Sunday that 300 died. A military source said it intensified. They added 20 died.'
    *_, last = attributions(text, rules)
    assert last.source == "Syrian Observatory for Human Rights"


@pytest.mark.parametrize("text, source", [
    ("And the United Nations has raised concern about the fate of 200000 people.", "United Nations"),
    ("Shiite-dominated Iran has repeatedly raised concerns for the residents of Fuaa.", "Iranian government"),
    ("After examining the atrocities committed by rebels Navi Pillay said executions were committed.", "Navi Pillay"),
])
def test_attribution_concern_and_a_name_after_a_plural_object(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source


@pytest.mark.parametrize("text", [
    "Kremlin spokesman Dmitry Peskov expressed condolences over the deaths of the five soldiers.",
    "The capture has raised concerns of a siege.",
])
def test_attribution_condolences_and_a_thing_s_concerns_report_nothing(rules, text):
    assert attributions(text, rules) == [None]


def test_attribution_what_a_picture_purports_to_show_has_no_speaker_but_stays_hedged(rules):
    text = "Photos shared widely on social networks by Syrian opposition on Monday purported to depict the craft."
    assert attributions(text, rules) == [None]
    from verify.hedging import assess_hedge
    assert assess_hedge(text, rules=rules).level != "none"


@pytest.mark.parametrize("text, source", [
    # an opening phrase, a known name and its verb, then the participle cue
    ("In a post on its Twitter account Lebanese resistance movement Hezbollah identified one of those slain "
     "as Abu Obaida adding that the militant was killed in Serghaya.", "Hezbollah"),
    ("On Thursday Syrian President Bashar al-Assad issued an ultimatum to rebels stating that the fight "
     "would go on.", "Bashar al-Assad"),
])
def test_attribution_a_participle_after_a_named_subject_and_its_verb(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source


def test_attribution_a_participle_after_an_unknown_name_stays_unattributed(rules):
    assert attributions("In the morning Ahmed Zaki walked home saying nothing.", rules) == [None]


@pytest.mark.parametrize("text, source, speaker", [
    # the first of two subjects opening the sentence governs
    ("Assads regime and Russia have accused rebels of using toxic gas.", "Syrian government", None),
    ("The Russian government and Syrian regime blamed their foes for breaking the ceasefire.",
     "Russian government", None),
    ("Syria and its ally Russia deny Damascus carried out any such chemical attack.", "Syria", None),
    # a place before "and" belongs to the content
    # "the army" of a story set in Syria (Aleppo lies within it) is Syria's; with no country, unnamed
    ("Rebels seized Aleppo and the army said it would retake it.", "Syrian army", None),
    ("Rebels seized the town and the army said it would retake it.", "unnamed (the army)", None),
    # unnamed people in pairs stay together; a list that lost its commas is not a first subject
    ("Patients and staff reported suffering severe respiratory symptoms.", "unnamed (patients and staff)", None),
    # an acronym in brackets names the body its description only describes
    ("Air strikes killed 25 children in eastern Syria the United Nations childrens agency (UNICEF) has said.",
     "UNICEF", None),
    # but a name with its own acronym keeps its speaker
    ("Rami Abdel Rahman the head of the London-based Syrian Observatory for Human Rights (SOHR) said 20 died.",
     "Syrian Observatory for Human Rights", "Rami Abdel Rahman"),
    ("Earlier today the Syrian Army refuted terrorists claims about winning back a key district.", "Syrian army", None),
])
def test_attribution_round_20_subjects(rules, text, source, speaker):
    [found] = attributions(text, rules)
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_the_same_source_and_a_described_body_s_spokesman(rules):
    text = ("Rami Abdel Rahman told AFP 20 died. Rebels fired rockets on Damascus killing three civilians "
            "Friday the same source said.")
    _, same = attributions(text, rules)
    assert (same.source, same.speaker, same.via) == ("Syrian Observatory for Human Rights", "Rami Abdel Rahman",
                                                     ("AFP",))
    text = "The Syria Civil Defence posted a video. The organisations spokesman said that barrels fell."
    _, spokesman = attributions(text, rules)
    assert spokesman.source == "White Helmets"
    # with no body of that kind named before, the spokesman stays unnamed
    [alone] = attributions("The organisations spokesman said that barrels fell.", rules)
    assert alone.source_type == "anonymous"


def test_attribution_he_after_a_person_introduced_by_name_alone(rules):
    text = ('A witness named Ahmad who was wounded in the blast described the moment the bomber struck. '
            '"I saw a man pass beside me" he said.')
    _, said = attributions(text, rules)
    assert (said.source, said.speaker) == ("Ahmad", "Ahmad")
    text = "Ziad 13 suffered a head injury in the strike. I was coming back from school when it hit he told AFP."
    _, told = attributions(text, rules)
    assert (told.source, told.via) == ("Ziad", ("AFP",))
    # a day and a count is no person
    text = "The Observatory said 20 died. Monday 13 people died in Aleppo. He said it was bad."
    *_, he = attributions(text, rules)
    assert he.source_type == "anonymous"


@pytest.mark.parametrize("text, source, speaker", [
    ("A Syrian war monitoring group on Tuesday raised the death toll from the airstrikes to 61.",
     "Syrian Observatory for Human Rights", None),
    ("Reuters reported the head of the OPCW-UN Joint Mission Sigrid Kaag revealed that there were discrepancies.",
     "OPCW-UN Joint Mission", "Sigrid Kaag"),
])
def test_attribution_round_21_constructions(rules, text, source, speaker):
    [found] = attributions(text, rules)
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_raising_a_flag_reports_nothing(rules):
    assert attributions("The army raised the flag over the town.", rules) == [None]


@pytest.mark.parametrize("text, source, speaker, via", [
    # review of the ninth session's readings: each of these went wrong once
    ("A military source told SANA that the army captured the hill. Turkey condemned the offensive. "
     "The same source said 20 terrorists were killed.", "unnamed (military source)", None, ("SANA",)),
    ("Lavrov expressed condolences over the deaths and said Russia would help the investigation.",
     "Sergei Lavrov", "Sergei Lavrov", ()),
    ("Reuters reported quoting US officials Russia had moved jets to Hmeimim.", "Reuters", None, ()),
    ("Syrian state TV aired footage quoting residents as saying the rebels fled.", "unnamed (residents)", None,
     ("Syrian state television",)),
    ("Turkeys Disaster and Emergency Management Authority said 20 people were evacuated.",
     "Turkeys Disaster and Emergency Management Authority", None, ()),
    ("The Ministry of Local Administration and Environment said the water was safe.",
     "Ministry of Local Administration and Environment", None, ()),
    ("Hama and Idlib activists said 20 died.", "Hama and Idlib activists", None, ()),
    ("In a letter to Ban Ki-moon the Syrian ambassador to the UN said the report was biased.",
     "Syrian ambassador", None, ()),
    ("After Nikki Haley spoke the Syrian ambassador to the United Nations said it was false.",
     "Syrian ambassador", None, ()),
    ("PYD spokesman Nawaf Khalil said the reasons are unknown. Meanwhile YPG Redur Khalil said the militia "
     "would hold Manbij.", "YPG", "Redur Khalil", ()),
    ("Speaking to Al Jazeera Syrian opposition spokesman Salem al-Meslet said the talks failed.",
     "Salem al-Meslet", "Salem al-Meslet", ("Al Jazeera",)),
    ("Speaking to Anadolu Agency Yusuf el-Bustani said the regime attacked.",
     "Yusuf el-Bustani", "Yusuf el-Bustani", ("Anadolu Agency",)),
    ("King Abdullah II said the border would stay closed. He added it was for security.",
     "King Abdullah II", "King Abdullah II", ()),
])
def test_attribution_review_findings_of_the_ninth_session(rules, text, source, speaker, via):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker, last.via) == (source, speaker, via)


@pytest.mark.parametrize("text", [
    "Russias deployment raised concerns in Washington that Moscow would target rebels.",
])
def test_attribution_what_raises_others_concern_does_not_speak(rules, text):
    assert attributions(text, rules) == [None]


def test_attribution_an_organisation_s_spokesman_is_never_a_state_s(rules):
    text = "Turkey condemned the attack. The groups spokesman said 20 died."
    _, spokesman = attributions(text, rules)
    assert spokesman.source != "Turkish government"


def test_attribution_a_description_names_the_body_the_text_called_so_even_when_it_did_not_speak(rules):
    text = 'Earlier today the Syrian Army repelled an attack on the district. "The offensive failed" the army said.'
    _, said = attributions(text, rules)
    assert (said.source, said.rule) == ("Syrian army", "attr.subject-cue+description-mentioned")
    # nothing called so before: still unnamed
    [alone] = attributions('"The offensive failed" the army said.', rules)
    assert alone.source_type == "anonymous"


@pytest.mark.parametrize("text, source, speaker", [
    ('"The zones did de-escalate fighting" UN humanitarian adviser Jan Egeland told Reuters.',
     "United Nations", "Jan Egeland"),
    ("The U.N. health agency said the casualties occurred. The agency also said 200 operations were conducted.",
     "World Health Organization", None),
    ('"Regime forces have violated the law" the Syrian Network for Human Rights commented.',
     "Syrian Network for Human Rights", None),
    ("The Observatory said 30 died. It had initially given a death toll of 22.",
     "Syrian Observatory for Human Rights", None),
])
def test_attribution_round_22_constructions(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text", [
    "Assads comments made during an interview came after an earlier statement.",
    "Syrian army missile kills 23 AP Tuesday 20 May 2014 Syrian activists say a missile hit a school.",
])
def test_attribution_round_22_readings_do_not_overreach(rules, text):
    [found] = attributions(text, rules)
    assert found is None or (found.cue != "comments" and "may" not in found.source.lower())


@pytest.mark.parametrize("text, source", [
    ("Theresa May said the strikes were legal.", "Theresa May"),
    ("British Prime Minister Theresa May said the strikes were legal.", "Theresa May"),
    ("Syrian army missile kills 23 AP Tuesday 20 May 2014 Syrian activists say a missile hit a school.",
     "unnamed (syrian activists)"),
])
def test_attribution_may_is_a_name_before_the_cue_and_a_month_in_a_date(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source
    assert attributions("The ministry may say more.", rules) == [None]


def test_attribution_a_surname_with_its_own_apposition_is_a_new_person(rules):
    text = "General Suheil al-Hassan said the army advanced. Hassan, a baker in the town, said bread ran out."
    _, baker = attributions(text, rules)
    assert (baker.source, baker.source_type) == ("Hassan", "person")
    # without one, the surname is the general who spoke before
    text = "General Suheil al-Hassan said the army advanced. Hassan said the town fell."
    _, general = attributions(text, rules)
    assert general.source == "Suheil al-Hassan"


def test_attribution_a_possessive_split_by_its_apostrophe_names_whose_spokesman(rules):
    text = "The Observatory said 20 died. The group's spokesman said 12 were children."
    _, spokesman = attributions(text, rules)
    assert spokesman.source == "Syrian Observatory for Human Rights"
    # a body of no named kind is no news agency quoted later
    text = ('A minister was among 12 people killed on Thursday the bodys spokesman said. '
            '"Twelve people were killed" Shadi al-Jundi told AFP.')
    first, _ = attributions(text, rules)
    assert first.source != "AFP"


@pytest.mark.parametrize("text, source, speaker", [
    # wire copy written by a newsroom tester: constructions FA-KES lacks
    ("Yemen's Interior Ministry said the Houthi movement had fired a ballistic missile.",
     "Yemen's Interior Ministry", None),
    ("The Saudi-led coalition, which has been fighting the Houthis since 2015, said it had intercepted two drones.",
     "Saudi-led coalition", None),
    ("Houthi military spokesman Yahya Saree said in a televised statement that the group had targeted an airport.",
     "Houthis", "Yahya Saree"),
    ("Hamas spokesman Hazem Qassem said the talks had failed.", "Hamas", "Hazem Qassem"),
    ("A Western official, speaking on condition of anonymity, said Russia had stockpiled missiles.",
     "unnamed (a western official)", None),
    ("Lavrov, speaking to reporters in Moscow, said the strikes were illegal.", "Sergei Lavrov", "Sergei Lavrov"),
    ("The Ukrainian air force said it had shot down 30 missiles.", "Ukrainian air force", None),
])
def test_attribution_wire_copy_constructions(rules, text, source, speaker):
    [found] = attributions(text, rules)
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_a_country_s_own_ministry_keeps_its_registry_name(rules):
    [found] = attributions("Russia's defence ministry said 20 died.", rules)
    assert found.source == "Russian Defence Ministry"


def test_attribution_a_number_s_adjective_is_no_cue_and_a_thousands_comma_no_insertion(rules):
    from verify.attribution import _reading
    text = "Jordan, which already hosts some 650,000 registered Syrian refugees, has said it will not open its border."
    assert "650,000" in _reading(text, rules)
    [found] = attributions(text, rules)
    assert found is None or found.cue != "registered"


def test_attribution_a_title_and_name_the_comma_less_reading_joins_are_read_as_written(rules):
    # FA-KES's comma-less reading joins "The mayor of Wimereux" (a place no rule file knows) and the
    # name into one long subject that names no one; as written, the name stands apart
    [found] = attributions("The mayor of Wimereux, Francis Dumortier, told AFP his town was in mourning.", rules)
    assert (found.source, found.via) == ("Francis Dumortier", ("AFP",))
    # and a sentence the reading already attributes keeps that reading
    [found] = attributions("Jens Laerke, a spokesman for OCHA, said 20 died.", rules)
    assert (found.source, found.speaker) == ("OCHA", "Jens Laerke")
    # a sentence with no cue stays unattributed either way
    [found] = attributions("The town, which lies on the coast, was flooded, and the road, built in 1990, was cut.", rules)
    assert found is None


@pytest.mark.parametrize("text, source", [
    # a place's officer speaks for himself, as a governor does, not for a body named like the place
    ("Mandera county commissioner Gabriel Otieno said security had been beefed up.", "Gabriel Otieno"),
    ("Kaduna state commissioner John Doe said two died.", "John Doe"),
    ("Hamas political bureau chief Ismail Haniyeh said two died.", "Hamas"),  # a body's officer still speaks for it
])
def test_attribution_a_place_s_officer_is_no_body(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source


@pytest.mark.parametrize("text, via", [
    ("Castillo told the local station CMKC that 300 homes were damaged.", ("CMKC",)),  # a medium's kind, then its name
    ("Castillo told the station CMKC that 300 homes were damaged.", ("CMKC",)),
    ("Castillo told the police station chief Ali that 300 homes were damaged.", ()),  # no medium
])
def test_attribution_a_medium_told_by_its_kind_and_name_is_a_relay(rules, text, via):
    [found] = attributions(text, rules)
    assert (found.source, found.via) == ("Castillo", via)


def test_attribution_a_name_after_a_body_s_bracketed_acronym_is_the_body_s_officer(rules):
    [found] = attributions("The chairman of the Cattle Breeders Association (MACBAN), Bello Danladi, denied it.", rules)
    assert (found.source, found.speaker) == ("Cattle Breeders Association", "Bello Danladi")
    # a description after the acronym is still read without its commas
    [found] = attributions("The Norwegian Refugee Council (NRC), an aid group, said 1,900 died.", rules)
    assert (found.source, found.speaker) == ("Norwegian Refugee Council", None)


@pytest.mark.parametrize("text, expected", [
    # from a code review of the fifteenth session's readings: each was wrong before its mend
    ("The Rapid Support Forces' statement said the city had been taken.", ("Rapid Support Forces", None)),
    ("Reuters' report said two died.", ("Reuters", None)),
    ("Tinubu Orders Police To Arrest Killers Of Katsina Farmers. Police said two suspects were held.", ("police", None)),
    ("After meeting the police commander, Kaduna State Governor Uba Sani said two villages were attacked.",
     ("Uba Sani", "Uba Sani")),
    ("The police arrested commander Ibrahim Musa. Musa told journalists that his gang kidnapped 20 people.",
     ("Ibrahim Musa", "Ibrahim Musa")),
    ("Former Inspector General of Police Ibrahim Idris said the force was underfunded.", ("Ibrahim Idris", "Ibrahim Idris")),
    ("Superintendent of Police Kamal Thapa, spokesman for the Nepal Police, said 20 were rescued.",
     ("Nepal Police", "Kamal Thapa")),
    ("Jammu and Kashmir Police spokesman Manoj Sharma said two militants were killed.",
     ("Jammu and Kashmir Police", "Manoj Sharma")),
    ("On Tuesday police spokesman Bashir Makama said two died.", ("police", "Bashir Makama")),
    ("Dighinala police station officer-in-charge (OC) Md Rafiqul Islam Chowdhury told reporters that four died.",
     ("Dighinala police", "Md Rafiqul Islam Chowdhury")),
    ("The Police Ombudsman said it had opened an inquiry. Police said the officer had been suspended.", ("police", None)),
    ("PARIS (AFP) - The mayor of Wimereux, Francis Dumortier, told reporters his town was in mourning.",
     ("Francis Dumortier", "Francis Dumortier")),
    ("Rami Abdel Rahman (SOHR), Observatory Director, said 20 died.",
     ("Syrian Observatory for Human Rights", "Rami Abdel Rahman")),
    ("The Sudan People’s Liberation Army-In Opposition (SPLA-IO) attacked Ulang. The SPLA-IO said 20 soldiers died.",
     ("Sudan People’s Liberation Army-In Opposition", None)),
    # ranks and honorifics of Nigerian and South Asian copy are titles, not part of the name
    ("When contacted, the state police spokesman, DSP Terver Akase-Udeh, confirmed the attack.",
     ("police", "Terver Akase-Udeh")),
    ("The union, through its Secretary, Alhaji Garus Bello, denied it. It is wrong to blame us, Bello stated.",
     ("Garus Bello", "Garus Bello")),
    # a person "of" an institution is the person, not the institution
    ("Prof. Amina Bello of Ahmadu Bello University said 20 died.", ("Amina Bello", "Amina Bello")),
    # from a second review
    ("Attorney General William Barr said the department would investigate. Barr said the report was complete.",
     ("William Barr", "William Barr")),  # a surname is no title
    ("Senior Superintendent of Police (SSP) Ali Raza said the blast killed five.", ("police", "Ali Raza")),
    ("The attackers then fled, Kano police spokesman Abdullahi Kiyawa said.", ("Kano police", "Abdullahi Kiyawa")),
    ("The Lagos police spokesman, Mr Benjamin Hundeyin, said two suspects were held.",
     ("Lagos police", "Benjamin Hundeyin")),
    ("Kano police said 10 people were arrested. The state police spokesman, Abdullahi Kiyawa, said they confessed.",
     ("Kano police", "Abdullahi Kiyawa")),
    ("New York Police Department spokesman John Miller said two died.", ("New York Police Department", "John Miller")),
    ("Speaking after Uba Sani and Kaduna police commissioner Ali Dabigi met, Dabigi said the roads were safe.",
     ("Kaduna police", "Dabigi")),
    # (the commission's chairman speaks for it, as the officers ruling says; until the twenty-first
    # session the outlet "The Independent" read inside its name kept him on his own)
    ("Prof Mahmood Yakubu, chairman of the Independent National Electoral Commission, said the vote was peaceful. "
     "Prof Yakubu said results would be announced.", ("Independent National Electoral Commission", "Mahmood Yakubu")),
    ("The attack targeted the Manawan Police Training School near Lahore. Police said eight attackers were killed.",
     ("police", None)),
    ("Former Lagos police spokesman Dolapo Badmos said the case was closed.", ("Dolapo Badmos", "Dolapo Badmos")),
])
def test_attribution_review_findings_of_the_fifteenth_session(rules, text, expected):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == expected


def test_attribution_a_police_officer_keeps_no_relay_of_his_force(rules):
    found = attributions("The Uppsala Police told the TT news agency that two men were held. The shooting was the "
                         "third this year. Gang violence has risen since 2020. Deputy Superintendent of Police Lina "
                         "Hedqvist said three rifles were seized.", rules)
    assert (found[-1].source, found[-1].speaker, found[-1].via) == ("Uppsala Police", "Lina Hedqvist", ())


def test_attribution_a_police_station_is_no_medium(rules):
    [found] = attributions("Ahmed told the police station Chief Inspector Musa that his car was stolen.", rules)
    assert found.via == ()


def test_attribution_a_pronoun_with_its_verb_is_no_name(rules):
    [found] = attributions('"We\'ve had reports of roofs coming off, and cars struck by trees."', rules)
    assert found is None or found.source != "We've"
    [found] = attributions("“We’re still counting,” Rawlings said.", rules)
    assert found.source == "Rawlings"


def test_attribution_a_body_s_statement_speaks_for_the_body(rules):
    [found] = attributions("The State Border Committee's statement claimed that refugees had been pushed back.", rules)
    assert (found.source, found.mention) == ("State Border Committee", "The State Border Committee's statement")
    [found] = attributions("The Observatory's report said that 20 died.", rules)
    assert found.source == "Syrian Observatory for Human Rights"
    # (a body the registry knows by part of the name too: no "… Ministry’s statement" as a source)
    [found] = attributions("Egypt's Interior Ministry’s statement said two died.", rules)
    assert found.source == "Egypt's Interior Ministry"


def test_attribution_a_wire_dateline_names_the_publisher_and_leaves_the_first_subject_alone(rules):
    from verify.attribution import attribute, publisher_of
    from verify.records import Document
    from verify.segment import split_sentences
    text = ("DOUMA, Syria (AFP) - Residents of the besieged town said they had spent the night in basements. "
            "A rescuer told AFP that 12 bodies were found.")
    document = Document(id="t", origin="t", text=text)
    assert publisher_of(document, rules.registry).name == "AFP"
    sentences = split_sentences(text, abbreviations=rules.abbreviations)
    first, second = attribute(sentences, rules=rules, document=document)
    assert (first.source, first.mention) == ("unnamed (residents)", "Residents")
    assert second.via == ()   # the publisher never relays its own copy


@pytest.mark.parametrize("text, source", [
    ("Jaish al-Islam, the main rebel group in Douma, said it had repelled the attack.", "Jaish al-Islam"),
    ("Ahrar al-Sham, a hardline Islamist group, said it had taken the town.", "Ahrar al-Sham"),
])
def test_attribution_a_known_body_described_between_commas_speaks(rules, text, source):
    [found] = attributions(text, rules)
    assert (found.source, found.mention) == (source, text.split(",")[0])


@pytest.mark.parametrize("text, source, speaker", [
    # a relative clause between commas, however long, stands between the subject and its verb
    ("Sudanese officials, who spoke on condition of anonymity because they were not authorized to brief "
     "the media, said the army had lost the town.", "unnamed (sudanese officials)", None),
    ("The Britain-based Observatory which relies on a vast network of activists on the ground and medics "
     "said the army had advanced.", "Syrian Observatory for Human Rights", None),
    # words describing the body between "a spokesman for" and its name
    ("A spokesman for the rebel Syrian National Army, Youssef Hammoud, said the fighters had withdrawn.",
     "Syrian National Army", "Youssef Hammoud"),
])
def test_attribution_newsroom_constructions_of_the_tenth_session(rules, text, source, speaker):
    [found] = attributions(text, rules)
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_a_ministry_abroad_is_not_the_syrian_one_the_registry_knows_by_its_bare_alias(rules):
    owned = attributions("Yemen's health ministry said 12 people were killed. The health ministry said the toll "
                         "could rise.", rules)
    assert [a.source for a in owned] == ["Yemen's health ministry", "Yemen's health ministry"]
    # no possessive: the country the story is about (a Yemeni city is Yemen)
    [_, bare] = attributions("Houthi fighters attacked Marib in Yemen on Monday. The health ministry said 12 "
                             "people were killed.", rules)
    assert bare.source == "Yemen's health ministry" and bare.source_type == "government"
    # "Hamas" is no "Hama": a story from Gaza does not mention Syria
    [gaza] = attributions("Gaza's Hamas-run health ministry said 12 people were killed.", rules)
    assert gaza.source == "Gaza's health ministry"


@pytest.mark.parametrize("text", [
    "Air strikes hit Aleppo. The health ministry said the toll could rise.",
    "Syrian troops advanced on Monday, while Russia said 20 died. The health ministry said the toll could rise.",
    # the Syrian story needs no place name: "Syrian" says it
    "The Syrian army advanced near Russian bases. The health ministry said 20 died.",
])
def test_attribution_a_story_that_mentions_syria_keeps_the_syrian_ministry(rules, text):
    assert attributions(text, rules)[-1].source == "Syrian Health Ministry"


def test_attribution_a_body_the_places_do_not_know_is_never_abroad(rules):
    # the U.S. is not a place in rules/places.jsonl: its military is not renamed after Syria
    [found] = attributions("Fighting raged in Syria. Meanwhile the US military announced in a statement that "
                           "rebels took the town.", rules)[1:]
    assert "Syria" not in found.source


@pytest.mark.parametrize("text, publisher", [
    ("Israeli strikes near Damascus kill seven: monitor\nBeirut (AFP) - Israeli strikes killed seven people, "
     "a war monitor said.", "AFP"),
    ("UN investigators say thousands still missing\nGENEVA, March 14 (Reuters) - Thousands remain missing, the "
     "chair of a commission told the council.", "Reuters"),
    ("Army units thwart attack in Hama countryside\nHama, SANA – Army units thwarted an attack on Thursday.", "SANA"),
])
def test_attribution_a_dateline_under_a_headline_names_the_publisher(rules, text, publisher):
    from verify.attribution import publisher_of
    from verify.records import Document
    assert publisher_of(Document(id="t", origin="t", text=text), rules.registry).name == publisher


def test_attribution_a_place_and_a_comma_before_a_dash_is_no_dateline_unless_a_medium_follows(rules):
    from verify.attribution import publisher_of
    from verify.records import Document
    text = "Headline\nDaraa, Tafas – Tension returned to the town on Monday."
    assert publisher_of(Document(id="t", origin="t", text=text), rules.registry) is None


@pytest.mark.parametrize("text, source, speaker", [
    ('"Nine arrived," said Lena Marchetti, an access coordinator with OCHA, the UN humanitarian office.',
     "OCHA", "Lena Marchetti"),
    ('"We are overwhelmed," said Dr Rania Haddad, a paediatrician working with Médecins Sans Frontières.',
     "Doctors Without Borders", "Rania Haddad"),
    # the acronym of the body that spoke before; "the group's" the body of that kind that spoke last
    ('The Norwegian Refugee Council said 20 died. "Nine arrived," said Ingrid Solheim, NRC\'s country director.',
     "Norwegian Refugee Council", "Ingrid Solheim"),
    ('The Norwegian Refugee Council said 20 died. "Nine arrived," said Mireille Kossi, the group\'s area manager.',
     "Norwegian Refugee Council", "Mireille Kossi"),
    ("The Iraqi Ministry of Migration and Displacement said 20 died. The ministry's spokesman, Ahmed al-Saadi, "
     "told Shafaq News that convoys had been sent.", "Iraqi Ministry of Migration and Displacement", "Ahmed al-Saadi"),
    # a people's adjective names another country's body than the registry's
    ("The Libyan Red Crescent said its volunteers had recovered 87 bodies.", "Libyan Red Crescent", None),
])
def test_attribution_an_officer_named_with_his_role_speaks_for_the_body(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text", [
    '"We fled," said Ahmad Khalil, a resident of Douma.',
    '"We fled," said Ahmad Khalil, a teacher at a school in Aleppo.',
    '"We fled," said Ahmad Khalil, the family\'s eldest son.',
])
def test_attribution_a_role_outside_any_body_leaves_the_person_speaking(rules, text):
    [found] = attributions(text, rules)
    assert found.source == "Ahmad Khalil"


# --- eleventh session: wire dev gold --------------------------------------------------------------

def test_attribution_an_acronym_the_document_defines_is_written_by_its_name(rules):
    found = attributions("Forty thousand fled, the Norwegian Refugee Council (NRC) warned. According to NRC "
                         "estimates, 1,200 families arrived. The Sinjar Resistance Units (YBS) said it fought on. "
                         "The YBS said in a post on Telegram that it would not disarm.", rules)
    assert [a.source for a in found] == ["Norwegian Refugee Council"] * 2 + ["Sinjar Resistance Units"] * 2
    # an acronym the document never spells out stays as written
    [alone] = attributions("The YBS said in a post on Telegram that it would not disarm.", rules)
    assert alone.source == "YBS"


def test_defined_acronyms_read_the_name_the_initials_spell():
    from verify.attribution import _defined_acronyms
    assert _defined_acronyms("the Kurdish-led Syrian Democratic Forces (SDF) and the Norwegian Refugee Council "
                             "(NRC) and the Sinjar Resistance Units (YBS), in Raqqa (IS)") == {
        "SDF": "Syrian Democratic Forces", "NRC": "Norwegian Refugee Council", "YBS": "Sinjar Resistance Units"}
    # the name in another language first, and an acronym of two words
    assert _defined_acronyms("the National Liberation Army (Ejército de Liberación Nacional – ELN) and the National "
                             "Commission on Human Rights (Komnas HAM)") == {
        "ELN": "National Liberation Army", "Komnas HAM": "National Commission on Human Rights"}
    # a hyphenated acronym, spelled by the parts of a hyphenated word
    assert _defined_acronyms("the Sudan People’s Liberation Army-In Opposition (SPLA-IO) said") == {
        "SPLA-IO": "Sudan People’s Liberation Army-In Opposition"}


def test_attribution_an_acronym_the_story_defines_is_spelled_out_for_its_officer_too(rules):
    found = attributions("The National Commission on Human Rights (Komnas HAM) urged both sides to protect "
                         "civilians. Komnas HAM commissioner Ratna Widyaningsih said a team would be sent. Fighting "
                         "between the National Liberation Army (Ejército de Liberación Nacional – ELN) and the army "
                         "forced thousands out. The ELN said it would defend the territory.", rules)
    assert [a and (a.source, a.speaker) for a in found] == [
        ("National Commission on Human Rights", None), ("National Commission on Human Rights", "Ratna Widyaningsih"),
        None, ("National Liberation Army", None)]


@pytest.mark.parametrize("text, source, speaker", [
    # a lower-case word before "spokesman" names the body that spoke and is called so
    ('The UN mission in the Central African Republic, MINUSCA, said 11 were evacuated. "Our forces acted," '
     'mission spokesman Florent Mbaye said.', "MINUSCA", "Florent Mbaye"),
    ('The U.N. human rights office said it had documented 46 deaths. "The real figure is believed to be much '
     'higher," rights spokeswoman Ravina Shamdasani said.', "UN Human Rights Office", "Ravina Shamdasani"),
    # a body named right before "spokesman" without a possessive
    ("A man who identified himself as a 3R spokesman, Abakar Moussa, denied the charge.", "3R", "Abakar Moussa"),
    # a described body's spokesman in a story from another country than the registry's
    ("Myanmar's army struck Kani. The military government's spokesman, Major General Zaw Lin Htet, denied it.",
     "Myanmar's military government", "Zaw Lin Htet"),
])
def test_attribution_a_spokesman_named_after_his_body_speaks_for_it(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_a_spokesman_after_a_word_no_body_was_called_speaks_for_himself(rules):
    [found] = attributions('"We are fine," army spokesman Ali Omar said.', rules)
    assert found.source == "Ali Omar"


def test_attribution_the_agency_that_spoke_is_not_narrowed_to_another_of_its_government(rules):
    # UNHCR is "the UN refugee agency": "the agency" is UNHCR, not another UN agency
    found = attributions("UNHCR said 412,000 Syrians had crossed back. Around 160,000 came from Turkey, the "
                         "agency said.", rules)
    assert [a.source for a in found] == ["UNHCR", "UNHCR"]


def test_attribution_a_cue_in_another_noun_s_relative_clause_is_not_the_subject_s(rules):
    [found] = attributions("MINUSCA, one of the U.N.'s largest peacekeeping operations, has faced mounting "
                           "criticism from residents who say it does too little to protect them.", rules)
    assert found is None


def test_attribution_a_people_s_adjective_is_a_demonym_not_any_word_sharing_its_start(rules):
    # "charity" is not Chad's: the registry's MSF stays MSF in a story that mentions Chad
    [_, found] = attributions("Refugees crossed into Chad. The surge has forced hospitals to close medical charity "
                              "Doctors Without Borders (MSF) said on Friday.", rules)
    assert found.source == "Doctors Without Borders"
    from verify.attribution import _demonym_of
    assert _demonym_of("lebanese", "lebanon") and _demonym_of("chadian", "chad") and not _demonym_of("charity", "chad")
    # nor a name that drops a consonant for an ending ("Chai" is no Chadian), while vowels and "y" go
    assert not _demonym_of("chai", "chad") and not _demonym_of("chan", "chad")
    assert all(_demonym_of(w, c) for w, c in [("somali", "somalia"), ("turkish", "turkey"), ("syrian", "syria"),
                                              ("ukrainian", "ukraine"), ("chinese", "china"), ("yemeni", "yemen")])
    (spokesman,) = attributions("Government spokesman Chai Wacharonke denied the report.", rules)
    assert "Chad" not in spokesman.source


@pytest.mark.parametrize("text, source", [
    # a speaker's age between commas before his apposition
    ("Murad Khalaf, 52, a farmer from Sinuni, told AFP that his family had left.", "Murad Khalaf"),
    ('"I went back," Mahmoud, 41, a former construction worker, told AFP.', "Mahmoud"),
    # the name an unnamed speaker asked to go by
    ('"The windows shook," said a 52-year-old mother of four who asked to be identified only as Umm Khaled.',
     "Umm Khaled"),
])
def test_attribution_wire_speakers_named_around_an_age_or_an_alias(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source


def test_attribution_a_speaker_who_asked_not_to_be_named_stays_unnamed(rules):
    [found] = attributions("A resident who asked not to be named said 12 died.", rules)
    assert found.source_type == "anonymous"


def test_attribution_disputed_is_a_denying_cue(rules):
    [found] = attributions("The Observatory disputed the ministry's figures.", rules)
    assert (found.cue, found.stance) == ("disputed", "denying")


@pytest.mark.parametrize("text, publisher", [
    ("Twelve died. Anadolu could not independently verify the claim. A doctor told Anadolu that 12 died.",
     "Anadolu Agency"),
    ("Twelve died. BBC Verify has found that the video is old. An official told the BBC it was fake.", "BBC"),
    ("Twelve died, a resident told the Kyiv Independent. The Kyiv Independent has contacted the ministry for "
     "comment.", "Kyiv Independent"),
    ("Twelve died.\nSOURCE: AL JAZEERA AND NEWS AGENCIES", "Al Jazeera"),
    # a byline that names the outlet
    ("Soldier killed in Intan Jaya\nFikri Hasanuddin (The Jakarta Post)\nA soldier died.", "Jakarta Post"),
    ("Protests in Tbilisi\nBy Euronews with AP, AFP\nPolice fired tear gas, a protester told Euronews.", "Euronews"),
    # the page's own furniture at its end (twenty-sixth session)
    ("Twelve died, a doctor told The New Times.\nFollow The New Times on X @NewTimesRwanda", "New Times"),
    ("Twelve died.\n© Tunisie Numérique 2025", "Tunisie Numérique"),
    ("Twelve died, a survivor told SBS News.\nFor the latest from SBS News, download our app.", "SBS News"),
    ("Twelve died.\nRead more from Cuba here on Havana Times.", "Havana Times"),
    ('Twelve died.\nFollow us on the "Le Monde Afrique" WhatsApp channel', "Le Monde"),
    ("Twelve died, a man told Nile Post.\nFollow us on our Nile Post Telegram channel", "Nile Post"),
    # the outlet's name alone on a line under the headline
    ("Cyclone makes landfall in Dhofar\nTimes of Oman\nA fisherman told Times of Oman 3 boats sank.", "Times of Oman"),
    ("Overdoses in Saskatchewan\nKelsey Nootchtai\nAPTN News\nA mother told APTN News her son died.", "APTN News"),
])
def test_publisher_a_story_that_names_itself_names_its_publisher(rules, text, publisher):
    from verify.attribution import publisher_of
    found = publisher_of(Document(id="t", origin="t", text=text), rules.registry)
    assert found is not None and found.name == publisher


def test_publisher_an_outlet_merely_quoted_is_not_the_publisher(rules):
    from verify.attribution import publisher_of
    assert publisher_of(Document(id="t", origin="t", text="Twelve died, a resident told Reuters."),
                        rules.registry) is None
    assert publisher_of(Document(id="t", origin="t", text="Twelve died.\nBy John Smith with additional reporting"),
                        rules.registry) is None
    # a sentence of the story that speaks of following or reading elsewhere names no publisher
    for text in ("Twelve died. Residents follow the army on X for news.", "Twelve died. Read more about the floods.",
                 "Floods in the south\nJohn Smith\nTwelve died, police said."):
        assert publisher_of(Document(id="t", origin="t", text=text), rules.registry) is None


def test_attribution_the_short_name_of_the_publisher_is_no_relay(rules):
    found = attributions("Soldier killed\nFikri Hasanuddin (The Jakarta Post)\nPolice chief Bayu Suseno told the "
                         "Post that two died. A resident told the Washington Post that three died.", rules)
    assert [a.via for a in found if a is not None] == [(), ("The Washington Post",)]


def test_attribution_told_the_publisher_that_names_itself_is_no_relay(rules):
    found = attributions("Mahmoud Abu Hamda, a spokesman for the Civil Defence, told Al Jazeera that 19 died. "
                         "Al Jazeera's Tareq Abu Samra, reporting from Deir el-Balah, said the strike hit a school.",
                         rules)
    assert found[0].via == ()
    # and its own services are the publisher too ("told BBC Russian" in a BBC story)
    from verify.attribution import _names_publisher, _registry_matcher
    bbc = rules.registry.lookup("BBC")
    assert _names_publisher("BBC Russian", bbc, _registry_matcher(rules.registry))
    assert not _names_publisher("Reuters", bbc, _registry_matcher(rules.registry))


def test_attribution_a_relay_s_name_is_not_cut_at_its_number_or_read_inside_a_longer_name(rules):
    [found] = attributions("Kiryat Shmona Mayor Moshe Ben-Hamo tells Channel 12 that a rocket struck.", rules)
    assert found.via == ("Channel 12",)
    [found] = attributions("A resident told the Kyiv Independent that 12 died.", rules)
    assert found.via == ("Kyiv Independent",)
    [found] = attributions("Activists told the channel 12 people died.", rules)
    assert found.via == ("channel",)


@pytest.mark.parametrize("text, source, speaker", [
    ('The US Central Command (Centcom) said forces struck. "These strikes were conducted," Centcom spokesman '
     'Capt Daniel Whitcomb told The National.', "US Central Command", None),
    ('Fighting raged in Congo. Government spokesperson Blaise Mukendi told reporters the figure was right.',
     "Congo's government", "Blaise Mukendi"),
    # the country named sentences before: the story's country
    ("Floods hit Malawi. Thousands fled. Many lost their homes. Opposition legislators have since accused the "
     "authorities of responding slowly. But government spokesperson Chisomo Nyirenda dismissed the claims.",
     "Malawi's government", "Chisomo Nyirenda"),
    # a country's body by its people's adjective: as written, or as the text also writes it
    ('"Shahed drones came," Ukrainian Air Force spokesperson Oleh Sirenko said.', "Ukrainian Air Force", "Oleh Sirenko"),
    ("Ukraine's Air Force said it shot down 40 drones. \"Shahed drones came,\" Ukrainian Air Force spokesperson "
     "Oleh Sirenko said.", "Ukraine's Air Force", "Oleh Sirenko"),
    ("Chinese foreign ministry spokesperson Zhou Yichen told a briefing that China had acted lawfully.",
     "Chinese foreign ministry", "Zhou Yichen"),
    ('The Israeli military said it struck. "Steps were taken," said military spokesperson Lieutenant Colonel '
     'Eitan Shavit.', "Israeli military", "Eitan Shavit"),
    ("Ukraine's Air Force said it had shot down 31 missiles. Its spokesman, Col Dmytro Horbatiuk, told "
     "Ukrainian television that the claims were fake.", "Ukraine's Air Force", "Dmytro Horbatiuk"),
    ('"Our surgical capacity is gone," said Dr Samuel Osei-Bonsu, MSF medical coordinator for Darfur.',
     "Doctors Without Borders", "Samuel Osei-Bonsu"),
    ('"It is state policy," said Ronit Avrahami, a B\'Tselem spokesperson.', "B'Tselem", "Ronit Avrahami"),
])
def test_attribution_a_spokesman_named_with_his_body_before_or_after_speaks_for_it(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert found.source == source
    if speaker is not None:
        assert found.speaker == speaker


@pytest.mark.parametrize("text", [
    # a government spokeswoman with no country named near her: no country is guessed
    "Hollande announced his intention government spokeswoman Najat Vallaud-Belkacem told reporters on Wednesday.",
    '"We fled," said Ahmad Khalil, a Syrian teacher.',
    '"We fled," said Ahmad Khalil, an Aleppo resident.',
])
def test_attribution_a_person_without_a_body_named_near_him_speaks_for_himself(rules, text):
    [found] = attributions(text, rules)
    assert found.source_type == "person"


@pytest.mark.parametrize("text, source, speaker", [
    # a body placed after its name ("in Gaza") is that country's, as "Gaza's health ministry" is
    ("Israeli strikes hit Gaza City. The Hamas-run health ministry in Gaza said 14 people had died.",
     "Gaza's health ministry", None),
    # a registry NGO named by a bare alias in a story from another country is not the registry's
    ("Israeli strikes hit Gaza City. The Civil Defence said 3 more died.", "Civil Defence", None),
    # an officer of a body the registry does not know speaks for it
    ("Israeli strikes hit Gaza City. Mahmoud Abu Hamda, a spokesman for the Civil Defence, told reporters "
     "that 19 bodies were retrieved.", "Civil Defence", "Mahmoud Abu Hamda"),
    # a governor speaks for himself; the place after his title is not his name
    ("Talal Barazi, the governor of Homs, said 3 died.", "Talal Barazi", "Talal Barazi"),
])
def test_attribution_bodies_abroad_and_their_officers(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_the_civil_defence_of_a_story_from_syria_stays_the_white_helmets(rules):
    [_, found] = attributions("Air strikes hit Idlib. The Civil Defence said 3 more died.", rules)
    assert found.source == "White Helmets"


@pytest.mark.parametrize("text, via", [
    ("In an interview with Al Jazeera, Ali Omar said 13 died.", ("Al Jazeera",)),
    ("Quoted by TASS, Igor Konashenkov said 14 died.", ("TASS",)),
    # the opening relay wins over the one a pronoun inherits from the sentence before
    ("Quoted by TASS, Igor Konashenkov said 14 died. Quoted by the state-run Global New Light of Myanmar "
     "newspaper, he said the air force had struck.", ("Global New Light of Myanmar",)),
    # an opening phrase that names no medium relays nothing
    ("Speaking at a news conference, Ali Omar said 15 died.", ()),
])
def test_attribution_an_opening_phrase_names_the_relay(rules, text, via):
    assert attributions(text, rules)[-1].via == via


def test_attribution_a_registry_surname_with_its_own_apposition_after_an_inverted_cue_is_a_new_person(rules):
    [found] = attributions('"The whole house shook," said Abdulrahman, a shop owner who lives nearby.', rules)
    assert (found.source, found.source_type) == ("Abdulrahman", "person")


def test_attribution_a_body_s_press_office_is_the_body_but_a_city_s_media_office_is_its_own(rules):
    [office] = attributions("In a statement, the SDF Media Center said the strikes were illegal.", rules)
    assert office.source == "Syrian Democratic Forces"
    [city] = attributions("The Damascus Media Office said 150 bodies were counted.", rules)
    assert city.source == "Damascus Media Office"


@pytest.mark.parametrize("text, source", [
    ("Civilian killed, four injured in Indian firing along LoC: ISPR\nThe Inter-Services Public Relations "
     "(ISPR) said a civilian was killed.", "Inter-Services Public Relations"),
    ("Israeli strikes near Damascus kill seven: monitor\nThe Syrian Observatory for Human Rights said seven died.",
     "Syrian Observatory for Human Rights"),
    ("Fighting intensifies in East Gojjam – residents\nResidents said 12 died.", "unnamed (residents)"),
    # an acronym the story spells out below, its "of" left out of the initials
    ("NK fires ballistic missile into East Sea: JCS\nThe Joint Chiefs of Staff said it detected the launch.",
     "Joint Chiefs of Staff"),
])
def test_attribution_a_headline_names_its_source_after_a_colon_or_a_dash(rules, text, source):
    assert attributions(text, rules)[0].source == source


def test_attribution_a_headline_s_place_before_a_colon_or_a_sentence_is_no_source(rules):
    assert attributions("Ukraine: Russia strikes Kyiv\nOfficials said 12 died.", rules)[0] is None
    assert attributions("The army, which took the town in March - residents fled. Officials said 12 died.",
                        rules)[0] is None


@pytest.mark.parametrize("text, source, speaker", [
    ("Mohammad, a Tafas resident in his forties, told Enab Baladi that shops closed.", "Mohammad", "Mohammad"),
    ("Yazda, a Yazidi rights organisation, said 1,200 families remained.", "Yazda", None),
    ("The Kivu Security Tracker, run by Congolese and international researchers, said it had recorded 1,900 "
     "deaths.", "Kivu Security Tracker", None),
    ("The eastern-based government, which controls the area, said 3,000 died.", "eastern-based government", None),
    # an officer's role in the insertion: the body speaks through him
    ("Rojhat Kalo, co-chair of the Health Authority in the Euphrates Region, told reporters that the injured "
     "were taken.", "Health Authority in the Euphrates Region", "Rojhat Kalo"),
    ("Dr Khalil Abu Shaban, director of al-Ahli Arab Hospital, where many of the wounded were taken, said "
     "medical teams worked.", "al-Ahli Arab Hospital", "Khalil Abu Shaban"),
    # after the medium an interview was given to, which stays the relay
    ("Speaking to The New Times, an official in the Ministry of Foreign Affairs, who asked not to be named, said "
     "Kigali had complied.", "Ministry of Foreign Affairs", None),
])
def test_attribution_the_subject_before_an_insertion_speaks(rules, text, source, speaker):
    [found] = attributions(text, rules)
    assert found.source == source
    if speaker is not None:
        assert found.speaker == speaker
    if text.startswith("Speaking to"):
        assert found.via == ("The New Times",)


@pytest.mark.parametrize("text", [
    # a clause before the first comma, and an insertion that names the source, are left as they read
    "Assad only controls 48 percent of the country, revealed the Observatory, adding that it was true.",
    "PTI, citing officials, also reported that one soldier was hurt.",
])
def test_attribution_an_insertion_is_dropped_only_after_a_name(rules, text):
    [found] = attributions(text, rules)
    assert "+insertion-dropped" not in found.rule


@pytest.mark.parametrize("text", [
    "Insurers said a swift return to pre-crisis pricing was unlikely.",
    "Brokers say premiums have climbed.",
    "Unconfirmed reports on social media said an adviser was among the dead.",
])
def test_attribution_a_trade_in_the_plural_or_a_report_adjective_is_unnamed(rules, text):
    [found] = attributions(text, rules)
    assert found.source_type == "anonymous"


def test_attribution_a_surname_in_the_plural_form_is_a_name_once_written_inside_a_sentence(rules):
    *_, found = attributions("John Peters, an analyst, spoke. Peters said 3 died.", rules)
    # (his full name since "analyst" is a title, forty-ninth session: the man the sentence before introduced)
    assert found.source in {"Peters", "John Peters"} and found.source_type == "person"


def test_attribution_the_body_word_a_source_is_called_by_refers_back_to_it(rules):
    found = attributions("Peacekeepers exchanged fire, the U.N. mission, known as MINUSCA, said in a statement. "
                         "The mission said its troops had evacuated 11 people. The Central Bank of Egypt said "
                         "inflation eased. The bank noted that it would act.", rules)
    assert [a.source for a in found] == ["MINUSCA", "MINUSCA", "Central Bank of Egypt", "Central Bank of Egypt"]


# --- twelfth session: officers speak for their body, the story's own government and army ----------

@pytest.mark.parametrize("text, source, speaker", [
    # the body and the role before the name, titles between them
    ("Pentagon deputy press secretary Dana Whitacre told reporters that two drones were launched.",
     "Pentagon", "Dana Whitacre"),
    ("RSF adviser Omar Tijani Abakar accused the army of bombing villages.", "RSF", "Omar Tijani Abakar"),
    ("Kurdistan Region government (KRG) spokesperson Soran Mahmoud Karim condemned the attack.",
     "Kurdistan Regional Government", "Soran Mahmoud Karim"),
    ("Al-Nasr Army military spokesperson Lieutenant Iyad al-Homsi said the gangs used chemical weapons.",
     "Al-Nasr Army", "Iyad al-Homsi"),
    ("Speaking exclusively to Asharq Al-Awsat PYD spokesman Nawaf Khalil said the reasons are unknown.",
     "Democratic Union Party", "Nawaf Khalil"),
    # the role and the body before the name, between commas
    ("A spokesperson for the Upper Nile state government, Peter Nyang Chol, told reporters that security "
     "was restored.", "Upper Nile state government", "Peter Nyang Chol"),
    # the role and the body after the name
    ("Hashim Abdelrahman Karrar, a spokesman for the Sudanese Armed Forces, said the army abided by the law.",
     "Sudanese Armed Forces", "Hashim Abdelrahman Karrar"),
    ("Ali Hassan, a senior official at the Kharkiv regional administration, said 12 people died.",
     "Kharkiv regional administration", "Ali Hassan"),
    ('"Many are sleeping in their cars," Khalil Naso, a field coordinator for Yazda, told the newspaper.',
     "Yazda", "Khalil Naso"),
    # the body's acronym in brackets after it: the body the registry knows by it
    ("A spokesperson for the UN Children’s Fund (UNICEF), Tomás Ferreira, said half of them are children.",
     "UNICEF", "Tomás Ferreira"),
    ("Jane Okello, head of the Norwegian Refugee Council (NRC), said 400 families had fled.",
     "Norwegian Refugee Council", "Jane Okello"),
])
def test_attribution_an_officer_named_with_his_body_speaks_for_it(rules, text, source, speaker):
    [found] = attributions(text, rules)
    assert (found.source, found.speaker) == (source, speaker)
    assert found.source_type != "person"


@pytest.mark.parametrize("text, person", [
    # ministers, cabinet secretaries and national security advisers speak for themselves
    ("Defense Secretary Pete Hegseth said the strikes would continue.", "Pete Hegseth"),
    ("Interior Minister Ali Hassan said 12 people died.", "Ali Hassan"),
    ('"That means only two entities were responsible," Deputy National Security Adviser Ben Rhodes said.',
     "Ben Rhodes"),
    # an outlet he speaks to is not his body; "Syrian opposition" is no body's name
    ("Speaking to Al Jazeera Syrian opposition spokesman Salem al-Meslet said the talks failed.", "Salem al-Meslet"),
    # no body named with him: the role alone ("the group's spokesman" with no group before)
    ("Ali Hassan, the group's spokesman, said 12 people died.", "Ali Hassan"),
])
def test_attribution_an_officer_without_a_body_or_a_minister_speaks_for_himself(rules, text, person):
    [found] = attributions(text, rules)
    assert (found.source, found.source_type) == (person, "person")


@pytest.mark.parametrize("honorific", ["Ms.", "Ms", "Mrs.", "Dr."])
def test_attribution_an_honorific_and_surname_are_the_person_named_before_and_the_body_she_spoke_for(rules, honorific):
    found = attributions("At least 1,247 people were killed, the UN human rights office said. OHCHR spokesperson "
                         f"Elena Marchetti said the figures were grim. {honorific} Marchetti said the police were "
                         "involved. Marchetti added that drones were used.", rules)
    assert [(a.source, a.speaker) for a in found[1:]] == [("UN Human Rights Office", "Elena Marchetti")] * 3
    assert found[2].mention == f"{honorific} Marchetti"


def test_attribution_an_honorific_before_a_new_surname_is_that_person(rules):
    found = attributions("The army said 12 fighters died. Mr. Okafor, a trader, said he fled.", rules)
    assert (found[1].source, found[1].source_type) == ("Okafor", "person")


@pytest.mark.parametrize("mention", ["A spokesman for the ministry", "An official at the ministry",
                                     "Officials at the ministry", "Senior officials at the ministry"])
def test_attribution_an_unnamed_member_of_a_described_body_is_that_body(rules, mention):
    found = attributions(f"The Lebanese Health Ministry said the strike killed 12. {mention} said 3 died.", rules)
    assert found[1].source == "Lebanese Health Ministry" and found[1].mention.endswith("the ministry")
    assert found[1].mention in mention


def test_attribution_an_unnamed_member_of_a_description_naming_no_body_stays_unnamed(rules):
    found = attributions("Shelling hit the town. A spokesman for the ministry said 3 died. An official in the "
                         "army said 4 died.", rules)
    assert [a.source_type for a in found[1:]] == ["anonymous", "anonymous"]


def test_attribution_the_name_a_relative_clause_gives_is_the_speaker_of_the_body_or_the_person(rules):
    found = attributions('The Kani Township People’s Defence Force said the strike killed 12. "There were no '
                         'fighters inside," a spokesperson for the group, who gave his name only as Ko Thura, told '
                         "Al Jazeera. He said 7 children died. An official of the Interior Ministry, who gave his "
                         "name as Ali Musa, said 5 died. A spokesperson for one of the Fano factions, who identified "
                         "himself as Asres Mengistu, said 3 died.", rules)
    assert [(a.source, a.speaker) for a in found[1:]] == [
        ("Kani Township People’s Defence Force", "Ko Thura"), ("Kani Township People’s Defence Force", "Ko Thura"),
        ("Syrian Interior Ministry", "Ali Musa"), ("Asres Mengistu", "Asres Mengistu")]
    assert found[1].via == ("Al Jazeera",)


def test_attribution_a_groups_spokesman_is_not_the_outlet_he_spoke_to_before(rules):
    found = attributions("The Kani Township People’s Defence Force told Al Jazeera that the strike killed 12. "
                         "The group’s spokesman said 3 died.", rules)
    assert found[1].source == "Kani Township People’s Defence Force"


@pytest.mark.parametrize("text, source, speaker", [
    # a country's name opening a body's name is not its government
    ("The China Coast Guard said in a statement that the vessel had intruded.", "China Coast Guard", None),
    ("The Libyan Coast Guard said 60 migrants were rescued.", "Libyan Coast Guard", None),
    ("China Coast Guard spokesperson Liu Dejun said the operation was professional.", "China Coast Guard", "Liu Dejun"),
    # a spokesman of no named body speaks for the body that spoke and that his sentence names before him
    ('The China Coast Guard said the vessel intruded. "China Coast Guard took necessary control measures," '
     "spokesperson Wu Kaiming said.", "China Coast Guard", "Wu Kaiming"),
    # the country alone, or a body the country owns with its possessive, as before
    ("China said the police arrested four men.", "Chinese government", None),
    ("Iran’s mission to the United Nations in New York denied any involvement.", "Iran’s mission", None),
    # a name with "on" inside it; a rank between role and name; the station a superintendent heads
    ("The National Commission on Human Rights said three people died.", "National Commission on Human Rights", None),
    ("Intan Jaya Police chief Adj. Sr. Comr. Bayu Suseno told reporters that two died.", "Intan Jaya Police",
     "Bayu Suseno"),
    ("Pol Col Anan Sukjai, superintendent of Rueso police station, said the bomb weighed 15 kilogrammes.",
     "Rueso police station", "Anan Sukjai"),
    # a territory's word in lower case inside the subject before an insertion
    ("Ranau district police chief DSP Mohd Farhan Jaafar, when contacted by Bernama, said two died.",
     "Ranau district police", "Mohd Farhan Jaafar"),
    # "deplores" reports like "condemns"
    ("The chief of the chiefdom, Pilo Dheda Lonema, deplores the slowness of the army.", "Pilo Dheda Lonema",
     "Pilo Dheda Lonema"),
])
def test_attribution_bodies_named_in_wire_styles(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_a_date_in_brackets_after_the_day_is_stepped_over_and_a_country_in_s_owns_with_an_apostrophe(rules):
    found = attributions("MANILA: The Philippines on Sunday (Aug 31) accused China of ramming a vessel. The army on "
                         "Friday (March 3) said four sailors were hurt.", rules)
    assert [(a.source, a.cue) for a in found] == [("Philippines", "accused"), ("Philippines' army", "said")]


@pytest.mark.parametrize("text, source", [
    # an adverb of time between the auxiliary and the cue
    ("Rights groups have long argued that such incidents rarely end in prosecution.", "unnamed (rights groups)"),
    ("Rights groups have since documented scores of killings.", "unnamed (rights groups)"),
    # more heads of unnamed sources, alone or joined
    ("The victim died in hospital, his family members told reporters.", "unnamed (family members)"),
    ("Residents and rights campaigners say the line remains blurred.", "unnamed (residents and rights campaigners)"),
    ("A law enforcement official briefed on the investigation said the man had posted threats.",
     "unnamed (a law enforcement official)"),
    # members of a named body, an officer of it with its acronym and place, or after a long insertion
    ("Members of the Kani Township People’s Defence Force (PDF) said two jets dropped bombs.",
     "Kani Township People’s Defence Force"),
    ("A senior Kurdistan Democratic Party (KDP) official in Duhok, who asked not to be named, said his party "
     "rejects the attacks.", "Kurdistan Democratic Party"),
    ("An official in Daraa’s Internal Security Command, speaking on condition of anonymity because he was not "
     "authorised to speak to the media, said 11 men were held.", "Daraa’s Internal Security Command"),
])
def test_attribution_unnamed_sources_and_members_as_wire_copy_writes_them(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source


def test_attribution_a_description_does_not_refer_back_to_a_body_named_as_another_kind(rules):
    found = attributions("The Interior Ministry said it sent forces. The National Guard, an alliance of Druze "
                         "factions, said its fighters repelled an attack. Separately, the ministry announced three "
                         "arrests. A ranger was hurt, Anan Sukjai of the Rueso police station said. The ministry "
                         "added that the road was open.", rules)
    assert [a.source for a in found] == ["Syrian Interior Ministry", "National Guard", "Syrian Interior Ministry",
                                         "Rueso police station", "Syrian Interior Ministry"]


@pytest.mark.parametrize("text, source", [
    # "as" or "by" that do not give a name
    ("A nurse, who gave first aid by Gaza City beach, said 20 people died.", "unnamed (a nurse)"),
    ("A doctor who gave interviews to the BBC as Russian shells fell said the hospital was full.", "unnamed (a doctor)"),
    # the name keeps no full stop of the sentence's end
    ('"We will fight on," said a spokesman who gave his name only as Ko Thura.', "Ko Thura"),
])
def test_attribution_a_relative_clause_gives_a_name_only_in_its_own_words(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


def test_attribution_a_relative_clause_after_an_opening_phrase_names_the_body_of_its_own_subject(rules):
    found = attributions("The Arakan Army said 12 died. After the deadly attack a spokesperson for the group who gave "
                         "his name only as Khine Thu told reporters that more had died.", rules)
    assert (found[1].source, found[1].speaker) == ("Arakan Army", "Khine Thu")


@pytest.mark.parametrize("text, source", [
    # "Co-" is no company (a person), and "Co-founder" his title (since the thirty-fifth session)
    ("Co-founder Ahmed Ali said the group would appeal.", "Ahmed Ali"),
    ("The Police said three men were arrested.", "police"),    # no force's name: the police of the place
    ("Security Guards said three men were arrested.", "unnamed (security guards)"),
    ("Irans foreign ministry said the talks had ended.", "Iranian government"),  # FA-KES lost its apostrophe
])
def test_attribution_names_that_only_look_like_bodies(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source
    assert found.source_type != "organisation"


@pytest.mark.parametrize("text, source, via", [
    # a name's particle is part of it
    ("El Faro reported that three inmates died.", "El Faro", ()),
    ("An activist at the scene Muaz Al Shami said ten air strikes hit the area.", "Muaz Al Shami", ()),
    # a statement read on a broadcaster: that broadcaster relays it
    ("In a statement read on state television RTB on Sunday evening, the army acknowledged an attack.",
     "unnamed (the army)", ("RTB",)),
    # a relay described before its name is called by its name
    ("Francis Dumortier told the broadcaster BFMTV his town was in mourning.", "Francis Dumortier", ("BFMTV",)),
    ("A resident told the newspaper Le Monde that three people died.", "unnamed (a resident)", ("Le Monde",)),
])
def test_attribution_names_and_relays_of_wire_copy(rules, text, source, via):
    [found] = attributions(text, rules)
    assert (found.source, found.via) == (source, via)


@pytest.mark.parametrize("text, source, speaker", [
    # a named person, then his body and role between commas
    ("Col. Bae Jun-ho, a JCS spokesperson, told a briefing that the missile flew 300km.", "JCS", "Bae Jun-ho"),
    ("Ali Hassan, an RSF commander, said three fighters died.", "RSF", "Ali Hassan"),
    # but a place's adjective or a place before the role names no body
    ("Lama Sharif, a Daraa-based lawyer, said four men were held.", "Lama Sharif", "Lama Sharif"),
    # a newspaper named after its description (a newspaper, no person speaking); "everything" is no one
    ("According to the newspaper El Universal, which spoke to relatives, 12 people died.", "El Universal", None),
    ('"Everything indicates that they were looking for one man," Zamarripa said.', "Zamarripa", "Zamarripa"),
    ("Fishers in Penghu County said they had been warned.", "unnamed (fishers in penghu county)", None),
])
def test_attribution_persons_and_bodies_in_appositions_of_wire_copy(rules, text, source, speaker):
    [found] = attributions(text, rules)
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_a_ministry_of_one_portfolio_is_not_another_ministry_that_spoke(rules):
    found = attributions("Russia said it struck energy sites in Ukraine. The defence ministry said 12 missiles were "
                         "used. The repairs could cost 1.5 billion dollars, according to the energy ministry. The "
                         "defence ministry added that two drones were lost. Eritrea’s information ministry dismissed "
                         "the reports.", rules)
    assert [a.source for a in found] == ["Russian government", "Russian Defence Ministry", "Russia's energy ministry",
                                         "Russian Defence Ministry", "Eritrea's information ministry"]


def test_attribution_a_title_of_a_place_or_body_then_a_name_between_commas_is_that_person(rules):
    found = attributions("For her part, the Deputy Minister of Foreign Affairs, Idalmis Ferrer Quiala, denounced the "
                         "blockade. Meanwhile, the vice governor of Santiago de Cuba, Yanelis Fonseca Castillo, said the "
                         "water supply was cut. She added that classes will remain suspended. Reached by phone, a man "
                         "who identified himself as a 3R spokesman, Abakar Moussa, denied it.", rules)
    assert [(a.source, a.speaker) for a in found] == [
        ("Idalmis Ferrer Quiala", "Idalmis Ferrer Quiala"), ("Yanelis Fonseca Castillo", "Yanelis Fonseca Castillo"),
        ("Yanelis Fonseca Castillo", "Yanelis Fonseca Castillo"), ("3R", "Abakar Moussa")]


def test_attribution_a_place_that_recorded_deaths_is_no_source(rules):
    assert attributions("Guanajuato has recorded more homicides than any other state.", rules) == [None]
    [found] = attributions("UNICEF recorded three deaths.", rules)
    assert found.source == "UNICEF"


def test_attribution_a_named_pseudonym_after_an_inverted_quote_is_the_speaker(rules):
    [found] = attributions('"They came at four in the morning," his brother, who asked to be identified by the '
                           "pseudonym Abu Mohammad for fear of reprisal, said.", rules)
    assert (found.source, found.source_type) == ("Abu Mohammad", "person")


def test_attribution_a_company_named_with_its_abbreviation_speaks_as_a_body(rules):
    [found] = attributions("Chugoku Electric Power Co. said about 1,900 households remained without power.", rules)
    assert (found.source, found.source_type, found.speaker) == ("Chugoku Electric Power Co.", "organisation", None)


def test_attribution_the_hospital_is_the_one_the_text_named_last(rules):
    found = attributions("A police officer was taken to Rambam Medical Center in Haifa. The hospital said he was "
                         "conscious. On Tuesday al-Shifa Hospital was shelled. The hospital said it had no beds. "
                         "Doctors at Nasser Hospital treated him before he was taken to Al-Awda Hospital. The "
                         "hospital said 20 people died.", rules)
    assert [a and a.source for a in found] == [None, "Rambam Medical Center", None, "al-Shifa Hospital", None,
                                               "Al-Awda Hospital"]
    assert found[1].source_type == "NGO"
    # and none named: an unnamed source, not a source called "hospital"
    [found] = attributions("The hospital said three people died.", rules)
    assert found.source_type == "anonymous"


def test_attribution_police_speak_as_the_force_the_story_names(rules):
    found = attributions("The Kosovo Police said in a statement that two men were held. Police said officers "
                         "seized three rifles.", rules)
    assert [(a.source, a.source_type, a.speaker) for a in found] == [
        ("Kosovo Police", "government", None), ("Kosovo Police", "government", None)]
    # a force the text names without its speaking; its spokesman is not what "police said" quotes
    found = attributions("A spokesman for the Katsina State Police Command, Abubakar Sadiq, said two died. "
                         "According to police, the convoy was hit.", rules)
    assert (found[1].source, found[1].speaker) == ("Katsina State Police Command", None)
    found = attributions("The road was cut, police said. The spokesperson of the District Police Office, "
                         "Dhading said more rain was due. Two died, police said.", rules)
    assert [a.source for a in found] == ["police", "District Police Office", "District Police Office"]
    # the force speaks again through no relay but its own
    found = attributions("The Uppsala Police said a man died. Police spokesperson Lina Hedqvist told the TT news "
                         "agency that no one was held. The shooting was the third this year. Gang violence has "
                         "risen since 2020. Police said they would patrol the area.", rules)
    assert [a and (a.source, a.via) for a in found] == [("Uppsala Police", ()), ("Uppsala Police", ("TT",)),
                                                        None, None, ("Uppsala Police", ())]
    # "Commissioner" is a title: the commissioner speaks for his force, by surname too
    found = attributions('Copperbelt Police Commissioner Evans Mulenga confirmed the incident. "Three bodies were '
                         'found," Mulenga said.', rules)
    assert [(a.source, a.speaker) for a in found] == [("Copperbelt Police", "Evans Mulenga")] * 2
    # a capitalised rank between the force and the role
    [found] = attributions("Queensland Police Deputy Commissioner Gavin Rawlings told ABC Radio Brisbane that crews "
                           "would start.", rules)
    assert (found.source, found.speaker) == ("Queensland Police", "Gavin Rawlings")
    # a rank is no force, and "police officers" are people
    found = attributions("Deputy Superintendent of Police Ram Khadka visited the site. Police said two died. "
                         "Police officers said the road was closed.", rules)
    assert [a and a.source for a in found][1:] == ["police", "unnamed (police officers)"]


def test_attribution_the_words_describing_a_body_are_not_its_name(rules):
    [found] = attributions("The El-Obeid Emergency Response Room, a network of local volunteers, said in a "
                           "statement that 27 people had been killed.", rules)
    assert found.source == "El-Obeid Emergency Response Room"


@pytest.mark.parametrize("text, source", [
    # the government or army of the country the story is set in, when none was named before
    ("Gunmen attacked a village in the Central African Republic. The government blamed the 3R rebel group.",
     "Central African Republic's government"),
    ("Fighting spread near Maroua in Cameroon. The military says the assault began at midnight.",
     "Cameroon's military"),
    ("Rebels shelled Homs. The government blamed the attack on terrorists.", "Syrian government"),
    # an army the story named by another of its names ("the Sudanese Armed Forces")
    ("Fighting between the Sudanese Armed Forces and the RSF killed 27. The army said it repelled an attack.",
     "Sudanese Armed Forces"),
])
def test_attribution_the_government_or_the_army_is_the_story_countrys(rules, text, source):
    *_, found = attributions(text, rules)
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # a country-less alias of a Syrian body, named after another country
    ("Georgia's Health Ministry said 27 people were taken to hospitals.", "Georgia's Health Ministry"),
    ("German government spokesman Steffen Seibert said the ceasefires were not enough.", "Germany's government"),
    # an acronym is the body's own name, wherever its branch is
    ("The head of UOSSM France Dr Ziad Alissa condemned the attack.",
     "Union of Syrian Medical Care and Relief Organisations"),
])
def test_attribution_a_body_of_another_country_is_not_the_syrian_one(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source


@pytest.mark.parametrize("text, source, speaker", [
    # the role and body, then his name between commas, read first as one unnamed spokesman or one name
    ("The spokesman of the Ambulance and Emergency Service, Anwar Shneiba, told The Libya Observer that teams "
     "had evacuated dozens.", "Ambulance and Emergency Service", "Anwar Shneiba"),
    ("A spokesman for the rebel Syrian National Army, Youssef Hammoud, said the fighters had withdrawn.",
     "Syrian National Army", "Youssef Hammoud"),
])
def test_attribution_a_role_and_body_then_the_name_between_commas(rules, text, source, speaker):
    [found] = attributions(text, rules)
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # a body a country owns, named as written, not the government the country's name stands for
    ("Citing Lebanon's Health Ministry, NNA says one of the dead is a woman.", "Lebanon's Health Ministry"),
    ("Lebanon's General Security agency, which controls the border crossings, said 2,300 Syrians left each day.",
     "Lebanon's General Security agency"),
    ("Iran's mission to the United Nations in New York denied any involvement.", "Iran's mission"),
    # its army is the registry's army of that country; a known body after the country is that body
    ("Turkey's army said it killed 12 militants.", "Turkish military"),
    ("Iran's official IRNA news agency said the talks had ended.", "IRNA"),
])
def test_attribution_a_body_a_country_owns(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # a body the registry knows by a country-less alias, in a story from a country that is not its own
    ("Floods swept through Derna in Libya. \"Our teams are working,\" Red Crescent spokesperson Nouri Busaif said.",
     "Libya's Red Crescent"),
    ("US strikes hit Sanaa in Yemen. The Houthi-run Health Ministry in Sanaa said nine people were killed.",
     "Houthi-run Health Ministry in Sanaa"),
])
def test_attribution_a_country_less_alias_abroad_is_not_the_syrian_body(rules, text, source):
    *_, found = attributions(text, rules)
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # an unnamed member of a body the mention names speaks for the body ...
    ("A Syrian army officer said the aim was to cut supply lines.", "Syrian army"),
    ("A senior Lebanese army official, speaking on condition of anonymity because he was not authorized to brief "
     "the media, told CNN that troops had deployed.", "Lebanese army"),
    ("A General Security officer, who asked not to be named, said the real figure was higher.", "General Security"),
    ("A health professional at Bichena Primary Hospital, who spoke on condition of anonymity, said 40 bodies came in.",
     "Bichena Primary Hospital"),
    ('"We saw people with head injuries," GYLA lawyer Nino Gelashvili told RFE/RL.', "GYLA"),
    # ... but a country's official, or one of no body, is unnamed
    ("A U.S. official said Washington was not seeking a vote.", "unnamed (a u.s. official)"),
    ("A senior official said 12 died.", "unnamed (senior official)"),
    ("A local official, who spoke on condition of anonymity for security reasons, put the toll higher.",
     "unnamed (local official)"),
    ('"We hear the planes every day," said a 45-year-old farmer from a neighbouring village.',
     "unnamed (a 45-year-old farmer)"),
])
def test_attribution_an_unnamed_member_speaks_for_the_body_named_with_him(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # a verb that reports only right after a quotation
    ('"We hear them every day. What military target is this?" he asked.', "unnamed"),
    ('"Can you show me even one fighter here?" asked Jihad, who survived the bombing.', "Jihad"),
])
def test_attribution_asked_reports_right_after_a_quotation(rules, text, source):
    *_, found = attributions(text, rules)
    assert found is not None and found.source == source and found.cue == "asked"


@pytest.mark.parametrize("text", [
    "Agreement was reached after U.S. President Barack Obama asked Congress to approve air strikes.",
    "A doctor at the facility, who asked not to be named, said 41 wounded people had been admitted.",
])
def test_attribution_asked_elsewhere_reports_nothing(rules, text):
    [found] = attributions(text, rules)
    assert found is None or found.cue != "asked"


def test_attribution_the_aged_person_is_the_one_the_story_named_last(rules):
    found = attributions('Nyaduoth Gatluak arrived at the camp with four children. "We walked for six days. My '
                         'youngest was sick the whole way," the 34-year-old said in a communal shelter.', rules)
    assert [a and a.source for a in found] == [None, "Nyaduoth Gatluak", "Nyaduoth Gatluak"]


@pytest.mark.parametrize("text, source", [
    # a hyphenated describing word inside the name's span
    ("The violence has killed more than 26,000 people, according to the conflict-monitoring group ACLED.", "ACLED"),
    ("ACLED cautions that its fatality figures are conservative.", "ACLED"),
    ("Lebanese state media says 3 killed in Israeli strike near Nabatieh", "National News Agency"),
])
def test_attribution_wire_forms_of_the_twelfth_session(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source


def test_attribution_a_title_refers_back_to_the_person_given_it_however_far(rules):
    found = attributions("Zaporizhzhia regional governor Dmytro Holovko said 17 people were injured. Rescuers worked "
                         "through the night. Schools were closed. According to the governor, drones hit a building.",
                         rules)
    assert [a and a.source for a in found] == ["Dmytro Holovko", None, None, "Dmytro Holovko"]


def test_attribution_a_title_in_the_headline_is_the_person_named_later(rules):
    found = attributions("Drone attack on Zaporizhzhia injures 17, governor says\nZaporizhzhia regional governor "
                         "Dmytro Holovko said the drones hit homes.", rules)
    assert [a and a.source for a in found] == ["Dmytro Holovko", "Dmytro Holovko"]
    assert found[0].rule.endswith("+named-later")


def test_attribution_an_indefinite_title_after_according_to_is_no_one_named_before(rules):
    *_, found = attributions("Activist Bebars Mishal said the city was shelled. More than 30 people were injured, "
                             "according to an activist contacted in the city.", rules)
    assert found.source_type == "anonymous"


def test_attribution_an_unnamed_speaker_then_the_words_that_place_him(rules):
    [found] = attributions("Residents of several districts in the East Gojjam zone say at least 12 civilians have "
                           "been killed.", rules)
    assert (found.source, found.mention) == ("unnamed (residents)", "Residents")


def test_attribution_the_groups_director_speaks_for_the_group_named_before(rules):
    # FA-KES lost the apostrophe: "the groups hospitals and trauma director"
    *_, found = attributions("The Union of Syrian Medical Relief Organisations said a clinic was hit. \"The building "
                             "collapsed\" the groups hospitals and trauma director for the area Ahmed Dbais said.", rules)
    assert (found.source, found.speaker) == ("Union of Syrian Medical Relief Organisations", "Ahmed Dbais")


@pytest.mark.parametrize("text, source, speaker", [
    # a country's body and role, then a comma and titles before the name
    ("Mali's government spokesman, Colonel Abdoulaye Traoré, said the figures were fabrications.",
     "Mali's government", "Abdoulaye Traoré"),
    # the role and body between commas, titles before the name, after an opening phrase
    ("Reacting to the allegation, the spokesperson for Operation Fansan Yamma, Lt. Col. Haruna Dikko, said troops "
     "had engaged.", "Operation Fansan Yamma", "Haruna Dikko"),
    # the role without an article after the name
    ('"The hill came down," said Ram Bahadur Khadka, spokesperson for the District Police Office.',
     "District Police Office", "Ram Bahadur Khadka"),
    # another country's Red Crescent, named as written
    ('"Our volunteers are at risk," said Abdelmoneim Hassan El-Tayeb, secretary-general of the Sudanese Red '
     'Crescent Society.', "Sudanese Red Crescent Society", "Abdelmoneim Hassan El-Tayeb"),
])
def test_attribution_officers_in_wire_copy_of_the_fourth_batch(rules, text, source, speaker):
    [found] = attributions(text, rules)
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_a_role_of_no_named_body_leaves_the_person(rules):
    [found] = attributions('"Rates went up," said Tom Ashworth, head of marine war at a Lloyd\'s broker.', rules)
    assert found.source == "Tom Ashworth"


@pytest.mark.parametrize("text, source", [
    ("The Israel Police said in a statement that two suspects were detained.", "Israel Police"),
    ("Doctors at DMCH said most of the injured had pellet wounds.", "DMCH"),
    ("Floods hit Bangladesh. In a statement, the home ministry said a probe committee was formed.",
     "Bangladesh's home ministry"),
    ('"He called us every Sunday. Then a man called and said he was a hero," said Svetlana, the mother of a '
     'soldier.', "Svetlana"),
])
def test_attribution_bodies_and_speakers_of_the_fourth_batch(rules, text, source):
    *_, found = attributions(text, rules)
    assert found.source == source


def test_attribution_an_opening_participle_is_no_part_of_the_subject(rules):
    [found] = attributions("Contacted, Md Shahidul Islam, deputy commissioner (media) of Dhaka Metropolitan Police, "
                           "said law enforcers had shown restraint.", rules)
    assert (found.source, found.speaker) == ("Dhaka Metropolitan Police", "Md Shahidul Islam")


@pytest.mark.parametrize("text, source", [
    ("Riots hit Quito in Ecuador. Government spokesperson Carolina Ledesma told reporters that troops would stay.",
     "Ecuador's government"),
    # the body before the place a mention adds ("in Damascus" is where he is, not who speaks)
    ("Riots hit Damascus. A UN official in Damascus said aid deliveries had been severely disrupted.",
     "United Nations"),
])
def test_attribution_wire_bodies_named_before_a_place_or_by_a_bare_state_word(rules, text, source):
    *_, found = attributions(text, rules)
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    ("The Texas governor's office said the state had sent troopers.", "Texas governor's office"),
    ("Mr Langat's family, who joined the march, said they had yet to receive an explanation.", "Mr Langat's family"),
    # (a description's possessive is not read into a name: the spokesman of "the military government")
    ("Fighting spread in Myanmar. The military government's spokesman, Major General Zaw Lin Htet, denied it.",
     "Myanmar's military government"),
])
def test_attribution_a_titles_possessive_inside_a_name(rules, text, source):
    *_, found = attributions(text, rules)
    assert found.source == source


@pytest.mark.parametrize("text, via", [
    ("Ministry spokesman Samer al-Hourani said in a statement carried by the state news agency SANA that forces "
     "had deployed.", ("SANA",)),
    ("In a statement carried by SANA, the ministry said 12 died.", ("SANA",)),
    # a body's own outlet relays nothing
    ("Al-Shabaab claimed responsibility in a statement carried by its Andalus radio station.", ()),
])
def test_attribution_a_statement_carried_by_an_outlet_is_relayed_by_it(rules, text, via):
    [found] = attributions(text, rules)
    assert found.via == via


def test_attribution_the_reported_clause_after_told_outlet_is_not_the_outlets_name(rules):
    *_, found = attributions('Syria Direct could not independently verify the arrests. A UNHCR spokesperson in Amman '
                             'told Syria Direct the agency was "aware of reports" of arrests.', rules)
    assert found.source == "UNHCR" and found.via == ()  # (Syria Direct publishes the story)


@pytest.mark.parametrize("text, expected", [
    # a name written family name first: the first word after the titles
    ('The Joint Chiefs of Staff said it detected a launch. Col. Bae Jun-ho, a JCS spokesperson, told a briefing that '
     'analysts were busy. "We cannot rule it out," Bae said.', ("Joint Chiefs of Staff", "Bae Jun-ho")),
    ('Presidential Office spokeswoman Hsu Ya-ting said in a statement that the drills were a threat. "Taiwan will '
     'not provoke," Hsu said.', ("Presidential Office", "Hsu Ya-ting")),
])
def test_attribution_a_family_name_written_first_is_the_person_named_before(rules, text, expected):
    *_, found = attributions(text, rules)
    assert (found.source, found.speaker) == expected and found.rule.endswith("+surname")


def test_attribution_a_first_name_of_no_speaker_before_is_no_one_named_before(rules):
    *_, found = attributions('Col. Bae Jun-ho, a JCS spokesperson, told a briefing that analysts were busy. '
                             '"We fled," Kim said.', rules)
    assert found.source == "Kim"


@pytest.mark.parametrize("text, source", [
    # an acronym no bracket defines, spelled by the initials of a body that speaks in the story
    ('The Joint Chiefs of Staff said it detected a launch. "Our military is ready," the JCS said.',
     "Joint Chiefs of Staff"),
    ("The Norwegian Refugee Council said 12 died. NRC said more had fled.", "Norwegian Refugee Council"),
])
def test_attribution_an_acronym_of_a_body_that_spoke_is_that_body(rules, text, source):
    *_, found = attributions(text, rules)
    assert found.source == source


def test_attribution_an_acronym_two_bodies_could_spell_stays_as_written(rules):
    *_, found = attributions("The Quetta Relief Council said 12 died. The Quetta Rescue Committee said 14 died. "
                             "QRC said more had fled.", rules)
    assert found.source == "QRC"


def test_attribution_the_ministry_is_no_governorate(rules):
    found = attributions("The Sweida governorate said in a statement that a convoy was postponed. Separately, the "
                         "ministry announced three arrests.", rules)
    assert found[0].source == "Sweida governorate" and found[1].source != "Sweida governorate"


def test_attribution_a_corps_is_a_body_not_a_person(rules):
    [found] = attributions("The Quetta Rescue Corps said 14 people died.", rules)
    assert (found.source, found.source_type, found.speaker) == ("Quetta Rescue Corps", "military", None)


@pytest.mark.parametrize("text, source", [
    ("Kurdistan Region's Counter-Terrorism Directorate said a drone struck the airport. Security forces found the "
     "launcher, the directorate said.", "Kurdistan Region's Counter-Terrorism Directorate"),
    ('The prefecture of Nord said 12 were rescued. "Six died," the prefecture said.', "prefecture of Nord"),
])
def test_attribution_a_directorate_or_prefecture_named_before_is_the_description(rules, text, source):
    *_, found = attributions(text, rules)
    assert found.source == source


def test_attribution_a_medium_described_is_the_outlet_that_relayed_before(rules):
    found = attributions("Yemen Today TV, citing a health official in the province, reported that shells struck "
                         "homes. Residents heard explosions for about an hour, the channel said.", rules)
    assert found[0].via == ("Yemen Today TV",)
    assert (found[1].source, found[1].via) == ("Yemen Today TV", ())
    # a channel the registry knows is written by its registry name
    found = attributions("Al Masirah TV, citing a health official in the province, reported that shells struck "
                         "homes. Residents heard explosions for about an hour, the channel said.", rules)
    assert (found[0].via, found[1].source) == (("Al-Masirah",), "Al-Masirah")


def test_attribution_a_medium_described_with_no_outlet_before_stays_unnamed(rules):
    found = attributions("A health official said shells struck homes. Residents heard explosions, the channel said.",
                         rules)
    assert found[1].source_type == "anonymous"


def test_attribution_insisted_is_a_neutral_cue(rules):
    # (the gold hedges none of the seven dev sentences where someone insists)
    [found] = attributions("The Kremlin has insisted that any settlement must recognise its claims.", rules)
    assert (found.cue, found.stance) == ("insisted", "neutral")


@pytest.mark.parametrize("text", [
    "Sumy acting mayor Mykola Zhuravel declared three days of mourning in the city.",  # an act, not a report
    "The governor declared a curfew in the district.",
    "No group had claimed responsibility by Tuesday afternoon.",  # no one asserts anything
])
def test_attribution_acts_and_no_one_are_no_source(rules, text):
    assert attributions(text, rules) == [None]


def test_attribution_declared_that_still_reports(rules):
    [found] = attributions("The army declared that 12 fighters died.", rules)
    assert found is not None and found.cue == "declared"


@pytest.mark.parametrize("text, source", [
    # a first name that is none of the registry person's names makes another person
    ('"There are still people under the debris," said Gul Rahman, a tribal elder.', "Gul Rahman"),
    ("Rami Abdel Rahman, head of the Observatory, told AFP 12 died. Rahman added that 3 were children.",
     "Syrian Observatory for Human Rights"),
    ("Observatory chief Rami Abdulrahman said 12 died.", "Syrian Observatory for Human Rights"),
])
def test_attribution_a_registry_surname_after_another_first_name_is_another_person(rules, text, source):
    *_, found = attributions(text, rules)
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # a role of no named body leaves the person ("head of research at a … consultancy")
    ("Jakob Lindqvist, head of research at a Copenhagen-based shipping consultancy, estimated that traffic would "
     "fall.", "Jakob Lindqvist"),
    ("Dr Khalil Abu Shaban, director of al-Ahli Arab Hospital, where many of the wounded were taken, said teams "
     "were overwhelmed.", "al-Ahli Arab Hospital"),
])
def test_attribution_a_role_inserted_speaks_for_a_named_body_only(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    ("The Islamic Emirate's spokesman said on X that the leadership had directed all institutions to help.",
     "Islamic Emirate"),
    ("The Taliban's spokesman said 12 people died.", "Taliban"),
    # a plural possessive before a described spokesman names his body, not the military that spoke last
    ("The Israeli army said 3 died. The Houthis' military spokesman said the group had targeted the vessel.",
     "Houthis"),
])
def test_attribution_a_possessive_owner_speaks_through_an_unnamed_spokesman(rules, text, source):
    *_, found = attributions(text, rules)
    assert found.source == source and found.speaker is None


def test_attribution_after_an_elder_spoke_a_bodys_spokesman_is_the_body(rules):
    found = attributions('"We have no machinery," said Gul Rahman, a tribal elder. The Islamic Emirate\'s spokesman '
                         "said on X that help was coming.", rules)
    assert found[1].source == "Islamic Emirate"


def test_attribution_none_of_names_no_one(rules):
    assert attributions("None of the claims could be independently verified.", rules) == [None]


def test_attribution_a_councillor_abbreviated_is_the_person_and_the_sentence_goes_on(rules):
    found = attributions('"This is not something that happens here," said Wellington North Coun. Lisa Hawthorne. '
                         '"People are shaken."', rules)
    assert [(a.source, a.speaker) for a in found] == [("Lisa Hawthorne", "Lisa Hawthorne")] * 2


@pytest.mark.parametrize("text, source", [
    # an acronym no bracket defines and no speaker's initials spell: the one name the text writes in full
    ("The Magen David Adom ambulance service said its medics treated a man. Both were taken to hospital, MDA said.",
     "Magen David Adom"),
    ("A spokesman for the GNU, Faraj al-Tarhouni, said 12 died. The Government of National Unity runs the west.",
     "Government of National Unity"),
])
def test_attribution_an_acronym_is_the_name_the_text_writes_in_full(rules, text, source):
    found = [a for a in attributions(text, rules) if a is not None]
    assert found[-1].source == source


def test_attribution_an_acronym_two_names_could_spell_stays_as_written_in_full_text(rules):
    *_, found = attributions("The Quetta Relief Council and the Quetta Rescue Committee work in the city. QRC said "
                             "12 died.", rules)
    assert found.source == "QRC"


def test_attribution_a_hyphenated_rank_and_a_possessive_role_inserted(rules):
    found = attributions("The Congolese army said rebels attacked. Lt-Col Fiston Mbusa, the army's sector spokesman, "
                         'said the rebels failed. "They failed," Lt-Col Mbusa said.', rules)
    assert [(a.source, a.speaker) for a in found[1:]] == [("Congolese army", "Fiston Mbusa")] * 2
    assert found[2].mention == "Lt-Col Mbusa"


def test_attribution_a_title_and_a_new_surname_is_read_as_written(rules):
    [found] = attributions("Gen. Okonkwo said the town was retaken.", rules)
    assert (found.source, found.mention) == ("Okonkwo", "Gen. Okonkwo")


def test_attribution_a_body_named_with_a_number_before_its_spokesperson(rules):
    [found] = attributions("Rescue 1122 spokesperson Bilal Ahmad Faizi said the injured were taken to hospital.", rules)
    assert (found.source, found.speaker) == ("Rescue 1122", "Bilal Ahmad Faizi")


@pytest.mark.parametrize("text", [
    # only an outlet of the described kind that relayed before: not a ministry or a wire agency
    "The health ministry, citing hospital officials, said 12 people died. Residents heard explosions, the channel said.",
    "Reuters, citing witnesses, reported 12 dead. Residents heard explosions, the channel said.",
])
def test_attribution_a_described_medium_is_no_relay_of_another_kind(rules, text):
    *_, found = attributions(text, rules)
    assert found.source_type == "anonymous"


def test_attribution_a_first_name_that_is_a_place_is_no_family_name(rules):
    *_, found = attributions("Jordan Bardella said the vote was a triumph. Jordan said it would close its border.",
                             rules)
    assert found.source != "Jordan Bardella"


@pytest.mark.parametrize("text, source", [
    ("Turkish PM Erdogan said 12 died.", "Recep Tayyip Erdogan"),  # an acronym is no first name
    ("Russian FM Lavrov said 12 died.", "Sergei Lavrov"),
])
def test_attribution_an_acronym_before_a_registry_surname_is_no_other_person(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source


@pytest.mark.parametrize("text", [
    "Prime Minister Shehbaz Sharif visited the site. The PM said 12 died.",  # a title is no body's name
    "Ahmed Bakr Saleh, a farmer, fled. ABS said 12 died.",  # nor a person the text describes
])
def test_attribution_an_acronym_is_not_spelled_by_a_title_or_a_person(rules, text):
    *_, found = attributions(text, rules)
    assert found.source in {"PM", "ABS"}


@pytest.mark.parametrize("text, attributed", [
    ("The army declared two soldiers had been killed in the raid.", True),  # a report
    ("The mayor declared six days of mourning.", False),  # an act
    ("The governor declares a curfew in the district.", False),
])
def test_attribution_declaring_an_act_or_a_report(rules, text, attributed):
    [found] = attributions(text, rules)
    assert (found is not None) == attributed


def test_attribution_a_number_only_right_before_the_role_joins_the_body(rules):
    [found] = attributions("On October 7 Quetta Relief Council spokesman Bilal Faizi said 12 died.", rules)
    assert (found.source, found.speaker) == ("Quetta Relief Council", "Bilal Faizi")


@pytest.mark.parametrize("text, source", [
    ("Netanyahu's spokesman said 12 died.", "Netanyahu"),  # a person's spokesman speaks for him
    ("John Smith's spokesman said 12 died.", "John Smith"),
])
def test_attribution_a_persons_spokesman_speaks_for_the_person(rules, text, source):
    [found] = attributions(text, rules)
    assert (found.source, found.source_type) == (source, "person")


def test_attribution_a_places_spokesman_is_no_owner_reading(rules):
    [found] = attributions("Gaza's spokesman said 12 died.", rules)
    assert found.rule != "attr.subject-cue+owner"


def test_attribution_the_cue_shortcut_finds_what_the_full_walk_finds(rules, monkeypatch):
    """Sentences skipped by `may_hold_a_cue` would have had no candidate from the walk either."""
    from pathlib import Path

    from verify.attribution import _CueIndex, _cue_index, find_candidates
    from verify.rules import derived
    from verify.segment import split_sentences

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("fixtures/seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(Path("fixtures/wire").glob("b1_*.txt"))]
    sentences = [s.text for t in texts for s in split_sentences(t, abbreviations=rules.abbreviations)]
    index = derived(rules, "attribution.cues", lambda r: _cue_index(r.cues))
    assert sum(not index.may_hold_a_cue(s) for s in sentences) > 20  # (the shortcut is taken)
    fast = [find_candidates(s, rules=rules) for s in sentences]
    monkeypatch.setattr(_CueIndex, "may_hold_a_cue", lambda self, text: True)
    assert [find_candidates(s, rules=rules) for s in sentences] == fast


def test_attribution_the_cue_shortcut_keeps_cue_forms_of_other_characters(rules):
    from dataclasses import replace as replace_rules

    from verify.rules import Cue
    from verify.attribution import find_candidates

    extended = replace_rules(rules, cues=(*rules.cues, Cue("cue.test.live-blog", ("live-blogged",), "neutral", "verb")))
    [found] = find_candidates("The ministry live-blogged that 12 people died.", rules=extended)
    assert found.cue == "live-blogged"


@pytest.mark.parametrize("text, via", [
    # a described relay is the medium the text introduced with that word, known to no registry
    ('Witnesses told the newspaper El Universal that six men arrived. "They said nothing," one relative told the '
     "newspaper.", ("El Universal",)),
    ("Three residents interviewed by the Ukrainian outlet Hromadske described the buildings. \"There were no soldiers "
     'here," one resident told the outlet.', ("Hromadske",)),
    ('"We fled," one resident told the newspaper.', ("newspaper",)),  # (no medium named: as written)
])
def test_attribution_a_described_relay_is_the_medium_introduced_so(rules, text, via):
    *_, found = attributions(text, rules)
    assert found.via == via


@pytest.mark.parametrize("text, via", [
    ("Three residents interviewed by the Ukrainian outlet Hromadske described the buildings as residential.",
     ("Hromadske",)),
    ("Three residents interviewed by police said they fled.", ()),  # no medium
])
def test_attribution_people_interviewed_by_a_medium_are_relayed_by_it(rules, text, via):
    [found] = attributions(text, rules)
    assert found.via == via


def test_attribution_a_desk_byline_names_the_publisher_so_told_it_is_no_relay(rules):
    found = attributions("Houthis claim drone attack on bulk carrier\nGulf News Report\nPublished: October 17, 2025\n"
                         "Karim Haddad, a maritime risk analyst, told Gulf News the incident would push premiums up.",
                         rules)
    assert (found[-1].source, found[-1].via) == ("Karim Haddad", ())


def test_attribution_a_report_heading_names_no_publisher(rules):
    found = attributions("Special Report\nA resident told Special Forces Radio that 12 died.", rules)
    assert found[-1].via == ("Special Forces Radio",)


@pytest.mark.parametrize("text, via", [
    ("In a briefing to state media, Government Communication Service spokesperson Tesfaye Alemu said the army had "
     "retaken the town.", ("state media",)),
    ("In comments to Reuters, the minister said 12 died.", ("Reuters",)),
    ("In a briefing to reporters, the spokesman said 12 died.", ()),  # reporters are no medium
])
def test_attribution_an_opening_briefing_or_comments_to_a_medium_relays(rules, text, via):
    [found] = attributions(text, rules)
    assert found.via == via


def test_attribution_a_department_described_in_lower_case_is_named_from_the_text(rules):
    [found] = attributions("The provincial health department said an emergency had been declared.", rules)
    assert (found.source, found.source_type != "anonymous") == ("provincial health department", True)


@pytest.mark.parametrize("text, via", [
    # the medium's own name after the word for its kind, not a registry medium known by that word
    ("Its director, Dr Zoran Stefanović, told Serbian state broadcaster RTS that 17 people had been treated.",
     ("RTS",)),
    ("The minister told the newspaper Le Monde that 12 died.", ("Le Monde",)),
    ("The minister told state television that 12 died in Aleppo.", ("Syrian state television",)),  # (no name: the
    # registry's, in a story from Syria; in one that names no country, no country's: "state television")
    ("The minister told state television that 12 died.", ("state television",)),
])
def test_attribution_a_relay_named_after_its_kind(rules, text, via):
    [found] = attributions(text, rules)
    assert found.via == via


def test_attribution_a_dateline_with_a_colon_names_the_publisher_the_story_is_told(rules):
    found = attributions("Quake toll rises\nASADABAD (Pajhwok): The death toll has risen to 212.\nMinistry spokesman "
                         "Mohammad Yousuf Nazari told Pajhwok Afghan News that rescue teams were at work.", rules)
    assert found[-1].via == ()  # (its own story: no relay)


def test_attribution_an_unknown_dateline_names_no_publisher_that_is_not_told(rules):
    found = attributions("BEIRUT (Xinhuo) - The army said 12 died. A resident told Pajhwok Afghan News he fled.", rules)
    assert found[-1].via == ("Pajhwok Afghan News",)


@pytest.mark.parametrize("text, source, speaker", [
    # roles the officers ruling covers that the rule file lacked: a party's secretary, an agency's
    # forecaster, meteorologist or scientist, a hospital's nurse, a university's rector
    ("ANC provincial secretary Thabo Mokoena said 12 members had been arrested.", "ANC", "Thabo Mokoena"),
    ("The Met Office said the storm would weaken. Met Office chief meteorologist Jane Hill said winds "
     "would reach 90 mph.", "Met Office", "Jane Hill"),
    ("Amina Diallo, a nurse at Kayes Regional Hospital, said 14 wounded had arrived.", "Kayes Regional Hospital",
     "Amina Diallo"),
    # a capitalised role after a body's acronym or after a name ending in a body's word
    ("The National Disaster Management Authority issued an alert. NDMA Deputy Director Karim Shah said "
     "rivers were rising.", "National Disaster Management Authority", "Karim Shah"),
    ("Lviv City Council Secretary Marta Hnatiuk said 30 people were hurt.", "Lviv City Council", "Marta Hnatiuk"),
    # a possessive body: "its", "the union's", "the university's", "the Ministry's"
    ("The Kivu Miners Union said the shaft was unsafe. The union's regional representative, Joseph Kabila "
     "Mutombo, said 11 men were trapped.", "Kivu Miners Union", "Joseph Kabila Mutombo"),
    ("Gulu University of Science closed its campus. The university's rector, Peter Okello, said 3 students "
     "died.", "Gulu University of Science", "Peter Okello"),
    ("The Mercy Clinic in Bossangoa took in the wounded. Its director, Dr Anne Ngaba, said 17 had been treated.",
     "Mercy Clinic in Bossangoa", "Anne Ngaba"),
    ("The EU's spokesperson for foreign affairs, Lena Berg, said the raid was unlawful.", "European Union", "Lena Berg"),
])
def test_attribution_more_officers_speak_for_their_body(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, person", [
    # a scholar at a place of learning speaks for himself (a researcher at an NGO does not: above)
    ("Maria Lopes, a political scientist at the University of Porto, said the vote was rigged.", "Maria Lopes"),
    ("Tom Reed, a researcher at the Institute for Security Studies, said 40 died.", "Tom Reed"),
    # the head or a member of a local government speaks for himself, as a mayor does
    ("The chairman of Bida Local Government, Musa Bello, said 23 bodies had been recovered.", "Musa Bello"),
    ("Olena Marchuk, head of the Kherson Regional Military Administration, said two missiles hit.", "Olena Marchuk"),
    ("A member of the Basra provincial council, Ali Jaber, said the curfew was lifted.", "Ali Jaber"),
    ("The head of Tyre's municipal council, Hassan Dbouk, said 8 homes were destroyed.", "Hassan Dbouk"),
    # a capitalised cabinet title after a place is no body's role
    ("British Foreign Secretary John Carter said the attack was wrong.", "John Carter"),
])
def test_attribution_scholars_and_local_heads_speak_for_themselves(rules, text, person):
    found = attributions(text, rules)[-1]
    assert (found.source, found.source_type) == (person, "person")


def test_attribution_its_officer_needs_a_body_the_sentence_before_began_with(rules):
    # "Its" points to the body the sentence before began with; with none, the officer is himself
    found = attributions("Heavy rain fell overnight. Its spokesman, John Smith, said 20 died.", rules)[-1]
    assert found.source == "John Smith"
    found = attributions("The Kenya Red Cross Society sent teams. Its secretary-general, Ahmed Idris, said 40 were "
                         "hurt.", rules)[-1]
    assert (found.source, found.speaker) == ("Kenya Red Cross Society", "Ahmed Idris")  # (not the ICRC)


@pytest.mark.parametrize("text, source", [
    # what a rule says is no one's claim: the sentence's own speaker stands
    ("\"We buried them according to Islamic rites,\" Mr Musa said.", "Musa"),
    ("The executions were carried out according to Sharia law, the Amaq agency said.", "Amaq"),
    ("According to Amnesty International, 20 died.", "Amnesty International"),  # a body still is a source
])
def test_attribution_according_to_a_rule_names_no_source(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source


@pytest.mark.parametrize("text, publisher", [
    # an outlet's own staff sign the byline, whether or not the registry knows the outlet
    ("Rockets hit the north\nBy Galilee Tribune staff\nA resident told the Galilee Tribune 12 died.", "Galilee Tribune"),
    ("Blast in Kunar\nBy Pajhwok Reporter On Sep 02, 2025 - 14:35\nTwelve died.", "Pajhwok"),
    # the initials of a name the story spells out
    ("Drones hit the north\nBy TOI STAFF\nA resident told The Times of Israel that 12 died.", "Times of Israel"),
    # the outlet after the reporters' names, or alone
    ("Base attacked\nBy Carter Whitfield, Stars and Stripes • November 18, 2025\nAn officer told Stars and Stripes "
     "that 12 died.", "Stars and Stripes"),
    ("Strike on a car\nBy Al Mayadeen English\nThree died.", "Al Mayadeen"),
    ("Strike on a car\nSource: Al Mayadeen English + Agencies\nThree died.", "Al Mayadeen"),
])
def test_publisher_a_byline_that_names_the_outlet(rules, text, publisher):
    from verify.attribution import publisher_of
    found = publisher_of(Document(id="t", origin="t", text=text), rules.registry)
    assert found is not None and found.name == publisher


@pytest.mark.parametrize("text", [
    "Attack in Benue\nBy Terkula Aondona, Makurdi\nTwelve died.",  # the reporter's town is no outlet
    "Attack in Benue\nBy WANJIRU MAINA\nTwelve died.",
    "Attack in Benue\nSource: Reuters/AFP\nTwelve died.",  # what the story drew on, not who publishes it
])
def test_publisher_a_byline_without_an_outlet_names_none(rules, text):
    from verify.attribution import publisher_of
    assert publisher_of(Document(id="t", origin="t", text=text), rules.registry) is None


def test_attribution_told_the_outlet_a_staff_byline_names_is_no_relay(rules):
    found = attributions("Drones hit the north\nBy TOI STAFF\nA senior security official told The Times of Israel "
                         "that the drone flew low.", rules)
    assert (found[-1].source_type, found[-1].via) == ("anonymous", ())


@pytest.mark.parametrize("text, source", [
    # a person described, then who he is between commas, then the cue
    ("The administrator, who asked not to be named for his safety, said 30 fighters died.", "unnamed (the administrator)"),
    ("A shop owner, who asked not to be named, said 12 died.", "unnamed (a shop owner)"),
    # after an opening adverb
    ("However, a security officer at the scene, who sought anonymity, said the toll could rise.",
     "unnamed (a security officer at the scene)"),
    ("However, the army said 12 died.", "unnamed (the army)"),
    # "a person familiar with the matter", the wire's unnamed source
    ("A person familiar with the matter said 12 died.", "unnamed (a person)"),
])
def test_attribution_unnamed_people_described_before_the_cue(rules, text, source):
    [found] = attributions(text, rules)
    assert found is not None and found.source == source


def test_attribution_a_clause_before_a_relative_is_no_subject(rules):
    # the relative-clause reading needs a determiner first: a clause is not read as a subject
    [found] = attributions("Troops advanced on the town, which lies on the river, officials said.", rules)
    assert found.source == "unnamed (officials)"


def test_attribution_a_state_s_ministry_spokesman_is_not_its_government(rules):
    # "Foreign Ministry spokesman" in a story from Iran: Iran's foreign ministry, not the government
    # the country's name alone finds in the registry; "Army spokesman" is still the registry's army
    found = attributions("In Tehran, Foreign Ministry spokesman Nasser Bagheri told reporters Iran had no role.", rules)[-1]
    assert (found.source, found.speaker) == ("Iran's foreign ministry", "Nasser Bagheri")
    found = attributions("In Damascus, Army spokesman Ali Mayhoub said 20 rebels died.", rules)[-1]
    assert found.source == "Syrian army"
    # the country spoke first under its own name: the registry's alias "Iranian Foreign Ministry" of
    # its government does not make the ministry's spokesman the government
    found = attributions("Iran condemned the strike on the port. Foreign Ministry spokesman Hamid Rezaeifar said "
                         "the strike was a crime.", rules)[-1]
    assert (found.source, found.speaker) == ("Iran's foreign ministry", "Hamid Rezaeifar")


@pytest.mark.parametrize("text, source, speaker", [
    # the sentence's subject speaks through the officer "by its …" or "through its …" names
    ("But the Kaduna Youth Forum, KYF, in a statement by its President, Comrade Musa Dogo, said 34 died.",
     "Kaduna Youth Forum", "Musa Dogo"),
    ("Also reacting, the Plateau Farmers Association, in the state, through its Secretary, Alhaji Sani Umar, "
     "condemned the attack.", "Plateau Farmers Association", "Sani Umar"),
    # "his": the person the sentence opened with
    ("Governor Caleb Mutfwang, in a statement by his Chief Press Secretary, Mr. Gyang Bere, said 12 died.",
     "Caleb Mutfwang", "Gyang Bere"),
    # no named subject: the officer is himself
    ("The residents, led by their leader, John Okafor, said 12 died.", "John Okafor", "John Okafor"),
])
def test_attribution_a_body_speaking_through_its_named_officer(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # a person described by what he does is that person, not a body (review of the sixteenth session)
    ("Restaurant owner Ahmed Ali said business had collapsed.", "Ahmed Ali"),
    ("The owner, Ahmed Ali, said 12 died.", "Ahmed Ali"),
    ("District administrator John Okello said 12 died.", "John Okello"),
    # "Its" is the body the sentence before opened with only when that sentence names no other body
    ("The World Health Organization said the Al-Ahli hospital had been hit. Its director, Dr Fadel Naim, said 50 "
     "people were killed.", "Fadel Naim"),
    ("The WHO warned of disease. Shelling hit the Al-Awda hospital; its director, Dr Ahmed Muhanna, said 20 died.",
     "Ahmed Muhanna"),
    # a person's office is no body: "the president's spokesman"
    ("Kenyan President William Ruto visited the site. The president's spokesman, Hussein Mohamed, said 20 died.",
     "Hussein Mohamed"),
    # the union the text named last, not one the registry knows
    ("The European Union imposed sanctions. Workers at the Metal-Is union walked out. The union's regional "
     "representative, Ahmet Yilmaz, said 20 died.", "Metal-Is union"),
    # an opening word is no part of a body's name; a title of state is no body
    ("But Kenya Red Cross Secretary General Ahmed Idris said 12 died.", "Kenya Red Cross"),
    ("The Union Health Secretary, Rajesh Bhushan, said 12 died.", "Rajesh Bhushan"),
    ("UP Chief Secretary Durga Shankar Mishra said 12 died.", "Durga Shankar Mishra"),  # an acronym the story never spells out
    # bodies that only look local: an international community, a union, a municipality's staff
    ("Andrea Bartoli, a member of the Community of Sant'Egidio, said 12 died.", "Community of Sant'Egidio"),
    ("John Banda, chairman of the Municipal Workers Union, said 12 died.", "Municipal Workers Union"),
    ("Ahmed Saleh, a staff member at the Beit Lahia municipality, said 12 died.", "Beit Lahia municipality"),
    # "according to" a law held by people is still a source
    ("The suspect was arrested, according to US law enforcement officials.", "US government"),
])
def test_attribution_readings_the_sixteenth_session_review_mended(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text", [
    "Raid\nBy Our Correspondent\nPolice said 12 died.",
    "Raid\nBy Staff Reporter\nPolice said 12 died.",
    "Raid\nFrom Kabul Correspondent\nPolice said 12 died.",
    "Raid\nBy Fatima Ahmed\nFrom Monday staff will be required to carry passes.",
    "The ED has found cash. The Enforcement Directorate said more raids were planned.",  # an agency, not an outlet
])
def test_publisher_generic_bylines_and_agencies_name_no_publisher(rules, text):
    from verify.attribution import publisher_of
    assert publisher_of(Document(id="t", origin="t", text=text), rules.registry) is None


def test_publisher_a_staff_byline_s_initials_spell_only_a_medium(rules):
    from verify.attribution import publisher_of
    found = publisher_of(Document(id="t", origin="t", text="Raid\nBy HT Correspondent\nPolice arrested Harish Tiwari."),
                         rules.registry)
    assert found is not None and found.name == "HT"  # (not the man the story names)


def test_attribution_a_described_person_may_still_be_a_body_s_officer(rules):
    found = attributions("WFP Communications Officer Reem Abu Zaid said the agency regrets the decision.", rules)[-1]
    assert (found.source, found.speaker) == ("World Food Programme", "Reem Abu Zaid")


def test_attribution_a_name_given_simply(rules):
    found = attributions("A resident of Daffo, who simply gave his name as Nanbol for fear of reprisal, told "
                         "Vanguard that the gunmen stayed for three hours.", rules)[-1]
    assert found.source == "Nanbol"


@pytest.mark.parametrize("text, source", [
    # a state's body after its people's adjective, as written (not unnamed guards, not the story's country's)
    ("The Italian coast guard said its units rescued 22 survivors.", "Italian coast guard"),
    ("Libya's coastguard intercepted boats. The Italian interior ministry said departures must stop.",
     "Italian interior ministry"),
    ("The Italian navy said 20 died.", "Italian navy"),
    ("The Iraqi interior ministry said 20 died.", "Iraqi interior ministry"),
    ("The Russian defence ministry said 120 fighters were killed.", "Russian Defence Ministry"),  # the registry's
    ("Security guards said 20 died.", "unnamed (security guards)"),
    # a mixed-case acronym the story defines
    ("The Department of Disaster Management Affairs (DoDMA) opened camps. DoDMA said 23,418 people were affected.",
     "Department of Disaster Management Affairs"),
    # a body's president speaks for it; a state's for himself
    ("The Liberia Motorcycle Transport Union (LIMTU) protested. LIMTU President Prince Dolo accused the police.",
     "Liberia Motorcycle Transport Union"),
    ("US President Joe Biden said 20 died.", "Joe Biden"),
    ("Palestinian Authority presidential spokesman Samir Odeh said Israel bore responsibility.", "Palestinian Authority"),
    # "…, the society's spokesperson": the society the text named
    ("The Uganda Red Cross Society sent teams. Help is needed, said Brenda Kizza, the society's spokesperson.",
     "Uganda Red Cross Society"),
])
def test_attribution_state_bodies_acronyms_and_presidents_of_the_fourteenth_batch_dev_half(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # "the army" is the army its sentence opens with, not one of the story's country found elsewhere
    ("The Uganda People's Defence Forces (UPDF) have killed five rustlers in Kotido, the army has said.",
     "Uganda People's Defence Forces"),
    # not the rebels the sentence names as killed
    ("A soldier and two members of the West Papua National Liberation Army were killed, the military said.",
     "unnamed (the military)"),
])
def test_attribution_the_army_its_sentence_opens_with(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text, source, speaker", [
    # a rank only the police hold, in a story that names the force: that force, the officer speaking
    ("Punjab Police said two suspects were held. SSP Abhimanyu Rana said the suspects opened fire.",
     "Punjab Police", "Abhimanyu Rana"),
    ("The Punjab Police arrested two. In a post on X, DGP Rajinder Pal Khosla said the raid was lawful.",
     "Punjab Police", "Rajinder Pal Khosla"),
    # no force named: the police all the same (GUIDELINES, Police)
    ("In a post on X, DGP Rajinder Pal Khosla said the raid was lawful.", "police", "Rajinder Pal Khosla"),
    # the wing or district he commands between rank and name; "SP" right before the name
    ("SSP West Tariq Mehmood Dhareja said the protesters had attacked a complaint centre.", "police",
     "Tariq Mehmood Dhareja"),
    ("Keonjhar SP Arvind Kumar Sahu said the situation was under control.", "police", "Arvind Kumar Sahu"),
    # but the force another role names wins, and "SP" before a role is a party's
    ("Kaduna State Police Command said 19 were abducted. The spokesperson for the command, DSP Ibrahim "
     "Lawal Kaura, said a team was deployed.", "Kaduna State Police Command", "Ibrahim Lawal Kaura"),
    ("SP leader Akhilesh Yadav said the government had failed.", "Akhilesh Yadav", "Akhilesh Yadav"),
    # a former officer, a minister, an agency's officer of that rank: himself, as before
    ("Former DGP Prakash Singh said the police had failed.", "Prakash Singh", "Prakash Singh"),
    ("Retired DSP Kamal Singh said the raid was unlawful.", "Kamal Singh", "Kamal Singh"),
    ("Union Minister SP Singh Baghel said the scheme had worked.", "Singh Baghel", "Singh Baghel"),
    ("CBI SP Ravi Kumar said the case was closed.", "Ravi Kumar", "Ravi Kumar"),
    # "informed that" reports (South Asian English); "an informed source" is still a source
    ("Chief District Officer (CDO) Hari Prasad Ghimire informed that a couple had died.", "Hari Prasad Ghimire",
     "Hari Prasad Ghimire"),
])
def test_attribution_police_ranks_and_informed_that(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_an_informed_source_is_no_cue(rules):
    [found] = attributions("An informed source told RIA Novosti that the army repelled the attack.", rules)
    assert (found.source_type, found.via, found.cue) == ("anonymous", ("RIA Novosti",), "told")


@pytest.mark.parametrize("text, source, speaker", [
    # a middle initial is part of the name
    ("Moses T. Kollie said 12 died.", "Moses T. Kollie", "Moses T. Kollie"),
    ("The Liberia National Police (LNP) spokesperson, Moses T. Kollie, confirmed that 12 died.",
     "Liberia National Police", "Moses T. Kollie"),
    # a scholar after an inverted cue speaks for himself
    ("Drones are hard to see, said Choi Jae-won, a senior researcher at the Korea Institute for Defense Analyses.",
     "Choi Jae-won", "Choi Jae-won"),
    # an inspector after a body's acronym the story spells out
    ("The National Disaster Response Force (NDRF) sent teams. NDRF Inspector Rajesh Kumar Singh said rescuers "
     "walked two kilometres.", "National Disaster Response Force", "Rajesh Kumar Singh"),
])
def test_attribution_initials_scholars_and_inspectors(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_a_capital_letter_ending_a_sentence_is_no_initial(rules):
    found = attributions("The attack hit Block A. The army said 12 died.", rules)
    assert found[-1].source == "unnamed (the army)"


def test_attribution_atty_is_a_title_and_no_sentence_end(rules):
    found = attributions("The Bureau of Corrections and Rehabilitation (BCR) met. BCR Director, Atty. Josephine M. "
                         "Karngbeh, told reporters that 12 died.", rules)
    assert len(found) == 2
    assert (found[-1].source, found[-1].speaker) == ("Bureau of Corrections and Rehabilitation", "Josephine M. Karngbeh")


@pytest.mark.parametrize("text, source", [
    # a place's officer speaks for himself, whatever the words before his role ("assistant", a place of two words)
    ("Chemoe assistant chief Joseph Lokwang said the two herders killed were brothers.", "Joseph Lokwang"),
    ("Rift Valley regional commissioner Charles Wambua said the government would not relent.", "Charles Wambua"),
    # a body's officer still speaks for it
    ("The United People's Democratic Front (UPDF) met. UPDF's Khagrachhari district organiser Animesh Chakma "
     "blamed the army.", "United People's Democratic Front"),
])
def test_attribution_a_place_s_officer_of_more_forms(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # what the police issue speaks for the force, as "police said" does
    ("The Trinidad and Tobago Police Service (TTPS) said two died. According to police reports, the men were "
     "standing near a parlour.", "Trinidad and Tobago Police Service"),
    ("According to preliminary police reports, six armed men opened fire.", "police"),
    # its sources are still unnamed people (the checked gold writes "a police source" so)
    ("Police sources said the suspect was arrested.", "unnamed (police sources)"),
])
def test_attribution_police_reports_speak_for_the_force(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # the police of a named place: the force that spoke before, else the police of that place
    ("Police in Uruma said a man in his 80s was found unconscious near his home.", "Police in Uruma"),
    ("The Kosovo Police said two men were held. Police in Mitrovica said one was released.", "Kosovo Police"),
    # local police, and the police of a place the text does not name, are the police
    ("Local police said 12 people were arrested.", "police"),
    ("Police in the city said 12 people were arrested.", "police"),
    # the police's sources and officials are still unnamed people
    ("Police officials in Uruma said the man was found.", "unnamed (police officials in uruma)"),
])
def test_attribution_police_in_a_place_speak_for_the_force(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text", [
    # a police spokesman for a zone or district of the force, named after a comma with his rank
    "The police spokesman for the northern zone, Sub-Inspector Kevin Orellana, said five men were killed.",
    "The police spokesman in the Kumbo district, Kevin Orellana, said five men were killed.",
])
def test_attribution_a_police_spokesman_for_a_zone_speaks_for_the_police(rules, text):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == ("police", "Kevin Orellana")


@pytest.mark.parametrize("text, source", [
    # a toll verb puts a toll, a figure or a count "at" a number, however the toll is described
    ('A local official, who spoke on condition of anonymity, put the provisional toll at "at least 22 dead".',
     "unnamed (local official)"),
    ("Other sources in the area put the provisional toll at more than twenty dead.", "unnamed (other sources in the area)"),
    ("The UN put the official death toll at 40.", "United Nations"),
    # not without "at", and not a thing put somewhere
    ("He put the figure on the table.", None),
])
def test_attribution_toll_verbs_put_any_toll_or_figure(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # a cue inside a quotation is the speaker's words: the speaker after the quotation asserts it
    ('"The army told us to leave," Ahmed Ali said.', "Ahmed Ali"),
    ('"The army told us to leave," said Ahmed Ali.', "Ahmed Ali"),
    ('"The military is saying five, but the briefing we received said seven," Seo Dong-hyuk said.',
     "Seo Dong-hyuk"),
    # a quotation that opens after the cue changes nothing
    ('Ahmed Ali said: "The army told us to leave."', "Ahmed Ali"),
    # a medium quoting a statement relays it: the statement's own cue speaks
    ('"Syria\'s army announces the end of the freeze on fighting" the state news agency SANA said.',
     "Syrian army"),
])
def test_attribution_a_cue_inside_a_quotation_yields_to_the_speaker(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # a progressive cue speaks as its simple form does; it is no passive
    ("Reuters is reporting that 65 people were on board.", "Reuters"),
    ("Activists are saying that 20 died.", "unnamed (activists)"),
    # a passive still names nobody here
    ("Casualties are being reported in the south.", None),
])
def test_attribution_a_progressive_cue_is_no_passive(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


def test_defined_acronyms_read_a_long_name_whose_acronym_is_in_another_language():
    from verify.attribution import _defined_acronyms
    assert _defined_acronyms("according to the National Office for Risk and Disaster Management (BNGRC), and "
                             "Indonesia's Center for Volcanology and Geological Hazard Mitigation (PVMBG) said") == {
        "BNGRC": "National Office for Risk and Disaster Management",
        "PVMBG": "Center for Volcanology and Geological Hazard Mitigation"}
    # not a run of more than six capitalised words, nor of more than ten words
    assert _defined_acronyms("Yesterday In The Capital Of The Great Republic Of Zembla Red Cross (CRZ) said") == {}


@pytest.mark.parametrize("text, source", [
    # a state's commissioner for a portfolio speaks for himself, as a minister does
    ("Reacting, the state Commissioner for Information and Communications, Mr Adeiza Momoh-Sule, said the "
     "government would act.", "Adeiza Momoh-Sule"),
    ("The Commissioner for Information, Mr Adeiza Momoh-Sule, said the government would act.", "Adeiza Momoh-Sule"),
    # a police commissioner is no cabinet member
    ("The Kano State Police Command said three died. The Commissioner for Police, CP Bello Jega, said the "
     "government would act.", "Kano State Police Command"),
])
def test_attribution_a_commissioner_for_a_portfolio_speaks_for_himself(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text, source, speaker", [
    # the subject speaks in the statement the insertion names, through whoever signed it
    ("The Zamfara State Government, in a statement by the Commissioner for Information, Malam Abdulrahman "
     "Yusuf, said 20 died.", "Zamfara State Government", "Abdulrahman Yusuf"),
    ("But the Niger State Police Command, in a statement by its spokesman, SP Musa Abdullahi-Kpaki, put the "
     "death toll at 31.", "Niger State Police Command", "Musa Abdullahi-Kpaki"),  # ("SP" a rank since the 36th session)
    # a statement carried by a medium: the medium relays it
    ("China's Taiwan Affairs Office, in a statement carried by Xinhua news agency, said the drills were "
     "necessary.", "China's Taiwan Affairs Office", None),
])
def test_attribution_a_subject_speaks_in_the_statement_its_insertion_names(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # what a source's figures are called before its name: unofficial information, calculations, updates
    ("According to unofficial information from Slobodna Dalmacija, the man lived alone.", "Slobodna Dalmacija"),
    ("According to the calculations of the Caucasian Knot, at least nine militants have been killed.",
     "Caucasian Knot"),
    # unofficial sources are still unnamed people
    ("According to unofficial sources, 20 died.", "unnamed (unofficial sources)"),
])
def test_attribution_according_to_a_source_s_calculations_or_unofficial_information(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # a word that opens the sentence is no body before an officer's role
    ("The floods hit Malawi. But government spokesperson Chisomo Nyirenda dismissed the claims.",
     "Malawi's government"),
    # nor a kind of place alone
    ("District in-charge Minister H M Chandrappa announced an ex gratia of Rs 5 lakh.", "H M Chandrappa"),
    # a retired officer's mark is no end of his name
    ('"Nothing holds the soil," said Col (retd) C P Muthanna of the Coorg Wildlife Society.',
     "Coorg Wildlife Society"),
    # a rank only the police hold, as a description, speaks for the force
    ('A bomb went off near a police station. "The bomb disposal squad is collecting evidence," the SSP told '
     'Geo News.', "police"),
])
def test_attribution_names_that_are_no_bodies_before_an_officer(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


def test_attribution_a_retired_officer_s_mention_is_given_as_written(rules):
    found = attributions('"Nothing holds the soil," said Col (retd) C P Muthanna of the Coorg Wildlife Society.',
                         rules)[-1]
    assert found.mention == "Col (retd) C P Muthanna of the Coorg Wildlife Society"


@pytest.mark.parametrize("text, source", [
    # a leader the text does not name is an unnamed person, as a resident or a trader is
    ("However, a youth leader from Luanyjang, who asked not to be named for his safety, said 20 died.",
     "unnamed (a youth leader from luanyjang)"),
    ("Community leaders said 20 died.", "unnamed (community leaders)"),
    # a named body's leaders speak for it
    ("Hamas leaders said 20 died.", "Hamas"),
])
def test_attribution_an_unnamed_leader_is_an_unnamed_person(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # after an article, an officer's role may be capitalised
    ("The Public Relations Officer of the Ghana National Fire Service (GNFS), Mrs Abena Owusu-Sekyere, said "
     "20 died.", "Ghana National Fire Service"),
    # four capitalised words before the role, and a rank with its own acronym before the name
    ("The Central Regional Public Relations Officer of the Ghana National Fire Service (GNFS), Assistant "
     "Divisional Officer Grade I (ADO I) Mawuli Kpodo, told the Daily Graphic that 20 died.",
     "Ghana National Fire Service"),
    ("The Public Relations Officer of the Ghana National Fire Service (GNFS), Mawuli Kpodo, told reporters 20 died.",
     "Ghana National Fire Service"),
    # a capitalised compound before the role, with or without the commas
    ("Nine died, according to Qari Abdul Basir Nusrat, the Taliban-appointed spokesman for the Kunduz police.",
     "Kunduz police"),
    ("Qari Abdul Basir Nusrat, the Taliban-appointed spokesman for the Kunduz police, said nine died.",
     "Kunduz police"),
    # a civil protection is a body, named or before its officer's capitalised role
    ("In a separate report, the Civil Protection said that 38 people died.", "Civil Protection"),
    ("Civil Protection Commander Matej Žnidaršič said that 1,200 firefighters were in the field.", "Civil Protection"),
    # a body named "X for Y" is a name, not unnamed lawyers
    ("Lawyers for Human Rights said it had laid a complaint.", "Lawyers for Human Rights"),
    ("Residents said 20 died.", "unnamed (residents)"),
    # an elected member of a legislature speaks for himself, as a lawmaker does
    ("A PUK member of the Iraqi parliament from Sulaimani, Rebwar Qadir, told reporters that 20 died.",
     "Rebwar Qadir"),
    ("A member of the Houthi political council, Ali Qahoum, said 20 died.", "Houthis"),
])
def test_attribution_capitalised_roles_named_bodies_and_lawmakers(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # a cue that needs a word after it reports only with it
    ("Officials identified the suspected gunman as a 34-year-old man.", "unnamed (officials)"),
    ("Police, however, maintained that officers had acted in self-defence.", "police"),
    ("Investigators identified no weapons at the scene.", None),
    ("Other sources spoke of a fifth guard with a head injury.", "unnamed (other sources)"),
    ("Vasseur spoke to reporters in Marseille.", None),
    ("The army maintained order in the city.", None),
    # a name given is no claim, and a passive asks for nobody
    ("But a Quneitra-based opposition activist identified as Abu Omar al-Golani said the blast killed 20.",
     "Abu Omar al-Golani"),
    ("A neighbor who asked not to be identified for fear of reprisals said she heard shots.",
     "unnamed (a neighbor)"),
])
def test_attribution_a_cue_that_needs_a_word_after_it(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # an account of what happened is a report of it (rules/cues.jsonl, cue.neutral.recount)
    ("Speaking to Kenyans.co.ke, a survivor, Mercy Wanjiru, recounted that passengers had warned the driver.",
     "Mercy Wanjiru"),
    # (a recount of votes, or a memoir's telling, reports nothing: only "recounted that" is a cue)
    ("Election officials recounted the votes in 12 precincts on Tuesday.", None),
    ("In the memoir, Obama recounts his first meeting with Putin.", None),
])
def test_attribution_recounting_reports(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # a coalition of parties or rebels is not the military coalition the registry knows as "the coalition"
    ("The opposition coalition said its candidate had won.", "unnamed (opposition coalition)"),
    ("Syria's main opposition coalition said the talks had failed.", "unnamed (opposition coalition)"),
    ("The coalition said it had carried out 12 strikes.", "US-led coalition"),
    ("The US-led coalition said it struck 12 targets.", "US-led coalition"),
    # (a ruling or governing coalition too, whose word the span keeps, with or without a military coalition
    # named before; "The ruling Jubilee party" stays the party)
    ("The ruling coalition said 5 people died.", "ruling coalition"),
    ("The governing coalition said 5 people died.", "governing coalition"),
    ("The US-led coalition struck Raqqa. The ruling coalition said 5 people died.", "ruling coalition"),
    ("The US-led coalition said it struck 12 targets. The opposition coalition said 5 people died.",
     "unnamed (opposition coalition)"),
    ("The US-led coalition struck Raqqa. The coalition said 5 people died.", "US-led coalition"),
    ("The ruling Jubilee party said 5 people died.", "Jubilee party"),
    # a body named before by a name its head opens: "the court" is it
    ("The Court of Arbitration for Sport on Monday upheld a two-year ban on a Spanish cyclist, the court said.",
     "Court of Arbitration for Sport"),
    ("The Court of Appeal in Nairobi quashed the sentence on Monday, the court said.", "Court of Appeal"),
    # (not a court named beside or before a court the text does not name)
    ("A district court in Ankara acquitted the journalists, overturning a ruling by the Court of Cassation. The "
     "court said the evidence was insufficient.", "unnamed (the court)"),
    ("The Court of Arbitration for Sport upheld the ban in May. On Monday, a Swiss federal court overturned it. The "
     "court said the ban was unfair.", "unnamed (the court)"),
    # (but "the court" between may be the one named, and so may "a ruling by the court")
    ("The Court of Arbitration for Sport upheld the ban. The athlete had sought a ruling by the court in March. "
     "The court said the athlete had failed three tests.", "Court of Arbitration for Sport"),
    ("The Court of Arbitration for Sport upheld the ban. The athlete had appealed to the court in March. The court "
     "said the athlete had failed three tests.", "Court of Arbitration for Sport"),
])
def test_attribution_a_description_and_the_body_it_names(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # people of sport, travel and the courts the story does not name are unnamed sources (rules/speakers.jsonl)
    ("The referee said the match was abandoned.", "unnamed (the referee)"),
    ("The umpire said the match was abandoned.", "unnamed (the umpire)"),
    ("Two climbers said the rope had snapped.", "unnamed (two climbers)"),
    ("The stationmaster said the signal had failed.", "unnamed (the stationmaster)"),
    ("A juror said the deliberations were tense.", "unnamed (a juror)"),
    # (not a body's acronym, nor the person a relative of one speaks for)
    ("A FAN technician, who asked not to be named, said the fires coincided with clearing.", "FAN technician"),
    ("A relative of the bike rider said he was shot.", "unnamed (a relative)"),
    # (a named person described by a word of sport is that person; words that are surnames, a paper's name
    # or parts of other names are left out of the list: "Gary Player", "Barbara Boxer", "The Spectator",
    # "National Express coach driver", "Patient Zero", "Athlete Ally", "a candidate for the Senate")
    ("National Express coach driver John Smith said the brakes failed.", "John Smith"),
    ("Real Madrid coach Carlo Ancelotti said Vinicius would miss the match.", "Carlo Ancelotti"),
    ("Democratic candidate Kamala Harris said she would protect abortion rights.", "Kamala Harris"),
    ("Kenyan athlete Faith Kipyegon said she was ready.", "Faith Kipyegon"),
    ("Gary Player said the course was hard.", "Gary Player"),
    ("Senator Barbara Boxer said the bill would fail.", "Barbara Boxer"),
])
def test_attribution_unnamed_people_of_sport_travel_and_courts(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source, kind", [
    # a country's body described by words the span stopped at: that country's, as written
    ("Spain's anti-doping agency said the sample was positive.", "Spain's anti-doping agency", "government"),
    ("Japan's space agency said the launch had failed.", "Japan's space agency", "government"),
    ("Spain's health ministry said 20 died.", "Spain's health ministry", "government"),
    # (a civil ministry of a country whose bare name the registry gives its military: not the military)
    ("Israel's health ministry said 3 were hurt.", "Israel's health ministry", "government"),
    ("Israel's foreign ministry said the talks had failed.", "Israel's foreign ministry", "government"),
    ("Israel's army said 3 were hurt.", "Israeli military", "military"),
    ("Israel's defence ministry said 3 were hurt.", "Israeli military", "military"),
    ("Syria's health ministry said 3 were hurt.", "Syrian Health Ministry", "government"),
    ("Iran's foreign ministry said the talks had failed.", "Iranian government", "government"),
    ("Russia's defence ministry said 3 were hurt.", "Russian Defence Ministry", "military"),
    # a capital's prefecture is the city's, not the government the capital names
    ("French police arrested 85 people on Thursday night, the Paris police prefecture said.",
     "Paris police prefecture", "government"),
    ("Damascus police said 85 people were arrested.", "Damascus police", "government"),
    # (a capital the registry names its government by, before "police": the city's force, as written)
    ("London police said 85 people were arrested.", "London police", "government"),
    ("Tehran police said 85 people were arrested.", "Tehran police", "government"),
    # (any city the places know, as a country's listed city: "Aleppo police" as "Kabul police")
    ("Aleppo police said two men were arrested.", "Aleppo police", "government"),
    ("Kabul police said two men were arrested.", "Kabul police", "government"),
    ("Homs police said two men were arrested.", "Homs police", "government"),
    ("Syrian police said two men were arrested.", "Syrian police", "government"),
    ("The military police said two men were arrested.", "unnamed (the military police)", "anonymous"),
    ("Aleppo residents said two men were arrested.", "unnamed (aleppo residents)", "anonymous"),
    ("Moscow said the talks had failed.", "Russian government", "government"),
    # (no private firm's agency, nor one word of a longer country's name)
    ("China's credit rating agency said the bonds were junk.", "unnamed (agency)", "anonymous"),
    ("Papua New Guinea's disaster agency said 2,000 people were buried.", "unnamed (agency)", "anonymous"),
    ("But Japan's space agency said the launch had failed.", "Japan's space agency", "government"),
    ("Israel's antitrust authority said it would review the deal.", "Israel's antitrust authority", "government"),
    ("Western Australia's environmental protection authority said the spill was contained.",
     "unnamed (authority)", "anonymous"),
    ("Paris said the talks had failed.", "French government", "government"),
])
def test_attribution_a_country_s_or_a_capital_s_own_body(rules, text, source, kind):
    found = attributions(text, rules)[-1]
    assert (found.source, found.source_type) == (source, kind)


@pytest.mark.parametrize("text, readings", [
    # (the reviews' findings) a region before an office is no person's name; "said in its" is a body's sign
    # only before its own decision, ruling, report or update
    ("Khyber Pakhtunkhwa health minister said 40 people had died.", [("unnamed (health minister)", "anonymous")]),
    ("Manchin said in its present form the bill would not pass. Manchin added that the vote would fail.",
     [("Manchin", "person"), ("Manchin", "person")]),
    ("The Sandiganbayan said in its 48-page decision that the evidence was overwhelming. The Sandiganbayan added "
     "that the accused could appeal.", [("Sandiganbayan", "organisation"), ("Sandiganbayan", "organisation")]),
    ("Ukrenergo said in its daily update that power was restored. Ukrenergo added that repairs continued.",
     [("Ukrenergo", "organisation"), ("Ukrenergo", "organisation")]),
    ("Germany has long refused to send arms. Scholz said in its post-war history Germany had never sent 40 tanks "
     "abroad.", [None, ("Scholz", "person")]),
    ("The army posted new figures. Zelenskiy said in its update the ministry had counted 40 attacks.",
     [None, ("Zelenskiy", "person")]),
])
def test_attribution_review_of_the_sixty_third_session(rules, text, readings):
    assert [(found.source, found.source_type) if found else None for found in attributions(text, rules)] == readings


@pytest.mark.parametrize("text, source", [
    # a helper's review of the seventeenth session's readings (each of these had regressed)
    # a body's own name before a capitalised role is no role: the region after it is no body
    # (the head of a UN agency's region speaks for the agency: GUIDELINES.md, "Envoys and officials of an
    # international organisation"; the thirty-first session's reading of long titles reached it)
    ("The WHO Regional Director for Africa, Matshidiso Moeti, said 12 died.", "World Health Organization"),
    ("A UNHCR spokesperson for Southern Africa, Ahmed Ali, said 12 died.", "UNHCR"),
    # (but any capitalised words before a role "of the" body: a place's regional director)
    ("The Greater Accra Regional Director of the National Disaster Management Organisation (NADMO), Mr Seth "
     "Tetteh, said 20 died.", "National Disaster Management Organisation"),
    # a quoted headline reported by an outlet the registry does not know: the headline's source speaks
    ('"Police say 12 killed in Karachi blast," Dawn reported.', "police"),
    # the name before a bracketed acronym is no person "of" the body and no sentence opener
    ("Talks were led by Pablo Beltran of the National Liberation Army (ELN). The ELN said 12 of its fighters "
     "were killed.", "National Liberation Army"),
    ("On Monday the Congolese Rally for Democracy (RCD) called a strike. The RCD said 12 died.",
     "Congolese Rally for Democracy"),
    # a party called a congress is no legislature
    ("A member of the All Progressives Congress (APC), Mr Ahmed Bello, said 20 died.", "All Progressives Congress"),
    # police in another country than the force that spoke before
    ("The Kenya Police Service said 12 people died in Mandera. Police in Uganda said a further 5 died across "
     "the border.", "Police in Uganda"),
    # a body's defined acronym that is also a police rank
    ("The Democratic Socialist Party (DSP) met police chiefs. The DSP said 20 died.", "Democratic Socialist Party"),
    # a ministry's or the EU's commissioner speaks for it
    ("The EU Commissioner for Home Affairs, Ylva Johansson, said 20 died.", "European Union"),
    # "lawyers for" a company are unnamed lawyers
    ("Lawyers for Shell said the company was not liable.", "unnamed (lawyers for shell)"),
    # "the leader" refers back to the leader named before
    ("Opposition leader Raila Odinga said 12 died. The leader said police fired live rounds.", "Raila Odinga"),
])
def test_attribution_review_of_the_seventeenth_session(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text", [
    "Al Jazeera's Hoda Abdel-Hamid is reporting from Moscow.",
    "The army maintained that checkpoint for three weeks before withdrawing.",
    "Rescuers identified 12 bodies as the search for survivors continued on Tuesday.",
    "Election officials put the count on hold at several polling stations in Kano.",
])
def test_attribution_review_of_the_seventeenth_session_no_source(rules, text):
    assert attributions(text, rules)[-1] is None


def test_attribution_an_officer_s_title_is_no_part_of_his_name(rules):
    found = attributions("The Deputy Director of the National Emergency Management Agency, Dr Musa Bello, said "
                         "12 died.", rules)[-1]
    assert (found.source, found.speaker) == ("National Emergency Management Agency", "Musa Bello")


@pytest.mark.parametrize("text, source", [
    # a body's name before a capitalised role is no place, though its first words are common words
    ('"This fire is behaving badly," Rural Fire Service Deputy Commissioner Gareth Lindqvist said.',
     "Rural Fire Service"),
    # a place's officer still speaks for himself
    ("Mandera county commissioner Gabriel Otieno said 4 died.", "Gabriel Otieno"),
    # a scholar of any "-ologist" kind speaks for himself
    ('"The valley has not stabilised," said Binita Shrestha, a geologist at Tribhuvan University.',
     "Binita Shrestha"),
])
def test_attribution_a_service_s_officer_and_a_university_s_scholar(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # a force not called "… Police" is the force "police said" speaks for
    ("The Clearwater RCMP said roads were closed. Police estimated about 2,000 people were affected.",
     "Clearwater RCMP"),
    # (Ireland's police under the registry's name)
    ("A house was set on fire. Gardaí said a car was seen leaving the estate.", "An Garda Síochána"),
    # a gendarmerie is its force, named so when no force was named before
    ("The slide was triggered at around 1:40 pm, according to the gendarmerie.", "gendarmerie"),
])
def test_attribution_police_forces_named_otherwise(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # "its" is no body's name: the body it refers to speaks through its spokesman or leader
    ("Hamas claimed the attack. Its spokesman said 20 died.", "Hamas"),
    ("Hamas claimed the attack. Its leader said 20 died.", "Hamas"),
])
def test_attribution_its_spokesman_is_the_body_named_before(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text, source, speaker", [
    # particles of another language inside a name
    ("La Voix du Nord reported that 65 people were on board.", "La Voix du Nord", None),
    ("According to Causa en Común, 12 people died.", "Causa en Común", None),
    # a name in sentence case, its common nouns between particles
    ("Two reporters were picked up, according to the Association des journalistes du Burkina (AJB).",
     "Association des journalistes du Burkina", None),
    ("Juan de la Cruz said four people died.", "Juan de la Cruz", "Juan de la Cruz"),
    ("The Instituto de Medicina Legal said four bodies were found.", "Instituto de Medicina Legal", None),
    # a numbered outlet before its cue; a country with a number is a broadcaster, not its government
    ("Daraa 24 recorded at least 17 assassinations.", "Daraa 24", None),
    ("The local news network Suwayda 24 reported that dozens had fled.", "Suwayda 24", None),
    ("France 24 reported that 12 soldiers died.", "France 24", None),
    # but a number after a person's name is his age
    ("Ahmed Ali 24 said he saw the blast.", "Ahmed Ali", "Ahmed Ali"),
    # the words describing a body before its name are no part of it (and a newspaper is no person)
    ("The local newspaper El Heraldo reported five deaths.", "El Heraldo", None),
    ("The civil society organization Causa en Común said five died.", "Causa en Común", None),
    # (JNIM under the registry's name)
    ("Al-Qaeda-linked JNIM claimed responsibility for the assault.", "Jama'at Nusrat al-Islam wal-Muslimin", None),
    ("The Madrid-based Cuban Observatory of Human Rights put the number of detainees at 30.",
     "Cuban Observatory of Human Rights", None),
    # a people's adjective before a name the registry knows without it: that nation's own body
    ("The Costa Rican Red Cross said 12 people were rescued.", "Costa Rican Red Cross", None),
    ("The Cuban Observatory of Human Rights said 40 were arrested.", "Cuban Observatory of Human Rights", None),
    ("The Cuban Commission of Human Rights said four were held.", "Cuban Commission of Human Rights", None),
    # (the registry's own stays, and a place the body is based in is no nation)
    ("The Red Cross said five died.", "International Committee of the Red Cross", None),
    ("The Kurdish Red Crescent said three died.", "Kurdish Red Crescent", None),
    ("The United Kingdom-based monitoring group Syrian Observatory for Human Rights said 23 died.",
     "Syrian Observatory for Human Rights", None),
    ("The Saudi-led military coalition said it intercepted a drone.", "Saudi-led coalition", None),
    # a name that ends in a description the registry knows in lower case is still a name
    ("The Beirut-based Levant Monitor said three died.", "Levant Monitor", None),
    ("The Britain-based monitor said four died.", "Syrian Observatory for Human Rights", None),
    # the day after "on" is no part of a body's name
    ("The ministry on May 24 said five died.", "unnamed (the ministry)", None),
])
def test_attribution_names_read_whole(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_an_acronym_the_story_defines_otherwise_than_the_registry(rules):
    text = ("A fishing vessel was seized by pirates, the Seychelles Defence Forces (SDF) said. "
            "In a statement, the SDF said a patrol ship had been sent.")
    assert [a.source for a in attributions(text, rules)] == ["Seychelles Defence Forces"] * 2
    # the registry's body stays when the story spells it the registry's way, or a little otherwise
    assert attributions("The Syrian Democratic Forces (SDF) took the town. The SDF said five died.",
                        rules)[-1].source == "Syrian Democratic Forces"
    text = ("The Union of Syrian Medical Relief Organisations (UOSSM) runs the clinic. "
            "UOSSM said two nurses died.")
    assert attributions(text, rules)[-1].source_id == "uossm"


@pytest.mark.parametrize("text, source, speaker", [
    # an unnamed member of a body named after him is that body
    ("An official at the Zabadani Coordination Committee said five died.", "Zabadani Coordination Committee",
     None),
    ("A leader from the Federación Agrominera del Sur de Bolívar said five died.",
     "Federación Agrominera del Sur de Bolívar", None),
    ("A source at the Office of the Governor of Dhofar told reporters that 7,000 had registered.",
     "Office of the Governor of Dhofar", None),
    ("Principal Scientific Officer at the Meteorology Division, Sina Aumua-Levi, said rain would continue.",
     "Meteorology Division", "Sina Aumua-Levi"),
    # an engineer, a health worker, a diplomat or a doctor at a named body speaks for it too; its
    # name may end in its kind in lower case ("district administration"), a known body or an acronym
    # before it ("the SADC secretariat" is SADC), and a place after it ("in Gaborone")
    ("An engineer at the Orsund Water Supply Board, who spoke on condition of anonymity, said the gauge failed.",
     "Orsund Water Supply Board", None),
    ("A health worker at Tamsel Primary Health Care Centre, who requested anonymity, said beds ran out.",
     "Tamsel Primary Health Care Centre", None),
    ("A senior official of the Velbar district administration, requesting anonymity, said nine died.",
     "Velbar district administration", None),
    ("The Eastern Lakes Trade Community (ELTC) met. A diplomat at the ELTC secretariat in Morvan, speaking on "
     "condition of anonymity, said states were worried.", "Eastern Lakes Trade Community", None),
    ("A doctor at the Red Cross headquarters in Geneva said the convoy was hit.",
     "International Committee of the Red Cross", None),
    # but not a people's ministry in lower case (the country's, read elsewhere), nor a place's workers
    ("An official of the Syrian health ministry said five died.", "Syrian Health Ministry", None),
    ("An engineer in the Turkish town of Suruc said the dam held.", "unnamed (an engineer in the turkish town of suruc)",
     None),
    # but a place is no body
    ("A source in Daraa said four died.", "unnamed (a source in daraa)", None),
    ('"We fled," a youth leader from Luanyjang, who asked not to be named, said.', None, None),
    # an unnamed member of an institution called by its kind: the one of that kind the story named
    ("Two people were taken to Kenyatta National Hospital. One died on arrival, a hospital official said.",
     "Kenyatta National Hospital", None),
    ('The Ministry of Energy said a tank was hit. "The fire is out," a ministry official said.',
     "Ministry of Energy", None),
    # and unnamed when it named none
    ("A company official said three were hurt.", "unnamed (company official)", None),
    # where an officer works is no body: the name after the comma is the source
    ("The ship's Athens-based manager, Kyklades Maritime, denied any link to Israel.", "Kyklades Maritime",
     None),
    ("Premiums will rise, according to two London-based brokers.", "unnamed (two london-based brokers)", None),
    ("Police in the Bavarian district of Günzburg said a volunteer died.", "police", None),
])
def test_attribution_unnamed_members_of_named_bodies(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    if source is None:
        assert found is None or found.source.startswith("unnamed")
    else:
        assert (found.source, found.speaker) == (source, speaker)


def test_attribution_a_statement_carried_by_an_outlet_at_the_sentence_end(rules):
    found = attributions('"The fire is out," the ministry said in a statement carried by the Saudi Press Agency.',
                         rules)[-1]
    assert found.via == ("Saudi Press Agency",)


@pytest.mark.parametrize("text, source, speaker", [
    # a dateline defines no agency; a name in the body's own language is the registry's body
    ("TEL AVIV (AFP) - Rockets hit the city. At least 12 people were killed, according to an AFP tally.", "AFP",
     None),
    ("Médicos Sin Fronteras (MSF) said its clinic was hit. MSF said two staff were killed.",
     "Doctors Without Borders", None),
    ("Partiya Karkerên Kurdistanê (PKK) militants attacked the post. The PKK said three died.", "PKK", None),
    ("The UN Relief and Works Agency for Palestine Refugees (UNRWA) said schools were hit.", "UNRWA", None),
    # an English word between two names is no particle of a name
    ("Three people were killed when a shell hit a Kia van Free Idlib Army said", "Free Idlib Army", None),
    # magazines named like unnamed speakers
    ("The Economist reported that the deal was close.", "The Economist", None),  # (the registry's outlet)
    # ("scientist" is a speaker's head noun since the thirty-sixth session: the registry knows this
    # magazine, which speaks through nobody in particular)
    ("New Scientist reported that the virus had mutated.", "New Scientist", None),
    # students are no officers of their university; an agency's experts speak for it, a university's not
    ("Student leaders at the University of Nairobi said the strike would continue.",
     "unnamed (student leaders at the university of nairobi)", None),
    ("Meteorologists at the Kenya Meteorological Department said more rain would fall.",
     "Kenya Meteorological Department", None),
    ("Geologists at Tribhuvan University said the slope was unstable.",
     "unnamed (geologists at tribhuvan university)", None),
    # a place the body is based in, written without its hyphen, is no other country
    ("The Turkey based Syrian Network for Human Rights said five died.", "Syrian Network for Human Rights", None),
    ("The Britain-based Syrian Monitor said three died.", "Syrian Observatory for Human Rights", None),
    # where an officer works is no body
    ("The World Food Programme said aid was stuck. The agency's Cairo-based spokesman, Ahmed Hassan, said "
     "trucks were waiting.", "World Food Programme", "Ahmed Hassan"),
    # bodies named in other languages are no persons; a person's name may have five words with particles
    ("Banco de la Nación said reserves fell.", "Banco de la Nación", None),
    ("Luiz Inácio Lula da Silva said he would visit.", "Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"),
    # a role the span kept alone: the word before it names the kind
    ("Operations at the Port of Fujairah continued, and a port official said bunkering went on.",
     "Port of Fujairah", None),
])
def test_attribution_review_of_the_eighteenth_session(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_an_age_after_a_place_is_no_outlet_number(rules):
    found = attributions("Um Khaled from Douma 24 said the shelling did not stop", rules)[-1]
    assert "24" not in found.source


@pytest.mark.parametrize("text, source", [
    # a body named only by lower-case words before its kind, as the text writes it
    ("The presidential office said it convened an emergency meeting.", "presidential office"),
    ("The forestry department said crews would remain in the area.", "forestry department"),
    ("The Hamamatsu city fire department said four people were taken to hospital.",
     "Hamamatsu city fire department"),
    ("About 300 families fled, according to the municipal social welfare office.", "municipal social welfare office"),
    ("A woman died after a landslide struck her home, according to the city government.", "city government"),
    # after the reported clause and its comma, too
    ("Two students were taken to hospital, the South Moravian emergency service said.",
     "South Moravian emergency service"),
    ("At least 27 people were injured across the prefecture, the prefectural government said.",
     "prefectural government"),
    # a place's possessive is no part of the name; an acronym after the description names the body
    ("A firefighter died near Tulln, according to the state's fire brigade command.", "fire brigade command"),
    ("Violence has killed 26,000 people since 2015, according to the conflict monitor ACLED.", "ACLED"),
    # the registry's body when it knows the words
    ("The interior ministry said three died.", "Syrian Interior Ministry"),
    # closing the sentence without its comma, before a day, a report or "citing"
    ("Turnout stood at 71 percent the election commission said Monday citing preliminary figures.",
     "election commission"),
    ("Prices rose by 18 percent last month the central statistics office said in a report released Tuesday.",
     "central statistics office"),
    ("Rebels shelled the town the health department said.", "health department"),
])
def test_attribution_bodies_described_in_lower_case(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # words describing an unnamed person between the article and the head, before or after the cue
    ('"No," said a young man.', "unnamed (a young man)"),
    ('"No," an elderly woman told AFP.', "unnamed (an elderly woman)"),
    ("A community leader said three died.", "unnamed (a community leader)"),
    # but no count of people, and no head that runs on into another word
    ("SANA reporter quoted a number of residents in the town as saying that three civilians died.",
     "unnamed (residents in the town)"),
    # a name given in a relative clause, after "as" or after a comma
    ('"No," said a youth leader in the town, who gave his name only as Abba.', "Abba"),
    ('"There was a loud crack," said a 47-year-old truck driver from Aichi Prefecture who was behind the bus.',
     "unnamed (a 47-year-old truck driver)"),
    ('"Nobody tells us anything," said a young man from Ivory Coast who gave only his first name, Moussa.',
     "Moussa"),
])
def test_attribution_unnamed_people_described_and_named_in_a_relative_clause(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


@pytest.mark.parametrize("text, source", [
    # the unnamed people of business and election copy, also before a relative clause
    ("Rates will stay on hold, according to three bankers who spoke on condition of anonymity.",
     "unnamed (three bankers)"),
    ("A spare parts dealer, Chinedu Okafor, who said he narrowly escaped, described the blast as loud.",
     "Chinedu Okafor"),
    ("A strategist at the bank said yields would rise. She added that the dollar would fall.",
     "unnamed (a strategist at the bank)"),
])
def test_attribution_unnamed_people_of_business_copy(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_described_leader_is_one_person_for_a_later_pronoun(rules):
    found = attributions("A community leader said three died. He added that four were hurt.", rules)
    assert found[-1].source == "unnamed (a community leader)" and found[-1].rule.endswith("+pronoun")


@pytest.mark.parametrize("text, source, via", [
    # the review of the third round: a relay and a quotation before the description
    ("The forestry department told AFP that three people died.", "forestry department", ("AFP",)),
    ('"It is bad," the forestry department said.', "forestry department", ()),
    # an office of a body the text named before is that body, read elsewhere, not a new one
    ("Toyota said it would recall 50,000 cars. The company's press office said no injuries were reported. "
     "It said dealers would call owners.", "Toyota", ()),
    # an officer's own office is a body
    ("The ombudsman's office said 4,200 people had been displaced.", "ombudsman's office", ()),
])
def test_attribution_bodies_described_in_lower_case_after_the_review(rules, text, source, via):
    found = attributions(text, rules)[-1]
    assert (found.source, found.via) == (source, via)


@pytest.mark.parametrize("text", [
    # words pointing back, or a noun phrase that is no speaker, make no new body
    "The same office said 60 people remained missing.",
    "The blast at the district office said to house election materials destroyed the building.",
    "He met the health department said to be in charge of the camps.",
])
def test_attribution_no_body_described_by_pointing_words(rules, text):
    found = attributions(text, rules)[-1]
    assert found is None or found.source_type == "anonymous"


@pytest.mark.parametrize("text, source", [
    # a name given to another person of the same kind is not the speaker's
    ("The army said an army officer, who gave his name as Captain Musa, was among the wounded.", None),
    ("A man said a man in a white car, who gave his name as Musa, had warned them.", "unnamed (a man)"),
    ("A resident, who gave his name, Reuters was told, said the attack began at dawn.", "unnamed (a resident)"),
])
def test_attribution_a_name_given_to_someone_else(rules, text, source):
    found = attributions(text, rules)[-1]
    if source is None:
        assert "Musa" not in found.source
    else:
        assert found.source == source


@pytest.mark.parametrize("text, source", [
    # a country-less alias of a Syrian body, in an officer's role, in a story from elsewhere
    ("Floods hit Rio Grande do Sul in Brazil. The head of the state Civil Defense, Colonel Adriano Kraemer, "
     "said 40 people died.", "Civil Defense"),
    # another observatory is not the Syrian one, though its name ends in the registry's one word
    ("The Kandilli Observatory said the quake measured 5.1.", "Kandilli Observatory"),
    ("The Observatory said five died.", "Syrian Observatory for Human Rights"),
    # an acronym of capitals is no common word ("WHO"), even after a name
    ("Elizabeth Hoff WHOs Representative in Syria said evacuations are overdue.", "World Health Organization"),
    # an outlet's reporters are the outlet; a people's adjective or a count is no outlet
    ("Shabelle reporters at the scene saw ambulances.", "Shabelle"),
])
def test_attribution_fourth_round(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


def test_attribution_journalists_of_a_people_are_no_outlet(rules):
    found = attributions("Two Burkinabè journalists who reported on a massacre have been detained.", rules)[-1]
    assert found is None or (found.source_type != "outlet" and found.source != "Two Burkinabè")


def test_attribution_conceded_is_a_committal_cue(rules):
    found = attributions("Deputy Commissioner Ashfaq Khattak said three died. He conceded that firing continued.",
                         rules)[-1]
    assert (found.source, found.cue, found.stance) == ("Ashfaq Khattak", "conceded", "committal")


@pytest.mark.parametrize("text, source, speaker", [
    # an officer of a body whose name ends in another body's word, or holds "of" and its field
    ("President of the Prison Officers' Association, Ravi Balkaran, said one officer was hurt.",
     "Prison Officers' Association", "Ravi Balkaran"),
    ("The head of the Prison Officers' Association, Ravi Balkaran, said one officer was hurt.",
     "Prison Officers' Association", "Ravi Balkaran"),
    ("Ravi Balkaran, chairman of the Prison Officers' Association, said one officer was hurt.",
     "Prison Officers' Association", "Ravi Balkaran"),
    ("Director of the Department of Emergency Management (DEM) Karen Alleyne-Best told Barbados TODAY that "
     "teams were out.", "Department of Emergency Management", "Karen Alleyne-Best"),
    ("Director of the Department of Emergency Management, Karen Alleyne-Best, said teams were out.",
     "Department of Emergency Management", "Karen Alleyne-Best"),
    ("A spokesperson for the Department of Foreign Affairs said it was aware of the case.",
     "Department of Foreign Affairs", None),
    # the person named before the role of a body speaks for it, and later by his surname
    ("Superintendent Ryan Thelwell, commander of the St Catherine North Police Division, told The Gleaner "
     "that no motive was ruled out. \"It was targeted,\" Thelwell said.",
     "St Catherine North Police Division", "Ryan Thelwell"),
    ("Ravi Balkaran, deputy head of the Haiti Farmers Union, said five died. Balkaran added that 12 were hurt.",
     "Haiti Farmers Union", "Ravi Balkaran"),
    # an unnamed director-general of a named body is that body
    ("The Director-General of the Niger State Emergency Management Agency said 37 bodies were recovered.",
     "Niger State Emergency Management Agency", None),
])
def test_attribution_officers_of_bodies_named_with_of_or_an_apostrophe(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # a singular possessive before a capital is still an owner: the body, not "its" place
    ("Operation Dudula’s Ekurhuleni coordinator, Sibusiso Khumalo, denied the claim.", "Operation Dudula"),
    ("Indonesia's search and rescue agency, Basarnas, said 11 died. The head of the agency's Banda Aceh office, "
     "Teuku Ridwansyah, said 60 were missing.", "Basarnas"),
    # no person before a body's "of": "The Border Service", "The California Governor's Office"
    ("The Border Service of the State Committee for National Security of Kyrgyzstan said shots were fired.",
     "Border Service of the State Committee for National Security of Kyrgyzstan"),
    ("The California Governor's Office of Emergency Services said it had prepositioned crews.",
     "California Governor's Office of Emergency Services"),
    # a rank and a name is no body's field: "Kenya Red Cross Nairobi Regional Manager Esther Akinyi"
    ("The Kenya Red Cross said five died. \"We set up a shelter,\" Kenya Red Cross Nairobi Regional Manager "
     "Esther Akinyi stated.", "Kenya Red Cross"),
])
def test_attribution_officers_review_of_the_twentieth_session(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # an officer "of" a force's division, a company's head "of operations for the north", a weather specialist
    ("Inspector Alasdair Rennie, of Police Scotland's Argyll and West Dunbartonshire division, said the road "
     "was shut.", "Police Scotland", "Alasdair Rennie"),
    ("Scottish and Southern Electricity Networks (SSEN) said power was cut. SSEN's head of operations for the "
     "north, Fiona Delaney, said engineers were out.", "Scottish and Southern Electricity Networks", "Fiona Delaney"),
    ("PAGASA weather specialist Liza Magbanua said the storm weakened.", "PAGASA", "Liza Magbanua"),
    # the head of a parish council speaks for himself, however the sentence names him
    ("Kilnsey Parish Council chairman Graham Tennant said the village was in shock.", "Graham Tennant",
     "Graham Tennant"),
    ("Chairman of the Kilnsey Parish Council, Graham Tennant, said the village was in shock.", "Graham Tennant",
     "Graham Tennant"),
    ("Graham Tennant, chairman of the Kilnsey Parish Council, said the village was in shock.", "Graham Tennant",
     "Graham Tennant"),
    # a police rank "of police" names no body: the place before it is no force
    ("Khagrachhari superintendent of police Arefin Jubair Hossain said the situation was calm.",
     "Arefin Jubair Hossain", "Arefin Jubair Hossain"),
])
def test_attribution_officers_second_round_of_the_twentieth_session(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # a registry name inside a longer body's name is not that body: not the Syrian Interior Ministry,
    # the White Helmets ("Civil Defense") or the outlet The Independent
    ("Ravi Balkaran, a spokesman for the Ministry of Interior of the Islamic Emirate, said five people died.",
     "Ministry of Interior of the Islamic Emirate", "Ravi Balkaran"),
    ("The head of the National Civil Defense General Staff, Ravi Balkaran, said five people died.",
     "National Civil Defense General Staff", "Ravi Balkaran"),
    ("Ravi Balkaran, a spokesman for the Independent Electoral Commission, said five people died.",
     "Independent Electoral Commission", "Ravi Balkaran"),
    ("The Office of Civil Defense 7 said three of the injured were in critical condition.",
     "Office of Civil Defense", None),
    ('"Five people died," said Ravi Balkaran, a spokesman for the Ministry of Interior of the Islamic Emirate.',
     "Ministry of Interior of the Islamic Emirate", "Ravi Balkaran"),
    # a rank without its full stops before the officer's name ("Lt Col" as "Lt. Col.")
    ("The acting head of communication at the Ministry of Defence, Lt Col Emmanuel Ateba, said four died.",
     "Ministry of Defence", "Emmanuel Ateba"),
    # a unit the text names after a possessive in lower case: the unit, not an army
    ("The spokesperson for the army's Second Division, Ravi Balkaran, said five people died.",
     "Second Division", "Ravi Balkaran"),
    ('"Five people died," said Ravi Balkaran, a spokesperson for the army\'s Second Division.',
     "Second Division", "Ravi Balkaran"),
])
def test_attribution_registry_names_inside_longer_names_and_ranks_without_stops(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # the registry's name still wins where the longer words are the same body's: a nationality or a
    # place before it, a body's word alone after it, a misnamed registry name, a press office, a
    # medium's own longer name, a title before a person
    ("Syrian Civil Defence said 12 people were pulled from the rubble.", "White Helmets"),
    ("The Syrian Observatory of Human Rights (SOHR) said 53 civilians were killed.",
     "Syrian Observatory for Human Rights"),
    ("In a statement, the SDF Media Center said the strikes violated the ceasefire.", "Syrian Democratic Forces"),
    ("The United Nations Support Mission in Libya (UNSMIL) said it was alarmed.", "UNSMIL"),
    ("The Independent reports that 14 civilians were killed.", "The Independent"),
])
def test_attribution_registry_names_kept_where_the_longer_words_are_the_same_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # a body's statement read as one name: the body whose statement it is
    ('The Independent National Commission on Human Rights (INCHR) said force must be proportionate. '
     '"We call for calm," the INCHR statement said.', "Independent National Commission on Human Rights", None),
    ("Two men died, according to an RCIPS statement.", "RCIPS", None),
    ("In Iraq a Defense Ministry statement said government forces repelled an attack.", "Defense Ministry", None),
    # the body and its role after a comma and "the" ("…, the Traffic Police spokesman")
    ('"We cannot say," said Germán Alfaro, the Traffic Police spokesman.', "Traffic Police", "Germán Alfaro"),
    # a capitalised role after a body's bracketed acronym
    ("The National Drought Management Authority (NDMA) County Coordinator Mr. Ibrahim Wario said the authority "
     "would assess.", "National Drought Management Authority", "Ibrahim Wario"),
    # the person set off after a title opens the sentence, and speaks through his press secretary
    ("Governor of the state, Rev. Fr. Joseph Ahule, who condemned the attack in a statement by his Chief Press "
     "Secretary, Mr. Tersoo Kaave, described it as barbaric.", "Joseph Ahule", "Tersoo Kaave"),
])
def test_attribution_statements_roles_after_the_and_titled_subjects(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # a people's adjective no ending spells (rules/places.jsonl "demonyms") names another country's
    # society or ministry, not the one the registry knows by the bare words
    ("The Malagasy Red Cross, for its part, estimates that more than 40,000 people were affected.",
     "Malagasy Red Cross"),
    ("The Congolese Red Cross gives a provisional toll of 21.", "Congolese Red Cross"),
    ("The Kenya Red Cross said five died.", "Kenya Red Cross"),
])
def test_attribution_national_societies_by_irregular_adjectives(rules, text, source):
    assert attributions(text, rules)[-1].source == source


# rules/ranks.jsonl: a person introduced by a rank alone speaks for the body of that rank's service
# the story named as a source before him (GUIDELINES.md, "Police" and the officers ruling)
@pytest.mark.parametrize("text, source, speaker", [
    ("Merseyside Police said two men were arrested. Chief Superintendent Helen Ward said officers faced "
     "missiles. \"We will find them,\" she said.", "Merseyside Police", "Helen Ward"),
    ("The Barbados Fire Service said crews were at the scene. Divisional Officer Troy Maynard said a woman "
     "was rescued. He added that no one was hurt.", "Barbados Fire Service", "Troy Maynard"),
    ("The Sudanese army said 47 attackers were killed. Brig. Gen. Peter Akech said five soldiers died. He added "
     "that weapons were captured.", "Sudanese Armed Forces", "Peter Akech"),
    ("The Bahamas Department of Meteorology said the storm weakened. Chief Meteorologist Trevor Bain said "
     "the surge remained dangerous.", "Bahamas Department of Meteorology", "Trevor Bain"),
    # a fire service's information officer; a hospital's chief physician (a hospital is an NGO)
    ("The BC Wildfire Service said the fire grew. \"We saw aggressive crown fire,\" fire information officer "
     "Karina Dallaire told CTV News.", "BC Wildfire Service", "Karina Dallaire"),
    ("Lapland Central Hospital said 23 were admitted. \"The hospital coped well,\" chief physician Tuomas "
     "Harjunpää told Yle.", "Lapland Central Hospital", "Tuomas Harjunpää"),
    # "Garda sources" are no body
    ("Gardaí said they were treating the fire as a criminal act. Garda sources said a car was seen. "
     "Superintendent Declan Moynihan said the attack was cowardly.", "An Garda Síochána", "Declan Moynihan"),
    # a role of his service after his name keeps the rank
    ("South Yorkshire Police said 40 officers were hurt. Chief Superintendent Helen Barraclough, the "
     "district commander, said the attack was planned.", "South Yorkshire Police", "Helen Barraclough"),
])
def test_attribution_a_rank_speaks_for_its_service_named_before(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker) and last.rule.endswith("+rank-of-body")


@pytest.mark.parametrize("text", [
    # no body of the rank's service came before: he stays himself
    "Chief Superintendent Helen Ward said officers faced missiles. The ministry said the inquiry goes on.",
    # the body came only after him
    "Divisional Officer Troy Maynard said a woman was rescued. The Barbados Fire Service said crews left.",
    # a body of another service: a police command is no army's command
    "The Plateau State Police Command said two were held. Captain Samuel Okoro said troops were deployed.",
    # more than a rank: a place's officer, a body's name, a former officer
    "The Liberia National Police said the road was closed. Nimba County Superintendent Paye Gonleh said "
    "three died.",
    "The police said three died. Civil Protection Commander Matej Znidarsic said the floods were receding.",
    "The Sudanese army said three died. Former Colonel John Okello said the attack was planned.",
    # the rank the sentence writes before a mention cut short ("Deputy chief fire commander"): the fire
    # service's rank, so the police named before are not his body
    "Police in Split said roads were closed. Deputy chief fire commander Ante Basic said 350 firefighters "
    "were deployed.",
    # a registry person speaks as the registry says, as heads of state with a rank do
    "Merseyside Police said two were held. General Vladimir Putin said the talks would go on.",
    "The Sudanese Armed Forces said it retook the bridge. General Abdel Fattah al-Burhan said the war would go on.",
    # from the review of the convention (twenty-third session): another standing in his sentence
    "The Nigerian Army said the town was retaken. The chairman of Gwoza local government, Colonel Ibrahim "
    "Musa, said 20 people died.",
    "The Nigerian Army said it would probe the killing. Major General Olusegun Adeniyi, the governor's "
    "security adviser, said the report would be published.",
    "The Myanmar military said it would hold elections. Gen. Soe Win, the junta chief, said the vote would go on.",
    "The Air Force said the crash was under investigation. Captain Luis Santos, the pilot of the airliner, "
    "said the engine failed.",
    "The National Weather Service said the storm weakened. Meteorologist Jane Smith, of Colorado State "
    "University, said the surge remained dangerous.",
    "The Nigerian Army said the soldiers acted lawfully. Colonel Ibrahim Musa, whose son was killed, said "
    "the troops fired first.",
    "Lancashire Police said the case was closed. But former detective inspector Mark Hill said the force "
    "had covered up mistakes.",
    "Police said two miners died. Speaking at the site, mines inspector John Dlamini said the shaft was unsafe.",
    "The Myanmar military said troops held the town. A Boko Haram commander who gave his name as Captain Abu "
    "Umar said the group lost five men.",
    # a body that is no service's, though it holds a service's word
    "Army Times reported the findings. Col. James Smith said the unit had been disbanded.",
    "Mercy Corps said convoys were blocked. Lt. Col. Getachew Shiferaw said the army had cleared the road.",
    "The Forces for Freedom and Change said the protests would go on. General Hamid Ali said the army "
    "would hand over power.",
    "The Independent Office for Police Conduct said it was investigating. Detective Chief Superintendent "
    "Mark Hill said officers were cooperating.",
    # a rank two services share, after bodies of both ("Police Command" is either's, so no one's)
    "The Nigerian Army said troops were deployed. The Kano State Police Command said three were killed. "
    "Corporal Abdullahi Kiyawa said the suspects had been arrested.",
    "The Kenya Defence Forces said soldiers were killed. Inspector General Japheth Koome said the police "
    "would help.",
])
def test_attribution_a_rank_alone_or_a_body_of_its_service_before_is_needed(rules, text):
    last = attributions(text, rules)[-1]
    assert last is not None and not last.rule.endswith("+rank-of-body")


def test_attribution_a_rank_speaks_for_the_force_named_in_full_not_a_later_bare_police(rules):
    from verify.attribution import _ranked_officers
    from verify.records import Attribution

    text = "The force said a man was held. Police said he was 40. Detective Inspector Mika Hiltunen said more."
    sentences = split_sentences(text, abbreviations=rules.abbreviations)
    found = [Attribution("Eastern Finland Police Department", "eastern-finland-police-department", "government",
                         mention="The force"),
             Attribution("police", "police", "government", mention="Police"),
             Attribution("Mika Hiltunen", "mika-hiltunen", "person", mention="Detective Inspector Mika Hiltunen",
                         speaker="Mika Hiltunen")]
    last = _ranked_officers(found, sentences, rules)[-1]
    assert (last.source, last.speaker) == ("Eastern Finland Police Department", "Mika Hiltunen")


@pytest.mark.parametrize("text, attributed", [
    # a count that opens a clause of its own is what was claimed, not lives taken
    ("A local leader claimed at least nine people had died.", True),
    ("The Aamaq news agency claimed 160 civilians, mostly women and children, were killed.", True),
    ("The ministry claimed about nine people had died.", True),
    ("The storm claimed at least nine lives.", False),
    ("The storm claimed nine lives and injured 30 people who were taken to hospital.", False),
    ("The group claimed dozens of attacks on bases which were hit.", False),
])
def test_attribution_claimed_with_a_count_reports_only_a_clause(rules, text, attributed):
    (attribution,) = attributions(text, rules)
    assert (attribution is not None) == attributed
    if attributed:
        assert attribution.cue == "claimed" and attribution.stance == "distancing"


@pytest.mark.parametrize("text, source", [
    # people posting on a platform are unnamed sources; the platform is where they spoke
    ("Several pro-Kremlin military bloggers on Telegram claimed the strike hit a gathering.",
     "unnamed (military bloggers on telegram)"),
    ("Some accounts on X and Telegram claimed the damage was caused by a missile.",
     "unnamed (some accounts on x and telegram)"),
    ("Residents on social media said the strike hit a school.", "unnamed (residents on social media)"),
])
def test_attribution_unnamed_sources_on_a_platform(rules, text, source):
    (attribution,) = attributions(text, rules)
    assert attribution.source == source and attribution.source_type == "anonymous"


@pytest.mark.parametrize("text, source", [
    # a name found inside an insertion that describes the subject is not the subject
    ("Operation Fansan Yamma, the military task force covering the North West, said troops were in pursuit.",
     "Operation Fansan Yamma"),
    ("Médecins Sans Frontières, which runs a hospital in Kutupalong, said its teams had received 40 patients.",
     "Doctors Without Borders"),  # (the registry's name for MSF)
    # (but a person named in the insertion speaks: "Another resident, who gave only one name, Slamet, said")
    ("Another resident, who gave only one name, Slamet, said he saw a wall of gray cloud.", "Slamet"),
    # (sixty-fourth session) a name ending in "-ing" is no participle opening the sentence
    ("Boeing, which builds the Apache, said it was proud to support Poland's security.", "Boeing"),
    ("Beijing, which claims the Paracel islands, said the ships were in its waters.", "Chinese government"),
])
def test_attribution_describing_insertion_is_not_the_subject(rules, text, source):
    assert attributions(text, rules)[0].source == source


def test_attribution_body_with_acronym_speaking_from_a_place(rules):
    (attribution,) = attributions("The Miyetti Allah Cattle Breeders Association of Nigeria (MACBAN) in Plateau "
                                  "rejected the claim, saying herders had also lost cattle.", rules)
    assert attribution.source == "Miyetti Allah Cattle Breeders Association of Nigeria"


@pytest.mark.parametrize("text", [
    # "its" officer after a quotation that opens the sentence, and "its" after a one-word body that spoke
    "The Miyetti Allah Cattle Breeders Association of Nigeria (MACBAN) rejected the claim. "
    "“It is wrong to profile a whole group,” its state secretary, Usman Abdullahi, said.",
    "Podemos rejects the accusation. Its secretary-general in Maputo province, Helena Zucula-Mabote, said "
    "the party had called only for vigils.",
])
def test_attribution_its_officer_speaks_for_the_body_before(rules, text):
    first, second = attributions(text, rules)
    assert second.source == first.source and second.speaker is not None and second.rule.endswith("+officer")


@pytest.mark.parametrize("text, source, speaker", [
    ("Kodiak police Lt. Dana Kvasnikoff said there were no reports of injuries.", "Kodiak police", "Dana Kvasnikoff"),
    ("The Liberia National Police (LNP) spokesperson, Deputy Inspector General Ernest K. Gbessagee, told reporters "
     "that officers had been deployed.", "Liberia National Police", "Ernest K. Gbessagee"),
    # roles of a body's scientists and controllers (rules/speakers.jsonl "officer-roles")
    ("Gabe Lindqvist, a seismologist with the Alaska Earthquake Center, said 150 aftershocks had been recorded.",
     "Alaska Earthquake Center", "Gabe Lindqvist"),
    # a country-less alias of a Syrian body in a story of no Syrian place names the body as written
    ("Civil Defence controller Ben Tūhoe said about 350 people had been evacuated from Te Karaka.",
     "Civil Defence", "Ben Tūhoe"),
])
def test_attribution_officer_roles_of_the_twenty_fourth_session(rules, text, source, speaker):
    (attribution,) = attributions(text, rules)
    assert (attribution.source, attribution.speaker) == (source, speaker)


def test_attribution_spokesman_for_the_organization_speaks_for_the_body_that_spoke(rules):
    text = ("Amnesty International condemned the killings. \"Something is not working,\" said Fernando Bastidas, "
            "spokesman for the organization.")
    first, second = attributions(text, rules)
    assert second.source == first.source == "Amnesty International" and second.speaker == "Fernando Bastidas"


def test_attribution_a_described_body_before_a_role_and_name(rules):
    # "a foreign ministry spokesperson, Do Minh Chau,": the foreign ministry of the story's country
    text = ("Vietnam's response has been notably measured. In a brief statement on Monday, a foreign ministry "
            "spokesperson, Do Minh Chau, said Hanoi had lodged a protest.")
    attribution = attributions(text, rules)[1]
    assert (attribution.source, attribution.speaker) == ("Vietnam's foreign ministry", "Do Minh Chau")


@pytest.mark.parametrize("text, source, speaker", [
    # a person named in an insertion after a role or "named" speaks
    ("Her lawyer, a former judge named Amina Diallo, said the charges were false.", "Amina Diallo", "Amina Diallo"),
    ("A senior official, the deputy governor Ali Musa, said ten died.", "Ali Musa", "Ali Musa"),
    # a registry monitor's country-less alias in a story of no Syrian place
    ("Kandilli Observatory seismologist Dogan Kalafat said aftershocks would continue in Izmir.",
     "Kandilli Observatory", "Dogan Kalafat"),
])
def test_attribution_review_findings_of_the_twenty_fourth_session(rules, text, source, speaker):
    attribution = attributions(text, rules)[-1]
    assert (attribution.source, attribution.speaker) == (source, speaker)


def test_attribution_its_after_a_person_who_spoke_of_another_body_is_not_his(rules):
    # "its" may mean the mission the sentence before spoke of, not the person who spoke
    first, second = attributions("Mnangagwa rejects the findings of the observer mission. Its head, Nevers Mumba, "
                                 "said the vote was flawed.", rules)
    assert second.source != first.source


def test_attribution_tokens_equal_those_of_one_character_per_repeat():
    """The word token repeats a run of word characters as one (`+`); the tokens must be those of
    the pattern repeating one character at a time, on every sentence of the corpora and on odd ones."""
    import re

    from verify.attribution import _WORD_TOKEN, _tokens, tokenize

    plain = _WORD_TOKEN.replace(r"(?:[\w\u00C0-\u024F'’\-]+|", r"(?:[\w\u00C0-\u024F'’\-]|")
    assert plain != _WORD_TOKEN
    rules = load_rules()
    words = sorted({a[:-1] for a in rules.abbreviations if re.fullmatch(r"[A-Z][a-z]+\.", a)}, key=len, reverse=True)
    plain = re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, words))})\.|{plain}")
    assert _tokens(rules).pattern != plain.pattern
    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [line for path in [root / "fa-kes-train.csv", *sorted((root / "seeds").glob("*.txt")),
                               *sorted((root / "wire").glob("*.txt"))]
             for line in path.read_text(encoding="utf-8").splitlines()]
    texts += ["U.S.-backed al-Nusra's", "a.b.c. A.B. Gen. Co.Ltd", "x.-y .-. ..a a.. A.B.C.", "é.à’s-'", "T. Kollie",
              "word_with_underscores.and.dots", "Su-34s' 1.5.", "...", "A.", "a.-", "Dr.No"]
    for text in texts:
        assert [(t.text, t.start, t.end) for t in tokenize(text, rules)] == \
               [(m.group(), m.start(), m.end()) for m in plain.finditer(text)], text


def test_attribution_walk_passing_over_non_cue_words_finds_the_same(monkeypatch):
    """`find_candidates` passes at once over a word no cue starts with; walking every word through
    the whole loop must propose the same candidates, on every sentence of the corpora."""
    from verify.attribution import _cue_index
    from verify.rules import derived

    class Everything:
        def __contains__(self, word):
            return True

    rules = load_rules()
    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [s.text for path in [root / "fa-kes-train.csv", *sorted((root / "seeds").glob("*.txt"))]
             for line in path.read_text(encoding="utf-8").splitlines()
             for s in split_sentences(line, abbreviations=rules.abbreviations)]
    assert len(texts) > 5_000
    quick = [find_candidates(text, rules=rules) for text in texts]
    index = derived(rules, "attribution.cues", lambda r: _cue_index(r.cues))
    assert "said" in index.starts and "the" not in index.starts
    monkeypatch.setattr(index, "starts", Everything())
    assert [find_candidates(text, rules=rules) for text in texts] == quick


def test_attribution_whole_word_at_is_where_the_pattern_search_starts():
    """`_whole_word_at` finds a registry name standing whole without compiling a pattern for it:
    it must give the start of `re.search` with the pattern it stands for, on every name of the
    registry in mentions that hold it whole, glued, possessive, at the start, twice."""
    import re

    from verify.attribution import _whole_word_at

    rules = load_rules()
    names = sorted({n.lower() for source in rules.registry.sources.values() for n in (source.name, *source.aliases)})
    assert len(names) > 500
    texts = ["", "s", "'s", "the us and the u.s. said", "mr ahmad's men", "ahmads", "a_b a-b", "é é’s ées"]
    checked = 0
    for name in names[::3] + ["", "s", "us", "a", "é", "a-b"]:
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?:'s|’s|s)?(?!\w)")
        for text in texts + [name, f"x{name}", f"{name}x", f"the {name}'s head", f"{name}’s {name}",
                             f"x{name} {name}s", f"_{name} -{name}-", f"{name}{name} {name}", f"{name}'sx {name}’s."]:
            found = pattern.search(text)
            assert _whole_word_at(name, text) == (found.start() if found else -1), (name, text)
            checked += 1
    assert checked > 3000


@pytest.mark.parametrize("text, source, speaker", [
    # a legislator abbreviated after his country speaks for himself, as "U.S. Senator" does
    ("U.S. Sen. John Tate said 12 people died.", "John Tate", "John Tate"),
    ("U.S. Rep. Elena Villarreal, a Democrat whose district includes the area, said she had spoken with officials.",
     "Elena Villarreal", "Elena Villarreal"),
    ("U.S. Congresswoman Elena Villarreal said 12 people died.", "Elena Villarreal", "Elena Villarreal"),
    # a survey is a body, not a person "Geological Survey" of the US government
    ("The US Geological Survey said the quake had a depth of 10 kilometers.", "US Geological Survey", None),
    ("The British Geological Survey said the quake was felt in 3 counties.", "British Geological Survey", None),
    # "this month" between the auxiliary and the cue
    ("The Uganda National Meteorological Authority (UNMA) had earlier this month warned of heavy rain.",
     "Uganda National Meteorological Authority", None),
    # a person named after an unnamed speaker and the words that place him
    ("A resident of the area, Malam Sule Dan-Asabe, who said he lost his wife in the mishap, blamed the driver.",
     "Sule Dan-Asabe", "Sule Dan-Asabe"),
    ("A doctor at the hospital in Idlib, Dr Ahmed Khalil, who treated the wounded, said 12 people died.",
     "Ahmed Khalil", "Ahmed Khalil"),
])
def test_attribution_readings_of_the_twenty_fifth_session(rules, text, source, speaker):
    (attribution,) = attributions(text, rules)
    assert (attribution.source, attribution.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # the same words that are no speaker's name, or a clause after the period that is not the speaker's
    ("A resident of Homs, a city in the west, said 4 people died.", "unnamed (a resident of homs)"),
    ("A witness in Aleppo, who asked not to be named, said 12 people died.", "unnamed (a witness in aleppo)"),
    ("Kundasang assemblyman Datuk Jeffrey Sagun, who visited the PPS this afternoon, said 3 houses fell.",
     "Datuk Jeffrey Sagun"),
    # an acronym that spells a title's abbreviation is still the body's ("CPT's … coordinator")
    ("Community Peacemaker Teams (CPT) documented the strikes. Strikes go on, CPT's Iraqi Kurdistan coordinator "
     "Kamaran Sheikhani said.", "Community Peacemaker Teams"),
])
def test_attribution_readings_of_the_twenty_fifth_session_negatives(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # any people's adjective the places name or a count can name leaves an unnamed source unnamed
    ("Slovak officials said soldiers had been deployed.", "unnamed (slovak officials)"),
    ("A Kosovo Serb man who lives near the warehouse said 3 men came.", "unnamed (a kosovo serb man)"),
    ("Brazilian media reported that 3 people died.", "unnamed (brazilian media)"),
    # a force is a body however its country is written ("Czech police", GUIDELINES "Police")
    ("Czech police said they were still investigating a fifth death.", "Czech police"),
])
def test_attribution_unnamed_sources_of_any_people(rules, text, source):
    assert attributions(text, rules)[-1].source == source



@pytest.mark.parametrize("text, source", [
    # an unnamed member at an institution the story named, called now by its kind (GUIDELINES, "An
    # unnamed member of a named body")
    ("The wounded were taken to Beledweyne General Hospital. A doctor at the facility, who asked not to be named, "
     "said 41 wounded people had been admitted.", "Beledweyne General Hospital"),
    ("At Kenyatta National Hospital, beds ran out. A senior medic at the hospital, who spoke on condition of "
     "anonymity, said four patients were critical.", "Kenyatta National Hospital"),
    ("Gunmen attacked the Medium Security Custodial Centre on Sunday. A source at the custodial centre said the "
     "facility was overcrowded.", "Medium Security Custodial Centre"),
    ("The wounded reached Bab al-Hawa Medical Centre. Medics at the centre said blood ran short.",
     "Bab al-Hawa Medical Centre"),
    # a helper's review: an institution of the kind spoken of since, or another place after the kind, or
    # "the facility" in a story of two kinds of institution, or words after the cue
    ("Last year's victims went to Craig Joint Theater Hospital. This week the wounded went to a small hospital in "
     "Kandahar. A doctor at the hospital said five of them had died.", "unnamed (a doctor at the hospital)"),
    ("Inmates escaped from Kamiti Maximum Security Prison; two guards were taken to Kenyatta National Hospital. "
     "A source at the facility said the inmates had dug a tunnel.", "unnamed (a source at the facility)"),
    ("The injured were taken to Madina Hospital. A security official said patients at the hospital were moved.",
     "unnamed (security official)"),
    # none named: the member stays unnamed (and a relative pronoun is no part of his description); an
    # indefinite institution is none the story named
    ("Beds ran out. A doctor at the hospital, who asked not to be named, said 41 people had been admitted.",
     "unnamed (a doctor at the hospital)"),
    ("The wounded were taken to Beledweyne General Hospital. A health worker at a hospital in the west said 4 died.",
     "unnamed (health worker at a hospital in the west)"),
])
def test_attribution_unnamed_member_at_an_institution_named_before(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # a description no registry body answers: the body the text named so before
    ("Rescuers of the State Emergency Service reached the mine. According to the service, 86 rescuers are involved.",
     "State Emergency Service"),
    ("Crews of the Scottish Fire and Rescue Service attended. The service said no one was injured.",
     "Scottish Fire and Rescue Service"),
    # none named so, or a company (a supplier or a contractor may be the one named): still unnamed
    ("A tunnel collapsed on Sunday. According to the company, it was opened in 2012.", "unnamed (company)"),
    ("The engines came from CFM International Inc. The company said it would compensate the families.",
     "unnamed (the company)"),
])
def test_attribution_description_of_a_body_the_text_named(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # "according to the army" reads as "the army said": the army of the story's country
    ("ELN guerrillas attacked a military post in Arauca, Colombia. No civilians were harmed, according to the army.",
     "Colombia's army"),
    ("Protesters marched in Lomé, Togo. According to the government, 3 people died.", "Togo's government"),
    # so does a statement of the government or the army, and "the statement" after it
    ("Protesters marched in Lomé, Togo. According to a government communiqué read out on state television, 3 "
     "people died.", "Togo's government"),
    ("Protesters marched in Lomé, Togo. A government statement said 3 people died. The statement put the toll of "
     "police at two.", "Togo's government"),
    ("ELN guerrillas attacked a military post in Arauca, Colombia. An army statement said 3 soldiers died.",
     "Colombia's army"),
])
def test_attribution_according_to_a_national_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_statement_whose_owner_the_mention_left_out_is_not_the_nations(rules):
    found = attributions("ELN guerrillas attacked a post in Arauca, Colombia. The ELN military statement said 3 "
                         "soldiers died.", rules)[-1]
    assert "Colombia" not in found.source


@pytest.mark.parametrize("text, source", [
    # a review's probes of the twenty-fifth session's readings, mended: a place or body named after its
    # kind between commas is no person
    ("A resident of the town, Tudun Wada, who spoke on condition of anonymity, said 4 died.", "unnamed (a resident)"),
    ("An aid worker in the camp, Kakuma Refugee Camp, who asked not to be named, said 4 died.", None),
    ("A source in the presidency, State House, who declined to be named, said 4 died.", None),
    # a people's word opening a body's name stays a name
    # (its officials are its members since the thirty-sixth session: the body speaks through them)
    ("Indian Coast Guard officials said 12 fishermen were rescued.", "Indian Coast Guard"),
    # "had earlier this …" only before a speech verb of the sentence's own subject
    ("The suspects, whose lawyer had earlier this week said they were innocent, were charged, police said.",
     "police"),
    ("NEMA this week said 3 people died.", "NEMA"),  # (no auxiliary needed)
    # a government's representative speaks for it (only legislators and ambassadors for themselves)
    ("British government representative Jane Hill said 3 people died.", "UK government"),
])
def test_attribution_review_findings_of_the_twenty_fifth_session(rules, text, source):
    found = attributions(text, rules)[-1]
    if source is None:
        assert found is None or found.source.startswith("unnamed")
    else:
        assert found.source == source


@pytest.mark.parametrize("text", ["Kenya police said 3 people died.", "Kosovo police said 3 people died."])
def test_attribution_a_force_named_by_its_country_is_named(rules, text):
    # GUIDELINES "Police": the force the story names ("Kosovo Police"), never unnamed people
    assert attributions(text, rules)[-1].source == text.split(" said")[0]


@pytest.mark.parametrize("text, source", [
    # an unnamed person of a place, then his name between commas (found by the helper's review)
    ("A resident of Kibera, Mary Atieno, told reporters 3 people died.", "Mary Atieno"),
    ("A farmer in Nyeri, Mr Peter Kariuki, said 3 cows died.", "Peter Kariuki"),
    # a place after the place names no one
    ("A resident of Saint Louis, Missouri, said 12 people died.", "unnamed (a resident of saint louis missouri)"),
])
def test_attribution_a_person_named_after_his_place(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # found by the helper's review: "Sen" ending a name is a surname; "dela" inside a Filipino name;
    # an agency's geophysicist speaks for it, a university's for himself
    ("Amartya Sen said 3 million people starved.", "Amartya Sen"),
    ("Prime Minister Hun Sen said 3 people died.", "Hun Sen"),
    ("Philippine Sen. Ronald dela Rosa said 3 suspects died.", "Ronald dela Rosa"),
    ("USGS geophysicist Jana Pursley said the quake was shallow.", "USGS"),
    ("Selim Karaca, a geophysicist at Istanbul Technical University, said the tremor was shallow.", "Selim Karaca"),
])
def test_attribution_names_and_roles_of_the_twenty_fifth_session(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # "the <kind> said" after a body of that kind the text named without its speaking (a helper's review:
    # "the authority/council/commission said" came out as the bare word)
    ("The Kenya Civil Aviation Authority grounded the fleet. The authority said 3 planes were checked.",
     "Kenya Civil Aviation Authority"),
    ("The Nairobi County Council met on Monday. The council said 3 markets would close.", "Nairobi County Council"),
    # "according to the commission" is attributed, and reads as "the commission said"
    ("The Independent Electoral Commission announced results. According to the commission, 3 million voted.",
     "Independent Electoral Commission"),
    ("The Kenya Civil Aviation Authority grounded the fleet. According to the authority, 3 planes were checked.",
     "Kenya Civil Aviation Authority"),
])
def test_attribution_the_kind_of_a_body_named_before(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # "…, the <kind> said" after the content: the body of that kind the text named (before, only a
    # capitalised "The authority said" opening a sentence was read)
    ("The Egyptian National Railways Authority sent cranes. Two carriages overturned, the authority said.",
     "Egyptian National Railways Authority"),
    ("The Binyamin Regional Council condemned the attack. \"We will not accept this,\" the council said.",
     "Binyamin Regional Council"),
    ("The UN Mission in South Sudan said 3 peacekeepers were hurt. In a statement, the mission said it would send "
     "a team.", "UNMISS"),
])
def test_attribution_the_kind_of_a_body_after_the_content(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_the_kind_of_a_body_after_a_speech_verb_is_what_was_said(rules):
    # "…, said the commission had documented …": the commission is the reported clause's subject
    found = attributions("Vargas-Moreau, a Uruguayan jurist who took up the post last year, said the commission "
                         "had documented 1,400 new cases.", rules)[-1]
    assert found is None or found.source != "UN Commission of Inquiry"


@pytest.mark.parametrize("text, source, speaker", [
    # "according to him/her/it/them": the person or body named before, as "he said" is
    ("Police chief John Smith said the road was closed. According to him, 31 passengers were rescued alive.",
     "police", "John Smith"),
    ("Mary Atieno, a nurse, said the ward was full. According to her, 20 patients arrived overnight.",
     "Mary Atieno", "Mary Atieno"),
    ("The Border Service said troops were on alert. According to it, Tajik servicemen opened fire.",
     "Border Service", None),
    ("Residents said they fled. According to them, the gunmen came at night.", "unnamed (residents)", None),
])
def test_attribution_according_to_a_pronoun(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_according_to_a_pronoun_inside_a_sentence_does_not_govern_it(rules):
    # "at least 14 people according to her": her, the official the sentence names, speaks through it
    found = attributions("Mayor Jonas Celestin said the town was calm. Quoted by Radio Metropole, a local official "
                         "of the Civil Protection, Marie-Ange Joseph, reported that the injured, at least 14 people "
                         "according to her, had been taken to hospital.", rules)[-1]
    assert (found.source, found.speaker) == ("Civil Protection", "Marie-Ange Joseph")


@pytest.mark.parametrize("text, source", [
    # "according to" people described by lower-case words before an unnamed head: unnamed
    ("The crossing remains closed, according to customs officials.", "unnamed (customs officials)"),
    ("The crossing remains closed, according to a family member.", "unnamed (a family member)"),
    ("People fled towards Kaya, according to humanitarian actors present in the area.",
     "unnamed (humanitarian actors)"),
    ("At the centre of the plot, according to two separate sources, was a colonel.",
     "unnamed (two separate sources)"),
    ("The inmates broke a padlock, according to a prison source who spoke to the Daily Observer.",
     "unnamed (a prison source)"),
    ("Local councillors said that some of those arrested came from Nottingham.", "unnamed (local councillors)"),
])
def test_attribution_according_to_described_people(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text", [
    # not people: a rule
    "The crossing remains closed, according to international law.",
    "The crossing remains closed, according to the plan.",
])
def test_attribution_according_to_what_is_no_people(rules, text):
    assert attributions(text, rules)[-1] is None


def test_attribution_according_to_unnamed_peoples_record(rules):
    # what people nobody names wrote is theirs, an unnamed source (GUIDELINES, "A record that tells
    # the content is attributed to whoever keeps it", thirty-second session)
    found = attributions("The crossing remains closed, according to customs officials' figures.", rules)[-1]
    assert found.source_type == "anonymous"


@pytest.mark.parametrize("text, source", [
    # a name holding a people's word of an "according to" is still that name
    ("The Joint Chiefs of Staff said it detected the launch.", "Joint Chiefs of Staff"),
    ("Front Line Defenders said the activist was detained.", "Front Line Defenders"),
])
def test_attribution_names_holding_described_people_words(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # a body's short name written as a word in brackets, defined after its first use or before it
    ("Indepaz has documented 52 killings. With these crimes, the Institute for Development and Peace Studies "
     "(Indepaz) has registered 52 murders.", "Institute for Development and Peace Studies"),
    ("The Congress of Democratic Taxi Associations (Codeta) met. In a statement, Codeta said it was not involved.",
     "Congress of Democratic Taxi Associations"),
    # JNIM's English name and its acronym are one source
    ("The Group for the Support of Islam and Muslims (JNIM) claimed the attack. JNIM said it seized 3 vehicles.",
     "Jama'at Nusrat al-Islam wal-Muslimin"),
])
def test_attribution_short_name_in_brackets_is_spelled_out(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, defined", [
    ("The Independent Police Investigative Directorate (Ipid) said it was probing.",
     {"Ipid": "Independent Police Investigative Directorate"}),
    # a language, a place, or a word after a person or a dateline defines nothing
    ("The Syrian Observatory for Human Rights (Arabic) said 4 died.", {}),
    ("Maria Lopez (Lima) said 4 died.", {}),
    ("BEIRUT, Lebanon (Reuters) said 4 died.", {}),
])
def test_attribution_defined_short_names(text, defined):
    from verify.attribution import _defined_acronyms
    assert _defined_acronyms(text) == defined


@pytest.mark.parametrize("text, source", [
    # people the wire dev gold writes unnamed, whose head nouns speakers.unnamed lacked
    ("A miner who made it to the surface told local channel Pechora-TV that the air turned white.", "unnamed (a miner)"),
    ("Two participants said about 15 women had gathered.", "unnamed (two participants)"),
    ("Student organisers said on their Instagram profile that the number was much higher.",
     "unnamed (student organisers)"),
    ('"There was no space," said a worshipper who was slightly injured.', "unnamed (a worshipper)"),
    ("His family said he suffered fractures to his arm.", "unnamed (family)"),
    # "whose" opens a relative clause after an unnamed person, as "who" does
    ("A villager whose house stands about 50 m from the site said he heard a loud noise.", "unnamed (a villager)"),
    ("A woman whose husband works on the night shift said nobody had called.", "unnamed (a woman)"),
])
def test_attribution_unnamed_people_of_the_wire_dev_gold(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # "whose" after a named person, or after a name the sentence's content speaks of, is no speaker
    ("U.S. Rep. Elena Villarreal, a Democrat whose district includes the area, said she had spoken with officials.",
     "Elena Villarreal"),
    ("A member of the Daraa Central Committee, who requested anonymity, said a meeting was held.",
     "Daraa Central Committee"),
    ("The editor of the magazine, Joe Ageyo, said the story was accurate.", "Joe Ageyo"),
])
def test_attribution_unnamed_people_negatives(rules, text, source):
    # ("editor" was read as an unnamed head for a moment: it swallowed the name in "The editor of the
    # magazine, Joe Ageyo, said", a helper's review found)
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # "read"/"reads" report only with a document as their subject (cues.jsonl `subjects`), before the
    # cue or after it once a quotation closes
    ("The Zamfara State Police Command said gunmen attacked. Tactical teams were deployed,\" the statement read.",
     "Zamfara State Police Command"),
    ("The Ministry of Internal Affairs said force was used. The violence continued,\" the statement of the "
     "Ministry reads.", "Ministry of Internal Affairs"),
    ("The Rwanda Defence Force said it repelled an attack. \"Four attackers were neutralised,\" the statement reads.",
     "Rwanda Defence Force"),
])
def test_attribution_a_document_reads(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text", [
    "He read the names of the dead.",
    "The sign read \"No entry\".",
    "The mayor read a statement from the family.",
    # a participle: the statement was read out, the government warns
    "In a short statement read on state broadcaster RTB, the ministry said 4 people died.",
])
def test_attribution_reading_what_is_no_report(rules, text):
    found = attributions(text, rules)[-1]
    assert found is None or found.cue != "read"


@pytest.mark.parametrize("text, source", [
    # a document, then "read" as a participle between commas: the document's own "said" reports (these
    # raised a TypeError for a moment in the twenty-sixth session: a cue with `subjects` and no `needs`)
    ("The statement, read by spokesman Ali Khan, said the army had withdrawn.", "unnamed (the statement)"),
    ("The report, read in parliament on Tuesday, said 40 people had died.", "unnamed (the report)"),
    ("His statement, read by his lawyer, denied the charges.", "unnamed (his statement)"),
])
def test_attribution_a_document_read_by_someone_still_says(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.cue in {"said", "denied"}


@pytest.mark.parametrize("text", ["The report read like a list of failures.",
                                  "The statement reads as an admission of failure."])
def test_attribution_what_a_document_reads_like_is_the_outlet_s(rules, text):
    assert attributions(text, rules)[-1] is None


@pytest.mark.parametrize("text, source", [
    # a bare kind of body no body of the text answers is unnamed, not a source called "authority"
    ("Three bridges were washed away, the authority said.", "unnamed (the authority)"),
    ("The Authority said three bridges were washed away.", "unnamed (the authority)"),
    # a body whose name opens with its kind, named before ("the Office", capitalised after "according to the")
    ("The Public Defender's Office visited the prison. According to the Office, several detainees were hurt.",
     "Public Defender's Office"),
    ("The Department of Home Affairs runs the centres. The department says 3 detainees caused damage.",
     "Department of Home Affairs"),
])
def test_attribution_a_bare_kind_of_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # an officer's mention no other reading took apart: the body at its end speaks through him
    ('"Most residents were co-operative," said Cpl. Daniel Ferreira of the Clearwater RCMP.',
     "Clearwater RCMP", "Daniel Ferreira"),
    ('"Two bodies were recovered," said DSP Kamal Thapa Magar of the District Police Office, Taplejung.',
     "District Police Office", "Kamal Thapa Magar"),
    # an unnamed member of a named body is the body (GUIDELINES); a lawmaker speaks for himself
    ("Two bodies were found, according to a member of the Local Force, the militia in the area.", "Local Force", None),
    ("Iranian lawmaker Mehdi Sarvestani, a member of the Majlis National Security and Foreign Policy Committee, "
     "said the attack was a crime.", "Mehdi Sarvestani", "Mehdi Sarvestani"),
])
def test_attribution_an_officer_left_whole_is_taken_apart(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # a body's own name holding "of", or a place after a person: no officer to take apart
    ("The Joint Chiefs of Staff said it detected the launch.", "Joint Chiefs of Staff"),
    ("Anna Whitlock, the Labour MP for Rotherham, said that she was heartbroken.", "Anna Whitlock"),
])
def test_attribution_no_officer_to_take_apart(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_place_after_a_person_is_no_body_he_speaks_for(rules):
    found = attributions("Headman Tichaona Sithole of Ngaone village hailed the government's swift response, "
                         "saying food had come.", rules)[-1]
    assert found.source != "Ngaone"


@pytest.mark.parametrize("text, source", [
    # a spokesperson speaks for a body (GUIDELINES; the dev golds never write one unnamed): the body that
    # spoke last, the one the sentence before named, the force, or the institution of his kind
    ('Sussex Police said two men were arrested. A spokeswoman said: "We are aware of reports."', "Sussex Police"),
    ("Crikey put those claims to the Department of Home Affairs. A spokesperson said the department does not "
     "comment.", "Department of Home Affairs"),
    ("Police in Kent arrested two men. A police spokesperson said they were held overnight.", "police"),
    ('Gardai attended the scene. "We want to speak with road users," a garda spokesperson said.', "An Garda Síochána"),
    ("At least one person was treated at Providence Kodiak Island Medical Center, a hospital spokeswoman said.",
     "Providence Kodiak Island Medical Center"),
    # none given, or a government the rules cannot tell: unnamed
    ("A spokesperson said crews would not begin work until winds eased.", "unnamed (a spokesperson)"),
    ("Floods hit the south. A government spokesman said aid was on its way.", "unnamed (government spokesman)"),
])
def test_attribution_a_spokesperson_speaks_for_a_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # "a force spokesperson": the force that spoke last
    ('North Yorkshire Police said a man died. A force spokesperson said: "Our thoughts are with the family."',
     "North Yorkshire Police"),
    # "a government spokesman" in a story from one country: that country's government
    ("Floods hit Mozambique on Monday. The release of funds was approved, according to a government spokesperson.",
     "Mozambique's government"),
    ("Floods hit Japan on Monday. The top government spokesman told a news conference that aid was on its way.",
     "Japan's government"),
    # "a spokesperson for the police": as "a police spokesperson"
    ("Kent Police said three died. A spokesperson for the police said they were held.", "Kent Police"),
    # not the body that spoke last for a spokesman of another kind, nor a force's watchdog
    ("Police said the boy drowned. A spokesman for the family said he was a good swimmer.",
     "unnamed (spokesman for the family)"),
    ("Amnesty International said 12 died. A spokesman for the army said the report was false.",
     "unnamed (spokesman for the army)"),
    ("The FAA grounded the jets. United Airlines said it would comply. A spokesperson for the agency said more "
     "checks were due.", "unnamed (spokesperson for the agency)"),
    ("Avon and Somerset Police said a man was held. The Independent Office for Police Conduct said it would "
     "investigate. A force spokesperson said the man was released.", "Avon and Somerset Police"),
    # a story of two countries: which government the words do not tell
    ("ISLAMABAD - Pakistan accused India of shelling. A government spokesman said the shelling killed two.",
     "unnamed (government spokesman)"),
])
def test_attribution_a_spokesperson_of_a_kind_or_for_a_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # sources inside a body its capitalised name makes one: the body (GUIDELINES, "An unnamed member of a named body")
    ("Citing sources in the Guardia Civil, the daily Europa Sur reported that the vessel was seen.", "Guardia Civil"),
    ("According to sources in the Assyrian Christian Church, at least 15 hostages were freed.",
     "Assyrian Christian Church"),
    # a lower-case church is no body's name
    ("A member of the church who escaped, and who pleaded anonymity for fear of reprisal, told Blueprint that the "
     "gunmen ordered everyone to lie face down.", "unnamed (a member of the church)"),
    # a person surnamed Church, an airport named La Guardia
    ("Kirk Church, a spokesman for the Kansas Department of Transportation, said the road was closed.",
     "Kansas Department of Transportation"),
    ("Port Authority officials at La Guardia Airport said flights had resumed.", "Port Authority"),
])
def test_attribution_sources_in_a_church_or_a_guard(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # "the army" in a story from one country that named its force earlier: the force as named
    ("Botswana Defence Force soldiers shot three men near the Chobe river on Sunday. Namibia demanded an inquiry. "
     "The army said the men acted in a hostile manner.", "Botswana Defence Force"),
    # no force of that country named: the country's army
    ("Soldiers shot three men near the Chobe river in Botswana on Sunday. The army said the men acted in a hostile "
     "manner.", "Botswana's army"),
    # a rebel army named with the country's name or adjective is no state's force, nor an army "of" a person
    ("Fighters from a faction of the Sudan Liberation Army loyal to Minni Minnawi joined the fight. Sudan's war goes "
     "on. The army said it had repelled an RSF attack on El Fasher.", "Sudanese Armed Forces"),
    ("Turkish-backed fighters of the Syrian National Army clashed with Kurdish forces in northern Syria. Dozens "
     "died. Separately, in Syria's Daraa province, the army said it killed 12.", "Syrian army"),
    ("Forces of the Libyan National Army of Khalifa Haftar advanced. Libya is split. In Tripoli, the army said it "
     "repelled an attack.", "Libya's army"),
    # "Nigerian" is Nigeria's adjective, not Niger's
    ("Gunmen attacked a post in Niger near the border, where Nigerian Army engineers were building a bridge. Niger's "
     "government condemned it. The army said 12 died.", "Niger's army"),
])
def test_attribution_the_army_the_story_named(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_foreign_ministry_alias_names_no_body_for_a_later_description(rules):
    # "the Ministry of Health" in a story from Mozambique is no Syrian ministry the registry knows by
    # that alias, so "the government" later is Mozambique's, not that ministry
    found = attributions("Floods hit Mozambique on Monday. The Ministry of Education said 420 classrooms were "
                         "damaged, while the Ministry of Health reported that 27 health units were damaged. The "
                         "government said the funds were released.", rules)[-1]
    assert found.source == "Mozambique's government"


@pytest.mark.parametrize("text, source", [
    # "the force said": the police or armed force that spoke last (else unnamed)
    ("South Yorkshire Police said 3 officers were hurt. Two were taken to hospital, the force said.",
     "South Yorkshire Police"),
    ("The European Union Naval Force said pirates boarded a dhow. The force said it raised the threat level.",
     "European Union Naval Force"),
    ("The road was closed, the force said.", "unnamed (the force)"),
    # a scholar at a university speaks for herself, however her title is written
    ('"The soil is saturated," said Prof. Lucy Njeri of the University of Nairobi.', "Lucy Njeri"),
])
def test_attribution_the_force_and_a_professor(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text", [
    # a place in brackets after a body is no short name of it (a helper's review)
    "The National Disaster Management Authority (Pakistan) issued an alert. Pakistan said 300 people had died.",
    "The Uganda Red Cross Society (Kampala) sent teams. Kampala said 4 people had died.",
])
def test_attribution_a_place_in_brackets_is_no_short_name(rules, text):
    assert attributions(text, rules)[-1].source in {"Pakistan", "Kampala"}


@pytest.mark.parametrize("text, source, speaker", [
    # a unit's number and its own name in brackets are part of its name
    ("Eduardo Manalansan, commander of the 303rd Infantry Brigade, said troops recovered two rifles.",
     "303rd Infantry Brigade", "Eduardo Manalansan"),
    ("Lieutenant Colonel Arnel Villanueva, spokesperson of the 3rd Infantry Division (3ID), said troops "
     "were responding.", "3rd Infantry Division", "Arnel Villanueva"),
    ("Dennis Almazan, spokesman of the 6th Infantry (Kampilan) Division, said the troops were returning.",
     "6th Infantry (Kampilan) Division", "Dennis Almazan"),
    # ranks between an officer's role and his name; the body's acronym set off; several role words
    ("The Zimbabwe Republic Police (ZRP) cleared the streets. ZRP national spokesperson Assistant Commissioner "
     "Farai Mhlanga said 41 people were arrested.", "Zimbabwe Republic Police", "Farai Mhlanga"),
    ("East Central Railway (ECR) Chief Public Relations Officer Sushant Kumar Mishra said the platform had "
     "not been changed.", "East Central Railway", "Sushant Kumar Mishra"),
    ('"Whole blocks are gone," Love County Emergency Management Director Dale Pritchett told reporters.',
     "Love County Emergency Management", "Dale Pritchett"),
    ("The state Chairman of the Miyetti Allah Cattle Breeders Association of Nigeria, MACBAN, Alhaji Bello "
     "Danladi, denied that herders were behind the attack.",
     "Miyetti Allah Cattle Breeders Association of Nigeria", "Bello Danladi"),
    ("Estonian Air Navigation Services (EANS) runs the beacons. It is permanent, EANS head of air traffic "
     "management Rain Tamm said.", "Estonian Air Navigation Services", "Rain Tamm"),
    # the role "of" a part of the body, "at" the body
    ("Brigadier Salim Al Mashaikhi, head of the operations sector at the NCEM, told a press conference that "
     "all units were on alert.", "NCEM", "Salim Al Mashaikhi"),
    # a unit's bracketed name after an article and its role; a unit's number after the army it belongs to
    ("The spokesman of the 6th Infantry (Kampilan) Division, Lt. Col. Ricky Bunayog, said the fighting lasted "
     "two hours.", "6th Infantry Division", "Ricky Bunayog"),
    ("Army 4th Infantry Division spokesman Maj. Francisco Garello said the troops recovered five rifles.",
     "4th Infantry Division", "Francisco Garello"),
    # a spokesperson "for the" part of the country he covers
    ("South Sudan People's Defence Forces (SSPDF) spokesperson for the Jonglei sector, Col. Simon Kuol Deng, said "
     "the raiders fled.", "South Sudan People's Defence Forces", "Simon Kuol Deng"),
    # a bracketed name with a space in it; a corps after the rank
    ("Cenderawasih Regional Military Command (Kodam XVII/Cenderawasih) spokesperson Lieutenant Colonel Infantry "
     "Yohanes Rumbiak said the clash broke out at dawn.", "Cenderawasih Regional Military Command", None),
    # the role of the man named before, at a body the text named earlier by that word
    ("The Addis Abeba Fire and Disaster Risk Management Commission said the fire was out. Nigatu Mamo, public "
     "relations head at the Commission, told Fortune that the blaze took seven hours to control.",
     "Addis Abeba Fire and Disaster Risk Management Commission", "Nigatu Mamo"),
])
def test_attribution_an_officer_s_role_however_written(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert found.source == source
    assert speaker is None or found.speaker == speaker


@pytest.mark.parametrize("text, source", [
    # the holder of an office "for" a portfolio or a place, named after it, speaks for himself
    ("Wales's Cabinet Secretary for Climate Change, Huw Rowlands, visited Pentre on Saturday morning and said "
     "the Welsh Government would help.", "Huw Rowlands"),
    ("The Minister of State for Relief, Disaster Preparedness and Refugees, Harriet Kisakye Nambuya, who visited "
     "the scene on Friday, said government would cover the costs.", "Harriet Kisakye Nambuya"),
    ("The Senior Divisional Officer for Bui, Emmanuel Ngwa Tanjong, gave a lower figure, telling reporters in "
     "Kumbo that nine students had been taken.", "Emmanuel Ngwa Tanjong"),
])
def test_attribution_the_holder_of_an_office_for_a_portfolio(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # a unit's number is no part of a place or a street; a numbered street is no unit
    ("On the 3rd Street the Army said it was fine.", "unnamed (the army)"),
    # a place's officer still speaks for himself, whatever rank follows his role
    ("Mandera county commissioner Gabriel Otieno said the road was closed.", "Gabriel Otieno"),
    # an acronym inside a longer name is not a unit's own name in brackets
    ("Maj Gen Chatchai Wongsuwan, a spokesman for the Internal Security Operations Command (Isoc) Region 4 "
     "Forward Command, condemned the attack.", "Internal Security Operations Command"),
])
def test_attribution_an_officer_s_role_read_no_further(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # a person called again by his given name (Indonesian, Ethiopian, Malay names) speaks for the same body
    ('The head of the Surabaya SAR Office, Nanang Sigit Prasetyo, said the ferry lost contact. "The ship sank '
     'very quickly," Nanang said.', "Surabaya SAR Office", "Nanang Sigit Prasetyo"),
    ('Sabah police commissioner Datuk Azman Harun said five men took them. Azman said the search continued.',
     "Sabah police", "Datuk Azman Harun"),
])
def test_attribution_a_person_called_by_his_given_name(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # a given name introduced with an age or a "whose" clause is someone new
    ("Mohamed Ali, a trader, said prices had doubled. Mohamed, whose shop was destroyed, said he lost everything.",
     "Mohamed"),
    ("Fatima Hassan, the head of the clinic, said 20 children were treated. Fatima, 12, said she was afraid.",
     "Fatima"),
    # another person's name with that word in it, written since the earlier speaker
    ("Andrew Mwangi, the county commander, said two suspects were arrested. The suspect, Hassan Andrew, was "
     "charged on Monday. Andrew said he would appeal.", "Andrew"),
])
def test_attribution_a_given_name_that_may_be_someone_else(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # the head of a discipline at a place of learning is a scholar, speaking for himself
    ("Professor Sarah Gilbert, head of vaccinology at the University of Oxford, said the trial would begin in May.",
     "Sarah Gilbert"),
    ("UoN head of political science Prof Maurice Amutabi said the vote was flawed.", "Maurice Amutabi"),
])
def test_attribution_a_department_head_at_a_university_speaks_for_himself(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_given_name_that_is_a_country_is_not_the_person(rules):
    found = attributions("Jordan Smith, a resident, said the road was closed. Jordan said it was the worst "
                         "flood.", rules)[-1]
    assert found.source != "Jordan Smith"


@pytest.mark.parametrize("text, source", [
    # an unnamed speaker, then where he is, before the cue (the span walk stops at a lower-case word)
    ("Floods hit. A vendor at the Oshakati open market, who asked not to be named, said stalls were flooded.",
     "unnamed (a vendor at the oshakati open market)"),
    ("Tension rose. Local officials in Hajnówka county, who asked not to be named, said residents were anxious.",
     "unnamed (local officials in hajnówka county)"),
    # he alone where no body or place is named
    ("Shots rang out. A resident of the street told reporters she heard fifteen shots.", "unnamed (a resident)"),
    # an unnamed member of a named body, or one who works there, is the body (GUIDELINES)
    ("Pits are licensed. A regional mineral inspector of the Ministry of Mines and Energy, who asked not to be "
     "named, said the pit had no licence.", "Ministry of Mines and Energy"),
    ("Cholera spread. A nurse at the Schuckmannsburg clinic, who asked not to be named, said cases rose.",
     "Schuckmannsburg clinic"),
])
def test_attribution_an_unnamed_speaker_and_where_he_is(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text", [
    # not one speaker described: a thing, not a speaker, before the cue
    "The attack on the village of Kafr said nothing about the war.",
])
def test_attribution_no_unnamed_speaker_described(rules, text):
    assert attributions(text, rules)[-1] is None


def test_attribution_a_body_s_own_name_and_a_day_is_no_unnamed_speaker(rules):
    # (a body's name holding "to", then a day: the body speaks as itself, no unnamed speaker described)
    found = attributions("The Committee to Protect Journalists on Wednesday called for their release.", rules)[-1]
    assert found is not None and found.source == "Committee to Protect Journalists"


def test_attribution_a_participle_is_no_part_of_the_speaker(rules):
    found = attributions("A survivor from Guinea, interviewed by a local radio station in Sfax, said the smugglers "
                         "charged each passenger.", rules)[-1]
    assert found.source == "unnamed (a survivor from guinea)"


def test_attribution_the_courts_of_a_city_keep_their_name(rules):
    found = attributions("The spokesman of the courts of Sfax, Mohamed Ali Zouari, indicated that two suspects "
                         "were arrested.", rules)[-1]
    assert (found.source, found.speaker) == ("courts of Sfax", "Mohamed Ali Zouari")


@pytest.mark.parametrize("text, source", [
    # "the <title> said" after the content: the person the text gave that title; none, unnamed
    ('Commissioner Abraham Kuol Ajak said the area was calm. "We are counting the dead," the commissioner said.',
     "Abraham Kuol Ajak"),
    ('Mayor Ion Vasilescu said the fire spread fast. "People were running," the mayor told Antena 3.',
     "Ion Vasilescu"),
    ('Floods hit the valley. "We are praying," the chairman said.', "unnamed (the chairman)"),
])
def test_attribution_a_title_after_the_content(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # people with no determiner, then where they are
    ("Floods hit. Residents of the Machava neighbourhood told The Continent that officers fired.",
     "unnamed (residents)"),
    ("Floods hit. Traders at the Bokkos market said the price had risen.", "unnamed (traders)"),
    # a headline closed by unnamed people and "Say"
    ("Herat Earthquake Death Toll Rises to 23, Local Officials Say", "unnamed (local officials)"),
    ("Taliban Detain Nine Former Soldiers in Baghlan, Sources Say", "unnamed (sources)"),
])
def test_attribution_people_described_and_headlines_they_close(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_say_inside_a_headline_is_not_closing_it(rules):
    # "Say" mid-headline after a noun that is no unnamed speaker closing it
    assert attributions("Homestead Neighbors Say Sheriff Tear Gas Set Off Fire", rules)[-1] is None


@pytest.mark.parametrize("text, source", [
    # the author of a document "according to" names, and a body named after the words describing it
    ("Schools shut, according to a circular issued by the Ministry of Education.", "Ministry of Education"),
    ("Work was suspended, according to a decision announced by the Ministry of Labour.", "Ministry of Labour"),
    ("Two patients have died, according to an update shared by RBC on Monday.", "RBC"),
    ("Violence has killed 26,000 people, according to the conflict monitoring group ACLED, and forced many out.",
     "ACLED"),
    ("About 3200 properties were without power, according to lines company Firstlight Network.",
     "Firstlight Network"),
])
def test_attribution_according_to_a_document_s_author(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text", [
    # a custom, a rule or a law: nobody said it
    "He was buried according to the local custom of the village.",
    "The vote was held according to the rules of the party.",
])
def test_attribution_according_to_no_author(rules, text):
    assert attributions(text, rules)[-1] is None


@pytest.mark.parametrize("text, source", [
    # a body called by its kind alone, after the text named it: the body (a national society is no ICRC)
    ("The Uganda Red Cross Society sent teams to Bulambuli. In a post on X, the society said 24 bodies had been "
     "recovered.", "Uganda Red Cross Society"),
    ("The Balochistan National Party-Mengal (BNP-M) held a rally. BNP-M central information secretary Ghulam Nabi "
     "Sasoli condemned the attack. The party announced three days of mourning.", "Balochistan National Party-Mengal"),
])
def test_attribution_a_body_called_by_its_kind_alone(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # an unnamed member of a body the text named earlier by that kind speaks for it; of none, unnamed
    ("The National Disaster Risk Reduction and Management Authority counted 40 dead. Officials at the authority "
     "said the figure would rise.", "National Disaster Risk Reduction and Management Authority"),
    ("A spokesperson for the mission said it was false.", "unnamed (a spokesperson for the mission)"),
])
def test_attribution_a_member_of_a_body_called_by_its_kind(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # a body's name with "on the" inside it
    ("The MILF's Coordinating Committee on the Cessation of Hostilities said none of its members were involved.",
     "MILF's Coordinating Committee on the Cessation of Hostilities"),
    # an unnamed speaker "for"/"of" something after a quotation
    ('"The allegations are baseless," a spokesperson for the mission said in an emailed response.',
     "unnamed (a spokesperson for the mission)"),
    ('"We heard bursts, then sirens," said a mother of three who lives in one of the buildings.',
     "unnamed (a mother of three)"),
])
def test_attribution_subjects_with_prepositions_inside(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # an investigator of a body named by its acronym, defined in the story, speaks for the body
    ("The National Transportation Safety Committee (KNKT) opened an inquiry. A KNKT investigator, who asked not "
     "to be named, said the ship may have been overloaded.", "National Transportation Safety Committee"),
    # "the inspector" is the one the text called so just before, not the police spokesman before him
    ("The Liberia National Police (LNP) spokesperson, Deputy Inspector General Ernest Gbessagee, said police were "
     "deployed. A regional mineral inspector of the Ministry of Mines and Energy, who asked not to be named, said "
     "the pit had no licence. \"They do not follow any safety rules,\" the inspector said.",
     "Ministry of Mines and Energy"),
])
def test_attribution_investigators_and_inspectors(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # an investigator with a named body speaks for it, as its researcher does
    ("But Marie-Ange Dorval, an investigator with the National Human Rights Defense Network, said her team had "
     "documented at least 23 people killed.", "National Human Rights Defense Network"),
    # a serving officer, for contrast with the former ones below
    ('"There is no ambiguity," said Tomas Lindqvist, a senior commander with the Sudanese Armed Forces.',
     "Sudanese Armed Forces"),
])
def test_attribution_an_investigator_speaks_for_his_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # an officer's role by its acronym alone: the officer the story gave that role, and whom he speaks for
    ("Karonga police station officer-in-charge Md Abdul Karim said the bodies were recovered in the morning. "
     "'Drives are being conducted to arrest them,' the OC said.", "Karonga police", "Md Abdul Karim"),
    ("Confirming the incident, the Police Public Relations Officer, PPRO, Plateau State Command, SP Grace Adah, "
     "said 11 persons died. The PPRO added that the Commissioner of Police had warned residents.",
     "Plateau State Command", "Grace Adah"),
    # a role the story defines by its acronym; its holder speaks for himself
    ("The Senior Divisional Officer (SDO) for Ndop, Paul Mbah, told reporters that calm had returned. "
     '"The administration is in control," the SDO said.', "Paul Mbah", "Paul Mbah"),
])
def test_attribution_an_officers_role_by_its_acronym(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)
    assert found.rule.endswith("+role-acronym")


def test_attribution_an_editor_adds_a_role_acronym(tmp_path):
    # rules/role-acronyms.jsonl is data: a line for "CP" makes "The CP added" the commissioner named before
    (tmp_path / "role-acronyms.jsonl").write_text(
        '{"id": "role.cp", "acronym": "CP", "roles": ["commissioner of police"]}\n', encoding="utf-8")
    text = ("The Kano State Commissioner of Police Mohammed Wakili said 12 suspects were held. "
            "The CP added that the state was calm.")
    assert "role-acronym" not in attributions(text, load_rules())[-1].rule
    found = attributions(text, load_rules(tmp_path))[-1]
    assert found.rule.endswith("+role-acronym") and found.speaker == "Mohammed Wakili"


def test_attribution_a_role_acronym_without_its_officer_is_not_read_as_one(rules):
    # no sentence before named an officer-in-charge: "the OC" is left as the rules read it before
    found = attributions("The OC said the bodies were recovered.", rules)[-1]
    assert "role-acronym" not in found.rule


@pytest.mark.parametrize("text, source", [
    # a description, then the body's name set off by commas (its acronym in brackets after it)
    ("The human rights organisation, Centre for Human Rights and Democracy in Africa (CHRDA), has called for an "
     "independent investigation.", "Centre for Human Rights and Democracy in Africa"),
    ("The Senior Divisional Officer (SDO) spoke first. The rights group, Centre for Human Rights and Democracy in "
     "Africa (CHRDA), has since called for an inquiry.", "Centre for Human Rights and Democracy in Africa"),
])
def test_attribution_a_description_then_the_bodys_name(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text", [
    # the government of a head of state is his government, not the man
    "The administration of President Bashar al-Assad said attacks had been ramped up.",
    "The government of President Bashar al-Assad and his allies in Moscow have denied bombing hospitals.",
    "The regime of Bashar al-Assad has denied bombing hospitals.",
])
def test_attribution_the_government_of_a_president_is_the_government(rules, text):
    found = attributions(text, rules)[-1]
    assert (found.source, found.source_type) == ("Syrian government", "government")


@pytest.mark.parametrize("text, source", [
    # a country's opposition as one body, named as the text calls it
    ("The opposition says they have been forced out by the siege.", "opposition"),
    ("The Syrian opposition has accused government forces of killing 1000 civilians.", "Syrian opposition"),
    ("According to the opposition, 12 people died.", "opposition"),
    # (its groups, lawmakers and figures are still unnamed people)
    ("Opposition groups say several people were killed.", "unnamed (opposition groups)"),
    ("Opposition lawmakers condemned the crackdown.", "unnamed (opposition lawmakers)"),
])
def test_attribution_the_opposition_as_one_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_countrys_opposition_is_one_source_however_written(rules):
    found = attributions("The Syrian opposition said 14 civilians were killed in Douma. Syria's army denied it. "
                         "The opposition said the toll would rise. Syrias opposition said 20 had died.", rules)
    assert {found[0].source_id, found[2].source_id, found[3].source_id} == {"syria-opposition"}


def test_attribution_a_role_acronym_leaves_a_body_already_read(rules):
    # "the SHO" is a police rank the rules read as the police; the officer named before adds nothing
    found = attributions("The SHO of Model Town police station, Asif Ali, told Dawn the body was found in a canal. "
                         "The SHO said the post-mortem was under way.", rules)[-1]
    assert found.source == "police" and "role-acronym" not in found.rule


@pytest.mark.parametrize("text, source", [
    # a capitalised role "of" a body's acronym, then his titles and name between commas
    ("The National Inland Waterways Authority (NIWA) warned operators. The Area Manager of NIWA in Yauri, Engr. "
     "Musa Aliyu Bagudo, told journalists that the authority had warned boat operators.",
     "National Inland Waterways Authority"),
    ("The Programme Manager of UNICEF, John Smith, said 12 children died.", "UNICEF"),
    # (not a place after the role: the WHO's director for a region is the WHO's)
    ("The WHO Regional Director for Africa, Matshidiso Moeti, said 12 died.", "World Health Organization"),
])
def test_attribution_a_capitalised_role_of_a_bodys_acronym(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_registry_name_spelled_the_american_way(rules):
    [found] = attributions("Some 120 fighters were killed over the past 24 hours the defense ministry in Moscow said.",
                           rules)
    assert (found.source, found.source_type) == ("Russian Defence Ministry", "military")


@pytest.mark.parametrize("text, person", [
    # his former role set off by commas after his name, and an acronym's "Ex-"
    ("Charles Owino, former spokesman for the National Police Service, said the force had failed.", "Charles Owino"),
    ("Ex-UN envoy Lakhdar Brahimi said the talks had failed.", "Lakhdar Brahimi"),
    # an officer's role he no longer holds: he speaks for himself, wherever the mark and the role stand
    ('"There is no ambiguity," said Tomas Lindqvist, a former field investigator with Conflict Armament Research.',
     "Tomas Lindqvist"),
    ('"There is no ambiguity," said Tomas Lindqvist, a former spokesman for Conflict Armament Research.',
     "Tomas Lindqvist"),
    ('"There is no ambiguity," said Tomas Lindqvist, a former senior commander with the Sudanese Armed Forces.',
     "Tomas Lindqvist"),
    ("A former spokesman for the Ministry of Trade, Penda Kaulinge, said the ministry had been informed.",
     "Penda Kaulinge"),
    ("Former RSF adviser Omar Tijani Abakar said the war would go on.", "Omar Tijani Abakar"),
    ("The retired KMD director Caroline Ochieng said rain would come.", "Caroline Ochieng"),
])
def test_attribution_a_former_officer_speaks_for_himself(rules, text, person):
    found = attributions(text, rules)[-1]
    assert (found.source, found.source_type, found.speaker) == (person, "person", person)


@pytest.mark.parametrize("text, source, speaker", [
    # a rank he retired from beside the role he holds
    ("Talal Silo, a retired colonel and spokesman for the Syrian Democratic Forces, said 30 fighters were killed.",
     "Syrian Democratic Forces", "Talal Silo"),
    # "former" of something else in the sentence: the serving officer still speaks for his body
    ("Speaking from the former capital, UN spokesman Stephane Dujarric said aid convoys had resumed.",
     "United Nations", "Stephane Dujarric"),
    ("The retired officers were later released, police spokesman Frank Mba said.", "police", "Frank Mba"),
    ("Ex-president Mahama's convoy was attacked, Ghana Police Service spokesperson Superintendent Juliana Obeng said.",
     "Ghana Police Service", "Juliana Obeng"),
    # "Ex-" of a body's name
    ("Ex-Im Bank spokesman Matt Bohn said the loan was approved.", "Ex-Im Bank", "Matt Bohn"),
    # an earlier job after the name, beside the role he holds
    ("The Free Syrian Army's spokesman, Osama Abu Zeid, a former lawyer from Aleppo, said the rebels had withdrawn.",
     "Free Syrian Army", "Osama Abu Zeid"),
    ("Pentagon press secretary John Kirby, a retired Navy rear admiral, told reporters the strike was lawful.",
     "Pentagon", "John Kirby"),
])
def test_attribution_former_of_something_else_leaves_the_officer_serving(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text", [
    # the role is named in the sentence before, but not as the role of the person who spoke there
    "Governor Samuel Ortom said he had asked the police public relations officer to brief journalists. "
    "The PRO said 12 suspects had been arrested.",
    "Awami League leader Obaidul Quader said the officer-in-charge (OC) of the police station had been withdrawn. "
    "The OC, however, said he was still at his post.",
    # a body's acronym whose name ends in a title is no officer's role
    "The Office of the Attorney General (OAG) has charged five officials. Opposition leader Raila Odinga said the "
    "attorney general was biased. The OAG said the charges were lawful.",
])
def test_attribution_a_role_acronym_takes_no_other_speaker(rules, text):
    found = attributions(text, rules)[-1]
    assert found.speaker not in {"Samuel Ortom", "Obaidul Quader", "Raila Odinga"}
    assert "role-acronym" not in found.rule


@pytest.mark.parametrize("text, source", [
    # a date or a place set off by commas after a description is no body's name
    ("The Nigerian Army said troops killed 12 insurgents in Borno. The army, on Sunday, said another 30 had "
     "surrendered.", "Nigerian Army"),
    ("The Syrian Observatory for Human Rights said 12 died. The monitor, in London, said the toll would rise.",
     "Syrian Observatory for Human Rights"),
    # an investigator at a place of learning speaks for himself, as a researcher there does
    ("Dr. Samuel Kariuki, principal investigator at the University of Nairobi, said the strain was new.",
     "Samuel Kariuki"),
    # a rank's words are no police force's name
    ("The Divisional Police Officer in the Kumbo district, Chief Superintendent Paul Nfor, said the curfew would stay.",
     "police"),
    # the British spelling is no alias of the Pentagon's
    ("The Department of Defence in Canberra said the frigate was not damaged.", "Department of Defence in Canberra"),
])
def test_attribution_the_readings_of_this_session_leave_these_alone(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text", [
    # "states" as the noun after places; a condition opening the sentence is no speaker
    "The insurgency has since spread to neighbouring Yobe and Adamawa states, as well as parts of Cameroon.",
    "If confirmed, the damage would cut the main road for the second time in four years.",
])
def test_attribution_no_speaker_in_states_and_conditions(rules, text):
    assert attributions(text, rules) == [None]


def test_attribution_states_that_is_still_a_cue(rules):
    [found] = attributions("The ministry states that 20 people were killed.", rules)
    assert found is not None and found.cue == "states"


@pytest.mark.parametrize("text, source", [
    # a unit of a body, named by its owner's possessive, is the body (not a country's office)
    ("The Kuwait Fire Force (KFF) sent crews. In a statement, the KFF's Public Relations and Media Department "
     "said firefighters responded.", "Kuwait Fire Force"),
    ("China's Taiwan Affairs Office said the drills were a warning.", "China's Taiwan Affairs Office"),
    # where a body is based is no part of it; "People's" inside a name is no possessive
    ("Ko Zaw Lin, a spokesperson for the Depayin-based People's Defence Force, said the village was shelled.",
     "People's Defence Force"),
    # a minister for a place, named after the title between commas, with his honorific
    ("The Greater Accra Regional Minister, Mr Ebenezer Nii Laryea Quaye, who toured the area, said drains were "
     "blocked.", "Ebenezer Nii Laryea Quaye"),
    # a researcher at a lab speaks for himself
    ("Tigran Babayan, a researcher at the Yerevan-based Caucasus Policy Lab, said it was deliberate.",
     "Tigran Babayan"),
])
def test_attribution_units_bases_and_self_speaking_titles(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_an_unnamed_speaker_at_an_unnamed_institution_stays_unnamed(rules):
    # the span walk stops inside the words placing him ("hospital in Maputo"): he is the speaker, unnamed
    [found] = attributions("A nurse at a public hospital in Maputo said three had gunshot wounds.", rules)
    assert found.source == "unnamed (a nurse at a public hospital in maputo)"


@pytest.mark.parametrize("text, source", [
    # "according to" a title held for a place, the holder named after it between commas
    ("Four people were killed, according to Amedi's district mayor, Azad Rashid.", "Azad Rashid"),
    ("Four people were killed, according to the district mayor, Azad Rashid.", "Azad Rashid"),
    # a described noun, then the body named after it
    ("The cable stopped transmitting data, according to its operator, the Lithuanian Radio and Television Centre "
     "(Telecentras).", "Lithuanian Radio and Television Centre"),
    ("Two died, according to the statement, which was issued late.", "unnamed (the statement)"),
    # a body's project is the body
    ("At least 1,200 migrants died, according to IOM's Missing Migrants Project, which says the real figure is higher.",
     "International Organization for Migration"),
])
def test_attribution_according_to_a_titled_holder_or_a_body_s_project(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # a unit of a body "the ministry" refers to is that body
    ("The Lebanese Ministry of Public Health counted the dead. In a statement, the ministry's Public Health Emergency "
     "Operations Center said three people were killed.", "Lebanese Ministry of Public Health"),
])
def test_attribution_a_unit_of_a_described_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_unit_of_no_body_the_story_names_is_no_source(rules):
    [found] = attributions("The company's press office said no injuries were reported.", rules)
    assert found is None


@pytest.mark.parametrize("text, source", [
    # a titled person "of the <Name> party" (lower-case "party" inside the span): the person, not the
    # capitalised words of his party read as a name
    ("MK Eliyahu Ravid of the Religious Zionism party wrote on X that the soldiers were betrayed.", "Eliyahu Ravid"),
    ("MP John Smith of the Labour party said the vote was rigged.", "John Smith"),
    # (the scholar before his university, as before)
    ("Dr. Amina Bello of Ahmadu Bello University said the vote was rigged.", "Amina Bello"),
])
def test_attribution_a_titled_person_of_a_party_in_lower_case(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source and found.source_type == "person"


def test_attribution_a_member_of_a_party_named_with_a_lower_case_party_speaks_for_it(rules):
    [found] = attributions("John Smith of the Labour party said the vote was rigged.", rules)
    assert (found.source, found.speaker) == ("Labour party", "John Smith")


@pytest.mark.parametrize("text, source", [
    # a figure of a tribe, a party or the opposition is an unnamed person who speaks
    ("A tribal figure in the area claimed that one of the dead was a shepherd.", "unnamed (a tribal figure in the area)"),
    ("A senior opposition figure, who asked not to be named, said the coup was predictable.",
     "unnamed (senior opposition figure)"),
    # a figure before a name is a count, and the name speaks; a figure after a verb is its object
    ("Hundreds of civilians killed is certainly a very conservative figure Mardini said.", "Mardini"),
    ("But a member of the task force who helped evacuate victims disputed the police figure.", None),
])
def test_attribution_a_figure_who_speaks_and_a_figure_counted(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # an adverb of manner between the subject and the cue
    ("The UAE strongly condemned the attack.", "UAE"),
    ("Qatar categorically denied the report.", "Qatar"),
    ("Ukrainian officials quickly blamed Russia and said the weapon was a ballistic missile.", "unnamed (ukrainian officials)"),
    ("Senior officers privately acknowledge that forces remain stretched.", "unnamed (senior officers)"),
])
def test_attribution_an_adverb_of_manner_before_the_cue(rules, text, source):
    [found] = attributions(text, rules)
    assert found.source == source


def test_attribution_an_insertion_then_an_adverb_of_manner_before_the_cue(rules):
    [found] = attributions("The Prime Minister's Office, in a statement, strongly condemned the blast.", rules)
    assert found.source == "Prime Minister's Office"


@pytest.mark.parametrize("text, source", [
    # "confirmed"/"reported" as a participle saying what became of people: no subject, no cue
    ("Six people, including a child, confirmed dead after small boat sinks off Wimereux", None),
    ("More than 3,000 families have been displaced and at least six people confirmed dead after the river burst "
     "its banks.", None),
    ("Two people reported missing late on Monday have since been found safe, police said.", "police"),
    # (a cue with its auxiliary still speaks: "has confirmed"; so does one whose object the state word describes)
    ("The ministry has confirmed killed fighters were among the dead.", "unnamed (the ministry)"),
    ("The agency confirmed dead bodies had been recovered from the river.", "unnamed (the agency)"),
])
def test_attribution_a_participle_of_what_became_of_people_is_no_cue(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # an insertion saying why the speaker is not named is dropped like a "who" clause, whatever the words
    # describing him ("district", "secretariat" are no descriptors); he speaks for the body he is of
    # (an acronym's only when the story defines it: not here)
    ("A senior official of the Kalat district administration, requesting anonymity, told Reuters that the "
     "attackers fled.", "Kalat district administration"),
    ("A diplomat at the SADC secretariat in Gaborone, speaking on condition of anonymity, said member states "
     "regarded the dispute as an internal matter.", "unnamed (a diplomat at the sadc secretariat in gaborone)"),
    ("A diplomat in Gaborone, speaking on condition of anonymity, said member states regarded the dispute as an "
     "internal matter.", "unnamed (a diplomat in gaborone)"),
])
def test_attribution_an_anonymity_insertion_after_a_described_speaker(rules, text, source):
    [found] = attributions(text, rules)
    assert found is not None and found.source == source


@pytest.mark.parametrize("text", [
    "His condition was described as stable.",
    "His condition is stated to be stable.",
])
def test_attribution_an_agentless_description_names_an_unnamed_source(rules, text):
    # (rules/hedges.jsonl: "was described as", "is stated to be" attribute, as "is said to" does)
    [found] = attributions(text, rules)
    assert found is not None and found.source_type == "anonymous" and found.rule == "attr.adverbial"


def test_attribution_an_agentless_description_yields_to_a_named_speaker(rules):
    [found] = attributions("The attack, which was described as the worst in years, killed 20 people, police said.", rules)
    assert found.source == "police"


@pytest.mark.parametrize("text, source", [
    # a toll verb's object put above, below or near another's figure, not only "at" a number
    ("Local media put the figure closer to 4,000.", "unnamed (local media)"),
    ("Some media outlets put the figure slightly higher.", "unnamed (media outlets)"),
    ("The officials put the count on hold at several polling stations.", None),
])
def test_attribution_a_toll_put_higher_or_closer(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


def test_attribution_an_opening_participle_before_an_unnamed_speaker(rules):
    # "Reached by telephone," then a lower-case article: the participle is set aside as before a name
    [found] = attributions("Reached by telephone, a resident of Bois-Neuf who asked not to be named told HaitiLibre "
                           "that the bandits remained.", rules)
    assert found is not None and found.source == "unnamed (a resident of bois-neuf)"


@pytest.mark.parametrize("text, source", [
    # a lawmaker not named is an unnamed source (rules/speakers.jsonl unnamed), not a body called "lawmaker"
    ("A lawmaker, who did not want to be named, told FrontPage Africa that the ban was wrong.", "unnamed (a lawmaker)"),
    ("A lawmaker from Montserrado County District #6, who did not want to be named, told FrontPage Africa that the "
     "ban was wrong.", "unnamed (a lawmaker)"),
    # "the lawmaker" refers back to the one the text named (referring-heads)
    ("Lawmaker John Mensah criticised the ban. The ban was wrong, the lawmaker told reporters.", "John Mensah"),
])
def test_attribution_a_lawmaker_unnamed_or_named_before(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_where_then_an_unnamed_speaker_described(rules):
    # an opening "In <place>," before the speaker and the words describing him
    [found] = attributions("In Australia, members of the Rohingya community say they are waiting for news.", rules)
    assert found is not None and found.source == "unnamed (members)"


def test_attribution_a_closing_single_quotation_mark_is_no_possessive(rules):
    found = attributions("Drives are being conducted to arrest them,' the OC said.", rules)[-1]
    assert found is not None and found.mention == "the OC"


@pytest.mark.parametrize("text, source", [
    # a "whose" clause between a name and the cue describes the name; a place named inside it is no speaker
    ("Lorena Villalobos, whose district includes Texas City, said she had spoken with company executives.",
     "Lorena Villalobos"),
    # (unless it gives the speaker's name)
    ("Another resident, whose name was given only as Slamet, said he saw a wall of cloud.", "Slamet"),
])
def test_attribution_a_whose_clause_after_the_subject(rules, text, source):
    [found] = attributions(text, rules)
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # a police force named by its place with "state" between: the force, not unnamed "state police"
    ("Two people died, the Tyrol state police said.", "Tyrol state police"),
    ("Two people died, Kerala state police said.", "Kerala state police"),
])
def test_attribution_a_state_police_force_named_by_its_place(rules, text, source):
    [found] = attributions(text, rules)
    assert found is not None and found.source == source and found.source_type == "government"


@pytest.mark.parametrize("text, source", [
    # a quotation closed by a comma, then the speaker, an insertion describing him, and the cue
    ('"This is an unwelcome reminder," Hussein Al Najjar, a senior energy analyst at a Dubai consultancy, '
     'told The National.', "Hussein Al Najjar"),
    ('"We lay on the floor all night. Nobody came, not the police, nobody," a resident of Abu Salim, who did '
     'not wish to be named, said.', "unnamed (a resident of abu salim)"),
    ('"People were screaming," Iryna, 38, who declined to give her last name, told Kyiv Post by phone.', "Iryna"),
    # (a sentence opening with its subject keeps it: the quotation after it is no place to look)
    ('The Firat News Agency (ANF), which is close to the PKK, said Turkey was "waging a war against the people," '
     'using the PKK\'s term.', "Firat News Agency"),
])
def test_attribution_an_insertion_after_the_speaker_of_a_closed_quotation(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # after an inverted cue: a body's possessive before a title, and lower-case words describing a named person
    ('"A group of foreigners threw stones at our soldiers," said the command\'s spokesman, Lieutenant Colonel '
     'Jacek Nowak.', "Jacek Nowak"),
    ('"A 22-year-old man died at the scene," said prosecutor\'s office spokesperson Sarah Lefevre.', "Sarah Lefevre"),
    ('"Government must consider relocating people," said climate change activist Thokozani Mvula.', "Thokozani Mvula"),
    # (not a clause after the cue, nor an agent after "quoted by")
    ('State news agency SANA on Saturday reported that Syrian President Bashar al-Assad\'s government "approved the '
     'agreement".', "SANA"),
])
def test_attribution_describing_words_after_an_inverted_cue(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # an unnamed speaker and the words placing him, after a quotation closed by a comma
    ('"Once you were seen standing in a group, they came for you," a vendor at the Copacabana rank told ZimLive.',
     "unnamed (a vendor at the copacabana rank)"),
    ('"We will rebuild," a resident of the town said.', "unnamed (a resident)"),
])
def test_attribution_an_unnamed_speaker_described_after_a_quotation(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # "to" inside a body's name between capitalised words (a name the registry knows for the Saudi-led coalition)
    ("The missile was destroyed late on Tuesday, the Coalition to Restore Legitimacy in Yemen said.",
     "Saudi-led coalition"),
    ("The strike was confirmed late on Tuesday, the Committee to Protect Journalists in Gaza said.",
     "Committee to Protect Journalists"),
    # a name with an age in brackets, then a clause set off by commas, then the cue
    ("Sunita Devi (52), who had come from Samastipur with her family, said there was no policeman in sight.",
     "Sunita Devi"),
])
def test_attribution_names_with_to_or_an_age_in_brackets(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # "according to" a document "from" or "given by" its author
    ("At least 12 people were killed, according to the first report from the Guanajuato State Attorney General's "
     "Office.", "Guanajuato State Attorney General's Office"),
    ("At least 19 people were killed, according to a provisional toll given by local authorities.",
     "unnamed (local authorities)"),
])
def test_attribution_according_to_a_report_from_its_author(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source, speaker", [
    # a director-general named after his body between commas speaks for it, and so do the sentences
    # that call him by his surname or "he" later
    ("The Director-General of the Niger State Emergency Management Agency (NSEMA), Alhaji Salihu Garba-Lapai, "
     "said 37 bodies had been recovered. Garba-Lapai added that the agency was working with the police.",
     "Niger State Emergency Management Agency", "Salihu Garba-Lapai"),
    # a surname with a lower-case particle ("al-Hasan said") is the officer named before
    ("Commander of Internal Security in Homs province, Brigadier General Mahmoud al-Hasan, told reporters that "
     'the attackers opened fire. "Our forces confronted the attack," al-Hasan said.',
     "Internal Security", "Mahmoud al-Hasan"),
])
def test_attribution_a_surname_later_is_the_officer_named_before(rules, text, source, speaker):
    found = attributions(text, rules)
    assert [(a.source, a.speaker) for a in found] == [(source, speaker)] * 2


def test_attribution_a_surname_with_a_particle_is_still_a_new_person_when_introduced_anew(rules):
    found = attributions("General Suheil al-Hassan said the army advanced. al-Hassan, a baker in the town, said "
                         "the bread ran out.", rules)
    assert found[1].source == "al-Hassan" and found[1].speaker == "al-Hassan"


@pytest.mark.parametrize("text, source", [
    # "the paper" is the medium a sentence before relayed, named by one word no registry knows
    ('A local farmer told regional daily Délmagyarország that "there were people lying in the field". The road '
     "remained closed for several hours, the paper reported.", "Délmagyarország"),
    # (no medium relayed before: the paper is unnamed)
    ("A farmer told Ahmed Saleh that people were lying in the field. The road remained closed for several hours, "
     "the paper reported.", "unnamed (the paper)"),
    # "the communiqué", accent and all, is the body that spoke before
    ('The Army General Staff said on Sunday its forces attacked. "Our forces neutralised several dozen '
     'terrorists," the communiqué said.', "Army General Staff"),
    # a forecaster is an unnamed speaker
    ('"The risk of flooding remains high," a forecaster explained.', "unnamed (a forecaster)"),
])
def test_attribution_the_paper_the_communique_and_a_forecaster(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_also_before_the_cue_keeps_the_subject_before_it(rules):
    # "also" between subject and cue: the subject speaks, not the known name after the cue
    found = attributions("The Observatory director also said Kurdish Peoples Protection Units (YPG) backed by "
                         "Syrian rebels killed 10 IS members in the past 24 hours.", rules)[-1]
    assert found is not None and found.source == "Syrian Observatory for Human Rights"


@pytest.mark.parametrize("text, source", [
    # "according to some sources" with no comma after it (FA-KES) names unnamed sources
    ("According to some sources over 160000 people have been killed in over three years of turmoil in Syria.",
     "unnamed (some sources)"),
    ("According to some reports 20 people died.", "unnamed (some reports)"),
])
def test_attribution_according_to_some_sources_without_a_comma(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_a_new_quotation_closed_by_a_speaker_named_after_it_is_his(rules):
    text = ('"They think if they beat us, we will stay at home," said Luka Beridze, a 22-year-old student. '
            '"I\'m 61 years old, and I remember what it was like before. '
            'I\'m not afraid of them," said Manana Tsereteli, a retired schoolteacher.')
    found = attributions(text, rules)
    assert [a.source for a in found] == ["Luka Beridze", "Manana Tsereteli", "Manana Tsereteli"]
    assert found[1].rule == "attr.carried.quote-back"


def test_attribution_a_new_quotation_closed_by_he_said_stays_with_the_speaker_before(rules):
    text = ('"There was no military base here," said Abu Mohammad, a resident. '
            '"The strikes hit the market. '
            'All the shops are gone," he said.')
    found = attributions(text, rules)
    assert [a.source for a in found] == ["Abu Mohammad"] * 3


@pytest.mark.parametrize("text, source", [
    # a description whose own words name another kind of body than the one that spoke before is
    # that body as the text describes it
    ("The Syrian Interior Ministry said it arrested four men. Schools across Malatya will remain closed, the "
     "provincial education directorate announced on X.", "provincial education directorate"),
    ("The Red Crescent said 20 were hurt. The government has allocated 5 million somoni, the presidential press "
     "service said in a statement.", "presidential press service"),
    ("The Spanish interior ministry said 20 migrants arrived. In a statement, the armed forces ministry said two "
     "patrol boats had been deployed.", "armed forces ministry"),
    # (words that only describe it, or a word of the body's own name, keep the body before)
    ("The Ministry of Health said 20 died. The health ministry added that 10 were injured.", "Syrian Health Ministry"),
    ("Save the Children said schools were hit. The humanitarian organisation reported that half of all attacks "
     "had occurred in Syria.", "Save the Children"),
])
def test_attribution_a_description_of_another_kind_of_body(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_an_acronym_with_full_stops_the_document_defines(rules):
    from verify.attribution import _defined_acronyms
    text = ("Ten people died in the landslide, the Disaster Management Office (D.M.O.) said. According to the "
            "D.M.O., more than 400 people spent the night in evacuation centres.")
    assert _defined_acronyms(text) == {"D.M.O.": "Disaster Management Office"}
    assert attributions(text, rules)[-1].source == "Disaster Management Office"


@pytest.mark.parametrize("text, source", [
    # a company's or a body's chief executive speaks for it, as any officer does (GUIDELINES,
    # sixteenth session); a constituency's councillor speaks for himself
    ("Visit Rovaniemi chief executive Hanna Koskela said the tourism community was deeply saddened.",
     "Visit Rovaniemi"),
    ("Kemptown councillor Martin Okafor added that he would be asking for an urgent review.", "Martin Okafor"),
])
def test_attribution_a_chief_executive_speaks_for_the_body(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # a title of an office that speaks for itself, then the name set off by commas, then a clause or
    # a far cue: the person named (the mention stopped short of the name)
    ("The governor of the Centre-Nord region, Lieutenant-Colonel Issouf Ouédraogo, visited the area on Tuesday and "
     "called on the populations to remain united.", "Issouf Ouédraogo"),
    ("The Bawku Municipal Chief Executive, Alhaji Mahamadu Issifu Akparibo, who spoke to the Ghanaian Times by "
     "telephone, condemned the violence.", "Mahamadu Issifu Akparibo"),
    ("Jonglei State Minister of Information, Peter Mayen Chol, in a statement issued on Sunday evening, condemned "
     "the attack.", "Peter Mayen Chol"),
    # (a hyphenated rank is a title: "Lieutenant-Colonel")
    ("The governor of the Centre-Nord region, Lieutenant-Colonel Issouf Ouédraogo, said the area was calm.",
     "Issouf Ouédraogo"),
    # (an officer's role keeps the body: "The spokesman of the Ambulance and Emergency Service, Anwar Shneiba")
    ("The spokesman of the Ambulance and Emergency Service, Anwar Shneiba, who confirmed the incident, said 37 "
     "bodies had been recovered.", "Ambulance and Emergency Service"),
])
def test_attribution_a_title_then_the_name_set_off_by_commas(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # the name a relative clause gives: "asked to be identified only by his first name, Abbas",
    # "introduced himself as Abu Salman, spokesman of the BIFF"
    ("A trader at the market, who asked to be identified only by his first name, Abbas, for fear of reprisals, told "
     "Reuters by phone that the first blast hit.", "Abbas"),
    ("In a phone interview, a man who introduced himself as Abu Salman, spokesman of the BIFF, denied that the "
     "group was behind the attack.", "BIFF"),
])
def test_attribution_a_name_given_by_a_relative_clause(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # a relative of someone named is an unnamed person, not a body called "Francis's mother"
    ("Francis's mother, who asked that her name not be published, said her son had been trying to turn his life "
     "around.", "unnamed (francis's mother)"),
    ("Ahmed's brother told AFP that he was killed.", "unnamed (ahmed's brother)"),
    # ("they saying" inside her quotation is no cue: "she" is still the mother)
    ("Francis's mother said her son was innocent. \"He was not in no gang, whatever they saying. They take my child "
     "from me for nothing,\" she told the Express.", "unnamed (francis's mother)"),
])
def test_attribution_a_relative_of_someone_named(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # readings from FA-KES train articles outside the gold (commas lost):
    # a headline's "X accused of" is a passive, X accuses nobody
    ("12 Jun 2016 Meanwhile Syrian regime accused of bombing town of Daraya hours after civilians there received "
     "a long-awaited UN shipment of food.", None),
    # (with its auxiliary it stays the agentless passive it was)
    ("The Syrian regime has been accused of dropping barrel bombs on Daraya.", "unnamed"),
    # a place before a body's name and its bracketed acronym: the words the acronym spells
    ("Regime airstrikes killed 20 civilians on Monday in the Bab al-Maqam neighborhood of Aleppo Syria Live "
     "Network (SLN) reported.", "Syria Live Network"),
    # "the government" in a story from Syria that names Iran only later is Syria's
    ("The agreement is the latest in a string of evacuation deals which the government of President Bashar "
     "al-Assad says are the best way to end the violence in Syria. The government blamed \"terrorists\" - a "
     "catch-all term for its opponents. Shiite-dominated Iran has repeatedly raised concerns for the residents.",
     "Syrian government"),
    # "placed the death toll at", like "put"
    ("SANA said two suicide bombers blew themselves up. The official agency placed the death toll at 12.", "SANA"),
    # the speaker's own article after the people a count names
    ("An airstrike hit a field hospital killing three people a monitor said. The Syrian Observatory for Human "
     "Rights said 20 died.", "Syrian Observatory for Human Rights"),
])
def test_attribution_readings_of_unannotated_fa_kes_train_articles(rules, text, source):
    found = attributions(text, rules)
    target = found[1] if "The government blamed" in text else found[0] if "a monitor said" in text else found[-1]
    if source is None:
        assert target is None
    else:
        assert target is not None and target.source == source


@pytest.mark.parametrize("text, source", [
    # an inverted speaker with its apposition, comma lost, after a count ("… wounded more than 60 people
    # said the Observatory a British-based war monitor")
    ("The air strikes on the town also wounded more than 60 people said the Observatory a British-based war "
     "monitor.", "Syrian Observatory for Human Rights"),
    # "in an emailed statement" between the speaker and the cue, like "in a statement"
    ("On Sunday Russian Defence Ministry spokesman Major-General Igor Konashenkov in an emailed statement accused "
     "\"terrorists and the opposition\" of using the truce to regroup.", "Russian Defence Ministry"),
])
def test_attribution_more_readings_of_unannotated_fa_kes_train_articles(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # "his office" when the person was named but never spoke before: that person (his body, when the
    # registry knows him as its spokesperson)
    ("UN Special Envoy for the Syria Crisis Staffan de Mistura met with leaders of the Southern Front alliance. "
     "According to his office he plans to finalise plans by the end of July.", "United Nations"),
    ("Rami Abdel Rahman met reporters. His office said 20 died.", "Syrian Observatory for Human Rights"),
    # "the <title>'s office": the one who spoke with that title
    ("Governor-General Hamidreza Nikbakht said 20 died. Funerals will be held on Monday, the governor-general's "
     "office announced.", "Hamidreza Nikbakht"),
    ("Funerals will be held on Monday, the prosecutor-general's office announced.", "prosecutor-general's office"),
    # a portfolio's last word is no part of the name after it
    ("Deputy Governor-General of Sistan and Baluchestan for Security Affairs Mohsen Dehghani said 20 died.",
     "Mohsen Dehghani"),
    # "according to a report in" a medium: the medium
    ("According to a report in al-Monitor the various groups in Jaysh al-Fateh are having trouble agreeing.",
     "Al-Monitor"),
    ("According to a report in the Washington Post, the groups are having trouble agreeing.", "The Washington Post"),
])
def test_attribution_his_office_and_a_report_in_a_medium(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # whom a statement is attributed to speaks (FA-KES train, outside every gold)
    ("A statement attributed to the field commander of Syrias pro-government troops said any Turkish advances "
     "would be dealt with forcefully.", "Syrias pro-government troops"),
    ("A statement attributed to the leader of Jaish al-Islam said 20 died.", "Jaish al-Islam"),
])
def test_attribution_a_statement_attributed_to_someone(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # a body's leadership is the body; unnamed when the text names no body
    ("But the leadership of the Liberia Motorcyclists Union disputed the police account, claiming that four "
     "members were killed.", "Liberia Motorcyclists Union"),
    ("But the leadership of the union disputed the police account.", "unnamed (the leadership of the union)"),
])
def test_attribution_a_body_s_leadership(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # the body a participle's phrase describes speaks, not the participle's object
    ("The Arab Coalition supporting Yemen's internationally recognised government said two drones were "
     "intercepted.", "Saudi-led coalition"),
    ("The Saudi-led coalition fighting the Houthis said two drones were intercepted.", "Saudi-led coalition"),
])
def test_attribution_a_body_described_by_a_participle_s_phrase(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # a mayor is a description: "the mayor", "the mayor of Liancourt, Jonas Célestin"
    ('"They came from several directions at once," said the mayor.', "unnamed (the mayor)"),
    ("According to the mayor of Liancourt, Jonas Célestin, the attackers arrived around 3:00 a.m.", "Jonas Célestin"),
    # a quotation's words before the cue are no name with an apposition ("That's a joke")
    ('"That\'s a joke," the mayor said.', "unnamed (the mayor)"),
    # his town's name after "of" is no part of his name, though it holds a cue's form
    ("Karwan Ahmed Faraj, the mayor of Said Sadiq, told Kurdistan Chronicle that the car burned.",
     "Karwan Ahmed Faraj"),
])
def test_attribution_a_mayor(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # a spokesman without an article before his role, for a body ending in a title's word
    ('"Our rescue teams are working," said Mawlawi Abdul Wahid Rasikh, spokesman for the Herat governor.',
     "Herat governor", "Mawlawi Abdul Wahid Rasikh"),
    # a people's adjective and a kind before a body's name: the body, no officer
    ("Some 94 percent were closed, according to the Israeli organization Yesh Din.",
     "Israeli organization Yesh Din", None),
])
def test_attribution_officers_and_bodies_read_from_wire_dev_misses(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # (FA-KES train articles outside every gold) a platform's account: its owner
    ("Rebels opened a new front according to the Twitter account of the Islamic Front one of the factions "
     "fighting for the city.", "Islamic Front", None),
    # FA-KES's apposition without commas: "one of the …"
    ("Jaish al-Islam one of the largest rebel groups said 20 died.", "Jaish al-Islam", None),
    # a body named for its aim, "to" and all (it read "unnamed (committee)")
    ("According to a report by the Committee to Protect Journalists at least 84 journalists have been killed.",
     "Committee to Protect Journalists", None),
    # the first of two subjects governs, named with its people's adjective ("government and activists" before)
    ("Syrian government forces repelled an assault the Syrian government and activists said.", "Syrian government",
     None),
    # a surname after a compass word ("from the south Xelil said"): the speaker named before
    ("Redur Xelil said 20 died. Other attackers infiltrated from the south Xelil said.", "Redur Xelil", "Redur Xelil"),
    # "according to to": a typing slip
    ("More than 10 million have been displaced according to to the U.N.", "United Nations", None),
    # "special" inside a title ("the UN special envoy for Syria")
    ("Staffan de Mistura the UN special envoy for Syria said 20 died.", "United Nations", "Staffan de Mistura"),
    ("Jan Egeland the UN acting envoy for Syria said 20 died.", "United Nations", "Jan Egeland"),
    ("Jan Egeland the UN personal envoy for Syria said 20 died.", "United Nations", "Jan Egeland"),
    # an insertion between spaced dashes before the cue reads as one between commas
    ("(AFP) The Raqa Revolutionaries Brigades - one of the Arab components of the Kurdish-dominated alliance - also "
     "said the SDF had seized the silos.", "Raqa Revolutionaries Brigades", None),
    ("Ahmed Hassan - a doctor in the town - told AFP that 20 died.", "Ahmed Hassan", "Ahmed Hassan"),
    # a dash before the subject is no part of its name
    ("- Police said the injured were rushed to Ruiru Level 4 Hospital.", "police", None),
    # two noun phrases run together without a comma: the speaker's is the last
    ("It was the regime acting as a regime the official said.", "unnamed (the official)", None),
    # FA-KES's apposition without its comma after a name is no part of it
    ("The Syrian Center for Policy Research an NGO however has put the death toll at 470000.",
     "Syrian Center for Policy Research", None),
    # a long title between the registry's body and the officer's name
    ("UN Under Secretary General for Humanitarian Affairs Stephen OBrien said the convoy was blocked.",
     "United Nations", "Stephen OBrien"),
])
def test_attribution_readings_of_fa_kes_train_articles_of_the_thirty_first_session(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_a_span_ending_in_a_conjunction_is_no_speaker(rules):
    # a second verb coordinated with the sentence's first: its "and" ends no name
    found = attributions("The ADF, which originated in Uganda in the 1990s, is based in eastern DR Congo and pledged "
                         "allegiance to the Islamic State group in 2019.", rules)[-1]
    assert found is None or not found.source.endswith(" and")


def test_attribution_a_regional_district_is_a_government_body(rules):
    found = attributions("The Thompson-Nicola Regional District said 20 died.", rules)[-1]
    assert (found.source, found.source_type) == ("Thompson-Nicola Regional District", "government")


@pytest.mark.parametrize("text, source, speaker", [
    # a code review of the thirty-first session's readings: each was wrong after its reading, before its mend
    # "according to <described noun>," then the clause's own subject: no apposition
    ("According to his lawyer, Ahmed Mansour was beaten in custody.", "unnamed (his lawyer)", None),
    # a source named after the participle's phrase keeps the sentence
    ("Rebels fighting the regime seized the town the Observatory said.", "Syrian Observatory for Human Rights", None),
    ("The lawyer representing the families, John Smith, said 20 died.", "John Smith", "John Smith"),
    # a place's "-based" compound is no role's modifier
    ("Tsion Abebe, an Addis Ababa-based researcher, said 20 died.", "Tsion Abebe", "Tsion Abebe"),
    # whom a statement is attributed to: the name, before a participle's phrase
    ("A statement attributed to the Islamic State group posted on Telegram said 20 died.", "Islamic State", None),
    # a possessive body after a titled name: not the body's words as a name (since the thirty-fifth
    # session the ranked officer speaks for the unit he serves, `_ranked_of_body`)
    ("Detective Chief Superintendent Alan Rutherford of PSNI's Terrorism Investigation Unit said two men were "
     "arrested.", "PSNI's Terrorism Investigation Unit", "Alan Rutherford"),
    # a civil protection agency stays what "the agency" refers to
    ("The National Civil Protection Agency said two died. Three were missing, the agency said.",
     "National Civil Protection Agency", None),
    # capitalised "Special" is a name's own word; "Data Protection" before a role is no civil protection
    # (a name ending in "Unit" is a body's, with no speaker, since the review on invented text)
    ("The Special Investigations Unit (SIU) said it was investigating.", "Special Investigations Unit", None),
    ("Data Protection Commissioner Helen Dixon said the fine stood.", "Helen Dixon", "Helen Dixon"),
])
def test_attribution_review_of_the_thirty_first_session(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_a_headline_s_title_initials_are_no_body(rules):
    found = attributions("NK fires missile: PM\nPrime Minister Benjamin Netanyahu said the missile fell.", rules)
    assert found[0] is None or found[0].source != "Prime Minister"


def test_attribution_sharia_is_a_law_no_speaker(rules):
    assert attributions("Those held were suspects and would be tried according to Sharia.", rules) == [None]


def test_attribution_an_owner_and_what_he_owns_is_no_person(rules):
    found = attributions('"Most of them died from smoke inhalation," Md Ashraful Alam, deputy assistant director of '
                         "FSCD's Narayanganj office, told The Daily Star.", rules)[-1]
    assert found.source_type != "person" and found.speaker == "Md Ashraful Alam"


def test_attribution_a_family_s_lawyer_speaks_for_himself(rules):
    # a family is no body an officer speaks for
    found = attributions("His family does not accept that version. The family's lawyer, Armen Ghukasyan, said he "
                         "had filed three motions.", rules)[-1]
    assert (found.source, found.source_type) == ("Armen Ghukasyan", "person")


@pytest.mark.parametrize("text, source", [
    # FA-KES, commas lost: the name after a known place names the unnamed resident
    ("Another resident of Deir al-Zor Abdullah al-Noami said that four al-Sheitaat towns had fallen.",
     "Abdullah al-Noami"),
    # (a country after the town is still a place: unnamed)
    ("A resident of Aleppo Syria said the shelling continued.", "unnamed (a resident of aleppo syria)"),
])
def test_attribution_a_resident_named_after_his_place_without_commas(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # unnamed speakers a capitalised first word does not name
    ("Municipal authorities initially reported nine dead.", "unnamed (municipal authorities)"),
    ("Transporters, however, put the number at 40.", "unnamed (transporters)"),
    ("Families and NGOs say more than 150 passengers are still missing.", "unnamed (families and ngos)"),
    # a number word as the subject: some of the people the story spoke of
    ("Three diplomats spoke to Reuters. Two said 14 men were detained.", "unnamed (two)"),
    # (the speaker's own article after the people the object names)
    ("Ten children were among at least 48 people killed when regime forces executed six families of rebel "
     "fighters a monitoring group said.", "Syrian Observatory for Human Rights"),
])
def test_attribution_more_unnamed_speakers(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # a plural cue form after its article is a noun ("the claims could muddy the debate")
    ("Still the claims could muddy the debate about who was responsible for an alleged gas attack.", None),
    # a demonstrative after the cue opens the content, it names no speaker
    ("Speaking to Asharq Al-Awsat he added Those who witness the number of deaths of regime forces will realize.",
     "unnamed"),
    # towns and regions named one after another are no speaker; who is in them is
    ("In a new development 17 armed factions in coastal regions Aleppo Hama and Idlib announced that they agreed "
     "to form a comprehensive operations room.", "unnamed (factions)"),
    # (countries are: "Japan and Australia also expressed concern")
    ("Japan and Australia also expressed concern over the incident.", "Japan and Australia"),
])
def test_attribution_nouns_demonstratives_and_places_are_no_speakers(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, index, source", [
    # what follows "denied" is what is denied; the subject before it speaks
    ("Moscow has denied reports that its jets have hit Aleppo and said it was sticking to a moratorium.", 0,
     "Russian government"),
    # (a quotation closed right before it: the speaker after "denied")
    ('"We did not do it," denied the spokesman.', 0, "unnamed (the spokesman)"),
    # a body introduced by an indefinite description is the one the next sentence names
    ("The Syrian Observatory for Human Rights said 22 died. A leading opposition group condemned the raids. The "
     "Istanbul-based National Coalition said Russian and regime warplanes targeted children.", 1,
     "Syrian National Coalition"),
])
def test_attribution_denied_and_an_indefinite_description(rules, text, index, source):
    found = attributions(text, rules)[index]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # a known body opening the sentence, then its apposition without commas, then the cue
    ("Human Rights Watch said 64 died. The Organisation for the Prohibition of Chemical weapons a global watchdog "
     "has said sarin or a similar banned toxin was used.", "OPCW"),
    # (a body the content ends with is no speaker: "… in a village held by Islamic State a monitor said")
    ("The Syrian Observatory for Human Rights said 20 died. Russian air strikes on Sunday killed 34 civilians in a "
     "village held by Islamic State in Deir az-Zour province a monitor said.", "Syrian Observatory for Human Rights"),
    # the object of "with" right before the cue speaks not
    ("Syrias southern neighbor Israel still technically at war with Damascus said it believed Syrian forces had "
     "used chemical weapons.", None),
])
def test_attribution_appositions_and_objects_before_the_cue(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # an opening time phrase or "In a statement," before an unnamed speaker and where he is
    ("On Thursday evening, some neighbors in sector 5 said the water had come back on.", "unnamed (some neighbors)"),
    ("Meanwhile, a resident of the town said the shelling continued.", "unnamed (a resident)"),
    # a spokesman for an office holder the text calls by his title speaks for him
    ("The Bureau of Meteorology said the rain would continue. In a statement, a spokeswoman for the premier said "
     "disaster assistance had been activated.", "premier"),
])
def test_attribution_an_unnamed_speaker_after_an_opening_phrase(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # people named by an irregular plural, then where they are
    ("Fishermen on Yemen's Kamaran island told a local journalist that they had heard two explosions.",
     "unnamed (fishermen)"),
    ("Trade unions have warned repeatedly that cost-cutting is eroding safety standards.", "unnamed (trade unions)"),
    # "claim" as a verb after its plural subject, not as a noun
    ("Opposition parties claim that the number of injured protesters exceeds 40.", "unnamed (opposition parties)"),
    ("Our findings do not support Russia's claim that a military facility was located at the site.", None),
    ("The claim could not be verified.", None),
])
def test_attribution_irregular_plurals_and_claim(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


def test_attribution_according_to_figures_previously_released_by(rules):
    found = attributions("According to figures previously released by the army, hundreds of illegal firearms have "
                         "been recovered.", rules)[-1]
    assert found is not None and found.source == "unnamed (army)"


@pytest.mark.parametrize("text, source", [
    # unnamed speakers "including" a body the registry knows (FA-KES, commas lost)
    ("Activists and rights groups including Doctors Without Borders [MSF] have reported deaths from starvation.",
     "Doctors Without Borders"),
    # a priest's title before his surname
    ("Archimandrite Emanuel Youkhana heads the charity. Archimandrite Youkhana said almost 1000 families had "
     "arrived.", "Emanuel Youkhana"),
])
def test_attribution_including_a_known_body_and_a_priest_s_title(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_a_described_body_after_an_opening_place(rules):
    found = attributions("Rwanda's government denied the claims. In Goma, the North Kivu provincial government said it "
                         "had set up a crisis committee.", rules)[-1]
    assert found is not None and found.source == "North Kivu provincial government"


def test_attribution_an_adverb_of_manner_independently(rules):
    found = attributions("The Post independently confirmed the names of 29 of the dead, including 11 children.",
                         rules)[-1]
    assert found is not None and found.source == "Post"


@pytest.mark.parametrize("text, source, via", [
    # people a medium polled or interviewed speak, through the medium
    ("Analysts polled by Reuters had said the bank was likely to raise rates.", "unnamed (analysts)", ("Reuters",)),
    ("Most economists polled by Reuters said the bank would hold rates.", "unnamed (most economists)", ("Reuters",)),
    ("People interviewed by the BBC said they were afraid.", "unnamed (people)", ("BBC",)),
    # when or where the medium polled them, before the cue
    ("Residents interviewed by Reuters in Gaza said the town was calm.", "unnamed (residents)", ("Reuters",)),
    ("Analysts polled by Reuters on Monday said rates would rise.", "unnamed (analysts)", ("Reuters",)),
    ("Residents interviewed by police in Gaza said the town was calm.", "unnamed (residents)", ()),
    # not what police question, nor who backs a group
    ("The man interviewed by police said he was innocent.", "unnamed (the man)", ()),
    ("Rebels backed by Turkey said the town fell.", "unnamed (rebels)", ()),
])
def test_attribution_people_a_medium_polled(rules, text, source, via):
    (found,) = attributions(text, rules)
    assert (found.source, found.via) == (source, via)


@pytest.mark.parametrize("text, source, via, cue", [
    # a statement a medium carried is its author's, through the medium
    ("Belarus's State Border Committee said migrants were beaten. The committee's statement, carried by state "
     "news agency Belta, claimed that refugees had been pushed back.", "Belarus's State Border Committee",
     ("BelTA",), "claimed"),
    # an interview set off after the speaker: the medium relays, and the cue is the word written
    ("Police chief Ali Khan, when contacted by AFP, said the bodies were found.", "police", ("AFP",), "said"),
    # the registry's state media of more countries
    ("Twelve people drowned in Kelantan, Bernama reported.", "Bernama", (), "reported"),
    ("KCNA, the North's state media, said the test succeeded.", "KCNA", (), "said"),
])
def test_attribution_media_that_carried_or_contacted(rules, text, source, via, cue):
    found = attributions(text, rules)[-1]
    assert (found.source, found.via, found.cue) == (source, via, cue)


@pytest.mark.parametrize("text, source", [
    # "the central bank" is no other body named before, but the central bank as the text describes it
    ("Inflation rose to 61 percent, the Turkish Statistical Institute said. The central bank, which has raised its "
     "policy rate to 40 percent, said that inflation would peak in May.", "central bank"),
    ("Inflation rose, the statistics office said. The central bank said inflation would peak.", "central bank"),
    # its registry name when the story names it
    ("The Central Bank of Syria said reserves fell. The central bank said the pound was stable.",
     "Central Bank of Syria"),
])
def test_attribution_the_central_bank_is_no_other_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # a name the registry does not know after a description it knows: the name
    ("The rights monitor NetBlocks said internet access was restricted.", "NetBlocks"),
    ("The internet monitor Netblocks said access was cut.", "Netblocks"),
    # the description alone, or before a name the registry knows, keeps its reading
    ("The war monitor said 12 died.", "Syrian Observatory for Human Rights"),
    ("The head of the Britain-based monitoring group Rami Abdel Rahman told AFP 12 died.",
     "Syrian Observatory for Human Rights"),
])
def test_attribution_a_description_before_an_unknown_name(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, via", [
    # a medium that saw or obtained a report is no source of it: the report's author, through the medium
    ("A UN panel of experts said in a confidential report that the group had bought arms. The report, which was "
     "seen by Reuters, said the group had acquired some 300 rifles.", "unnamed (the report)", ("Reuters",)),
    ("The report, seen by AFP, said 12 died.", "unnamed (the report)", ("AFP",)),
    ("The Interior Ministry said 12 died. The ministry's letter, obtained by the BBC, said the plan failed.",
     "Syrian Interior Ministry", ("BBC",)),
    # the publisher that obtained it relays nothing
    ("LONDON (BBC) - The Interior Ministry said 12 died. The ministry's letter, obtained by the BBC, said the plan "
     "failed.", "Syrian Interior Ministry", ()),
])
def test_attribution_a_report_a_medium_saw(rules, text, source, via):
    found = attributions(text, rules)[-1]
    assert (found.source, found.via) == (source, via)


@pytest.mark.parametrize("text, source, via", [
    # (a review) a body's whole name owns the office, not a registry name inside it
    ("The Gaza Health Ministry's spokesman said 50 people were killed.", "Gaza Health Ministry", ()),
    ("The Iraqi Interior Ministry's director said 3 died.", "Iraqi Interior Ministry", ()),
    # an officer of a body described in lower case is the body the story named
    ("Amnesty International said the trial was unfair. The chairwoman of the rights group said it was bad.",
     "Amnesty International", ()),
    # a report a medium published long ago relays nothing now
    ("The ministry, which was criticised in a report published by The Guardian last year, said the claims were "
     "false.", None, ()),
    # a given name that is also a medium's, set off as a person
    ("Wafa, a teacher in Khan Younis, said the school was hit.", "Wafa", ()),
    ("Morgan Stanley, the Wall Street bank, said rates would fall.", "Morgan Stanley", ()),
    # the interview set off with its day, or "after being contacted"
    ("Police chief Ali Khan, when contacted by Reuters on Tuesday, said 3 died.", "police", ("Reuters",)),
    ("Police chief Ali Khan, after being contacted by AFP, said 3 died.", "police", ("AFP",)),
    # (the second review) a person set off by a description whose body is no head of it
    ("Lina Haddad, the mother of a soldier in the army, said her son was killed.", "Lina Haddad", ()),
    ("Wafa reported that 3 Palestinians were killed near Jenin.", "WAFA", ()),
    # a carrier after "in a statement", "in comments", or "also"
    ("The interior ministry, in comments carried by state television, said 30 people were arrested.",
     "Syrian Interior Ministry", ("Syrian state television",)),
    ("The report, also seen by AFP, said 40 people were killed.", "unnamed (the report)", ("AFP",)),
    # "as" before a record or a body closing the sentence attributes it
    ("Unemployment rose to 5.2 percent, as the data showed on Tuesday.", "unnamed (the data)", ()),
    ("Turnout reached 64 percent as the electoral commission said Monday.", "electoral commission", ()),
])
def test_attribution_readings_after_the_session_review(rules, text, source, via):
    found = attributions(text, rules)[-1]
    if source is None:
        assert found is None or found.via == via and "Guardian" not in found.source
    else:
        assert (found.source, found.via) == (source, via)


@pytest.mark.parametrize("text", [
    # a body inside a clause of another's, or a record in one, is no speaker
    "The opposition demanded a recount before the electoral commission announced.",
    "It was unclear if the electoral commission confirmed.",
    "Inflation slowed, which is exactly what the study found.",
])
def test_attribution_no_speaker_inside_a_clause(rules, text):
    assert attributions(text, rules)[-1] is None


def test_attribution_journalists_of_a_medium_are_no_publisher(rules):
    from verify.attribution import publisher_of
    text = _TOLD_STORY.format(medium="the Nile Post", tail=" The minister was interviewed by the Daily Monitor "
                                                             "journalists on Monday.")
    assert publisher_of(Document(id="d", origin="d", text=text), rules.registry).name == "Nile Post"


def test_attribution_a_person_set_off_with_a_possessive_description(rules):
    (aide,) = attributions("John Smith, the mayor's aide, said the road would reopen.", rules)
    assert (aide.source, aide.speaker) == ("John Smith", "John Smith")
    # an officer's role there still makes him speak for the body
    *_, officer = attributions("The Health Ministry said 5 died. Ali Khan, the ministry's spokesman, said 12 died.",
                               rules)
    assert officer.speaker == "Ali Khan" and officer.source != "Ali Khan"


@pytest.mark.parametrize("text", [
    "NABLUS, October 20, 2025 (WAFA) – Eleven citizens were injured. A man told WAFA that 12 died.",
    "ABU DHABI, 14th November, 2025 (WAM) -- Floods hit the city. An official told WAM that 60 sites flooded.",
])
def test_attribution_a_dateline_with_its_year_names_the_publisher(rules, text):
    assert attributions(text, rules)[-1].via == ()


@pytest.mark.parametrize("text, source, cue", [
    # a record that tells the content speaks for whoever keeps it, as "according to" its figures would
    ("Transport Ministry figures show 212 people died on the roads last month.", "Transport Ministry", "show"),
    ("Data from the National Bureau of Statistics indicates that prices rose 9 percent.",
     "National Bureau of Statistics", "indicates"),
    ("A police report seen by the Herald indicates that the bus was carrying 40 people.", "police", "indicates"),
    ("Police figures up to Sunday put the toll at 57.", "police", "put"),
    # a record nobody is named for: unnamed, its words as the label
    ("Hospital records show that 14 of the wounded were children.", "unnamed (hospital records)", "show"),
    ("Some estimates put the number of displaced at 20,000.", "unnamed (some estimates)", "put"),
    ("Some estimates put the number of civilians among them at nearly a third.", "unnamed (some estimates)", "put"),
    # the record after what it tells, closing the sentence
    ("Crime fell 4 percent last year, Home Office figures show.", "Home Office", "show"),
    ("Inflation eased to 3 percent in May, data from the Turkish Statistical Institute showed on Tuesday.",
     "Turkish Statistical Institute", "showed"),
    ("Gold prices rose 2 percent, the data showed.", "unnamed (the data)", "showed"),
])
def test_attribution_a_record_that_shows(rules, text, source, cue):
    found = attributions(text, rules)[-1]
    assert found is not None and (found.source, found.cue, found.rule.split("+")[0]) == (source, cue, "attr.record")


@pytest.mark.parametrize("text", [
    # what a picture shows is the outlet's own description
    "Footage posted online shows smoke rising over the port.",
    "A video released by the group showed fighters in the town square.",
    # a record that is only the object of another verb
    "Investigators seized records showing payments to the company.",
    # a quotation is its speaker's, not the record's
    '"The figures show we were right," she said.',
    # "put" that sets no number at an amount
    "The minister spoke. Rising food prices data put pressure on the central bank.",
    "The minister spoke. The figures put out by the ministry were wrong.",
    "The minister spoke. Figures put together by volunteers circulated online.",
    # a closing record that only puts, or a picture
    "The minister spoke. The toll was high, the figures put it.",
    "The minister spoke. Smoke rose over the port, footage showed.",
    '"Prices rose 2 percent," the data showed.',
])
def test_attribution_no_record_reading(rules, text):
    found = attributions(text, rules)[-1]
    assert found is None or found.rule.split("+")[0] != "attr.record"


@pytest.mark.parametrize("text, source, via", [
    # the passive of a quoting verb after a speaker set off with his role
    ("An army spokesman, Major Tomas Varga, was quoted by the Daily Monitor as saying that the road was closed.",
     "Tomas Varga", ["Daily Monitor"]),
    # a medium set off with its description before "quoted"
    ("But Tasnim, the semi-official news agency, quoted the head of the Khuzestan Fire Department, Reza Amini, as "
     "saying that nobody had died.", "Khuzestan Fire Department", ["Tasnim News Agency"]),
    ("The agency, however, quoted another official as saying that four men had been arrested.",
     "unnamed (another official)", ["agency"]),
])
def test_attribution_quoted_after_an_insertion(rules, text, source, via):
    found = attributions(text, rules)[-1]
    assert found is not None and (found.source, list(found.via)) == (source, via)


@pytest.mark.parametrize("text, source", [
    # a titled name of up to nine words, its verb, then "saying in a statement that"
    ("Governor-General of Northern Province Brigadier Ruwan Kumara Perera visited the wounded, saying in a "
     "statement that the attackers would be found.", "Ruwan Kumara Perera"),
    ("Northern Province Governor Major General Ruwan Perera offered his condolences, saying in a message that the "
     "state would help the families.", "Ruwan Perera"),
    # a body's name that opens with an article is no titled name: its participle is its own action
    ("The Regional Council of the Upper Green River Valley issued an evacuation order, telling residents to leave.",
     None),
])
def test_attribution_a_long_titled_name_before_a_participle_cue(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # an adverb of frequency between the auxiliary and the cue
    ("Moldova has consistently denied hosting the camps.", "Moldova"),
    ("The ministry has routinely rejected such reports.", "unnamed (the ministry)"),
    # an editor is an unnamed person, as a reporter is
    ("A Niamey-based editor, who requested anonymity, said reporters no longer travel.",
     "unnamed (a niamey-based editor)"),
])
def test_attribution_frequency_adverbs_and_editors(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


def test_attribution_a_surname_after_an_inverted_role_with_a_generation(rules):
    found = attributions("Two soldiers were wounded in the clash, said Capt. Ramon Villanueva Jr., spokesperson of "
                         "the Army's 5th Infantry Division. \"Our troops were fired upon,\" Villanueva said. "
                         "He said the rebels fled.", rules)
    assert [a.source for a in found] == ["Army's 5th Infantry Division"] * 3
    assert found[1].speaker == "Ramon Villanueva"


@pytest.mark.parametrize("text, source", [
    # a grade after the rank is no part of the name
    ("Station chief Senior Fire Officer II Stanley Ungau said the river had risen.", "Stanley Ungau"),
    # the portfolio after "<title> of" ends before the name
    ("Deputy Controller of Corrections Musa Bello Danjuma said 37 inmates escaped.", "Musa Bello Danjuma"),
    ("Deputy Minister of Criminal Policy Rodrigo Benítez Acosta told reporters the riot was over.",
     "Rodrigo Benítez Acosta"),
    # a given name ending like a portfolio stays
    ("Minister of Health Kamal Ahmed Ali said the clinics were open.", "Kamal Ahmed Ali"),
    ("Minister of Justice Florence Wanjiru Mwangi said the courts would reopen.", "Florence Wanjiru Mwangi"),
    ("Chief Officer for Disaster Management Alice Njeri Kamau said 12 homes were lost.", "Alice Njeri Kamau"),
])
def test_attribution_names_after_grades_and_portfolios(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_an_officer_with_a_retired_officer_s_mark(rules):
    found = attributions("The Disaster Management Centre (DMC) said 12 people died. Speaking to Ada Derana, DMC "
                         "Deputy Director Major General (Retd.) Ravi Perera said relief operations were under way.",
                         rules)
    assert (found[-1].source, found[-1].speaker) == ("Disaster Management Centre", "Ravi Perera")


def test_attribution_a_foreign_alias_spokesman_after_the_body_s_longer_name(rules):
    # the registry knows "Civil Defence" as Syria's White Helmets; in a story from elsewhere the
    # spokesman speaks for the body the story named with those words, not for "<country>'s Civil Defence"
    found = attributions("Israeli warplanes struck tents in Khan Yunis, killing 11 people, the Palestinian Civil "
                         "Defence in Gaza said. Civil Defence spokesman, Mahmoud Basal, told reporters that crews "
                         "were still searching.", rules)
    assert [a.source for a in found] == ["Palestinian Civil Defence in Gaza"] * 2
    assert found[1].speaker == "Mahmoud Basal"


@pytest.mark.parametrize("text, source, speaker", [
    # an inverted cue, a role a possessive gives, then the name set off after it
    ('The Kano Traders Association said 12 shops burned. "We want an inquiry," said the association\'s '
     'secretary general, Musa Danjuma.', "Kano Traders Association", "Musa Danjuma"),
    ('The Ghana Motor Riders Union disputed the police account. "Nobody fired first," said the union\'s '
     'spokesman, Kofi Mensah.', "Ghana Motor Riders Union", "Kofi Mensah"),
    # "the union" and "the association" refer back to the body of that kind named before
    ("The European Union said it was alarmed. The union said it would send aid.", "European Union", None),
])
def test_attribution_a_role_then_a_name_after_an_inverted_cue(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert found is not None and (found.source, found.speaker) == (source, speaker)


def test_attribution_a_body_s_acronym_inside_a_shorter_name_is_the_body_named_in_full(rules):
    found = attributions("Four people died, according to the Kendari Search and Rescue Office. The head of the "
                         "Kendari SAR Office, Budi Santoso, said the boat capsized at night. \"The waves were "
                         "high,\" Budi said.", rules)
    assert [a.source for a in found] == ["Kendari Search and Rescue Office"] * 3


def test_attribution_a_body_s_acronym_spelled_otherwise_is_another_body(rules):
    found = attributions("Four people died, according to the Kendari Search and Rescue Office. The head of the "
                         "Kendari DMC Office, Budi Santoso, said the boat capsized at night.", rules)
    assert found[-1].source != "Kendari Search and Rescue Office"


@pytest.mark.parametrize("text, source", [
    # a two-word portfolio after "<officer role> for" (a county's officer: the county, through Peter Kamau)
    ("Mombasa County Chief Officer for Disaster Management Peter Kamau said drains were cleared.", "Mombasa County"),
    # a unit "at" a body is that body
    ("Amina Rashid, Director of the Forecasting Department at the NMC, said the rain would continue.", "NMC"),
])
def test_attribution_a_portfolio_after_for_and_a_unit_at_a_body(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # a British fire service's manager ranks speak for the fire service named before
    ('West Midlands Fire Service said eight engines attended. Watch manager Dean Holt said: "Crews worked hard."',
     "West Midlands Fire Service"),
    # with no fire service named before, he speaks for himself, not for a "Station"
    ('Station manager Dean Holt said: "Crews worked hard."', "Dean Holt"),
])
def test_attribution_fire_service_manager_ranks(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # a press release and a bulletin are the statement of the body that issued it
    ("Manitoba RCMP said in a news release that officers searched two homes. Three men face charges, the release "
     "said.", "Manitoba RCMP"),
    ("The Bahia Emergency Management Office said 12 died. According to the latest bulletin, 4,000 people left "
     "their homes.", "Bahia Emergency Management Office"),
])
def test_attribution_a_release_and_a_bulletin_refer_back(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # an insertion that only says where the subject spoke, after a subject in lower case
    ("The ferry company, in a statement posted on its website, put the number of passengers at 212.",
     "unnamed (company)"),
    ("The ferry company, in a tweet posted on its account, put the number of passengers at 212.",
     "unnamed (company)"),
    ("The ferry company, in its latest update to passengers, put the number of passengers at 212.",
     "unnamed (company)"),
    ("Libya's internationally recognized government, in a statement carried by the state news agency, accused "
     "the militia of blocking the port.", "Libya's internationally recognized government"),
])
def test_attribution_a_lower_case_subject_before_an_insertion_of_where_it_spoke(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # a legislator speaks for himself, whatever party the registry knows him by
    ("Hezbollah MP Hassan Fadlallah said the strike broke the truce.", "Hassan Fadlallah"),
    ("Hamas lawmaker Mushir al-Masri said the talks had failed.", "Mushir al-Masri"),
    # the party's spokesman still speaks for it
    ("Hezbollah spokesman Hassan Fadlallah said the strike broke the truce.", "Hezbollah"),
])
def test_attribution_a_party_s_legislator_speaks_for_himself(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # the first of two subjects governs, with the second's people's adjective before "allies"
    ("Damascus and its Iranian backers deny the charges.", "Syrian government"),
    ("Syria and its Russian allies say they target only militants.", "Syria"),
    # a day without its comma before a statement attributed to someone (FA-KES)
    ("On Wednesday a statement attributed to the field commander of the rebel troops said the town had fallen.",
     "unnamed (the field commander of the rebel troops)"),
])
def test_attribution_allies_after_a_first_subject_and_a_day_before_a_statement(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # "X and other Y": X, one of a kind, governs
    ("Sada al-Balad and other news websites reported on Sunday that six men arrived.", "Sada al-Balad"),
    # a described body and an unnamed person after it, commas lost (FA-KES)
    ("Three people died including a child an international charity and an aid worker said.",
     "unnamed (an international charity)"),
])
def test_attribution_first_of_two_subjects_before_other_and_an_unnamed_person(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_a_person_of_a_campaign_speaks_for_it(rules):
    found = attributions("Maya Haddad of The Lebanon Campaign noted that aid would not reach the city.", rules)[-1]
    assert found is not None and (found.source, found.speaker) == ("The Lebanon Campaign", "Maya Haddad")


@pytest.mark.parametrize("text, source", [
    # "is calling on" reports as "called on" does
    ("The Norwegian Refugee Council said 12 died. NRC is calling on donors to release $15 million.",
     "Norwegian Refugee Council"),
    # a resolution or a march "calling for" something reports nothing
    ("Russia vetoed a draft resolution calling for a ceasefire in Aleppo.", None),
])
def test_attribution_is_calling_on(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # an appeal and an assurance report what a body or a person says
    ("Gardaí have appealed to anyone in the area to come forward.", "An Garda Síochána"),
    ('"No one will be left without power," the minister assured.', "unnamed (the minister)"),
    # money appealed for asserts nothing
    ("UNHCR has appealed for $575 million this year to help returnees.", None),
])
def test_attribution_appeals_and_assurances(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


def test_attribution_single_quotation_marks_in_a_story_that_quotes_with_them(rules):
    found = attributions("Residents of Sotk said they heard gunfire. 'It started after 1 a.m. and went on for 20 "
                         "minutes. The children woke up', one resident told OC Media. Analyst Levan Kipiani said "
                         "the timing was 'unlikely to be a coincidence'. The ceasefire was signed in August.", rules)
    assert [a.source if a else None for a in found] == [
        "unnamed (residents of sotk)", "unnamed (one resident)", "unnamed (one resident)", "Levan Kipiani", None]


def test_attribution_apostrophes_are_no_quotation_marks(rules):
    found = attributions("The union's leaders said the workers' pay was cut. Nobody else commented.", rules)
    assert found[-1] is None


def test_attribution_a_ceo_is_a_title_before_a_name(rules):
    found = attributions("Acme Cables CEO Ruta Kazlauskas told LRT the line was cut.", rules)[-1]
    assert found is not None and found.speaker == "Ruta Kazlauskas" and "CEO" not in found.source


@pytest.mark.parametrize("text, source", [
    # "according to the <description>'s <document>": the body the description names
    ("The Kenya Red Cross said two were injured. According to the charity's latest figures, 12 people died.",
     "Kenya Red Cross"),
    ("Dales Aggregates Ltd said two were injured. According to the company's most recent accounts, it made a loss.",
     "Dales Aggregates Ltd"),
])
def test_attribution_according_to_a_described_body_s_document(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_a_record_inside_a_quotation_is_its_speaker_s(rules):
    found = attributions('The council met. "We checked everything. Our figures show 40 died. We will publish '
                         'them," the mayor said.', rules)
    assert [a.source if a else None for a in found] == [None] + ["unnamed (the mayor)"] * 3


@pytest.mark.parametrize("text, source", [
    # a legal appeal reports nothing said
    ("The company appealed the ruling on Monday.", None),
    ("The former minister appealed against the sentence.", None),
    ("The ministry appealed to the Supreme Court.", None),
    # an amount asked for, whatever its currency and qualifier
    ("UNHCR has appealed for more than $575 million this year.", None),
    ("The ICRC appealed for nearly 2 billion Swiss francs.", None),
    # an appeal to people does report
    ("Gardaí have appealed again for witnesses to come forward.", "An Garda Síochána"),
])
def test_attribution_appeals_that_report_and_those_that_do_not(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, sources", [
    # an apostrophe inside a single-quoted quotation does not leave it open
    ("'It's a tragedy,' the mayor said. The council met on Monday.", ["unnamed (the mayor)", None]),
    # nor does a plural's possessive mark inside it
    ("'We want the farmers' rights back,' the minister said. The union met later.",
     ["unnamed (the minister)", None]),
    # nor one outside any quotation, in a story that quotes with single marks
    ("'We are leaving,' a resident said. The farmers' union met. Prices rose.",
     ["unnamed (a resident)", None, None]),
])
def test_attribution_single_quotation_marks_and_apostrophes(rules, text, sources):
    assert [a.source if a else None for a in attributions(text, rules)] == sources


def test_attribution_a_leading_elided_year_is_no_quotation_mark(rules):
    # "'90s" opens no quotation: the story does not quote with single marks
    found = attributions("'90s-era rules still apply, the minister said. Prices rose.", rules)
    assert [a.source if a else None for a in found] == ["unnamed (the minister)", None]


def test_attribution_two_unnamed_people_are_one_subject(rules):
    # the first of two only when it is a body and the second a person ("an international charity and an aid worker")
    found = attributions("A resident and a shopkeeper said the shelling began at dawn.", rules)[-1]
    assert found is not None and "shopkeeper" in found.source


def test_attribution_is_calling_on_after_an_adverb(rules):
    found = attributions("Police are now calling on witnesses to come forward.", rules)[-1]
    assert found is not None and found.source == "police"


@pytest.mark.parametrize("text, sources", [
    # a country's own society, named in full or as "the Red Cross" after it
    ("The Uganda Red Cross Society said 40 died. The Red Cross Mbale branch manager, Agnes Nabukwasi, said the "
     "lists differ.", ["Uganda Red Cross Society"] * 2),
    ("The Nigerian Red Cross Society, Niger State branch, said its volunteers were helping.",
     ["Nigerian Red Cross Society"]),
    ("The Costa Rican Red Cross said 4 died. Luis Fernando Barquero, a spokesperson for the Red Cross, explained "
     "that rescuers arrived late.", ["Costa Rican Red Cross"] * 2),
    # the international committee stays itself
    ("The Red Cross said 4 died.", ["International Committee of the Red Cross"]),
    ("The Kenya Red Cross Society said 40 died. The ICRC said it was sending surgeons.",
     ["Kenya Red Cross Society", "International Committee of the Red Cross"]),
])
def test_attribution_a_national_red_cross_society(rules, text, sources):
    assert [a.source if a else None for a in attributions(text, rules)] == sources


@pytest.mark.parametrize("text, source", [
    # "X, with the <body>, said": the body he works with speaks through him
    ("Meteorologist Aaron Feldt, with the National Weather Service office in Norman, said the warning came "
     "18 minutes early.", "National Weather Service"),
    # a town he is from is no body
    ("Farmer John Smith, from Leeds, said the river had risen.", "John Smith"),
])
def test_attribution_a_person_with_a_body_set_off_after_his_name(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, sources", [
    # a unit an officer's title names speaks for the national force the story names
    ("The National Police Service said 3 died. Nairobi Regional Police Commander Esther Kavata confirmed the "
     "two deaths.", ["National Police Service"] * 2),
    ("The Namibian Police opened a case. Zambezi regional police commander Evans Simasiku confirmed the "
     "incident.", [None, "Namibian Police"]),
    # without one, the unit stays
    ("Nairobi Regional Police Commander Esther Kavata confirmed the two deaths.", ["Nairobi Regional Police"]),
    # a police office the story names as a body stays itself
    ("Nepal Police sent a team. The District Police Office, Myagdi, said 23 people remained missing.",
     [None, "District Police Office Myagdi"]),
])
def test_attribution_a_unit_of_the_national_police_the_story_names(rules, text, sources):
    assert [a.source if a else None for a in attributions(text, rules)] == sources


def test_attribution_a_described_office_after_in_a_statement(rules):
    # "In a statement," before a body named only by lower-case words leaves it the subject
    found = attributions("In a statement, the prosecutor's office said the forensic work would continue.", rules)[-1]
    assert found is not None and found.source == "prosecutor's office"


def test_attribution_writing_as_a_participle_cue(rules):
    found = attributions("Interior Minister Rexhep Berisha defended the raid in a post on Facebook, writing that "
                         "the north was no longer a safe haven.", rules)[-1]
    assert found is not None and (found.source, found.cue) == ("Rexhep Berisha", "writing")


@pytest.mark.parametrize("text, source", [
    # a name, then the kind of armed body it is: the name speaks
    ("The Islamic State (IS) militant group said in a statement that one of its fighters fired.", "Islamic State"),
    ("Al-Mahdi militant group has claimed the attack, saying it targeted officials.", "Al-Mahdi militant group"),
    # a people's word or a place before the kind names no one
    ("The Kurdish militant group said it fired.", "unnamed (group)"),
    ("A Syrian rebel group said it fired.", "unnamed (rebel group)"),
])
def test_attribution_a_name_before_the_kind_of_armed_group(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text", [
    # a negation reaches a cue coordinated after it by "or"
    "The militia did not immediately comment on the strike or say whether its members were among the dead.",
    # a possessive alone is no subject of a participle cue
    "Sudan's armed forces have been shelling the city since April, stating that they target only fighters.",
])
def test_attribution_nobody_asserts(rules, text):
    assert attributions(text, rules)[-1] is None


@pytest.mark.parametrize("text, source", [
    # a place alone before a dash opens the story: no part of the subject
    ("TEHRAN – Residents of several districts say at least 12 civilians have been killed.", "unnamed (residents)"),
    ("Gondar Town – Residents of several districts say at least 12 civilians have been killed.",
     "unnamed (residents)"),
    # a name set off by dashes is still the subject
    ("Hezbollah – the Lebanese group – said it fired two rockets.", "Hezbollah"),
])
def test_attribution_a_place_dateline_before_a_dash(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_a_call_made_in_a_message(rules):
    # "called in a video message for …": the call, round where it was made
    found = attributions("The tribal leader Sheikh Omar al-Hassan called in a video message for other tribes to "
                         "join the fight.", rules)[-1]
    assert found is not None and (found.source, found.cue) == ("Omar al-Hassan", "called for")


def test_attribution_a_military_operation_is_a_body_its_officer_speaks_for(rules):
    found = attributions("Operation Safe Corridor said troops were deployed. Its media officer, Captain Musa Ibrahim, "
                         "told journalists that exit routes were blocked.", rules)
    assert [(a.source, a.source_type) for a in found] == [("Operation Safe Corridor", "military")] * 2
    assert found[1].speaker == "Musa Ibrahim"


@pytest.mark.parametrize("text, source", [
    # a speaker the sentence says is not named: a place he is from, or what he is, is no source
    ("A health official in neighbouring Kunar province, speaking on condition of anonymity, said 40 were hurt.",
     "unnamed (kunar province)"),
    ('"We hear shelling every night," a logistics manager in Lashio told reporters, asking not to be named.',
     "unnamed (manager in lashio)"),
    ("One Kato Drys resident, who did not want to be named, said the fire came at night.",
     "unnamed (one kato drys resident)"),
    # an unnamed official of a named body speaks for the body (GUIDELINES)
    ("A senior official of the National Disaster Management Authority, who requested anonymity, said 12 died.",
     "National Disaster Management Authority"),
    ("An M23 official, who spoke on condition of anonymity, said the rebels held the heights.", "M23"),
])
def test_attribution_a_speaker_the_sentence_says_is_not_named(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # a named subject set off before an insertion speaks; people counted after the cue are what he said
    ("Capt. Ali Al-Harbi, spokesman of the Civil Defense in Najran region, said two residents, a farmer and a "
     "driver, were injured.", "Civil Defense in Najran region"),
    # a count before the insertion is no subject: the inverted cue's speaker stays
    ("Twelve rebels, most of them foreigners, were killed, said two residents.", "unnamed (two residents)"),
    # nobody is cited "without citing a source"
    ("Channel 14 news reported, without citing a source, that the drone carried explosives.", "Channel 14 news"),
])
def test_attribution_the_subject_before_an_insertion_and_what_he_said(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_a_comma_closing_one_insertion_and_opening_the_next_is_read_once(rules):
    # "Minister, NAME, rejected …, saying": the comma after the name closes the title's insertion and
    # opens the one before "saying"; the name is read whole, never glued to the verb
    found = attributions("The Fisheries Minister, Josiah Okello Mboya, denied the accusation, saying the boats were "
                         "licensed.", rules)[-1]
    assert found is not None and (found.source, found.speaker) == ("Josiah Okello Mboya", "Josiah Okello Mboya")


@pytest.mark.parametrize("text, source", [
    # "wal-" joins an Arabic name as "al-" does, before a bracketed acronym too
    ("Jamaat al-Tawhid wal-Jihad (JTJ) said it carried out the bombing.", "Jamaat al-Tawhid wal-Jihad"),
    # "surnamed X" gives the unnamed speaker's name
    ('"The water rose in minutes," said a 45-year-old shopkeeper in Anyang surnamed Park.', "Park"),
    # a description written in capitals ("The NGO's") is the body the story named, never a body called "NGO"
    ("Amnesty International said it had documented 43 detentions. The NGO's regional coordinator, Maria Lopez, "
     "told reporters that nine of the detainees are minors.", "Amnesty International"),
    ("The NGO's regional coordinator, Maria Lopez, told reporters that nine of the detainees are minors.",
     "Maria Lopez"),
    # "the coalition's coordinator" after a campaign that calls itself a coalition: that campaign, not
    # the registry's "US-led coalition" (one of whose aliases is "the coalition")
    ("Kenyans Against Hunger, a coalition of food banks, said it had counted five deaths. \"We warned the "
     "police for months,\" said the coalition's coordinator, Jane Mokoena.", "Kenyans Against Hunger"),
])
def test_attribution_thirty_fourth_session_readings(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_a_cue_inside_a_quotation_that_is_the_whole_sentence_is_the_speakers_words(rules):
    # '"It also tells you …"' after a quoted speaker: his words, not "it" (the army) telling
    found = attributions('The army said it killed 20 fighters. "These numbers are high," said Anna Berg, a researcher '
                         'at the Centre for Defence Studies. "It also tells you how much they are willing to pay."',
                         rules)
    assert [a.source for a in found] == ["unnamed (the army)", "Anna Berg", "Anna Berg"]
    assert found[2].carried
    # a cue outside the quotation still speaks
    found = attributions('The army said it killed 20 fighters. "These numbers are high," said Anna Berg, a researcher. '
                         '"It tells you a lot," Omar Haddad told reporters.', rules)
    assert found[2].source == "Omar Haddad" and found[2].cue == "told"


@pytest.mark.parametrize("text, source", [
    # the subject after a phrase that sets the time or place, then a comma
    ("In the evening, residents of the town said that at least eight people had been killed.", "unnamed (residents)"),
    ("At a news conference in the capital, organisers of the march claimed that 40 people were hurt.",
     "unnamed (organisers)"),
    # a participle phrase between an unnamed speaker and the cue
    ("Relatives waiting outside the morgue said eight people had died.", "unnamed (relatives)"),
    ("Families gathered outside the prison, however, said 12 inmates had died.", "unnamed (families)"),
    # a constable is an unnamed speaker
    ("One chief constable, speaking on condition of anonymity, said that 200 officers were sent.",
     "unnamed (chief constable)"),
    # a body's name with a lower-case "bloc"
    ("The Reform bloc said the vote was rigged.", "Reform bloc"),
])
def test_attribution_thirty_fourth_session_subjects(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text", [
    # "admitted" with a count is to a ward, no admission of a fact
    "In February alone, MSF teams there carried out 5,600 consultations and admitted 310 children for malnutrition.",
    "MSF admitted dozens of children for severe malnutrition in March.",
    # a participle's form before "that" is the sentence's verb: the outlet gathered it, nobody "said"
    "Blueprint gathered that the attackers, said to be about 15, emerged from the bush.",
])
def test_attribution_thirty_fourth_session_no_speaker(rules, text):
    assert attributions(text, rules)[-1] is None


@pytest.mark.parametrize("text, source", [
    # an unnamed researcher, member or representative of a body the story named speaks for it
    ("The Egyptian Initiative for Personal Rights (EIPR) has documented 40 attacks. An EIPR researcher said nobody "
     "is held accountable.", "Egyptian Initiative for Personal Rights"),
    ("Vigilantes of the Civilian Joint Task Force (CJTF) joined the search. \"We carried 19 bodies,\" the CJTF member "
     "told reporters.", "Civilian Joint Task Force"),
    ("The Office of the Human Rights Defender said it had received complaints. A representative of the office said "
     "visits were planned.", "Office of the Human Rights Defender"),
])
def test_attribution_an_unnamed_member_of_a_named_body(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_an_unnamed_researcher_at_a_place_of_learning_is_no_university(rules):
    found = attributions("An Oxford University researcher said the flood was unprecedented.", rules)[-1]
    assert found is not None and (found.source, found.source_type) == ("unnamed (an oxford university researcher)",
                                                                       "anonymous")


@pytest.mark.parametrize("text, source", [
    # a description is no body its name calls another kind: "the municipality" is not the police
    ("Police said the blast happened at 3 a.m. The municipality said most residents could not return home.",
     "unnamed (the municipality)"),
    # the kind of "Police in Uruma" is police, no prefecture; a local government is called by its kind
    ("The prefectural government said 420 homes were flooded. Police in Uruma said two people died. About 3,100 "
     "people were in shelters, according to the prefecture.", "prefectural government"),
    # "the government spokesperson" where no government spoke: the country's, not the port authority
    ("Cyclone winds hit Toamasina in Madagascar. Activities at the port have been suspended, according to the port "
     "authority. At a press conference, the government spokesperson, Lalaina Ravelomanantsoa, announced an "
     "emergency fund.", "Madagascar's government"),
])
def test_attribution_a_description_names_a_body_of_its_kind(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_a_source_line_names_whom_the_quote_below_it_quotes(rules):
    # Ukrainska Pravda's form: "Source: <speaker>, <role>, on Telegram", then 'Quote: "…"' running on
    found = attributions('Drones hit Kharkiv overnight.\nSource: Oleh Syniehubov, Head of Kharkiv Oblast Military '
                         'Administration, on Telegram\nQuote: "Three people were wounded. A house burned down."\n'
                         'Source: Reuters/AFP', rules)
    assert [a.source if a else None for a in found] == [None, "Oleh Syniehubov", "Oleh Syniehubov", "Oleh Syniehubov",
                                                        None]
    assert found[2].carried and found[3].carried
    # a "Source:" credit that no quotation follows names nobody
    assert attributions("Flooding closed the road.\nSource: SBS News\nThe road reopened later.", rules)[1] is None


@pytest.mark.parametrize("text, via", [
    # a story that speaks of its own paper names its publisher, never a relay
    ("At least eight people died in the floods. When the Daily Graphic visited Odawna, homes were under water. "
     "A fire officer told the Daily Graphic that four tenders were sent.", []),
    ("Gunmen attacked the village. A resident told DAILY POST that four died. A youth leader, Mr Terver Akaangee, "
     "told DAILY POST that the attackers came through the bush.", []),
    # another medium still relays
    ("Gunmen attacked the village. A youth leader told Channels Television that the attackers came through the bush.",
     ["Channels Television"]),
    # a medium's own name, without when and where it was told or the word for its kind
    ("Speaking to Eye Radio on Monday, the commissioner said 11 of those killed were youth.", ["Eye Radio"]),
    ("Clashes broke out at dawn. Speaking to Radio Miraya from Kuajok, the commissioner said 11 died.",
     ["Radio Miraya"]),
    ("PAP news agency quoted the minister as saying four people died.", ["PAP"]),
])
def test_attribution_relays_and_the_publisher_the_story_names_as_itself(rules, text, via):
    found = attributions(text, rules)[-1]
    assert found is not None and list(found.via) == via


@pytest.mark.parametrize("text, source", [
    # what a forecaster forecasts is its report
    ("The Meteorological Forecasting Division has forecast heavy rainfall for the next 48 hours.",
     "Meteorological Forecasting Division"),
    ("On Wednesday, the state-run Unión Eléctrica (UNE) forecast a generation deficit of 1,600 megawatts.",
     "Unión Eléctrica"),
    # the noun, a heading and the passive forecast nothing
    ("Weather forecast", None),
    ("The forecast for Friday is worse.", None),
    ("Thousands have been evacuated, and more rain is forecast.", None),
])
def test_attribution_a_forecast(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # a description's own word left out of the mention still sets its kind apart: "the meteorological
    # service" is not the health ministry that spoke last
    ("The health ministry has warned of a rise in malaria. The meteorological service has forecast more "
     "thundershowers for the north.", "meteorological service"),
    ("Police said two people were arrested. The district administration denied the charge.",
     "district administration"),
    # a word a body's foes call it is no kind of its own: "the terrorist group" is the group that spoke
    ("The Islamic State group claimed the attack. The terrorist group said the attack was a response to the "
     "coalition's raids.", "Islamic State"),
])
def test_attribution_a_description_with_its_own_word(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # mends after the review of the thirty-fourth session's readings: "admitted" with a count still
    # admits a fact when a clause follows it
    ("The ministry admitted 40 people had died in the fire.", "unnamed (the ministry)"),
    # "forecast" after a possessive or an adjective, or before "for"/"suggest", is the noun
    ("The IMF’s forecast for growth was cut to 2 percent.", None),
    ("Economic forecasts suggest the deficit will widen.", None),
    # a government is called by any of its kinds, both ways
    ("The Lebanese Council of Ministers said 40 schools would reopen. The government said roads would be cleared.",
     "Lebanese Council of Ministers"),
    ("The Kakuma Municipality said 200 families were displaced. The administration said aid would arrive on Friday.",
     "Kakuma Municipality"),
    # "gathered from residents that": the sentence's verb, no participle before a speaker
    ("Daily Trust gathered from residents that the gunmen, said to be about 30, stormed the village.", None),
    # an unnamed researcher or volunteer of no body anyone names is an unnamed person
    ("A Harvard researcher said the flood was unprecedented.", "unnamed (a harvard researcher)"),
    ("A Muslim volunteer said the mosque was full.", "unnamed (a muslim volunteer)"),
    # a quotation that is the whole sentence, after an unnamed speaker's quotation, is his
    ('"We are scared," a resident said. "Police said they would come, but nobody did."', "unnamed (a resident)"),
    # the phrase of time or place before the subject may be long
    ("At a press conference at the Dhaka Reporters’ Unity in the capital on Saturday afternoon, coordinators of the "
     "movement claimed that 200 students were detained.", "unnamed (coordinators)"),
])
def test_attribution_thirty_fourth_session_review_mends(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


def test_attribution_a_broadcaster_named_once_in_capitals_still_relays(rules):
    # a paper's own name in capitals is its publisher only when the story names it so more than once
    found = attributions("Gunmen kill 20 in Zamfara\nThe governor, Dauda Lawal, told ARISE TV on Monday that 20 "
                         "people had died in the attack.", rules)[-1]
    assert list(found.via) == ["ARISE TV"]


@pytest.mark.parametrize("text, source, speaker", [
    # an officer's body written in full after his role is the body, not a person called by its last
    # capitalised words; and he speaks for it when the text calls him by his surname later
    ("“We are aware of an attack,” Army Col. Dwayne Hollister, a spokesman for Combined Joint Task "
     "Force-Operation Inherent Resolve, said. “We retain the right to defend ourselves,” Hollister added.",
     "Combined Joint Task Force-Operation Inherent Resolve", "Dwayne Hollister"),
    ('"The fire spread within seconds," Park Jeong-hoon, chief of the Cheongju Fire Station, said during a '
     "briefing. Park added that firefighters had waited two hours.", "Cheongju Fire Station", "Park Jeong-hoon"),
    # a role written with a capital, and a department "at" its body
    ("The National Centre of Meteorology (NCM) issued an alert. Dr. Hamdan Saeed Al Marri, Director of the "
     "Forecasting Department at the NCM, said that rain would continue until Saturday.",
     "National Centre of Meteorology", "Hamdan Saeed Al Marri"),
    # a ranked officer "of" the unit he serves
    ('"This is a tragic start to the week," Chief Inspector Darrel Whittingham of the RCIPS Traffic and Roads '
     "Policing Unit said. Investigators had not determined which vehicle crossed the line, Whittingham added.",
     "RCIPS Traffic and Roads Policing Unit", "Darrel Whittingham"),
])
def test_attribution_an_officer_with_his_body_named_in_full(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert found is not None and (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # a head of state "of" his country, and a rank "of" a country, still speak for themselves
    ("President Bashar al-Assad of Syria said the war is over.", "Bashar al-Assad"),
    ("Colonel Jane Doe of Ukraine said the town was taken.", "Jane Doe"),
    # a scholar at a university speaks for himself
    ("John Smith, a researcher at the University of Oxford, said the data was clear.", "John Smith"),
])
def test_attribution_an_officer_of_no_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # a French name with an elided article is one name ("d'Information"), not its last word as a person
    ("The Agence d'Information du Burkina (AIB) reported the attack.", "Agence d'Information du Burkina"),
    # a body's name in capitals after its article, though its head names unnamed people elsewhere
    ("The Emergency Lawyers, a rights group that documents abuses, said the attack was a war crime.",
     "Emergency Lawyers"),
    ("The Police of Lapland said one person died.", "Police of Lapland"),
    ("The Investigations Police (PDI) said it was examining two points of ignition.", "Investigations Police"),
    # a headline's capitals before unnamed people still name no one
    ("The Syrian Activists said one person died.", "unnamed (the syrian activists)"),
    ("The Local Residents said one person died.", "unnamed (the local residents)"),
    ("The Residents of Aleppo said one person died.", "unnamed (the residents of aleppo)"),
    ("Doctors said one person died.", "unnamed (doctors)"),
])
def test_attribution_a_body_named_with_a_word_for_people(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # a body's bracketed acronym before the cue leaves the cue a subject's: "said its …" is no inverted speaker
    ("The International Organization for Migration (IOM) said its Displacement Tracking Matrix (DTM) estimated "
     "that 4,500 people had been displaced.", "International Organization for Migration", None),
    # a title with a prefix is no part of the name
    ("Vice-Chief Loretta Sunchild-Bear said in a statement that First Nations were dying.",
     "Loretta Sunchild-Bear", "Loretta Sunchild-Bear"),
    # and still leaves the officer his body named before it
    ("According to the provincial commander of the National Police in Lunda Norte, Sub-commissioner Domingos "
     "Kalunga Muteka, a group of 300 people attacked the station.", "National Police", "Domingos Kalunga Muteka"),
    # a name written with a slash is one name, of a body
    ("RFE/RL reported that 20 people were detained.", "RFE/RL", None),
    ("The AFC/M23 rebel alliance said it had taken the town.", "M23", None),  # (the registry's, since the 54th session)
    ("The SPLM/IO rebel alliance said it had taken the town.", "SPLM/IO rebel alliance", None),
    # a hyphenated given name is still a person's
    ("Jean-Pierre Bemba said the vote was rigged.", "Jean-Pierre Bemba", "Jean-Pierre Bemba"),
])
def test_attribution_names_with_brackets_prefixes_and_slashes(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # "the authority" refers back to the body that spoke, as "the company" does
    ("Egyptian National Railways said two trains collided. The authority said it had formed a technical committee.",
     "Egyptian National Railways"),
    # "&" inside a body's name, after "according to" or before an apposition
    ("Close to 20 fire engines were deployed, according to the Addis Abeba Fire & Disaster Risk Management "
     "Commission.", "Addis Abeba Fire & Disaster Risk Management Commission"),
    ("The Armed Conflict Location & Event Data Project (ACLED), a U.S.-based monitor, recorded 5,400 fatalities.",
     "ACLED"),
    # a company's name ends at its "Co." when the sentence splitter ran on past it
    ("Some 21,000 households were without power, according to Hokuriku Electric Power Transmission & Distribution "
     "Co. Water supply had been cut off in Wajima.", "Hokuriku Electric Power Transmission & Distribution Co."),
    # nobody asserts what "no authority" or "no group" did not acknowledge
    ("Forty days later, no authority has acknowledged holding them.", None),
    ("No group said it was responsible.", None),
    # people of two countries are unnamed people
    ("Mozambican, Zimbabwean and Malawian nationals interviewed by the Mail & Guardian said they were told to leave.",
     "unnamed (zimbabwean and malawian nationals)"),
])
def test_attribution_thirty_fifth_session_bodies(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


def test_attribution_a_role_inserted_keeps_its_officer_when_the_body_is_a_description_word(rules):
    # "authority" refers back, yet "co-chair of the Health Authority …" between the name and the cue
    # still makes the body speak through its officer
    found = attributions("Rojhat Kalo, co-chair of the Health Authority in the Euphrates Region, told North Press "
                         'that the injured were taken to hospital. "The children need surgery," he said.', rules)
    assert [(f.source, f.speaker) for f in found] == [("Health Authority in the Euphrates Region", "Rojhat Kalo")] * 2


@pytest.mark.parametrize("text, source, speaker", [
    # after a role and body set off by a comma, any capitalised words before the officer's name are his rank
    ("The Nigerian Correctional Service (NCoS) confirmed the attack. In a statement, the spokesperson for the NCoS, "
     "Deputy Controller of Corrections Ibrahim Yakubu-Danladi, put the number of escaped inmates at 37.",
     "Nigerian Correctional Service", "Ibrahim Yakubu-Danladi"),
    ("Speaking on television, the head of the National Civil Defense General Staff, Division General Orlando "
     "Betancourt Pupo, said no deaths had been reported.", "National Civil Defense General Staff",
     "Orlando Betancourt Pupo"),
    # a state's secretary of a portfolio is a member of its cabinet, and speaks for himself
    ("The Secretary of Public Security of Zacatecas, Comisario General Octavio Lamas Berumen, denied that his "
     "officers were involved.", "Octavio Lamas Berumen", "Octavio Lamas Berumen"),
])
def test_attribution_an_officer_with_a_rank_of_many_words(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_a_mixed_case_acronym_spells_its_capitals(rules):
    # "NCoS": the capitals spell "Nigerian Correctional Service", whose people's word stays in the name
    found = attributions("The Nigerian Correctional Service (NCoS) confirmed the attack. The spokesperson for the NCoS, "
                         "Ibrahim Yakubu-Danladi, said 37 inmates escaped.", rules)[-1]
    assert (found.source, found.speaker) == ("Nigerian Correctional Service", "Ibrahim Yakubu-Danladi")


@pytest.mark.parametrize("text, source", [
    # "Its spokesman" after a sentence that opened with a body in which nobody spoke: that body
    ("The Sfax court said 40 died. The Tunisian Forum for Economic and Social Rights (FTDES), an NGO that monitors "
     "migration, gave a higher estimate. Its spokesman, Ramzi Haddad, told The Arab Weekly that 80 were aboard.",
     "Tunisian Forum for Economic and Social Rights"),
    # a body introduced with "a", named as the next sentence's speaker from the text alone
    ("The army said 20 died. A drone strike on a market killed 43 people, a medical group said. The Sudan Doctors "
     "Network said in a post on X that women were among the dead.", "Sudan Doctors Network"),
    # named nowhere: unnamed, not the first body the story names
    ("The UN said aid was blocked. Artillery fire killed 27 civilians at a market, a local volunteer group said.",
     "unnamed (a local volunteer group)"),
    # but "an NGO" is how the wires first call the Observatory they name later
    ("At least 29 rebels died in a blast in Homs, an NGO said. The Syrian Observatory for Human Rights said the "
     "car bomb went off early.", "Syrian Observatory for Human Rights"),
])
def test_attribution_a_body_introduced_before_it_is_named(rules, text, source):
    found = [f for f in attributions(text, rules) if f is not None]
    index = 1 if "an NGO said" in text or "medical group" in text else -1
    assert found[index].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # a description's press office and the officer's rank stand between the kind and his name
    ("The Sri Lanka Navy said 22 fishermen were arrested. Navy Media Spokesman Commander Dilan Pathirana told the "
     "Daily FT that the fishermen were handed over.", "Sri Lanka Navy", "Dilan Pathirana"),
    # the body of that kind named from the text alone, when it spoke just before
    ("The PLA's Eastern Theater Command said drills began. A command spokesperson, Senior Colonel Zhao Jianfeng, "
     'described the drills as "a stern warning".', "PLA's Eastern Theater Command", "Zhao Jianfeng"),
])
def test_attribution_a_role_after_a_description_with_its_office_and_rank(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_a_family_name_written_first_is_found_in_its_introduction(rules):
    # "Lee said" after a sentence that introduced "CEO Lee Sang-cheol" without a cue: his full name
    found = attributions("Jinwoo Energy Materials CEO Lee Sang-cheol bowed in front of reporters and apologized. "
                         '"We will cooperate fully with the investigation," Lee said.', rules)[-1]
    assert (found.source, found.speaker) == ("Lee Sang-cheol", "Lee Sang-cheol")


@pytest.mark.parametrize("text, source, speaker", [
    # mends after the review of the thirty-fifth session's changes
    # a group introduced with "a" is not the government or watchdog the next sentence names
    ("Protesters were shot in Nairobi. A rights group said six people died. The Independent Policing Oversight "
     "Authority said it was investigating.", "unnamed (rights group)", None),
    # a department's words after "head of" name no body of their own: the body the mention names stays
    ("Ahmed Ali, head of the public relations department of the Interior Ministry, told reporters that the area "
     "was sealed off.", "Syrian Interior Ministry", None),
    # "Navy Media Spokesman" after the army spoke is no army's
    ("The Sri Lanka Army said the troops were deployed. Navy Media Spokesman Captain Gayan Wickramasuriya said three "
     "boats were seized.", "Gayan Wickramasuriya", "Gayan Wickramasuriya"),
    # a title after "Co." goes on with the officer
    ("The plane was grounded, according to Boeing Co. spokesman Peter Pedraza.", "Boeing Co.", "Peter Pedraza"),
    # an unnamed spokesperson of a body with "and" in its name has no speaker made of its words
    ("A spokesperson for the Occupational Safety and Health Administration said the site was inspected.",
     "Occupational Safety and Health Administration", None),
    # a union's secretary of a portfolio speaks for the union
    ("The Secretary of Information of the Nigerian Union of Journalists, Ahmed Musa, said the ban was illegal.",
     None, "Ahmed Musa"),
    # an adjective before people in capitals names no one
    ("The Trapped Miners said they were safe.", "unnamed (the trapped miners)", None),
])
def test_attribution_thirty_fifth_session_review_mends(rules, text, source, speaker):
    found = attributions(text, rules)[1 if "rights group" in text else -1]
    assert found.speaker == speaker
    if source is not None:
        assert found.source == source
    else:
        assert found.source_type not in {"person", "anonymous"}


@pytest.mark.parametrize("text, source, via", [
    # "X reported, citing Y": Y through X, when X is a medium or a name the registry does not know
    ("Five died, the news server Novinky Plus reported, citing sources in the police.", "unnamed (sources)",
     ("Novinky Plus",)),
    ("Five were detained, Anadolu Agency reported, citing judicial sources.", "unnamed (judicial sources)",
     ("Anadolu Agency",)),
    # the author of a statement cited
    ("A herder was hurt by a mine, Trend reports, citing a joint statement by the Prosecutor General's Office.",
     "Prosecutor General's Office", ("Trend",)),
    ("Reuters, citing a statement from the Fire Brigade Command, reported that the blaze was out.",
     "Fire Brigade Command", ("Reuters",)),
    # a monitor citing what it relies on speaks for itself
    ("The Syrian Observatory for Human Rights put the toll at 30, citing sources in the town.",
     "Syrian Observatory for Human Rights", ()),
    ("Many choked the Syrian Observatory for Human Rights said citing medical sources.",
     "Syrian Observatory for Human Rights", ()),
])
def test_attribution_what_a_reporter_cites_after_its_cue(rules, text, source, via):
    found = attributions(text, rules)[-1]
    assert (found.source, found.via) == (source, via)


@pytest.mark.parametrize("text, source, speaker", [
    # — bodies and titles —
    # a body named by its region and lower-case kind, after "In a statement …," and with any cue
    ('In a statement posted on Facebook, the Oromia regional government accused "extremists" of attacks.',
     "Oromia regional government", None),
    ("The Sidama regional government denied the report.", "Sidama regional government", None),
    # but "In a statement, the home ministry said": the country's, read elsewhere, no body called so
    ("In a statement, the home ministry said five died.", "unnamed (ministry)", None),
    # "so-called" makes no name
    ("The island's so-called coast guard administration claimed that its vessel enforced the law.",
     "unnamed (guard administration)", None),
    # a scientist of a body, by its acronym
    ("The National Building Research Organisation (NBRO) issued warnings. NBRO Senior Scientist Dilhani "
     "Rathnayake stated that residents should evacuate.", "National Building Research Organisation",
     "Dilhani Rathnayake"),
    # a country's possessive before a title is no person
    ("Kenya's Health Minister said 30 civilians died.", "Kenya's Health Minister", "Kenya's Health Minister"),
    # the title inside a registry body's name makes no speaker
    ("The General Staff of the Ukrainian Armed Forces claimed that its forces had hit a fuel depot.",
     "General Staff of the Armed Forces of Ukraine", None),
    # — officers and descriptions —
    # "itself" between a subject and its cue
    ("However, the Bureau of Forensic Sciences itself reported a different figure.", "Bureau of Forensic Sciences",
     None),
    # a body named by lower-case words, with its acronym in brackets
    ("The Malaysian meteorological department (MetMalaysia) said in a statement that a warning remained in force.",
     "Malaysian meteorological department", None),
    # "according to the department's own figures": the department the text named
    ("The Department of Home Affairs holds them. There were 1,034 people in detention, according to the "
     "department's own figures.", "Department of Home Affairs", None),
    # "SP" is a police rank: the officer's name without it; a police spokesman of that rank speaks for the police
    # (the police, when no command was named)
    ("The command's spokesman, SP Emmanuel Ocheja, said five died.", "police", "Emmanuel Ocheja"),
    ("The police spokesman, SP Kabiru Adamu-Lapai, said a team was deployed.", "police", "Kabiru Adamu-Lapai"),
    # "Fr." is a title
    ("Governor of the state, Rev. Fr. Joseph Ahule, condemned the attack.", "Joseph Ahule", "Joseph Ahule"),
    # "the governor" is no person the text gave another office
    ("Police spokesman Kabiru Adamu-Lapai said a team was deployed. The governor said the incident was "
     "painful.", "unnamed (the governor)", None),
    # but the one it gave that title, whoever the mention before was
    ("Governor of the state, Rev. Fr. Joseph Ahule, condemned the attack in a statement by his Chief Press "
     "Secretary, Mr. Tersoo Kaave. The Governor urged calm.", "Joseph Ahule", "Joseph Ahule"),
    # or who had not spoken yet
    ("Police fired in the air. Sindh Home Minister Ali Hassan Jatoi took notice of the incident. In a statement "
     "issued by his office, the minister said no one would be allowed to take the law into their own hands.",
     "Ali Hassan Jatoi", "Ali Hassan Jatoi"),
    # a doctor who directs a hospital is still "the doctor"
    ('The director of the Caracollo hospital, physician Gladys Flores Mamani, told ANF that 14 were hurt. "I cannot '
     'tell you what caused it," the doctor said.', "Gladys Flores Mamani", "Gladys Flores Mamani"),
    # — members of a body and particles in names —
    # a body the registry does not know speaks through its unnamed members named after it
    ("KWS officials said five elephants died.", "KWS", None),
    ("Kenya Wildlife Service officials said five elephants died.", "Kenya Wildlife Service", None),
    ("A Sharjah Police source said three people were treated.", "Sharjah Police", None),
    # members of other trades, and members at a place
    ("A DNR geologist who asked not to be named said the slope had been mapped.", "DNR", None),
    ("An SNA officer at the scene said 14 soldiers were killed.", "SNA", None),
    # (a long acronym alone names no person, who would be the speaker)
    ("A CORPOELEC worker in the area said the substation had been dead for months.", "CORPOELEC", None),
    # (a body the registry knows, named like a person)
    ("Magen David Adom paramedics said they treated a 54-year-old man.", "Magen David Adom", None),
    # but no body before the workers, nor a number
    ("Aid workers said 12 people died.", "unnamed (aid workers)", None),
    ("Two workers said 12 people died.", "unnamed (two workers)", None),
    # (a capitalised "Staff" is part of a name)
    ("The National Civil Defense General Staff declared the recovery phase.", "National Civil Defense General Staff",
     None),
    # "por" inside a Spanish name
    ('"We saw it," said Unión por la Patria deputy Marcela Giribone.', "Marcela Giribone", "Marcela Giribone"),
    # — surnames and owners —
    # a body's spokesman named by his surname alone
    ("The Royal Eswatini Police Service arrested 40. Police Spokesperson Simelane denied the claim.",
     "Royal Eswatini Police Service", "Simelane"),
    # a possessive owner of the paper cited is the body, without its "'s"
    ("According to the Traffic Police's preliminary account, the bus veered into the oncoming lane.",
     "Traffic Police", None),
    ("The Disaster Management Centre (DMC) opened shelters. According to the DMC's situation report, 11,826 "
     "families were affected.", "Disaster Management Centre", None),
    # — a name glued to its role —
    # a name and his capitalised role, the commas between them dropped by the reading: the person
    ("Samuel Adekanmbi, the FRSC Sector Commander in Ondo State, told BusinessDay that 23 bodies were recovered.",
     "Samuel Adekanmbi", "Samuel Adekanmbi"),
    ("Kenrick Tucker, the acting Chief Fire Officer, told The Royal Gazette that four units were destroyed.",
     "Kenrick Tucker", "Kenrick Tucker"),
    # but a role that names a body the registry knows: that body, through him
    ("Rami Abdel Rahman, the head of the Observatory, said five died.", "Syrian Observatory for Human Rights",
     "Rami Abdel Rahman"),
    # — mends after the review of the session's changes —
    # another office ending in the same word is not the one "the president" / "the minister" names
    ("Vice President Kamala Harris toured the area. Residents said the water rose quickly. The president said "
     "federal aid would follow.", "unnamed (the president)", None),
    ("Prime Minister Narendra Modi visited. The minister said aid would follow.", "unnamed (the minister)", None),
    # "the governor's office" before a name gives him no title
    ("Outside the governor's office, trader John Smith said prices had doubled. Babagana Zulum said 20 people died. "
     "The governor said aid was coming.", "Babagana Zulum", "Babagana Zulum"),
    # a one-word name ending in 's keeps it
    ("Prices rose, according to Moody's.", "Moody's", "Moody's"),
    # a titled person reporting what he cites speaks himself
    ("At least 20 people were killed, Governor John Smith reported, citing police.", "John Smith", "John Smith"),
    # a registry body inside a spokesman's body's name is no match of the whole
    ("The chief of Beirut's Civil Defence Unit said 12 people died.", "Beirut's Civil Defence Unit", None),
    # a government's spokesperson is the government's (not a nation's members)
    ("A Scottish Government spokesperson said its resilience room was activated.", "Scottish Government", None),
])
def test_attribution_thirty_sixth_session(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_a_body_named_with_its_spokesmans_role_is_the_body(rules):
    # "A spokesman for <a body the registry does not know> said", read as one name: the body
    found = attributions("A spokesman for the Internal Security Operations Command (ISOC) Region 4 Forward Command "
                         "said security forces had sealed off the area.", rules)[-1]
    assert found.source == "Internal Security Operations Command (ISOC) Region 4 Forward Command"
    assert found.source_type != "person"


@pytest.mark.parametrize("text, source, speaker", [
    # — titles, places and names —
    # a Secretary of State is a cabinet title, not an officer of a body called "State"
    ("Speaking on Radio Mozambique, the Secretary of State in Nampula province, Jaime Ussene Momade, said 19 "
     "people had died.", "Jaime Ussene Momade", "Jaime Ussene Momade"),
    # a title's prefix ("deputy") keeps the name before it, its commas dropped by the reading
    ("Vrezh Andreasyan, deputy governor of Gegharkunik, said 14 houses had been hit.", "Vrezh Andreasyan",
     "Vrezh Andreasyan"),
    # a community's head heads a local government and speaks for himself
    ("Sotk community head Garnik Aslanyan said residents had spent the night in basements.", "Garnik Aslanyan",
     "Garnik Aslanyan"),
    # a place and a title, no name: the title as the text writes it, not the place as a person
    ("The Uror County Commissioner said five died.", "Uror County Commissioner", "Uror County Commissioner"),
    # "according to" a title, then the name set off after it
    ("Nine children were abducted, according to the Uror County Commissioner, Gatluak Riek Puok.",
     "Gatluak Riek Puok", "Gatluak Riek Puok"),
    # (but not a place set off after it)
    ("Five died, according to the governor, Kano State.", "unnamed (governor)", None),
    # an abbreviated rank is no part of an officer's name
    ("Col. Tran Duc Khoa, deputy director of the Hanoi Police Department, said police had detained the owner.",
     "Hanoi Police Department", "Tran Duc Khoa"),
    # (a legislator still speaks for himself)
    ("MK Eliyahu Ravid of the Religious Zionism party wrote on X that the soldiers were abandoned.",
     "Eliyahu Ravid", "Eliyahu Ravid"),
    # — bodies and their acronyms —
    # an acronym the text defines for a body of another kind is not the registry's ("MSF")
    ("The Multi-Stakeholder Forum (MSF), a coalition of civil society and political formations, said it "
     "condemned the killings.", "Multi-Stakeholder Forum", None),
    # a name with "and" in it, whose acronym spells it whole; in Bangladesh, not Syria's Civil Defence
    ("A fire in Dhaka, Bangladesh, killed nine. The Fire Service and Civil Defence (FSCD) said the fire was "
     "doused.", "Fire Service and Civil Defence", None),
    # an acronym's possessive, then a person: the body through him
    ("A fire in Dhaka, Bangladesh, killed nine. The Fire Service and Civil Defence (FSCD) said the fire was "
     "doused. FSCD's Ashraful said they would look into it.", "Fire Service and Civil Defence", "Ashraful"),
    # (not "the CM's House")
    ("The chief minister condemned the attack, according to a statement issued by the CM's House.",
     "CM's House", "CM's House"),
    # an acronym inside a title before "of" and the body's name
    ("Officer-in-Charge (OC) of Rupganj Police Station Mahbubur Rahman said two injured workers died.",
     "Rupganj Police Station", "Mahbubur Rahman"),
    ("Confirming the incident, the Police Public Relations Officer (PPRO) of the Niger State Police Command, DSP "
     "Abubakar Sadiq Lawal, said 11 persons were killed.", "Niger State Police Command", "Abubakar Sadiq Lawal"),
    # a body's branch in a place is no person
    ("The Nigerian Red Cross Society, Niger State branch, said its volunteers were providing first aid.",
     "Nigerian Red Cross Society", None),
    # — a body's own unit or officer —
    ("The Ghana Meteorological Agency (GMet) said its station at the Kotoka International Airport recorded 112 "
     "millimetres of rainfall.", "Ghana Meteorological Agency", None),
    ("Also, the National Emergency Management Agency (NEMA), citing its Minna Operations Office, said relief "
     "materials were being mobilised.", "National Emergency Management Agency", None),
    ("Reuters said its correspondent saw 12 bodies.", "Reuters", None),
    # — descriptions —
    # "the party": the body that spoke under the acronym the text spelled out (not barred by "a party worker")
    ("At least 14 people, including an office-bearer of the Balochistan National Party-Mengal (BNP-M), were "
     "killed. Abdul Ghaffar, a party worker who suffered wounds, said he was standing 20 metres away. BNP-M central "
     "information secretary Ghulam Nabi Sasoli condemned the attack. The party announced three days of mourning.",
     "Balochistan National Party-Mengal", None),
    # "the agency": the body that spoke whose name holds the word, whatever its type
    ("The Mine Action Agency of the Republic of Azerbaijan (ANAMA) was set up in 1998. According to ANAMA, 401 "
     "people have been hurt. The agency said 160,000 hectares were cleared.",
     "Mine Action Agency of the Republic of Azerbaijan", None),
    # (not "the army" for Jaish al-Islam, the "Army of Islam")
    ("Jaish al-Islam said it shelled the base. The army had warned of a strong response.", "unnamed (the army)",
     None),
    # "the Navy" the text named, though it had not spoken
    ("The Sri Lanka Navy on Sunday night seized three Indian trawlers. The Navy said the arrests were made during a "
     "special operation.", "Sri Lanka Navy", None),
    # a body's press unit named before the body, then the unit alone
    ("Twenty-three people were taken to hospital, the press service of the Ministry of Emergency Situations "
     "reported.", "Ministry of Emergency Situations", None),
    ("Twenty-three people were taken to hospital, the press service of the Ministry of Emergency Situations "
     "reported. The leak was eliminated by 10:15, the press service said.", "Ministry of Emergency Situations", None),
])
def test_attribution_thirty_seventh_session(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # "Eng." is an engineer's title, not the end of a sentence
    ("Eng. Mariam Khalfan Al Suwaidi, an official at the Ministry of Energy and Infrastructure, told WAM that "
     "pumping teams had been deployed.", "Ministry of Energy and Infrastructure"),
    # "disclosed" reports
    ("The Kenya Red Cross further disclosed that 14 schools had been marooned.", "Kenya Red Cross"),
    # a reason cited is no source; nor is a plant cited for violations
    ("Police routinely ban anti-government demonstrations, citing security concerns.", None),
    ("The court postponed the hearing, citing health reasons.", None),
    ("OSHA cited the Sabine Gulf plant for seven serious violations in 2022.", None),
    # (a source cited still is)
    ("Five died, Reuters reported, citing security sources.", "unnamed (security sources)"),
    # a province that recorded something is where it happened, no source
    ("Nampula province has recorded cholera outbreaks in several recent rainy seasons.", None),
    # "gardaí" in lower case is the Irish police
    ("A man was attacked in Dublin. The scene has been preserved, gardaí said.", "An Garda Síochána"),
    # "said one of them, <name>": the one named
    ('"The motor section has the distinctive ring pattern," said one of them, Petra Halvorsen, a munitions '
     'analyst.', "Petra Halvorsen"),
    # a role after an inverted cue, owned by a body's name with its possessive: the body, without the "'s"
    ('"There are skid marks of about 40 meters," said Germán Alfaro, the Traffic Police\'s regional head.',
     "Traffic Police"),
    # "the TV channel" is the channel named before
    ("The army killed 70 fighters near the border the Lebanese Al-Manar TV channel reported Friday. Syrian forces "
     "regained the territory after two days of fighting the TV channel reported.", "Al-Manar"),
])
def test_attribution_thirty_seventh_session_cues_and_reasons(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


def test_an_engineers_title_ends_no_sentence(rules):
    text = "Eng. Mariam Khalfan Al Suwaidi told WAM that pumping teams had been deployed."
    assert len(split_sentences(text, abbreviations=rules.abbreviations)) == 1


@pytest.mark.parametrize("text, source", [
    # "According" opens the sentence: it is no body whose officer the name after it is
    ("According to the health director, Gerald Ratt, the nursing station has responded to at least 23 overdoses.",
     "Gerald Ratt"),
    # advocates are unnamed people, as activists are
    ("Families and rights advocates say the line between accountability and detention remains blurred.",
     "unnamed (families and rights advocates)"),
    ("Advocates say dozens were involved.", "unnamed (advocates)"),
    # (a body whose capitalised name ends in such a word is named, and no person)
    ("Texas Prisons Community Advocates, a group that tracks conditions inside state lockups, said inmates had "
     "reported temperatures of 105 degrees.", "Texas Prisons Community Advocates"),
    ("Texas Prisons Community Activists said 3 died.", "Texas Prisons Community Activists"),
    # a place's dateline with its country after a comma is no part of the subject
    ("YAOUNDE, CAMEROON — Officials in Cameroon's Far North region say suspected Boko Haram militants killed at "
     "least 14 people.", "unnamed (officials)"),
    # "the Navy" with none named: the story's country's, as "the army" is
    ("Floods hit Sri Lanka on Monday. The Navy said it had deployed 28 boat teams.", "Sri Lanka's navy"),
    # (and its spokesman after it spoke is that navy's)
    ("Floods hit Sri Lanka on Monday. The Navy said it had deployed 28 boat teams. A Navy spokesman said more "
     "teams were on standby.", "Sri Lanka's navy"),
    # "the state/provincial/federal government" with none named: the place of that level the story named
    # last, else the country's federal government, else that level's government; a body, not unnamed
    ("Gunmen killed 20 people in Plateau State on Sunday. The state government, in a statement by the Commissioner "
     "for Information, Mr. Dakum Pwajok, described the attack as barbaric.", "Plateau State government"),
    ("Police raided a favela in Rio de Janeiro state. The state government says the objective was to serve 38 "
     "arrest warrants.", "Rio de Janeiro state government"),
    ("Floods swept through Pakistan's Khyber Pakhtunkhwa province. The provincial government announced "
     "compensation.", "Khyber Pakhtunkhwa provincial government"),
    ("Homicides rose in Guanajuato, Mexico. The federal government has repeatedly claimed that homicides are "
     "falling.", "Mexico's federal government"),
    ("Gangs fought in Rosario. The provincial government blamed gangs linked to drug trafficking.",
     "provincial government"),
    # (not a state named by its people's word, nor the Islamic State)
    ("Islamic State fighters attacked the town. The state government condemned the attack.", "state government"),
])
def test_attribution_thirty_ninth_session(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


def test_a_place_dateline_with_its_country_still_names_the_country(rules):
    # "MANILA, Philippines —" is cut from the subject, but the story's country is still the Philippines:
    # "the Ministry of Health" is the Bangsamoro one the text names, not a registry ministry of another country
    text = ("MANILA, Philippines — At least eight people were killed after a ferry caught fire off Basilan, the "
            "Philippine Coast Guard said. Survivors were brought to hospitals, according to the Bangsamoro Ministry "
            "of Health.")
    found = attributions(text, rules)
    assert found[0].source_type != "anonymous"
    assert "Bangsamoro" in found[-1].source


@pytest.mark.parametrize("text, source, via", [
    # a claim a monitor found and relays: the claimant, through the monitor
    ("The Group for the Support of Islam and Muslims (JNIM) claimed the attack on its propaganda channel, "
     "according to the SITE Intelligence Group, which monitors jihadist communications.",
     "Jama'at Nusrat al-Islam wal-Muslimin", ["SITE Intelligence Group"]),
    # (a monitor's own count after another's words is still the monitor's)
    ("Fighting killed 40 people, according to the Syrian Observatory for Human Rights.",
     "Syrian Observatory for Human Rights", []),
    # a medium the state runs relays what the government said
    ("Myanmar's military government said on Wednesday that security forces had repelled attacks around Muse, "
     "according to the state-run Global New Light of Myanmar.", "Myanmar's military government",
     ["Global New Light of Myanmar"]),
    # the ministry the sentence names, through its spokesman, not the ministry that spoke before
    ("Gaza's health ministry said 30 people were killed. Egypt's foreign ministry said separately that Cairo had "
     "conveyed a firm message to the Israeli side, according to ministry spokesman Ashraf Nassar.",
     "Egypt's foreign ministry", []),
    # (a spokesman of another kind of body speaks for that body: "according to army spokesman …")
    ("Egypt's foreign ministry said the talks would resume, according to army spokesman Gharib Abdel Hafez.",
     "Egypt's army", []),
])
def test_attribution_thirty_ninth_session_relays(rules, text, source, via):
    found = attributions(text, rules)[-1]
    assert (found.source, list(found.via)) == (source, via)


@pytest.mark.parametrize("text, source, speaker", [
    # a body named in Spanish is no person ("Foro Penal"), and "the NGO's coordinator" is its officer
    ("Foro Penal said 40 people were detained. The NGO's regional coordinator, Yusmary Colmenárez, told Caracas "
     "Chronicles that at least nine of the detainees are minors.", "Foro Penal", "Yusmary Colmenárez"),
    ("Foro Penal said 40 people were detained. The NGO said at least nine of the detainees are minors.",
     "Foro Penal", None),
    # the NGO the text introduced by that word, not a medium that spoke since
    ("The official news agency MAP reported that 41 people were rescued. Survivors were treated, MAP added. The "
     "Spanish NGO Caminando Fronteras, however, gave a higher estimate. \"We alerted the authorities,\" the NGO's "
     "coordinator, Aissatou Bellanger-Ndiaye, said in a statement.", "Caminando Fronteras", "Aissatou Bellanger-Ndiaye"),
])
def test_attribution_thirty_ninth_session_ngos(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # "cited X for" the figures names X; only a penalty ("for seven violations") names no source
    ("The newspaper cited Reuters for the figures.", "Reuters"),
    ("OSHA cited the Sabine Gulf plant for seven serious violations in 2022.", None),
    # a national body's statement after an opening word the comma closes, or after an article
    ("In Nigeria, the army has been fighting Boko Haram for years. Later, an army statement said 14 militants "
     "were killed.", "Nigeria's army"),
    ("In Nigeria, the army has been fighting Boko Haram for years. On Monday an army statement said 14 militants "
     "were killed.", "Nigeria's army"),
    # "their" lawyer is not the relaying agency's own officer
    ("AFP, citing their lawyer, said the two journalists had been released.", "unnamed (their lawyer)"),
])
def test_attribution_thirty_ninth_session_review_mends(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


@pytest.mark.parametrize("text", ["NSW's Chris Minns said the border would stay closed.",
                                  "NYC's Eric Adams said the subway would run."])
def test_a_places_abbreviation_before_a_name_is_no_body(rules, text):
    # a place's abbreviation before a person's name names no organisation "NSW" (a body's acronym the
    # story defined in brackets does: "The Fire Service and Civil Defence (FSCD) … FSCD's Ashraful said")
    found = attributions(text, rules)[-1]
    assert found.source_type == "person" and found.speaker is not None and found.speaker in found.source


def test_a_bodys_acronym_defined_in_brackets_owns_its_officer(rules):
    text = ("The Fire Service and Civil Defence (FSCD) of Bangladesh sent 12 units. FSCD's Ashraful said three "
            "people died.")
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == ("Fire Service and Civil Defence", "Ashraful")


@pytest.mark.parametrize("text, source", [
    # "put"/"placed" a measure at a number is an estimate its subject gives, as "put the toll at" is
    ("The Department of Agriculture placed initial damage to crops at P1.2 billion.", "Department of Agriculture"),
    ("South Yorkshire Police said the crowd grew. Police put it at about 300 at its height.",
     "South Yorkshire Police"),
    # (not a place, a risk or an agent's figures)
    ("The storm put the city at risk.", None),
    ("Police placed roadblocks at 12 junctions.", None),
    ("Figures released by the Ministry of Foreign Affairs put the total number of victims at nearly 390.",
     "Ministry of Foreign Affairs"),
])
def test_attribution_thirty_ninth_session_measures(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


@pytest.mark.parametrize("text, source", [
    # "he said" after a sentence that opened with a person's role and name set off by commas, and no
    # one speaking since: that person (through the quotation that runs back from it)
    ("Inmates set mattresses on fire. Santa Fe's Security Minister, Esteban Larrañaga, spoke at a press conference "
     "in Rosario on Monday morning. \"This was not a spontaneous protest. It was an organized attempt by criminal "
     "gangs,\" he said.", "Esteban Larrañaga"),
    ("A spare parts dealer, Chinedu Okafor, who said he narrowly escaped, described the blast as \"like a bomb\". "
     "\"I was attending to a customer when we heard a loud sound. I saw two boys on fire,\" he said.",
     "Chinedu Okafor"),
    # (his rank is no part of his name)
    ("The Interior Minister, General Hamidou Saley Tahirou, went further. Speaking to chiefs on Monday, he warned "
     "that anyone who spreads false information will answer for it.", "Hamidou Saley Tahirou"),
    # (an officer so introduced is his body's, read as before)
    ("The police spokesman, John Okeke, visited the scene. \"It was an organized attack,\" he said.", "police"),
])
def test_attribution_thirty_ninth_session_introduced(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source


def test_the_governor_is_not_a_survivor_a_pronoun_found(rules):
    # "the state governor" after a survivor "she said" named: not the survivor, who holds no office
    text = ("One of them, Hajiya Fatima Mohammed, 34, who said she lost two of her children, could barely speak. "
            "\"Till now I have not seen my two boys,\" she said amid sobs. Reacting, the state governor described the "
            "incident as painful in a statement.")
    found = attributions(text, rules)
    assert found[1].source == "Hajiya Fatima Mohammed"
    assert found[-1].source != "Hajiya Fatima Mohammed"


def test_the_police_boss_is_the_force_that_spoke(rules):
    # "the police boss" refers back to the force's commander, as "the police chief" does
    text = ("Ruiru Sub-County Police Commander Tom Kiprop confirmed the crash. The police boss said 11 other "
            "passengers sustained serious injuries.")
    assert attributions(text, rules)[-1].source == "Ruiru Sub-County Police"


def test_a_body_introduced_by_its_kind_owns_its_press_office(rules):
    # "The NGO's press office" after "The Spanish NGO Caminando Fronteras": that body (it crashed once)
    text = ("The Spanish NGO Caminando Fronteras counted 10,000 deaths at sea last year. The NGO's press office "
            "said the figure was a record.")
    found = attributions(text, rules)[-1]
    assert (found.source, found.source_type) == ("Caminando Fronteras", "NGO")


@pytest.mark.parametrize("text, source", [
    # a name that only holds the level's word is no place of that level
    ("Flooding hit Ohio State's campus. The state government said 40 houses were destroyed.", "state government"),
    # (a state's university or hospital is in that state)
    ("Students at Washington State University were evacuated. The state government said 40 houses were destroyed.",
     "Washington State government"),
    ("Victims were taken to the Yobe State University Teaching Hospital in Damaturu. The state government said 30 "
     "people were injured.", "Yobe State government"),
    # (a lower-case "state" before officials or security is still the place's)
    ("Kerala state officials said the toll rose to 150. The state government announced two days of mourning.",
     "Kerala state government"),
    ("Guerrero state security spokesman Roberto Alvarez said 11 bodies were found. The state government said the "
     "victims were tourists.", "Guerrero state government"),
    # (a place after the mention is the scene, unless another place is meant)
    ("The state government said bandits killed 12 villagers in Zamfara State on Sunday.", "Zamfara State government"),
    ("Tourists left the Empire State Building. The state government said the site was safe.", "state government"),
    ("Fighting spread across the Sahel region. The regional government said 40 people died.", "regional government"),
    # ("state" as an adjective; a name begun before the word: ISWAP)
    ("The Kenyan state broadcaster KBC showed the damage. The state government said 40 houses were destroyed.",
     "state government"),
    ("ISWAP, the Islamic State West Africa Province, attacked the town. The provincial government said 40 people died.",
     "provincial government"),
    # only the places named before the mention
    ("Gunmen attacked Gwoza in Borno State. The state government said it would ask neighbouring Bauchi State for help.",
     "Borno State government"),
    ("The state government said it would ask neighbouring Bauchi State for help.", "state government"),
    # (guards: a place of that level, however written)
    ("Floods hit Rio de Janeiro state. The state government said 40 houses were destroyed.",
     "Rio de Janeiro state government"),
    ("Floods hit New York State. The state government said 40 houses were destroyed.", "New York State government"),
])
def test_a_level_of_government_is_a_place_of_that_level_named_before(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # put or placed at a clock time, or by a force of nature: no measure, no speaker
    ("Firefighters put it out at 3 a.m.", None),
    ("Police placed it at the scene at 10:15.", None),
    ("Inflation put it at 8 percent.", None),
    ("Hurricane Ian placed damages at 50 billion dollars.", None),
    # (guards: a measure put at a number)
    ("Police put it at about 300.", "police"),
    ("Police put the crowd at 5,000 at 3 p.m.", "police"),
])
def test_a_measure_put_at_a_number_is_no_clock_time(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


@pytest.mark.parametrize("text, source", [
    # cited for what is no information: a penalty or a praise, no source
    ("Police cited the driver for speeding.", None),
    ("The judge cited him for contempt.", None),
    ("The mayor cited the firefighters for their bravery.", None),
    # (guard: cited for the figures)
    ("The newspaper cited local officials for the death toll.", "unnamed (local officials)"),
])
def test_cited_for_what_is_no_information_names_no_source(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


def test_a_monitor_does_not_relay_a_claim_across_but(rules):
    text = ("Turkey claims its strikes hit only militants, but 15 civilians have died according to the Syrian "
            "Observatory for Human Rights.")
    found = attributions(text, rules)[-1]
    assert (found.source, found.via) == ("Syrian Observatory for Human Rights", ())


@pytest.mark.parametrize("text, source", [
    ("The army said five people died, according to the state-run Aleppo University Hospital.",
     "Aleppo University Hospital"),
    # (guard: a state-run medium relays)
    ("The army said five people died, according to the state-run Global New Light of Myanmar.", "Myanmar's army"),
])
def test_a_state_run_hospital_is_no_medium(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source
    assert found.via == (("Global New Light of Myanmar",) if source == "Myanmar's army" else ())


@pytest.mark.parametrize("text, wrong", [
    # "he said" after a sentence that opened with a victim, a suspect or a kin's role: not that person
    ('The victim, John Okafor, was shot twice. "I could not breathe," he said.', "John Okafor"),
    ('The suspect, Musa Bello, was arrested on Monday. "I did nothing," he said.', "Musa Bello"),
    ('The family of the victim, Ahmed Ali Hassan, gathered outside. "We want justice," he said.', "Ahmed Ali Hassan"),
])
def test_a_pronoun_is_not_an_introduced_victim_or_suspect(rules, text, wrong):
    found = attributions(text, rules)[-1]
    assert found.source != wrong


@pytest.mark.parametrize("text, source", [
    # "it was learnt/gathered that" (Nigerian papers): an unnamed source, as "reportedly" is
    ("It was learnt that the herders later returned in large numbers.", "unnamed"),
    ("It is learnt that none of the passengers were wearing life jackets.", "unnamed"),
    ("It was gathered that a cylinder being refilled from a mini-tanker exploded.", "unnamed"),
    # "warn" and "suggest" as reporting verbs; politicians as unnamed people
    ("Authorities warn flash flooding is the major threat.", "unnamed (authorities)"),
    ("Some analysts suggested the incident could be an attempt to apply pressure.", "unnamed (some analysts)"),
    ("Opposition politicians blamed the government for lax oversight.", "unnamed (opposition politicians)"),
    # a thing that tells without speaking is no speaker; a record is read as "according to"
    ("Evidence strongly suggests government forces were responsible.", None),
    ("Figures previously cited in the National Assembly suggest that more than 30 people were killed.", None),
    ("Data indicated that 30 people were killed.", "unnamed (data)"),
    # (guards: "UN estimates suggest" is the UN estimating; a narrator in a video speaks)
    ("Around 10 million have been displaced across the country UN estimates suggest.", "United Nations"),
    ("The narrator in the video said they were all members of a single family.", "unnamed (the narrator in the video)"),
])
def test_attribution_fortieth_session_cues(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


def test_it_was_learnt_attributes_without_hedging():
    from verify.pipeline import audit_document
    from verify.records import Document
    audited = audit_document(Document(id="x", origin="x", text="It was learnt that the herders later returned."))
    sentence = audited.sentences[0]
    assert sentence.attribution.source_type == "anonymous"
    assert sentence.hedge.level == "none"


@pytest.mark.parametrize("text, source", [
    # a level's government's spokesman speaks for that government: of the place of that level named before
    ("Gunmen attacked Gwoza in Borno State. State government spokesman Ahmed Musa said 20 people died.",
     "Borno State government"),
    ("Provincial government spokesperson Faraz Ahmed Durrani said in a statement that more troops were sent.",
     "provincial government"),
])
def test_a_level_of_government_speaks_through_its_spokesman(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source, found.source_type) == (source, "government")


def test_the_us_department_of_state_is_the_us_government(rules):
    assert rules.registry.find("US Department of State").id == "us-government"



@pytest.mark.parametrize("text, source, via", [
    # (guards from a review of the fortieth session's first change: an outlet relays across "while" and
    # "but" inside what was said; a state broadcaster named "… Corporation" or "… Group" is a medium)
    ("Police said the victims were shot while they slept, according to the Daily Trust.", "police", ("Daily Trust",)),
    ("Police said the gunmen fled but were later arrested near Jos, according to Premium Times.", "police",
     ("Premium Times",)),
    ("Police said 12 people died in the crash, according to the state-run Ghana Broadcasting Corporation.", "police",
     ("Ghana Broadcasting Corporation",)),
    ("Police said 12 people died in the landslide, according to the state-run China Media Group.", "police",
     ("China Media Group",)),
    # (cited for a figure: a source)
    ("The broadcaster cited police for the death count of 23.", "police", ("broadcaster",)),
    ("The agency cited police for the names of the five victims.", "police", ("agency",)),
    # (a measure put by a subject that only holds a force of nature's word)
    ("Fire officials put the damage at about $2 million.", "unnamed (fire officials)", ()),
    ("Insurers covering the storm put losses at $5 billion.", "unnamed (insurers)", ()),
])
def test_attribution_fortieth_session_review_guards(rules, text, source, via):
    found = attributions(text, rules)[-1]
    assert (found.source, found.via) == (source, via)


@pytest.mark.parametrize("text, source", [
    # kin and others whose role only mentions a victim or the dead speak (the role's head decides)
    ('The brother of the victim, Musa Bello, waited outside the mortuary. "They shot him," he said.', "Musa Bello"),
    ('The dead man\'s cousin, Ibrahim Musa, arrived at the hospital. "He was unarmed," he said.', "Ibrahim Musa"),
    ('A family friend, Musa Bello, was at the house when the gunmen came. "They took everything," he said.',
     "Musa Bello"),
    ('The student body president, Jane Doe, led the vigil. "We are heartbroken," she said.', "Jane Doe"),
])
def test_a_pronoun_is_a_kin_introduced_before(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # "the charity said", "the NGO said": the body the text introduced by that word, though it has not spoken
    ("The Catholic charity Aid to the Church in Need (ACN) quoted villagers saying one woman was killed. The "
     "churches have been torched the charity said.", "Aid to the Church in Need"),
    ("The charity Save the Children counted 300 dead. The charity said 40 were children.", "Save the Children"),
    ("The NGO Caminando Fronteras in Spain counted 10,000 deaths. The NGO said the figure was a record.",
     "Caminando Fronteras"),
    # (none introduced: unnamed)
    ("The charity said 40 were children.", "unnamed (the charity)"),
])
def test_the_charity_is_the_body_introduced_by_that_word(rules, text, source):
    assert attributions(text, rules)[-1].source == source



@pytest.mark.parametrize("text, source, via", [
    # (guards from a review of the fortieth session's later changes)
    # a clause of contrast with its own subject stops a relay; for a monitor's relay of a claim, any "but"
    ("The army said it had killed 40 militants, but at least 15 civilians also died, according to Al Jazeera.",
     "Al Jazeera", ()),
    ("Turkey claims its strikes hit only militants but 15 civilians have died according to the Syrian Observatory "
     "for Human Rights.", "Syrian Observatory for Human Rights", ()),
    # a state-run authority or transport corporation is no medium
    ("Two cranes collapsed at the terminal, officials said, according to the state-run Kenya Ports Authority.",
     "Kenya Ports Authority", ()),
    # what is compared with a record is no record's speaking
    ("The damage is worse than early reports suggested, the governor told reporters.", "unnamed (the governor)", ()),
])
def test_attribution_fortieth_session_second_review_guards(rules, text, source, via):
    found = attributions(text, rules)[-1]
    assert (found.source, found.via) == (source, via)


@pytest.mark.parametrize("text, source", [
    # cited for a charge: no source
    ("Human Rights Watch cited the army for abuses against civilians in Tigray.", None),
    ("The UN report cited police for brutality during the protests.", None),
    # polls and surveys suggest without speaking
    ("Polls suggest the party will win.", None),
    ("Surveys suggest most residents want to leave.", None),
    # "it was gathered" of a thing collected is no formula of the press
    ("The samples were sent to a laboratory after it was gathered by investigators at the scene.", None),
    ("It was further learnt that the gunmen had escaped.", "unnamed"),
    # a country's "state oil company" is no place of that level; "neighbouring Ogun State" is another state
    ("Gunmen attacked Port Harcourt in Rivers State. Nigeria's state oil company said a pipeline was hit. The state "
     "government said 12 died.", "Rivers State government"),
    ("Flooding hit Lagos State. Residents fled to neighbouring Ogun State. State government spokesman Gbenga "
     "Omotoso said 12 died.", "Lagos State government"),
])
def test_attribution_fortieth_session_second_review_sources(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


def test_a_pronoun_is_not_the_dead_introduced_before(rules):
    text = 'The deceased man, John Okafor, was found on Monday. "He was unarmed," he said.'
    assert attributions(text, rules)[-1].source != "John Okafor"


@pytest.mark.parametrize("text, source", [
    # (guards from a third review of this session's changes)
    # a "but" that goes on with the same speaker keeps the relay
    ("The ministry confirmed 12 deaths, but said the toll could rise, according to Reuters.",
     "unnamed (the ministry)"),
    # "the charity said": the charity the text introduced by that word, not a registry body named since;
    # no name after "NGO" or "Charity" that is no body's
    ('The charity Kindred Hearts runs two clinics in Taiz, where UNICEF and Oxfam also work. "We are '
     'overwhelmed," the charity said.', "Kindred Hearts"),
    ("Parliament passed the NGO Act of 2019 last year. The NGO said it would challenge the law.", "unnamed (the ngo)"),
    ("Nurse Charity Mwangi treated the wounded. The charity said it needed more funds.", "unnamed (the charity)"),
    ("The charity Utopia 56 counted 40 people on the beach. The charity said two were children.", "Utopia 56"),
    ("The NGO Caminando Fronteras and Salvamento Maritimo counted 40 dead. The NGO said it was a record.",
     "Caminando Fronteras"),
    # a state residents are urged in is still named; a region's possessive is that place
    ("Governor Babagana Zulum urged Borno State residents to remain calm. The state government said 20 died.",
     "Borno State government"),
    ("Gunmen attacked Gusau, Zamfara's state capital, on Sunday. The state government said 20 died.",
     "Zamfara state government"),
    # the kidnapped, released, speak
    ('The kidnapped priest, Father John Okafor, was released on Sunday. "They fed us once a day," he said.',
     "Father John Okafor"),
    # cited for failing to report: a charge; for the identities of victims: a source
    ("State inspectors cited the hospital for failing to report deaths of patients.", None),
    ("AFP cited a police spokesman for the identities of the victims.", "police"),
    # "More than a dozen witnesses indicated" is no comparison
    ("More than a dozen witnesses indicated that soldiers fired first.", "unnamed (witnesses)"),
])
def test_attribution_fortieth_session_third_review(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


@pytest.mark.parametrize("text, source", [
    # (guards from a fourth review of this session's changes)
    ("The wounded were treated by volunteers, said nurse Charity Mwangi. The charity said it needed more funds.",
     "unnamed (the charity)"),
    ("Gunmen attacked Gusau, Governor Dauda Lawal's state capital. The state government said 20 died.",
     "state government"),
    ("The number of dead was less than initial reports indicated, a police spokesman said.", "police"),
    ("The army said it killed 40 militants, but it was unclear how many civilians died, according to Reuters.",
     "Reuters"),
    ("The ministry confirmed 12 deaths, although it did not say where, according to Reuters.",
     "unnamed (the ministry)"),
    ("The NGO Caminando Fronteras began counting 10 years ago. The NGO said the figure was a record.",
     "Caminando Fronteras"),
    ("The governor cited the officers for their devotion to the cause of peace.", None),
    ("Officials said they would ask Bauchi State for help. The state government said 20 died.", "state government"),
])
def test_attribution_fortieth_session_fourth_review(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


@pytest.mark.parametrize("text, source", [
    # (a fifth review of the fortieth session's changes)
    # after ", but" a pronoun with any verb goes on with the speaker; a dummy "it was unclear" is a contrast
    ("Police confirmed the arrests, but they are yet to identify the suspects, according to Premium Times.", "police"),
    ("Police confirmed the arrests, but they have not identified the suspects, according to Premium Times.", "police"),
    ("Police confirmed the arrests, but they were unable to identify the suspects, according to Premium Times.",
     "police"),
    ("Police confirmed the arrests, but he didn't identify the suspects, according to Premium Times.", "police"),
    ("Police confirmed the attack, but they only said nobody died, according to Premium Times.", "police"),
    ("Police confirmed the attack, but it hasn't released names, according to Premium Times.", "police"),
    ("Police confirmed the attack, but it was unclear how many died, according to Premium Times.", "Premium Times"),
    # the story's own state urged or asked to act; another asked for help is no place of the story
    ("Amnesty International urged Borno State government to investigate the killings. The state government said "
     "it would set up a panel.", "Borno State government"),
    ("Amnesty International urged the Borno State Government to investigate the killings. The state government "
     "said it would set up a panel.", "Borno State government"),
    ("Rights groups urged Benue State authorities to act. The state government said 40 people died.",
     "Benue State government"),
    ("Gunmen killed 12 in Plateau State. Officials would ask Bauchi State for help. The state government said 40 "
     "people died.", "Plateau State government"),
    # a state of several words owns its capital; a person who spoke does not
    ("Gunmen attacked Uyo, Akwa Ibom's state capital, on Monday. The state government said 20 people died.",
     "Akwa Ibom state government"),
    ("Gunmen attacked Lucknow, Uttar Pradesh's state capital, on Monday. The state government said 20 people died.",
     "Uttar Pradesh state government"),
    ('Dauda Lawal said: "We will act." Gunmen attacked Gusau, Dauda Lawal\'s state capital. The state government '
     'said 20 died.', "state government"),
    # a law, a regulator or an event after "NGO"/"charity" is no body
    ("Kenya tightened the NGO Coordination Act last year. The NGO said it would appeal.", "unnamed (the ngo)"),
    ("Parliament passed the NGO Regulatory Commission Bill on Tuesday. The NGO said it would appeal.",
     "unnamed (the ngo)"),
    ("The charity Mind Week campaign raised money. The charity said 30 people joined.", "unnamed (the charity)"),
    # "Charity X said" opening a sentence introduces the charity
    ("Charity Utopia 56 said 30 migrants were rescued off Calais. The charity said boats were still missing.",
     "Utopia 56"),
    ('"The Charity Utopia 56 said 30 were rescued," the paper said. The charity said boats were missing.',
     "Utopia 56"),
    ("Nurse Charity Mwangi said 30 patients died. The charity said it needed funds.", "unnamed (the charity)"),
    # the other side of a comparison after "higher/worse than" is no speaker; a count after "more than" is
    ("The toll was higher than 12 witnesses indicated, the governor said.", "unnamed (the governor)"),
    ("The damage was worse than a few residents indicated, the governor said.", "unnamed (the governor)"),
    ("The death toll is far higher than a hospital spokesman indicated earlier, residents said.",
     "unnamed (residents)"),
    ("More than two-thirds of residents indicated they would flee.", "unnamed (residents)"),
    ("Rather than police, hospital officials indicated that 30 people died.", "unnamed (hospital officials)"),
    # cited for the cause of an event: a source
    ("Local media cited police for the cause of the crash, which killed 12 people.", "police"),
])
def test_attribution_fortieth_session_fifth_review(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


@pytest.mark.parametrize("text, source", [
    # a relative named by one name is that person, and "she" after her
    ('According to his daughter Volha, the family was informed by phone. "He was killed slowly," she told '
     'Charter97.org.', "Volha"),
    ("The family was informed by phone, said his daughter Volha.", "Volha"),
    ("His son Mohammed said the family was informed by phone.", "Mohammed"),
    # a body's name of three capitalised words before its lower-case kind
    ("The Kibera Youth Network ambulance service said its medics treated a 54-year-old man.",
     "Kibera Youth Network ambulance service"),
    ("The Magen David Adom ambulance service said its medics treated a 54-year-old man.", "Magen David Adom"),
    # a body and its acronym, then an officer's role and name read as one: the body through him
    ("National Disaster Response Force (NDRF) Assistant Commandant Vikas Chaudhary said the rescue was hampered. "
     '"The truck is upside down," he said.', "National Disaster Response Force"),
    ("Bangladesh Garment Manufacturers and Exporters Association (BGMEA) Vice-President Abdur Rahim Sarkar said "
     "the association had asked the owner to pay.", "Bangladesh Garment Manufacturers and Exporters Association"),
    # a police officer's role and its acronym: the police
    ("District Police Officer (DPO) Lakki Marwat Tariq Mehmood Khattak told reporters that the bomber drove a "
     "pickup truck.", "police"),
])
def test_attribution_forty_first_session_readings(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


def test_he_after_an_officer_read_with_his_role_is_that_officer(rules):
    # (the role and name are still read as one name; "he" goes with it, not to nobody)
    first, second = attributions('Johor MMEA director First Admiral Mohd Azlan Rahmat said the agency received a '
                                 'distress call. "The boat was carrying 37 people," he said.', rules)
    assert second.source_type != "anonymous" and second.source == first.source


def test_an_acronym_without_a_role_before_a_name_is_left_alone(rules):
    # (no officer's role between the acronym and the name: not read as an officer of the body)
    found = attributions("Kurdistan Democratic Party (KDP) Mustafa Barzani said 3 died.", rules)[-1]
    assert found.rule == "attr.subject-cue"


@pytest.mark.parametrize("text, source", [
    # a member of a named body, then a clause about him, before the cue
    ("Contacted by AFP, an official of the Ministry of Justice and Public Security who requested anonymity said "
     "that an investigation had been opened.", "Ministry of Justice and Public Security"),
    ("A doctor there, who asked not to be named because he was not authorised to speak to the media, told "
     "reporters the man had suffered a wound.", "unnamed (a doctor)"),
    # the audience a speaker addressed opens the sentence; the speaker after it
    ('Speaking to the pro-government Imedi TV, Georgian Dream executive secretary Davit Lomidze called the '
     'protests "organised violence" and said the police had acted with restraint.', "Georgian Dream"),
    # a quake's magnitude put at a number: the agency's measure
    ("The Alaska Earthquake Center initially put the magnitude at 7.6 before revising it downward.",
     "Alaska Earthquake Center"),
    ("The United States Geological Survey put the magnitude slightly lower, at 5.6.",
     "United States Geological Survey"),
    ("Hurricane Ian put the magnitude at 5.", None),
])
def test_attribution_forty_first_session_second_readings(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


@pytest.mark.parametrize("text, source", [
    # a statement issued or signed by its author: the author
    ("A statement issued by the army on Sunday said 12 people died.", "unnamed (the army)"),
    ("The Ministry of Fisheries extended the fishing ban. A statement signed by the Public Relations Officer of the "
     "Ministry, Mr Kwabena Asante-Darko, and copied to the Daily Graphic in Accra yesterday, said the ban would run "
     "to May.", "Ministry of Fisheries"),
    # an officer's name and then where he spoke, set off by commas: his body, through him
    ("The Kogi State Police Command said 9 were taken. The command's spokesman, SP Emmanuel Ocheja, in a "
     "statement on Sunday, said tactical teams had rescued three.", "Kogi State Police Command"),
    ("The Kogi State Police Command said 9 were taken. The command's Police Public Relations Officer, SP Emmanuel "
     "Ocheja, in a statement issued in Lokoja on Sunday evening, said three were rescued.",
     "Kogi State Police Command"),
    # the police's public relations officer speaks for the police
    ("Police Public Relations Officer SP Emmanuel Ocheja said three were rescued.", "police"),
    ("The state Police Public Relations Officer, SP Emmanuel Ocheja, said three were rescued.", "police"),
])
def test_attribution_forty_first_session_third_readings(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


def test_the_statement_after_a_signed_statement_is_its_author(rules):
    found = attributions("The Ministry of Fisheries extended the fishing ban. A statement signed by the Public "
                         "Relations Officer of the Ministry, Mr Kwabena Asante-Darko, and copied to the Daily Graphic "
                         'in Accra yesterday, said the ban would run to May. "The public is advised to respect the '
                         'ban," the statement said.', rules)
    assert [a.source for a in found[1:]] == ["Ministry of Fisheries", "Ministry of Fisheries"]


@pytest.mark.parametrize("text, source", [
    # (a review of this session's changes)
    # after ", but" a pronoun goes on with the speaker only for the speaker's own acts; what the speaker
    # spoke of, and a dummy "it later emerged", are the outlet's contradiction
    ("The army said it killed 20 Boko Haram fighters, but they were farmers returning from their fields, according "
     "to Premium Times.", "Premium Times"),
    ("The army said it had killed the commander, but he appeared in a video on Sunday, according to Al Jazeera.",
     "Al Jazeera"),
    ("The regime said the convoy carried weapons, but it only carried food, according to Reuters.", "Reuters"),
    ("Police said the detainee died of natural causes, but it later emerged that he had been beaten, according to "
     "Premium Times.", "Premium Times"),
    ("Police said the suspects had confessed, but they have since recanted, according to Al Jazeera.", "Al Jazeera"),
    ("The military said the jihadists were retreating, but they have launched fresh attacks, according to Al "
     "Jazeera.", "Al Jazeera"),
    ("Police confirmed the arrests, but they provided no further details, according to Premium Times.", "police"),
    # another state urged to act is not the story's when the story names its own
    ("Gunmen killed 12 people in Benue State on Sunday. Governor Hyacinth Alia urged Nasarawa State to arrest the "
     "herders who fled. The state government said relief materials had been sent.", "Benue State government"),
    # a fault named as the cause is no source
    ("The panel cited the driver for recklessness as the cause of the crash that killed 18 passengers.", None),
    # a person named Charity is no charity; an NGO whose name ends in Campaign is one
    ("A local charity said 40 families were evicted. Charity Ngugi, a resident, said police burned her house. The "
     "charity said it would sue.", "unnamed (the charity)"),
    ("The health department denied the shortage, which was first reported by the NGO Treatment Action Campaign. "
     "The NGO said 40 clinics were affected.", "Treatment Action Campaign"),
    # a post with no name is no titled speaker for "he"
    ("Station House Officer (SHO) Gulberg Police Station said a case had been registered. He said the suspect was "
     "absconding.", "unnamed"),
    # "its sister" channel is no relative
    ("The attack was carried out by gunmen, according to its sister Al-Hadath.", "sister Al-Hadath"),
    # a registry body's office in lower case is that body
    ("The Russian Defence Ministry press service said 12 drones were downed.", "Russian Defence Ministry"),
])
def test_attribution_forty_first_session_review(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


def test_an_officer_after_an_acronym_is_named_without_his_post(rules):
    found = attributions("PESHAWAR - A blast killed 11. Capital City Police Officer (CCPO) Peshawar Qasim Ali Shah "
                         "said six kilograms of explosives were used.", rules)[-1]
    assert (found.source, found.speaker) == ("police", "Qasim Ali Shah")


@pytest.mark.parametrize("text, source, via", [
    # (FA-KES, commas lost) the medium a speaker spoke to, its description in lower case, then his name
    ('Speaking to Syrian state TV Barazi said "The Syrian leadership will not change."', "Barazi",
     ["Syrian state television"]),
    ("Speaking to the official news agency SANA Barazi said the army will win.", "Barazi", ["SANA"]),
    # an apposition of kin without its comma ends the name
    ('"We will fight" said Abu Abdel-Moneim the father of a militant.', "Abu Abdel-Moneim", []),
    # evacuees speak
    ("Madaya evacuees said they heard the blast.", "unnamed (madaya evacuees)", []),
])
def test_attribution_forty_first_session_fakes_readings(rules, text, source, via):
    found = attributions(text, rules)[-1]
    assert (found.source, list(found.via)) == (source, via)


@pytest.mark.parametrize("text, source", [
    # (a second review of this session's changes)
    # a statement issued by its author right before the cue; not another clause's cue, nor a channel
    ("A statement issued by the army said the suspects had been arrested.", "unnamed (the army)"),
    ("A statement issued by the army on Sunday drew criticism from Amnesty International, which said civilians were "
     "among the dead.", None),
    ("A statement issued by the police on Sunday followed reports that gunmen had killed 12 villagers.", None),
    ("A statement sent by WhatsApp to journalists on Sunday said the suspects had been arrested.", None),
    # "Pro" before a leader's name is no title
    ("Pro Assad forces said they had captured the hill.", "Pro Assad forces"),
    # a country's word alone before a described agency is no registry body
    ("The Israel prison service said the detainee died of natural causes.", "Israel prison service"),
    ("The US space agency said the launch was postponed.", "US space agency"),
    # the speaker's own acts after ", but they"; the suspects' state ("are yet to be charged") is the outlet's
    ("Police said two suspects had been arrested, but they failed to give details, according to Premium Times.",
     "police"),
    ("Police said two suspects had been arrested, but they kept mum on the identity of the suspects, according to "
     "Premium Times.", "police"),
    ("Police said two suspects had been arrested, but they have deployed more officers to the area, according to "
     "Premium Times.", "police"),
    ("Police said two suspects had been arrested, but they are yet to be charged, according to Premium Times.",
     "Premium Times"),
    # the story's own state government urged to act is still the story's
    ("Gunmen killed 12 worshippers in a church in Owo. The Ondo State Government declared three days of mourning. "
     "The Ekiti State governor condemned the attack. Residents urged Ondo State government to rebuild the church. "
     "The state government said the victims would be buried on Friday.", "Ondo State government"),
    ("Bandits who fled military operations in Katsina State attacked villages in Zamfara, killing 30 people. Amnesty "
     "International urged the Zamfara State Government to investigate the killings. The state government said it "
     "had set up a panel of inquiry.", "Zamfara State government"),
    # "Charity X, a group …" is a charity; "Charity X, a resident," a person
    ("Charity Utopia 56, a group that helps migrants in Calais, said 12 people drowned. The charity said the boat "
     "left Wimereux at dawn.", "Utopia 56"),
    # (FA-KES) "a source on the ground"
    ("Meanwhile a source on the ground said an army unit targeted ISIS sites.", "unnamed (a source on the ground)"),
    ("The assault has yet to begin, sources on the ground said.", "unnamed (sources on the ground)"),
])
def test_attribution_forty_first_session_second_review(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


def test_an_officer_named_before_keeps_his_first_name_after_the_acronym(rules):
    found = attributions("PESHAWAR: CCPO Qasim Ali Shah visited the blast site on Monday. Capital City Police Officer "
                         "(CCPO) Qasim Ali Shah said the suspects had been arrested.", rules)[-1]
    assert (found.source, found.speaker) == ("police", "Qasim Ali Shah")


@pytest.mark.parametrize("text", [
    "The Hamas-run health ministry said 40 people were killed.",
    "Israeli strikes killed 40 people, the Hamas-run health ministry said.",
    "The Hamas-run health ministry in Gaza said 40 people were killed.",
])
def test_the_hamas_run_health_ministry_is_gazas(rules, text):
    # (not the Syrian Health Ministry the registry knows by the bare alias, nor Israel's after "Israeli strikes")
    assert attributions(text, rules)[-1].source == "Gaza's health ministry"


@pytest.mark.parametrize("text, source", [
    # (a third review of this session's changes)
    # the medium's own name after its lower-case description, and a weekday, are not the speaker's
    ("Speaking to Syrian state news agency SANA Barazi said the buses had left.", "Barazi"),
    ("Speaking to Syrian state TV Monday Barazi said the buses had left.", "Barazi"),
    ("Speaking to the BBC Newsnight programme Jeremy Corbyn said the policy would change.", "Jeremy Corbyn"),
    # a statement's author before a coordinated participle or a long adjunct
    ("A statement issued by the army and circulated to reporters said troops rescued 20 hostages.",
     "unnamed (the army)"),
    ("A statement issued by the army after the attack on the checkpoint in Bannu district said four terrorists "
     "were killed.", "unnamed (the army)"),
    ("A statement issued by Post Office Ltd said the compensation would be paid by March.", "Post Office Ltd"),
    ("A statement sent by email said the strike would continue.", None),
    # the speaker's own acts after ", but they/it"
    ("Police said bandits attacked the village, but they have launched a manhunt for the attackers, according to "
     "Premium Times.", "police"),
    ("Police said the kidnappers released the victims, but they have not made any arrests, according to Reuters.",
     "police"),
    ("The ministry said 20 people died, but it later revised the toll to 25, according to Reuters.",
     "unnamed (the ministry)"),
    ("The army said it killed 20 militants, but it provided no evidence, according to Reuters.", "unnamed (the army)"),
    ("The army said the strike hit a rebel base, but it also killed 12 civilians, according to Al Jazeera.",
     "Al Jazeera"),
    # the people on the ground another subject has do not speak for it
    ("The coalition backed by Kurdish fighters on the ground said it had killed 20 militants.", "US-led coalition"),
    ("Rami Abdel Rahman whose group has sources on the ground said 20 people were killed.",
     "Syrian Observatory for Human Rights"),
    # a movement-run ministry is that place's
    ("Saudi-led coalition strikes killed 20 people, the Houthi-run health ministry said.", "Yemen's health ministry"),
    ("Israeli strikes killed 20 people overnight, the Hamas-run government media office said.",
     "Gaza's government media office"),
    # "a refugee charity" is a charity, whatever its first word
    ("Charity Refugee Action, a refugee charity based in Manchester, criticised the plan. The charity said 200 "
     "families were affected.", "Refugee Action"),
])
def test_attribution_forty_first_session_third_review(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


def test_an_officer_keeps_a_first_name_another_person_has(rules):
    found = attributions("The suspect, Muhammad Rizwan, was arrested on Monday. District Police Officer (DPO) "
                         "Muhammad Umar Khan said he confessed.", rules)[-1]
    assert (found.source, found.speaker) == ("police", "Muhammad Umar Khan")


@pytest.mark.parametrize("text, source", [
    # (a fourth review of this session's changes)
    ("The town was hit by barrel bombs on Sunday, activists on the ground said.", "unnamed (activists on the ground)"),
    ("The Hamas-run Civil Defence said 20 people were killed.", "Gaza's Civil Defence"),
    ("The Hamas-run ministry of health said 20 people were killed.", "Gaza's ministry of health"),
    ("The Houthi-run Saba news agency reported that six people were killed.", "Houthi-run Saba news agency"),
    ("The UN said a ceasefire had been agreed, but it failed to hold, according to Reuters.", "Reuters"),
    ("The army said it killed 20 militants, but it hasn't said how many, according to Reuters.",
     "unnamed (the army)"),
    ("Police said the bandits were repelled, but they intensified attacks on nearby villages, according to Premium "
     "Times.", "Premium Times"),
    ("A statement sent by WhatsApp said the suspects had been arrested.", None),
    ("Speaking to state TV YPG commander Ahmed Ali said 3 died.", "YPG"),
    ("Speaking to the state-run Syrian Arab News Agency Barazi said 3 died.", "Barazi"),
])
def test_attribution_forty_first_session_fourth_review(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


def test_an_officer_posting_place_named_with_a_preposition(rules):
    found = attributions("A blast hit a market in Peshawar on Monday. Capital City Police Officer (CCPO) Peshawar "
                         "Qasim Ali Shah said 12 died.", rules)[-1]
    assert (found.source, found.speaker) == ("police", "Qasim Ali Shah")


@pytest.mark.parametrize("text, source, speaker", [
    # (a fifth review, after the held-out read) a movement-run body's spokesman speaks for it; named bodies and
    # media are not the place's government
    ("Israeli strikes killed 20 people, the Hamas-run health ministry spokesman Ashraf al-Qidra said.",
     "Gaza's health ministry", "Ashraf al-Qidra"),
    ("Hamas-run civil defence agency spokesman Mahmoud Bassal said 20 people were killed.",
     "Gaza's civil defence agency", "Mahmoud Bassal"),
    ("The Hamas-run Ministry of Health said 40 people were killed.", "Gaza's Ministry of Health", None),
    ("The Houthi-run Central Bank said reserves had fallen.", "Yemen's Central Bank", None),
    ("The Hamas-run Palestinian Red Crescent said 20 people were killed.", "Palestine Red Crescent Society", None),
    ("The Houthi-run Al-Masirah TV said 20 people were killed.", "Al-Masirah", None),
    ("The Taliban-run RTA said 20 people were killed.", "Taliban-run RTA", None),
])
def test_attribution_a_movement_run_body(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # a body's own acts after ", but it"
    ("The army said it killed 20 militants, but it failed to say how many civilians died, according to Reuters.",
     "unnamed (the army)"),
    ("The ministry said 20 people were killed, but it withheld their names, according to Premium Times.",
     "unnamed (the ministry)"),
    ("The UN said a ceasefire had been agreed, but it failed to hold, according to Reuters.", "Reuters"),
    # the medium's split does not take the first of a three-word name; a registry medium ends it
    ("Speaking to Iranian state TV IRIB Mohammad Javad Zarif said the talks had failed.", "Mohammad Javad Zarif"),
    ("Speaking to Turkish state news agency Anadolu Mevlut Cavusoglu said the talks had failed.", "Mevlut Cavusoglu"),
])
def test_attribution_forty_first_session_after_the_read(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, source_type", [
    # another country's state medium the registry does not know is named as written and typed state media
    ("Iranian state TV said 12 people were killed.", "Iranian state TV", "state media"),
    ("Three people were killed, according to Turkish state media.", "Turkish state media", "state media"),
    ("Chinese state media said 12 people died in Yunnan.", "Chinese state media", "state media"),
    ("North Korea's state media said 12 missiles were fired.", "North Korea's state media", "state media"),
    # (the span stops after the people's adjective: it is taken back in)
    ("Burkinabè state media have rejected any suggestion of involvement.", "Burkinabè state media", "state media"),
    ("Twelve people died, Burkinabe state media said.", "Burkinabe state media", "state media"),
    # the medium's own name after its kind
    ("Belarusian state news agency Belta said 40 people were detained.", "BelTA", "state media"),
    # the registry's own are kept
    ("Syrian state TV said 12 people died.", "Syrian state television", "state media"),
    ("Lebanese state media said 12 people died.", "National News Agency", "state media"),
    # a country's name before "state media" is where it happened, not whose medium it is
    ("Government forces took villages in southern Syria state media said on Saturday.", "unnamed (state media)",
     "anonymous"),
    # (a review of d22d852) a place before the people's adjective; FA-KES's lost apostrophe; a capital's
    # possessive; the medium's own name before its kind; title case; the registry's medium by its country
    ("The blast killed 12 people near Baghdad Iraqi state media reported.", "Iraqi state media", "state media"),
    ("Irans state TV said 12 people died.", "Irans state TV", "state media"),
    ("Tehran's state TV said 12 people died.", "Tehran's state TV", "state media"),
    ("The UAE's state news agency WAM said 12 people died.", "WAM", "state media"),
    ("North Korea's official KCNA news agency said 2 missiles were fired.", "KCNA", "state media"),
    ("Iranian State TV said 12 people were killed.", "Iranian State TV", "state media"),
    ("Syria's state media said 12 people were killed.", "SANA", "state media"),
    ("RT reported that 5 died. Russia's state media said 12 people died.", "RT", "state media"),
    # a bare "state TV" after another country's state medium is that medium
    ("Iranian state TV said 12 people were killed. State TV said 15 people were rescued.", "Iranian state TV",
     "state media"),
    # (a review of 3f98455) but not in a story from Syria; the medium's own name with its capitalised kind
    ("Iranian state TV said 12 rebels were killed. Shelling hit Aleppo in Syria. State TV said 12 rebels were killed "
     "in Aleppo.", "Syrian state television", "state media"),
    ("RT reported 5 died. Russia's state-run Channel One said 12 people died.", "Channel One", "state media"),
    ("Egypt's state-run Nile TV said 12 people died.", "Nile TV", "state media"),
    ("Syrian state TV said 5 died. Syria's state news agency said 12 people were killed.", "SANA", "state media"),
])
def test_attribution_another_countrys_state_medium(rules, text, source, source_type):
    found = attributions(text, rules)[-1]
    assert (found.source, found.source_type) == (source, source_type)


def test_attribution_the_same_governments_medium_named_before_is_kept(rules):
    found = attributions("SANA reported that 40 people died. Syria's state media said 12 people died.", rules)[-1]
    assert found.source == "SANA"


@pytest.mark.parametrize("text, via", [
    # a relay named by a country-less alias after another country is not the registry's medium
    ("Iraqi state TV quoted a military source as saying 12 militants were killed.", ("Iraqi state TV",)),
    ("Syrian state TV quoted a military source as saying 12 militants were killed.", ("Syrian state television",)),
    # (a country the span ran on from, before the medium's own country, is not the medium's)
    ("A Russian air strike killed 49 militants including seven of its field commanders in Syrias Idlib province "
     "Russias Rossiya 24 state television channel cited the Russian defence ministry as saying.", ("Rossiya 24",)),
    # (a review of d22d852) the word right before the alias owns it; a movement's medium is no country's;
    # an opening phrase; a bare "state TV" in a story from another country
    ("Russian and Syrian state media quoted the ministry as saying 12 militants were killed.", ("SANA",)),
    ("Lebanon's Hezbollah War Media quoted a commander as saying 12 militants were killed.",
     ("Hezbollah military media",)),
    ("In an interview with Iranian state TV, Foreign Minister Javad Zarif said 12 people were killed.",
     ("Iranian state TV",)),
    ("A quake struck Iran's Khuzestan province. Deputy Energy Minister Hamid Sadeghi told state TV that 12 people "
     "died.", ("state TV",)),
    ("Iranian state TV said 12 people were killed in Iran's Khuzestan province. A police officer told state TV that "
     "12 people were rescued.", ("Iranian state TV",)),
])
def test_attribution_a_relay_of_another_country(rules, text, via):
    assert attributions(text, rules)[-1].via == via


@pytest.mark.parametrize("text, source", [
    # (FA-KES, quotation marks and commas lost) kin to someone unnamed after an inverted speaker's name
    ("We will fight said Abu Abdel-Moneim the father of a militant.", "Abu Abdel-Moneim"),
    ("My son came to me asking what the weapons were that he had been asked to carry said Abu Abdel-Moneim the "
     "father of a militant fighting to unseat the Syrian government who lives in Ghouta.", "Abu Abdel-Moneim"),
    # (no cue: a man and his kin are no speaker)
    ("The rebels shelled the house of Ahmed Ali the father of a fighter.", None),
    # "the claim" is the statement of the source that made it
    ("The Islamic State said in a statement that one of its fighters had fired on a gathering. The claim which did "
     "not mention a wedding said 40 people had been killed.", "Islamic State"),
    ("The Islamic State said in a statement that one of its fighters had fired on a gathering. The claim, which did "
     "not mention a wedding, said 40 people had been killed.", "Islamic State"),
    # (a review of 574f98c) not the one who denied the claim; hyphenated kin
    ("The Observatory said 12 civilians were killed in the strike. Russia's defence ministry denied the report. "
     "The claim said 40 civilians had been wounded.", "Syrian Observatory for Human Rights"),
    ("We lost everything said Abu Ahmed the father-in-law of one of the fighters.", "Abu Ahmed"),
])
def test_attribution_forty_second_session_readings(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found is not None else None) == source


@pytest.mark.parametrize("text, cue, mention", [
    ('The militia said it had hit military positions, a claim the State government described as "lies".',
     "described", "the State government"),
])
def test_attribution_what_someone_calls_a_claim_is_not_his_name(rules, text, cue, mention):
    assert [c.mention for c in find_candidates(text, rules=rules) if c.cue == cue] == [mention]


@pytest.mark.parametrize("text, source", [
    # an unnamed body quoted by another country's state medium is that country's
    ("Iraqi state TV quoted the military as saying 12 militants were killed.", "Iraqi military"),
    ("Iraqi state TV quoted a military spokesman as saying 12 militants were killed.", "Iraqi military"),
    # (a review of 3f98455) past the medium's lower-case qualifiers to its owner
    ("Iraq's semi-official state TV quoted the military as saying 12 militants were killed.", "Iraq's military"),
    ("Iranian state TV quoted the army as saying 12 militants were killed.", "Iranian army"),
    ("Turkish state media quoted the military as saying 12 militants were killed.", "Turkish military"),
    # (the registry's own media speak for their own governments, as before)
    ("Syrian state TV quoted the army as saying 12 militants were killed.", "Syrian army"),
    ("RT quoted the military as saying 50 fighters were killed.", "Russian Defence Ministry"),
])
def test_attribution_a_body_quoted_by_another_countrys_state_medium(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_body_named_by_a_country_less_alias_in_another_countrys_story(rules):
    found = attributions("The Ministry of the Interior has extended the curfew in Bawku, in Ghana's Upper East "
                         "Region. The ministry said the curfew would now run from 4pm.", rules)[-1]
    assert (found.source, found.source_type) == ("Ministry of the Interior", "government")


@pytest.mark.parametrize("text, source_type", [
    # a body the story named (not as a speaker), referred to as "the ministry", has the type it has when it speaks
    ("Rescue teams sent by the Ministry of Mines reached the pit in Mali's Kéniéba region. The ministry said 23 bodies "
     "had been recovered.", "government"),
    ("Rescue teams sent by the Ministry of Mines reached the pit in Mali's Kéniéba region. The Ministry of Mines said "
     "23 bodies had been recovered.", "government"),
])
def test_attribution_a_named_ministry_keeps_its_type(rules, text, source_type):
    assert attributions(text, rules)[-1].source_type == source_type


@pytest.mark.parametrize("text, source", [
    # (after the held-out read; a review of faf232b) the denier is never the claim's source
    ("Russia's defence ministry denied the report. The claim said 40 civilians were killed in the strike.",
     "unnamed (the claim)"),
    ("Rebels said 30 were killed. A claim the ministry denied said 12 people died.", "unnamed (claim the ministry)"),
    # the possessive owner before a relay's span; a whole name, not "Sudan's army" inside "South Sudan's army"
    ("Iraq's state television quoted the military as saying 12 militants were killed.", "Iraq's military"),
    ("Kenya's state broadcaster quoted the military as saying 12 militants were killed.", "Kenya's military"),
    ("South Sudanese state TV quoted the army as saying 40 soldiers were hurt.", "South Sudan's army"),
    ("Syria's state television quoted the military as saying 12 militants were killed.", "Syrian army"),
])
def test_attribution_forty_second_session_after_the_read(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, via", [
    # the medium that carried a report is its source ("a report on Syrian state TV quoted …")
    ("A report on Syrian state TV quoted a military source as saying 12 militants were killed.",
     "unnamed (a military source)", ("Syrian state television",)),
    ("A report by state TV said 12 militants were killed.", "Syrian state television", ()),
    ("A report on Iranian state TV said 10 people died.", "Iranian state TV", ()),
    ("However, a report in the state-run Global New Light of Myanmar said 12 people were killed.",
     "Global New Light of Myanmar", ()),
    # a name ending in a number with letters
    ("The independent legal platform Justicia 11J said on Wednesday it had confirmed 19 arrests.", "Justicia 11J", ()),
])
def test_attribution_forty_third_session(rules, text, source, via):
    found = attributions(text, rules)[-1]
    assert (found.source, tuple(found.via)) == (source, via)


@pytest.mark.parametrize("text, source", [
    # (a review of 911fa99) a report on a subject, or inside another subject's clause, names no medium;
    # nor does a clock time join a name
    ("A report on the attack said 10 people died.", None),
    ("A report on the English Channel said 12 migrants drowned.", None),
    ("A report on the state-owned Turkish Airlines said 300 flights were cancelled.", None),
    ("A report on the National Security Agency said 12 people died.", None),
    ("Residents who saw a report on Syrian state TV said they were frightened.", "unnamed (residents)"),
    ("In a report on the official Syrian TV General Ali Mayhoub said the army had taken the town.", "Ali Mayhoub"),
    ("Since 9AM Civil Defence said 12 people were rescued.", "White Helmets"),
])
def test_attribution_a_report_on_a_subject_names_no_medium(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source, source_type", [
    # a trade union is an organisation, not a union of states
    ("The Independent Mine Workers' Union (Bağımsız Maden-İş) disputed the official account.",
     "Independent Mine Workers' Union", "organisation"),
    ("The General Mine Workers' Union (Genel Maden-İş) said it would hold a press statement.",
     "General Mine Workers' Union", "organisation"),
    ("The African Union said 12 people died.", "African Union", "international body"),
    ("The National Union of Press Workers (SNTP) reported that two reporters were held.",
     "National Union of Press Workers", "organisation"),
    ("The United Nations Committee on Migrant Workers said 12 people died.",
     "United Nations Committee on Migrant Workers", "international body"),
    # a party or body named a congress is no person
    ("The All People's Congress said the vote was rigged.", "All People's Congress", "organisation"),
])
def test_attribution_a_trade_union_is_an_organisation(rules, text, source, source_type):
    found = attributions(text, rules)[-1]
    assert (found.source, found.source_type) == (source, source_type)


@pytest.mark.parametrize("text, source, source_type", [
    # a body's kind written next to a short name that alone reads as a person's
    ("Maritime security firm Ambrey said a tanker was hit. The firm said 23 crew members were safe.",
     "Ambrey", "organisation"),
    ("Ukraine's state grid operator, Ukrenergo, said 12 substations were hit. Repairs could take days, the company warned.",
     "Ukrenergo", "organisation"),
    ("Alarm Phone, a hotline run by volunteers, said 40 people were on board.", "Alarm Phone", "organisation"),
    ("The UN peacekeeping mission Monusco said in a statement that 12 people died.", "MONUSCO", "international body"),
    # (not a person's trade or a person described with a body's kind)
    ("Jean Bosco Nsengiyumva, a motorcycle taxi operator in Mururu Sector, said he buys 20 litres of water.",
     "Jean Bosco Nsengiyumva", "person"),
    ("John Smith, a company director, said 12 workers were hurt.", "John Smith", "person"),
    ("Film producer Ahmed Ali said 12 people were hurt.", "Ahmed Ali", "person"),
    # the registry's acronym written as a word
    ("The mission Monusco was deployed in 1999. Monusco said 12 people died.", "MONUSCO", "international body"),
    # the registry's own word for a body ("the UN mission in Lebanon")
    ("A UNIFIL spokesperson, Andrea Rossini, said the mission was concerned. "
     "The mission also said one of its positions had been hit.", "UNIFIL", "international body"),
])
def test_attribution_a_body_named_with_its_kind(rules, text, source, source_type):
    found = attributions(text, rules)[-1]
    assert (found.source, found.source_type) == (source, source_type)


@pytest.mark.parametrize("text, source", [
    # a union's officer named with the bare word speaks for the union the story named
    ("However, the Independent Mine Workers Union (Bagimsiz Maden-Is) disputed the official account. "
     '"The families are waiting at the mine entrance," union representative Caner Aslan said.',
     "Independent Mine Workers Union"),
    # (a company's officer is no officer of a union that spoke before)
    ("However, the Independent Mine Workers Union (Bagimsiz Maden-Is) disputed the official account. "
     '"We are working," company spokesperson Yelena Markova said.', "Yelena Markova"),
])
def test_attribution_an_officer_of_a_kind_of_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # a speaker named by common words only, when no walk finds one
    ('Another said it was "not the first time" such a boat had come close to the beach.', "unnamed (another)"),
    ("One member of the congregation told The Times that children had been crying.",
     "unnamed (one member of the congregation)"),
    ("According to initial findings, at least two people opened fire.", "unnamed (initial findings)"),
    ("Ukraine's prosecutor-general's office said it had opened a war crimes investigation.",
     "Ukraine's prosecutor-general's office"),
    # a description resolved to the body the text named with that word
    ("The Thompson-Nicola Regional District expanded its evacuation order. "
     "The regional district said it was aware of the posts.", "Thompson-Nicola Regional District"),
    # (no speaker: a rule, what a thing adds, a description the text never names, a quotation's content)
    ("Flights were cancelled according to the schedule.", None),
    ("The attack adds to a worrying picture.", None),
    ("The agent said one of the victims had a criminal record.", None),
    ('"The personnel acted strictly according to the law."', None),
])
def test_attribution_a_speaker_named_by_common_words(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # a time between the speaker and the cue
    ("Pyongyang has in the past accused Seoul of flying drones over its capital.", "Pyongyang"),
    ("Opposition politicians have in the past accused Windhoek of responding too softly.",
     "unnamed (opposition politicians)"),
    ("Kigali has for years accused the Congolese government of arming the FDLR.", "Kigali"),
    # common words before the other cues of a claim or a denial
    ("Some guests claimed that cracks had appeared on the slope weeks earlier.", "unnamed (some guests)"),
    # (what happened claims lives, not facts)
    ("In February 2023, a detective was shot at a sports complex, an attack claimed by the New IRA.", None),
    ("The attacks claimed the lives of five citizens.", None),
])
def test_attribution_a_time_before_the_cue_and_claims_of_common_speakers(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # unnamed people who judge: an unnamed source (rule attr.judging)
    ("Analysts believe the military has leaned increasingly on air power.", "unnamed (analysts)"),
    ("Local leaders, however, believe the real figure is much higher.", "unnamed (local leaders)"),
    ("Environmental experts have linked the increasing frequency of floods to deforestation.",
     "unnamed (environmental experts)"),
    ("Rights groups have questioned how voluntary some of those returns are.", "unnamed (rights groups)"),
    # (not a participle, a relative clause's judges, an interrogation, a fear for someone)
    ("Yet jihadist groups linked to al-Qaeda control large swathes of the country.", None),
    ("Manila publicises Chinese actions, in what officials describe as a transparency initiative.", None),
    ("The ambush came before the elections, which security officials fear could be marred by violence.", None),
    ("Police questioned the suspect for hours.", None),
    ("Their families fear for their lives.", None),
])
def test_attribution_unnamed_people_who_judge(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # "called it/the X" and the speaker's words in quotation marks
    ('National Conference spokesperson Tanvir Qadri called it "a cowardly act meant to derail the peace".',
     "National Conference"),
    ('Mayor Hanneke Verbruggen called the explosion "appalling" on X.', "Hanneke Verbruggen"),
    # (a name, a summons, the outlet's words about what someone did)
    ('The army launched an operation called "Iron Sword" in May.', None),
    ("Residents called the police at 3 a.m.", None),
    ('China launched exercises around Taiwan in what Beijing called a "stern warning".', None),
])
def test_attribution_called_it_in_quotation_marks(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # a headline naming a body before a colon; a subheading that quotes whom it names
    ("Ministry of Internal Affairs: 31 persons detained during dispersal of rally\n\nThe rally ended.",
     "Ministry of Internal Affairs"),
    ("Kurdistan CTS: drone attack targets area near Erbil airport\n\nNo one was hurt.", "Kurdistan CTS"),
    ("Boats crossed the Channel on Monday. Four people died. Rescuers worked all night. "
     'Home Office: "Smuggling gangs have no regard for human life"', "Home Office"),
    # (a word heading a quotation, a dateline, a place, a title nobody holds yet)
    ('Boats crossed. Four died. Rescuers worked. Watch: "The boat went down in a minute"', None),
    ("BEGUSARAI: At least 11 devotees were killed in a stampede.", None),
    ("Gaza: 20 killed in strikes\n\nThe strikes hit homes.", None),
    ('Boats crossed. Four died. Rescuers worked. The mayor: "The mountain came down in a few seconds"', None),
])
def test_attribution_a_body_before_a_colon(rules, text, source):
    found = attributions(text, rules)
    first = next((a for a in found if a is not None and a.rule.startswith("attr.headline-colon")), None)
    assert (first.source if first else None) == source


@pytest.mark.parametrize("text, source", [
    # "one of its representatives" after a quotation that closes: the body that spoke, through him
    ('The Spanish NGO Caminando Fronteras said 40 people were missing. "We have received calls from families. '
     'Their relatives were on board," one of its representatives said, reached by telephone.', "Caminando Fronteras"),
    # (the kind "NGO" before a name at a sentence's start is no part of it)
    ("The NGO Provea condemned the use of force against 200 workers.", "Provea"),
])
def test_attribution_one_of_its_officers_after_a_quotation(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, source_type", [
    # (a review of this session's rules) a person described with a body's kind stays a person
    ("John Smith, a spokesman for the company, said the plant would close.", "John Smith", "person"),
    ("Ana Silva, the head of the charity, said donations had doubled.", "Ana Silva", "person"),
    ("Kirsty Wark, a broadcaster, said the show would end.", "Kirsty Wark", "person"),
    ("The company Adam Neumann founded has collapsed. Adam Neumann said he was sorry.", "Adam Neumann", "person"),
    ("Sana, a 34-year-old mother of three, said her house had been destroyed.", "Sana", "person"),
    # a quotation's first sentence is the speaker's, not its own subject's
    ('"Some customers say they have not eaten for days. I give them bread for free," Saleh said.', "Saleh", "person"),
    # a bare "union" officer is no officer of a union of states; a trade union is an organisation
    ('The African Union called for a ceasefire. Dock workers went on strike. "The port is closed," union official '
     'John Mwangi said.', "John Mwangi", "person"),
    ('The strike was called by the IG Metall union. "We want a fair deal," union representative Anna Berg said.',
     "IG Metall union", "organisation"),
])
def test_attribution_review_of_the_forty_fourth_session(rules, text, source, source_type):
    found = attributions(text, rules)[-1] if '"' not in text[:2] else attributions(text, rules)[0]
    assert (found.source, found.source_type) == (source, source_type)


@pytest.mark.parametrize("text", [
    # (a review of this session's rules) no source: "according to" as "depending on", a participle, a
    # day's document, a sign, a people word or a title or a law after "the", a description's own words
    "Aid is distributed according to need.",
    "A new clause added to the bill bans fox hunting.",
    "Tuesday's decision said the law was void.",
    'A handwritten sign said "No entry".',
    "UNICEF said 40 children died. The children said they were hungry.",
    "House Speaker Mike Johnson spoke on Monday. The speaker said the vote would go ahead.",
    "The Inflation Reduction Act passed in 2022. The act says firms must report emissions.",
    "The World Food Programme said 2 million people were hungry. The school feeding programme said 40 schools closed.",
])
def test_attribution_review_of_the_forty_fourth_session_no_source(rules, text):
    assert attributions(text, rules)[-1] is None


@pytest.mark.parametrize("text", [
    # (a second review of this session's rules) no source: an interrogation, a belief in something, a
    # fear or an expectation of a thing, a participle, a member who is no officer, a name in quotation
    # marks, a convening, a topic or a section label before a colon, a time after a subject with no auxiliary
    "Investigators questioned the driver at the scene.",
    "Residents believe in the power of prayer.",
    "Parents fear the worst.",
    "Passengers expect delays on the M25.",
    "Fighters described by residents as foreigners stormed the town.",
    'Police called the operation "Sandstorm".',
    'The unions called a "day of rage".',
    "Premier League: Arsenal beat Chelsea 5-0\n\nThe match ended late.",
    "RELATED COVERAGE: more on the strikes\n\nThe strikes went on.",
    "ANC Conference: delegates gather in Johannesburg\n\nThe meeting began.",
    "Earthquakes in the past claimed tens of thousands of lives.",
])
def test_attribution_second_review_of_the_forty_fourth_session_no_source(rules, text):
    assert attributions(text, rules)[0] is None


@pytest.mark.parametrize("text, source", [
    # a member who is no officer does not speak for the body that spoke before
    ('The Israeli army said it struck the village. "We have no water," one of its inhabitants said.',
     "unnamed (one of its inhabitants)"),
    ("Police said two men were charged. Their attorneys said they would plead not guilty.", "unnamed (their attorneys)"),
])
def test_attribution_second_review_of_the_forty_fourth_session_members(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # "armed" is a word inside a speaker's name ("the armed forces"), as "security" is
    ("The Syrian armed forces said rebels broke the truce.", "Syrian army"),
    ("Syrias armed forces on Monday blamed rebel groups for its failure.", "Syrian army"),
    ("The Nigerian armed forces said 12 insurgents were killed.", "Nigerian armed forces"),
    ("In a statement, the armed forces general staff said its units had neutralised several fighters.",
     "armed forces general staff"),
])
def test_attribution_armed_forces_speak(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text", [
    "Men armed with knives said nothing to the guards.",
    "So far, no armed group has claimed the attack.",
])
def test_attribution_armed_as_a_participle_names_no_speaker(rules, text):
    found = attributions(text, rules)[-1]
    assert found is None or found.source_type == "anonymous"


@pytest.mark.parametrize("text, source", [
    # "the coalition" of a story of the war in Yemen is the Saudi-led one
    ("Houthi rebels fired a missile at Jazan. Coalition spokesman Brig. Gen. Saleh Al-Harbi said it was "
     "intercepted. He added that two drones were downed.", "Saudi-led coalition"),
    ("The Saudi-led coalition struck Sanaa overnight. The coalition said it hit a drone workshop.",
     "Saudi-led coalition"),
    # (a registry name that holds its place is that body, not the body before "in": "the coalition")
    ("The Coalition to Restore Legitimacy in Yemen said two drones were downed.", "Saudi-led coalition"),
    ("The UN Mission in South Sudan (UNMISS) said it was deeply concerned.", "UNMISS"),
    ("A UN official in Damascus said the convoy was hit.", "United Nations"),
    # but in a story of the war against the Islamic State it stays the US-led one, whoever else it names
    ("Houthi leaders met in Sanaa. In Syria, the coalition said its strikes killed 12 Islamic State fighters.",
     "US-led coalition"),
    ("The coalition said its strikes near Raqqa killed 12 fighters.", "US-led coalition"),
])
def test_attribution_the_coalition_of_a_story_of_yemen(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # a body's name as a word before "military spokesman" names whose spokesman he is, not the military
    # that spoke last
    ("Drones hit Jazan, the Saudi-led coalition said. A Houthi military spokesman said the group hit an airport.",
     "Houthis"),
    ("Drones hit Jazan, the Saudi-led coalition said. Yahya Al-Hamzi, a Houthi military spokesman, said the "
     "group hit an airport.", "Houthis"),
    ("Israeli jets struck Tyre, the Israeli military said. A Hezbollah military spokesman said two fighters died.",
     "Hezbollah"),
    # (a country's word is no body's name here)
    ("Rockets hit the base, the Iraqi army said. An Iraqi military spokesman said two soldiers were hurt.",
     "Iraqi military"),
])
def test_attribution_a_named_bodys_military_spokesman(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, source", [
    # a body's recommendation that people do something is its statement
    ("The Department of Health recommended that people stay hydrated.", "Department of Health"),
    # but only with its "that": a recommended dose or route is no report
    ("Residents took the recommended route out of the valley.", None),
    ("The ministry recommended doses for children last year.", None),
])
def test_attribution_a_recommendation_that_is_a_statement(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # (a review of the forty-sixth session's change) a member "at" something that is no body he speaks for
    ("An official at the DC office said compensation would be paid.", "unnamed (an official at the dc office)"),
    ("An official at the UK office said nothing.", "unnamed (an official at the uk office)"),
    ("A worker at the DHL office said the parcels were lost.", "unnamed (a worker at the dhl office)"),
    ("An official at the Buhari administration said the plan was approved.",
     "unnamed (an official at the buhari administration)"),
    ("A diplomat at Kabul International Airport said nothing.", "unnamed (a diplomat at kabul international airport)"),
    ("A doctor at Kabul International Airport said two were hurt.",
     "unnamed (a doctor at kabul international airport)"),
    # and a registry name that ends in its place is read whole
    ("An official at the UN Support Mission in Libya said the talks failed.", "UNSMIL"),
])
def test_attribution_members_at_what_is_no_body_of_theirs(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_a_local_administration_is_a_government(rules):
    found = attributions("A senior official of the Velbar district administration, requesting anonymity, said "
                         "nine died.", rules)[-1]
    assert (found.source, found.source_type) == ("Velbar district administration", "government")


@pytest.mark.parametrize("text, source, kind", [
    # (a review) "the armed forces" alone is the military the story named; "armed" before anything else
    # is no part of a name; a country's armed forces are its military
    ("Nigeria's armed forces said troops had been deployed. The armed forces said 12 bandits were killed.",
     "Nigeria's armed forces", "military"),
    ("The Syrian army said five soldiers died. The armed forces said 12 rebels were killed.", "Syrian army",
     "military"),
    ("Heavily armed police said the area was sealed off.", "police", "government"),
    ("Iran's armed forces said three drones were downed.", "Iran's armed forces", "military"),
    # (a second review) "armed" inside a name stays ("the Senate armed services committee"); a medical
    # corps is no army
    ("The chairman of the Senate armed services committee said five bases would close.",
     "chairman of the Senate armed services committee", "organisation"),
    ("A doctor with the International Medical Corps said 12 bodies had arrived.", "International Medical Corps", "NGO"),
    ("According to data compiled by the Armed Conflict Location & Event Data Project, airstrikes rose.", "ACLED",
     "monitor"),
])
def test_attribution_armed_forces_after_a_review(rules, text, source, kind):
    found = attributions(text, rules)[-1]
    assert (found.source, found.source_type) == (source, kind)


@pytest.mark.parametrize("text, source", [
    # (a review) a coalition the United States leads stays the US-led one in a story of the Houthis; a
    # name of it stays it; a government's coalition is no military one
    ("American and British warplanes struck Houthi targets in Yemen, carried out by a naval coalition led by the "
     "United States under Operation Prosperity Guardian. The coalition said the strikes hit radar sites.",
     "US-led coalition"),
    ("A drone attack hit a base hosting American troops in western Iraq. CJTF-OIR said no personnel were hurt. "
     "The attack was the latest by groups which include Yemen's Houthis.", "US-led coalition"),
    ("LONDON - A Coalition government spokesman said the cuts would go ahead.", "UK government"),
    # (a second review) "the Saudi-led international coalition", an all-caps "IS", are no US-led war
    ("Houthi rebels fired missiles at Jazan, the Saudi-led international coalition said. THIS IS A DEVELOPING "
     "STORY. The coalition said 3 missiles were intercepted.", "Saudi-led coalition"),
])
def test_attribution_coalitions_after_a_review(rules, text, source):
    found = next(a for a in reversed(attributions(text, rules)) if a is not None)
    assert found.source == source


@pytest.mark.parametrize("text, source, speaker", [
    # the end of a quotation begun in the sentence before, then the speaker and his apposition without
    # commas: the body his title is of
    ('"No one could say who was responsible. I think many would like to see them brought to justice" Jan '
     "Egeland the UN special envoy for Syria on humanitarian issues said during the briefing.",
     "United Nations", "Jan Egeland"),
    ('"We will not leave. It is a legal obligation," UNHCR\'s special envoy for the situation in the western '
     "and central Mediterranean, Rania Haddad, said in a statement.", "UNHCR", None),
])
def test_attribution_a_speaker_after_the_end_of_a_quotation_begun_before(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


def test_attribution_a_lone_opening_quotation_mark_is_no_end_of_a_quotation(rules):
    # (the only mark opens a quotation that runs on: what follows it is no speaker's name)
    last = attributions('The mayor called it "A Tragedy for the whole town and the region as a whole and every '
                        "family in it, one that nobody here will ever forget or forgive, and that the country "
                        "must never repeat said.", rules)[-1]
    assert last is None or last.source != "A Tragedy"


@pytest.mark.parametrize("text, mention", [
    # an unnamed person "of the town" after words that open the sentence
    ('Of the Daesh executioners one resident of the town told the Associated Press "These are people who dont '
     'know God."', "one resident"),
    ("In the camp a resident of the village told Reuters the water had run out.", "a resident"),
])
def test_attribution_an_unnamed_person_of_a_place(rules, text, mention):
    last = attributions(text, rules)[-1]
    assert last.source_type == "anonymous" and last.mention == mention


@pytest.mark.parametrize("text, mention", [
    # a body the text describes, then a clause of its own with "that", after what it said
    ("The bus was carrying 45 passengers, the company that owns the vehicle confirmed.", "the company"),
    ("The camp holds 9,000 people, the agency that runs it said.", "the agency"),
])
def test_attribution_a_described_body_then_its_that_clause_speaks(rules, text, mention):
    last = attributions(text, rules)[-1]
    assert last is not None and last.mention == mention


@pytest.mark.parametrize("text", [
    "He rejected the claim that the rebels shelled the town.",  # what is said is no speaker
    "The report that the army released on Monday described the damage.",
])
def test_attribution_a_that_clause_after_what_is_said_names_no_speaker(rules, text):
    last = attributions(text, rules)[-1]
    assert last is None or last.mention not in {"the claim", "the report"}


@pytest.mark.parametrize("text, source", [
    # what "claimed" took was a count, not a report: its subject speaks in the verb coordinated after it
    ("Palestinian Islamic Jihad's Jenin Battalion claimed three of the dead as its members in a statement on "
     'Telegram, and said its fighters had "confronted the occupation forces."',
     "Palestinian Islamic Jihad's Jenin Battalion"),
    # a body's name of seven words, then what it did, then "and said"
    ("The Ministry of the Interior and Safety set up a central disaster and safety countermeasures headquarters "
     "and said it would support the identification of victims.", "Ministry of the Interior and Safety"),
])
def test_attribution_a_subject_speaks_in_a_verb_coordinated_after_a_long_phrase(rules, text, source):
    last = attributions(text, rules)[-1]
    assert last is not None and last.source == source


@pytest.mark.parametrize("text", [
    "The floods claimed 20 lives, and said nothing.",  # (a flood says nothing; no speaker is made up)
    # a title and a name of many words is no body's name
    "Deputy Minister of Agriculture and Environment Le Minh Hai praised local authorities and said casualties "
    "could have been higher.",
])
def test_attribution_no_long_subject_for_a_coordinated_verb(rules, text):
    last = attributions(text, rules)[-1]
    assert last is None or last.source not in {"The floods", "Environment Le Minh Hai"}


@pytest.mark.parametrize("text, source, kind", [
    # a medium's reporter speaks for the medium, though no rule names it (GUIDELINES)
    ("The strike killed two people, a North Press reporter in the area said.", "North Press", "outlet"),
    ("Police responded with tear gas and stun grenades, BIRN’s reporter at the scene saw.", "BIRN", "outlet"),
    ("Heavy rain fell for two hours, Roya's correspondent in Ma'an reported.", "Roya", "outlet"),
    # a reporter of a people is unnamed
    ("The strike killed two people, a Syrian reporter in the area said.", "unnamed (a syrian reporter in the area)",
     "anonymous"),
])
def test_attribution_a_reporter_named_by_his_medium(rules, text, source, kind):
    last = attributions(text, rules)[-1]
    assert (last.source, last.source_type) == (source, kind)


@pytest.mark.parametrize("text, source, via", [
    # "X quoted by Y said": X speaks, through Y, in the verb after the medium
    ('A source close to the inquiry quoted by Var-Matin said investigators were looking at "a possible human '
     'origin".', "unnamed (a source)", ("Var-Matin",)),
    ("A neighbor quoted by La Nación said she counted more than 20 shots.", "unnamed (a neighbor)", ("La Nación",)),
    ("The general quoted by Interfax said the base was hit.", "unnamed (the general)", ("Interfax",)),
])
def test_attribution_quoted_by_a_medium_then_said(rules, text, source, via):
    last = attributions(text, rules)[-1]
    assert (last.source, last.via) == (source, via)


def test_attribution_quoted_by_without_a_verb_after_reports_nothing(rules):
    assert attributions("The figures quoted by the ministry showed a rise.", rules)[-1] is None


@pytest.mark.parametrize("text, source, speaker", [
    # "according to" a name and his apposition without commas (FA-KES): the body his title is of
    ("Four others were wounded according to Jowan Ibrahim the commander of the Sultan Murad brigade.",
     "Sultan Murad brigade", "Jowan Ibrahim"),
    ("Four others were wounded according to Jowan Ibrahim a spokesman for the Syrian Democratic Forces.",
     "Syrian Democratic Forces", "Jowan Ibrahim"),
    # the Kurdish police are the Asayish (rules/sources.jsonl), also as the body of an apposition
    ("Four others were wounded on the citys demarcation line according to Jowan Ibrahim the commander of the "
     "Kurdish police known as the Asayish.", "Asayish", "Jowan Ibrahim"),
    # (a governor of a place speaks for himself)
    ("Four others were wounded according to Jowan Ibrahim the governor of Hasakeh.", "Jowan Ibrahim", "Jowan Ibrahim"),
])
def test_attribution_according_to_a_name_and_its_apposition_without_commas(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


def test_attribution_police_named_before_go_through_the_registry(rules):
    # "police said" after a headline naming the Kurdish police: the Asayish, as the registry knows them
    text = ("Suicide Bomber Kills Five Kurdish Police in Syria. A suicide bomber killed five Kurdish policemen at a "
            "checkpoint in Qamishli on Saturday police said.")
    last = attributions(text, rules)[-1]
    assert (last.source, last.source_id) == ("Asayish", "asayish")


@pytest.mark.parametrize("text, source, via", [
    # a body the registry knows, before a bracketed acronym, relays whom it quoted (the backward walk
    # stops inside "Aid to the Church in Need")
    ("The Catholic charity Aid to the Church in Need (ACN) quoted villagers of Tel Hormizd who had fought to "
     "defend their homes saying that one woman has been beheaded.", "unnamed (villagers of tel hormizd)",
     ("Aid to the Church in Need",)),
    ("Aid to the Church in Need quoted villagers saying that one woman has been beheaded.", "unnamed (villagers)",
     ("Aid to the Church in Need",)),
])
def test_attribution_a_registered_name_with_small_words_relays_whom_it_quoted(rules, text, source, via):
    last = attributions(text, rules)[-1]
    assert (last.source, last.via) == (source, via)


@pytest.mark.parametrize("text, source", [
    # a contributor to a medium, placed after it, speaks for the medium
    ("A contributor to The New Arab based in Aleppo reported at least five regime air raids.", "The New Arab"),
    ("A correspondent to The New Arab based in Aleppo reported five raids.", "The New Arab"),
    ("A contributor said five raids hit.", "unnamed (a contributor)"),
])
def test_attribution_a_contributor_to_a_medium(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_an_adviser_to_someone_is_no_medium_worker(rules):
    # (a title "to" someone, then the name between commas: the named adviser, not another one named before)
    text = ("Bello Shehu, a special adviser to the governor, said 12 people died. The Special Adviser to the Katsina "
            "State Governor on Security Affairs, Nasiru Abdulkadir, said the state government received news of the "
            "attack.")
    assert attributions(text, rules)[-1].speaker != "Bello Shehu"


@pytest.mark.parametrize("text, source", [
    # "prime" is a word of the title, not where the speaker's name stops (rules/speakers.jsonl)
    ("Lebanon's prime minister said the strikes were a violation.", "Lebanese government"),
    ("Prime Minister Nawaf Salam said the strikes were a violation. The prime minister said Lebanon would "
     "complain.", "Nawaf Salam"),
    ("The AJK prime minister, in a statement, condemned the firing.", "AJK prime minister"),
])
def test_attribution_a_prime_minister_is_read_whole(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_source_from_a_numbered_unit_then_a_who_clause(rules):
    # the unit the source is from speaks, though its name ends in "Division" and a clause follows
    last = attributions("A source from the Philippine Army's 5th Infantry Division, who requested anonymity for "
                        "lack of authority to speak to the media, said more than 200 soldiers had been deployed.",
                        rules)[-1]
    assert last.source == "Philippine Army's 5th Infantry Division"


def test_attribution_a_ranked_head_of_a_division_keeps_his_name(rules):
    # (a person named with his ranks, then his post at a division: the speaker is the name without ranks)
    last = attributions("Snr Supt Wendell Marcano, head of the Port of Spain Division, who visited the scene "
                        "yesterday, said additional patrols had been deployed.", rules)[-1]
    assert last.speaker == "Wendell Marcano"


@pytest.mark.parametrize("text", [
    # an agentless report in the sentence's own clause: somebody unnamed reported it (rules/hedges.jsonl
    # marks these reports "attributes" as well as "agentless")
    "Artillery shelling was also reported to the south of the city.",
    "No deaths have been reported.",
    "Strikes were also reported on 22 March on the outskirts of Baalbek in the Bekaa Valley.",
    "On Saturday reports emerged that Daesh had been trying to break the frontline.",
])
def test_attribution_an_agentless_report_is_an_unnamed_source(rules, text):
    last = attributions(text, rules)[-1]
    assert last is not None and last.source_type == "anonymous" and last.rule == "attr.adverbial"


@pytest.mark.parametrize("text", [
    # the report's agent is named; the report sits in another's clause
    "A third death was reported by the prefectural government in the afternoon.",
    "Nonetheless the Ghouta region (where the attacks were reported) is well known for its opposition leanings.",
    "Residents fled after fighting was reported near the town.",
])
def test_attribution_an_agentless_report_with_an_agent_or_in_another_clause_is_not(rules, text):
    last = attributions(text, rules)[-1]
    assert last is None or last.rule != "attr.adverbial"


def test_attribution_an_agentless_report_does_not_hide_the_adverbial_it_overlaps(rules):
    # "were reported killed": the adverbial "reported killed" names the unnamed source, in a clause of
    # time too, as before agentless reports attributed
    last = attributions("It would be the most serious report since the March 19 attack when at least 30 people "
                        "were reported killed.", rules)[-1]
    assert last is not None and last.cue == "reported killed"


@pytest.mark.parametrize("text, source", [
    # (a review) a reporter named by a place, a people, a faith, a region or a kind is unnamed; a beat is no
    # medium; an armed group's reporter speaks for it; a medium named after him or with its article
    ("An Aleppo-based reporter said the bread lines had grown longer.", "unnamed (an aleppo-based reporter)"),
    ("A Middle East correspondent said the deal was unlikely to hold.", "unnamed (a middle east correspondent)"),
    ("A Yazidi reporter in the area said the bridge had been destroyed.",
     "unnamed (a yazidi reporter in the area)"),
    ("A Veteran correspondent in the area said the bridge had been destroyed.",
     "unnamed (a veteran correspondent in the area)"),
    ("A Damascus reporter said the streets were empty on Friday.", "unnamed (a damascus reporter)"),
    ("A White House correspondent said the president would sign the order.",
     "unnamed (a white house correspondent)"),
    ("An Islamic State reporter said the group had captured the base.", "Islamic State"),
    ("A Turkish reporter from Anadolu said the shells fell near Kilis.", "Anadolu Agency"),
    ("The BBC's correspondent in Beirut said the talks had collapsed.", "BBC"),
    ("The Guardian's correspondent said the ceasefire was holding.", "The Guardian"),
])
def test_attribution_reporters_after_a_review(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (a review) a force named before goes through the registry only by its whole name: "Washington Police"
    # is no US government
    ("Washington Police Arrest Three After Market Bombing. Police said the suspects had confessed.",
     "Washington Police"),
    ("Iraqi Kurdish Police Arrest Three. Police said the suspects had confessed.", "Iraqi Kurdish Police"),
])
def test_attribution_a_police_force_named_before_by_its_whole_name(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, kind", [
    # (a review) a prime minister of a people is his government, as "Turkey's prime minister" is; a former or
    # deputy one the text does not name is unnamed, not a body called "deputy prime minister"
    ("The Turkish prime minister said the budget would be cut.", "Turkish government", "government"),
    ("The deputy prime minister said the budget would be cut.", "unnamed (the deputy prime minister)", "anonymous"),
    ("The former Iraqi prime minister said he would run again.", None, "anonymous"),
])
def test_attribution_prime_ministers_after_a_review(rules, text, source, kind):
    last = attributions(text, rules)[-1]
    assert last.source_type == kind and (source is None or last.source == source)


@pytest.mark.parametrize("text", [
    # (a review) after the end of a quotation, a place's allies, partners or critics are not the place
    'He called it "a disgrace. It must stop" Moscow\'s allies in the region who met on Friday said.',
    'They warned "it will fail. It will fail" Washington\'s partners in the coalition who spoke anonymously said.',
])
def test_attribution_a_places_allies_after_a_quotation_are_not_its_government(rules, text):
    assert attributions(text, rules)[-1].source_type != "government"


def test_attribution_an_agentless_report_between_does_not_hide_the_speaker_he_is(rules):
    # (a second review) "he" is the body's speaker of the sentence before the agentless report
    text = ("A police spokesman said the suspect was shot dead. No other injuries were reported. He said the motive "
            "was unclear.")
    assert attributions(text, rules)[-1].source == "police"


@pytest.mark.parametrize("text", [
    # (a second review) an agent later in the clause, a clause of concession or reason, a report not made
    "Two deaths were reported overnight by the local health directorate.",
    "Although no casualties were reported, the building was badly damaged.",
    "As no injuries were reported, the rescue teams left.",
    "No casualties would have been reported if the alarm had worked.",
])
def test_attribution_agentless_reports_after_a_second_review(rules, text):
    last = attributions(text, rules)[-1]
    assert last is None or last.rule != "attr.adverbial"


@pytest.mark.parametrize("text, source, kind", [
    # (a second review) a country's prime minister by its possessive or its people's word is its government;
    # a former one is unnamed; "The office of Haiti's prime minister" stays the office's words
    ("Syria's prime minister said the government would raise salaries.", "Syrian government", "government"),
    ("The Jordanian prime minister said the border would reopen.", "Government of Jordan", "government"),
    ("The former Israeli prime minister said he would return to politics.", None, "anonymous"),
    ("The office of Haiti's prime minister said in a statement that it condemns the acts.", "Haiti's prime minister",
     "person"),
])
def test_attribution_prime_ministers_after_a_second_review(rules, text, source, kind):
    last = attributions(text, rules)[-1]
    assert last.source_type == kind and (source is None or last.source == source)


def test_attribution_a_persons_critics_after_a_quotation_are_not_him(rules):
    # (a second review) after the end of a quotation, a possessive then no role word starts no speaker
    last = attributions('The refugees spoke of "hunger. Thousands have fled" Assad\'s critics in exile said.', rules)[-1]
    assert last is None or last.source != "Bashar al-Assad"


@pytest.mark.parametrize("text, source", [
    # (after the second review) a prime minister written with capitals is read as one written without;
    # a medium's name may hold a number ("Kurdistan 24")
    ("The Iraqi Prime Minister said the militias would be disarmed.", "Government of Iraq"),
    ("The Deputy Prime Minister said the militias would be disarmed.", "unnamed (the deputy prime minister)"),
    ("The strike killed two, a Kurdistan 24 correspondent said.", "Kurdistan 24"),
])
def test_attribution_capitalised_prime_ministers_and_numbered_media(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_police_force_the_registry_knows_by_its_words_is_no_unnamed_people(rules):
    # (after the second review) "Kurdish police said": the Asayish (rules/sources.jsonl), not unnamed policemen
    last = attributions("Three people were killed in Qamishli on Monday. Kurdish police later said two suspects "
                        "were detained.", rules)[-1]
    assert (last.source, last.source_type) == ("Asayish", "military")


@pytest.mark.parametrize("text, source", [
    # (forty-ninth session) a body's possessive before a role with its modifiers is the body's officer
    ("MSF's emergency coordinator in Goma said 12 people died.", "Doctors Without Borders"),
    ("The UN's humanitarian coordinator in Syria said 12 people died.", "United Nations"),
    ('"Some patients were hit at home," MSF\'s emergency coordinator in North Kivu, Amélie Vandermeer, said.',
     "Doctors Without Borders"),
    # a place's possessive keeps its own reading, and people's are no owner
    ("Eritrea’s information ministry dismissed the reports.", "Eritrea's information ministry"),
    ("Women’s rights activists say 12 people died.", "unnamed (rights activists)"),
    # a private role speaks for himself
    ("Mexico's top security official said homicides fell.", "unnamed (security official)"),
    # (fiftieth session, the regression review) one word the registry names no body by is a person's:
    # no made-up body "Biden's national security adviser"; the registry's bodies and acronyms still own
    ("Biden's national security adviser said the strikes would continue.", "unnamed (security adviser)"),
    ("Hamas's chief negotiator said the talks had failed.", "Hamas"),
    ("Human Rights Watch's senior researcher said 12 people died.", "Human Rights Watch"),
])
def test_attribution_a_bodys_possessive_before_a_modified_role(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (forty-ninth session) members "with" a body they belong to, as "at" or "from" one
    ("Forecasters with the BC Wildfire Service said a cold front could bring wind.", "BC Wildfire Service"),
    ("Officials with the Red Cross said 12 people died.", "International Committee of the Red Cross"),
    ("A medic with the Mae Tao Clinic said 12 people died.", "Mae Tao Clinic"),
    ("Volunteers with the Syrian Arab Red Crescent said 12 people died.", "Syrian Arab Red Crescent"),
    # people "with" what is not a body they belong to
    ("Residents with relatives in Goma said 12 people died.", "unnamed (residents)"),
    ("Officials with knowledge of the talks said 12 people died.", "unnamed (officials)"),
    ("A medic at Tesla said 12 people died.", "unnamed (a medic at tesla)"),
])
def test_attribution_members_with_a_named_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, kind", [
    # (forty-ninth session) "occupation" inside a country's forces' name; a health ministry's spokesman in a place
    ("The Israeli occupation army claimed in a post on X that it had killed a fighter.", "Israeli occupation army",
     "military"),
    ("Israeli occupation forces said they had arrested 14 people.", "Israeli occupation forces", "military"),
    ("The Health Ministry's spokesman in Gaza said 12 people died.", "Gaza's Health Ministry", "government"),
    ("The Mexican foreign minister said homicides fell.", "Mexican foreign minister", None),
])
def test_attribution_occupation_forces_and_a_ministrys_spokesman_in_a_place(rules, text, source, kind):
    last = attributions(text, rules)[-1]
    assert last.source == source and (kind is None or last.source_type == kind)


@pytest.mark.parametrize("text, sources", [
    # (forty-ninth session, a helper's gap review) the story's own body before the registry's country-less default
    ("Conflict monitor Airwars said 40 civilians were killed in Mosul. The monitor said the toll was likely higher.",
     ["Airwars", "Airwars"]),
    ("Nigeria's Interior Ministry said 200 inmates escaped. A ministry spokesman said 90 had been recaptured.",
     ["Nigeria's Interior Ministry", "Nigeria's Interior Ministry"]),
    ("In a statement the Syrian Foreign Ministry condemned the strike. The ministry called on the Security Council "
     "to act.", ["Syrian government", "Syrian government"]),
    # ("The Observatory" is the Observatory's own name, not a description of the monitor that spoke last)
    ("The Local Coordination Committees said 20 people died. The Observatory said 40 civilians were killed.",
     ["Local Coordination Committees", "Syrian Observatory for Human Rights"]),
])
def test_attribution_a_description_is_the_storys_body_before_a_registry_default(rules, text, sources):
    assert [a.source for a in attributions(text, rules) if a is not None] == sources


@pytest.mark.parametrize("text, source", [
    # (forty-ninth session) with no place the rules know, a people's adjective names the story's country
    ("Egyptian police raided a flat on Monday. The Interior Ministry said it had arrested 12 suspects.",
     "Egypt's Interior Ministry"),
    # (not a word inside a name, nor a short word the endings spell: "Kuki-Chin" is no Chilean)
    ("Two members of the Kuki-Chin National Front were killed in a gunfight. The Interior Ministry said 12 were "
     "arrested.", "Syrian Interior Ministry"),
])
def test_attribution_a_peoples_adjective_names_the_storys_country(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (forty-ninth session, a helper's gap review) prosecutors are unnamed people, as officials are
    ("Three men were charged with murder, prosecutors said.", "unnamed (prosecutors)"),
    ("Federal prosecutors said the men had fled.", "unnamed (federal prosecutors)"),
    # a court the story named is what "the court" is
    ("The Supreme Court struck down the law on Monday. The court said the law was void.", "Supreme Court"),
    # a cue of two words after an insertion, as one of one word
    ("Alhaji Musa Bello, who visited the area on Monday, called for calm.", "Musa Bello"),
    ("The regional minister, Alhaji Musa Bello, who visited the area on Monday, appealed to the parties to stop "
     "fighting.", "Musa Bello"),
])
def test_attribution_prosecutors_courts_and_two_word_cues_after_an_insertion(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text", [
    # "appealed" speaks only for or to someone: a decision appealed in court is no statement
    "A Helsinki court dismissed that case in October — a decision prosecutors have appealed.",
    "The family appealed the ruling on Monday.",
])
def test_attribution_an_appeal_in_court_is_no_cue(rules, text):
    assert attributions(text, rules)[-1] is None


@pytest.mark.parametrize("text, source", [
    # (forty-ninth session, a helper's gap review) a country's possessive, a capitalised title, then the
    # minister's or the leader's name: he speaks for himself (fixtures/gold/GUIDELINES.md), whatever the
    # registry calls the country by ("Israel", an alias of its military)
    ("Israel's Defence Minister Yoav Gallant said the war would go on.", "Yoav Gallant"),
    ("Iran's Supreme Leader Ali Khamenei said the war would go on.", "Ali Khamenei"),
    ("Britain's UN ambassador Matthew Rycroft said the war would go on.", "Matthew Rycroft"),
])
def test_attribution_a_countrys_capitalised_title_before_a_ministers_name(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source, last.source_type) == (source, "person")


@pytest.mark.parametrize("text, source, speaker", [
    # (forty-ninth session, a helper's gap review) a named subject whose inserted role is a body's spokesman
    # speaks for the body (fixtures/gold/GUIDELINES.md, officers), the body named before the role
    ("Zabihullah Mujahid, the Taliban spokesman, said the talks failed.", "Taliban", "Zabihullah Mujahid"),
    ("Farhan Haq, the deputy UN spokesman, said the talks failed.", "United Nations", "Farhan Haq"),
    ("Karine Jean-Pierre, the White House press secretary, said the talks failed.", "US government",
     "Karine Jean-Pierre"),
    # (another role after a name of no body: he speaks for himself)
    ("Hamidou Sali Ousmanou, the Mayo-Sava divisional officer, said families were registered.",
     "Hamidou Sali Ousmanou", "Hamidou Sali Ousmanou"),
])
def test_attribution_a_named_subject_with_a_bodys_spokesmans_role_inserted(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # (forty-ninth session) armed groups of the wire copy the registry now knows: typed so, not a person
    ("Al-Shabaab, in a statement carried by its Andalus radio, claimed its fighters killed 47 soldiers.", "Al-Shabaab"),
    ("Boko Haram said it carried out the attack.", "Boko Haram"),
])
def test_attribution_armed_groups_of_the_wire_copy(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source, last.source_type) == (source, "armed group")


@pytest.mark.parametrize("text, source", [
    # (forty-ninth session, a helper's gap review) a speaker named after the content, closing the sentence,
    # reports the unnamed passive accusation inside it
    ("The suspects were accused of links to IS, the agency said.", "unnamed (the agency)"),
    ("The attack was blamed on Kurdish militants, Turkish officials said on Monday.", "unnamed (turkish officials)"),
    ("The suspects were accused of links to IS, Amnesty International said.", "Amnesty International"),
    # (no speaker closing the sentence: somebody accuses)
    ("The suspects were accused of links to IS.", "unnamed"),
])
def test_attribution_a_closing_speaker_reports_a_passive_accusation(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # (forty-ninth session, a helper's gap review)
    # "official" describes the agency after it, not an official
    ("According to the official Syrian news agency SANA, 12 people were killed.", "SANA", None),
    ("According to the official Iranian news agency IRNA 12 people were killed.", "IRNA", None),
    # a surname that is also a word for people ("Elder"); a bare "Spokesman" speaks for the body just before
    ("Spokesman James Elder said 12 people died.", "James Elder", "James Elder"),
    ("UNICEF said 12 children died. Spokesman James Elder said the toll could rise.", "UNICEF", "James Elder"),
    ("Activists said 12 died. Spokesman Ahmed Ali said the toll could rise.", "Ahmed Ali", "Ahmed Ali"),
    # a possessive pronoun is no body; "Amid", "Despite", "Following" open a sentence, they name nobody
    ("The suspect appeared in court. His lawyer Ahmet Demir rejected the charges.", "Ahmet Demir", "Ahmet Demir"),
    ("Despite reports of a truce the army said 12 people died.", "unnamed (the army)", None),
])
def test_attribution_official_agencies_bare_spokesmen_and_sentence_openers(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


def test_attribution_amid_reports_names_no_speaker(rules):
    assert attributions("Amid reports that Turkish troops had crossed the border the Syrian government summoned "
                        "the ambassador.", rules)[-1] is None


@pytest.mark.parametrize("text, source, speaker", [
    # (forty-ninth session, a helper's gap review) an officer's apposition without its commas, as FA-KES prints it
    ("Twelve soldiers were killed said Jens Laerke a spokesman for OCHA.", "OCHA", "Jens Laerke"),
    ('Rebel groups "announce the start of the battle" said Abu Yusef Muhajir a military commander and spokesman '
     'for Ahrar al-Sham.', "Ahrar al-Sham", "Abu Yusef Muhajir"),
    ("Amadou Diallo an official with the Sahel Relief Network said Sunday that 12 people died.",
     "Sahel Relief Network", "Amadou Diallo"),
    ("Mr Juma Kisanga, the chairman of Madoto Village, said 40 residents were missing.", "Madoto Village",
     "Juma Kisanga"),
    # (a scholar at a university speaks for himself)
    ("Mohammed Hassan a researcher at the University of Damascus said 12 people died.", "Mohammed Hassan",
     "Mohammed Hassan"),
])
def test_attribution_an_officers_apposition_without_its_commas(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, via", [
    # (forty-ninth session, a helper's gap review) "Citing X Y said" without its comma (FA-KES): X the source,
    # Y the relay, as with the comma
    ("Citing medical sources SANA said 12 people were killed.", "unnamed (medical sources)", ["SANA"]),
    ("Citing medical sources the Britain-based monitoring group said 12 fighters suffered symptoms.",
     "unnamed (medical sources)", ["Syrian Observatory for Human Rights"]),
    ("Citing medical sources, SANA said 12 people were killed.", "unnamed (medical sources)", ["SANA"]),
])
def test_attribution_citing_without_its_comma(rules, text, source, via):
    last = attributions(text, rules)[-1]
    assert (last.source, list(last.via)) == (source, via)


@pytest.mark.parametrize("text", [
    # (forty-ninth session, a helper's gap review) "there were reports that": an agentless report, an
    # unnamed source, as "reports emerged that" is (rules/hedges.jsonl)
    "There were unconfirmed reports that the commander had been killed.",
    "There have been reports that 12 people died in the shelling.",
])
def test_attribution_there_were_reports_is_an_unnamed_source(rules, text):
    last = attributions(text, rules)[-1]
    assert last is not None and last.source_type == "anonymous"


@pytest.mark.parametrize("text, source", [
    # (forty-ninth session, a helper's gap review) "he" after a sentence that introduced a person, though he
    # spoke in no cue: the person introduced, not the one who spoke before
    ("The Taliban said 12 fighters died. Afghan analyst Ahmad Saeedi was skeptical. He said the group often "
     "exaggerated its gains.", "Ahmad Saeedi"),
    ("Ahmed Ali, a 35-year-old father of three, fled Aleppo last week. He said the bombing never stopped.",
     "Ahmed Ali"),
    # an analyst is a title, and speaks for himself
    ("Security analyst Marius Paulauskas of Vilnius University warned that proving intent would be difficult.",
     "Marius Paulauskas"),
])
def test_attribution_he_after_a_person_introduced_without_a_cue(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (forty-ninth session) a body "in" a country the registry knows by its government: the body, where it is
    ("The UN refugee agency in Lebanon said 12 people died.", "UNHCR"),
    ("The UN Interim Force in Lebanon said it was aware of the strike.", "UNIFIL"),
    ("The Turkish army in Syria said 12 people died.", "Turkish military"),
    # words inside a UN agency's description
    ("The UN nuclear watchdog said the plant was safe.", "International Atomic Energy Agency"),
    ("Fewer residents have returned, according to the UN's migration agency, the IOM.",
     "International Organization for Migration"),
    # (a long span of headline debris still ends in its known name)
    ("Sputnik Yazan Kalash Explosion in Damascus Reuters reported 12 dead.", "Reuters"),
])
def test_attribution_a_body_in_a_country_and_un_agencies_described(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (forty-ninth session) a body's plural possessive before a modified role, as its "'s" is read
    ("The Houthis' chief negotiator said the talks failed.", "Houthis"),
    # (a people's plural possessive names no body)
    ("The Kurds' top commander said the talks failed.", "unnamed (commander)"),
])
def test_attribution_a_bodys_plural_possessive_before_a_modified_role(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (forty-ninth session, a helper's regression review) a local council's head speaks for himself; a bare
    # "Spokesman <name>" after a medium reported is not the medium's
    ("Musa Bello the chairman of Guma Local Government Area said 20 farmers were killed.", "Musa Bello"),
    ("Al Jazeera reported that the convoy was attacked. Spokesman Ahmed Hassan said the group was not involved.",
     "Ahmed Hassan"),
])
def test_attribution_mends_of_the_regression_review(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # (fiftieth session, the regression review's remaining findings) a title that is also a surname,
    # before another name, is a title; prosecutors "with" a body are its members; an
    # official people's word names no one; a body named for its aim after a comma-less role
    ("Tribal Elder Haji Gul said 12 people died.", "Haji Gul", "Haji Gul"),
    ("James Elder said 12 people died.", "James Elder", "James Elder"),
    ("Prosecutors with the International Criminal Court said the evidence was strong.",
     "International Criminal Court", None),
    ("According to the official Afghan figures, 40 people died.", "unnamed (official afghan)", None),
    ("The paper was banned, said Rana Hassan a lawyer for the Committee to Protect Journalists.",
     "Committee to Protect Journalists", "Rana Hassan"),
    # (a role "with" something that is no body's name keeps the person)
    ("The office shut, said Ali Omar, a volunteer with the group to help refugees.", "Ali Omar", "Ali Omar"),
])
def test_attribution_mends_of_the_regression_review_fiftieth(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # (fiftieth session, the regression review) a people's word before a word for foreigners names no
    # story's country; "he" is not a woman the sentence before introduced
    ("Two Egyptian nationals were arrested in the port city on Monday. The government said they had entered "
     "illegally.", "unnamed (the government)"),
    ("Egyptian police raided a flat on Monday. The government said the men had entered illegally.",
     "Egypt's government"),
    ("Fatima Ali, a mother of five, fled with her husband. He said the shelling had not stopped.", "unnamed"),
    ("Fatima Ali, a mother of five, fled Aleppo in March. She said the shelling had not stopped.", "Fatima Ali"),
    ("Ahmed Ali, a father of three, fled Aleppo in March. He said the shelling had not stopped.", "Ahmed Ali"),
])
def test_attribution_foreigners_and_a_pronoun_of_the_other_sex(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # (fiftieth session) a capitalised officer's role right after a body the registry knows by name, as
    # after an acronym ("KMD Deputy Director"): the body speaks through him
    ("Pentagon Press Secretary Peter Cook said 12 fighters died.", "Pentagon", "Peter Cook"),
    ("White House Press Secretary Josh Earnest said the talks would go on.", "US government", "Josh Earnest"),
    # (a country's title is no body's, nor a body named before another title)
    ("British Foreign Secretary Boris Johnson said the talks failed.", "Boris Johnson", "Boris Johnson"),
    ("At the U.N. British Foreign Secretary Boris Johnson said Russia should be investigated.", "Boris Johnson",
     "Boris Johnson"),
])
def test_attribution_a_capitalised_role_after_a_known_bodys_name(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # (fiftieth session, a helper's gap review) a person named after an inverted cue's one unnamed person
    ("Shelling killed 9 people, said a resident, Ahmed Musa.", "Ahmed Musa", "Ahmed Musa"),
    ("Shelling killed 9 people, said one mother, Hauwa Ali, who fled the town.", "Hauwa Ali", "Hauwa Ali"),
    ("Shelling killed 9 people, said a resident, Monday.", "unnamed (a resident)", None),
    # an alliance's name is a body's, not a person's
    ("The Three Brotherhood Alliance said in a statement that it had taken the town.", "Three Brotherhood Alliance",
     None),
    # who is backed speaks, not his backer
    ("M23 rebels backed by Rwanda said on Monday they had captured Goma.", "M23", None),
    ("Fighters backed by the United States said they had taken the town.", "unnamed (fighters)", None),
    ("Rebels backed by Turkey said they had captured the town.", "unnamed (rebels)", None),
])
def test_attribution_a_name_after_a_description_alliances_and_backers(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # (fiftieth session, a helper's gap review) "Its <role>, <name>," after a body that spoke in the sentence
    # before without opening it; "secretary general" without its hyphen is an officer's role
    ("At least 11,300 people were killed in Derna, according to the Libyan Red Crescent. Its secretary general, "
     "Marie el-Drese, told reporters that another 10,100 people were missing.", "Libyan Red Crescent", "Marie el-Drese"),
    ("At least 11,300 people were killed, the Libyan Red Crescent said. Its director, Marie Drese, said 10,100 "
     "people were missing.", "Libyan Red Crescent", "Marie Drese"),
    # (a person who spoke before owns no "its")
    ("At least 11,300 people were killed, Marie Drese said. Its director, Omar Ali, said 10,100 people were "
     "missing.", "Omar Ali", "Omar Ali"),
])
def test_attribution_its_officer_after_a_body_that_spoke_last(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # (fiftieth session, a helper's gap review) "the military" in a story datelined in a place with no army of
    # its own is the army of the one people whose troops the sentence names
    ("GAZA (Reuters) - Israeli troops raided a hospital in Gaza City, the military said. The army said it had "
     "detained 50 suspects.", "Israeli military"),
    # (a country with its own army keeps it: "Russian jets" in a story from Syria)
    ("DAMASCUS (Reuters) - Russian jets struck Idlib, the army said.", "Syrian army"),
])
def test_attribution_the_military_of_the_troops_a_sentence_names(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_the_agency_after_a_un_body_is_that_body(rules):
    # (fiftieth session, a helper's gap review) "The agency said" after OCHA spoke is OCHA, not the one UN
    # body the registry names with "Agency" in its name (the IAEA)
    last = attributions("The UN humanitarian office OCHA said more than 15,000 people had been displaced. The agency "
                        "said it was sending emergency supplies.", rules)[-1]
    assert last.source == "OCHA"


def test_attribution_a_ministry_statement_is_no_armed_groups(rules):
    # (fiftieth session, a helper's gap review) "A ministry statement said" is not the armed group the next
    # sentence has speak, but the ministry that spoke before
    found = attributions("Israeli airstrikes on southern Lebanon killed 55 people on Monday, Lebanon's health "
                         "ministry said. A ministry statement said that the dead included nine women. Hezbollah said "
                         "its fighters had fired rockets at a base near Haifa.", rules)
    assert found[1].source == "Lebanon's health ministry" and found[2].source == "Hezbollah"


@pytest.mark.parametrize("text, source", [
    # (fiftieth session, a helper's gap review) a defence lawyer is a defendant's, no officer of a country's
    # defence; a defence spokesman still is one
    ("A court in the Central African Republic jailed a former minister on Monday. Defence lawyer Paul Mbeki said "
     "his client would appeal.", "Paul Mbeki"),
    ("A court in the Central African Republic jailed a former minister on Monday. Defence spokesman Paul Mbeki "
     "said the army would appeal.", "Central African Republic's defence"),
])
def test_attribution_a_defence_lawyer_speaks_for_himself(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_relays_verb_is_no_modifier_of_an_officers_role(rules):
    # (fiftieth session, a helper's gap review) "MRTV quoted junta spokesman Zaw Min Tun": the relay is never
    # the body its verb and the role's words would make of it
    last = attributions("State broadcaster MRTV quoted junta spokesman Zaw Min Tun as saying the army had retaken "
                        "the town.", rules)[-1]
    assert (last.source, last.speaker, last.via) == ("Zaw Min Tun", "Zaw Min Tun", ("MRTV",))


@pytest.mark.parametrize("text, source, speaker", [
    # (fiftieth session, a helper's gap review) an inverted cue's speaker, "a spokesman for the rebel alliance":
    # the body that spoke last, which the description calls so
    ('M23 rebels said on Monday they had captured Goma. "The city has been liberated," said Lawrence Kanyuka, a '
     'spokesman for the rebel alliance.', "M23", "Lawrence Kanyuka"),
    # (nobody spoke before: the person)
    ('"The city has been liberated," said Lawrence Kanyuka, a spokesman for the rebel alliance.', "Lawrence Kanyuka",
     "Lawrence Kanyuka"),
])
def test_attribution_a_spokesman_for_a_described_body_after_an_inverted_cue(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # (fiftieth session, from the FA-KES train split's text outside the golds) "the pontiff" and "the pope"
    # are the pope the story named, not whoever spoke last
    ("Pope Francis on Sunday urged an end to the war in Syria. The pontiff said he hoped the war would end.",
     "Pope Francis"),
    ("Pope Francis urged an end to the war. President Recep Tayyip Erdogan said the attack was inhuman. The pope "
     "said he hoped the war would end.", "Pope Francis"),
    ("President Recep Tayyip Erdogan said the attack was inhuman. The pontiff said he hoped the war would end.",
     "unnamed (the pontiff)"),
])
def test_attribution_the_pontiff_is_the_pope_named(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_quotation_after_a_persons_paraphrase_is_his(rules):
    # (fiftieth session, a helper's gap review) a quotation with no cue of its own, right after a sentence in
    # which a person (or a body through its speaker) spoke, is his, as a wire writes it
    found = attributions('Rami Abdel Rahman head of the Observatory said the toll was likely to rise. "Many people are '
                         'still under the rubble. Rescue teams cannot reach them because of the shelling." He said the '
                         'regime was using barrel bombs again.', rules)
    assert [a.source for a in found] == ["Syrian Observatory for Human Rights"] * 4
    assert found[1].carried and found[1].speaker == "Rami Abdel Rahman"


@pytest.mark.parametrize("text, source", [
    # a quotation closed by another named person's cue is hers, not the speaker of the sentence before
    ('Officials said 150 people spent the night in the sports hall, said Gennaro Salvatore. "The bed moved like a '
     'boat. I grabbed my daughter and we ran," one resident, Carmela Rossi, 44, told the Naples daily.',
     "Carmela Rossi"),
    # (but "the man said" closing it is no one new: the one before)
    ('Abu Mohammad said the village was empty. "There was no military base here. We are farmers," the man said.',
     "Abu Mohammad"),
])
def test_attribution_a_quotation_closed_by_another_speaker(rules, text, source):
    found = attributions(text, rules)
    assert found[1].source == source


def test_attribution_a_quotation_closed_through_a_relay_went_through_it(rules):
    # ('… martyrs" he told Reuters by telephone': the whole quotation went through Reuters)
    found = attributions('Talal Barazi said the attack served the armed groups. He confirmed deaths at the airbase. "I believe '
                         'the human casualties are not big. We hope there are not many victims" he told Reuters by '
                         'telephone.', rules)
    assert found[2].source == "Talal Barazi" and found[2].via == ("Reuters",)


@pytest.mark.parametrize("text, source, speaker", [
    # (fiftieth session, a helper's second gap review) the story's body found by a description is no
    # foreign alias; "Its <place> <role>"; "<Body>'s <place> researcher"; a lost apostrophe's group
    ("The White Helmets said three volunteers were wounded in Atareb. The group's director Raed al-Saleh said the "
     "team was hit by a second strike.", "White Helmets", "Raed al-Saleh"),
    ("Save the Children warned that children face freezing conditions. The charity said six children died. Its Syria "
     "response director Sonia Khush said the tragedy was preventable.", "Save the Children", "Sonia Khush"),
    ("Amnesty International accused armed groups of abducting civilians. Amnesty's Syria researcher said the victims "
     "were tortured.", "Amnesty International", None),
    ("The Levant Front said it shot down a regime drone near Afrin. The groups spokesman said the drone was carrying "
     "explosives.", "Levant Front", None),
    # (a state is no group)
    ("Turkey condemned the attack. The groups spokesman said the drone was carrying explosives.",
     "unnamed (groups spokesman)", None),
])
def test_attribution_a_bodys_officers_described_or_for_a_place(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, via", [
    # (fiftieth session, a helper's second gap review) "citing X Y reported" at a sentence's end without its
    # commas (FA-KES): the cited words end where a medium the registry knows begins; a relay is named once
    ("The army repelled an attack on Kafr Nabudah citing a military source SANA reported.",
     "unnamed (a military source)", ("SANA",)),
    ("The army repelled an attack on Kafr Nabudah, citing a military source, SANA reported.",
     "unnamed (a military source)", ("SANA",)),
    # (a body citing its own office speaks for itself)
    ("Also, the National Emergency Management Agency (NEMA), citing its Minna Operations Office, said relief "
     "materials were being mobilised.", "National Emergency Management Agency", ()),
])
def test_attribution_citing_at_a_sentences_end_without_commas(rules, text, source, via):
    last = attributions(text, rules)[-1]
    assert (last.source, last.via) == (source, via)


@pytest.mark.parametrize("text, source, speaker", [
    # (fiftieth session, a helper's second gap review) "Country" before a capitalised title after a body's
    # acronym; a body that spoke called again by the end of its name
    ('"Families are eating one meal a day," said WFP Country Director Kenn Crossley.', "World Food Programme",
     "Kenn Crossley"),
    ("RIA Novosti quoted the Russian military as saying that its forces had taken the village. The Defence Ministry "
     "said Ukrainian losses amounted to 300 servicemen.", "Russian Defence Ministry", None),
    ("Ukraine's General Staff said Russia had lost 900 troops. The General Staff said Russian forces made 60 attacks.",
     "General Staff of the Armed Forces of Ukraine", None),
    # (no body of that name spoke: the name as written)
    ("The Defence Ministry said Ukrainian losses amounted to 300 servicemen.", "Defence Ministry", None),
])
def test_attribution_country_directors_and_a_body_by_the_end_of_its_name(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # (fiftieth session, a helper's second gap review) after a possessive, a cue's word is a noun; officials
    # installed or appointed by a capital are unnamed
    ("Russia said its forces took the village. Kyiv's claims could not be independently verified.", None),
    ("Moscow-installed officials in Zaporizhzhia said 12 people died.",
     "unnamed (moscow-installed officials in zaporizhzhia)"),
])
def test_attribution_a_possessives_claims_and_installed_officials(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source if last is not None else None) == source


@pytest.mark.parametrize("text, source", [
    # (fiftieth session, a helper's code review of the session's change) a spokesman "for the rebels" is no
    # state's; no reading takes the backer for the speaker; a day before a possessive is no part of a name;
    # a province is no resident's name; one cited word before the medium
    ('Nigeria\'s army said it had killed 20 fighters. "We will fight on," said Abu Musab, a spokesman for the '
     'rebels.', "Abu Musab"),
    ("A study funded by the European Union said the river was polluted.", None),
    ("On Tuesday Biden's national security adviser said the strikes would continue.", "unnamed (security adviser)"),
    ('"We fled," said a resident, North Kivu Province.', "unnamed (a resident)"),
    ("Five people died citing witnesses AFP reported.", "unnamed (witnesses)"),
])
def test_attribution_mends_of_the_code_review(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source if last is not None else None) == source


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-first session) an officer of "the company", "the service" that no body of that kind spoke
    # before: the one the text named by that word, capitalised, as "the department's" already was
    ("The Acme Mining Company runs the pit. The company's spokesman, Bob Jones, said four workers died.",
     "Acme Mining Company", "Bob Jones"),
    ("The Tyrol Avalanche Warning Service raised the danger level. The service's head, Sabine Rainer, said snow fell.",
     "Tyrol Avalanche Warning Service", "Sabine Rainer"),
    # (no body of that kind named: he speaks for himself)
    ("The company's spokesman, Bob Jones, said four workers died.", "Bob Jones", "Bob Jones"),
    # (only a name the word ends: "Acme Company Store" is no company's name)
    ("The Acme Company Store opened. The company's spokesman, Bob Jones, said four workers died.", "Bob Jones",
     "Bob Jones"),
])
def test_attribution_an_officer_of_a_body_the_text_named_by_its_kind(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-first session) "according to" a lower-case owner's officer, named between commas
    ("According to the town's director, Gerald Ratt, 23 people overdosed.", "Gerald Ratt", "Gerald Ratt"),
    ("The Acme Company runs the mine. According to the company's spokesman, Bob Jones, four miners died.",
     "Acme Company", "Bob Jones"),
    # (no name after the role: no officer read this way)
    ("According to the town's director, 23 people overdosed.", None, None),
])
def test_attribution_according_to_an_owners_officer_by_name(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert ((last.source, last.speaker) if last is not None else (None, None)) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # (fifty-first session) a name with words in lower case, spelled by its acronym, and the acronym after it
    ("The Association des journalistes du Burkina (AJB) said two reporters were missing.",
     "Association des journalistes du Burkina"),
    ("The Association des journalistes du Burkina (AJB) said two reporters were missing. AJB said it would appeal.",
     "Association des journalistes du Burkina"),
    ('The Association des journalistes du Burkina (AJB) met. "We knocked on every door," said an AJB official.',
     "Association des journalistes du Burkina"),
    # (words that do not spell it are no name of it)
    ("The talks with the army (AJB) said nothing.", None),
    # a capital before a city's own service names that service, not the country's government
    ("The London fire brigade (LFB) said it was called at 2am. The LFB said crews would remain.",
     "London fire brigade"),
    ("Kabul police said four people died.", "Kabul police"),
    ("London said it would respond to the expulsions.", "UK government"),
])
def test_attribution_acronyms_of_names_in_lower_case_and_a_capitals_services(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source if last is not None else None) == source


def test_attribution_a_fire_brigade_is_no_army(rules):
    last = attributions("Cork City Fire Brigade said two units attended.", rules)[-1]
    assert (last.source, last.source_type) == ("Cork City Fire Brigade", "government")


@pytest.mark.parametrize("text, source", [
    # (fifty-first session) a country that records a count, inside what the speaker closing the sentence says
    ("Thailand has reported its first case of mpox clade 1b, the Department of Disease Control said on Thursday.",
     "Department of Disease Control"),
    ("Nigeria has recorded 40 deaths from Lassa fever, the Nigeria Centre for Disease Control said.",
     "Nigeria Centre for Disease Control"),
    # (a speaker's own verb before another closing report keeps its sentence; a medium closing it relays the
    # subject's count: a code review's finding)
    ("Russia said it had downed 12 drones, the state news agency TASS reported.", "Russian government"),
    ("Hezbollah reported the death of a commander, Lebanese media said.", "Hezbollah"),
    ("Hezbollah confirmed the death of a commander, Lebanese media said.", "Hezbollah"),
])
def test_attribution_a_count_recorded_inside_a_closing_speakers_words(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source if last is not None else None) == source



def test_attribution_an_acronym_defined_after_a_sentence_that_ends_with_a_name(rules):
    # (fifty-first session) the name an acronym stands for starts after the sentence before it ends
    text = ("Monsoon rains pounded Malaysia. The Malaysia Civil Defence Force (APM) said 42 relief centres had been "
            "opened. APM said more rain was expected.")
    assert attributions(text, rules)[-1].source == "Malaysia Civil Defence Force"


@pytest.mark.parametrize("text, speaker", [
    # (fifty-first session) a body called by its kind speaks itself, through nobody named (as the gold
    # writes a hundred such sentences), after its officer spoke
    ("According to the National Search and Rescue Agency's local head, Muhamad Arafah, 52 people had been rescued. "
     "The agency said two ships had joined the search.", None),
    ("Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, said 20 died. The Observatory said "
     "seven of them were children.", None),
    # (a person called by his role is still the man named before)
    ("Ahmad Rami, a spokesman for the Syrian Health Ministry, said 20 died. The spokesman said seven were children.",
     "Ahmad Rami"),
])
def test_attribution_a_body_by_its_kind_speaks_through_nobody_named(rules, text, speaker):
    assert attributions(text, rules)[-1].speaker == speaker


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-first session) "Justice" is a judge's title: between an officer's role and his name, and
    # inside a ministry's name after a comma
    ("MEC chairperson Justice Annabel Mtalimanja said the commission had received no complaints.", "MEC",
     "Annabel Mtalimanja"),
    ("Justice Jane Okuo said the crime had put lives at risk.", "Jane Okuo", "Jane Okuo"),
    ("The Justice Ministry said four people died.", "Justice Ministry", None),
])
def test_attribution_justice_as_a_title(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, via", [
    # (fifty-first session) a medium someone told, described before its name or named before "news agency"
    ("Roger Pettersen told public broadcaster NRK that they hoped to find people alive.", ("NRK",)),
    ("The defendant's lawyer told the dpa news agency that he would appeal.", ("DPA",)),
    # (the story's own agency, and a bare unknown name, which is most often the story's own publisher)
    ("Residents told this news agency that houses had collapsed.", ()),
    ("Valentina Ilic told N1 that the unions would not back down.", ()),
])
def test_attribution_a_medium_told_that_the_registry_does_not_know(rules, text, via):
    assert attributions(text, rules)[-1].via == via


@pytest.mark.parametrize("text, source", [
    # (fifty-first session) capitalised words a bracketed acronym spells are a body's name, not an unnamed
    # executive or officers
    ("The Health Service Executive (HSE) said it was committed to resolving the dispute.", "Health Service Executive"),
    ("The Health Service Executive (HSE) met the unions. According to the HSE, 40 nurses left.",
     "Health Service Executive"),
    # (without the acronym, a description)
    ("Senior officials said five people died.", "unnamed (senior officials)"),
])
def test_attribution_a_name_its_acronym_spells_is_no_unnamed_source(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (fifty-first session) more verbs after a common subject ("several mayors", "some residents"), and the
    # present "denounce"
    ("Several mayors complained the centers are insufficient.", "unnamed (several mayors)"),
    ("Some residents denounce the slowness of the aid.", "unnamed (some residents)"),
    # ("added to" is no cue after such a subject either)
    ("Several mayors added to the pressure on the government.", None),
])
def test_attribution_more_verbs_of_common_subjects(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source if last is not None else None) == source


@pytest.mark.parametrize("text, source", [
    # (fifty-first session) a year after "In" opens a time, not a name ending in a number; an emergency
    # service named by its telephone number
    ("In 2019 officials said three people died.", "unnamed (officials)"),
    ("Rescue 1122 said the injured had been shifted to hospital.", "Rescue 1122"),
    ("DeirEzzor 24 said five people died.", "DeirEzzor 24"),
])
def test_attribution_numbers_before_a_subject(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source if last is not None else None) == source


@pytest.mark.parametrize("text, source, via", [
    # (fifty-first session, a helper's gap review of conflict news) "the UN agency" after one of the UN's
    # agencies spoke is that agency; "according to X cited by Y" is relayed by Y
    ("OCHA said 40,000 people had fled. The UN agency said most of the displaced had reached Tawila.", "OCHA", ()),
    ("The UN agency said five people died.", "United Nations", ()),
    ("At least 12 were killed according to the Syrian Observatory for Human Rights cited by AFP.",
     "Syrian Observatory for Human Rights", ("AFP",)),
    ("Three people were arrested, according to the gendarmerie, cited by the Senegalese Press Agency.",
     "gendarmerie", ("Senegalese Press Agency",)),
])
def test_attribution_the_un_agency_and_according_to_cited_by(rules, text, source, via):
    last = attributions(text, rules)[-1]
    assert (last.source, last.via) == (source, via)


@pytest.mark.parametrize("text, source, kind", [
    # (fifty-first session) a name ending in "Force" is a body's, not a person's: a state's defence force,
    # a resistance force (an armed group), a fire force (a public service)
    ("The Rwanda Defence Force said its troops repulsed an attack.", "Rwanda Defence Force", "military"),
    ("The Pale People's Defence Force said most of the dead were villagers.", "Pale People's Defence Force",
     "armed group"),
    ("The Kuwait Fire Force said four people died.", "Kuwait Fire Force", "government"),
])
def test_attribution_a_force_is_a_body(rules, text, source, kind):
    last = attributions(text, rules)[-1]
    assert (last.source, last.source_type) == (source, kind)


def test_attribution_a_lost_apostrophe_before_an_officers_role(rules):
    # (fifty-first session) "The groups spokesman" (FA-KES, apostrophes lost) is the group's
    text = ("The Houthi movement said it fired drones at Israel. The groups spokesman Yahya Saree said the drones hit "
            "their targets.")
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == ("Houthis", "Yahya Saree")


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-first session) a surname that is also a word for people ("elder") names the man who spoke
    ("UNICEF spokesperson James Elder told reporters 5 died. Elder said 2.2 million children were malnourished.",
     "UNICEF", "James Elder"),
    ("UNICEF spokesperson James Elder told reporters 5 died. Elders said three people died.", "unnamed (elders)", None),
])
def test_attribution_a_surname_that_is_a_word_for_people(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # (fifty-first session) "the Houthi health ministry" is Yemen's (as "the Houthi-run" one), not the
    # Syrian ministry the registry knows by its bare name
    ("The Houthi health ministry said 30 people were killed.", "Yemen's health ministry"),
    ("The Taliban administration said four people died.", "Taliban administration"),
])
def test_attribution_the_houthi_health_ministry(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-first session) a speaker is his name, without the titles and ranks before it
    ("WHO Director-General Tedros Adhanom Ghebreyesus said a convoy had reached the hospital.",
     "World Health Organization", "Tedros Adhanom Ghebreyesus"),
    ("Israeli military spokesman Rear Admiral Daniel Hagari said the strike targeted two officials.", "Israeli military",
     "Daniel Hagari"),
    ("Commander-in-Chief Oleksandr Syrskyi said the situation remained difficult.", "Oleksandr Syrskyi",
     "Oleksandr Syrskyi"),
    # (sixty-fourth session) an FBI agent's titles, "in Charge" with them: the person, no body called
    # "Special Agent in Charge Daniel Whitcomb"
    ("Special Agent in Charge Daniel Whitcomb said investigators were looking at every possibility.",
     "Daniel Whitcomb", "Daniel Whitcomb"),
    ("Special Agent Daniel Whitcomb said investigators were looking at every possibility.",
     "Daniel Whitcomb", "Daniel Whitcomb"),    # (and a capitalised role keeps its "in" lower case: "FBI Special Agent in Charge" after the FBI was
    # spelled out is its officer)
    ("The Federal Bureau of Investigation (FBI) said it was investigating. FBI Special Agent in Charge Daniel "
     "Whitcomb said investigators were looking.", "Federal Bureau of Investigation", "Daniel Whitcomb"),
])
def test_attribution_a_speaker_without_his_titles(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker, via", [
    # (fifty-first session, a read-only code review of the session's change) "Justice" is a judge's title
    # only between a role and a name; bare "Houthi" only before the ministries the registry would take for
    # Syria's; "the UN body" is the UN; no weekday or adjective is a medium; a rank of two words before a
    # surname goes whole; "Damascus police" is the force; a clinic that admits patients says nothing; a
    # bare "the newspaper" is no relay's name
    ("The European Court of Justice said the ban was lawful.", "European Court of Justice", None, ()),
    ("Ministry of Justice spokesperson Sarah Lee said three people died.", "Ministry of Justice", "Sarah Lee", ()),
    ("The Houthi government said the airport would reopen.", "Houthis", None, ()),
    ("UNICEF said 12 children died. The UN Security Council met. The UN body called for a ceasefire.",
     "United Nations", None, ()),
    ("The minister told public radio Tuesday that three people died.", "unnamed (the minister)", None, ()),
    ("Ahmadi told the private news agency that four people died.", "Ahmadi", "Ahmadi", ()),
    ("Damascus police said three people were arrested.", "Damascus police", None, ()),
    ("The Kathmandu Post reported on the floods. At least 30 were killed according to activists cited by the "
     "newspaper.", "unnamed (activists)", None, ()),
])
def test_attribution_mends_of_the_fifty_first_code_review(rules, text, source, speaker, via):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker, last.via) == (source, speaker, via)


@pytest.mark.parametrize("text", [
    "A field hospital admitted 30 wounded civilians overnight.",
])
def test_attribution_a_clinic_admitting_patients_says_nothing(rules, text):
    assert attributions(text, rules)[-1] is None


def test_attribution_a_rank_of_two_words_before_a_surname_goes_whole(rules):
    last = attributions("The Israeli military said three died. Rear Admiral Hagari said four more died.", rules)[-1]
    assert "Admiral" not in (last.speaker or "") and "Admiral" not in last.source


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-first session, after the held-out read; output-identical on the corpora) a role in lower case
    # before a name "of" a body the registry does not know: the body speaks through him; a lawmaker still
    # speaks for himself
    ("Rebel commander Abu Hamza of Jaish al-Izza told Reuters his fighters had captured three villages.",
     "Jaish al-Izza", "Abu Hamza"),
    ("Iranian lawmaker Mehdi Sarvestani, a member of the Majlis National Security and Foreign Policy Committee, "
     "said three died.",
     "Mehdi Sarvestani", "Mehdi Sarvestani"),
])
def test_attribution_a_role_before_a_name_of_an_unknown_body(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


def test_attribution_a_role_of_something_in_a_place_before_the_name(rules):
    # (fifty-first session, after the held-out read; output-identical on the corpora) "the ICRC's head of
    # delegation in Ukraine, Pascal Hundt," speaks for the ICRC
    last = attributions("The ICRC's head of delegation in Ukraine, Pascal Hundt, said three staff were missing.",
                        rules)[-1]
    assert (last.source, last.speaker) == ("International Committee of the Red Cross", "Pascal Hundt")


@pytest.mark.parametrize("text, source", [
    # (fifty-first session, after the held-out read) an owner's medium, named, speaks ("the Houthi-run
    # al-Masirah TV" already did) (now the registry's)
    ("The Houthis' Al Masirah television said the group had targeted an Aramco facility.", "Al-Masirah"),
    ("Syria's SANA news agency said five people died.", "SANA"),
])
def test_attribution_an_owners_named_medium(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (fifty-first session, from the wire dev misses) "issued a statement" reports as "said in a statement"
    ("Hezbollah later issued a statement mourning one of its members.", "Hezbollah"),
    ("The Syrian Foreign Ministry issued a statement condemning the attack.", "Syrian government"),
    # (a statement issued to someone else is no report of the subject's here)
    ("The army issued new orders to the troops.", None),
])
def test_attribution_issued_a_statement(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source if last is not None else None) == source


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-second session, from the wire dev misses) a person described in lower case, then named with
    # three words, is that person, not a body named "passenger Mohamed …"
    ('"People were thrown over the seats," passenger Mohamed Abdel Aziz told Al-Masry Al-Youm.',
     "Mohamed Abdel Aziz", "Mohamed Abdel Aziz"),
    ('"Many families fled," elder Mohamed Abdi Nuur told Garowe Online.', "Mohamed Abdi Nuur", "Mohamed Abdi Nuur"),
    # (and an officer so named speaks for the body the text spelled out)
    ('The Centre for Human Rights and Democracy in Africa (CHRDA) condemned the attack. "Ordinary people pay," '
     "CHRDA programme officer Ayuk Beatrice Enow said.",
     "Centre for Human Rights and Democracy in Africa", "Ayuk Beatrice Enow"),
    # (two-word names were read so before; a capitalised word inside a body's name is no person's noun)
    ('"It burned," farmer John Okello said.', "John Okello", "John Okello"),
    ("Coast Guard District Central Visayas commander Jerome Villacarlos said 12 were rescued. "
     '"We will go on," Villacarlos said.', "Coast Guard District Central Visayas", "Jerome Villacarlos"),
])
def test_attribution_a_described_person_of_three_names(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # (fifty-second session, from the wire dev misses) a count the content is given by is its keeper's,
    # as "according to" reads it: "by the UN's count", "by its own tally"; "by one estimate" is unnamed
    ("Even by Cogat's own count, the strip is receiving less than a fifth of that.", "Cogat"),
    ("By the UN's count, 300 people have died.", "United Nations"),
    ("By Reuters' count, 12 people died.", "Reuters"),
    ("Hamas said 20 died. By its own count, 300 people have died since October.", "Hamas"),
    ("By some estimates, 500 people were killed.", "unnamed (some estimates)"),
    ("Thousands were killed in 1949, by most estimates.", "unnamed (most estimates)"),
    # (no count: "by" of an agent, a measure)
    ("He was hit by the count's car.", None),
    ("The motion was carried by 12 votes.", None),
])
def test_attribution_by_a_keepers_count(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source if last is not None else None) == source


@pytest.mark.parametrize("text", [
    # (fifty-second session, from a gap review) the guidelines' own example: a medium quoting sources it
    # calls trusted relays unnamed sources
    "The army entered the town, SANA quoted trusted sources as saying.",
    "SANA quoted reliable sources as saying the army entered the town.",
    "SANA quoted knowledgeable sources as saying the army entered the town.",
])
def test_attribution_trusted_sources_quoted_by_a_medium(rules, text):
    last = attributions(text, rules)[-1]
    assert (last.source_type, last.via) == ("anonymous", ("SANA",))


@pytest.mark.parametrize("text, via", [
    # (fifty-second session, from a gap review) the medium quoting a speaker, set off after his cue, as
    # AFP writes it, is the relay
    ('"We will respond decisively," Defence Minister Aziz Nasirzadeh said, quoted by the official IRNA news agency.',
     ("IRNA",)),
    ('"We will respond," Erdogan said, quoted by the state-run Anadolu news agency.', ("Anadolu Agency",)),
    ('"The talks were useful," said Peskov, as quoted by RIA Novosti.', ("RIA Novosti",)),
    ("Russia's Defense Ministry claimed, as quoted by the state news agency TASS, that its forces struck a depot.",
     ("TASS",)),
    # (a description alone names no relay)
    ("The ministry said 12 died, cited by the newspaper.", ()),
])
def test_attribution_quoted_by_a_medium_after_the_cue(rules, text, via):
    assert attributions(text, rules)[-1].via == via


@pytest.mark.parametrize("text, via", [
    # (fifty-second session, from a gap review) a statement that names a channel of its own keeps no
    # relay of the sentence before
    ("Benjamin Netanyahu told CBS News that the war would continue. He said in a statement on Monday that "
     "Israel would not stop.", ()),
    ("Mahmoud Basal told Al Jazeera that 25 people were killed. He later told reporters in Deir al-Balah that "
     "rescuers were still digging.", ()),
    ("The YBS told Firat News Agency that it would fight. The YBS said in a post on Telegram that it would not "
     "disarm.", ()),
    # (the same interview goes on through the same relay)
    ("Rami Abdel Rahman told AFP that 12 died. Rahman added that three were children.", ("AFP",)),
    ('Benjamin Netanyahu told CBS News that the war would continue. "We will go on," he said.', ("CBS News",)),
])
def test_attribution_a_statement_through_its_own_channel(rules, text, via):
    assert attributions(text, rules)[-1].via == via


def test_attribution_mends_of_the_fifty_second_code_review(rules):
    # (fifty-second session) a helper's review of the session's code confirmed these on invented text
    # a count inside a quotation that opened in the sentence is the speaker's, whose cue comes next
    quoted = attributions('Ahmed Ali, 54, was blunt: "We buried 40 people today, by the Health Ministry\'s count. '
                          'Nobody came to help," he said.', rules)
    assert [a.source for a in quoted] == ["Ahmed Ali", "Ahmed Ali"]
    # a headline's "X:" governs the count it cites
    headline = attributions("Amnesty: 300 civilians killed in Mosul, by the coalition's own count\n"
                            "The report was published on Monday.", rules)[0]
    assert headline.source == "Amnesty International"
    # the story's own count is its own voice
    assert attributions("By AFP's tally, 300 people died in the clashes.", rules, outlet="AFP") == [None]
    # no possessive, no count's owner ("teacher" ends in "her")
    assert attributions("By the teacher tally, 80 pupils were absent.", rules) == [None]
    # a count is no part of the interview before it
    counted = attributions("Rami Abdel Rahman, head of the Observatory, told AFP that 40 died. By the "
                           "Observatory's count, 300 died this year.", rules)
    assert (counted[1].source, counted[1].via) == ("Syrian Observatory for Human Rights", ())
    # an adjective before a body's name of three words is no person's noun
    body = attributions("The official Al Ahram Weekly said the talks ended.", rules)[0]
    assert body.source_type != "person" and body.speaker is None
    # sources a medium quotes that are no source it can name leave its own report standing
    reported = attributions("The BBC reported the deal, quoting well-placed sources familiar with the talks as "
                            "saying it was near.", rules)[0]
    assert reported is not None and reported.source == "BBC"


@pytest.mark.parametrize("text, source", [
    # (fifty-second session, from a gap review) the first word of a role, capitalised to open the
    # sentence, is no body: "Managing" did not speak
    ("Managing director Joseph Siror said power was restored.", "Joseph Siror"),
    ("Executive director Grace Wanjiru said 12 died.", "Grace Wanjiru"),
    ("Branch chairman Sipho Ndlovu said five died.", "Sipho Ndlovu"),
    # (a body's name that opens with such a word stays one)
    ("Public Health England spokesman Tom Hill said the clinic was closed.", "Public Health England"),
    ("Executive Outcomes director Tom Hill said three died.", "Executive Outcomes"),
])
def test_attribution_a_role_opening_the_sentence_is_no_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-second session, from a gap review, narrowed by a code review) a body the registry knows
    # owning a named person, read as one name: he speaks for it; any other owner is only where or whom
    # he comes from, and the name is his
    ("Eskom's Daphne Mokwena said power was restored.", "Daphne Mokwena", "Daphne Mokwena"),
    ("Harvard's Steven Pinker said the data showed a decline.", "Steven Pinker", "Steven Pinker"),
    ("Netanyahu's Ron Dermer said Israel would not stop.", "Ron Dermer", "Ron Dermer"),
    ('"It will go on," said UNICEF\'s James Elder.', "UNICEF", "James Elder"),
    ("Kenya's William Ruto said three died.", "William Ruto", "William Ruto"),
    # (no person's given name after the owner: the whole stays)
    ("Tajikistan's Border Troops said three died.", "Tajikistan's Border Troops", "Tajikistan's Border Troops"),
])
def test_attribution_a_named_person_an_owner_names(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-second session, from a gap review) a police spokesman's role inserted after his name speaks
    # for the force, as "Police spokesman Charles Owino said" does (the police ruling)
    ("Charles Owino, the police spokesman, said 12 died.", "police", "Charles Owino"),
    ("John Doe, a police spokesman, said two died.", "police", "John Doe"),
    ("The Kenya Police Service sealed the area. Charles Owino, the police spokesman, said five died.",
     "Kenya Police Service", "Charles Owino"),
    # (a former officer, or any other role, is no spokesman of the force)
    ("John Doe, a former police officer, said two died.", "John Doe", "John Doe"),
])
def test_attribution_a_police_spokesmans_role_inserted(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, via", [
    # (fifty-second session) mends of a second review of the session's code, each a regression it found
    # a channel inside what the speaker reports is none of his: the interview's relay stays
    ("Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, told AFP that 40 people were killed. "
     "He said the army had denied the strike in a statement.", "Syrian Observatory for Human Rights", ("AFP",)),
    ("Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, told AFP that 40 people were killed. "
     "He added that the group had posted a video of the attack on Telegram.",
     "Syrian Observatory for Human Rights", ("AFP",)),
    # a medium quoting something the speaker speaks of is no relay of his
    ("Lavrov said the report, cited by Reuters, was fabricated.", "Sergei Lavrov", ()),
    ("The Kremlin said Biden's remarks, as quoted by CNN, were a provocation.", "Russian government", ()),
    # a closed scare quote before a count leaves the count its keeper's
    ('The so-called "ceasefire" has failed: 300 civilians have died since March, by the Observatory\'s count.',
     "Syrian Observatory for Human Rights", ()),
])
def test_attribution_mends_of_the_second_fifty_second_code_review(rules, text, source, via):
    last = attributions(text, rules)[-1]
    assert (last.source, last.via) == (source, via)


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-second session, from a gap review) a spokesman's body set off after his name without an
    # article: the reading without commas glued it to his name ("Daphne Mokwena Eskom")
    ("Daphne Mokwena, Eskom spokesperson, said power was restored.", "Eskom", "Daphne Mokwena"),
    ("Mukhtar Ahmed, NDMA spokesman, said five died.", "NDMA", "Mukhtar Ahmed"),
    ("John Kirby, Pentagon spokesman, said seven died.", "Pentagon", "John Kirby"),
    # (a people's adjective is no body)
    ("Ahmed Ali, Syrian spokesman, said three died.", "Ahmed Ali", "Ahmed Ali"),
])
def test_attribution_a_spokesmans_body_apposed_without_an_article(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-second session, from a gap review) "a ministry spokeswoman" set off after her name speaks
    # for the ministry the text described, as "the ministry's spokeswoman" did
    ("The Kenyan health ministry said three died. Maria Silva, a ministry spokeswoman, said four died.",
     "Kenyan health ministry", "Maria Silva"),
    ("The Kenyan health ministry said three died. Maria Silva, the ministry spokeswoman, said four died.",
     "Kenyan health ministry", "Maria Silva"),
])
def test_attribution_a_described_bodys_spokesman_apposed(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-second session) mends of a third review of the session's code
    # the registry's body found already stays whole, through its spokesman
    ('The Russian Defence Ministry said its forces downed 20 drones. "The attack was repelled," Igor Konashenkov, '
     "Defence Ministry spokesman, said.", "Russian Defence Ministry", "Igor Konashenkov"),
    # a capitalised rank word is no body
    ('Israel said it struck targets in Gaza. "We hit 40 targets," Daniel Hagari, Chief spokesman, said.',
     "Daniel Hagari", "Daniel Hagari"),
    # a country-less registry alias in another country's story is no Syrian ministry
    ('Brazil reported 300 new deaths, the Brazilian Health Ministry said. "It is serious," Maria Silva, Health '
     "Ministry spokeswoman, said.", "Health Ministry", "Maria Silva"),
    # "an agency spokesman" after a relay is no relay's, "a coalition spokesman" no registry coalition's
    ('UNHCR said 2,000 refugees had crossed the border, according to Reuters. "The numbers are rising," Babar '
     "Baloch, an agency spokesman, told Reuters.", "Babar Baloch", "Babar Baloch"),
    ("Germany's ruling coalition agreed a budget on Friday, the government said. \"It is a good compromise,\" "
     "Wolfgang Schmidt, a coalition spokesman, said.", "Wolfgang Schmidt", "Wolfgang Schmidt"),
])
def test_attribution_mends_of_the_third_fifty_second_code_review(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-second session) a former officer's owned role is his own, whatever his role (the Taliban
    # spoke through him before); the ministers, scholars and aides a review found reading as bodies
    # when "the" and a capitalised owner were taken (reverted) speak for themselves
    ("Ali Omar, the Taliban's former spokesman, said two died.", "Ali Omar", "Ali Omar"),
    ("David Lammy, the UK's foreign secretary, said the talks had failed.", "David Lammy", "David Lammy"),
    ("John Smith, the RAND Corporation's senior political scientist, said growth would slow.", "John Smith",
     "John Smith"),
])
def test_attribution_an_owned_role_after_an_article(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, via", [
    # (fifty-second session, from a gap review) the relay phrase after a dateline, or set off after the
    # subject, names the medium the statement went through
    ("KYIV (Reuters) - In an interview with the BBC, Andrii Sybiha said Ukraine would not cede territory.", ("BBC",)),
    ("Ukraine is at war. Andrii Sybiha, speaking to the BBC, said Ukraine would hold.", ("BBC",)),
    # (the publisher is none; nor are reporters, and a later statement to them keeps no earlier relay)
    ("KYIV (Reuters) - In an interview with Reuters, Andrii Sybiha said Ukraine would not cede territory.", ()),
    ("Andrii Sybiha told CNN that Ukraine would hold. Andrii Sybiha, speaking to reporters, said Ukraine would win.",
     ()),
])
def test_attribution_a_relay_phrase_after_a_dateline_or_the_subject(rules, text, via):
    assert attributions(text, rules)[-1].via == via


@pytest.mark.parametrize("text, via", [
    # (fifty-second session) mends of a fourth review of the session's code: after a dateline or the
    # subject, only a medium the registry knows by the whole name relays
    ("Ukraine is at war. Jane Doe, speaking to this newspaper, said the talks had failed.", ()),
    ("Ukraine is at war. Jane Doe, speaking to television cameras, said the talks had failed.", ()),
    ("Ukraine is at war. Jane Doe, speaking to French radio, said the talks had failed.", ()),
    ("Ukraine is at war. Jane Doe, speaking to Radio Kol Barama, said the talks had failed.", ()),
    # (the registry knows Israel's Army Radio since the sixty-first session: it relays)
    ("Ukraine is at war. Jane Doe, speaking to Israeli Army Radio, said the talks had failed.", ("Army Radio",)),
    # a topic after "addressing" is no channel of the speaker's own: the interview's relay stays
    ("Rami Abdel Rahman told AFP that 12 people were killed. Abdel Rahman, addressing reports that journalists "
     "were among the dead, said the toll would rise.", ("AFP",)),
])
def test_attribution_mends_of_the_fourth_fifty_second_code_review(rules, text, via):
    assert attributions(text, rules)[-1].via == via


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-third session, from the last gap reviews) "Un" written as a name's word after another is no
    # United Nations, whether the name opens the sentence, follows its title or ends a quotation
    ("North Korean leader Kim Jong Un said the tests would go on.", "Kim Jong Un", "Kim Jong Un"),
    ("Kim Jong Un said the tests would go on.", "Kim Jong Un", "Kim Jong Un"),
    ('"We will not stop," Kim Jong Un said.', "Kim Jong Un", "Kim Jong Un"),
    # (the UN in capitals, or lower case as the corpus's pages print it, is still the UN)
    ("The UN said 20 civilians were killed.", "United Nations", None),
    ("the un said 20 civilians were killed.", "United Nations", None),
    ("UN spokesman Stephane Dujarric said aid was blocked.", "United Nations", "Stephane Dujarric"),
])
def test_attribution_un_as_a_names_word(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-third session, from the last gap reviews) a minister or legislator whose given name is a
    # country's speaks for himself, named whole without his title; later his surname alone is him
    ("Israeli Defence Minister Israel Katz said the army would press on.", "Israel Katz", "Israel Katz"),
    ("Defence Minister Israel Katz told reporters the operation would continue.", "Israel Katz", "Israel Katz"),
    ('Defence Minister Israel Katz said the army would press on. "We will win," Katz said.', "Israel Katz",
     "Israel Katz"),
    ("Sen. Jordan Peterson said the bill would pass.", "Jordan Peterson", "Jordan Peterson"),
    # (a ministry's title before another minister's name still reads him; no name is read from a body's word)
    ("Israeli Defence Minister Yoav Gallant said the army would press on.", "Yoav Gallant", "Yoav Gallant"),
    ("Interior Minister Syria Police said nothing.", "unnamed (interior minister syria police)", None),
])
def test_attribution_a_minister_whose_given_name_is_a_countrys(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, source_type, speaker", [
    # (fifty-third session, from the last gap reviews) a spokesman's role set off after an inverted
    # cue's speaker: the body his role names is no person, and "police spokesman" is the force
    ('"We are restoring power," said Daphne Mokwena, Eskom spokesperson.', "Eskom", "organisation",
     "Daphne Mokwena"),
    ('"Two people were arrested," said Charles Owino, police spokesman.', "police", "government", "Charles Owino"),
    ('"Two people were arrested," said Charles Owino, a police spokesman, adding that more would follow.',
     "police", "government", "Charles Owino"),
    ('Kenya Police said the suspects fled. "Two were arrested," said Charles Owino, police spokesman.',
     "Kenya Police", "government", "Charles Owino"),
    # (without the comma no role is set off: he speaks for himself)
    ('"Two people were arrested," said Charles Owino police spokesman.', "Charles Owino", "person",
     "Charles Owino"),
])
def test_attribution_a_spokesmans_role_after_an_inverted_cue(rules, text, source, source_type, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.source_type, last.speaker) == (source, source_type, speaker)


@pytest.mark.parametrize("text, source", [
    # (fifty-third session, from the last gap reviews) a country's city in rules/places.jsonl "cities"
    # names the story's country from a dateline or after "in": its country-less ministry is no Syrian one
    ("LUSAKA (Reuters) - The Ministry of Health said 40 people had died of cholera.", "Ministry of Health"),
    ("The Ministry of Health said 40 people had died of cholera in Lusaka.", "Ministry of Health"),
    ("SEOUL (Reuters) - A missile fell into the sea on Sunday. The defense ministry said it was tracking more launches.",
     "South Korea's defense ministry"),
    # (a bureau's dateline counts below the text's own mentions: here North Korea's, as before the cities)
    ("SEOUL (Reuters) - North Korea fired a missile. The defense ministry said it was tracking more launches.",
     "North Korea's defense ministry"),
    # (with no city named, the corpus's default stands; a city is no place read out of a name)
    ("The Ministry of Health said 40 people had died of cholera.", "Syrian Health Ministry"),
    ("Aden Isak Mo'alin said 40 people had died in the floods.", "Aden Isak Mo'alin"),
])
def test_attribution_a_city_names_the_storys_country(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (fifty-third session) a company described by its trade after the text named it, though it never
    # spoke: the name that ends as such companies' names do
    ("A Yeti Airlines plane crashed on Sunday. The airline said the aircraft had been checked in January.",
     "Yeti Airlines"),
    ("A Yeti Airlines plane crashed on Sunday. According to the airline, the passengers included 11 Nepalis.",
     "Yeti Airlines"),
    ("Storms cut lines of the Okinawa Electric Power Co. on Monday. The utility said 30,000 homes lost power.",
     "Okinawa Electric Power Co."),
    # (not a body whose name goes on: "Civil Aviation Authority" is no airline; none named, an unnamed
    # airline since the sixtieth session, as GUIDELINES write a source the article never names)
    ("A plane crashed, the Civil Aviation Authority of Nepal said. The airline said the aircraft had been checked.",
     "unnamed (the airline)"),
    ("A plane crashed on Sunday. The airline said the aircraft had been checked in January.",
     "unnamed (the airline)"),
])
def test_attribution_a_company_described_by_its_trade(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source if last is not None else None) == source


@pytest.mark.parametrize("text, source", [
    # (fifty-third session) a capital speaking for its country's government: named as written (as the
    # wire gold names "Kigali", "Baku"), a government of the country's own id, one origin with it
    ("Kigali has consistently denied backing the M23.", "Kigali"),
    ("Baku denied the accusations.", "Baku"),
    ("Islamabad accused the Taliban of sheltering militants.", "Islamabad"),
])
def test_attribution_a_capital_speaks_for_its_countrys_government(rules, text, source):
    from verify.attribution import national_government
    last = attributions(text, rules)[-1]
    assert (last.source, last.source_type) == (source, "government")
    assert national_government(source, rules) == national_government(dict(rules.capitals)[source], rules) is not None


def test_attribution_a_capital_in_a_place_phrase_is_no_speaker(rules):
    last = attributions('"We will not allow it," said a man in Kigali.', rules)[-1]
    assert last.source_type == "anonymous"


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-third session, a gap review of court, business and sports copy) judges and magistrates
    # are titles and unnamed persons; a body's "chair" is its officer
    ("The judge said the man was guilty.", "unnamed (the judge)", None),
    ('"He is guilty," the magistrate said.', "unnamed (the magistrate)", None),
    ("Magistrate Esther Wanjiru said the prosecution had failed to show he would flee.", "Esther Wanjiru",
     "Esther Wanjiru"),
    ("Judge Helen Marsh said the woman had shown no remorse. The judge added that the sentence would deter others.",
     "Helen Marsh", "Helen Marsh"),
    ("ACCC chair Laura Pemberton said the penalty sent a strong message.", "ACCC", "Laura Pemberton"),
    # (not a prosecutor's office: "prosecutor" stays out of the unnamed words)
    ("The state prosecutor's office said 100 shell casings were found.", "state prosecutor's office", None),
])
def test_attribution_judges_magistrates_and_chairs(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, source_type", [
    # (fifty-third session, a gap review of business copy) a body named by one word after the text
    # gave its fuller name: that name, a body (it read as a person speaking for himself)
    ("Japanese carmaker Mazda Motor Corp is considering selling its Thai plant. Mazda said nothing had been decided.",
     "Mazda Motor Corp", "organisation"),
    ("Shares of Daehan Shipbuilding fell 5 percent. Daehan said it was reviewing the matter.", "Daehan Shipbuilding",
     "organisation"),
    ("State oil giant Saudi Aramco raised prices. Aramco said demand was strong.", "Saudi Aramco", "organisation"),
    # (not a person's name, nor one with his title, nor a place)
    ("Ahmed Ali Khan arrived on Monday. Khan said he was tired.", "Khan", "person"),
    ("MEC Zolile Mkhabela visited the area. Mkhabela said teams were on the ground.", "Mkhabela", "person"),
])
def test_attribution_a_body_by_one_word_after_its_fuller_name(rules, text, source, source_type):
    last = attributions(text, rules)[-1]
    assert (last.source, last.source_type) == (source, source_type)


def test_attribution_a_places_fuller_name_is_no_bodys(rules):
    last = attributions("The bus overturned in Tochigi Prefecture. Tochigi said two people died.", rules)[-1]
    assert last.source != "Tochigi Prefecture"


@pytest.mark.parametrize("text, source", [
    # (fifty-third session, a gap review of court, business and sports copy) a court's or a regulator's
    # record nobody is named for is an unnamed source, as "according to the latest death toll" is
    ("The executive diverted company funds, according to the indictment.", "unnamed (the indictment)"),
    ("According to the charge sheet, the managers inflated the price of coal.", "unnamed (the charge sheet)"),
    ("According to the lawsuit, the company knew of the defect.", "unnamed (the lawsuit)"),
    ("The indictment said the man diverted funds.", "unnamed (the indictment)"),
    # "…, it said" with nobody speaking before: the body the sentence opens with; "It added" the body
    # the sentence before opened with
    ("Brazil's state-run oil company Petrobras will cut diesel prices by 8 percent, it said on Friday.", "Petrobras"),
    ("Acme Holdings will close two plants next year, it said on Monday.", "Acme Holdings"),
    ("The watchdog BaFin fined the bank 5 million euros. It added that the bank had failed to report transactions.",
     "BaFin"),
    # a description of a body the text introduced with its kind, though it had not spoken
    ("The watchdog BaFin fined the bank 5 million euros. The watchdog said it had appointed a monitor.", "BaFin"),
    ("Brazil's state-run oil company Petrobras will cut prices. The company said the cut reflected lower prices.",
     "Petrobras"),
])
def test_attribution_records_pronouns_and_kinds_of_business_copy(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text", [
    # (but no person opening the sentence, and no record that is only written of)
    "John Smith will run for office, it said.",
    "The lawsuit was filed on Monday.",
])
def test_attribution_records_pronouns_and_kinds_not_read(rules, text):
    last = attributions(text, rules)[-1]
    assert last is None or last.source_type == "anonymous" and last.source == "unnamed"


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-third session, a gap review of business copy) a central bank's governor named with his bank
    # is its officer; a state's governor still speaks for himself
    ("Bank of England Governor Andrew Bailey said inflation was falling.", "Bank of England", "Andrew Bailey"),
    ("Reserve Bank of India Governor Sanjay Malhotra said growth was strong.", "Reserve Bank of India",
     "Sanjay Malhotra"),
    ("The Central Bank of Nigeria (CBN) held rates. CBN Governor Yemi Adeleke said inflation would ease.",
     "Central Bank of Nigeria", "Yemi Adeleke"),
    ("Lagos State Governor Babajide Sanwo-Olu said the roads would reopen.", "Babajide Sanwo-Olu",
     "Babajide Sanwo-Olu"),
    ("Homs Governor Talal Barazi said the roads would reopen.", "Talal Barazi", "Talal Barazi"),
])
def test_attribution_a_central_banks_governor(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # (fifty-third session) mends of a review of the session's code: a bureau's dateline counts below
    # the text's own places and peoples
    ("DAKAR (Reuters) - Burkinabe soldiers repelled an attack near the border, the army said on Sunday. "
     "The defence ministry said 50 militants were killed.", "Burkina Faso's defence ministry"),
    ("NAIROBI (Reuters) - Al Shabaab militants stormed a hotel in Mogadishu on Friday, killing 20 people. "
     "The interior ministry said the siege was over.", "Somalia's interior ministry"),
    # "group" is no company's kind, and a club is no description of the body that spoke
    ("Israeli company Elbit Systems said its plant was hit. The militant group Hamas claimed the attack. "
     "The company said no one was hurt.", "Elbit Systems"),
    ("Chelsea have signed Enzo Fernandez from Portuguese club Benfica. The club said he had signed a long contract.",
     None),
    ("The Premier League said Everton had breached spending rules. The club said it would appeal.", None),
    # a person named before is no body named after him
    ("Former President Uhuru Kenyatta opened the Kenyatta University hospital. Kenyatta said it would serve thousands.",
     "Uhuru Kenyatta"),
    ("The Gates Foundation pledged $1 billion for polio. Gates said he was optimistic.", "Gates"),
    # a capital that is a person's name word, or Brussels in EU copy, is no government
    ("Sofia Rossi, a nurse at the hospital, said the wards were full. Sofia said patients slept in corridors.",
     "Sofia Rossi"),
    ("Brazilian midfielder Lucas Lima joined Fluminense on Tuesday. Lima said he was happy to be back.", "Lima"),
    # a former governor speaks for himself; the West Bank is no bank
    ("Former Bank of England Governor Mark Carney said Brexit had hurt growth.", "Mark Carney"),
    ("West Bank Governor Laila Ghannam said settlers attacked the village.", "Laila Ghannam"),
    # "…, it said" of a body whose name holds "of"
    ("The Ministry of Defence will send 200 troops to Estonia, it said.", "Ministry of Defence"),
    # the surname Judge
    ("Yankees slugger Aaron Judge said the team would bounce back.", "Aaron Judge"),
    ("Mark Judge, a friend of the nominee, said he did not remember the party.", "Mark Judge"),
    # a person's spokesman speaks for him
    ('"This is a witch hunt," said Steven Cheung, Trump spokesman.', "Donald Trump"),
])
def test_attribution_mends_of_the_fifty_third_code_review(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source if last is not None else None) == source


def test_attribution_brussels_is_no_capital_of_the_rules(rules):
    assert "Brussels" not in dict(rules.capitals) and "brussels" not in dict(rules.cities)


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-third session) "van" inside a name: before another particle, or between a given name and
    # one more capitalised word ("a Kia van Free Idlib Army" stays a van)
    ("NSRI spokesperson Pieter van der Merwe said 61 people had been rescued.", "NSRI", "Pieter van der Merwe"),
    ("NSRI spokesperson Pieter van Wyk said 61 people had been rescued.", "NSRI", "Pieter van Wyk"),
    ('"We are still searching," said Pieter van der Merwe.', "Pieter van der Merwe", "Pieter van der Merwe"),
    ("Fighters in a Kia van Free Idlib Army said they had withdrawn.", "Free Idlib Army", None),
])
def test_attribution_van_inside_a_name(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # (fifty-third session) mends of a second review, of the first review's mends
    ("Shares of Apple fell 3 percent on Monday, it said.", "unnamed"),
    ("Secretary of State Marco Rubio will travel to Kyiv, it said.", "unnamed"),
    ("The United States and China will resume trade talks next week, it said.", "unnamed"),
    ("The International Committee of the Red Cross evacuated 40 wounded, it said.",
     "International Committee of the Red Cross"),
    ("Harvard University sued the government. Harvard said the cuts were unlawful.", "Harvard University"),
    ("The former Bank of England governor Mark Carney said Brexit had hurt growth.", "Mark Carney"),
    ("Board chair Mary Barra said the company would invest $35 billion.", "Mary Barra"),
    ("Club chair Daniel Levy said the manager would stay.", "Daniel Levy"),
])
def test_attribution_mends_of_the_second_fifty_third_code_review(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, kind", [
    # (fifty-fourth session) a junta speaks for its country's government, as "the government" does
    ("YANGON (Reuters) - Myanmar troops shelled a village. The junta said the attack was repelled.",
     "Myanmar's junta", "government"),
    ("Troops retook the town. Mali's ruling junta said on Monday it had retaken the town.", "Mali's junta", "government"),
    ("NIAMEY (AFP) - Troops retook the town, the ruling junta said.", "Niger's junta", "government"),
    ("YANGON (Reuters) - Myanmar troops shelled a village. A junta spokesman said the vote would go ahead.",
     "Myanmar's junta", "government"),
    ("Burkina Faso's military junta denied the report.", "Burkina Faso's military junta", "government"),
    ("The Junta de Andalucia rejected the claim.", "Junta de Andalucia", "government"),
])
def test_attribution_a_junta_is_its_countrys_government(rules, text, source, kind):
    last = attributions(text, rules)[-1]
    assert (last.source, last.source_type) == (source, kind)


@pytest.mark.parametrize("name", ["Myanmar's junta", "the Myanmar junta", "Myanmar's ruling junta",
                                  "Myanmar's military government"])
def test_attribution_a_junta_is_one_government_however_named(rules, name):
    assert national_government(name, rules) == ("government-of-myanmar", "Government of Myanmar")


@pytest.mark.parametrize("text", [
    # (fifty-fourth session) "stated" after a determiner describes, it reports nothing
    "BAMAKO (Reuters) - The government, which seized power in 2022, has made security its stated priority.",
    "The stated aim of the operation was to free the hostages.",
])
def test_attribution_stated_as_an_adjective_is_no_cue(rules, text):
    assert attributions(text, rules)[-1] is None


def test_attribution_a_cue_inside_an_opened_quotation_is_the_closing_speakers(rules):
    # (fifty-fourth session) the cue of '"The Russians said …' is the resident's words: the quotation
    # is hers, every sentence of it
    text = ('KYIV (Reuters) - Ukraine said it downed 20 drones. "The Russians said they would stop. They did not '
            'stop. They keep shelling us," said Olena Kovalenko, a resident of Kherson.')
    assert [a.source for a in attributions(text, rules)[1:]] == ["Olena Kovalenko"] * 3


def test_attribution_a_cue_inside_a_quotation_never_closed_stays(rules):
    text = 'Ukraine said it downed 20 drones. "The Russians said they would stop.'
    assert attributions(text, rules)[-1].source == "Russian government"


@pytest.mark.parametrize("text, source", [
    # (fifty-fourth session) a country's police by its people's adjective or its name speaks for that
    # force (GUIDELINES, "Police"), as written when the story named none
    ("PORT-AU-PRINCE (Reuters) - Gangs freed 500 inmates from the local prison, Haitian police said Monday.",
     "Haitian police"),
    ("Gunmen attacked the town. Kenya police said the officers were safe.", "Kenya police"),
    ("The Haitian National Police raided the slum. Haitian police said 12 gang members were killed.",
     "Haitian National Police"),
    ("Kenya police said the officers were safe. Haitian police said 12 gang members were killed.", "Haitian police"),
    # (not "The police": no country's adjective)
    ("An officer of the Punjab Police was injured. The police said the smuggler fled.", "Punjab Police"),
])
def test_attribution_a_countrys_police(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source, last.source_type) == (source, "government")


@pytest.mark.parametrize("text, source", [
    # (fifty-fourth session) a lower-case body's "-aligned", "-backed" before it is its description
    ("PORT SUDAN (Reuters) - Fighting continued. Sudan's army-aligned government condemned the move.",
     "Sudan's army-aligned government"),
    # a place's "Hamas-run" inside an unnamed source's words
    ("Israeli strikes killed 27 Palestinians, health officials in the Hamas-run enclave said.",
     "unnamed (health officials in the hamas-run enclave)"),
])
def test_attribution_run_or_backed_by_before_a_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("name, country", [("Sudan's army-aligned government", "sudan"),
                                           ("Myanmar's military-run government", "myanmar")])
def test_attribution_a_backed_government_is_its_countrys(rules, name, country):
    assert national_government(name, rules)[0] == f"government-of-{country}"


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-fourth session) the registry knows more armed groups of other wars than Syria's
    ("GOMA (Reuters) - M23 fighters seized the town on Monday. The group said the town was calm.", "M23", None),
    ("GOMA (Reuters) - M23 rebels seized the town. The group's spokesman Lawrence Kanyuka said it was calm.",
     "M23", "Lawrence Kanyuka"),
    ("A Kataib Hezbollah official, Abu Hussein al-Hamdani, denied that his group had any role.",
     "Kataib Hezbollah", "Abu Hussein al-Hamdani"),
    ("The Islamic State West Africa Province (ISWAP) claimed responsibility for the attack.",
     "Islamic State West Africa Province", None),
    # "the group" a registry group named before, a speaker or not (not a group of no kind the registry knows)
    ("GAZA (Reuters) - Hamas fighters attacked the crossing on Monday. The group said the town was calm.", "Hamas", None),
    # a body's spokesman by the body's kind after "A", in a story of one country that named none
    # (not "A military spokesman": in a war story he may be the army's enemy's; the code review's mend)
    ("YANGON (Reuters) - Troops shelled a village. A junta spokesman Zaw Min Tun dismissed the claim.",
     "Myanmar's junta", "Zaw Min Tun"),
])
def test_attribution_groups_and_spokesmen_of_other_wars(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


def test_attribution_the_group_after_no_registry_group_stays_unnamed(rules):
    text = "Dozens of farmers marched to the capital. The group said it would return."
    assert attributions(text, rules)[-1].source_type == "anonymous"


def test_attribution_a_speech_broadcast_on_a_platform_has_no_relay(rules):
    # (fifty-fourth session) Telegram carries a speech as no outlet does; Hemedti is the registry's Dagalo
    last = attributions("Hemedti said in a speech broadcast on Telegram that his forces would win.", rules)[-1]
    assert (last.source, last.via) == ("Mohamed Hamdan Dagalo", ())


def test_attribution_a_speech_broadcast_on_an_outlet_keeps_its_relay(rules):
    last = attributions("Hemedti said in a speech broadcast on Al Jazeera that his forces would win.", rules)[-1]
    assert last.via == ("Al Jazeera",)


def test_attribution_a_broadcasting_corporation_relays_what_it_reports(rules):
    # (fifty-fourth session) "Broadcasting" names a medium: what it reports that Abiy said is Abiy's, through it
    last = attributions("Fana Broadcasting Corporate reported that Abiy also said Ethiopia needed the sea.", rules)[-1]
    assert (last.source, last.via) == ("Abiy", ("Fana Broadcasting Corporate",))


@pytest.mark.parametrize("text, source, via", [
    # (fifty-fourth session) a body's own medium quoting "a spokesman": the body's, through the medium
    ("SANAA (Reuters) - A ship was hit, the maritime security firm Ambrey said. The Houthis' Saba news agency "
     "quoted a spokesman as saying the group would continue its attacks.", "Houthis", ("Saba",)),
    ("Hezbollah's Al-Manar television quoted a spokesman as saying the strike killed two.", "Hezbollah",
     ("Al-Manar",)),
    # (a country's medium keeps its own name as the relay)
    ("Iran's Tasnim news agency, citing an informed source, reported that no advisers were killed.",
     "unnamed (an informed source)", ("Tasnim News Agency",)),
])
def test_attribution_a_bodys_own_medium_quoting_its_spokesman(rules, text, source, via):
    last = attributions(text, rules)[-1]
    assert (last.source, last.via) == (source, via)


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-fourth session) a role for a body in lower case, then the name with no comma between
    ("KYIV (Reuters) - Russia fired 20 missiles, the Ukrainian air force said. A spokesman for the air force "
     "Yuriy Ihnat said the missiles had targeted Odesa.", "Ukrainian air force", "Yuriy Ihnat"),
    ("The head of the al-Sheitaat tribe Sheikh Rafaa Aakla al-Raju called for other tribes to join them.",
     "al-Sheitaat tribe", "Rafaa Aakla al-Raju"),
    # (a family is no body)
    ("A spokesman for the family John Smith said the boy was safe.", "John Smith", "John Smith"),
])
def test_attribution_a_role_for_a_body_then_the_name_without_commas(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # (fifty-fourth session) allegiance pledged is a bond, not a statement
    ("The Allied Democratic Forces, which has pledged allegiance to Islamic State, has not commented.", None),
    ("Several BIFF factions have pledged allegiance to the Islamic State group.", None),
    ("The Houthis pledged to keep attacking ships.", "Houthis"),
    # "the group" of two registry groups named before is not clear: unnamed
    ("The Allied Democratic Forces pledged allegiance to Islamic State in 2019. The group pledged to free the "
     "hostages.", "unnamed (the group)"),
])
def test_attribution_pledged_allegiance_and_backed_groups(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source if last is not None else None) == source


@pytest.mark.parametrize("text, source, via", [
    # (fifty-fourth session) a body's statement is the body's; cited with no comma before the citer
    ("NIAMEY (Reuters) - Gunmen killed 12 soldiers near Niger's border. Citing a defence ministry statement Tele "
     "Sahel said the attackers had fled.", "Niger's defence ministry", ("Tele Sahel",)),
    ("NIAMEY (Reuters) - Gunmen killed 12 soldiers near Niger's border. A defence ministry statement said 20 "
     "attackers were killed.", "Niger's defence ministry", ()),
    ("A Russian defence ministry statement on Sunday accused rebel groups of firing mortars.",
     "Russian Defence Ministry", ()),
])
def test_attribution_a_bodys_statement(rules, text, source, via):
    last = attributions(text, rules)[-1]
    assert (last.source, last.via) == (source, via)


@pytest.mark.parametrize("text, source", [
    # (fifty-fourth session) unnamed staff "at" a named firm or institute speak for it (GUIDELINES, "An
    # unnamed member of a named body")
    ("Markets fell. Analysts at Goldman Sachs said the bank could cut rates.", "Goldman Sachs"),
    ("Economists at Capital Economics said growth would slow.", "Capital Economics"),
    ("Analysts at the Institute for the Study of War said the offensive had stalled.", "Institute for the Study of War"),
    # (people at a place stay unnamed)
    ("Residents at Kafr Nabl said the shelling had stopped.", "unnamed (residents at kafr nabl)"),
])
def test_attribution_unnamed_staff_at_a_named_firm(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, outlet", [
    # (fifty-fourth session) a publisher's signature glued before the story, as scraped pages write it
    ("Sputnik Damascus 14 April 2018 The Syrian air defences intercepted most of the missiles.", "Sputnik"),
    ("Monitors 15 killed in missile strike AP Friday 6 Oct 2017 Syrian activists say 15 civilians died.",
     "Associated Press"),
    ("Beirut (AFP) Rebels agreed to a deal.", "AFP"),
])
def test_attribution_a_glued_signature_names_the_publisher(rules, text, outlet):
    found = publisher_of(Document(id="d", origin="d", text=text), rules.registry)
    assert found is not None and found.name == outlet


def test_attribution_no_signature_without_a_date(rules):
    # (a medium named in the story's first words is no signature without the date after it)
    text = "Sputnik Damascus reported that the Syrian air defences intercepted the missiles."
    assert publisher_of(Document(id="d", origin="d", text=text), rules.registry) is None


def test_attribution_told_the_publisher_of_a_glued_signature_is_no_relay(rules):
    text = ("Sputnik Damascus 14 April 2018 The Syrian air defences intercepted most of the missiles a source in the "
            "Syrian army told Sputnik.")
    assert attributions(text, rules)[-1].via == ()


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-fourth session) FA-KES's apposition with no comma and no apostrophe: "the groups spokesman"
    ("Jaish al-Islam fighters shelled Damascus. Hamza Bayraqdar the groups spokesman said dozens of people "
     "suffocated.", "Jaish al-Islam", "Hamza Bayraqdar"),
    ("Jaish al-Islam fighters shelled Damascus. Hamza Bayraqdar, the groups spokesman, said it.", "Jaish al-Islam",
     "Hamza Bayraqdar"),
    # (not a long run of words after a comma-less name: the white helmets' rescuer speaks for himself here)
    ("Nobody can stop the planes said Bebars Mishal an official with the white helmets civil defense volunteer "
     "group in eastern Aleppo which digs victims out of the rubble.", "Bebars Mishal", "Bebars Mishal"),
])
def test_attribution_an_apposition_without_comma_or_apostrophe(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, via", [
    # (fifty-fourth session) a medium's sources are unnamed people it relays, not its own word
    ("Rebels left Douma. Al-Masdar News sources said that commanders refused to leave.", "unnamed (sources)",
     ("Al Masdar News",)),
    ("Rebels left Douma. Zaman al-Wasls sources in Damascus said 70 were killed.", "unnamed (sources)",
     ("Zaman al-Wasl",)),
    # (the publisher's own sources go through no relay)
    ("BEIRUT (Reuters) - Rebels left Douma. Reuters sources said 70 were killed.", "unnamed (sources)", ()),
    # (a body's sources are not a medium's)
    ("Rebels left Douma. Military sources said 70 were killed.", "unnamed (military sources)", ()),
])
def test_attribution_a_mediums_sources(rules, text, source, via):
    last = attributions(text, rules)[-1]
    assert (last.source, last.via) == (source, via)


@pytest.mark.parametrize("text, source", [
    # (fifty-fourth session) "according to" with no comma before the clause's own "the …" subject
    ("The defence ministry said 20 were killed. According to the ministry the commanders had been meeting in a house.",
     "defence ministry"),
    ("According to activists the rebels had withdrawn from the town.", "unnamed (activists)"),
    # (a body's people read on as before)
    ("According to Syrian government sources the army captured the crossroads.", "Syrian government"),
])
def test_attribution_according_to_without_its_comma(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (fifty-fourth session) Syria's war by its short and long names (registry aliases, "reconciliation" a descriptor)
    ("Rebels shelled the town, Sputnik quoted the Hmeimim reconciliation center as saying.",
     "Russian Centre for Reconciliation"),
    ("The Zinki movement accused HTS of killing 20 fighters.", "Nour al-Din al-Zinki"),
    ("Faylaq al-Rahman denied firing the shells.", "Faylaq al-Rahman"),
    ("Raqqa Is Being Slaughtered Silently said 20 civilians were killed.", "Raqqa Is Being Slaughtered Silently"),
    # (Yemen's government is no Syrian one)
    ("Yemen's National Salvation Government in Sanaa called on the UN envoy to condemn the attack.",
     "Yemen's National Salvation Government in Sanaa"),
])
def test_attribution_syrias_war_by_other_names(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-fourth session) a role, the officer's name, "of" a registry body: the body through him
    ("Rebel commander Abu Hamza of Ahrar al-Sham told Reuters his fighters had captured three villages.",
     "Ahrar al-Sham", "Abu Hamza"),
    ("Commander Abu Hamza of Faylaq al-Rahman told Reuters the town had fallen.", "Faylaq al-Rahman", "Abu Hamza"),
])
def test_attribution_a_role_and_name_of_a_registry_body(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # (fifty-fourth session) a toll its keeper's possessive names is the keeper's (GUIDELINES, "A record that
    # tells the content is attributed to whoever keeps it")
    ("Airstrikes hit Douma, the Syrian Observatory for Human Rights said. The Observatorys toll includes 127 "
     "children.", "Syrian Observatory for Human Rights"),
    ("Airstrikes hit Douma. The Observatory's toll rose to 200.", "Syrian Observatory for Human Rights"),
    # (a toll with no keeper is the outlet's own)
    ("Airstrikes hit Douma. The death toll rose to 200.", None),
])
def test_attribution_a_tolls_keeper(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source if last is not None else None) == source


@pytest.mark.parametrize("text", [
    # (fifty-fourth session) the medium a relative clause's "cited" is about relays the cited source
    "Fighting raged. According to SANA, which cited a military source, the army killed dozens.",
    "Fighting raged. According to SANA which cited a military source the army killed dozens of terrorists.",
])
def test_attribution_according_to_a_medium_which_cited(rules, text):
    last = attributions(text, rules)[-1]
    assert (last.source, last.via) == ("unnamed (a military source)", ("SANA",))


@pytest.mark.parametrize("text, source", [
    # (fifty-fourth session) mends of a review of the session's code, each a regression it had made
    # a military spokesman in a war story may be the army's enemy's: no country's army by default
    ("In Myanmar, the Arakan Army captured the town of Paletwa. A military spokesman Khaing Thukha said 50 soldiers "
     "surrendered.", "Khaing Thukha"),
    # a country's medium quoting a spokesman is no government's spokesman
    ("Britain's BBC Arabic television quoted a spokesman as saying the hostages were freed.", "unnamed (a spokesman)"),
    # whose dead a toll counts is no keeper
    ("Syria's death toll has risen to 400,000.", None),
    ("Hezbollah's death toll rose to 30.", None),
    ("Airstrikes hit Douma. The White Helmets' toll rose to 40.", "White Helmets"),
    # another group in sight
    ("M23 fighters seized Goma. A group of doctors from the main hospital spoke to reporters. The group said 30 people "
     "were killed.", "unnamed (the group)"),
    # a lower-case group is no body the role names
    ("Ukraine's air force said 30 drones were shot down. A spokesman for the eastern group Nazar Voloshyn said "
     "fighting continued.", "Nazar Voloshyn"),
    # a cue after a comma in a quotation that lost its closing mark is no cue inside it
    ('"The army will not enter the town, the commander told AFP. Residents fled on Monday. "We have nothing left. Our '
     'houses are gone," a resident said.', "unnamed (a resident)"),
    # allegiance pledged does not hide the cue after it
    ("The commander pledged allegiance to the new leader and said the fighting would continue.", "unnamed (the commander)"),
    # a kind of medium before "sources" is no medium's name
    ("News sources said the army advanced.", "unnamed (news sources)"),
    # the ruling junta right before the cue
    ("Unlike the ruling junta in Mali, Niger's ruling junta said it would hold talks.", "Niger's junta"),
    # traders at a market, researchers at a university: unnamed
    ("Traders at Tishreen Market said prices doubled.", "unnamed (traders at tishreen market)"),
    ("Researchers at Oxford University said the vaccine worked.", "unnamed (researchers at oxford university)"),
])
def test_attribution_mends_of_the_fifty_fourth_code_review(rules, text, source):
    last = attributions(text, rules)[-1]
    assert (last.source if last is not None else None) == source


@pytest.mark.parametrize("text, publisher", [
    # a medium and a date inside a sentence are no signature; an agency's own name before its acronym no dateline
    ("A report by Reuters 12 March 2018 said 20 people died. Witnesses told Reuters the market was hit.", None),
    ("Syrian Arab News Agency (SANA) Director Ahmad Dawa said the agency would expand.", None),
])
def test_attribution_no_publisher_from_a_medium_named_in_a_sentence(rules, text, publisher):
    found = publisher_of(Document(id="d", origin="d", text=text), rules.registry)
    assert (found.name if found is not None else None) == publisher


def test_attribution_a_broadcasting_regulator_is_no_medium(rules):
    last = attributions("The Broadcasting Standards Commission said the show broke the rules.", rules)[-1]
    assert last.source_type not in {"outlet", "news agency", "state media"}


@pytest.mark.parametrize("text, source", [
    # (fifty-fourth session) mends of a second review, of the first review's mends
    # a cue after a comma inside a quotation that runs on unbroken to its closing speaker is his words
    ('"We were told to leave, the officer told us. Then they started shooting," a resident said.',
     "unnamed (a resident)"),
    # the ruling junta that is no aside's, the first of two subjects
    ("The ruling junta in Niger, unlike Mali's ruling junta, said elections would be delayed.", "Niger's junta"),
    ("Guinea's ruling junta and Mali's ruling junta said they would cooperate.", "Guinea's junta"),
    # a military spokesman in a story of one country that names no armed group: its military
    ("Floods hit Myanmar. A military spokesman Zaw Min Tun said 20 people died.", "Myanmar's military"),
    # a group's own description, or people's groups, are no other group
    ("Hezbollah, the Iran-backed group, fired rockets. The group said it hit a base.", "Hezbollah"),
    ("Boko Haram attacked the village. Rights groups condemned the attack. The group said it would strike again.",
     "Boko Haram"),
    # a place's word only as the name's last word
    ("Analysts at City Index said the pound would fall.", "City Index"),
    ("Employees at Zaporizhzhia Nuclear Power Plant said the shelling continued.", "Zaporizhzhia Nuclear Power Plant"),
])
def test_attribution_mends_of_the_second_fifty_fourth_code_review(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_signature_before_a_dash(rules):
    text = "Sputnik Damascus 14 April 2018 - The air defences downed 13 missiles, the ministry told Sputnik."
    found = publisher_of(Document(id="d", origin="d", text=text), rules.registry)
    assert found is not None and found.name == "Sputnik"


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-fifth session) the titles of prosecutors, judges, sheriffs and chancellors are no part of a name
    ("U.S. Attorney Damian Williams said the defendant lied to investors.", "US government", "Damian Williams"),
    ("District Attorney Alvin Bragg told reporters the case was strong.", "Alvin Bragg", "Alvin Bragg"),
    ("Sheriff Tom Lee said two deputies were hurt.", "Tom Lee", "Tom Lee"),
    ("Chancellor Olaf Scholz said Germany would help.", "Olaf Scholz", "Olaf Scholz"),
    ("Chief Prosecutor Anna Berg said the charges would be filed.", "Anna Berg", "Anna Berg"),
    ("Coroner Mary Hassell said the death was accidental.", "Mary Hassell", "Mary Hassell"),
    # the surname is no title
    ("Yankees slugger Aaron Judge said the team would bounce back.", "Aaron Judge", "Aaron Judge"),
])
def test_attribution_titles_of_law_and_office(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-fifth session, a gap review of business and politics copy) a company's officer after his
    # name, with or without an article
    ("Jane Fraser, chief executive of Citigroup, said profit rose.", "Citigroup", "Jane Fraser"),
    ("Jane Fraser, Citigroup chief executive, said profit rose.", "Citigroup", "Jane Fraser"),
    ("Mark Mason, managing director of Citigroup, said costs fell.", "Citigroup", "Mark Mason"),
    # a named body's officer in the registry's spelling, and a person who speaks for himself
    ("Ahmed Ali, Hamas spokesman, said talks failed.", "Hamas", "Ahmed Ali"),
    ("Ahmed Ali, Syrian opposition spokesman, said talks failed.", "Ahmed Ali", "Ahmed Ali"),
])
def test_attribution_a_company_officer_after_his_name(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # a person introduced between commas, read back by his surname: the name as the text writes it, not
    # the words the dropped commas ran together
    ('At least seven houses have been destroyed, HRT reports, while the mayor of Dugi Rat, Tonći Barać, told '
     'Dnevnik the town was ruined. "It is bad," Barać said.', "Tonći Barać"),
    ("Jane Fraser, Citigroup chief executive, said profit rose. Citigroup said costs fell.", "Citigroup"),
])
def test_attribution_an_introduction_read_as_written(rules, text, source):
    last = attributions(text, rules)[-1]
    assert last.source == source
    assert last.speaker != "Jane Fraser Citigroup"


@pytest.mark.parametrize("text, source, source_type", [
    # "according to" a kind of body in lower case, then its name
    ("Carmakers sold 1.6 million cars, according to data from industry association ACEA.", "ACEA", "organisation"),
    ("Exports fell, according to the consultancy Kpler.", "Kpler", "organisation"),
    ("The quake measured 6.1, according to the geological service USGS.", "USGS", None),
    ("Exports fell, according to data from ship-tracking firm MarineTraffic.", "MarineTraffic", None),
    # a site by its address is no government of its country code
    ("More than 2 million homes were without power, according to the tracking website PowerOutage.us.",
     "PowerOutage.us", "outlet"),
    ("Flights were diverted around the airspace, Flightradar24.com said.", "Flightradar24.com", "organisation"),
    ("According to Economica.net, the station had no permit.", "Economica.net", "outlet"),
    # the kind the text gives a name makes it no person
    ("Internet was cut, according to the internet monitoring group NetBlocks, which reported outages.",
     "NetBlocks", "monitor"),
])
def test_attribution_according_to_a_kind_then_its_name(rules, text, source, source_type):
    last = attributions(text, rules)[-1]
    assert last is not None and last.source == source
    if source_type is not None:
        assert last.source_type == source_type


def test_attribution_a_public_agency_closing_the_sentence_reports_the_count(rules):
    # a state's agency closing the sentence is no medium relaying the country's own report
    text = "Sweden on Thursday reported its first case of the strain outside Africa, the Public Health Agency of Sweden said."
    last = attributions(text, rules)[-1]
    assert (last.source, last.cue) == ("Public Health Agency of Sweden", "said")
    # a medium closing it still relays the subject's own count
    text = "Hezbollah reported that 12 of its fighters were killed, Lebanese media said."
    assert attributions(text, rules)[-1].source == "Hezbollah"


@pytest.mark.parametrize("text, source, via", [
    # (fifty-fifth session, the gap review of business and politics copy) relays
    # the medium's name ends at its kind, before the content's own subject
    ("Spain's sports minister, Pilar Alegria, told Cadena SER radio the government would ask for an audit.",
     "Pilar Alegria", ("Cadena SER",)),
    # comments, remarks and interviews given to a medium, wherever the sentence says so
    ("Min Aung Hlaing said in comments to state broadcaster MRTV that elections would be held.",
     "Min Aung Hlaing", ("MRTV",)),
    ("Min Aung Hlaing said elections would be held, in comments to state broadcaster MRTV.",
     "Min Aung Hlaing", ("MRTV",)),
    ("Bolsonaro dismissed the report in an interview with the BBC.", "Bolsonaro", ("BBC",)),
    ('"We are ready," Narendra Modi told a rally, quoted by the ANI news agency.', "Narendra Modi", ("ANI",)),
    # an interview with a person, or remarks to reporters, goes through no medium
    ("Bolsonaro said in an interview with Tucker Carlson that he was innocent.", "Bolsonaro", ()),
    # a record a medium cites, nobody named for it
    ("The office has begun instructing agencies to prepare, the Washington Post reported, citing an internal memo.",
     "unnamed (an internal memo)", ("The Washington Post",)),
])
def test_attribution_relays_of_comments_interviews_and_cited_records(rules, text, source, via):
    last = attributions(text, rules)[-1]
    assert (last.source, last.via) == (source, via)


@pytest.mark.parametrize("text, source, speaker, via", [
    # (fifty-fifth session) mends of a review of the session's code, each a regression it found
    # surnames that are titles elsewhere
    ("Ali Modu Sheriff said the party would win.", "Ali Modu Sheriff", "Ali Modu Sheriff", ()),
    ("John Chancellor said the network would change.", "John Chancellor", "John Chancellor", ()),
    # a cabinet title or a capitalised role after a name is no body's officer
    ("James Cleverly, British Foreign Secretary, said Britain would help.", "James Cleverly", "James Cleverly", ()),
    ("Chris Whitty, Chief Medical Officer, said cases were rising.", "Chris Whitty", "Chris Whitty", ()),
    # a day after a kind is no name; the main clause's own cue keeps the sentence
    ("The plant will close, according to the company Tuesday.", "unnamed (company)", None, ()),
    ("Duke Energy reported 300,000 outages, according to the consultancy Kpler.", "Duke Energy", None, ()),
    # an interview that is not the speaker's, or a medium's name that opens with a kind's word
    ("The ministry said the rebel leader's claims in an interview with Al Jazeera were false.",
     "unnamed (the ministry)", None, ()),
    ("The army said 20 soldiers died, while a rebel commander said in an interview with Al Jazeera that 50 died.",
     "unnamed (the army)", None, ()),
    ("The ministry denied the report, which first appeared in an interview with Reuters.",
     "unnamed (the ministry)", None, ()),
    ("Zelenskiy said in comments to Radio Liberty that talks failed.", "Zelenskiy", "Zelenskiy", ()),
    ("Zelenskiy said in an interview with veteran broadcaster David Frost that talks failed.",
     "Zelenskiy", "Zelenskiy", ()),
    # (a paper that quoted him relays him, now that the registry knows it: fifty-eighth session)
    ('"We are ready," Modi told a rally, quoted by the Daily Mail.', "Modi", "Modi", ("Daily Mail",)),
    # a person of a site speaks as before; a news agency's long name relays the country's count
    ("Russia reported 20 new cases, the Information Telegraph Agency of Russia said.", "Russian government", None, ()),
    # an introduction whose name the text writes with a non-breaking space
    ('Seven houses were destroyed, HRT reports, while UNICEF director Anthony\u00a0Lake told Dnevnik the town '
     'was ruined. "It is bad," Lake said.', "UNICEF", "Anthony Lake", ()),
])
def test_attribution_mends_of_the_fifty_fifth_code_review(rules, text, source, speaker, via):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker, last.via) == (source, speaker, via)


@pytest.mark.parametrize("text", [
    # "citing" a record as a reason, no medium passing it on: the outlet's own account of an act
    "The firm fired him, citing an email that he sent to clients.",
    "The court rejected the appeal, citing the filing.",
])
def test_attribution_a_record_cited_as_a_reason_is_no_source(rules, text):
    assert attributions(text, rules)[-1] is None


@pytest.mark.parametrize("text, source, cue", [
    # a report's or an inquiry's findings are its author's, as "the report said" names it
    ("Amnesty International said the strikes were war crimes. The report found that the military struck schools.",
     "Amnesty International", "found"),
    ("The study concluded that 40% of children were malnourished.", None, None),
])
def test_attribution_a_reports_findings_are_its_authors(rules, text, source, cue):
    last = attributions(text, rules)[-1]
    assert (last.source if last else None, last.cue if last else None) == (source, cue)


@pytest.mark.parametrize("text, source", [
    # a sentence that moves to another country before its speaker names that country's body
    ("Ouagadougou (AFP) - Jihadists killed 12 soldiers in northern Burkina Faso, the army said. "
     "In neighboring Mali, the army said in a statement that it had neutralized 25 terrorists.", "Mali's army"),
    # "the ministry" after a government with two registry ministries is neither of them
    ("DAMASCUS (SANA) - Two people were killed. Meanwhile, the Foreign and Expatriates Ministry said in a statement "
     'that the aggression was a violation. "Syria reserves the right to respond," the statement added. '
     "The ministry called on the UN Security Council to act.", "Syrian government"),
])
def test_attribution_the_country_and_ministry_a_description_names(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker, via", [
    # (fifty-fifth session) mends of a second review of the session's code
    # an interview given before the cue, or after it in the speaker's own clause, is his relay
    ("Zelenskiy, speaking in an interview with Reuters, said aid was needed.", "Zelenskiy", "Zelenskiy", ("Reuters",)),
    ("Speaking in an interview with Reuters, Zelenskiy said aid was needed.", "Zelenskiy", "Zelenskiy", ("Reuters",)),
    ("Zelenskiy said Russia had made gains in an interview with the BBC.", "Zelenskiy", "Zelenskiy", ("BBC",)),
    # a medium whose verb stands a few words before ", citing" a record relays it
    ("The agency will cut 500 jobs, the Washington Post reported on Monday, citing an internal memo.",
     "unnamed (an internal memo)", None, ("The Washington Post",)),
    # a capitalised role after a body's acronym, set off after the name
    ('"Rains are coming," said Caroline Ochieng, KMD Deputy Director.', "KMD", "Caroline Ochieng", ()),
    ('"Aid is blocked," said Jens Laerke, OCHA Spokesman.', "OCHA", "Jens Laerke", ()),
    ("Patrick Vallance, Chief Scientific Adviser, said the risk was low.", "Patrick Vallance", "Patrick Vallance", ()),
    # a state's agency "for" or "of" something closing the sentence, no news agency
    ("Nigeria has reported 20 new trafficking cases this year, the National Agency for the Prohibition of "
     "Trafficking in Persons said.", "National Agency for the Prohibition of Trafficking in Persons", None, ()),
    # a person of a site speaks for it
    ("Power was out, said John Smith of PowerOutage.us.", "PowerOutage.us", "John Smith", ()),
])
def test_attribution_mends_of_the_second_fifty_fifth_code_review(rules, text, source, speaker, via):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker, last.via) == (source, speaker, via)


@pytest.mark.parametrize("text, via", [
    # a dateline naming the publisher, in the forms state agencies write it: the publisher's own interviews
    # are no relay
    ('KINSHASA, Democratic Republic of the Congo (AA) - Bombs hit a camp. "The bombs fell," Mayor Faustin Kapend '
     'told Anadolu over the phone.', ()),
    ("MOSCOW, March 12. /TASS/. A drone hit a depot. A source in the emergency services told TASS that the fire "
     "was out.", ()),
])
def test_attribution_datelines_of_state_agencies(rules, text, via):
    assert attributions(text, rules)[-1].via == via


@pytest.mark.parametrize("text, source, speaker, via", [
    # (fifty-fifth session) mends of a third review of the session's code
    # another's interview before the cue, or after it past a clause's end, is no relay of the speaker
    ("Asked about claims Putin made in an interview with the BBC, Kremlin spokesman Dmitry Peskov said the "
     "president had nothing to add.", "Russian government", "Dmitry Peskov", ()),
    ("The army said it had taken the town; a rebel commander said in an interview with Al Jazeera that fighting "
     "continued.", "unnamed (the army)", None, ()),
    ("Peskov said Putin had said in an interview with the BBC that Russia was ready for talks.",
     "Russian government", "Dmitry Peskov", ()),
    # a capitalised role after a name is no body unless an acronym stands before it
    ('"The road is closed," said John Mwangi, Information Officer.', "John Mwangi", "John Mwangi", ()),
    ('"The road is closed," said John Mwangi, Station Commander.', "John Mwangi", "John Mwangi", ()),
    # a company's site by its address
    ("Jeff Wilke of Amazon.com said prices would rise.", "Amazon.com", "Jeff Wilke", ()),
])
def test_attribution_mends_of_the_third_fifty_fifth_code_review(rules, text, source, speaker, via):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker, last.via) == (source, speaker, via)


def test_attribution_a_headline_with_a_bracketed_acronym_is_no_dateline(rules):
    text = ("Head of the World Health Organization (WHO): cholera spreading fast\n"
            "GENEVA (AFP) - Cholera is spreading. WHO chief Tedros Adhanom Ghebreyesus told AFP it was bad.")
    assert attributions(text, rules)[-1].via == ()


# A story with no dateline, byline or self-reference: the one medium its people spoke to publishes it.
_TOLD_STORY = ("Floods kill 17 in Bududa as landslides bury homes\n"
               "At least 17 people were killed when landslides buried homes in Bududa district after two days of "
               "heavy rain, officials said on Sunday. The district chairman, Wilson Kutosi, said rescuers were still "
               "digging through the mud with hoes and their bare hands. \"We have so far retrieved 17 bodies, among "
               "them seven children,\" Kutosi told {medium}. He added that about 200 households had been displaced "
               "and were being hosted at a primary school. The Uganda Red Cross said it had sent two trucks of "
               "relief items, including tents, blankets and water purification tablets. Residents said the hills "
               "had cracked weeks before the disaster and that warnings were ignored. The meteorological authority "
               "has forecast more rain for the Elgon region over the coming week, and the government has asked "
               "people living on the slopes to move to safer ground. Local leaders said at least 40 people were "
               "still missing. Bududa has suffered deadly landslides before, most recently in 2018, when dozens "
               "died.{tail}")


def _told_story(medium="the Nile Post", tail=""):
    return Document(id="d", origin="d", text=_TOLD_STORY.format(medium=medium, tail=tail))


@pytest.mark.parametrize("medium, tail, expected", [
    ("the Nile Post", "", "Nile Post"),
    ("Nile Post on Sunday", "", "Nile Post"),
    ("Nile Post Tuesday", "", "Nile Post"),
    # named twice, once in short
    ("the Nile Post", " A resident told the Post that her house was gone.", "Nile Post"),
    # the story names itself otherwise: the medium told is a relay
    ("the Nile Post", " A resident told this newspaper that her house was gone.", None),
    # a medium the registry knows is one others relay; two media leave the publisher unknown
    ("the Nile Post", " A resident told AFP that her house was gone.", None),
    ("the Nile Post", " A resident told Radio Simba that her house was gone.", None),
    # what the story drew on
    ("the Nile Post", "\nSource: Nile Post", None),
    # no medium: an audience, an officer
    ("reporters", "", None),
    ("Police Chief James Mugisha", "", None),
    # the story cites the medium as a source: an aggregator's story, not the medium's own
    ("the Nile Post", " The Nile Post reported that the road was cut.", None),
    ("the Nile Post", " According to the Nile Post, the road was cut.", None),
    ("the Nile Post", " The newspaper said the road was cut.", None),
    # another medium reporting, or "the paper" of a study, declines nothing
    ("the Nile Post", " The Washington Post reported that the road was cut.", "Nile Post"),
    ("the Nile Post", " A study was published in Nature. The paper said floods would worsen.", "Nile Post"),
    # people interviewed or reached by the medium told it too
    ("the Nile Post", " Survivors interviewed by the Nile Post said the hill cracked.", "Nile Post"),
    ("the Nile Post", " Survivors interviewed by AFP said the hill cracked.", None),
    # a later interview with another medium is still seen, past the sentence's end
    ("the Nile Post. His neighbour told AFP the mud", "", None),
    ("the Nile Post today.", "", "Nile Post"),
    # a medium's name as written: its digits, its possessive, its particles
    ("Channel 4 News", "", "Channel 4 News"),
    ("the Daily Nation's reporter", "", "Daily Nation"),
    # a name holding a medium's word that is no medium
    ("the News Corp board", "", None),
    ("the Senate Radio Spectrum Committee", "", None),
    ("the Times Square crowd", "", None),
])
def test_attribution_publisher_of_the_one_medium_a_story_was_told(rules, medium, tail, expected):
    publisher = publisher_of(_told_story(medium, tail), rules.registry)
    assert (publisher.name if publisher else None) == expected


def test_attribution_the_medium_a_story_was_told_is_no_relay_of_its_own_story(rules):
    document = _told_story()
    sentences = split_sentences(document.text, abbreviations=rules.abbreviations)
    by_text = {s.text: a for s, a in zip(sentences, attribute(sentences, rules=rules, document=document))}
    told = find(by_text, "Kutosi told")
    assert (told.source, told.via) == ("Wilson Kutosi", ())
    # a snippet is no story: there the medium relays
    (snippet,) = attributions('"We have so far retrieved 17 bodies," Kutosi told the Nile Post.', rules)
    assert snippet.via == ("Nile Post",)


def test_attribution_the_group_s_named_spokesman_speaks_for_the_group_not_a_country_s_military(rules):
    _, spokesman = attributions("Houthi rebels said Monday they had shot down an American MQ-9 Reaper drone over Yemen. "
                                "The group's military spokesman, Yahya Saree, said the drone was brought down by a "
                                "locally made missile.", rules)
    assert (spokesman.source, spokesman.speaker) == ("Houthis", "Yahya Saree")
    # a state's own description is no group: "the regime's military spokesman" is not read so
    _, regime = attributions("The regime said it had struck 40 targets. The regime's military spokesman, Zaw Min Tun, "
                             "said the strikes hit rebel camps.", rules)
    assert regime.source_type != "armed group"


@pytest.mark.parametrize("text", [
    "Police shot a man after what the department described as a confrontation involving a handgun.",
    "The floods created what the United Nations describes as the world's largest humanitarian crisis.",
    "Vendors were arrested in what traders described as the most brutal blitz this year.",
])
def test_attribution_what_someone_described_as_is_a_label_not_a_claim(rules, text):
    assert attributions(text, rules) == [None]


def test_attribution_a_medium_citing_what_it_described_as_footage_is_its_own_source(rules):
    _, masirah = attributions("British maritime security firm Ambrey said the vessel was hit. Al-Masirah, however, "
                              "reported that the vessel was burning, citing what it described as drone footage.", rules)
    assert (masirah.source, masirah.source_type, masirah.via) == ("Al-Masirah", "outlet", ())


def test_attribution_armed_wings_are_their_own_names_and_speak_for_their_movements(rules):
    wing, group = attributions("Islamic Jihad's armed wing, the al-Quds Brigades, said its fighters had confronted the "
                               "troops in Jenin. The group said two of its fighters were killed.", rules)
    assert (wing.source, group.source) == ("al-Quds Brigades", "al-Quds Brigades")  # not Syria's Liwa al-Quds
    assert rules.registry.origin(rules.registry.find("al-Quds Brigades")).name == "Palestinian Islamic Jihad"
    assert rules.registry.origin(rules.registry.find("Ezzedine al-Qassam Brigades")).name == "Hamas"
    (relayed,) = attributions("Al-Masirah also reported that strikes hit the Hodeidah airport, citing local sources.",
                              rules)
    assert (relayed.source_type, relayed.via) == ("anonymous", ("Al-Masirah",))


@pytest.mark.parametrize("text, source", [
    ("Three people were killed, according to the head of the city military administration, Serhii Popko.",
     "Serhii Popko"),
    ("Five died, according to the mayor of Kharkiv, Ihor Terekhov.", "Ihor Terekhov"),
    ("Five died, according to the governor of Kharkiv region, Oleh Syniehubov, who said rescuers were at work.",
     "Oleh Syniehubov"),
])
def test_attribution_according_to_an_office_then_its_holder_named(rules, text, source):
    (found,) = attributions(text, rules)
    assert (found.source, found.source_type, found.speaker) == (source, "person", source)


def test_attribution_according_to_an_office_with_no_holder_named_is_not_read_as_a_person(rules):
    (found,) = attributions("Six died, according to the head of the city military administration.", rules)
    assert found.source_type != "person"


@pytest.mark.parametrize("text", [
    "According to Israeli figures, about 240 people were taken hostage.",
    "According to Palestinian figures, 40 people died.",
])
def test_attribution_according_to_a_people_s_figures_names_no_one(rules, text):
    (found,) = attributions(text, rules)
    assert (found.source_type, found.speaker) == ("anonymous", None)


@pytest.mark.parametrize("text, source", [
    # a source in a body named by its acronym after its country, described after it
    ("A source in Ukraine's SBU security service told Reuters that drones hit four airfields.", "SBU"),
    # a named institution opening with the Arabic article in lower case
    ("Al Jazeera, citing medical sources at al-Ahli Arab Hospital, said 12 people died.", "al-Ahli Arab Hospital"),
])
def test_attribution_a_source_in_a_named_body_is_the_body(rules, text, source):
    (found,) = attributions(text, rules)
    assert (found.source, found.source_type != "anonymous") == (source, True)


def test_attribution_people_in_an_area_named_by_an_acronym_stay_unnamed(rules):
    (found,) = attributions("Residents in the SDF area said three people died.", rules)
    assert found.source_type == "anonymous"


def test_attribution_a_medium_citing_another_that_reported_a_body_s_words_is_a_chain(rules):
    (chain,) = attributions("Al-Mayadeen TV, citing SANA, reported that the Syrian Defence Ministry said 12 drones "
                            "were downed.", rules)
    assert (chain.source, chain.via) == ("Syrian Defence Ministry", ("Al Mayadeen", "SANA"))
    # with no one named after "that", the cited agency is the source
    (cited,) = attributions("Al Jazeera, citing SANA, reported that 12 drones were downed.", rules)
    assert (cited.source, cited.via) == ("SANA", ("Al Jazeera",))


def test_attribution_an_inverted_cue_s_officer_named_after_his_title_is_the_speaker(rules):
    _, named, placed = attributions(
        'Amnesty International condemned the verdict. "This is a travesty," said Amnesty\'s Regional Director, '
        'Montse Ferrer. "It is unfair," said Amnesty\'s regional director, Kenya.', rules)
    assert (named.source, named.speaker) == ("Amnesty International", "Montse Ferrer")
    assert (placed.source, placed.speaker) == ("Amnesty International", None)  # a place is no name


def test_attribution_an_unknown_medium_written_with_the_relays_what_it_cites(rules):
    cited, agency, unicef = attributions(
        "In India, six people died in West Bengal, the Press Trust of India reported, citing state officials. "
        "Among them was a 51-year-old man, the agency said. UNICEF said 2 million children were at risk.", rules)
    assert (cited.source_type, cited.via) == ("anonymous", ("Press Trust of India",))
    # "the agency" is the medium that relayed just before, not UNICEF named after it
    assert agency.source == "Press Trust of India"
    assert unicef.source == "UNICEF"


@pytest.mark.parametrize("text, via", [
    ("Xinhua, citing local officials, put the death toll at 320.", ("Xinhua",)),
    ("Citing local officials, Xinhua put the death toll at 320.", ("Xinhua",)),
    ("Some local media outlets, citing hospital sources, put the number of dead at seven.", ("local media outlets",)),
    # a body that cites what it counts speaks for itself
    ("The DRM Unit, citing reports from municipalities, puts the figure at 30,000.", ()),
])
def test_attribution_a_medium_citing_a_source_as_it_puts_a_toll_relays_it(rules, text, via):
    (found,) = attributions(text, rules)
    assert found.via == via


def test_attribution_a_closing_speaker_reports_a_list_of_countries_that_recorded(rules):
    (found,) = attributions("Argentina, Paraguay and Peru have also reported record outbreaks, the Pan American Health "
                            "Organization said.", rules)
    assert found.source == "Pan American Health Organization"


@pytest.mark.parametrize("text, source", [
    ("The National Civil Police said 12 people died.", "National Civil Police"),
    ("Twelve died, according to the National Civil Police.", "National Civil Police"),
])
def test_attribution_a_police_force_named_by_its_capitals_is_that_force(rules, text, source):
    (found,) = attributions(text, rules)
    assert (found.source, found.source_type) == (source, "government")


def test_attribution_a_coast_guard_in_lower_case_is_the_one_named_before_else_as_written(rules):
    found = attributions("The Philippine Coast Guard rescued seven fishermen. Two more were found alive, the "
                         "coastguard said. Seven fishermen were rescued, the coast guard said.", rules)
    assert [a.source if a else None for a in found] == [None, "Philippine Coast Guard", "Philippine Coast Guard"]
    alone, italian, again, prison = attributions(
        "Seven fishermen were rescued, the coast guard said. The Italian coast guard said 40 migrants were "
        "saved. The coast guard said two died. A prison guard said the inmates fled.", rules)
    assert (alone.source, alone.source_type) == ("coast guard", "military")
    assert (italian.source, again.source) == ("Italian coast guard", "Italian coast guard")
    assert prison.source_type == "anonymous"  # (a guard of something else)


def test_attribution_a_body_said_according_to_a_statement_is_the_body_s_statement(rules):
    said, alone = attributions("The National Construction Authority said it had flagged the building as unsafe, "
                               "according to a statement. Twelve died, according to a statement.", rules)
    assert said.source == "National Construction Authority"
    assert alone.source_type == "anonymous"


def test_attribution_review_mends_of_the_fifty_sixth_session(rules):
    # "the agency" after a paper's relay, with an agency named between: that agency
    found = attributions("Two people died in the floods, a local official told the Daily Monitor. The UN refugee agency "
                         "has opened a transit centre in the district. The agency said 3,000 people had crossed.", rules)
    assert found[-1].source == "UNHCR"
    # a described medium named in the next sentence is that medium
    told, named = attributions("A military source told a pro-government newspaper that troops had entered the town. "
                               "The newspaper, Al-Watan, said the army had taken the hills.", rules)
    assert told.via == ("Al-Watan",)
    # a body's officer named after the office: not a person speaking for himself
    (bank,) = attributions("Prices rose 4 percent, according to the governor of the Central Bank of Kenya, Kamau "
                           "Thugge.", rules)
    assert bank.source != "Kamau Thugge"
    # a body that cites what it counts keeps it: its toll, no relay
    (ministry,) = attributions("Citing hospital records, the health ministry put the death toll at 50.", rules)
    assert (ministry.source_type, ministry.via) == ("government", ())
    # a medium only described puts no description into via
    *_, channel = attributions("The broadcaster America TV showed the scene. Citing medical sources, the channel put "
                               "the death toll at 35.", rules)
    assert channel is None or "channel" not in channel.via
    # "the agency" after a paper relayed a body: never the paper
    _, agency = attributions("Heavy rains have killed 23 people in Bangladesh, the Dhaka Tribune reported, citing the "
                             "Department of Disaster Management. The agency said 40,000 people were stranded.", rules)
    assert agency.source != "Dhaka Tribune"
    # heads of state and cabinet named after their country's title speak for themselves (GUIDELINES: "Heads of
    # state and ministers stay sources in their own right"); a body's president is its officer
    for said, person in (("said France's President, Emmanuel Macron.", "Emmanuel Macron"),
                         ("said Britain's Foreign Secretary, David Lammy.", "David Lammy"),
                         ("said Russia's Foreign Minister, Sergei Lavrov.", "Sergei Lavrov")):
        (head,) = attributions('"We will respond," ' + said, rules)
        assert (head.source, head.source_type, head.speaker) == (person, "person", person)
    (officer,) = attributions('"We will act," said MSF\'s President, Christos Christou.', rules)
    assert officer.speaker == "Christos Christou"
    # a body between the country and the title: its officer, not a head of state
    (leader,) = attributions('"Our resolve is firm," said Lebanon\'s Hezbollah Leader, Hassan Nasrallah.', rules)
    assert (leader.source, leader.speaker) == ("Hezbollah", "Hassan Nasrallah")
    # a medium only described puts its toll as before; a body keeps its own
    (local,) = attributions("Citing the Kenya Red Cross, local media put the death toll at 30.", rules)
    assert local.source == "Kenya Red Cross"
    # an opening phrase before a subject that records a count: the closing speaker's
    (opened,) = attributions("Separately, Thailand has reported its first case of mpox, the Department of Disease "
                             "Control said.", rules)
    assert opened.source == "Department of Disease Control"
    # the coast guard the story spoke of last: named since the other spoke, or the one that spoke
    *_, guard = attributions("The Philippine Coast Guard said Chinese vessels fired water cannon. Beijing said its China "
                             "Coast Guard had acted lawfully. The coast guard said the Philippine boats had intruded.",
                             rules)
    assert guard.source == "China Coast Guard"
    *_, spoke = attributions("The Greek coastguard said 20 people were rescued off Crete. Rescuers searched the area. "
                             "The coastguard said 4 died.", rules)
    assert spoke.source == "Greek coastguard"
    # a coast guard named with dots, never the article before it
    *_, named = attributions("A raft was seen off Key West. A Cuban Coast Guard boat had spotted it. Seven migrants "
                             "were rescued, the coast guard said.", rules)
    assert named.source == "Cuban Coast Guard"


def test_attribution_an_acronym_s_office_is_the_body_through_its_holder(rules):
    # a body's acronym owning an office ("FIFA's President"): the body, through the holder named after
    (fifa,) = attributions('"The tournament will grow," said FIFA\'s President, Gianni Infantino.', rules)
    assert (fifa.source, fifa.source_type, fifa.speaker) == ("FIFA", "organisation", "Gianni Infantino")
    (nra,) = attributions("The NRA's chief executive said the law was wrong.", rules)
    assert (nra.source, nra.speaker) == ("NRA", None)
    # after its country's name too, not the mention as written
    (spd,) = attributions('"The coalition holds," said Germany\'s SPD Leader, Lars Klingbeil.', rules)
    assert (spd.source, spd.speaker) == ("SPD", "Lars Klingbeil")
    # a registry body's possessive and a capitalised office, with "the": the body, through its holder
    (who,) = attributions("Cases rose sharply, said the WHO's Director-General, Tedros Adhanom Ghebreyesus.", rules)
    assert (who.source, who.speaker) == ("World Health Organization", "Tedros Adhanom Ghebreyesus")
    (alone,) = attributions("The WHO's Director-General said cases rose.", rules)
    assert alone.source == "World Health Organization"
    # a country's possessive stays its head, and a person's owner keeps his unnamed spokesman
    (macron,) = attributions('"Peace is near," said France\'s President, Emmanuel Macron.', rules)
    assert macron.source == "Emmanuel Macron"
    (owner,) = attributions("Netanyahu's spokesman said no talks were planned.", rules)
    assert owner.source == "Netanyahu"


@pytest.mark.parametrize("text, source", [
    # a body its capitalised name shows owns an unnamed officer: the body speaks through him
    ("The Suez Canal Authority's chairman said transits fell.", "Suez Canal Authority"),
    ("The Kenya Meteorological Department's director said rain fell.", "Kenya Meteorological Department"),
    ("Citing the Suez Canal Authority's chairman, state-owned Al-Ahram reported that transits fell.",
     "Suez Canal Authority"),
    # not a country's minister, nor a person's spokesman
    ("Syria's foreign minister said talks would go on.", "Syria's foreign minister"),
    ("Netanyahu's spokesman said no talks were planned.", "Netanyahu"),
])
def test_attribution_a_named_body_s_officer_is_the_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # (sixty-fourth session) a titled person's office or spokesman, as the untitled one's: his office, or he
    # through his unnamed spokesman; no person called "Benjamin Netanyahu's"
    ("Israeli Prime Minister Benjamin Netanyahu's office said the talks would resume.",
     "Benjamin Netanyahu's office", None),
    ("Pakistan's prime minister Shehbaz Sharif's office said five people died.", "Shehbaz Sharif's office", None),
    ("Health Minister Nitzan Horowitz's office said the clinics would open.", "Nitzan Horowitz's office", None),
    ("Iraqi Prime Minister Mustafa al-Kadhimi's media office said the talks would resume.",
     "Mustafa al-Kadhimi's media office", None),
    ("President Joe Biden's spokesman said the talks would resume.", "Joe Biden", None),
    ("President Biden's spokesman said the talks would resume.", "Biden", None),
    # (a title's own office stays one: "the Prime Minister's office")
    ("In Beirut, the Prime Minister's office said the talks would resume.", "Prime Minister's office", None),
])
def test_attribution_a_titled_person_s_office(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # a chair described by the body it chairs, as "the director of the committee" is
    ("The chairman of the committee said the bill would pass.", "chairman of the committee"),
    ("A chairperson of a local council said the road was closed.", "chairperson of a local council"),
])
def test_attribution_a_described_chair_is_a_source(rules, text, source):
    (spoke,) = attributions(text, rules)
    assert (spoke.source, spoke.speaker) == (source, None)


def test_attribution_a_place_before_an_unknown_acronym_names_the_body(rules):
    (cdc,) = attributions("Cases rose sharply, said Africa CDC Director General Jean Kaseya.", rules)
    assert (cdc.source, cdc.speaker) == ("Africa CDC", "Jean Kaseya")
    (nigeria,) = attributions("Nigeria CDC Director General Jide Idris said 20 people died.", rules)
    assert nigeria.source == "Nigeria CDC"
    # an acronym of a place alone is still no body: the officer speaks for himself
    (up,) = attributions("UP Chief Secretary Manoj Singh said 5 died.", rules)
    assert up.source == "Manoj Singh"
    # a known acronym keeps its registry body, whatever place comes before it
    (sdf,) = attributions("In Raqqa SDF commander Ahmed Khalil said 20 fighters died.", rules)
    assert sdf.source == "Syrian Democratic Forces"


def test_attribution_an_unknown_acronym_before_a_head_s_office_is_a_body(rules):
    # an office only a body's head holds: the body, through him
    (wada,) = attributions('"Doping of children is unforgivable," WADA Director General Olivier Niggli said.', rules)
    assert (wada.source, wada.speaker) == ("WADA", "Olivier Niggli")
    # a president may be a state's, and a bare director a department's: the person (review of the
    # fifty-seventh session)
    (ramaphosa,) = attributions("SA President Cyril Ramaphosa said the grid would stabilise.", rules)
    assert ramaphosa.source == "Cyril Ramaphosa"
    (hr,) = attributions("HR Director Jane Smith said profits rose.", rules)
    assert hr.source == "Jane Smith"
    (knu,) = attributions("KNU Chairman Saw Kwe Htoo Win said the army attacked the village.", rules)
    assert (knu.source, knu.speaker) == ("KNU", "Saw Kwe Htoo Win")
    # a state's acronym before "President" is its head; a place's officer speaks for himself
    (xi,) = attributions("PRC President Xi Jinping said the talks went well.", rules)
    assert xi.source == "Xi Jinping"
    (nyc,) = attributions("Cases rose, said NYC Health Commissioner Ashwin Vasan.", rules)
    assert nyc.source == "Ashwin Vasan"


def test_attribution_an_unknown_name_which_cited_unnamed_people_relays_them(rules):
    (bloomberg,) = attributions("According to Bloomberg, which cited people familiar with the matter, the deal is "
                                "done.", rules)
    assert (bloomberg.source_type, bloomberg.via) == ("anonymous", ("Bloomberg",))
    # a person who cited witnesses is still the one it is according to
    (person,) = attributions("According to Ahmed Khalil, who cited witnesses, the town fell.", rules)
    assert (person.source, person.via) == ("Ahmed Khalil", ())


def test_attribution_a_named_closing_speaker_reports_an_opening_subject_s_pledge(rules):
    (federation,) = attributions("Saudi Arabia has pledged to spend more than $40 billion on stadiums, the Saudi "
                                 "Arabian Football Federation said.", rules)
    assert federation.source == "Saudi Arabian Football Federation"
    # an unnamed spokesman closing it is the subject's own
    (rebels,) = attributions("The rebels vowed to fight on, a spokesman said.", rules)
    assert rebels.cue == "vowed"


def test_attribution_it_after_a_body_only_described_is_that_body_not_a_person_before(rules):
    *_, bank, added = attributions('"Inflation has eased," Jerome Powell told reporters. The central bank said in a '
                                   'statement that it would need greater confidence. It added that the labor market had '
                                   'cooled.', rules)
    assert added.source == bank.source and added.source_type != "person"
    # a person who spoke last is still no "it", but a body that spoke before him is
    *_, it = attributions("The ministry said 20 people died. Ahmed Khalil told AFP the town fell. It added that 5 "
                          "more were missing.", rules)
    assert it.source_type != "person"


def test_attribution_a_poll_s_author_is_its_source_and_a_body(rules):
    (ipsos,) = attributions("Labour is on course to win 194 seats, according to a poll by Ipsos published on "
                            "Tuesday.", rules)
    assert (ipsos.source, ipsos.source_type, ipsos.speaker) == ("Ipsos", "organisation", None)
    (yougov,) = attributions("Labour leads by 20 points, according to an opinion poll by YouGov.", rules)
    assert yougov.source == "YouGov"
    # a report's author with a person's two names stays a person
    (smith,) = attributions("Labour leads, according to a report by John Smith.", rules)
    assert smith.source_type == "person"


def test_attribution_which_after_a_name_says_it_is_a_body(rules):
    (citi,) = attributions("Citigroup, which employs 240,000 people, said it would cut jobs.", rules)
    assert (citi.source, citi.source_type, citi.speaker) == ("Citigroup", "organisation", None)
    (person,) = attributions("Ahmed Khalil, who runs the clinic, said 20 people died.", rules)
    assert person.source_type == "person"


def test_attribution_a_state_s_election_commission_is_no_international_body(rules):
    (commission,) = attributions("Turnout was 60 percent, the Electoral Commission said.", rules)
    assert commission.source_type == "government"
    (europe,) = attributions("The European Commission said the plan was lawful.", rules)
    assert europe.source_type == "international body"


def test_attribution_a_communique_read_on_a_broadcaster_is_relayed_by_it(rules):
    (staff,) = attributions("In a communiqué read on the national broadcaster RTB on Thursday evening, the Army "
                            "General Staff said units had repelled the attack.", rules)
    assert (staff.source, staff.via) == ("Army General Staff", ("RTB",))
    # a statement with its carrier set off by commas
    (committee,) = attributions("The committee's statement, carried by state news agency Belta, claimed that refugees "
                                "had been pushed back.", rules)
    assert committee.via == ("BelTA",)


def test_attribution_review_mends_of_the_fifty_seventh_session(rules):
    # a state's acronym owns no body's office; a minister speaks for himself
    (maliki,) = attributions('"Talks will go on," said the PA\'s Foreign Minister, Riyad al-Maliki.', rules)
    assert maliki.source != "PA"
    # a place before an unknown acronym names the body only opening the sentence or after "said"
    (puren,) = attributions("In South Africa NICD Director Adrian Puren said cases rose.", rules)
    assert puren.source != "Africa NICD"
    # "which" after a speaker named at the end refers to the clause, not to him
    (ali,) = attributions("The company will close the plant, said Ahmed Ali, which would cost 500 jobs.", rules)
    assert (ali.source, ali.source_type) == ("Ahmed Ali", "person")
    # a study's author is often a scholar; "Survey" capitalised is a body's own name
    (ferguson,) = attributions("Prices rose, according to a study by Ferguson.", rules)
    assert ferguson.source_type == "person"
    (survey,) = attributions("The quake measured 6.1, according to Survey of India.", rules)
    assert survey.source == "Survey of India"
    # a day or a bare "TV" carries nothing by name
    (army,) = attributions("The army said in a statement, broadcast on Monday, that the attack was repelled.", rules)
    assert army.via == ()
    (junta,) = attributions("The junta said in a communiqué read on Saturday evening that the coup failed.", rules)
    assert junta.via == ()
    (president,) = attributions("In his speech, broadcast by state TV, the president said the war was over.", rules)
    assert president.via == ()
    # a body that cites witnesses counts what it cites, as a monitor does
    (network,) = attributions("At least 40 people were killed, according to the Sudan Doctors Network, which cited "
                              "witnesses.", rules)
    assert (network.source, network.via) == ("Sudan Doctors Network", ())


def test_attribution_second_review_mends_of_the_fifty_seventh_session(rules):
    # a bare president or director after a body's acronym is still its officer
    (kmd,) = attributions("KMD Deputy Director Caroline Ochieng said the rains would continue.", rules)
    assert (kmd.source, kmd.speaker) == ("KMD", "Caroline Ochieng")
    (union,) = attributions("NUPENG President Williams Akporeha said the strike would go on.", rules)
    assert union.source == "NUPENG"
    # a report's or data's maker is a body; "which" with a verb of its own says so wherever the name stands
    (gartner,) = attributions("Prices fell 5 percent, according to a report by Gartner.", rules)
    assert (gartner.source_type, gartner.speaker) == ("organisation", None)
    (kroll,) = attributions("Ratings are likely to fall, said Kroll Bond, which rates the debt.", rules)
    assert kroll.source_type == "organisation"
    # a paper whose name opens with a day carries the interview; a day ending the sentence does not
    (paper,) = attributions("The war is over, he said in an interview published by the Sunday Times.", rules)
    assert paper.via == ("Sunday Times",)
    (day,) = attributions("The group said it would fight on, in a statement broadcast on Monday.", rules)
    assert day.via == ()


def test_attribution_a_state_s_acronym_before_its_head_s_title_is_the_head_himself(rules):
    (xi,) = attributions('"Talks will go on," said the PRC\'s President, Xi Jinping.', rules)
    assert (xi.source, xi.source_type) == ("Xi Jinping", "person")
    # a state's spokesman still speaks for it
    (pa,) = attributions('"Talks will go on," said the PA\'s spokesman, Nabil Abu Rudeineh.', rules)
    assert pa.speaker == "Nabil Abu Rudeineh" and pa.source != "Nabil Abu Rudeineh"


# --- fifty-eighth session ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Fed Chair Jerome Powell said inflation was easing.", "Jerome Powell"),
    ("Chairwoman Janet Yellen said the economy was strong.", "Janet Yellen"),
    ("Board Chairperson Amina Okoro told reporters the vote was delayed.", "Amina Okoro"),
])
def test_attribution_chair_is_a_title_before_a_name(rules, text, person):
    (found,) = attributions(text, rules)
    assert found.speaker == person
    assert found.source_type == "person" or found.source != found.mention


def test_attribution_a_branch_of_the_body_the_story_named_speaks_as_that_body(rules):
    found = attributions('The General Mine Workers Union said it would protest. "We want justice," the union\'s '
                         'Zonguldak Branch Chair Nurettin Aydin said.', rules)
    assert (found[1].source, found[1].speaker) == ("General Mine Workers Union", "Nurettin Aydin")
    # a country's branch is no body the story named
    (country,) = attributions("The country's Lagos Branch Chairman Ali Veli said it would win.", rules)
    assert country.source == "Lagos Branch"


@pytest.mark.parametrize("text, person", [
    ('"This is worrying," said lead author Mingyang Song.', "Mingyang Song"),
    ('"We need more data," said co-author Anna Berg.', "Anna Berg"),
    ('"We need more data," said study author Anna Berg.', "Anna Berg"),
    ('"Prices will rise," said chief economist Jane Foster.', "Jane Foster"),
])
def test_attribution_a_study_s_author_or_a_researcher_titled_after_an_inverted_cue(rules, text, person):
    (found,) = attributions(text, rules)
    assert (found.source, found.speaker, found.rule) == (person, person, "attr.inverted-cue")


@pytest.mark.parametrize("line", ["Author: Mara Kohler", "Editor: Tom Hale", "Source: Al Mayadeen English + Agencies"])
def test_attribution_a_credit_line_claims_nothing(rules, line):
    found = attributions(f"Floods hit the town\n{line}\nFloods hit the town on Monday.", rules)
    assert found[1] is None
    # a body's name before a headline's colon still speaks
    (ministry, _) = attributions("Ministry of Internal Affairs: 31 persons detained\nFloods hit the town on Monday.",
                                 rules)
    assert ministry.source == "Ministry of Internal Affairs"


@pytest.mark.parametrize("text", [
    "Professor Kevin McConway of the Open University said the study was sound.",
    '"The study is sound," said Professor Kevin McConway.',
])
def test_attribution_a_professor_of_a_university_speaks_for_himself(rules, text):
    (found,) = attributions(text, rules)
    assert (found.source, found.source_type, found.speaker) == ("Kevin McConway", "person", "Kevin McConway")


def test_attribution_an_officer_of_a_body_described_in_lower_case_after_his_name(rules):
    found = attributions("Heavy rain lashed Dhaka, the Bangladesh Meteorological Department said. Mohammad Azizur "
                         "Rahman, director of the meteorological department, said heavy rain would continue. Ali "
                         "Omar, head of the provincial health department, said 40 were hurt.", rules)
    # the body the story named, described with its own word
    assert (found[1].source, found[1].speaker) == ("Bangladesh Meteorological Department", "Mohammad Azizur Rahman")
    # a description whose own word the named body lacks is a body of its own, as written
    assert (found[2].source, found[2].speaker) == ("provincial health department", "Ali Omar")


@pytest.mark.parametrize("text, body", [
    ("Carmaker Toyota said output fell.", "Toyota"),
    ("Retailer Walmart said sales rose.", "Walmart"),
    ("Drugmaker Pfizer said sales rose. Sales rose 5 percent, Pfizer said.", "Pfizer"),
    ("Separately, drug maker Novo Nordisk said sales rose.", "Novo Nordisk"),
])
def test_attribution_a_company_s_kind_before_its_name_makes_it_no_person(rules, text, body):
    for found in attributions(text, rules):
        assert (found.source, found.source_type, found.speaker) == (body, "organisation", None)


def test_attribution_a_kind_word_that_is_part_of_a_name_or_a_person_s_job_stays(rules):
    (club,) = attributions("Club Brugge said the coach had left.", rules)
    assert club.source == "Club Brugge"
    (owner,) = attributions("Restaurant owner Ahmed Ali said he fled.", rules)
    assert (owner.source, owner.source_type) == ("Ahmed Ali", "person")
    (nurse, charity) = attributions("Charity Mwangi said 12 died. Mwangi said more would die.", rules)
    assert (nurse.source_type, charity.source_type) == ("person", "person")


@pytest.mark.parametrize("text", [
    "Iranian news agency Tasnim reported that 12 died.",
    "The semi-official Tasnim news agency reported that 12 died.",
    "The Mehr news agency reported that 12 died.",
])
def test_attribution_iran_s_semi_official_agencies_speak_for_its_government(rules, text):
    (found,) = attributions(text, rules)
    assert found.source_type == "state media"
    assert rules.registry.origin(rules.registry.get(found.source_id)).id == "iranian-government"


def test_attribution_a_person_named_mehr_is_no_agency(rules):
    (found,) = attributions("Ali Mehr said 12 died.", rules)
    assert (found.source, found.source_type) == ("Ali Mehr", "person")


def test_attribution_a_service_named_after_a_known_body_is_that_service(rules):
    (found,) = attributions("The EU's Copernicus Climate Change Service said July was the hottest month.", rules)
    assert found.source == "EU's Copernicus Climate Change Service" and found.source_type != "international body"
    # a description in lower case is still the body it describes
    (eu,) = attributions("The EU's service said July was the hottest month.", rules)
    assert eu.source == "European Union"


@pytest.mark.parametrize("text, source, kind", [
    ("Twelve died, according to a report in The Guardian.", "The Guardian", "outlet"),
    ("The Wall Street Journal reported that 12 died.", "The Wall Street Journal", "outlet"),
    ("Bloomberg reported that 12 died.", "Bloomberg", "outlet"),
    ("Twelve died, Interfax reported.", "Interfax", "news agency"),
    ("An editorial in the Global Times argued that the strait was China's.", "Global Times", "state media"),
    # a person whose surname is a medium's one-word name is the person
    ("Michael Bloomberg said 12 died.", "Michael Bloomberg", "person"),
    ("Ali Spiegel said 12 died.", "Ali Spiegel", "person"),
])
def test_attribution_world_media_the_registry_knows(rules, text, source, kind):
    found = attributions(text, rules)[-1]
    assert (found.source, found.source_type) == (source, kind)


def test_attribution_a_world_paper_told_by_its_own_story_s_people_publishes_it(rules):
    story = ("Gunman kills 6 near checkpoint\nMarisa Delgado\n" +
             "A gunman opened fire on vehicles at a checkpoint on Sunday, killing six people, authorities said. " * 12 +
             "Rogelio Saenz, a trucker who was three vehicles back, told NPR he first thought he heard fireworks.")
    publisher = publisher_of(Document(id="d", origin="d", text=story), rules.registry)
    assert publisher is not None and publisher.name == "NPR"
    assert attributions(story, rules)[-1].via == ()
    # a wire the registry knows is relayed, not the publisher
    wire = story.replace("told NPR", "told Reuters")
    assert publisher_of(Document(id="d", origin="d", text=wire), rules.registry) is None
    assert attributions(wire, rules)[-1].via == ("Reuters",)


def test_attribution_a_byline_shared_with_a_known_medium_names_the_publisher(rules):
    text = "Typhoon lashes Okinawa\nBy Aya Morishita and Reuters\nA typhoon battered Okinawa on Wednesday."
    assert publisher_of(Document(id="d", origin="d", text=text), rules.registry).name == "Reuters"
    other = text.replace("and Reuters", "and John Smith")
    assert publisher_of(Document(id="d", origin="d", text=other), rules.registry) is None


def test_attribution_a_state_s_agency_is_no_medium_and_the_agency_is_it(rules):
    found = attributions("Rain fell all night, the Ghana Meteorological Agency said. Floods hit Accra, the "
                         "National Disaster Management Organisation said. A forecaster at the agency, Kofi Mensah, "
                         "said more rain was expected.", rules)
    assert found[0].source_type == "government"
    assert (found[2].source, found[2].speaker) == ("Ghana Meteorological Agency", "Kofi Mensah")


def test_attribution_a_word_for_any_body_is_the_body_not_its_last_speaker(rules):
    found = attributions("WHO chief Tedros Adhanom Ghebreyesus said the outbreak was spreading. The organisation added "
                         "that global stocks were low. The group said it would help.", rules)
    assert [(a.source, a.speaker) for a in found] == [
        ("World Health Organization", "Tedros Adhanom Ghebreyesus"), ("World Health Organization", None),
        ("World Health Organization", None)]
    # "the official" is still the person who spoke
    (_, official) = attributions("WHO chief Tedros Adhanom Ghebreyesus said the outbreak was spreading. The official "
                                 "added that stocks were low.", rules)
    assert official.speaker == "Tedros Adhanom Ghebreyesus"


def test_attribution_a_name_before_a_possessive_spokesman_without_commas_is_the_spokesman(rules):
    found = attributions("The Russian Defence Ministry said its jets struck 20 targets. Igor Konashenkov the "
                         "ministry's spokesman said the jets returned safely. In Damascus the ministry's spokesman "
                         "said 12 died.", rules)
    assert (found[1].source, found[1].speaker) == ("Russian Defence Ministry", "Igor Konashenkov")
    assert found[2].speaker is None  # (a place before him is no name)


@pytest.mark.parametrize("text, source", [
    ("The SDF an alliance dominated by the Kurdish YPG militia said it captured the town.",
     "Syrian Democratic Forces"),
    ("The SDF an alliance of Kurdish and Arab fighters backed by the US-led coalition said it captured the town.",
     "Syrian Democratic Forces"),
    # a body named after the description's words, not inside them, still speaks
    ("The SDF an alliance dominated by the Kurdish YPG militia captured the town the Observatory said.",
     "Syrian Observatory for Human Rights"),
])
def test_attribution_a_known_body_then_its_description_without_commas(rules, text, source):
    (found,) = attributions(text, rules)
    assert found.source == source


@pytest.mark.parametrize("text", [
    '"We expect more," said chief investigator Tom Reilly, a detective with the Metropolitan Police.',
    "Tom Reilly, a detective with the Metropolitan Police, said 12 people were arrested.",
])
def test_attribution_a_detective_of_a_force_speaks_for_it(rules, text):
    (found,) = attributions(text, rules)
    assert (found.source, found.speaker) == ("Metropolitan Police", "Tom Reilly")


@pytest.mark.parametrize("text, source, speaker", [
    # (fifty-eighth session, mends of the review of the session's code)
    # a new title is still an unnamed source's head
    ("An economist said prices would rise.", "unnamed (an economist)", None),
    ("An author said the book was banned.", "unnamed (an author)", None),
    # "Economist" before a name is his title, not the magazine
    ("Economist Jane Foley said prices would rise.", "Jane Foley", "Jane Foley"),
    # a person whose surname is a medium's name, with titles before him, and his surname later
    ("Former New York mayor Michael Bloomberg said 12 died. Bloomberg added that the city was safe.",
     "Michael Bloomberg", "Michael Bloomberg"),
    ("Der Spiegel reported that 12 died.", "Der Spiegel", None),
    # a given name that is an agency's name, with a surname after it, is no agency (a bare "Tasnim said" is
    # the agency, as Iran copy writes it: second review)
    ("Tasnim Akter said 12 died.", "Tasnim Akter", "Tasnim Akter"),
    ("Fars Ahmed said 12 died.", "Fars Ahmed", "Fars Ahmed"),
    ("Iranian news agency Tasnim reported that 12 died.", "Tasnim News Agency", None),
    # a name ending in "Service" the registry knows under another name is still that body
    ("The Syrian Civil Defence Service said 12 died.", "White Helmets", None),
    # a titled name before a possessive spokesman without commas
    ("The Syrian army said it advanced. Brigadier General Ali Mayhoub the armys spokesman said the army advanced.",
     "Syrian army", "Ali Mayhoub"),
])
def test_attribution_mends_of_the_fifty_eighth_code_review(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("headline, source", [
    ("Military Source: Army Units Destroy Terrorist Positions In Daraa", "unnamed (military source)"),
    ("Author: the war will end within a year", None),
    ("Chair: the talks will resume next week", None),
])
def test_attribution_a_headline_colon_after_the_credit_fix(rules, headline, source):
    found = attributions(f"{headline}\nFloods hit the town on Monday.", rules)[0]
    assert (found.source if found else None) == source


def test_attribution_cctv_footage_is_no_state_medium(rules):
    found = attributions("Twelve people were seen running, according to CCTV footage.", rules)[-1]
    assert found is None or found.source_type != "state media"


@pytest.mark.parametrize("text, source", [
    # (fifty-eighth session, second review) the medium cited since the person is the medium
    ("Michael Bloomberg said he would run. Bloomberg News reported that he would spend $1 billion. Bloomberg said "
     "the figure was provisional.", "Bloomberg"),
    ("Michael Bloomberg said he would run. According to Bloomberg, the campaign cost $1 billion.", "Bloomberg"),
    ("Tasnim said two guards died.", "Tasnim News Agency"),
    ("China Central Television reported that the talks collapsed.", "CCTV"),
])
def test_attribution_mends_of_the_fifty_eighth_second_review(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_camera_footage_and_two_word_credits_claim_nothing(rules):
    assert attributions("According to CCTV footage, twelve people ran.", rules)[-1] is None
    found = attributions("Floods hit the town\nPhoto source: Reuters\nData source: World Bank\nFloods hit the town "
                         "on Monday.", rules)
    assert found[1] is None and found[2] is None


def test_attribution_charity_as_a_given_name_opens_the_name(rules):
    found = attributions("Charity Mwangi said 12 died. Mwangi added that more died. Charity Oxfam said 12 died.", rules)
    assert [(a.source, a.source_type) for a in found] == [
        ("Charity Mwangi", "person"), ("Charity Mwangi", "person"), ("Oxfam", "NGO")]


@pytest.mark.parametrize("text, source", [
    # (sixtieth session) a body called by its kind the text never named is unnamed, not the outlet's voice
    ("The team said 20 people died.", "unnamed (the team)"),
    ("The airline said 20 passengers were stranded.", "unnamed (the airline)"),
    ("The court said the law was void.", "unnamed (the court)"),
    ("The regulator said bills would rise.", "unnamed (the regulator)"),
    # named before: that body, as before
    ("The Supreme Court ruled on Monday. The court said the law was void.", "Supreme Court"),
    ("A Yeti Airlines plane crashed. The airline said 20 people died.", "Yeti Airlines"),
])
def test_attribution_a_body_by_its_kind_alone_is_unnamed(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found is not None and found.source == source


def test_attribution_a_kind_with_words_of_its_own_stays_unread(rules):
    # "the regional team" names no body the text gave: no guess, as before
    assert attributions("The regional team said 20 people died.", rules)[-1] is None


@pytest.mark.parametrize("text, source", [
    # (sixtieth session) "the country's health ministry" is the story's country's, as "the health ministry" is,
    # not the registry's Syrian ministry
    ("BUCHAREST (Reuters) - Measles has killed 19 children in Romania this year, the country's health ministry "
     "said on Friday.", "Romania's health ministry"),
    ("The outbreak in Chad has killed 19 children, the country's health ministry said on Friday.",
     "Chad's health ministry"),
    ("Syrian troops shelled Douma, killing 19 children, the country's health ministry said.", "Syrian Health Ministry"),
])
def test_attribution_the_countrys_ministry_is_the_storys_country(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (sixtieth session) US health agencies and armed services of the registry, no longer the US government
    ("The U.S. Food and Drug Administration said the drug was safe.", "US Food and Drug Administration"),
    ("The US CDC said 14 people were ill.", "US Centers for Disease Control and Prevention"),
    # (not another country's agency of that name)
    ("The Korea Centers for Disease Control and Prevention said 20 died.",
     "Korea Centers for Disease Control and Prevention"),
    ("Nigeria CDC said 20 people died.", "Nigeria CDC"),
    ("The US Army said three soldiers died.", "US Army"),
    ("A U.S. Navy spokesman said the ship was hit.", "US Navy"),
    ("The U.S. State Department said the talks failed.", "US government"),
])
def test_attribution_us_agencies_and_services_are_their_own(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_first_person_runs_on_in_a_text_without_quotation_marks(rules):
    # (sixtieth session) FA-KES pages lost their quotation marks: the speaker's first person runs on after
    # his cue, as long as the sentences stay in it
    found = attributions("Ziad, a resident of Idlib, told AFP the planes came at dawn. The plane came back and I "
                         "tried to get down. My children were screaming. The town was quiet on Monday. We will stay.",
                         rules)
    assert [(a.source, a.carried) if a else None for a in found] == [
        ("Ziad", False), ("Ziad", True), ("Ziad", True), None, None]


@pytest.mark.parametrize("text", [
    # a text that keeps its quotation marks writes them where the speaker goes on
    'Ziad told AFP the planes came at dawn. "It was terrible," he said. Later I tried to get down.',
    # the outlet's own first person
    "Ziad told AFP the planes came at dawn. Follow us on Twitter for more.",
    "Ziad told AFP the planes came at dawn. Editing by John Smith Our Standards: The Trust Principles.",
])
def test_attribution_first_person_run_on_stays_in_quoteless_speech(rules, text):
    assert attributions(text, rules)[-1] is None


@pytest.mark.parametrize("text, source", [
    # (sixtieth session) "Independent experts" opening a sentence are experts, not the Independent's
    ("Independent experts cautioned that the study could not prove cause.", "unnamed (independent experts)"),
    ("Independent analysts said the vote was fair.", "unnamed (independent analysts)"),
    ("The Independent reported that 20 people died.", "The Independent"),
    ("According to the Independent, 20 people died.", "The Independent"),
])
def test_attribution_independent_as_an_adjective_is_no_outlet(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, via, speaker", [
    # (sixtieth session, a gap review on courts, disasters and health copy)
    # the people a charge is laid on accuse nobody
    ("Two men accused of running a fraud ring went on trial in Frankfurt on Tuesday.", None, None, None),
    ("The rebels accused the army of shelling the town.", "unnamed (the rebels)", (), None),
    # a body's own name gives no speaker
    ("A spokesperson for the Rapid Support Forces denied targeting medical facilities.", "Rapid Support Forces", (),
     None),
    # "It quoted …": the medium that spoke last relays; no medium, no relay named "It"
    ("The Guardian reported on Monday that talks failed. It quoted a diplomat as saying the talks were over.",
     "unnamed (a diplomat)", ("The Guardian",), None),
    ("Police arrested two men. It quoted a witness as saying they ran.", "unnamed (a witness)", (), None),
])
def test_attribution_mends_of_the_sixtieth_gap_review(rules, text, source, via, speaker):
    found = attributions(text, rules)[-1]
    if source is None:
        assert found is None
    else:
        assert (found.source, found.via, found.speaker) == (source, via, speaker)


@pytest.mark.parametrize("text, source, source_type", [
    # (sixtieth session) a court is a body, no person called "Supreme Court"; a judge named after his
    # court's country is himself, as "Judge Sarah Huang" is
    ("The Supreme Court said the law was void.", "Supreme Court", "organisation"),
    ("The U.S. Supreme Court said the law was void.", "U.S. Supreme Court", "organisation"),
    ("U.S. District Judge Sarah Huang wrote in her ruling that the law was void.", "Sarah Huang", "person"),
    ("District Judge Sarah Huang wrote in her ruling that the law was void.", "Sarah Huang", "person"),
])
def test_attribution_courts_are_bodies_and_judges_themselves(rules, text, source, source_type):
    found = attributions(text, rules)[-1]
    assert (found.source, found.source_type) == (source, source_type)


@pytest.mark.parametrize("text, expected", [
    # (sixtieth session, code review) a body by its kind inside a running quotation is the quotation's words
    ('Smith told reporters: "We lost in every court. The court said we had no standing. We will appeal."',
     [("Smith", False), ("Smith", True), ("Smith", True)]),
    ('"We were devastated by the decision. The airline said our bags were lost for good. Nobody helped us," said '
     'Maria Lopez, a passenger.', [("Maria Lopez", True), ("Maria Lopez", True), ("Maria Lopez", False)]),
    # contractions are the first person too, in a text without quotation marks
    ("Ahmed Hassan told AFP the planes came at dawn. I'm sure they will come back. We've lost everything.",
     [("Ahmed Hassan", False), ("Ahmed Hassan", True), ("Ahmed Hassan", True)]),
    # a numeral "I", a name with "Our", the outlet's own words carry nothing
    ("The company said the trial had ended. The type I diabetes trial enrolled 400 patients.",
     [("unnamed (the company)", False), None]),
    ("Police said the fire started at noon. The Church of Our Lady was badly damaged.", [("police", False), None]),
    ("Police said the fire started at noon. Read our full coverage of the fire here.", [("police", False), None]),
    # "it" relays only for a medium that spoke in the sentence before
    ("Reuters reported the attack on Sunday. Police arrested two men on Monday. It quoted a witness as saying they "
     "ran.", [("Reuters", False), None, ("unnamed (a witness)", False)]),
])
def test_attribution_mends_of_the_sixtieth_code_review(rules, text, expected):
    found = attributions(text, rules)
    assert [(a.source, a.carried) if a else None for a in found] == expected


def test_segment_an_article_and_a_dotted_name_before_a_pronoun_stays_a_sentence():
    from verify.segment import split_sentences as split
    cut = [s.text for s in split("Who spends most? The U.S. It spent 877 billion dollars.",
                                 abbreviations=load_rules().abbreviations)]
    assert cut[-1] == "It spent 877 billion dollars."


@pytest.mark.parametrize("text, source", [
    # (sixtieth session) a pollster or think-tank named after its kind is its name
    ("The pollster YouGov said support fell.", "YouGov"),
    ("The think-tank Chatham House said the risk rose.", "Chatham House"),
])
def test_attribution_a_pollster_named_after_its_kind(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (sixtieth session) "according to an official at the ministry" is the ministry's official, as "an
    # official at the ministry said" is (GUIDELINES: an unnamed member of a named body)
    ("The Kurdish-led autonomous administration said it would act. According to an official at the "
     "administration, 20 people died.", "Kurdish-led autonomous administration"),
    ("According to an official at the ministry, 20 people died.", "unnamed (an official at the ministry)"),
    ("According to an official in the area, 20 people died.", "unnamed (official)"),
])
def test_attribution_according_to_an_official_of_a_described_body(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, expected", [
    # (sixtieth session, second code review) a body by its kind that closes the quotation speaks it
    ('Fans gathered on Sunday. "We never expected this. We gave everything in the final," the team said.',
     [None, ("unnamed (the team)", True), ("unnamed (the team)", False)]),
    # first person with "let us", "support us", "stage I", "When I" is still the speaker's
    ("Fatima Hassan told AFP she fled the town. The soldiers would not let us bury our dead. At that stage I could "
     "not breathe. When I got home the house was gone. Nobody came to support us.",
     [("Fatima Hassan", False)] + [("Fatima Hassan", True)] * 4),
    # the outlet asking for comment is its own voice
    ("Ahmad Khalil told AFP the town was shelled. We have contacted the government for comment.",
     [("Ahmad Khalil", False), None]),
    # "It" is no medium because "Italian" holds the letters
    ("Al-Watan reported that troops entered the town. It said the operation began at dawn. The Italian embassy "
     "issued a statement. It quoted an unnamed source as saying two citizens were held.",
     [("Al-Watan", False), ("Al-Watan", False), None, ("unnamed (an unnamed source)", False)]),
])
def test_attribution_mends_of_the_sixtieth_second_code_review(rules, text, expected):
    assert [(a.source, a.carried) if a else None for a in attributions(text, rules)] == expected


@pytest.mark.parametrize("text, source_type", [
    ("Margaret Court said the ruling was unfair.", "person"),
    ("The High Court said the ruling stood.", "organisation"),
    ("The Court of Appeal said the ruling stood.", "organisation"),
])
def test_attribution_a_person_surnamed_court_is_no_court(rules, text, source_type):
    assert attributions(text, rules)[-1].source_type == source_type


@pytest.mark.parametrize("text, source", [
    # (sixtieth session, after the held-out read; 0 corpus sentences change) a role after a description's
    # possessive is the body's officer, as its spokesman is
    ("The World Food Programme said aid was cut. The agency's official said 20 people died.", "World Food Programme"),
    ("The World Food Programme said aid was cut. Its official said 20 people died.", "World Food Programme"),
    # (without the possessive an official is unnamed, as before)
    ("The World Food Programme said aid was cut. An official said 20 people died.", "unnamed (an official)"),
])
def test_attribution_an_owned_role_is_the_bodys_officer(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (sixty-first session) a role no unnamed head is ("director", "chief", "head") is a subject too when a
    # description's possessive or "Its" owns it
    ("The World Food Programme sent teams on Sunday. The agency's director said 40 people had died.",
     "World Food Programme"),
    ("The World Food Programme sent teams on Sunday. The aid agency's director said 40 people had died.",
     "World Food Programme"),
    ("The World Food Programme said aid was cut. Its chief said 20 people died.", "World Food Programme"),
    ("Human Rights Watch published a report. The group's director said 5 people died.", "Human Rights Watch"),
    # (a director no description owns is one unnamed person, no body called "director")
    ("The World Food Programme said aid was cut. A director said 20 people died.", "unnamed (a director)"),
])
def test_attribution_a_role_owned_by_a_description_speaks_for_the_body(rules, text, source):
    found = attributions(text, rules)[-1]
    assert (found.source if found else None) == source


@pytest.mark.parametrize("text, source", [
    # (sixty-first session) "the agency" is the agency the text named, though it had not spoken ...
    ("Teams from the National Disaster Management Agency reached the area on Sunday. The agency said 40 died.",
     "National Disaster Management Agency"),
    # ... unless a news agency is named, which "the agency" may as well mean
    ("Teams from the National Disaster Management Agency reached the area, Anadolu Agency reported. "
     "The agency said 40 died.", "Anadolu Agency"),
    ("Teams from the Pajhwok News Agency reached the area on Sunday. The agency said 40 died.", "unnamed (the agency)"),
    # (no agency named: unnamed, as before)
    ("Teams reached the area on Sunday. The agency said 40 died.", "unnamed (the agency)"),
])
def test_attribution_the_agency_is_the_agency_named_before(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (sixty-first session) the body an officer's possessive names, named before in lower case after "the"
    # or a place, though it had not spoken: "The service's head, Sabine Rainer," speaks for it
    ("The Tyrol avalanche warning service raised the danger level on Sunday. The service's head, Sabine Rainer, "
     "said the snow was unstable.", "Tyrol avalanche warning service"),
    ("On Sunday Kenya meteorological service raised the level. The service's spokesman, Tom Berger, said more.",
     "Kenya meteorological service"),
    # (capitalised, as before)
    ("The Tyrol Avalanche Warning Service raised the danger level on Sunday. The service's head, Sabine Rainer, "
     "said the snow was unstable.", "Tyrol Avalanche Warning Service"),
    # (no such body named: she speaks for herself, as before)
    ("The danger level rose on Sunday. The service's head, Sabine Rainer, said the snow was unstable.", "Sabine Rainer"),
    # (a review of the session's change: no name made of a place and the clause after it, a weekday or a
    # people's adjective)
    ("Floods in Kenya overwhelmed the ambulance service. The service's director, John Mwangi, said 40 people died.",
     "John Mwangi"),
    ("Shares fell in Germany after the company warned. The company's chief executive, Peter Gruber, said more.",
     "Peter Gruber"),
    ("He spoke at the Sunday memorial service. The service's organiser, Sabine Rainer, said more.", "Sabine Rainer"),
    # (a third review: a people's adjective opens a national body's name, and "armed" may sit inside one)
    ("Rescuers from the Turkish disaster management agency reached the town. The agency's head, Yunus Sezer, "
     "said 40 people died.", "Turkish disaster management agency"),
    ("Rescuers from the Kharkiv armed forces medical service reached the site. The service's spokesman, Ivan "
     "Petrenko, said 12 were hurt.", "Kharkiv armed forces medical service"),
])
def test_attribution_an_officer_of_a_body_named_in_lower_case(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (sixty-first session) radio is a medium as television is: "state radio said" attributes ...
    ("Fighting killed 12 people in Goma, state radio said on Sunday.", "unnamed (state radio)"),
    ("Fighting killed 12 people in Goma, according to state radio.", "unnamed (state radio)"),
    # ... and Israel's Army Radio is a station the military runs, not the military (the registry's)
    ("Israeli Army Radio said two soldiers were hurt.", "Army Radio"),
    ("The strike hit Gaza, Army Radio reported.", "Army Radio"),
])
def test_attribution_radio_is_a_medium(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source", [
    # (sixty-first session) a justice named after his court speaks for himself, as "U.S. District Judge Sarah
    # Huang" does
    ("Supreme Court Justice Sonia Sotomayor said the ruling was wrong.", "Sonia Sotomayor"),
    ("High Court Chief Justice Martha Koome said the law was void.", "Martha Koome"),
    # (no justice in a court's name, nor in a movement's)
    ("The European Court of Justice said the ban was lawful.", "European Court of Justice"),
    ("The Justice and Equality Movement said its fighters took the town.", "Justice and Equality Movement"),
])
def test_attribution_a_justice_named_after_his_court_is_himself(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, via", [
    # (sixty-first session) an opening "In a statement to X" relays through X without its comma too (FA-KES
    # loses it), when the registry knows X as a medium by that whole name; "In statements to" as well
    ("In a statement to SANA a source at Aleppo Police Command said that terrorists fired rockets.", ("SANA",)),
    ("In statements to AFP, the commander said the town had fallen.", ("AFP",)),
    # (a name the registry does not know as a medium cannot be told from the speaker's without the comma)
    ("In an interview with Ahmed Ali the commander said the town had fallen.", ()),
])
def test_attribution_an_opening_statement_to_a_medium_relays(rules, text, via):
    assert attributions(text, rules)[-1].via == via


@pytest.mark.parametrize("text, via", [
    # (sixty-first session) a statement carried by a country's medium relays through the medium, not the
    # country ("Turkey's NTV"; FA-KES loses the apostrophe: "Turkeys NTV")
    ("In a statement carried by Turkey's NTV television on Tuesday, the army said two soldiers died.", ("NTV",)),
    ("In a statement carried by Turkeys NTV television on Tuesday the army said two soldiers died.", ("NTV",)),
    ("The ministry said in a statement carried by Syria's SANA that 12 people died.", ("SANA",)),
    # (a review of the session's change: the name after the medium's kind, not the country's possessive)
    ("The ministry said in a statement carried by Syria's state news agency SANA that 12 people died.", ("SANA",)),
    ("The ministry said in a statement carried by Syria's state media that 12 people died.", ()),
    # (a third review: no weekday or city after the kind is a medium)
    ("Assad said in a statement carried by Syria's state media on Monday that the attack failed.", ()),
    ("The ministry said in a statement carried by Pakistan's state media in Islamabad that 12 died.", ()),
])
def test_attribution_a_statement_carried_by_a_countrys_medium(rules, text, via):
    assert attributions(text, rules)[-1].via == via


@pytest.mark.parametrize("text, source, speaker", [
    # (sixty-first session) "Its …" after a sentence that opens with a body behind its description ("The
    # ruling All Progressives Congress welcomed …") is that body's officer
    ("The ruling All Progressives Congress welcomed the decision. Its national publicity secretary, Felix Morka, "
     "said the party was ready.", "All Progressives Congress", "Felix Morka"),
    ("The ruling All Progressives Congress welcomed the decision. Its spokesman, Felix Morka, said the party was "
     "ready.", "All Progressives Congress", "Felix Morka"),
])
def test_attribution_its_officer_after_a_described_body(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # (sixty-first session) a kind of body opening the sentence before the body's name is read as inside one:
    # the kind is no part of the name
    ("Human rights group Caminando Fronteras said at least 47 people died.", "Caminando Fronteras"),
    ("Monitoring group NetBlocks said internet access was cut.", "NetBlocks"),
    # (a name that is also a word stays a name, and a rank stays a rank)
    ("Charity Mwangi said at least 47 people died.", "Charity Mwangi"),
    ("Group Captain John Smith said four people died.", "John Smith"),
])
def test_attribution_a_kind_opening_the_sentence_before_a_name(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_a_party_named_apart_after_its_kind(rules):
    # "The main Kosovo Serb party, Srpska Lista, which …, called": the name set apart after the
    # kind is the party's, also with a relative clause after it
    found = attributions('Police raided homes. The main Kosovo Serb party, Srpska Lista, which is backed by Belgrade, '
                         'called the raid "another act of terror". "People came out," the party said in a statement.',
                         rules)
    assert [(a.source, a.source_type) for a in found[1:]] == [("Srpska Lista", "organisation")] * 2
    # "the party" with no party that spoke: the party the text named
    found = attributions("The Liberal Democratic Party won. The party said it had 200 seats.", rules)
    assert found[1].source == "Liberal Democratic Party"
    # without the clause: the party's name, no person called Srpska Lista
    [found] = attributions('The Kosovo Serb party, Srpska Lista, called the raid "another act of terror".', rules)
    assert "Srpska Lista" in found.source and found.speaker is None
    # a title after the kind: its officer, not a body
    [found] = attributions("The Kurdish party leader Ali Mohammed said five people died.", rules)
    assert (found.source, found.source_type) == ("Ali Mohammed", "person")


def test_attribution_the_ruling_party_is_not_the_body_that_spoke_last(rules):
    # ("ruling" names a kind of party the monitor that spoke is not)
    found = attributions("The Georgian Charter of Journalistic Ethics said 20 reporters were hurt. "
                         "The ruling party said the protests were foreign-funded.", rules)
    assert found[0].source == "Georgian Charter of Journalistic Ethics"
    assert found[1] is None or found[1].source != found[0].source


def test_attribution_an_aid_agency_is_the_aid_body_that_spoke(rules):
    # "the humanitarian agency": an aid body, never the news agency that spoke last
    found = attributions("The Kenya Red Cross Society put the death toll at seven. In a statement, the humanitarian "
                         "agency said its teams had rescued 46 people.", rules)
    assert found[1].source == "Kenya Red Cross Society"
    found = attributions("Reuters reported the toll. The aid agency said its teams had rescued 46 people.", rules)
    assert found[1].source != "Reuters"
    # a bare "the agency" is still the news agency
    found = attributions("Reuters reported the toll. The agency said 46 people were rescued.", rules)
    assert found[1].source == "Reuters"


def test_attribution_an_institution_named_with_its_kind_is_that_kind(rules):
    # "the regional administration" after the Zaporizhzhia Regional Military Administration (a military
    # by its name's words, an administration by its last word)
    found = attributions("The Zaporizhzhia Regional Military Administration said 11 people died. A later update from "
                         "the regional administration put the number of injured at 52.", rules)
    assert found[1].source == "Zaporizhzhia Regional Military Administration"
    found = attributions("The Interior Ministry said 11 people died. The regional administration said 52 were hurt.",
                         rules)
    assert found[1].source != "Interior Ministry"


@pytest.mark.parametrize("text", [
    "Several hours later, Azerbaijan's Defence Ministry 'categorically' denied that its troops had fired.",
    "Azerbaijan's Defence Ministry \"categorically\" denied that its troops had fired.",
    "Azerbaijan's Defence Ministry ‘categorically’ denied that its troops had fired.",
])
def test_attribution_a_manner_adverb_in_quotation_marks_before_the_cue(text, rules):
    # the adverb's quotation marks (the ministry's own word) do not hide the subject before it
    [found] = attributions(text, rules)
    assert (found.source, found.cue) == ("Azerbaijan's Defence Ministry", "denied")


def test_attribution_a_single_quotation_closes_before_a_pair_of_its_own(rules):
    # "… regime', the ministry said, accusing Yerevan of 'preparing …'": the quotation opened in the
    # sentence before closes here, though a quoted pair follows; the next sentence is the outlet's own
    found = attributions("Azerbaijan's Defence Ministry denied that its troops had fired. 'The information is not "
                         "true. The army adheres to the ceasefire regime', the ministry said, accusing Yerevan of "
                         "'preparing the ground for new provocations'. OC Media was unable to verify either side's "
                         "account.", rules)
    assert [a.source if a else None for a in found] == ["Azerbaijan's Defence Ministry"] * 3 + [None]


def test_attribution_a_one_word_name_the_text_never_writes_as_a_person_s_is_a_body(rules):
    # "Boeing said": a body (no speaker), as "Qantas", "Ukrenergo" or "Cogat" said; the same word
    # written as a person's (a longer name, a title or a word for a person before it, an apposition
    # after it, with or without its comma) stays that person
    found = attributions("Boeing said two people had been hurt. It added that the plane was safe.", rules)
    assert [(a.source, a.source_type, a.speaker) for a in found] == [("Boeing", "organisation", None)] * 2
    found = attributions("Power was cut in Kyiv. Ukrenergo said in a statement that repairs began.", rules)
    assert (found[1].source_type, found[1].speaker) == ("organisation", None)
    # a witness's words are no sign of a body; a middle initial is part of a longer name
    for text in ["Residents fled. According to Ali, soldiers arrived at dawn.",
                 "Residents fled the town. Hassan reported seeing three tanks near the border.",
                 "Ahmed M. Karimi lost his home. Karimi said in a statement that soldiers burned houses."]:
        found = attributions(text, rules)[-1]
        assert found.source_type == "person", text
    # a body shows as one ("it", "according to", "reported", "in a statement"); a person's surname alone
    # stays his, the more so with "he" after it or a quotation in the first person
    found = attributions("Ukraine's president addressed parliament. Zelenskiy said Russia launched 40 drones. "
                         "He said 30 were shot down.", rules)
    assert [(a.source_type, a.speaker) for a in found[1:]] == [("person", "Zelenskiy")] * 2
    found = attributions('Rescuers dug. "My family has nothing," Hassan said in a statement.', rules)
    assert (found[1].source_type, found[1].speaker) == ("person", "Hassan")
    found = attributions("Rescuers dug through the rubble. Ali said he heard voices.", rules)
    assert (found[1].source_type, found[1].speaker) == ("person", "Ali")
    for text in ["Ahmed, 34, said he was hurt.", "Manal a 28-year-old teacher said she heard blasts.",
                 "Images were sent by journalist Zouhir al-Shimale. Zouhir said residents fled.",
                 "Syrian Kurd activist Havidar spoke to reporters. Havidar said civilians fled.",
                 "According to his daughter Volha, he died. Volha said he was ill.",
                 "A resident who gave his name only as Kofi was hurt. Kofi said four died."]:
        found = attributions(text, rules)[-1]
        assert (found.source_type, found.speaker) == ("person", found.source), text


@pytest.mark.parametrize("subject", ["The kidnappers", "The pirates", "The gunmen", "The hijackers", "Hostage-takers"])
def test_attribution_the_captors_and_attackers_are_unnamed_sources(subject, rules):
    [found] = attributions(f"{subject} claimed they had killed two hostages.", rules)
    assert found.source_type == "anonymous" and found.cue == "claimed"


def test_attribution_a_force_s_spokesman_inserted_after_his_name(rules):
    # "Ana Ruiz, a navy spokeswoman, said": the navy "Navy spokeswoman Ana Ruiz said" speaks for
    found = attributions("Senegal's navy rescued 40 migrants off Dakar. Ana Ruiz, a navy spokeswoman, said three "
                         "were missing.", rules)[-1]
    assert (found.source, found.source_type, found.speaker) == ("Senegal's navy", "military", "Ana Ruiz")
    # the force that spoke before
    found = attributions("The Thai army said two soldiers died. Anucha Chan, an army spokesman, said the border "
                         "was closed.", rules)[-1]
    assert (found.source, found.speaker) == ("Thai army", "Anucha Chan")
    # no force of that kind named, no country: himself, as "Army spokesman Ali Hassan said" is
    [found] = attributions("Ali Hassan, an army spokesman, said three were missing.", rules)
    assert found.source == "Ali Hassan"


def test_attribution_according_to_what_a_medium_saw_or_carried(rules):
    # the unnamed author of a document a medium saw, or a statement it carried, through that medium
    found = attributions("The measures target 8 individuals, according to documents seen by Reuters.", rules)[0]
    assert (found.source_type, found.via) == ("anonymous", ("Reuters",))
    found = attributions("According to a statement carried by the state news agency APS, the migrants were taken "
                         "to a centre.", rules)[0]
    assert (found.source_type, found.via) == ("anonymous", ("APS",))
    # in the medium's own story, no relay
    found = attributions("The measures target 8 individuals, according to documents seen by Reuters.", rules,
                         outlet="Reuters")[0]
    assert (found.source_type, found.via) == ("anonymous", ())
    # a statement relayed by a body that is no medium: no relay through it
    found = attributions("According to a statement relayed by Hamas, the talks had failed.", rules)[0]
    assert found is None or "Hamas" not in found.via
    # figures a body published are its own
    found = attributions("The toll rose to 8, according to figures published by the health ministry.", rules)[0]
    assert found.source_type == "government"


@pytest.mark.parametrize("text, source", [
    ("Sita Air said two people had been hurt.", "Sita Air"),
    ("Trigana Air said the plane was missing.", "Trigana Air"),
    ("Susi Air said the pilot was safe.", "Susi Air"),
    ("Smart Aviation said the flight was cancelled.", "Smart Aviation"),
])
def test_attribution_an_airline_named_by_its_last_word_is_a_body(text, source, rules):
    # "Air" and "Aviation" close an airline's name as "Airlines" and "Airways" do: a body, no person
    # called "Sita" (its name is not cut at the descriptor "air")
    [found] = attributions(text, rules)
    assert (found.source, found.source_type, found.speaker) == (source, "organisation", None)


def test_attribution_air_opening_a_name_keeps_its_reading(rules):
    # (not "Air Force", a state's force, nor "Air" opening a company's name)
    [force] = attributions("Air Force spokesman Ana Ruiz said three were missing.", rules)
    assert (force.source, force.source_type, force.speaker) == ("Air Force", "military", "Ana Ruiz")
    [moved] = attributions("The Indian Air Force said two jets were lost.", rules)
    assert (moved.source, moved.source_type) == ("Indian Air Force", "military")


def test_attribution_a_people_s_adjective_closing_a_name_before_the_cue_stays_in_it(rules):
    # "Anglo American said": a company whose name closes with a people's adjective, not a person
    # called "Anglo" (the adjective is no descriptor of the words before it there)
    [found] = attributions("Anglo American said the mine was closed.", rules)
    assert (found.source, found.source_type, found.speaker) == ("Anglo American", "organisation", None)
    # (a people's adjective that is also a surname closes a person's name: not "David")
    [person] = attributions("David French said the plan had failed.", rules)
    assert (person.source, person.source_type, person.speaker) == ("David French", "person", "David French")
    # (the adjective before a name, or alone, as before)
    [alone] = attributions("Anglo said the mine was closed.", rules)
    assert alone.source == "Anglo"
    [ministry] = attributions("The Russian Defence Ministry said two drones were downed.", rules)
    assert (ministry.source, ministry.source_type) == ("Russian Defence Ministry", "military")
    [monitor] = attributions("The Britain-based Syrian Observatory said 20 people died.", rules)
    assert monitor.source == "Syrian Observatory for Human Rights"
    [official] = attributions("A senior official told the Russian.", rules)
    assert official.source_type == "anonymous"


def test_attribution_a_coast_guard_spokesman_speaks_for_the_coast_guard(rules):
    # "Coast guard spokesman …": the coast guard, as "The coast guard said" reads (no body called
    # "Coast"); the one the story named, when it did
    [found] = attributions("Coast guard spokesman Lt. Ana Ruiz said three were missing.", rules)
    assert (found.source, found.source_type, found.speaker) == ("coast guard", "military", "Ana Ruiz")
    _, named = attributions("The Philippine Coast Guard rescued 20 people. Coast guard spokesman Lt. Ana Ruiz said "
                            "three were missing.", rules)
    assert (named.source, named.speaker) == ("Philippine Coast Guard", "Ana Ruiz")
    # (a state's body alone is still the story's country's: "Army spokesman" in a story from Manila)
    [army] = attributions("MANILA (Reuters) - Army spokesman Ana Ruiz said three were missing.", rules)
    assert (army.source, army.speaker) == ("Philippines' army", "Ana Ruiz")
    [capital] = attributions("Coast Guard spokesman Lt. Ana Ruiz said three were missing.", rules)
    assert (capital.source, capital.speaker) == ("Coast Guard", "Ana Ruiz")


@pytest.mark.parametrize("text, source", [
    ("Ana Ruiz, a Philippine Coast Guard spokeswoman, said three were missing.", "Philippine Coast Guard"),
    ("Ana Ruiz, a Libyan Coast Guard spokeswoman, said three were missing.", "Libyan Coast Guard"),
    ("Ana Ruiz, a Philippine Red Cross spokeswoman, said three were missing.", "Philippine Red Cross"),
    ("Tarik Jasarevic, a WHO spokesman, said three were missing.", "World Health Organization"),
])
def test_attribution_a_person_named_before_his_body_s_longer_name_and_role(text, source, rules):
    # "Ana Ruiz, a Philippine Coast Guard spokeswoman,": she speaks for the body named between the
    # comma and her role, as "Tarik Jasarevic, a WHO spokesman," does for the WHO; "Guard" (a word
    # for unnamed guards) does not cut the body's name into a person called "Philippine Coast"
    [found] = attributions(text, rules)
    assert (found.source, found.speaker) == (source, text.split(",")[0])
    assert found.source_type != "person"


def test_attribution_a_body_a_people_s_adjective_opens_in_an_inserted_role(rules):
    # "Ana Ruiz, the Philippine Coast Guard spokeswoman, said": the body, through her ("the Syrian
    # spokesman" alone names no body)
    [found] = attributions("Ana Ruiz, the Philippine Coast Guard spokeswoman, said three were missing.", rules)
    assert (found.source, found.source_type, found.speaker) == ("Philippine Coast Guard", "military", "Ana Ruiz")
    [found] = attributions("John Smith, the Syrian spokesman, said five died.", rules)
    assert found.source == "John Smith"


def test_attribution_a_vietnamese_name_closing_with_thai_is_a_person(rules):
    # a people's adjective closing a two-word name is a company's ("Anglo American"); not a longer name
    # ("Le Van Thai") nor a surname ("Tran Thai")
    for text in ["Le Van Thai said the road was closed.", "Tran Thai said the road was closed."]:
        [found] = attributions(text, rules)
        assert found.source_type == "person", text
    [found] = attributions("Anglo American said the mine was closed.", rules)
    assert found.source_type == "organisation"


def test_attribution_a_roman_numeral_is_no_first_person(rules):
    found = attributions("Ecopetrol said in a statement that pumping was halted. It said Phase I of the repairs "
                         "would take a week.", rules)
    assert (found[0].source, found[0].source_type) == ("Ecopetrol", "organisation")


def test_attribution_capitals_and_digits_name_a_body(rules):
    # "The G7 said": no person called G7 (was a person speaking for himself)
    [found] = attributions("The G7 said the sanctions would stay.", rules)
    assert (found.source, found.source_type, found.speaker) == ("G7", "organisation", None)


@pytest.mark.parametrize("text, source, source_type, speaker", [
    # a scholar's or an office's word before a name is his title, not part of it: any "-ologist" word, as
    # "Economist Jane Foley" is Jane Foley
    ("Volcanologist Thorvaldur Thordarson said the eruption could last weeks.",
     "Thorvaldur Thordarson", "person", "Thorvaldur Thordarson"),
    ("Haematologist Jane Smith said the blood was clean.", "Jane Smith", "person", "Jane Smith"),
    ("Ombudsman Samuel Martires said the case was closed.", "Samuel Martires", "person", "Samuel Martires"),
    ("Philippine Ombudsman Samuel Martires said the case was closed.", "Samuel Martires", "person", "Samuel Martires"),
    ("State Comptroller Matanyahu Englman said the books were balanced.",
     "Matanyahu Englman", "person", "Matanyahu Englman"),
    ("Treasurer Jim Chalmers said the budget was balanced.", "Jim Chalmers", "person", "Jim Chalmers"),
    # a body named before his role: he speaks for it, as before
    ("Met Office meteorologist Alex Deakin said it would rain.", "Met Office", "organisation", "Alex Deakin"),
    ("The Office of the Ombudsman said the case was closed.", "Office of the Ombudsman", "organisation", None),
    ("Economist Jane Smith said the rate would rise.", "Jane Smith", "person", "Jane Smith"),
    # a minister named before his portfolio and the administration he serves in speaks for himself
    ("Othman Abduljaleel, health minister in the eastern-based administration, said 20 people died.",
     "Othman Abduljaleel", "person", "Othman Abduljaleel"),
    ("Ahmed Ali, interior minister in the Tripoli-based government, said the talks failed.",
     "Ahmed Ali", "person", "Ahmed Ali"),
    ("Ahmed Ali, health minister in Libya, said the talks failed.", "Ahmed Ali", "person", "Ahmed Ali"),
    ("Ahmed Ali, the health minister, said the talks failed.", "Ahmed Ali", "person", "Ahmed Ali"),
    ("Ahmed Ali, health minister of Libya, said the talks failed.", "Ahmed Ali", "person", "Ahmed Ali"),
    # a person's lawyer named after a possessive speaks for himself, as "Defence lawyer Paul Mbeki" does
    ("The lawmaker's lawyer, Michalis Dimitrakopoulos, said the charges were political.",
     "Michalis Dimitrakopoulos", "person", "Michalis Dimitrakopoulos"),
    ("The president's lawyer, John Doe, said the charges were political.", "John Doe", "person", "John Doe"),
    ("Defence lawyer Paul Mbeki said the case had no merit.", "Paul Mbeki", "person", "Paul Mbeki"),
    ("The family's lawyer, Michalis Dimitrakopoulos, said the charges were political.",
     "Michalis Dimitrakopoulos", "person", "Michalis Dimitrakopoulos"),
    ("The ship's Athens-based manager, Kyklades Maritime, said the crew was safe.",
     "Kyklades Maritime", "organisation", None),
    # a legislator speaks for himself, whatever party he sits for; a party's spokesman speaks for it
    ("Ruling party lawmaker Mamuka Mdinaradze said the protests were paid for.",
     "Mamuka Mdinaradze", "person", "Mamuka Mdinaradze"),
    ("Labour Party MP John Smith said the protests were paid for.", "John Smith", "person", "John Smith"),
    ("Opposition party lawmaker Nika Melia said the protests were peaceful.", "Nika Melia", "person", "Nika Melia"),
    ("Georgian Dream lawmaker Irakli Mchedlidze said the protests were paid for.",
     "Irakli Mchedlidze", "person", "Irakli Mchedlidze"),
    ("Ruling party spokesman Nika Melia said the protests were paid for.", "Ruling party", "organisation", "Nika Melia"),
    ("Labour Party spokesman John Smith said the protests were paid for.", "Labour Party", "organisation", "John Smith"),
    # a name of three words ending in "Unit" is a body's
    ("The Athletics Integrity Unit said the athlete had been provisionally suspended.",
     "Athletics Integrity Unit", "organisation", None),
    ("The Financial Intelligence Unit said the funds were frozen.", "Financial Intelligence Unit", "organisation", None),
])
def test_attribution_mends_of_the_review_on_invented_text(rules, text, source, source_type, speaker):
    [found] = attributions(text, rules)
    assert (found.source, found.source_type, found.speaker) == (source, source_type, speaker)


def test_attribution_a_one_word_name_that_spoke_in_its_own_words_is_a_body(rules):
    # "The Sandiganbayan said in its 48-page decision": "its" refers back to a body (GUIDELINES, sixty-second
    # session); "in his decision" is a person's, and one sentence read alone tells nothing
    text = ("The Sandiganbayan said in its 48-page decision that the evidence was overwhelming. The former mayor "
            "was sentenced to 10 years. The Sandiganbayan said the sentence could be appealed.")
    found = [a for a in attributions(text, rules) if a is not None]
    assert [(a.source, a.source_type, a.speaker) for a in found] == [("Sandiganbayan", "organisation", None)] * 2
    text = ("Zelenskiy said in his decision that the evidence was overwhelming. The mayor was sentenced to 10 years. "
            "Zelenskiy said the sentence could be appealed.")
    found = [a for a in attributions(text, rules) if a is not None]
    assert [(a.source_type, a.speaker) for a in found] == [("person", "Zelenskiy")] * 2
    [found] = attributions("The Sandiganbayan said in its 48-page decision that the evidence was overwhelming.", rules)
    assert found.source_type == "person"


@pytest.mark.parametrize("text, source, speaker", [
    # (sixty-fourth session, a read-only gap review on invented wire copy) a kind before a name is no part
    # of it ("the regional bloc ECOWAS"); a people's adjective before a body's lower-case kind is that body
    # ("the Israeli prison service"), not an unnamed "Israeli"; an Arabic article inside a body's name
    # before its officer's role keeps the name whole ("Jaish al-Izza spokesman")
    ("The regional bloc ECOWAS condemned the attempt.", "ECOWAS", None),
    ("The trade bloc Mercosur said it would act.", "Mercosur", None),
    ("Ten prisoners were freed, according to the Israeli prison service.", "Israeli prison service", None),
    ("Ten prisoners were freed, according to the Israeli.", "unnamed (israeli)", None),
    ("Jaish al-Izza spokesman Mustafa Maarati told Reuters the rebels repelled the attack.", "Jaish al-Izza",
     "Mustafa Maarati"),
])
def test_attribution_names_of_the_sixty_fourth_gap_review(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, index, source, via", [
    # media side by side are parallel relays, no chain: the first named (GUIDELINES, eleventh session)
    ("Moscow and Kyiv swapped 95 prisoners each, the Russian defence ministry said, according to TASS and RIA Novosti.",
     0, "Russian Defence Ministry", ("TASS",)),
    ("Moscow and Kyiv swapped 95 prisoners each, the Russian defence ministry said, according to TASS and Interfax.",
     0, "Russian Defence Ministry", ("TASS",)),
    ("Moscow and Kyiv swapped 95 prisoners each, the Russian defence ministry said, according to Interfax and TASS.",
     0, "Russian Defence Ministry", ("Interfax",)),
    # (an audience after "told" is no relay)
    ("The minister told NATO that talks would resume.", 0, "unnamed (the minister)", ()),
    ("The minister told MPs that talks would resume.", 0, "unnamed (the minister)", ()),
    # a state medium described, never named: as written; named in the story, the one named
    ("Syrian state media quoted a military source as saying the strikes hit Homs.", 0, "unnamed (a military source)",
     ("Syrian state media",)),
    ("Syrian state media quoted a military source as saying the strikes hit Homs. SANA said 12 people died.", 0,
     "unnamed (a military source)", ("SANA",)),
    # (no country's state broadcaster in a story that names no country)
    ("Witnesses told police the car exploded, the state broadcaster reported.", 0, "unnamed (witnesses)",
     ("state broadcaster",)),
])
def test_attribution_relays_of_the_review_on_invented_wire_copy(rules, text, index, source, via):
    found = attributions(text, rules)[index]
    assert (found.source, found.via) == (source, via)


@pytest.mark.parametrize("text, index, source", [
    # a lead's description bound to a source named later: not another country's ministry than the
    # story's country the sentence opens with
    ("Lithuania has expelled three Russian diplomats, the foreign ministry said on Monday. Russian foreign ministry "
     "spokeswoman Maria Zakharova said Moscow would respond.", 0, "Lithuania's foreign ministry"),
    ("Russia has expelled three Lithuanian diplomats, the foreign ministry said on Monday. Russian foreign ministry "
     "spokeswoman Maria Zakharova said Moscow would respond.", 0, "Russian government"),
    # "the navy" is the navy of the people whose vessels the sentence names, not the government of a
    # country whose foreign ministry speaks later; and never a government
    ("Argentine coastguard vessels fired warning shots at a Chinese-flagged fishing boat, the navy said on Friday. "
     "China's foreign ministry said it was concerned.", 0, "Argentina's navy"),
    ("Two ships collided off the coast, the navy said on Friday. China's foreign ministry said it was concerned.", 0,
     "China's navy"),
    ("Two ships collided off the coast, the army said on Friday. Turkey's foreign ministry said it was concerned.", 0,
     "Turkish military"),
    # "…, the air force said" after a sentence that opens with the country that fired: the air force the story
    # named, not the country of the content (no source when the story names none, as "the task force said")
    ("Ukraine's air force said Russia launched 40 drones overnight. Russia also fired three ballistic missiles, "
     "the air force said in a statement.", 1, "Ukraine's air force"),
    ("Israeli jets struck Gaza, the army said.", 0, "Israeli military"),
    ("Israel fired three missiles, the army said.", 0, "Israeli military"),
])
def test_attribution_trailing_descriptions_of_the_review_on_invented_wire_copy(rules, text, index, source):
    assert attributions(text, rules)[index].source == source


def test_attribution_a_trailing_description_is_no_distant_country(rules):
    # "Russia fired three missiles, the air force said": the air force speaks, not Russia (no air force named)
    [found] = attributions("Russia fired three missiles, the air force said.", rules)
    assert found is None or found.source != "Russian government"


@pytest.mark.parametrize("text, source", [
    # (sixty-fourth session, the first code review of the session's change) an agent speaks for himself
    # (no body called "Real" or "Juventus"); the navy that reports vessels another people's, or vessels
    # that are no subject, is the observer's (the country the story names); a country's military
    # intelligence agency is its military
    ("Real estate agent John Smith said prices rose 5 percent.", "John Smith"),
    ("Juventus agent Mino Raiola said the talks were over.", "Mino Raiola"),
    ("Taiwan tracked 6 Chinese warships near the island, the navy said.", "Taiwan's navy"),
    ("Two Russian warships were spotted off the coast of Norway, the navy said.", "Norway's navy"),
    ("Chinese navy ships entered Japanese waters near the Senkaku islands, the navy said.", "Japan's navy"),
    ("Argentine coastguard vessels fired warning shots at a Chinese-flagged fishing boat, the navy said.",
     "Argentina's navy"),
    ("Israel's military intelligence agency said Iran was behind the attack.", "Israeli military"),
    # (and of the third review: the vessels' navy when they act on a place or another people's boat, no
    # medium of the ministry taken for it, no body's officer taken for a titled person)
    ("Indian warships rescued 17 crew from a tanker off Somalia, the navy said.", "India's navy"),
    ("Thai navy vessels seized a Vietnamese fishing boat, the navy said.", "Thailand's navy"),
    ("Russia's defence ministry newspaper said the drills began.", "Russia's defence ministry newspaper"),
    ("Barclays chairman John Smith's spokesman said nothing.", "Barclays"),
    # (and of the fourth: a country an earlier sentence or the dateline names, not the vessels', is the
    # navy's; a capitalised state title before a titled possessive)
    ("KYIV (Reuters) - Russian warships fired on Ukrainian boats near Odesa, the navy said.", "Ukraine's navy"),
    ("Taiwan said it was on alert. Chinese warships approached Taiwanese ships, the navy said.", "Taiwan's navy"),
    ("Treasury Secretary Janet Yellen's office said the talks went well.", "Janet Yellen's office"),
    ("Defence Secretary Ben Wallace's spokesman said troops would stay.", "Ben Wallace"),
])
def test_attribution_mends_of_the_sixty_fourth_first_review(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # an officer named in apposition to a role that names his body by a description, a possessive or a
    # name (GUIDELINES, "Officers and members of an organisation"): the body the description resolves to,
    # as "the mission said" or "the agency said" would, through him
    ("MONUSCO said its bases in Ituri had been shelled. \"This is unacceptable,\" the mission's spokesperson, "
     "Olivier Salgado, said.", "MONUSCO", "Olivier Salgado"),
    ("Aurora Power Co. said 30,000 homes were without electricity. \"The grid is stable,\" the company's vice "
     "president of operations, Mark Ellis, said.", "Aurora Power Co.", "Mark Ellis"),
    ("The Nurses Union said its members were exhausted. Its chairman for West Yorkshire, Paul Brennan, said "
     "morale was low.", "Nurses Union", "Paul Brennan"),
    ("Ten victims were taken to the Regional Institute of Burn Surgery. Dr Karim Hossain, director of the burn "
     "institute, said four were critical.", "Regional Institute of Burn Surgery", "Karim Hossain"),
    ("Gunmen attacked the Church of St George on Sunday. Father Elias Haddad, the priest of the church, told "
     "reporters that two people died.", "Church of St George", "Elias Haddad"),
    # (private roles and roles that speak for themselves stay the person)
    ("The man was shot on Monday. \"He was unarmed,\" the victim's brother, John Okafor, said.", "John Okafor",
     "John Okafor"),
    ("Acme Mining Co. said the mine was safe. The company's founder, Peter Mwangi, said he was shocked.",
     "Peter Mwangi", "Peter Mwangi"),
    ("Ahmed Ali, the country's president, said the talks would resume.", "Ahmed Ali", "Ahmed Ali"),
    ("The Nurses Union said its members were exhausted. The union's former chairman, Paul Brennan, said morale "
     "was low.", "Paul Brennan", "Paul Brennan"),
    ("Ten victims were taken to the Regional Institute of Burn Surgery. Dr Karim Hossain, a researcher at the "
     "institute, said four were critical.", "Karim Hossain", "Karim Hossain"),
    ("Civil surgeon Dr Anil Kumar said most of the injured had fractures.", "Anil Kumar", "Anil Kumar"),
    ("Father Thomas Reese, a Jesuit priest, said the pope was tired.", "Thomas Reese", "Thomas Reese"),
    ("Kenya said it would send troops. \"We are ready,\" the country's vice president, Rigathi Gachagua, said.",
     "Rigathi Gachagua", "Rigathi Gachagua"),
    ("\"We are ready,\" the city's mayor, Jane Doe, said.", "Jane Doe", "Jane Doe"),
    ("The man was arrested on Monday. His lawyer, Sarah Kimani, said he was innocent.", "Sarah Kimani",
     "Sarah Kimani"),
    # (a description that no body answers keeps the person)
    ("\"We are ready,\" the agency's spokesperson, Tamsin Ward, said.", "Tamsin Ward", "Tamsin Ward"),
])
def test_attribution_an_officer_named_in_apposition_to_a_role_naming_his_body(rules, text, source, speaker):
    last = attributions(text, rules)[-1]
    assert (last.source, last.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # (mends of the review of the above) a surgeon and a delegate speak for themselves, whatever word
    # stands before the role, a body's or not
    ("Trauma surgeon Dr Ana Costa said four were critical.", "Ana Costa"),
    ("Heart surgeon Dr Ana Costa said four were critical.", "Ana Costa"),
    ("Kathmandu surgeon Dr Ana Costa said four were critical.", "Ana Costa"),
    ("Patna civil surgeon Dr Prabhat Sinha said 12 bodies were brought in.", "Prabhat Sinha"),
    ("Hospital surgeon Dr Ana Costa said four were critical.", "Ana Costa"),
    ("The Royal London Hospital said six died. Dr Ana Costa, a surgeon at the hospital, said four were critical.",
     "Ana Costa"),
    ("Texas delegate Maria Lopez said she backed the nominee.", "Maria Lopez"),
    ("Conference delegate Maria Lopez said the talks stalled.", "Maria Lopez"),
    ("UN delegate Pierre Dubois said conditions were poor.", "Pierre Dubois"),
    ("The Vatican said the pope was resting. The Holy See's delegate, Archbishop Gabriele Caccia, said peace was "
     "urgent.", "Gabriele Caccia"),
    # a former vice president, without the hyphen as with it, speaks for himself
    ("Sony Corp. said profits rose. Its former vice president, Paul Brennan, said demand was strong.",
     "Paul Brennan"),
    ("Sony Corp. said profits rose. \"Demand was strong,\" the company's former vice president, Kenji Tanaka, said.",
     "Kenji Tanaka"),
    ("Sony Corp. said profits rose. Kenji Tanaka, a former vice president of Sony Corp., said demand was strong.",
     "Kenji Tanaka"),
    ("Sony Corp. said profits rose. Former Sony Corp. vice president Kenji Tanaka said demand was strong.",
     "Kenji Tanaka"),
    # a place's officer is no body's through the place's description ("the village of Kamuli")
    ("Floods hit the village of Kamuli. The village's chief, Moses Okello, said 40 homes were lost.",
     "Moses Okello"),
    ("Floods hit the town of Bumbo. \"We lost everything,\" the town's chief, Peter Wasswa, said.", "Peter Wasswa"),
    ("Storms hit the state of Kerala. The state's disaster management authority chief, Shekhar Kuriakose, said 40 "
     "died.", "Shekhar Kuriakose"),
    ("Fighting erupted in the region of Amhara. The region's security chief, Desalegn Chane, said militias were "
     "disarmed.", "Desalegn Chane"),
    ("Floods hit the district of Kasese. The district's chief administrative officer, Moses Okello, said 40 homes "
     "were lost.", "Moses Okello"),
    ("Storms hit the state of Kerala. The state's chief secretary, V. Venu, said 40 died.", "V. Venu"),
    ("Storms hit the city of Mumbai. The city's municipal commissioner, Iqbal Chahal, said 40 died.", "Iqbal Chahal"),
    # the head or a member of a team or unit the text only describes speaks for himself
    ("Oxford University published the study. The head of the research team, Professor Sarah Gilbert, said the "
     "vaccine worked.", "Sarah Gilbert"),
    ("A member of the national football team, Harry Kane, said the squad was confident.", "Harry Kane"),
    ("A member of the defence team, Anna Berg, said the trial was unfair.", "Anna Berg"),
    ("Ten patients were taken to Al-Shifa Hospital. The head of the intensive care unit, Dr Ahmed Salem, said four "
     "were critical.", "Ahmed Salem"),
    ("The Ukrainian army said it repelled an assault. The commander of the drone unit, Robert Brovdi, said 40 tanks "
     "were destroyed.", "Robert Brovdi"),
    # (kept: a former vice-president, a court's spokesman after the Court of Cassation, a church's priest)
    ("Sony Corp. said profits rose. Its former vice-president, Kenji Tanaka, said demand was strong.",
     "Kenji Tanaka"),
    ("The Court of Cassation upheld the ruling. The court's spokesman, Ali Demir, said the ruling was final.",
     "Court of Cassation"),
    ("Floods hit Kamuli village. The village's chairperson, Moses Okello, said 40 homes were lost.",
     "Kamuli village"),
    # a name with "of X and Y" ends before a second body that "and" opens
    ("Twelve patients were taken to the Sheikh Hasina National Institute of Burn and Plastic Surgery and Dhaka "
     "Medical College Hospital. The institute said six were critical.",
     "Sheikh Hasina National Institute of Burn and Plastic Surgery"),
    ("Twelve patients were taken to the Sheikh Hasina National Institute of Burn and Plastic Surgery. The institute "
     "said six were critical.", "Sheikh Hasina National Institute of Burn and Plastic Surgery"),
])
def test_attribution_mends_of_the_review_of_officers_named_by_a_description(rules, text, source):
    assert attributions(text, rules)[-1].source == source


@pytest.mark.parametrize("text, source, speaker", [
    # an officer's bare role speaks for the one body of its kind the story named before him: a firm for a
    # managing director, a police or fire body for a deputy chief, a fire or rescue body for a fire master,
    # a weather service for a forecaster (GUIDELINES, officers)
    ("The quarry is operated by Millbeck Stone Ltd and employs 40 people. In a statement, managing director "
     "Tom Harlow said the firm was shocked.", "Millbeck Stone Ltd", "Tom Harlow"),
    ("The Harlow Police Department said two officers fired. Deputy Chief Ana Perez said the footage would be "
     "released.", "Harlow Police Department", "Ana Perez"),
    ("Guernsey Met issued an amber warning on Monday. Forecaster John Dale said the surge was large.",
     "Guernsey Met", "John Dale"),
    ("Kemi Rescue Department said it sent 12 units. Police of Lapland said the road was closed. Fire master "
     "Liisa Aho told the paper that two people were trapped.", "Kemi Rescue Department", "Liisa Aho"),
    # no body, two of the kind, none of the kind, or a former officer: the person himself
    ("Forecaster John Dale said rain would come.", "John Dale", "John Dale"),
    ("Millbeck Stone Ltd and Arden Haulage Ltd worked the site. In a statement, managing director Tom Harlow said "
     "the firm was shocked.", "Tom Harlow", "Tom Harlow"),
    ("Crews from the Harlow Fire Department and the Harlow Police Department attended. Deputy Chief Ana Perez "
     "said the road was closed.", "Ana Perez", "Ana Perez"),
    ("Police of Lapland said the road was closed. Fire master Liisa Aho told the paper that two people were "
     "trapped.", "Liisa Aho", "Liisa Aho"),
    ("The quarry is operated by Millbeck Stone Ltd and employs 40 people. Former managing director Tom Harlow "
     "said the site was unsafe.", "Tom Harlow", "Tom Harlow"),
])
def test_attribution_a_bare_officer_s_role_speaks_for_the_one_body_of_its_kind_named_before(rules, text, source,
                                                                                            speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # an officer of a county or a province named by its place before his role speaks for its government
    # (GUIDELINES, "The head or a member of a local government": its other officers speak for it)
    ("Garba County Executive Director, John Deng Kuol, appealed for food.", "Garba County", "John Deng Kuol"),
    ("Mombasa County Chief Officer for Public Health Amina Said dismissed the claims.", "Mombasa County",
     "Amina Said"),
    ("The Mombasa County Government said drains were cleared. Mombasa County Chief Officer for Public Health "
     "Amina Said dismissed the claims.", "Mombasa County Government", "Amina Said"),
    ("Uva Provincial Chief Secretary Nimal Perera said schools would close.", "Uva Province", "Nimal Perera"),
    ("Hela provincial administrator Peter Ambo said 12 people died.", "Hela provincial government", "Peter Ambo"),
    ("Provincial administrator Peter Ambo said 12 people died.", "provincial government", "Peter Ambo"),
    # a place's fire chief speaks for its fire department, by the name the story gives it
    ("Kern County Fire Chief Tom Reed said the blaze spread.", "Kern County Fire", "Tom Reed"),
    ("The Kern County Fire Department ordered evacuations. Kern County Fire Chief Tom Reed said the blaze spread.",
     "Kern County Fire Department", "Tom Reed"),
    # the heads of a local government and other titles of a place: the persons themselves
    ("Garba County Commissioner John Deng Kuol said 12 people died.", "John Deng Kuol", "John Deng Kuol"),
    ("Busia County Health Executive Dr Lilian Ouma said 12 people died.", "Lilian Ouma", "Lilian Ouma"),
    ("Manicaland Provincial Development Coordinator Mr Lovemore Chikwanha said 12 people died.",
     "Lovemore Chikwanha", "Lovemore Chikwanha"),
    ("Garsen Ward Administrator Mr. Bakari Galgalo said 12 people died.", "Bakari Galgalo", "Bakari Galgalo"),
    ("Kern County Sheriff Tom Reed said 12 people died.", "Tom Reed", "Tom Reed"),
    ("Kern County Executive Tom Reed said 12 people died.", "Tom Reed", "Tom Reed"),
    ("Former Fire Chief Tom Reed said the blaze spread.", "Tom Reed", "Tom Reed"),
])
def test_attribution_an_officer_of_a_county_or_province_named_by_its_place_speaks_for_it(rules, text, source,
                                                                                         speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # a medium's reporter speaks for the medium, though the registry does not know it, when the story
    # shows it to be a medium ("N9's reporters"; not "told N9", as a place or a parliament is told)
    ("Lawyers told N9 that eight were minors. N9 reporter Ana Markovic said tear gas was fired.", "Ana Markovic",
     "Ana Markovic"),
    ("Police fired tear gas, N9's reporters at the scene said. N9 correspondent Ana Markovic said 20 were held.",
     "N9", "Ana Markovic"),
    # no sign of a medium: the reporter himself
    ("Belgrade reporter Ana Markovic said tear gas was fired.", "Ana Markovic", "Ana Markovic"),
    ("Freelance reporter Ana Markovic said tear gas was fired.", "Ana Markovic", "Ana Markovic"),
])
def test_attribution_a_medium_s_reporter_speaks_for_it_once_the_story_shows_it_a_medium(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # a deputy of an office's holder speaks for the office the story named before (not the holder himself)
    ("The Public Defender's Office said its staff visited detainees. Deputy Public Defender Nino Beridze said "
     "the office would publish its findings.", "Public Defender's Office", "Nino Beridze"),
    # with no deputy, the person himself
    ("The Public Defender's Office said its staff visited detainees. Ombudsman Nino Beridze said the office would "
     "publish its findings.", "Nino Beridze", "Nino Beridze"),
])
def test_attribution_a_deputy_speaks_for_the_office_of_the_title_he_deputises(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)
    # with no such office named, no office
    (alone,) = attributions("Deputy Public Defender Nino Beridze said the office would publish its findings.", rules)
    assert alone.source_type == "person" and alone.source.endswith("Nino Beridze")


@pytest.mark.parametrize("text, source", [
    # a police rank written in lower case speaks for the police unit named before it (GUIDELINES, Police)
    ("14 Armed Police Battalion additional superintendent of police Md Rafiq Ali said the camp was calm.",
     "14 Armed Police Battalion"),
    # a district's superintendent, or none named, as today: himself (as the checked wire dev gold writes
    # "Khagrachhari superintendent of police")
    ("Additional superintendent of police Md Rafiq Ali said the camp was calm.", "Md Rafiq Ali"),
    ("Kosovo Police said two were held. Bogra superintendent of police Md Rafiq Ali said the road was shut.",
     "Md Rafiq Ali"),
])
def test_attribution_a_police_rank_in_lower_case_speaks_for_the_unit_named_before_it(rules, text, source):
    found = attributions(text, rules)[-1]
    assert found.source == source and found.speaker == "Md Rafiq Ali"


def test_attribution_a_fire_station_s_chief_speaks_for_the_one_fire_service_named_before(rules):
    # his station's place and his fire rank between: the fire service the story named (GUIDELINES, officers)
    found = attributions("The Sabah Fire and Rescue Department said it sent a team from the Tawau fire station. "
                         "Tawau fire station chief Senior Fire Officer II Jimmy Lau said the river was rising.", rules)
    assert (found[-1].source, found[-1].speaker) == ("Sabah Fire and Rescue Department", "Jimmy Lau")
    # no fire service named: himself
    (alone,) = attributions("Tawau fire station chief Senior Fire Officer II Jimmy Lau said the river was rising.",
                            rules)
    assert alone.source == "Jimmy Lau"


@pytest.mark.parametrize("text, source, speaker", [
    # a hospital's chief physician speaks for the one hospital the story named before him
    ("Twenty people were taken to Oulu University Hospital. \"We called in staff,\" chief physician Mika Aho told "
     "Yle.", "Oulu University Hospital", "Mika Aho"),
    ("Twenty people were taken to Oulu University Hospital and Kemi Hospital. \"We called in staff,\" chief "
     "physician Mika Aho told Yle.", "Mika Aho", "Mika Aho"),
    # a deputy of a title whose office the story named before speaks for that office
    # (not a deputy whose title stands before his name: a governor's deputy is himself, as a minister's is)
    ("Most were hurt fleeing, the Elazig Governor's Office said. \"Tents are ready,\" Deputy Governor Ali Kaya told "
     "Anadolu.", "Ali Kaya", "Ali Kaya"),
    ("Most were hurt fleeing, officials said. \"Tents are ready,\" Deputy Governor Ali Kaya told Anadolu.",
     "Ali Kaya", "Ali Kaya"),
    ("The Office of the Plenipotentiary Representative said roads were open. \"Stay calm,\" Deputy "
     "Plenipotentiary Representative Ali Kaya said.", "Ali Kaya", "Ali Kaya"),
])
def test_attribution_a_chief_physician_or_a_deputy_speaks_for_the_body_named_before(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # two bodies joined by "and" are two bodies, each cut where the next begins: a bare role is then no
    # one body's
    ("Crews from Tampere Fire and Rescue Service and Pirkanmaa Rescue Department fought the blaze. Fire master "
     "Sanna Ylitalo said nobody was hurt.", "Sanna Ylitalo", "Sanna Ylitalo"),
    ("Firefighters from Bristol Fire and Rescue Service and Avon Fire Brigade attended. Fire master John Reed said "
     "nobody was hurt.", "John Reed", "John Reed"),
    ("Smith and Sons Ltd and Jones Bros Ltd said the mill would close. In a statement, managing director Tom Smith "
     "said 40 jobs would go.", "Tom Smith", "Tom Smith"),
    ("Kenya Power and Lighting Company and Kenya Electricity Generating Company said the outage hit 8 counties. In a "
     "statement, managing director Joseph Siror said 3 substations failed.", "Joseph Siror", "Joseph Siror"),
    # one fire body beside the police: the fire body, by its own name
    ("Firefighters from the Kent Fire and Rescue Service and the Kent Police attended. Fire master John Reed said "
     "nobody was hurt.", "Kent Fire and Rescue Service", "John Reed"),
    ("Crews from Tampere Fire and Rescue Service fought the blaze for six hours. Fire master Sanna Ylitalo told Yle "
     "that nobody was hurt.", "Tampere Fire and Rescue Service", "Sanna Ylitalo"),
    # a capitalised Chief Executive is a head of government's title too ("Chief Executive John Lee" of Hong Kong)
    ("The MTR Corporation said trains would resume. Chief Executive John Lee said 3 lines were affected.",
     "John Lee", "John Lee"),
    ("The MTR Corporation said trains would resume. In a statement, chief executive Jacob Kam said 3 lines were "
     "affected.", "MTR Corporation", "Jacob Kam"),
])
def test_attribution_a_bare_role_speaks_for_no_body_of_two_joined(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # a minister's, a mayor's or a governor's deputy speaks for himself, though the story named the office of
    # his title (a head of government's office is no body he speaks for)
    ("The Health Minister's Office said 3 hospitals were overwhelmed. Deputy Health Minister Anna Petrova said 40 "
     "doctors were sent.", "Anna Petrova", "Anna Petrova"),
    ("The Interior Minister's Office said 3 suspects were held. Deputy Minister Ali Khan said 40 police were "
     "deployed.", "Ali Khan", "Ali Khan"),
    ("The Prime Minister's Office said talks would resume. Deputy Prime Minister Dmytro Kuleba said 3 rounds were "
     "planned.", "Dmytro Kuleba", "Dmytro Kuleba"),
    ("The Kyiv Mayor's Office said 3 districts had no power. First Deputy Mayor Mykola Povoroznyk said 40 buildings "
     "were damaged.", "Mykola Povoroznyk", "Mykola Povoroznyk"),
    ("The Nairobi Governor's Office said 300 families were affected. Deputy Governor James Muchiri said 40 schools "
     "were closed.", "James Muchiri", "James Muchiri"),
    ("The Malatya Governor's Office said the quake damaged 300 buildings. Istanbul Deputy Governor Ali Yerlikaya "
     "said 12 teams were sent.", "Ali Yerlikaya", "Ali Yerlikaya"),
    # (an office no head of government holds: its deputy's)
    ("The Ombudsman's Office said complaints rose. Deputy Ombudsman Sam Reyes said 400 cases were open.",
     "Ombudsman's Office", "Sam Reyes"),
    ("The Malatya Governor's Office said the quake damaged 300 buildings. The Adana Governor's Office said 50 were "
     "damaged there. Deputy Governor Murat Kilinc said 12 people were killed.", "Murat Kilinc", "Murat Kilinc"),
    ("The Kyiv Mayor's Office said 3 districts had no power. Deputy Mayor Mykola Povoroznyk said 40 buildings were "
     "damaged.", "Mykola Povoroznyk", "Mykola Povoroznyk"),
    ("The Public Defender's Office said 3 inmates were beaten. Deputy Public Defender Tamar Kvirikadze said 40 "
     "complaints were filed.", "Public Defender's Office", "Tamar Kvirikadze"),
])
def test_attribution_a_head_of_government_s_deputy_speaks_for_himself(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


def test_attribution_a_former_deputy_speaks_for_himself_not_for_the_office_named(rules):
    found = attributions("The Public Defender's Office said 3 inmates were beaten. Former Deputy Public Defender "
                         "Tamar Kvirikadze said 40 complaints were filed.", rules)[-1]
    assert found.source_type == "person" and found.source != "Public Defender's Office"


@pytest.mark.parametrize("text, source, speaker", [
    # something told to a name shows no medium: a place, a parliament, a congress are told too
    ("London told Brussels it would not pay. Brussels correspondent Jane Doe said 27 states were angry.",
     "Jane Doe", "Jane Doe"),
    ("The minister told Parliament the plan was sound. Parliament reporter Jane Doe said 40 MPs opposed it.",
     "Jane Doe", "Jane Doe"),
    ("The president told Congress the war would end. Congress reporter Jane Doe said 12 senators walked out.",
     "Jane Doe", "Jane Doe"),
])
def test_attribution_a_reporter_of_a_name_told_something_speaks_for_himself(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # a capitalised word before "CEO" opening the sentence is no body's name
    ("Global CEO Sarah Lin said profits rose 8 percent.", "Sarah Lin", "Sarah Lin"),
    ("Outgoing CEO Sarah Lin said profits rose 8 percent.", "Sarah Lin", "Sarah Lin"),
    ("Ex-Ryanair CEO Sarah Lin said profits rose 8 percent.", "Sarah Lin", "Sarah Lin"),
])
def test_attribution_a_capitalised_word_before_ceo_is_no_body(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source, speaker", [
    # a fire chief speaks for a place's fire service only when the words before his title are a place, with
    # no rank and no time among them
    ("Ventura County Deputy Fire Chief Andy VanSickle said 2 homes were lost.", "Andy VanSickle", "Andy VanSickle"),
    ("Los Angeles Assistant Fire Chief Tom Ewald said 2 homes were lost.", "Tom Ewald", "Tom Ewald"),
    ("On Monday Fire Chief John Reed said 2 homes were lost.", "John Reed", "John Reed"),
    ("State Fire Chief Mark Jones said 2 homes were lost.", "Mark Jones", "Mark Jones"),
    ("National Fire Chief Mark Jones said 2 homes were lost.", "Mark Jones", "Mark Jones"),
    ("Ventura County Fire Chief Raymond Castellanos said 2 homes were lost.", "Ventura County Fire",
     "Raymond Castellanos"),
    ("The Los Angeles Fire Department sent 200 firefighters. Los Angeles Fire Chief Kristin Crowley said 2 homes "
     "were lost.", "Los Angeles Fire Department", "Kristin Crowley"),
])
def test_attribution_a_fire_chief_speaks_for_a_place_s_fire_service_only_after_a_place(rules, text, source, speaker):
    found = attributions(text, rules)[-1]
    assert (found.source, found.speaker) == (source, speaker)


@pytest.mark.parametrize("text, source", [
    # the second review of the session's officers: a deputy's office has his whole title ("Deputy General
    # Counsel" is none of the "Attorney General's Office"; "Deputy Sheriff" none of the county's)
    ("The Attorney General's Office said 12 officers were charged. Deputy General Counsel Lisa Monaco said 4 had "
     "pleaded guilty.", "Counsel Lisa Monaco"),
    ("The Maricopa County Sheriff's Office said 4 inmates escaped. Deputy Sheriff Tom Boyd said 2 were caught.",
     "Tom Boyd"),
    ("The Public Defender's Office said it had received complaints. Deputy Public Defender Tamar Kvirikadze said "
     "the office would investigate.", "Public Defender's Office"),
    # two bodies "and" may join, uncut, are no one body for a bare role
    ("Toyota and Honda Motor Co said output fell. Chief executive Koji Sato said chips were short.", "Koji Sato"),
    ("Harrow Plastics Ltd confirmed the closure. In a statement, managing director Susan Peel said staff would "
     "be redeployed.", "Harrow Plastics Ltd"),
    # a place's reporters make no medium of it
    ("Protesters blocked a bridge. Belgrade's journalists protested too. Belgrade journalist Ivan Petrovic said "
     "20 were hurt.", "Ivan Petrovic"),
    ("Police fired tear gas. N1's reporters were at the scene. N1 reporter Jelena Markovic said several canisters "
     "were fired.", "N1"),
    # a name "of X and Y" is not cut at "and" for its officer
    ("The Office of Science and Technology Policy said 40 grants were cut. The office's director, Raj Kumar, said 3 "
     "labs would close.", "Office of Science and Technology Policy"),
    ("Students from the University of Arts and Sciences marched. The university's rector, Ana Costa, said 400 took "
     "part.", "Ana Costa"),
])
def test_attribution_mends_of_the_sixty_fifth_second_review(rules, text, source):
    assert attributions(text, rules)[-1].source == source


def test_attribution_an_officer_of_a_described_office_named_by_the_registry(rules):
    # the third review: the office the description opens is the registry's source when it knows the name
    last = attributions("The Office of the High Commissioner for Human Rights said 20 were killed. The office's "
                        "spokesperson, Ravina Shamdasani, said more were missing.", rules)[-1]
    assert (last.source, last.source_type, last.speaker) == \
        ("UN Human Rights Office", "international body", "Ravina Shamdasani")
