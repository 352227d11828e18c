// Codes: serials and model names, numbers to dial, telephones, addresses and postcodes, web
// addresses, versions, ports, channels and other identifiers said figure by figure or as a label.
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

// codes.cpp: a word that asks for a number to be dialled or texted ("call", "phone", "dial",
// "text"): the figures after it are a number, not a count ("phone 131 114").
bool asks_to_dial(std::string_view w);

// serial.cpp: letters and digits mixed ("F-16", "B2A23C").
std::optional<std::string> speak_serial(std::string_view core);
// "401(k)" -> "four oh one K", "drug(s)" -> "drugs", "(un)likely" -> "unlikely".
std::optional<std::string> speak_bracketed(std::string_view core);
// A run of digits inside a code: "08" after letters -> "oh eight", "1660" -> "sixteen sixty".
std::string code_digits(std::string_view run, bool after_letters);
// document_codes.cpp: a group of a code's figures: two figures or fewer whole, three or four in
// pairs, a leading zero or more figures one by one ("oh seven").
std::string code_group_words(std::string_view digits);
// Each character of a short code said apart, figures as digit words: "2RS" -> "two R S",
// "VS1" -> "V S one" (a bearing's seals, a diamond's clarity).
std::string code_characters(std::string_view code);
// A run of capitals inside a code ("BE" of "BE90", "AT" of "AT.40519", "KORTF" of "KORTF-3"):
// spelt where eSpeak NG would read it as a word it is not, else said as speak_acronym says it.
std::string code_letters(std::string_view run);

// codes.cpp: numbers to dial or text ("Text STOP to 78901", "dial 999"), said figure by
// figure, and British postcodes ("SW1A 2AA" -> "S.W one A, two A.A"), spelt as people say them.
std::optional<Match> match_code(const Words& words, std::size_t i);
// "978-0-14-312779-6" -> "nine seven eight, zero, one four, ...": a reference in hyphened groups
// of figures (the last may end in a check "X"), figure by figure with a pause between groups.
std::optional<std::string> grouped_reference(std::string_view core);

// document_codes.cpp: "HBN 04-01" -> "oh four oh one" after its capitals label, one code.
std::optional<Match> match_document_code(const Words& words, std::size_t i);
// "lot", "batch", "case", "docket", "ref": a word that labels one lot's, part's or case's number,
// whose figures are a code, never a span of the day or a range.
bool is_lot_label_word(std::string_view core);
// The same label with the word before it, which may make it no label: "a lot", "in any case".
bool labels_a_number(std::string_view label, std::string_view before);
// slashed_codes.cpp: "PL 44021/0067" -> "four four zero two one slash oh oh six seven", "SB-22/07".
std::optional<Match> match_slashed_code(const Words& words, std::size_t i);
// call_numbers.cpp: "G1019 .T45" -> "G ten nineteen dot T forty five", a library call number.
std::optional<Match> match_call_number(const Words& words, std::size_t i);
// "G1019" then ".T45": a class mark and the first Cutter mark of a call number; a short class mark
// ("A1", "G7") only in a line with a word of libraries (`library_line`, see tells_of_library).
bool is_call_number_start(std::string_view mark, std::string_view next, bool library_line);
bool tells_of_library(std::string_view core);
// parcel_numbers.cpp: "LV 214 887 903 GB" -> "L V, two one four, eight eight seven, nine oh three,
// G B", a postal item's tracking number.
std::optional<Match> match_parcel_number(const Words& words, std::size_t i);
// route_pairs.cpp: "the KVX–TNL route" -> "K.V.X to T.N.L route": two codes a dash joins before a
// word of travel.
std::optional<Match> match_route_pair(const Words& words, std::size_t i);
// code_ranges.cpp: "24B117–24B129" -> "twenty four B one seventeen to twenty four B one twenty nine".
std::optional<Match> match_code_range(const Words& words, std::size_t i);
// launch_designators.cpp: "2023-171C" -> "twenty twenty three dash one seventy one C", a
// spacecraft's international designator.
std::optional<Match> match_launch_designator(const Words& words, std::size_t i);
// gene_variants.cpp: "c.1523G" -> "c dot one thousand five hundred twenty three G", "p.Arg508His" ->
// "p dot arginine five hundred eight histidine".
std::optional<Match> match_gene_variant(const Words& words, std::size_t i);

// telephone.cpp: phone numbers, social security style numbers, IPv4 addresses.
std::optional<std::string> speak_telephone(std::string_view core);
std::optional<Match> match_telephone(const Words& words, std::size_t i);
// telephone.cpp: "999 calls", "dial 112", "the 116 117 line" -> "nine nine nine calls", ...
std::optional<Match> match_service_number(const Words& words, std::size_t i);
// codes.cpp: the words of calling a number, one list for every rule of dialled numbers:
// "text", "dial", "call"/"ring"/"phone"; and the three-figure service numbers ("999", "112").
bool is_text_verb(std::string_view w);
bool is_dial_verb(std::string_view w);
bool is_call_verb(std::string_view w);
bool is_service_number(std::string_view digits);

// code_points.cpp: "U+2014" -> "U plus two zero one four".
std::optional<std::string> speak_code_point(std::string_view core);
// "0x7f3a…c91e" -> "zero x seven F three A, C nine one E": a hex address, digit by digit.
std::optional<std::string> speak_hex_address(std::string_view core);

// electronic.cpp: URLs, e-mail addresses, domains, @handles, #hashtags.
std::optional<std::string> speak_electronic(std::string_view core);
std::optional<Match> match_named_hashtag(const Words& words, std::size_t i);  // "the hashtag #Vote"

// address.cpp: "1428 Elm St.", "708 N 1st St, San City", "123 Smth St, City, NY".
std::optional<Match> match_address(const Words& words, std::size_t i);
// "5/F, Tower 2" -> "fifth floor, Tower two", "#02-39" -> "unit zero two, three nine": a floor
// and a unit as Asian addresses write them; asked before the slash and dash rules.
std::optional<Match> match_floor_or_unit(const Words& words, std::size_t i);
// zip_codes.cpp: "ZIP codes 43001 and 43002" -> "four three zero zero one and ...".
std::optional<Match> match_named_zip(const Words& words, std::size_t i);

// malware_names.cpp: "Android/Filecoder.C" -> "Android Filecoder dot C".
std::optional<Match> match_malware_name(const Words& words, std::size_t i);

// pin_codes.cpp: "New Delhi - 110001", "Mumbai 400 001" -> "... one one zero zero zero one".
std::optional<Match> match_pin_code(const Words& words, std::size_t i);
std::optional<Match> match_grid_road(const Words& words, std::size_t i);  // "County Road 600S"
std::optional<std::string> street_suffix(std::string_view word);
// "Street", "Ave.", "Blvd": a word that ends a street's name, abbreviated or in full.
bool is_street_word(std::string_view core);

// road_numbers.cpp: routes sharing a road, "US 15/501", "the 54/55 bypass" ("fifteen slash five
// zero one"), never a fraction.
std::optional<Match> match_route_number(const Words& words, std::size_t i);

// eircodes.cpp: "D02 VF65" -> "D zero two, V.F six five": an Irish postcode, spelt.
std::optional<Match> match_eircode(const Words& words, std::size_t i);

// ports.cpp: "port 8080", "localhost:3000" -> "localhost colon three thousand"; a port in an address read as a number.
std::optional<Match> match_port(const Words& words, std::size_t i);
// model_ranges.cpp: "AT 500-8.2" -> "A T five hundred, eight point two", a model's name, no range.
std::optional<Match> match_model_range(const Words& words, std::size_t i);
std::optional<std::string> port_in_address(std::string_view address, std::size_t start, std::size_t end);

// version.cpp: "2.6.29", "v1.2.3", "2.6.29–5.1" (versions of one point read as decimals).
std::optional<std::string> speak_version(std::string_view core);
// "4.10", "8.3.2": parts of up to three figures joined by points, each said as a number ("four
// point ten"), as release numbers and the numbers of a law's or a rule book's parts are said.
std::optional<std::string> dotted_parts(std::string_view core);
// "Python 3.10", "macOS 10.15", "Windows 7/8/10": release numbers after the name of what they count.
std::optional<Match> match_release_number(const Words& words, std::size_t i);

// file_numbers.cpp: "HCT/LAG/07/214/2019" -> "H.C.T slash L.A.G slash zero seven slash ...".
std::optional<std::string> speak_file_number(std::string_view core);
// "PR/ST.A/1/1-6": a file number of three parts or more, read before the range rules claim it.
std::optional<Match> match_file_number(const Words& words, std::size_t i);

// flight_reports.cpp: "M0.78" -> "Mach point seven eight", "240/18G32 kt" -> "two four zero
// degrees at eighteen knots gusting thirty two", "06:42Z" -> "zero six forty two Zulu".
std::optional<Match> match_flight_report(const Words& words, std::size_t i);

// aircraft.cpp: a known airliner family with its variant, with or without the maker ("the
// 737-800", "an A350-1000", "787-9s"), and the family before "MAX" or "jet".
std::optional<Match> match_aircraft(const Words& words, std::size_t i);
// "09L/27R" -> "zero nine left, two seven right": both ends of one runway.
std::optional<Match> match_runway_pair(const Words& words, std::size_t i);

// material_grades.cpp: "316L stainless" -> "three sixteen L stainless", "7075 aluminium" ->
// "seventy seventy five aluminium", "18/8 stainless" -> "eighteen eight stainless".
std::optional<Match> match_material_grade(const Words& words, std::size_t i);
// registry_numbers.cpp: "CAS 7647-01-0" -> "C.A.S seven six four seven, oh one, oh", "UN 1203",
// "ISSN 0028-0836", "DOI 10.1038/nature12373".
std::optional<Match> match_registry_number(const Words& words, std::size_t i);
// listing_numbers.cpp: "MLS #24-117803" -> "M.L.S number twenty four, one one seven eight zero
// three", "ticket #A4471" -> "ticket number A forty four seventy one".
std::optional<Match> match_listing_number(const Words& words, std::size_t i);
// listing_numbers.cpp: "USDOT No. 3481927" -> "three four eight one nine two seven" after the sign.
std::optional<Match> match_numbered_identifier(const Words& words, std::size_t i);
// colour_codes.cpp: "Pantone 2995 C" -> "Pantone twenty nine ninety five C".
std::optional<Match> match_colour_code(const Words& words, std::size_t i);
// bearing_codes.cpp: "608-2RS" -> "six oh eight two R S", "6205-ZZ" -> "six two oh five Z Z".
std::optional<Match> match_bearing_code(const Words& words, std::size_t i);

// grade_pairs.cpp: "ABEC 5 / P5" -> "ABEC five or P five", "PEGI 12 / ESRB T".
std::optional<Match> match_grade_pair(const Words& words, std::size_t i);

// diamond_grades.cpp: "F/VS1" -> "F, V S one", "H-I/SI1".
std::optional<Match> match_diamond_grade(const Words& words, std::size_t i);

// pigment_codes.cpp: "Pigment Blue 15:3" -> "fifteen three", "PB15:3" -> "P B fifteen three".
std::optional<Match> match_pigment_code(const Words& words, std::size_t i);

// channels.cpp: "on Ch4", "airs on Ch 5" -> "Channel four", "Channel five".
std::optional<Match> match_channel(const Words& words, std::size_t i);

// vehicle_codes.cpp: "MY2022–23" -> "model year twenty twenty-two to twenty-three", "recall
// 23V-614" -> "twenty-three V six one four", "1C/1C" -> "one C, one C" (a cell's rates).
std::optional<Match> match_vehicle_code(const Words& words, std::size_t i);

// music_keys.cpp: "A♭ major" -> "A-flat major", "F♯" -> "F-sharp".
std::optional<Match> match_music_key(const Words& words, std::size_t i);
// note_names.cpp: "A0–C8" -> "A zero to C eight" beside a word of music, "F♯6" -> "F sharp six".
std::optional<Match> match_note_name(const Words& words, std::size_t i);

// chess_moves.cpp: "18.Nf5" -> "eighteen knight f-five", "23...Qxd4" -> "twenty three, queen takes d-four".
std::optional<Match> match_chess_move(const Words& words, std::size_t i);
// chess_notes.cpp: "2½–1½" -> "two and a half to one and a half", "G/60;d5", "U1800", "K+R v K".
std::optional<Match> match_chess_note(const Words& words, std::size_t i);

// wheel_arrangements.cpp: "a 4-6-0 locomotive" -> "a four-six-oh locomotive", "0-4-0ST" -> "oh-four-oh S.T".
std::optional<Match> match_wheel_arrangement(const Words& words, std::size_t i);

// signal_reports.cpp: "RST 59" -> "RST five nine", "a 599 report" on the air -> "a five nine nine report".
std::optional<Match> match_signal_report(const Words& words, std::size_t i);

// service_codes.cpp: "voyage 0412W" -> "oh four one two W", "flight 0087" -> "oh oh eight seven".
std::optional<Match> match_service_code(const Words& words, std::size_t i);

// display_resolutions.cpp: "4K panels", "4K/8K monitors": a screen's resolution, "four K",
// never a sum of thousands; only before a word of displays, or as a common width after "in"/"at".
std::optional<Match> match_display_resolution(const Words& words, std::size_t i);

}  // namespace briefcast::rules
