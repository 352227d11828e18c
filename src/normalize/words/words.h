// Words: abbreviations, initials, acronyms, capitals, shorthand, slashes between words and the
// fallback that reads any other word piece by piece.
// One source file per rule, named in the comment above its declarations; the two kinds of
// rule (match_*, speak_*) are described in normalize/match.h. Internal to src/normalize.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/match.h"
#include "normalize/text_util.h"

namespace briefcast::rules {

// abbreviation.cpp: common abbreviations ("St.", "vs.", "e.g.", "No. 4"), titles first.
std::optional<Match> match_abbreviation(const Words& words, std::size_t i);
// Whether word i's period, the last word's or one before a word that opens a sentence ("Inc.
// In 2010"), ends the sentence as well as an abbreviation, so that it must stay.
bool period_ends_sentence(const Words& words, std::size_t i);
// A dotted form's reading over `count` words from i; its last period stays where it also ends
// the sentence, and is swallowed where it goes on.
Match keep_end(std::string spoken, const Words& words, std::size_t i, std::size_t count = 1);
// Whether word i's period goes on into its sentence, the other way round: a comma after it
// ("Esq.,"), or a lowercase word or a figure next ("Sat. 2 storms", "Expwy. in").
bool period_goes_on(const Words& words, std::size_t i);
// Whether a word opens with a figure or a lowercase letter, with no mark before it.
bool starts_with_figure_or_lowercase(const Word& w);

// titles.cpp: a title before a name ("Dr. Evil", "Sgt. 1st Class Doe", "Gov.-elect Smith"),
// after a rank's grade ("a 2nd Lt.") or as the common noun ("the Gov. of Texas").
std::optional<Match> match_title(const Words& words, std::size_t i);
// Whether word j starts a name: capitalised and longer than one letter ("Gen Z" is none).
bool starts_name(const Words& words, std::size_t j);

// given_names.cpp: "Thos. Penrose" -> "Thomas Penrose": a given name abbreviated before a surname.
std::optional<Match> match_given_name(const Words& words, std::size_t i);
// given_names.cpp: "Seán Ó Duibhir" -> "Seán O Duibhir": the Irish particles "Ó", "Ní", "Uí"
// before a surname ("O", "Nee", "Ee").
std::optional<Match> match_name_particle(const Words& words, std::size_t i);
// cue_abbreviations.cpp: "exp. 09/2026" -> "expiry ...", ".243 cal." -> "... caliber", "cat. no."
// -> "catalog number": a stub read by the word it stands for where its neighbours say which.
std::optional<Match> match_cue_abbreviation(const Words& words, std::size_t i);
// metal_symbols.cpp: "99.99% Au" -> "gold", "90% Ar" -> "argon": a metal's symbol after its
// purity, or a gas fill's after its share.
std::optional<Match> match_metal_symbol(const Words& words, std::size_t i);
// dotted_words.cpp: "Esq.," -> "Esquire", "Sta. 12+50" -> "Station", "Div. I-A" -> "Division
// one-A": a dotted short form whose period goes on into its sentence has one reading.
std::optional<Match> match_dotted_word(const Words& words, std::size_t i);

// dotted_forms.cpp: "under s. 4.2" -> "section", "reg. KX19 ABD" -> "registration", "the 4th Wed.", "25 Gy min.", "an 8-pc. set", "incl. MwSt.": short forms read by cues.
std::optional<Match> match_dotted_form(const Words& words, std::size_t i);

// cross_signs.cpp: "sire × dam" -> "crossed with", "Av. Paulista × R. da Consolação" -> "Avenida
// Paulista and Rua da ...".
std::optional<Match> match_cross_sign(const Words& words, std::size_t i);

// letter_plurals.cpp: "48 Xs", "three As" -> "X's", "A's": a letter's plural after a count.
std::optional<Match> match_letter_plural(const Words& words, std::size_t i);

// initials.cpp: "U.S." -> "U-S", "N.Y." -> "New York", "(D-Ill.)" -> "(Democrat of Illinois)",
// "C. Dobkin": no period the engine would take as a sentence end stays inside a line.
std::optional<Match> match_initials(const Words& words, std::size_t i);
// "EAG" -> "E.A.G": the written form eSpeak NG reads as letter names. With `keep_digits`,
// digits stay in the chain too ("A2B" -> "A.2.B", as a ticker is read).
std::string spelled_letters(std::string_view core, bool keep_digits = false);
// Letters said by their names, as spelled_letters writes them, except a lone "A", which eSpeak NG
// reads as the article ("uh"): "Eh" is how it says the letter's name, "ay", in every English voice.
std::string letter_names(std::string_view letters);

// acronym.cpp: "SJS/TEN" -> "S.J.S T.E.N", "TCP/IP": capitals joined by slashes, one of them
// without a vowel, are initialisms side by side; a short one the engine would say as an English
// word ("TEN") is spelled.
std::optional<std::string> speak_slashed_initialisms(std::string_view core);
// slashed_pairs.cpp: "Y/B/M" -> "Y, B and M", "stack/reach of 560/388 mm" -> "stack and reach of ... and ...".
std::optional<Match> match_slashed_pair(const Words& words, std::size_t i);
// acronym.cpp: "CIA" stays spelled, "NATO" becomes a word; "FAST" and "MARTA" have the shape
// of an English word and are left for the engine to say, "FDIC" and "CITT" do not.
std::optional<std::string> speak_acronym(std::string_view core);
bool reads_as_word(std::string_view capitals);
// initialism_shapes.cpp: capitals of a shape no English word has ("IRSE", "USDA", "AMPE").
bool has_initialism_shape(std::string_view capitals);
// A final W after I or Y ("ACYW"): letters, when figures are glued after them (a code's capitals).
bool odd_final_w(std::string_view capitals);
// "KORTF", "PSLV": capitals whose last run of consonants closes no English word (or that have
// no vowel), so no reader could say them as one; "NEWS", "MAYO", "XBOX" can.
bool has_unsayable_edge(std::string_view capitals);
// An acronym on the list of those said as words ("NATO", "NOAA"), whatever its shape.
bool is_said_acronym(std::string_view capitals);
// Its word: "NATO" -> "Nato", and a respelling where the letters mislead ("FTSE" -> "Footsie").
std::string said_acronym(std::string_view capitals);

// said_acronyms.cpp: "PFAS" -> "Peefass": acronyms said as words that the word-shape test would spell.
std::optional<std::string_view> listed_said_acronym(std::string_view capitals);
// said_acronyms.cpp: "EIRP": capitals with a word's shape that are spelled all the same.
bool listed_spelled_initialism(std::string_view capitals);

// results_names.cpp: "Jon RAHM (ESP)" -> "Jon Rahm (E.S.P)": a surname in capitals before a
// bracketed country code is a word.
std::optional<Match> match_capital_surname(const Words& words, std::size_t i);

// glued_sentences.cpp: "for my birthday.Hope to" -> "birthday. Hope": two sentences glued at a period.
std::optional<Match> match_glued_sentence(const Words& words, std::size_t i);

// quoted_choices.cpp: '"yes"/"no"' -> '"yes" or "no"': two quoted words joined by a slash.
std::optional<Match> match_quoted_choice(const Words& words, std::size_t i);

// emphasis.cpp: "he IS", "I AM": a verb in capitals after its pronoun is a stressed word.
bool is_emphatic_verb(const Words& words, std::size_t i);

// level_words.cpp: "colour code went to RED", "alert level ORANGE": a level's word in capitals.
bool is_level_word(const Words& words, std::size_t i);

// jurisdictions.cpp: "(Qld)" -> "(Queensland)", "Cth", "(Vic)".
std::optional<Match> match_jurisdiction(const Words& words, std::size_t i);

// company_suffixes.cpp: "Pty Ltd" -> "Proprietary Limited", "Pte Ltd" -> "Private Limited",
// "Sdn Bhd" -> "Sendirian Berhad", "Bhd" -> "Berhad", after a company's name.
std::optional<Match> match_company_suffix(const Words& words, std::size_t i);

// news_shorthand.cpp: "esp.", "Weds", "4 mths", "M25 at J10", "per sq ft", "Main Rd,", "Queen St W",
// "Toronto, ON M5H 2N2", "the 50c coin", "$3 a lb", "40cm x 30cm" (dimension_pairs.cpp), "the mid-30s F",
// "10½ in tall".
std::optional<Match> match_news_shorthand(const Words& words, std::size_t i);
// "HbA1c" -> "H.B.A one C": a lab measure's mixed-case letters before its figure, spelt.
std::optional<std::string> speak_lab_code(std::string_view core);

// shorthand_words.cpp: "avg." -> "average", "mag. -12", "Pg. 77", "wk 32", "the 67th min".
std::optional<Match> match_shorthand_word(const Words& words, std::size_t i);

// trade_abbreviations.cpp: "the max. dose", "min. DN 8", "Iss. 4", "grid ref. NN 16", "Harnby Jn.",
// "Sat.'s", "3.5% w/v": a trade's abbreviations said as their words, with no period to pause at.
std::optional<Match> match_trade_abbreviation(const Words& words, std::size_t i);

// trade_senses.cpp: "Dec. -05°" near words of the sky (declination), "Ch. 16" near words of the
// radio (channel), "4,312 pts" near words of a clinic (patients).
std::optional<Match> match_trade_sense(const Words& words, std::size_t i);
// ratio_slashes.cpp: "debt/EBITDA" -> "debt to Ebitda", "EBIT/kg" -> "Ebit per kilogram".
std::optional<Match> match_ratio_slash(const Words& words, std::size_t i);
// compass_regions.cpp: "N. Europe" -> "Northern Europe", "S. America" -> "South America".
std::optional<Match> match_compass_region(const Words& words, std::size_t i);
// report_shorthand.cpp: "fleet nos." -> "fleet numbers", "the govt." -> "the government", "div. 7.d" ->
// "division seven D", "between Feb and May" -> "between February and May".
std::optional<Match> match_report_shorthand(const Words& words, std::size_t i);
// score_parts.cpp: "2 picc., 3 ob." -> "two piccolos, three oboes", "orch." -> "orchestra", "148′" ->
// minutes, among words of music.
std::optional<Match> match_score_part(const Words& words, std::size_t i);
// water_words.cpp: "the R. Avon" -> "the River Avon", "above CD" -> "chart datum", "cfs", "1:200 flood"
// -> "one in two hundred", among words of rivers and tides.
std::optional<Match> match_water_word(const Words& words, std::size_t i);
// shade_codes.cpp: "8W" -> "eight W" among words of cosmetics, "50+/PA++++" -> "fifty plus, P.A plus
// plus plus plus".
std::optional<Match> match_shade_code(const Words& words, std::size_t i);

// wine_words.cpp: "15.1% alc." -> "percent alcohol", "13% vol." -> "percent by volume",
// "Cab. Sauv." -> "Cabernet Sauvignon".
std::optional<Match> match_wine_word(const Words& words, std::size_t i);

// property_words.cpp: "OIEO" (offers in excess of), "w/c 14 Oct." (week commencing), "4 bd/3.5 ba"
// (bedrooms and bathrooms), "62 dph" among words of housing (dwellings per hectare).
std::optional<Match> match_property_word(const Words& words, std::size_t i);

// telecom_words.cpp: "Ku-/Ka-band" (K-U and K-A band), "Rel-18" (Release eighteen), "LEO" among
// words of satellites ("Leo").
std::optional<Match> match_telecom_word(const Words& words, std::size_t i);

// letter_a.cpp: "the A one" -> "the A-one": a code's letter A before its figures, which eSpeak NG read as the article.
std::string stressed_letter_a(std::string spoken);
// "grade one A rejection" -> "grade one Eh rejection": a lone "A" after a number word and before a
// word in lower case, which eSpeak NG reads as the article, written as the letter's name. For a
// line whose writer put no lone "A" after a figure (normalizer.cpp): there, as in a headline's
// "2020 A year like no other" or "one A day", it is the article.
std::string letter_a_after_numbers(std::string spoken);
// letter_folds.cpp: "Ọba" -> "Oba": letters with marks the English voice cannot say (U+1E00 to
// U+1EFF) folded to their base letter.
std::string folded_marked_letters(std::string line);

// cohort_days.cpp: "D1/D7/D30 retention" -> "day one, day seven and day thirty retention".
std::optional<Match> match_cohort_days(const Words& words, std::size_t i);

// slash_lists.cpp: "on/off/dim" -> "on, off or dim"; "retail/ hospitality" -> "retail or hospitality".
std::optional<Match> match_word_list(const Words& words, std::size_t i);
std::optional<Match> match_open_slash_pair(const Words& words, std::size_t i);
// "ASIL 2 / PL d", "IP65 / IP66": a spaced slash between two ratings' codes, said as a pause.
std::optional<Match> match_code_slash(const Words& words, std::size_t i);

// dated_sources.cpp: "Reuters / 2 days ago" -> "Reuters, two days ago": the slash before a story's age a pause.
std::optional<Match> match_dated_source(const Words& words, std::size_t i);

// joined_pairs.cpp: "EUR/USD" -> "euro-dollar", "4/4 time" -> "four-four time", "London → Paris" -> "London to Paris".
std::optional<Match> match_joined_pair(const Words& words, std::size_t i);
// "Stage 4: Arlon › Bressac, 140 km": a "›", "»" or ">" between two places in a line of a route
// is said "to". A sign of its own ("»" is punctuation to the word splitter), so the driver asks.
bool is_route_arrow(const Words& words, std::size_t i);

// word_pieces.cpp: the fallback that reads any other word piece by piece with symbol names
// ("test$" -> "test dollar"), and two words joined by a slash.
std::string speak_pieces(std::string_view core);
std::optional<std::string_view> symbol_name(std::string_view text, std::size_t i, std::size_t& length);
// "jane_doe" -> "jane underscore doe": every underscore of a name said, as people read an
// identifier aloud; eSpeak NG is silent on it and runs the parts together.
std::string said_underscores(std::string_view name);
// "increases/reduces" offers a choice ("or"); "async/await support", "Paris/London" and
// "and/or" join two words into one name (said with no word between). `after` is the word that
// follows the pair, if any.
std::string_view slash_joiner(std::string_view left, std::string_view right, const Word* after);
std::optional<Match> match_word_pair(const Words& words, std::size_t i);  // "he/she"

// school_years.cpp: "pupils in Y6 sit their KS2 SATs" -> "Year six", "Key Stage two".
std::optional<Match> match_school_year(const Words& words, std::size_t i);

// craft_patterns.cpp: "k2tog, yo" among knitting words -> "knit two together, yarn over".
std::optional<Match> match_craft_stitch(const Words& words, std::size_t i);

// party_letters.cpp: "Ann Roe (R)" -> "(Republican)", "(D-14th)" -> "(Democrat, fourteenth
// district)", "61/39 D/R" -> "sixty one to thirty nine Democrat to Republican".
std::optional<Match> match_party_letters(const Words& words, std::size_t i);

// imaging_terms.cpp: "BI-RADS" -> "Bye-rads", "PET-CT" -> "pet C.T".
std::optional<std::string> speak_imaging_term(std::string_view core);

// isotope_deltas.cpp: "δ¹⁸O", "δ13C" -> "delta O eighteen", "δ44Ca" -> "delta calcium forty four":
// an isotope ratio of a real element, its mass number kept.
std::optional<Match> match_isotope_delta(const Words& words, std::size_t i);

// game_shorthand.cpp: "in 2OT" -> "double overtime", "of 2OT" -> "the second overtime", "a 2-pt
// try" -> "a two-point try", "(HT 21-17)" -> "half-time ...", "$40M gtd" -> "... guaranteed":
// game reports' shorthand, each with its cue.
std::optional<Match> match_game_shorthand(const Words& words, std::size_t i);

// naming_abbreviations.cpp: "sp. nov." -> "new species", "the Hell Creek Fm." -> "... Formation"
// on a line of geology, "F/V Sea Lark" -> "fishing vessel Sea Lark" on a line about the sea.
std::optional<Match> match_naming_abbreviation(const Words& words, std::size_t i);

}  // namespace briefcast::rules
