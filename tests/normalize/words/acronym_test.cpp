// Capitals: initialisms spelled letter by letter, capitals shaped like an English word left for
// eSpeak NG to say as a word, and runs of capital words inside a line and short words in
// capitals for emphasis read as words.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"
#include "normalize/words/words.h"

namespace briefcast {

TEST(Acronym, WordShapedCapitalsAreWords) {
  EXPECT_TRUE(rules::reads_as_word("BOLT"));
  EXPECT_TRUE(rules::reads_as_word("SPRINT"));
  EXPECT_TRUE(rules::reads_as_word("KELTA"));
  EXPECT_TRUE(rules::reads_as_word("GRASS"));  // a final double S is English
  EXPECT_TRUE(rules::reads_as_word("GREEN"));
  EXPECT_TRUE(rules::reads_as_word("TEMPO"));
}

TEST(Acronym, InitialismShapesAreSpelled) {
  EXPECT_FALSE(rules::reads_as_word("BTW"));    // too short to judge: the engine spells it
  EXPECT_FALSE(rules::reads_as_word("PDMA"));   // no syllable starts "PD"
  EXPECT_FALSE(rules::reads_as_word("KARPT"));  // nor ends "RPT"
  EXPECT_FALSE(rules::reads_as_word("DOTT"));   // a doubled final T
  EXPECT_FALSE(rules::reads_as_word("EUAI"));   // three vowels in a row
  EXPECT_FALSE(rules::reads_as_word("AMCU"));   // a final U
  EXPECT_FALSE(rules::reads_as_word("Bolt"));   // not capitals
  EXPECT_FALSE(rules::reads_as_word("ODKSA"));  // "DKS" splits into no syllable end and start
  EXPECT_TRUE(rules::reads_as_word("CENTRAL"));  // "NTR": N ends one syllable, TR starts the next
  EXPECT_TRUE(rules::reads_as_word("EXPLAIN"));
}

TEST(Acronym, SpelledInALine) {
  EXPECT_EQ(normalize_text("the PDMA and the DOTT met"), "the P.D.M.A and the D.O.T.T met");
  EXPECT_EQ(normalize_text("the BOLT rover landed"), "the BOLT rover landed");
}

TEST(Acronym, RunsOfCapitalWordsAreSaid) {
  EXPECT_EQ(normalize_text("she wrote NEVER GIVE UP on the wall"), "she wrote Never Give Up on the wall");
  // Two capitals, or three initialisms with no word among them, stay initialisms.
  EXPECT_EQ(normalize_text("the UK NHS said"), "the U.K N.H.S said");
  EXPECT_EQ(normalize_text("its CEO CFO COO trio left"), "its C.E.O C.F.O C.O.O trio left");
}

}  // namespace briefcast

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Acronym, ShortWordsInCapitalsForEmphasis) {
  EXPECT_EQ(say("It was NOT a drill, AND it was SO loud."), "It was Not a drill, And it was So loud.");
  EXPECT_EQ(say("the WHO and the US"), "the W.H.O and the U.S");
  EXPECT_EQ(say("NEW: the council has voted"), "New: the council has voted");
}

TEST(Acronym, CapitalWordsEndingInTchRchNchAreWords) {
  // Spelled, "WATCH" was "W A T C H"; the engine says these capitals as the words.
  EXPECT_EQ(normalize_text("WATCH: The crane topples into the harbour."), "WATCH: The crane topples into the harbour.");
  EXPECT_EQ(normalize_text("The ban is extended until MARCH at the earliest."),
            "The ban is extended until MARCH at the earliest.");
  EXPECT_EQ(normalize_text("A free school LUNCH for every pupil."), "A free school LUNCH for every pupil.");
  EXPECT_EQ(normalize_text("The FDIC and the NCAA replied."), "The F.D.I.C and the N.C.A.A replied.");
  // A plural's S after a coda: "WEEKS" was "W E E K S".
  EXPECT_EQ(normalize_text("The repairs took WEEKS, not days."), "The repairs took WEEKS, not days.");
  EXPECT_EQ(normalize_text("Fans hold up CARDS and FLAGS."), "Fans hold up CARDS and FLAGS.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Acronym, CapitalsWithYAsTheirOnlyVowelAreLeftToTheEngine) {
  // eSpeak NG spells "NYSE" and says "SYNC"; written as a word, "Nyse" was said as one syllable.
  EXPECT_EQ(normalize_text("listed on the NYSE today"), "listed on the NYSE today");
  EXPECT_EQ(normalize_text("a NOVA program"), "a Nova program");
}

TEST(Acronym, LongBrandInAWordsShapeIsLeftAsAWord) {
  // Five letters or more ending in I, or opening with KL, read as the name people say.
  EXPECT_EQ(normalize_text("the TORVI index rose"), "the TORVI index rose");
  EXPECT_EQ(normalize_text("booked through KLARO today"), "booked through KLARO today");
  // Short ones ending in I or U stay letters.
  EXPECT_EQ(normalize_text("a STAI study"), "a S.T.A.I study");
  EXPECT_EQ(normalize_text("at STAU today"), "at S.T.A.U today");
}

}  // namespace briefcast

namespace briefcast {

TEST(TimeZones, SpelledEvenWithAWordsShape) {
  EXPECT_EQ(normalize_text("Results are due at noon (AEDT) today"), "Results are due at noon (A.E.D.T) today");
  EXPECT_EQ(normalize_text("Kick-off times are in CEST"), "Kick-off times are in C.E.S.T");
  EXPECT_EQ(normalize_text("the SAST deadline"), "the S.A.S.T deadline");
  // Zones that are English words stay words.
  EXPECT_EQ(normalize_text("heading WEST now").find("W.E"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(ExchangeNames, IceInAMarketLineIsTheExchange) {
  EXPECT_EQ(normalize_text("sugar contracts on ICE slipped"), "sugar contracts on Ice slipped");
  // Elsewhere the capitals stay spelt.
  EXPECT_EQ(normalize_text("ICE officers arrived"), "I.C.E officers arrived");
}

TEST(Acronyms, MemoryAndCardPartsAreSaidAsWords) {
  EXPECT_EQ(normalize_text("with 12GB of RAM and a SIM tray"), "with twelve gigabytes of Ram and a Sim tray");
  // A letter before them is said as a letter, then the word.
  EXPECT_EQ(normalize_text("an eSIM plan with 8 GB vRAM"), "an e Sim plan with eight gigabytes v Ram");
  EXPECT_EQ(normalize_text("an mRNA shot"), "an mRNA shot");  // no word inside: the engine spells it
}

TEST(Acronyms, SlashedInitialismsAreSpelledSideBySide) {
  // One side has no vowel, so both are initialisms: a short word-shaped side is spelled too.
  EXPECT_EQ(normalize_text("rates of PKD/TEN rose"), "rates of P.K.D T.E.N rose");
  EXPECT_EQ(normalize_text("an AC/DC adapter"), "an A.C D.C adapter");
  // No side without a vowel: words and said acronyms stay as they are.
  EXPECT_EQ(normalize_text("the ON/OFF switch"), "the ON Off switch");
  EXPECT_EQ(normalize_text("people with HIV/AIDS"), "people with HIV Aids");
}

TEST(Acronyms, LongInitialismsBesideASlashAreSpelled) {
  // Four capitals with no word's shape are spelled beside a slash as they are alone.
  EXPECT_EQ(normalize_text("the GKTP/WAVE study"), "the G.K.T.P Wave study");
  EXPECT_EQ(normalize_text("rules of the PCRB/SBA board"), "rules of the P.C.R.B S.B.A board");
  // A word-shaped side and a said acronym stay words.
  EXPECT_EQ(normalize_text("the HIV/AIDS ward"), "the HIV Aids ward");
}

}  // namespace briefcast

namespace briefcast {

TEST(Acronym, SaidAsAWordInsideAHyphenatedCompound) {
  EXPECT_EQ(normalize_text("a PAC-backed mailer"), "a Pac-backed mailer");
  EXPECT_EQ(normalize_text("the RAM-hungry browser"), "the Ram-hungry browser");
  EXPECT_EQ(normalize_text("an anti-OPEC speech"), "an anti-Opec speech");
  // Initialisms the engine spells stay in capitals.
  EXPECT_EQ(normalize_text("the EU-wide ban"), "the EU-wide ban");
  EXPECT_EQ(normalize_text("a CIA-run site"), "a CIA-run site");
}

}  // namespace briefcast

namespace briefcast {

TEST(Acronyms, InitialismsSaidAsWordsInTheNews) {
  EXPECT_EQ(normalize_text("a NOAA buoy drifted"), "a Noaa buoy drifted");
  EXPECT_EQ(normalize_text("NPHET met on Thursday"), "Nphet met on Thursday");
  EXPECT_EQ(normalize_text("two JAK inhibitors"), "two Jak inhibitors");
  EXPECT_EQ(normalize_text("the BRICS summit"), "the Brics summit");
  // With a possessive or plural ending they stay words ("the Pacs", not "P A C's").
  EXPECT_EQ(normalize_text("NOAA's new satellite"), "Noaa's new satellite");
  EXPECT_EQ(normalize_text("two super PACs formed"), "two super Pacs formed");
}

TEST(Acronyms, CapitalsAroundASmallVowelAreSpelled) {
  // The "o" of "of" between two capitals: eSpeak NG said "MoD" as "moh D".
  EXPECT_EQ(normalize_text("a DoT grant for roads"), "a D.O.T grant for roads");
  EXPECT_EQ(normalize_text("the MoH confirmed it"), "the M.O.H confirmed it");
  EXPECT_EQ(normalize_text("three MoUs were signed"), "three M.O.U.'s were signed");
  EXPECT_EQ(normalize_text("the CoE's ruling"), "the C.O.E.'s ruling");
  // Another small letter in the middle stands for another word and is left to the engine.
  EXPECT_EQ(normalize_text("a PhD student"), "a PhD student");
  EXPECT_EQ(normalize_text("the LeM team"), "the LeM team");
  EXPECT_EQ(normalize_text("the Moon rose"), "the Moon rose");
  EXPECT_EQ(normalize_text("a MERS-CoV case"), "a Mers-CoV case");
}

}  // namespace briefcast

namespace briefcast {

TEST(Acronyms, TwoCapitalsAroundASlashAreOneInitialism) {
  EXPECT_EQ(normalize_text("a high P/E stock"), "a high P.E stock");
  EXPECT_EQ(normalize_text("the car's A/C failed"), "the car's A.C failed");
}

TEST(Acronyms, AConversionBetweenTwoCapitalsIsSaidTo) {
  EXPECT_EQ(normalize_text("The card's A/D stage is quiet."), "The card's Eh to D stage is quiet.");
  EXPECT_EQ(normalize_text("a cheap D/A chip"), "a cheap D to Eh chip");
  EXPECT_EQ(normalize_text("spare I/O pins"), "spare I.O pins");
}

TEST(RespeltAcronyms, FtseIsFootsie) {
  EXPECT_EQ(normalize_text("The FTSE closed higher."), "The Footsie closed higher.");
  EXPECT_EQ(normalize_text("shares on the FTSE 250 rose"), "shares on the Footsie two fifty rose");
  EXPECT_EQ(normalize_text("the FTSE100 and the FTSE-350"), "the Footsie one hundred and the Footsie three fifty");
  EXPECT_EQ(normalize_text("the FTSE's worst day"), "the Footsie's worst day");
}

TEST(RespeltAcronyms, OtherSaidAcronymsUnchanged) {
  EXPECT_EQ(normalize_text("NATO and NASA met"), "Nato and Nasa met");
  EXPECT_EQ(normalize_text("the FBI said"), "the F.B.I said");
}

}  // namespace briefcast

namespace briefcast {

TEST(RespeltAcronyms, SavingsCreditAndHealthAcronymsSaidAsPeopleSayThem) {
  EXPECT_EQ(normalize_text("a cash ISA pays more"), "a cash Eyesa pays more");
  EXPECT_EQ(normalize_text("her FICO fell"), "her Fyco fell");
  EXPECT_EQ(normalize_text("cost per QALY gained"), "cost per Qualy gained");
}

}  // namespace briefcast

namespace briefcast {

TEST(Acronyms, PluralAndPossessiveOfCapitalsSaidAsAWord) {
  // eSpeak NG drops the "s" after capitals it says as a word; the word keeps it.
  EXPECT_EQ(normalize_text("Two UNICEFs would not be enough."), "Two Unicefs would not be enough.");
  EXPECT_EQ(normalize_text("FEMA's teams and the OSHA's rules"), "Fema's teams and the Osha's rules");
  EXPECT_EQ(normalize_text("the ESOPs of both firms"), "the Esops of both firms");
  EXPECT_EQ(normalize_text("MIRVs and JDAMs"), "Mervs and Jay-dams");
  EXPECT_EQ(normalize_text("three listed REITs"), "three listed Reets");
  // Initialisms keep their letters.
  EXPECT_EQ(normalize_text("the FDIC's rules"), "the F.D.I.C.'s rules");
  // With Y its only vowel the shape says nothing; the engine spells it, "'s" and all.
  EXPECT_EQ(normalize_text("the NYSE's floor"), "the NYSE's floor");
}

}  // namespace briefcast

namespace briefcast {

TEST(Acronyms, ConsonantThenYBeforeAVowelIsAnInitialism) {
  // "NY" of New York, "BY" of "bring your": eSpeak NG said "NYAG" as "nye-ag".
  EXPECT_FALSE(rules::reads_as_word("NYAG"));
  EXPECT_FALSE(rules::reads_as_word("BYOD"));
  EXPECT_EQ(normalize_text("The NYAC's gym reopened."), "The N.Y.A.C.'s gym reopened.");
  EXPECT_EQ(normalize_text("Staff follow the BYOD rules."), "Staff follow the B.Y.O.D rules.");
  // Words start so with E or I, and Y alone as the vowel is left as before.
  EXPECT_TRUE(rules::reads_as_word("DYES"));
  EXPECT_EQ(normalize_text("Trains to KYIV resumed."), "Trains to KYIV resumed.");
  EXPECT_EQ(normalize_text("the NYSE's floor"), "the NYSE's floor");
}

TEST(Acronyms, CapitalWordsEndingInMnOrGnAreWords) {
  // Spelled, "DAMN" was "D A M N"; eSpeak NG says these capitals as the words.
  EXPECT_TRUE(rules::reads_as_word("DAMN"));
  EXPECT_TRUE(rules::reads_as_word("SIGN"));
  EXPECT_TRUE(rules::reads_as_word("AUTUMN"));
  EXPECT_EQ(normalize_text("The band's album \"HYMN\" sold well."), "The band's album \"HYMN\" sold well.");
  EXPECT_EQ(normalize_text("Please SIGN here."), "Please SIGN here.");
}

TEST(Acronyms, CapitalWordsWithGhOrAPluralBAreWords) {
  // In a headline's emphasis "EIGHT years" was "E I G H T", "a GHOST" "G H O S T".
  EXPECT_TRUE(rules::reads_as_word("EIGHT"));
  EXPECT_TRUE(rules::reads_as_word("HIGH"));
  EXPECT_TRUE(rules::reads_as_word("NIGHT"));
  EXPECT_TRUE(rules::reads_as_word("GHOST"));
  EXPECT_TRUE(rules::reads_as_word("CLUBS"));
  EXPECT_EQ(normalize_text("She waited EIGHT years for this."), "She waited EIGHT years for this.");
  EXPECT_EQ(normalize_text("He saw a GHOST in the hall."), "He saw a GHOST in the hall.");
  // Initialisms keep their letters.
  EXPECT_EQ(normalize_text("The GHSA and the CBS board met."), "The G.H.S.A and the C.B.S board met.");
}

TEST(Acronyms, SmallConsonantAfterACapitalVowelIsSpelled) {
  // eSpeak NG said "AfD" as "af D" and "IfW" as "if W": the three letters are spelled.
  EXPECT_EQ(normalize_text("Polls put the AfD second."), "Polls put the A.F.D second.");
  EXPECT_EQ(normalize_text("the IfW's forecast"), "the I.F.W.'s forecast");
  EXPECT_EQ(normalize_text("a report by the OfS"), "a report by the O.F.S");
  // After a consonant the engine spells them itself; a small vowel is another word.
  EXPECT_EQ(normalize_text("the VfB squad"), "the VfB squad");
  EXPECT_EQ(normalize_text("an AaB fan"), "an AaB fan");
}

TEST(Acronym, TripledLetter) {
  EXPECT_EQ(normalize_text("The IEEE board met."), "The I triple E board met.");
  EXPECT_EQ(normalize_text("Walkers found a SSSI near the dunes."), "Walkers found a triple S I near the dunes.");
  EXPECT_EQ(normalize_text("The FBI and the CIA met."), "The F.B.I and the C.I.A met.");
  // A run of "I" is a Roman numeral, and three letters alone stay spelt.
  EXPECT_EQ(normalize_text("Chapter XIII ends.").find("triple"), std::string::npos);
  EXPECT_EQ(normalize_text("The CCC met."), "The C.C.C met.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Acronym, OneVowelAndASilentEIsAWordOnlyInEnglishShapes) {
  EXPECT_FALSE(rules::reads_as_word("IRSE"));  // eSpeak NG said "urse"
  EXPECT_FALSE(rules::reads_as_word("OMPE"));
  EXPECT_TRUE(rules::reads_as_word("ABLE"));
  EXPECT_TRUE(rules::reads_as_word("EDGE"));
  EXPECT_TRUE(rules::reads_as_word("URGE"));
  EXPECT_EQ(normalize_text("She joined the IRSE council last spring."), "She joined the I.R.S.E council last spring.");
}

TEST(Acronym, AFinalRcIsASyllablesEnd) {
  EXPECT_TRUE(rules::reads_as_word("JORC"));
  EXPECT_TRUE(rules::reads_as_word("MARC"));
}

TEST(Acronym, CapitalsBeforeALabelFigureAreSpelled) {
  EXPECT_EQ(normalize_text("The harness passed EUIA 202 last year."), "The harness passed E.U.I.A two oh two last year.");
}

TEST(Acronym, CapitalsOfAPronounBeforeAYearAreSpelled) {
  EXPECT_EQ(normalize_text("under the WHO 2030 targets"), "under the W.H.O twenty thirty targets");
  EXPECT_EQ(normalize_text("US 2024 polls closed"), "U.S twenty twenty four polls closed");
  EXPECT_EQ(normalize_text("the ECB 2019 review"), "the ECB twenty nineteen review");  // the engine spells it
}

TEST(Acronym, CapitalsWithASmallFinalLetterAreSpelled) {
  EXPECT_EQ(normalize_text("raised HbCO and COHb readings"), "raised HbCO and C.O.H.B readings");
  EXPECT_EQ(normalize_text("the NGOs and TEDx talks"), "the N.G.O.'s and TEDx talks");
}

TEST(Acronym, AWordInCapitalsSaidTwiceIsAWord) {
  EXPECT_EQ(normalize_text("The crew sent a MAYDAY and then a PAN-PAN."), "The crew sent a Mayday and then a Pan-pan.");
  EXPECT_EQ(normalize_text("They rode a TUK-TUK to the market."), "They rode a Tuk-tuk to the market.");
}

TEST(Acronym, SaidAsAWordInAnyCase) {
  EXPECT_EQ(normalize_text("Fit MERV 11 filters in every unit."), "Fit Merv eleven filters in every unit.");
  EXPECT_EQ(normalize_text("The LiDAR unit flew at dawn."), "The Lidar unit flew at dawn.");
  EXPECT_EQ(normalize_text("He earned a PhD from the MoD school."), "He earned a PhD from the M.O.D school.");
}

TEST(Acronym, EnglishWordsOfOneVowelAndASilentE) {
  EXPECT_EQ(normalize_text("The OGRE costume won a prize."), "The OGRE costume won a prize.");
  EXPECT_EQ(normalize_text("The IRSE said the signal failed."), "The I.R.S.E said the signal failed.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Acronym, ASyllableJoinedToCapitalsThatAreASyllableIsOneWord) {
  EXPECT_EQ(normalize_text("Hotel RevPAR rose."), "Hotel Rev-par rose.");
  EXPECT_EQ(normalize_text("New InSAR images came in."), "New In-sar images came in.");
  EXPECT_EQ(normalize_text("The MiFID rules apply."), "The Mi-fid rules apply.");
  // Capitals with no vowel, or a lone capital inside a word, are no syllable.
  EXPECT_EQ(normalize_text("Our MySQL and iPhone apps, mRNA and DevOps teams."),
            "Our MySQL and iPhone apps, mRNA and DevOps teams.");
}

TEST(Acronym, APairOfConsonantsNoShortWordHasIsSpelled) {
  EXPECT_FALSE(rules::reads_as_word("ILWA"));
  EXPECT_FALSE(rules::reads_as_word("OKHA"));
  EXPECT_FALSE(rules::reads_as_word("EDXA"));
  // Word acronyms and English words in capitals stay words.
  for (std::string_view word : {"NASA", "NATO", "OPEC", "UNESCO", "ECHO", "ALSO", "ONTO", "RAILWAY", "INHALE", "ASHA"}) {
    EXPECT_TRUE(rules::reads_as_word(word)) << word;
  }
}

// A little word in capitals before a year is the word in a shouted line or run.
TEST(Acronym, ShoutedWordsBeforeAYearAreWords) {
  EXPECT_EQ(normalize_text("BEST ALBUMS OF 2022").find("O.F"), std::string::npos);
  EXPECT_EQ(normalize_text("THE CLASS OF 2025 returns").find("O.F"), std::string::npos);
  EXPECT_EQ(normalize_text("LOOKING AHEAD TO 2026").find("T.O"), std::string::npos);
  EXPECT_EQ(normalize_text("IF 2018").find("I.F"), std::string::npos);
  EXPECT_EQ(normalize_text("the WHO 2019 report"), "the W.H.O twenty nineteen report");
}

// A country's letters glued to an agency's initialism are spelt whole ("USDOT" was "us-dot").
TEST(Acronym, CountryLettersGluedToAnInitialism) {
  EXPECT_EQ(normalize_text("The USDOT and the USFWS agreed."), "The U.S.D.O.T and the U.S.F.W.S agreed.");
  EXPECT_EQ(normalize_text("The USAID office shut."), "The U.S aid office shut.");
  // Words that open so stay words.
  EXPECT_EQ(normalize_text("An USHER came in."), "An USHER came in.");
}

// Capitals around a small "of" ("British Boxing Board of Control"): letters, then "of", then letters.
TEST(Acronym, CapitalsAroundOf) {
  EXPECT_EQ(normalize_text("The WBAofE met on Monday."), "The W.B.A of E met on Monday.");
  EXPECT_EQ(normalize_text("The CCofE ruled on Friday."), "The C.C of E ruled on Friday.");
  // Words that hold "of" are not initialisms.
  EXPECT_EQ(normalize_text("Profits and offers rose."), "Profits and offers rose.");
}

// English codas ("-RST", "-RLD", "-NTH", "-XTS"...) end words in capitals, which are said as words;
// clusters no syllable ends with are still spelt.
TEST(Acronym, EnglishCodasBeforeAFigureAreWords) {
  EXPECT_EQ(normalize_text("The THIRST4 campaign opened."), "The THIRST four campaign opened.");
  EXPECT_EQ(normalize_text("Tickets for GROWTH2 sold out."), "Tickets for GROWTH two sold out.");
  EXPECT_EQ(normalize_text("A LENGTH9 cable was used.").find("L.E"), std::string::npos);
  EXPECT_NE(normalize_text("The ORTF-3 unit closed.").find("O.R.T.F"), std::string::npos);
}

TEST(Acronym, OddShapesAreSpelt) {
  // F or V right after a stop inside four capitals, and a country's letters glued to an agency's.
  EXPECT_FALSE(rules::reads_as_word("OPFA"));
  EXPECT_FALSE(rules::reads_as_word("IKVO"));
  EXPECT_FALSE(rules::reads_as_word("UKVE"));
  // English words of those shapes still read as words.
  for (std::string_view word : {"FRANCE", "LARGE", "HORSE", "TABLE", "CENTRE", "CLARKE", "PASTE", "INFO", "SALVO"}) {
    EXPECT_TRUE(rules::reads_as_word(word)) << word;
  }
}

TEST(Acronym, FinalEAfterTwoConsonantsStaysAWord) {
  // Surnames, places and old words in capitals end so ("KEMBLE", "HOLME", "ROWNE"): a final E after
  // any pair is no sign of an initialism, so the engine says them.
  for (std::string_view word : {"HOLME", "ROWNE", "DARLE", "BELKE", "TRIMBE", "WALPE", "GOLTE", "EARLE"}) {
    EXPECT_TRUE(rules::reads_as_word(word)) << word;
  }
  EXPECT_NE(normalize_text("Officers named the driver as Simon HOLME, 47, of Crewe.").find("HOLME"), std::string::npos);
}

TEST(Acronym, FiveCapitalsWithFAfterAStopStayWords) {
  // Five letters: German and Hebrew words and names have F or V after a stop ("KOPFE", "MIKVE").
  for (std::string_view word : {"KOPFE", "MIKVE", "TOPFEN", "ZAPFE"}) {
    EXPECT_TRUE(rules::reads_as_word(word)) << word;
  }
  // After a nasal, a liquid or S, four letters are a word too.
  for (std::string_view word : {"ELVA", "ALFA", "ENVO"}) {
    EXPECT_TRUE(rules::reads_as_word(word)) << word;
  }
}


TEST(Acronym, BacterialGeneNamesSayTheCapitalAsALetter) {
  EXPECT_EQ(normalize_text("a mutation in katG was found"), "a mutation in kat G was found");
  EXPECT_EQ(normalize_text("isolates carried vanA"), "isolates carried van Eh");
  // Other mixed case words are left as they are.
  EXPECT_EQ(normalize_text("sold on eBay today"), "sold on eBay today");
}

// "AO" closed by consonants is no English syllable: the capitals are spelt.
TEST(Acronym, ClosedAoIsSpelt) {
  EXPECT_EQ(normalize_text("Officials said the Fisheries Agency of Laos (FAOL) set quotas."),
            "Officials said the Fisheries Agency of Laos (F.A.O.L) set quotas.");
  EXPECT_EQ(normalize_text("The CHAOS in LAOS was reported by MAORI news."), "The CHAOS in LAOS was reported by MAORI news.");
  EXPECT_EQ(normalize_text("The old GAOL reopened as a hotel."), "The old GAOL reopened as a hotel.");
}

}  // namespace briefcast
